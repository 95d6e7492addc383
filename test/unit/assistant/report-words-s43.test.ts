import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 43 (a42), issue 16: a report by its trade's names ("the daily wrap up", "a round up of the week", "arvo"
 * for afternoon) is a summary and its delivery; a report "saved as/to a file" whatever its period is the summary,
 * then the file. "wrap up"/"round up" as a verb ("round up the new leads") is never the report.
 */

const REPORTS: readonly Case[] = [
  ['daily wrap up at 6pm to slack pls', 'cron(0 18 * * ? *)', 'report.summarize; notify.slack'],
  ['daily round up at 5pm to slack', 'cron(0 17 * * ? *)', 'report.summarize; notify.slack'],
  [
    'every friday at 4pm post a round up of the week in #general',
    'cron(0 16 ? * FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    'friday arvo 4pm perth time send Jodie a recap of the week',
    'cron(0 16 ? * FRI *) Australia/Perth',
    'report.summarize; notify.team',
  ],
  [
    'every friday arvo send Jodie a recap of the week',
    'cron(0 14 ? * FRI *)',
    'report.summarize; notify.team',
  ],
  ['manually: get a summary of the last 30 days saved as a file', 'manual', 'report.summarize; files.create'],
  ['on demand: a summary of the last 30 days saved to a file', 'manual', 'report.summarize; files.create'],
  [
    'each friday evening write weekly summary into a file',
    'cron(0 18 ? * FRI *)',
    'report.summarize; files.create',
  ],
  [
    'On the last day of each month at 6pm summarise the month and email it to the committee',
    'cron(0 18 L * ? *)',
    'report.summarize; notify.team',
  ],
  [
    'A report of the last 30 days, emailed to the team on the 1st of each month',
    'cron(0 9 1 * ? *)',
    'report.summarize; notify.team',
  ],
];

/** "wrap up"/"round up" as what someone does: never a report. */
const VERBS: readonly Case[] = [
  ['at the end of the day wrap up the notes and save them to a file', 'cron(0 17 * * ? *)', 'files.create'],
  ['friday arvo post in slack that the office is closing early', 'cron(0 14 ? * FRI *)', 'notify.slack'],
];

describe('reports by their trade names (session 43)', () => {
  it('GIVEN a wrap up, a round up, a recap on a Friday arvo or a report saved to a file WHEN parsed THEN the summary and its delivery', () => {
    expect(misread(REPORTS)).toStrictEqual([]);
  });

  it('GIVEN wrap up or round up said as a verb, or arvo with no report WHEN parsed THEN no summary', () => {
    expect(misread(VERBS)).toStrictEqual([]);
    // "every day wrap up at 5pm": a verb with no article or period word before it, never a report sent nowhere
    expect(notRefused([['every day wrap up at 5pm', 'wrap up']])).toStrictEqual([]);
  });
});
