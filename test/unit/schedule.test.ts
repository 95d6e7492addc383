import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  localToInstants,
  nextFireTimes,
  parseCron,
  parseRate,
  scheduleExpression,
  validateSchedule,
} from '../../statemachines/schedule';

const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString());

describe('cron in a time zone across DST', () => {
  it('GIVEN 17:00 daily in Europe/Berlin WHEN the March switch passes THEN it fires at 16:00Z before and 15:00Z after', () => {
    const times = nextFireTimes(
      { cron: '0 17 * * ? *', timezone: 'Europe/Berlin' },
      new Date('2026-03-27T12:00:00Z'),
      4,
    );
    expect(iso(times)).toStrictEqual([
      '2026-03-27T16:00:00.000Z',
      '2026-03-28T16:00:00.000Z',
      '2026-03-29T15:00:00.000Z',
      '2026-03-30T15:00:00.000Z',
    ]);
  });

  it('GIVEN 17:00 daily in Europe/Berlin WHEN the October switch passes THEN it fires at 15:00Z before and 16:00Z after', () => {
    const times = nextFireTimes(
      { cron: '0 17 * * ? *', timezone: 'Europe/Berlin' },
      new Date('2026-10-24T00:00:00Z'),
      3,
    );
    expect(iso(times)).toStrictEqual([
      '2026-10-24T15:00:00.000Z',
      '2026-10-25T16:00:00.000Z',
      '2026-10-26T16:00:00.000Z',
    ]);
  });

  it('GIVEN 02:30 daily in Berlin WHEN the spring-forward day comes THEN that day is skipped (the time does not exist)', () => {
    const times = nextFireTimes(
      { cron: '30 2 * * ? *', timezone: 'Europe/Berlin' },
      new Date('2026-03-28T00:00:00Z'),
      2,
    );
    expect(iso(times)).toStrictEqual(['2026-03-28T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
  });

  it('GIVEN 02:30 daily in Berlin WHEN the fall-back day repeats 02:30 THEN it fires once, at the first occurrence', () => {
    const times = nextFireTimes(
      { cron: '30 2 * * ? *', timezone: 'Europe/Berlin' },
      new Date('2026-10-24T12:00:00Z'),
      2,
    );
    expect(iso(times)).toStrictEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });

  it('GIVEN MON-FRI at 09:00 UTC WHEN asked on a Friday evening THEN the weekend is skipped', () => {
    // 2026-11-27 is a Friday.
    const times = nextFireTimes({ cron: '0 9 ? * MON-FRI *' }, new Date('2026-11-27T18:00:00Z'), 3);
    expect(iso(times)).toStrictEqual([
      '2026-11-30T09:00:00.000Z',
      '2026-12-01T09:00:00.000Z',
      '2026-12-02T09:00:00.000Z',
    ]);
  });

  it('GIVEN L in day-of-month WHEN asked in January THEN it fires on the last day of each month, including 28 February', () => {
    const times = nextFireTimes(
      { cron: '0 12 L * ? *', timezone: 'UTC' },
      new Date('2027-01-15T00:00:00Z'),
      3,
    );
    expect(iso(times)).toStrictEqual([
      '2027-01-31T12:00:00.000Z',
      '2027-02-28T12:00:00.000Z',
      '2027-03-31T12:00:00.000Z',
    ]);
  });

  it('GIVEN 2#1 (first Monday) WHEN asked THEN it fires on the first Monday of each month', () => {
    const times = nextFireTimes(
      { cron: '0 8 ? * 2#1 *', timezone: 'UTC' },
      new Date('2026-11-25T00:00:00Z'),
      3,
    );
    expect(iso(times)).toStrictEqual([
      '2026-12-07T08:00:00.000Z',
      '2027-01-04T08:00:00.000Z',
      '2027-02-01T08:00:00.000Z',
    ]);
  });

  it('GIVEN 6L (last Friday) WHEN asked THEN it fires on the last Friday of the month', () => {
    const times = nextFireTimes(
      { cron: '0 8 ? * 6L *', timezone: 'UTC' },
      new Date('2026-11-01T00:00:00Z'),
      2,
    );
    expect(iso(times)).toStrictEqual(['2026-11-27T08:00:00.000Z', '2026-12-25T08:00:00.000Z']);
  });

  it('GIVEN 15W WHEN the 15th is a Sunday THEN it fires on Monday the 16th', () => {
    // 2026-11-15 is a Sunday.
    const times = nextFireTimes(
      { cron: '0 8 15W * ? *', timezone: 'UTC' },
      new Date('2026-11-01T00:00:00Z'),
      1,
    );
    expect(iso(times)).toStrictEqual(['2026-11-16T08:00:00.000Z']);
  });

  it('GIVEN every 15 minutes WHEN asked THEN the next four quarter-hours come back', () => {
    const times = nextFireTimes({ cron: '0/15 * * * ? *' }, new Date('2026-11-25T10:07:00Z'), 4);
    expect(iso(times)).toStrictEqual([
      '2026-11-25T10:15:00.000Z',
      '2026-11-25T10:30:00.000Z',
      '2026-11-25T10:45:00.000Z',
      '2026-11-25T11:00:00.000Z',
    ]);
  });

  it('GIVEN a cron restricted to a past year WHEN asked THEN no fire times come back', () => {
    expect(nextFireTimes({ cron: '0 8 * * ? 2020' }, new Date('2026-01-01T00:00:00Z'), 5)).toStrictEqual([]);
  });
});

describe('rate and at', () => {
  it('GIVEN rate 1 day started before a DST switch WHEN asked THEN fire times are exactly 24 hours apart', () => {
    const times = nextFireTimes(
      { rate: '1 day', timezone: 'Europe/Berlin' },
      new Date('2026-03-28T10:00:00Z'),
      3,
      {
        start: new Date('2026-03-27T16:00:00Z'),
      },
    );
    expect(iso(times)).toStrictEqual([
      '2026-03-28T16:00:00.000Z',
      '2026-03-29T16:00:00.000Z',
      '2026-03-30T16:00:00.000Z',
    ]);
  });

  it('GIVEN rate 5 minutes and no start WHEN asked THEN it counts from the given instant', () => {
    const times = nextFireTimes({ rate: '5 minutes' }, new Date('2026-11-25T10:00:00Z'), 2);
    expect(iso(times)).toStrictEqual(['2026-11-25T10:05:00.000Z', '2026-11-25T10:10:00.000Z']);
  });

  it('GIVEN a one-time at in Europe/Berlin WHEN asked before it THEN it fires once at the local time', () => {
    const times = nextFireTimes(
      { at: '2026-12-01T09:00:00', timezone: 'Europe/Berlin' },
      new Date('2026-11-25T00:00:00Z'),
      5,
    );
    expect(iso(times)).toStrictEqual(['2026-12-01T08:00:00.000Z']);
  });

  it('GIVEN a one-time at inside the spring-forward gap WHEN asked THEN it fires when the clock has moved on', () => {
    const times = nextFireTimes(
      { at: '2026-03-29T02:30:00', timezone: 'Europe/Berlin' },
      new Date('2026-03-01T00:00:00Z'),
      1,
    );
    expect(iso(times)).toStrictEqual(['2026-03-29T01:30:00.000Z']);
  });

  it('GIVEN rate 1 hour starting in the future WHEN asked THEN the first fire time is the start itself', () => {
    const times = nextFireTimes({ rate: '1 hour' }, new Date('2026-11-25T10:00:00Z'), 2, {
      start: new Date('2026-11-26T08:00:00Z'),
    });
    expect(iso(times)).toStrictEqual(['2026-11-26T08:00:00.000Z', '2026-11-26T09:00:00.000Z']);
  });

  it('GIVEN a one-time at in the past WHEN asked THEN nothing is left to fire', () => {
    expect(nextFireTimes({ at: '2020-01-01T09:00:00' }, new Date('2026-11-25T00:00:00Z'), 5)).toStrictEqual(
      [],
    );
  });
});

describe('schedule expressions and validation', () => {
  it('GIVEN each kind WHEN turned into a Scheduler expression THEN cron(), rate() and at() come out', () => {
    expect(scheduleExpression({ cron: '0  17 ? * MON-FRI *' })).toBe('cron(0 17 ? * MON-FRI *)');
    expect(scheduleExpression({ rate: '5 minutes' })).toBe('rate(5 minutes)');
    expect(scheduleExpression({ at: '2026-12-01T09:00' })).toBe('at(2026-12-01T09:00:00)');
  });

  it.each([
    ['0 17 * * *', '6'],
    ['0 17 * * * *', 'cannot both be set'],
    ['0 17 ? * ? *', 'cannot both be "?"'],
    ['61 17 * * ? *', 'out of range'],
    ['0 24 * * ? *', 'out of range'],
    ['0 17 ? * 2#6 *', '1-5'],
    ['0 17 ? * FOO *', 'not a valid day-of-week'],
    ['0 17 * * ? 2300', 'out of range'],
  ])('GIVEN cron "%s" WHEN parsed THEN it is refused saying "%s"', (cron, fragment) => {
    const r = parseCron(cron);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });

  it.each([['5 minute'], ['1 minutes'], ['0 minutes'], ['5 seconds'], ['every day']])(
    'GIVEN rate "%s" WHEN parsed THEN it is refused',
    (rate) => {
      expect(parseRate(rate).ok).toBe(false);
    },
  );

  it('GIVEN both cron and rate, a bad at and a bad zone WHEN validated THEN every problem is listed', () => {
    expect(
      validateSchedule({ cron: '0 17 * * ? *', rate: '1 day', timezone: 'Mars/Olympus' }).map((p) => p.field),
    ).toStrictEqual(['', 'timezone']);
    expect(validateSchedule({ at: '2026-02-30T09:00:00' }).map((p) => p.field)).toStrictEqual(['at']);
    expect(validateSchedule({}).map((p) => p.field)).toStrictEqual(['']);
  });

  it('GIVEN zone names WHEN checked THEN IANA names and UTC pass and made-up ones or offsets do not', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('+02:00')).toBe(false);
  });

  it('GIVEN a local time in the fall-back hour WHEN converted THEN both instants come back', () => {
    expect(localToInstants(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Berlin')).toHaveLength(2);
    expect(localToInstants(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Berlin')).toHaveLength(0);
  });
});
