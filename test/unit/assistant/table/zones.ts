import type { Case } from './case';

/** Schedules in a time zone written as a city, a country, a common name or an abbreviation. */
export const TIME_ZONES: readonly Case[] = [
  [
    'Every day at 9am Berlin time, post a summary to Slack',
    'cron(0 9 * * ? *) Europe/Berlin',
    'report.summarize; notify.slack',
  ],
  [
    'Every weekday at 8 New York time, send the team a report',
    'cron(0 8 ? * MON-FRI *) America/New_York',
    'report.summarize; notify.team',
  ],
  [
    'Every Monday at 10 in London, email me a summary',
    'cron(0 10 ? * MON *) Europe/London',
    'report.summarize; notify.team',
  ],
  [
    'Every day at 7:30 CET, post a summary to #general',
    'cron(30 7 * * ? *) Europe/Berlin',
    'report.summarize; notify.slack',
  ],
  [
    'Every evening at 6 Pacific, summarize the day on Slack',
    'cron(0 18 * * ? *) America/Los_Angeles',
    'report.summarize; notify.slack',
  ],
  [
    'Every morning at 8 EST, send a summary by email',
    'cron(0 8 * * ? *) America/New_York',
    'report.summarize; notify.team',
  ],
  [
    'Every Friday at 4pm Sydney time, post a weekly recap to Slack',
    'cron(0 16 ? * FRI *) Australia/Sydney',
    'report.summarize; notify.slack',
  ],
  [
    'Every day at noon UTC, post a summary to Slack',
    'cron(0 12 * * ? *) UTC',
    'report.summarize; notify.slack',
  ],
  [
    'Every day at 9 in Europe/Paris, send a summary to Slack',
    'cron(0 9 * * ? *) Europe/Paris',
    'report.summarize; notify.slack',
  ],
  [
    'Every Monday at 9 in the Tokyo time zone, send the weekly report to Slack',
    'cron(0 9 ? * MON *) Asia/Tokyo',
    'report.summarize; notify.slack',
  ],
  [
    'Every day at 6pm India time, post a summary to Slack',
    'cron(0 18 * * ? *) Asia/Kolkata',
    'report.summarize; notify.slack',
  ],
  // session 24: zones with their standard/daylight/summer word, after a dotted p.m.
  [
    'Every weekday at 8:30 Pacific Daylight Time, post a summary to Slack',
    'cron(30 8 ? * MON-FRI *) America/Los_Angeles',
    'report.summarize; notify.slack',
  ],
  [
    'Every Monday at 5 p.m. Eastern Standard Time, email me a report',
    'cron(0 17 ? * MON *) America/New_York',
    'report.summarize; notify.team',
  ],
];
