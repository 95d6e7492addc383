import { describe, expect, it } from 'vitest';
import { nextFireTimes, parseCron, scheduleExpression, validateSchedule } from '../../statemachines/schedule';

/**
 * The EventBridge Scheduler user guide (schedule-types: cron, rate, one-time, time zones, daylight saving time) and
 * the cron reference it shares with EventBridge rules (fields, wildcards `, - * / ? L W #`), as table tests with
 * the documented result. Fire times are asked from Sunday 2026-03-01 00:00 UTC unless a row says otherwise.
 */

const FROM = new Date('2026-03-01T00:00:00Z');
const iso = (dates: Date[]) => dates.map((d) => d.toISOString().replace(':00.000Z', 'Z'));

type FireRow = readonly [example: string, cron: string, zone: string, first: readonly string[]];

const documentedCrons: readonly FireRow[] = [
  ['10:00 every day', '0 10 * * ? *', 'UTC', ['2026-03-01T10:00Z', '2026-03-02T10:00Z']],
  ['12:15 every day', '15 12 * * ? *', 'UTC', ['2026-03-01T12:15Z', '2026-03-02T12:15Z']],
  ['18:00 Monday to Friday', '0 18 ? * MON-FRI *', 'UTC', ['2026-03-02T18:00Z', '2026-03-03T18:00Z']],
  ['08:00 on the first day of every month', '0 8 1 * ? *', 'UTC', ['2026-03-01T08:00Z', '2026-04-01T08:00Z']],
  [
    'every 15 minutes',
    '0/15 * * * ? *',
    'UTC',
    ['2026-03-01T00:15Z', '2026-03-01T00:30Z', '2026-03-01T00:45Z'],
  ],
  [
    'every 10 minutes Monday to Friday',
    '0/10 * ? * MON-FRI *',
    'UTC',
    ['2026-03-02T00:00Z', '2026-03-02T00:10Z'],
  ],
  [
    'every 5 minutes between 08:00 and 17:55 Monday to Friday',
    '0/5 8-17 ? * MON-FRI *',
    'UTC',
    ['2026-03-02T08:00Z', '2026-03-02T08:05Z'],
  ],
  [
    '09:00 on the first Monday of every month',
    '0 9 ? * 2#1 *',
    'UTC',
    ['2026-03-02T09:00Z', '2026-04-06T09:00Z'],
  ],
  [
    '1/10: every tenth minute from minute 1',
    '1/10 * * * ? *',
    'UTC',
    ['2026-03-01T00:01Z', '2026-03-01T00:11Z', '2026-03-01T00:21Z'],
  ],
  [
    'JAN,FEB,MAR in the month field',
    '0 0 1 JAN,FEB,MAR ? *',
    'UTC',
    ['2027-01-01T00:00Z', '2027-02-01T00:00Z'],
  ],
  ['1-15 in the day field', '0 0 1-15 * ? *', 'UTC', ['2026-03-02T00:00Z', '2026-03-03T00:00Z']],
  [
    '3W: the weekday nearest the 3rd (a Tuesday)',
    '0 0 3W * ? *',
    'UTC',
    ['2026-03-03T00:00Z', '2026-04-03T00:00Z'],
  ],
  ['L in day-of-month: the last day', '0 0 L * ? *', 'UTC', ['2026-03-31T00:00Z', '2026-04-30T00:00Z']],
  [
    'LW: the last weekday of the month',
    '0 0 LW * ? *',
    'UTC',
    ['2026-03-31T00:00Z', '2026-04-30T00:00Z', '2026-05-29T00:00Z'],
  ],
  [
    'L in day-of-week: the last day of the week (Saturday)',
    '0 0 ? * L *',
    'UTC',
    ['2026-03-07T00:00Z', '2026-03-14T00:00Z'],
  ],
  [
    '6L: the last Friday of the month',
    '15 10 ? * 6L 2026-2027',
    'UTC',
    ['2026-03-27T10:15Z', '2026-04-24T10:15Z'],
  ],
  [
    '3#2: the second Tuesday of the month',
    '0 0 ? * 3#2 *',
    'UTC',
    ['2026-03-10T00:00Z', '2026-04-14T00:00Z'],
  ],
  ['a year range', '0 0 1 1 ? 2027-2028', 'UTC', ['2027-01-01T00:00Z', '2028-01-01T00:00Z']],
  ['17:00 in a time zone (Europe/Berlin, winter)', '0 17 * * ? *', 'Europe/Berlin', ['2026-03-01T16:00Z']],
  [
    'daylight saving, spring forward: 02:30 does not exist on 8 March in New York and is skipped',
    '30 2 * * ? *',
    'America/New_York',
    ['2026-03-01T07:30Z'],
  ],
];

describe('Scheduler cron examples', () => {
  it.each(documentedCrons)(
    'GIVEN the documented cron for %s WHEN fire times are computed THEN they are as documented',
    (_t, cron, zone, first) => {
      expect(validateSchedule({ cron, timezone: zone })).toStrictEqual([]);
      expect(iso(nextFireTimes({ cron, timezone: zone }, FROM, first.length))).toStrictEqual(first);
    },
  );

  it('GIVEN 02:30 daily in New York WHEN the spring-forward day comes THEN 8 March is skipped and 9 March fires', () => {
    const times = iso(
      nextFireTimes(
        { cron: '30 2 * * ? *', timezone: 'America/New_York' },
        new Date('2026-03-07T12:00:00Z'),
        2,
      ),
    );
    expect(times).toStrictEqual(['2026-03-09T06:30Z', '2026-03-10T06:30Z']);
  });

  it('GIVEN 01:30 daily in New York WHEN the fall-back day repeats 01:30 THEN it runs only once that day', () => {
    const times = iso(
      nextFireTimes(
        { cron: '30 1 * * ? *', timezone: 'America/New_York' },
        new Date('2026-10-31T12:00:00Z'),
        3,
      ),
    );
    expect(times).toStrictEqual(['2026-11-01T05:30Z', '2026-11-02T06:30Z', '2026-11-03T06:30Z']);
  });

  it('GIVEN a rate schedule WHEN a daylight-saving change passes THEN it keeps its fixed interval', () => {
    const start = new Date('2026-03-07T12:00:00Z');
    const times = nextFireTimes({ rate: '1 day', timezone: 'America/New_York' }, start, 3, { start });
    expect(times.map((t) => t.getTime() - start.getTime())).toStrictEqual([
      86_400_000, 172_800_000, 259_200_000,
    ]);
  });
});

