import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { triggersOf } from './misread';

describe('a date of one day said with its year, or as day/month numbers (grammar/schedule-dates.ts)', () => {
  it('GIVEN a date with its year said six ways (day month year, month day year, ISO, numbers), with or without a zone or a time WHEN parsed THEN it is a one-time schedule at that local date-time', () => {
    expect(
      triggersOf([
        [
          'On 24 January 2027 at 9am London time, email the team a summary',
          'at(2027-01-24T09:00:00) Europe/London',
        ],
        ['April 1st 2027 9am email the team a summary', 'at(2027-04-01T09:00:00)'],
        [
          'On March 1st 2027 at 8am email all clients tagged individual-return asking them to send their tax docs',
          'at(2027-03-01T08:00:00)',
        ],
        ['On January 24, 2027 at 9am email the team a summary', 'at(2027-01-24T09:00:00)'],
        ['on the 1st of March, 2027 at 8am email the team a summary', 'at(2027-03-01T08:00:00)'],
        ['on 2027-03-01 at 8am email the team a summary', 'at(2027-03-01T08:00:00)'],
        ['on 31/12/2026 at 5pm post in #general happy new year', 'at(2026-12-31T17:00:00)'],
        [
          'On 24 December 2026 at 4pm post a happy christmas message to all the volunteers in our slack',
          'at(2026-12-24T16:00:00)',
        ],
        ['On 24 January 2027 in the morning email the team a summary', 'at(2027-01-24T09:00:00)'],
        ['On 24 December 2026 at 4pm post a message in #general', 'at(2026-12-24T16:00:00)'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a day and month as numbers with no year, one of them over 12 ("on 23/12", "on 12/23") WHEN parsed THEN it is that day every year, as "On Dec 31" is (twin)', () => {
    expect(
      triggersOf([
        ['on 23/12 at 10am email the team a summary', 'cron(0 10 23 12 ? *)'],
        ['on 12/23 at 10am email the team a summary', 'cron(0 10 23 12 ? *)'],
        ['On Dec 31 at 11am send a happy new year msg to the whole team in slack', 'cron(0 11 31 12 ? *)'],
        ['we run 24/7 so every Monday at 9 email the team a summary', 'cron(0 9 ? * MON *)'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a date no reader places, a date that does not exist, or a dated day that repeats WHEN parsed THEN it is refused alone, saying why', () => {
    const rows = [
      [
        'on 1/4 at 9 email the team a summary',
        `"on 1/4" could be 1 April or January 4; write the month's name`,
      ],
      ['On 30 February 2027 at 9am email the team a summary', '30 February 2027 is not a date'],
      ['On 24 January 2027 at 9am and 5pm email the team a summary', 'a date with its year (2027) runs once'],
    ] as const;
    const wrong = rows.flatMap(([prompt, said]) => {
      const result = parsePrompt(prompt);
      if (result.ok) return [`${prompt} → ${outlineOf(result.definition).trigger}`];
      return result.problems.length === 1 && result.problems[0]?.startsWith(said)
        ? []
        : [`${prompt} → ${result.problems.join('; ')}`];
    });
    expect(wrong).toStrictEqual([]);
  });
});
