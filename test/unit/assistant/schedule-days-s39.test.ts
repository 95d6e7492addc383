import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { notRefused, triggersOf } from './misread';

describe('the last day, last weekday or last weekday-name of a quarter or of listed months (grammar/schedule-months.ts)', () => {
  it('GIVEN the last day, business day or Monday of each quarter, or of March/June/September/December said by name, WHEN parsed THEN it runs in the quarter’s last month (L, LW, 2L in 3,6,9,12), never on the 1st of January/April/July/October or daily', () => {
    expect(
      triggersOf([
        [
          'At 9am on the last day of each quarter (Mar, Jun, Sep, Dec) email every client tagged payroll to send their super details',
          'cron(0 9 L 3,6,9,12 ? *)',
        ],
        ['At 9am on the last day of each quarter email the team a summary', 'cron(0 9 L 3,6,9,12 ? *)'],
        ['on the last day of the quarter at 5pm email the team a summary', 'cron(0 17 L 3,6,9,12 ? *)'],
        ['last business day of every quarter at 4pm email the team a summary', 'cron(0 16 LW 3,6,9,12 ? *)'],
        ['the last working day of each quarter, remind Kylie to lodge the BAS', 'cron(0 9 LW 3,6,9,12 ? *)'],
        ['the last Monday of each quarter at 9 email the team a summary', 'cron(0 9 ? 3,6,9,12 2L *)'],
        [
          'At 9am on the last day of March, June, September and December email the team a summary',
          'cron(0 9 L 3,6,9,12 ? *)',
        ],
        [
          'on the last weekday of Mar, Jun, Sep and Dec at 9 email the team a summary',
          'cron(0 9 LW 3,6,9,12 ? *)',
        ],
        ['the last Friday of March and September at 10am email the team a summary', 'cron(0 10 ? 3,9 6L *)'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN the first day or first Monday of each quarter, or the end of each quarter (twins) WHEN parsed THEN they keep their months', () => {
    expect(
      triggersOf([
        ['the first Monday of each quarter at 9 email the team a summary', 'cron(0 9 ? 1,4,7,10 2#1 *)'],
        ['At 9am on the first day of each quarter email the team a summary', 'cron(0 9 1 1,4,7,10 ? *)'],
        ['at the end of each quarter at 9 email the team a summary', 'cron(0 9 L 3,6,9,12 ? *)'],
        ['every quarter on the 15th at 9 email the team a summary', 'cron(0 9 15 1,4,7,10 ? *)'],
      ]),
    ).toStrictEqual([]);
  });
});

describe('several weekdays, and a weekday naming a thing (grammar/schedule-pieces.ts, split.ts, schedule.ts)', () => {
  it('GIVEN weekdays listed with spaces or commas ("mon wed fri", "Monday, Wednesday, Friday") WHEN parsed THEN one cron lists them all', () => {
    expect(
      triggersOf([
        ['mon wed fri at noon email the team a summary', 'cron(0 12 ? * MON,WED,FRI *)'],
        ['mon, wed, fri at noon email the team a summary', 'cron(0 12 ? * MON,WED,FRI *)'],
        ['Monday, Wednesday, Friday at noon email the team a summary', 'cron(0 12 ? * MON,WED,FRI *)'],
        ['tues thurs at 8:30 remind Thabo to ring the clients', 'cron(30 8 ? * TUE,THU *)'],
        ['sat sun at 10 post in #weekend a summary', 'cron(0 10 ? * SAT,SUN *)'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a schedule on one weekday whose message names a thing by another ("prep the monday shortlists") WHEN parsed THEN the schedule keeps its own day; its own day said again stays read', () => {
    expect(
      triggersOf([
        ['Sunday evenings at 7 remind Priya to prep the monday shortlists', 'cron(0 19 ? * SUN *)'],
        ['every Monday at 9 remind Priya to prep the friday shortlists', 'cron(0 9 ? * MON *)'],
        ['every Friday at 3pm email the team the Friday report', 'cron(0 15 ? * FRI *)'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN two schedules that truly differ (twins) WHEN parsed THEN they stay refused as two different days', () => {
    expect(
      notRefused([
        ['every Monday at 9 and every Friday at 5 email the team a summary', 'two different days'],
        [
          'every Monday at 9am email the team a summary and on Friday at 5pm post in #sales',
          'two different days',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('"quarterly" naming a thing beside listed months (grammar/schedule-pieces.ts)', () => {
  it('GIVEN a list of dates and "their quarterly payments" or "a quarterly report" WHEN parsed THEN the dates (or the quarter) make the schedule', () => {
    expect(
      triggersOf([
        [
          'Estimated tax reminder for me on Jan 15, Apr 15, Jun 15 and Sep 15 at 9am Eastern to start chasing clients for their quarterly payments',
          'cron(0 9 15 1,4,6,9 ? *) America/New_York',
        ],
        ['On the first Monday of each quarter, email me a quarterly report', 'cron(0 9 ? 1,4,7,10 2#1 *)'],
        ['quarterly, email the team a summary', 'cron(0 9 1 1,4,7,10 ? *)'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN "quarterly" said as when it runs beside other months (twins) WHEN parsed THEN it stays refused', () => {
    expect(
      notRefused([
        ['quarterly, on Jan 15 at 9am email me a summary', 'two different months'],
        [
          'on Jan 15, Apr 15, Jun 15 and Sep 15 at 9am, quarterly, email me a summary',
          'two different months',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('every other week on a weekday or at a time (grammar/schedule-pieces.ts, schedule.ts)', () => {
  it('GIVEN "every other Friday at 9", "fortnightly on Mondays", "every two weeks on Tuesday at 4pm" and kin WHEN parsed THEN each is refused alone, quoting the words and saying what to write instead (cron cannot skip weeks; a 14-day rate drifts with daylight saving)', () => {
    const rows = [
      [
        'every other Friday at 9 post a summary in #team',
        '"every other friday" cannot be a schedule',
        'every Friday',
      ],
      ['fortnightly on Mondays email the team a summary', '"fortnightly" (every 14 days)', 'every Monday'],
      [
        'every two weeks on Tuesday at 4pm email the team a summary',
        '(every 14 days) cannot be tied',
        'every Tuesday',
      ],
      [
        'biweekly on thursdays at 10 email the team a summary',
        '"biweekly" (every 14 days)',
        'every Thursday',
      ],
      ['every second Friday email the team a summary', '"every second friday"', 'every Friday'],
      ['on alternate Fridays at 9 email the team a summary', '"on alternate fridays"', 'every Friday'],
      [
        'once a fortnight on Wednesday at 2pm email the team',
        '"once a fortnight" (every 14 days)',
        'every Wednesday',
      ],
      ['fortnightly at 9am email the team a summary', '"fortnightly"', 'every 14 days'],
    ] as const;
    const wrong = rows.flatMap(([prompt, quoted, instead]) => {
      const result = parsePrompt(prompt);
      if (result.ok) return [`${prompt} → ${outlineOf(result.definition).trigger}`];
      const said = result.problems.join('\n');
      return result.problems.length === 1 &&
        said.toLowerCase().includes(quoted.toLowerCase()) &&
        said.includes(`say "${instead}`) === (instead !== 'every 14 days') &&
        said.includes('daylight saving')
        ? []
        : [`${prompt} → ${said}`];
    });
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN a rate with no day and no time ("every 2 weeks", "every 3 days") or every few days at a time (twins) WHEN parsed THEN it stays a rate or a day-of-month step', () => {
    expect(
      triggersOf([
        ['every 2 weeks email the team a summary', 'rate(14 days)'],
        ['Fortnightly, email the team a summary of activity', 'rate(14 days)'],
        ['every 3 days email the team a summary', 'rate(3 days)'],
        ['every 3 days at 9 email the team a summary', 'cron(0 9 1/3 * ? *)'],
      ]),
    ).toStrictEqual([]);
  });
});