describe('Scheduler expression syntax', () => {
  it.each([
    ['rate(5 minutes)'],
    ['rate(1 minute)'],
    ['rate(1 hour)'],
    ['rate(12 hours)'],
    ['rate(1 day)'],
    ['rate(7 days)'],
    ['5 minutes'],
  ])('GIVEN the rate %s WHEN validated THEN it is accepted', (rate) => {
    expect(validateSchedule({ rate })).toStrictEqual([]);
  });

  it.each([
    ['rate( 5 minutes )', 'spaces inside the parentheses'],
    ['rate(5  minutes)', 'two spaces'],
    ['rate(5 minutes', 'an unclosed parenthesis'],
    ['rate(1 minutes)', 'a plural unit for 1'],
    ['rate(5 minute)', 'a singular unit above 1'],
    ['rate(0 minutes)', 'zero'],
    ['rate(-5 minutes)', 'a negative value'],
    ['rate(5 seconds)', 'an unknown unit'],
    ['rate(1.5 hours)', 'a fraction'],
    [' 5 minutes', 'a leading space'],
  ])('GIVEN the rate %s (%s) WHEN validated THEN it is refused', (rate) => {
    expect(validateSchedule({ rate })).toContainEqual({ field: 'rate', message: expect.any(String) });
  });

  it.each([
    ['0 10 * * * *', 'values in both day fields'],
    ['0 10 ? * ? *', '"?" in both day fields'],
    ['0 10 * * ?', 'five fields'],
    ['60 10 * * ? *', 'minute 60'],
    ['0 24 * * ? *', 'hour 24'],
    ['0 0 32 * ? *', 'day 32'],
    ['0 0 ? 13 * *', 'month 13'],
    ['0 0 ? * 8 *', 'day-of-week 8'],
    ['0 0 1 * ? 2200', 'year 2200'],
    ['0 0 1 * ? 1969', 'year 1969'],
    ['0 0 ? * 3#6 *', 'a sixth weekday'],
    ['0 0 ? * MON#1 2 *', 'an extra field'],
    ['0 0 ? * 3#1,6#3 *', 'two "#" expressions (the reference: "3#1,6#3" is not valid)'],
    ['0 9 ? * MON#1 *', 'a day name before "#" (documented only after a day number: 3#2)'],
    ['0/0 * * * ? *', 'an increment of 0'],
    ['0 0 30 2 ? *', '30 February, which never comes'],
  ])('GIVEN the cron %s (%s) WHEN validated THEN it is refused', (cron) => {
    expect(validateSchedule({ cron })).toContainEqual({ field: 'cron', message: expect.any(String) });
  });

  it('GIVEN at(2022-11-20T13:00:00) WHEN validated THEN it is accepted and kept as a one-time expression', () => {
    expect(validateSchedule({ at: 'at(2022-11-20T13:00:00)' })).toStrictEqual([]);
    expect(scheduleExpression({ at: 'at(2022-11-20T13:00:00)' })).toBe('at(2022-11-20T13:00:00)');
  });

  it.each([
    ['at(2022-11-20T13:00)'],
    ['at(2022-11-31T13:00:00)'],
    ['at( 2022-11-20T13:00:00 )'],
    ['2022-11-20 13:00:00'],
  ])('GIVEN the one-time expression %s WHEN validated THEN it is refused', (at) => {
    expect(validateSchedule({ at })).toContainEqual({ field: 'at', message: expect.any(String) });
  });

  it('GIVEN day names and month names WHEN parsed THEN they equal their numbers', () => {
    const names = parseCron('0 0 ? JAN-MAR SUN,SAT *');
    const numbers = parseCron('0 0 ? 1-3 1,7 *');
    expect(names).toStrictEqual(numbers);
  });
});

describe('day names before "#" and legacy zone names', () => {
  it('GIVEN MON#1 WHEN validated THEN the refusal gives the documented spelling 2#1', () => {
    expect(validateSchedule({ cron: '0 9 ? * MON#1 *' })).toStrictEqual([
      {
        field: 'cron',
        message: 'day-of-week "MON#1": AWS documents "#" after a day number only; write "2#1"',
      },
    ]);
  });

  it('GIVEN timezone CET WHEN validated and asked for fire times THEN it is accepted and 09:00 CET is 08:00 UTC in winter, 07:00 in summer', () => {
    expect(validateSchedule({ cron: '0 9 * * ? *', timezone: 'CET' })).toStrictEqual([]);
    expect(iso(nextFireTimes({ cron: '0 9 * * ? *', timezone: 'CET' }, FROM, 1))).toStrictEqual([
      '2026-03-01T08:00Z',
    ]);
    const summer = new Date('2026-07-01T00:00:00Z');
    expect(iso(nextFireTimes({ cron: '0 9 * * ? *', timezone: 'CET' }, summer, 1))).toStrictEqual([
      '2026-07-01T07:00Z',
    ]);
  });
});
