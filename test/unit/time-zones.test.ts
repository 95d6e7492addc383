import { describe, expect, it } from 'vitest';
import { formatLocal, periodRange } from '../../functions/agents/report/period';
import {
  canonicalTimeZone,
  isValidTimeZone,
  localMidnight,
  localTimeToInstant,
  localToInstants,
  offsetAt,
  wallClock,
  zonedParts,
} from '../../statemachines/time-zones';

/**
 * Every DST case of the one time-zone module (statemachines/time-zones.ts), which schedules, report periods and
 * calendar slots all use. Expected instants are from the zones' published rules for 2026.
 */
const local = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const iso = (ms: number) => new Date(ms).toISOString();
const isos = (ms: readonly number[]) => ms.map(iso);

describe('local times around DST changes', () => {
  const cases: [string, string, number, string[], string][] = [
    // zone, what happens, local time, every instant showing it, the one a calendar takes
    [
      'Europe/Berlin',
      'spring-forward gap 02:00-03:00',
      local(2026, 3, 29, 2, 30),
      [],
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'Europe/Berlin',
      'fall-back overlap 02:00-03:00',
      local(2026, 10, 25, 2, 30),
      ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'],
      '2026-10-25T00:30:00.000Z',
    ],
    ['America/New_York', 'spring-forward gap', local(2026, 3, 8, 2, 30), [], '2026-03-08T07:30:00.000Z'],
    [
      'America/New_York',
      'fall-back overlap',
      local(2026, 11, 1, 1, 30),
      ['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z'],
      '2026-11-01T05:30:00.000Z',
    ],
    [
      'Australia/Sydney',
      'southern fall-back in April',
      local(2026, 4, 5, 2, 30),
      ['2026-04-04T15:30:00.000Z', '2026-04-04T16:30:00.000Z'],
      '2026-04-04T15:30:00.000Z',
    ],
    [
      'Australia/Sydney',
      'southern gap in October',
      local(2026, 10, 4, 2, 30),
      [],
      '2026-10-03T16:30:00.000Z',
    ],
    [
      'Australia/Lord_Howe',
      'a 30-minute fall-back',
      local(2026, 4, 5, 1, 45),
      ['2026-04-04T14:45:00.000Z', '2026-04-04T15:15:00.000Z'],
      '2026-04-04T14:45:00.000Z',
    ],
    ['Australia/Lord_Howe', 'a 30-minute gap', local(2026, 10, 4, 2, 15), [], '2026-10-03T15:45:00.000Z'],
    [
      'America/Los_Angeles',
      'an ordinary summer day',
      local(2026, 7, 1, 9),
      ['2026-07-01T16:00:00.000Z'],
      '2026-07-01T16:00:00.000Z',
    ],
    [
      'Asia/Kolkata',
      'a half-hour zone without DST',
      local(2026, 3, 29, 2, 30),
      ['2026-03-28T21:00:00.000Z'],
      '2026-03-28T21:00:00.000Z',
    ],
  ];
  for (const [zone, what, time, instants, chosen] of cases) {
    it(`GIVEN ${zone}, ${what} WHEN ${iso(time).slice(0, 16)} local is converted THEN it has ${instants.length} instant(s) and a calendar takes ${chosen}`, () => {
      expect(isos(localToInstants(time, zone))).toStrictEqual(instants);
      expect(iso(localTimeToInstant(time, zone))).toBe(chosen);
      for (const instant of instants) expect(wallClock(Date.parse(instant), zone)).toBe(time);
    });
  }

  it('GIVEN Berlin WHEN the offset is read in winter, in summer and across the change THEN it follows the clocks', () => {
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
    expect(offsetAt(Date.parse('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
  });
});

describe('local days and periods around DST changes', () => {
  it('GIVEN the 23-hour spring day in Berlin WHEN today and yesterday begin THEN they begin at local midnight', () => {
    const now = Date.parse('2026-03-30T10:00:00Z');
    expect(iso(localMidnight(now, 'Europe/Berlin'))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(localMidnight(now, 'Europe/Berlin', 1))).toBe('2026-03-28T23:00:00.000Z');
    const yesterday = periodRange('yesterday', new Date(now), 'Europe/Berlin');
    expect(yesterday.to.getTime() - yesterday.from.getTime()).toBe(23 * 3_600_000);
  });

  it('GIVEN the 25-hour autumn day in New York WHEN yesterday is the period THEN it spans 25 hours', () => {
    const yesterday = periodRange('yesterday', new Date('2026-11-02T15:00:00Z'), 'America/New_York');
    expect(yesterday.from.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(yesterday.to.getTime() - yesterday.from.getTime()).toBe(25 * 3_600_000);
  });

  it('GIVEN Santiago, whose clocks skip midnight WHEN that day begins THEN it begins at 01:00 local, the first minute it has', () => {
    expect(iso(localMidnight(Date.parse('2026-09-06T12:00:00Z'), 'America/Santiago'))).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });

  it('GIVEN a Wednesday after the Berlin autumn change WHEN this week begins THEN it is Monday 00:00 CET', () => {
    const week = periodRange('thisWeek', new Date('2026-10-28T10:00:00Z'), 'Europe/Berlin');
    expect(week.from.toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('GIVEN an instant WHEN shown in a zone THEN the local fields, the weekday (Monday = 0) and the text agree', () => {
    expect(zonedParts(Date.parse('2026-11-24T08:30:00Z'), 'Europe/Berlin')).toStrictEqual({
      year: 2026,
      month: 11,
      day: 24,
      hour: 9,
      minute: 30,
      second: 0,
      weekday: 1,
    });
    expect(formatLocal(new Date('2026-11-24T08:30:00Z'), 'Europe/Berlin')).toBe('Tue 24 Nov 2026, 09:30');
    expect(zonedParts(Date.parse('2026-11-22T23:30:00Z'), 'Australia/Sydney').weekday).toBe(0);
  });
});

describe('time zone names', () => {
  it('GIVEN IANA names, legacy aliases and made-up names WHEN checked THEN only zones Scheduler knows pass', () => {
    const valid = [
      'Europe/Berlin',
      'UTC',
      'Asia/Calcutta',
      'Etc/GMT+5',
      'America/Argentina/Buenos_Aires',
      'CET',
    ];
    const invalid = ['Mars/Olympus', 'Europe/Berlinn', '+01:00', 'GMT', 'PST', 'CEST', 'europe berlin', ''];
    expect(valid.filter((z) => !isValidTimeZone(z))).toStrictEqual([]);
    expect(invalid.filter((z) => isValidTimeZone(z))).toStrictEqual([]);
  });

  it('GIVEN the legacy IANA zones AWS lists for Scheduler (CET … WET) WHEN checked THEN each passes as spelt, and in lower case only with its spelling', () => {
    const legacy = [
      'CET',
      'CST6CDT',
      'EET',
      'EST',
      'EST5EDT',
      'HST',
      'MET',
      'MST',
      'MST7MDT',
      'PST8PDT',
      'WET',
    ];
    expect(legacy.filter((z) => canonicalTimeZone(z) !== z)).toStrictEqual([]);
    expect(canonicalTimeZone('cet')).toBe('CET');
    expect(['Factory', 'GMT', 'EDT', 'BST'].map(canonicalTimeZone)).toStrictEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('GIVEN CET and EST WHEN a wall clock is read THEN CET follows EU summer time and EST stays at UTC-5 all year', () => {
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'CET') / 3_600_000).toBe(1);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'CET') / 3_600_000).toBe(2);
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'EST') / 3_600_000).toBe(-5);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'EST') / 3_600_000).toBe(-5);
  });
});
