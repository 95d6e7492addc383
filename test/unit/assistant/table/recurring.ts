import type { Case } from './case';

/** Recurring days and times: weekdays, lists of days, nth weekday of the month, "half past", "twice a day". */
export const RECURRING: readonly Case[] = [
  [
    'Every weekday at 8:30, post a summary to Slack',
    'cron(30 8 ? * MON-FRI *)',
    'report.summarize; notify.slack',
  ],
  ['On weekdays at 9, send the team a summary', 'cron(0 9 ? * MON-FRI *)', 'report.summarize; notify.team'],
  [
    'On Mondays and Thursdays at 10am, send a report to Slack',
    'cron(0 10 ? * MON,THU *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every Tuesday and Friday, email me a summary',
    'cron(0 9 ? * TUE,FRI *)',
    'report.summarize; notify.team',
  ],
  [
    'On the first Monday of the month, send the team a summary by email',
    'cron(0 9 ? * 2#1 *)',
    'report.summarize; notify.team',
  ],
  [
    'On the last Friday of every month at 4pm, post a summary to Slack',
    'cron(0 16 ? * 6L *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every day at half past eight, summarize yesterday and post it to Slack',
    'cron(30 8 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'At quarter past nine every morning, send a summary to the team',
    'cron(15 9 * * ? *)',
    'report.summarize; notify.team',
  ],
  ['Twice a day, post the summary in #ops', 'cron(0 9,17 * * ? *)', 'report.summarize; notify.slack'],
  ['Three times a day, post a summary to Slack', 'cron(0 9,13,17 * * ? *)', 'report.summarize; notify.slack'],
  [
    'Every day at 9am and 5pm, post a summary to Slack',
    'cron(0 9,17 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every Monday, Wednesday and Friday at 7:15, send a report to the team',
    'cron(15 7 ? * MON,WED,FRI *)',
    'report.summarize; notify.team',
  ],
  [
    'Every weekend at 10, post a summary to Slack',
    'cron(0 10 ? * SAT,SUN *)',
    'report.summarize; notify.slack',
  ],
  ['Every other day, email me a summary', 'rate(2 days)', 'report.summarize; notify.team'],
  ['Every 30 minutes, post a summary to Slack', 'rate(30 minutes)', 'report.summarize; notify.slack'],
  [
    'Every 2 hours between 9am and 6pm, post a summary to Slack',
    'cron(0 9,11,13,15,17 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'On the 15th of each month at 10am, post a summary to Slack',
    'cron(0 10 15 * ? *)',
    'report.summarize; notify.slack',
  ],
  ['At the end of every month, email me a summary', 'cron(0 9 L * ? *)', 'report.summarize; notify.team'],
  ['Every quarter, send a report to the team', 'cron(0 9 1 1,4,7,10 ? *)', 'report.summarize; notify.team'],
  [
    'Monday to Friday at 17:30, post a summary to Slack',
    'cron(30 17 ? * MON-FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every day at 8 in the evening, post a summary to Slack',
    'cron(0 20 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every Sunday night, email the team a summary of the week',
    'cron(0 20 ? * SUN *)',
    'report.summarize; notify.team',
  ],
  [
    'On the 5th and 20th of each month, email me a summary',
    'cron(0 9 5,20 * ? *)',
    'report.summarize; notify.team',
  ],
  [
    'Every hour during weekdays, post a summary to Slack',
    'cron(0 * ? * MON-FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every 15 minutes on weekdays, post a summary to Slack',
    'cron(0/15 * ? * MON-FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every hour between Monday and Friday, post a summary to Slack',
    'cron(0 * ? * MON-FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every other month, send a report to Slack',
    'cron(0 9 1 1,3,5,7,9,11 ? *)',
    'report.summarize; notify.slack',
  ],
  ['Every other week, email me a summary', 'rate(14 days)', 'report.summarize; notify.team'],
  // session 24: clock times written as four digits or with dotted a.m./p.m.
  ['Every day at 0830, post a summary to Slack', 'cron(30 8 * * ? *)', 'report.summarize; notify.slack'],
  [
    'Every weekday at 1700 hours, email me a report',
    'cron(0 17 ? * MON-FRI *)',
    'report.summarize; notify.team',
  ],
  [
    'Mon-Fri at 5 p.m. EST: send the team a digest',
    'cron(0 17 ? * MON-FRI *) America/New_York',
    'report.summarize; notify.team',
  ],
  [
    'Please post a summary to Slack on the 15th of the month at 9 a.m. Europe/Paris.',
    'cron(0 9 15 * ? *) Europe/Paris',
    'report.summarize; notify.slack',
  ],
  [
    'On the first business day of the month, email me a report',
    'cron(0 9 1W * ? *)',
    'report.summarize; notify.team',
  ],
  [
    'Each Monday morning at half eight, post a summary to Slack',
    'cron(30 8 ? * MON *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every weekday at 9 GMT+2, post a summary to Slack',
    'cron(0 9 ? * MON-FRI *) Etc/GMT-2',
    'report.summarize; notify.slack',
  ],
  // session 29 (h5): a rate in a plural unit with a comma; "new leads" is what the summary is about, not the trigger
  ['Every 4 hours, post new leads summary to #sales', 'rate(4 hours)', 'report.summarize; notify.slack'],
  [
    'Every 2 days, send overdue invoices summary to #finance',
    'rate(2 days)',
    'report.summarize; notify.slack',
  ],
];
