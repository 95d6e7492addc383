import type { Case } from './case';

/** Reports with a period and a channel. */
export const REPORTS: readonly Case[] = [
  // the seed sentence
  [
    "Every day at 5 PM, summarize today's activity and send it to Slack",
    'cron(0 17 * * ? *)',
    'report.summarize; notify.slack',
  ],
  ['A summary every Monday on Slack', 'cron(0 9 ? * MON *)', 'report.summarize; notify.slack'],
  ['Weekly report by email', 'cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
  ['Send me a daily digest by email at 7am', 'cron(0 7 * * ? *)', 'report.summarize; notify.team'],
  ['Every month, email a report to boss@acme.com', 'cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  [
    'Every Friday afternoon, post a weekly summary in #sales',
    'cron(0 14 ? * FRI *)',
    'report.summarize; notify.slack',
  ],
  ['Daily report to the team at 6pm', 'cron(0 18 * * ? *)', 'report.summarize; notify.team'],
  [
    "Send a summary of yesterday's activity to Slack every morning",
    'cron(0 9 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    "Every Monday at 9, send the sales team last week's report by email",
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.team',
  ],
  [
    'Monthly summary on Slack on the first day of the month',
    'cron(0 9 1 * ? *)',
    'report.summarize; notify.slack',
  ],
  ['Every day at 5 pm, email Anna a summary of today', 'cron(0 17 * * ? *)', 'report.summarize; notify.team'],
  [
    "Every evening, summarize today's leads and bookings and post it to Slack",
    'cron(0 18 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'Each week, give me a recap of the pipeline by email',
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.team',
  ],
  [
    'Every day at 6, post a summary of the last 24 hours to Slack',
    'cron(0 18 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'A weekly digest of everything that happened, every Sunday at 8pm, sent to the team on Slack',
    'cron(0 20 ? * SUN *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every Monday, compile a report of this week and email it to ops@acme.com',
    'cron(0 9 ? * MON *)',
    'report.summarize; email.send',
  ],
  [
    'Every Friday, send me a report of closed deals by email',
    'cron(0 9 ? * FRI *)',
    'report.summarize; notify.team',
  ],
  ['Weekly report of new bookings to my inbox', 'cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
];
