import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const MAIL = 'report.summarize; email.send';
const OVERDUE = 'invoice.find; forEach[invoice.sendReminder]';
const LEADS = (action: string) => `crm.findLeads; forEach[${action}]`;

/** Tenth held-out set: time zones, recurring days, schedules over many records and reports, in plain words. */
export const SCHEDULES_10: readonly HeldOutCase[] = [
  [
    'timezone',
    "Every morning at 8 New York time, email me yesterday's summary",
    ['cron(0 8 * * ? *) America/New_York', TEAM],
  ],
  [
    'timezone',
    'Every Friday at 5pm London time, post the weekly summary to #team',
    ['cron(0 17 ? * FRI *) Europe/London', SLACK],
  ],
  [
    'timezone',
    'Send a daily report to Slack at 7am Sydney time',
    ['cron(0 7 * * ? *) Australia/Sydney', SLACK],
  ],
  [
    'timezone',
    'Every weekday at 9:30 Paris time, send the team a summary by email',
    ['cron(30 9 ? * MON-FRI *) Europe/Paris', TEAM],
  ],
  [
    'timezone',
    'Every Monday at 8am Eastern, remind all customers with unpaid invoices',
    ['cron(0 8 ? * MON *) America/New_York', OVERDUE],
  ],
  [
    'timezone',
    'At noon Dubai time every day, post a summary in #gulf',
    ['cron(0 12 * * ? *) Asia/Dubai', SLACK],
  ],
  [
    'timezone',
    'Every evening at 6 Singapore time, summarize the day and email it to ops@tidewell.sg',
    ['cron(0 18 * * ? *) Asia/Singapore', MAIL],
  ],
  [
    'timezone',
    'Every Tuesday at 10 Mountain time, send the team a summary',
    ['cron(0 10 ? * TUE *) America/Denver', TEAM],
  ],
  [
    'timezone',
    'Each day at 4pm Chicago time, I want the activity summary in my inbox',
    ['cron(0 16 * * ? *) America/Chicago', TEAM],
  ],
  [
    'timezone',
    'Daily at 7:15 São Paulo time, email the sales team a summary',
    ['cron(15 7 * * ? *) America/Sao_Paulo', TEAM],
  ],
  [
    'timezone',
    'Every weekday at 8 Auckland time, post a summary to #nz',
    ['cron(0 8 ? * MON-FRI *) Pacific/Auckland', SLACK],
  ],
  [
    'timezone',
    'Every day at 5pm Arizona time, send a summary to the team on Slack',
    ['cron(0 17 * * ? *) America/Phoenix', SLACK],
  ],
  ['timezone', 'Every morning at 9 BST, email me a summary', 'BST'],
  ['timezone', 'Every Friday at 3pm AST, send the weekly summary to Slack', 'AST'],
  ['timezone', 'Post a daily summary to #ops at 10am IST', 'IST'],
  ['timezone', 'Every Monday at 8am Australian time, email the team a summary', 'Australia'],

  ['recurring', 'Every weekday at 8:30, post a summary in #general', ['cron(30 8 ? * MON-FRI *)', SLACK]],
  [
    'recurring',
    'Mondays and Thursdays at 10am, email the team a summary',
    ['cron(0 10 ? * MON,THU *)', TEAM],
  ],
  ['recurring', 'On the first Tuesday of every month, send me a summary', ['cron(0 9 ? * 3#1 *)', TEAM]],
  ['recurring', 'Twice a day, email the office a summary of new activity', ['cron(0 9,17 * * ? *)', TEAM]],
  ['recurring', 'At half past seven every morning, post a summary to Slack', ['cron(30 7 * * ? *)', SLACK]],
  ['recurring', 'Every 15 minutes, post an activity summary to #ops', ['rate(15 minutes)', SLACK]],
  ['recurring', 'Every 3 hours, email the team a summary', ['rate(3 hours)', TEAM]],
  [
    'recurring',
    'On the 15th of every month at 10am, send finance@brightdental.com a summary',
    ['cron(0 10 15 * ? *)', MAIL],
  ],
  [
    'recurring',
    'On the last Friday of the month, email the team a summary of the month',
    ['cron(0 9 ? * 6L *)', TEAM],
  ],
  [
    'recurring',
    "Monday to Thursday at 5pm, post the day's summary to Slack",
    ['cron(0 17 ? * MON-THU *)', SLACK],
  ],
  [
    'recurring',
    'On the 1st and 15th of the month, send an activity summary to the office by email',
    ['cron(0 9 1,15 * ? *)', TEAM],
  ],
  [
    'recurring',
    'Every day at midnight, write a summary to a file',
    ['cron(0 0 * * ? *)', 'report.summarize; files.create'],
  ],
  ['recurring', 'Every Wednesday afternoon, post a summary in #marketing', ['cron(0 14 ? * WED *)', SLACK]],
  [
    'recurring',
    'On the last working day of every month at 4pm, send the team a summary',
    ['cron(0 16 LW * ? *)', TEAM],
  ],
  ['recurring', 'Every two days, send me a summary', ['rate(2 days)', TEAM]],
  [
    'recurring',
    'Tuesdays, Wednesdays and Fridays at 9, post a summary in Slack',
    ['cron(0 9 ? * TUE,WED,FRI *)', SLACK],
  ],

  [
    'many-records',
    'Each morning, chase every customer whose invoice is overdue with a payment reminder',
    ['cron(0 9 * * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'Every Friday afternoon, email all leads tagged newsletter our weekly update',
    ['cron(0 14 ? * FRI *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Once a month, send a thank-you email to all our customers',
    ['cron(0 9 1 * ? *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every Monday at 9, schedule a check-in call with each qualified lead',
    ['cron(0 9 ? * MON *)', LEADS('calendar.schedule')],
  ],
  [
    'many-records',
    'Every day at 4pm, let me know about each unpaid invoice',
    ['cron(0 16 * * ? *)', 'invoice.find; forEach[notify.team]'],
  ],
  [
    'many-records',
    'When I run it manually, send a follow-up email to all leads in contacted status',
    ['manual', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every Sunday evening, add a note to every lead tagged hot',
    ['cron(0 18 ? * SUN *)', LEADS('crm.addNote')],
  ],
  [
    'many-records',
    'Every week, send a reminder for all invoices that are still open',
    ['cron(0 9 ? * MON *)', OVERDUE],
  ],
  [
    'many-records',
    'Every night at 11pm, mark all leads tagged expired as lost',
    ['cron(0 23 * * ? *)', LEADS('crm.updateLead')],
  ],
  [
    'many-records',
    'Every Tuesday, draft a personalised follow-up for each new lead',
    ['cron(0 9 ? * TUE *)', LEADS('email.draft')],
  ],
  [
    'many-records',
    'Every 2 hours, check for overdue invoices and remind each customer',
    ['rate(2 hours)', OVERDUE],
  ],
  [
    'many-records',
    'On the 1st of every month, email every lead from LinkedIn our newsletter',
    ['cron(0 9 1 * ? *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every Monday, post each overdue invoice in #collections',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many-records',
    'Every weekday at 10am, send a check-in email to all leads with status new',
    ['cron(0 10 ? * MON-FRI *)', LEADS('email.send')],
  ],

  ['report', 'Weekly sales report by email every Monday', ['cron(0 9 ? * MON *)', TEAM]],
  ['report', 'Send a daily summary to Slack every evening at 7', ['cron(0 19 * * ? *)', SLACK]],
  ['report', 'A monthly report on the 1st in #management', ['cron(0 9 1 * ? *)', SLACK]],
  [
    'report',
    "Every Friday at 4pm, email me a report of this week's new leads and bookings",
    ['cron(0 16 ? * FRI *)', TEAM],
  ],
  ['report', 'Daily report to owner@greenleafcafe.com at 8am', ['cron(0 8 * * ? *)', MAIL]],
  [
    'report',
    "Summarize yesterday's activity every morning and post it to #daily",
    ['cron(0 9 * * ? *)', SLACK],
  ],
  [
    'report',
    'Every Monday morning, send the team a summary of last week by email',
    ['cron(0 9 ? * MON *)', TEAM],
  ],
  [
    'report',
    'Every month, save a report of the last 30 days as a file',
    ['cron(0 9 1 * ? *)', 'report.summarize; files.create'],
  ],
  ['report', 'Weekly summary on Slack, Fridays at noon', ['cron(0 12 ? * FRI *)', SLACK]],
  [
    'report',
    "I want a report of today's activity in my inbox every day at 6pm",
    ['cron(0 18 * * ? *)', TEAM],
  ],
  ['report', 'Every Sunday night, a summary of the week sent to my email', ['cron(0 20 ? * SUN *)', TEAM]],
  [
    'report',
    'Mondays at 8:30, the whole team should get the weekly report by email',
    ['cron(30 8 ? * MON *)', TEAM],
  ],
  ['report', 'Every day at 1pm, post a midday summary to Slack', ['cron(0 13 * * ? *)', SLACK]],
  [
    'report',
    'Monthly summary of invoices emailed to accountant@ledgerly.com on the 2nd',
    ['cron(0 9 2 * ? *)', MAIL],
  ],
];
