import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const MAIL = 'report.summarize; email.send';
const FILE = 'report.summarize; files.create';
const OVERDUE = 'invoice.find; forEach[invoice.sendReminder]';
const LEADS = (actions: string) => `crm.findLeads; forEach[${actions}]`;

/** Twelfth held-out set: time zones, recurring days, schedules over many records and reports. */
export const SCHEDULES_12: readonly HeldOutCase[] = [
  [
    'timezone',
    'On weekdays at 8am Toronto time, email the team an activity summary',
    ['cron(0 8 ? * MON-FRI *) America/Toronto', TEAM],
  ],
  [
    'timezone',
    "Each morning at 9 Madrid time, post yesterday's summary in #spain",
    ['cron(0 9 * * ? *) Europe/Madrid', SLACK],
  ],
  [
    'timezone',
    'Every Monday at 7:30am Pacific time, email me a report on last week',
    ['cron(30 7 ? * MON *) America/Los_Angeles', TEAM],
  ],
  [
    'timezone',
    'At 8:15 every morning, Melbourne time, email the office a summary',
    ['cron(15 8 * * ? *) Australia/Melbourne', TEAM],
  ],
  [
    'timezone',
    'Every Friday at 4pm Hong Kong time, send a summary to finance@lotusjade.hk',
    ['cron(0 16 ? * FRI *) Asia/Hong_Kong', MAIL],
  ],
  [
    'timezone',
    'Every day at 10am Eastern time, remind every customer who has an overdue invoice',
    ['cron(0 10 * * ? *) America/New_York', OVERDUE],
  ],
  [
    'timezone',
    "Every evening at 7 Lisbon time, post the day's summary in Slack",
    ['cron(0 19 * * ? *) Europe/Lisbon', SLACK],
  ],
  [
    'timezone',
    'Every weekday at noon Mexico City time, post a summary in #latam',
    ['cron(0 12 ? * MON-FRI *) America/Mexico_City', SLACK],
  ],
  [
    'timezone',
    'Every Tuesday at 9am Europe/Dublin, send the team a summary',
    ['cron(0 9 ? * TUE *) Europe/Dublin', TEAM],
  ],
  ['timezone', 'Every day at 5pm CST, post a summary to #ops', 'CST'],
  ['timezone', 'Send me a summary every Monday at 9am IST', 'IST'],
  ['timezone', 'Every Friday at noon BST, post the weekly summary in Slack', 'BST'],
  ['timezone', 'Every weekday at 8am US time, email the sales team a summary', 'US time'],

  ['recurring', 'On weekdays at 7:45am, post a summary to #morning', ['cron(45 7 ? * MON-FRI *)', SLACK]],
  [
    'recurring',
    'Mondays and Wednesdays at 11, send the team a summary by email',
    ['cron(0 11 ? * MON,WED *)', TEAM],
  ],
  [
    'recurring',
    'On the first Friday of the month, share an activity summary in #general',
    ['cron(0 9 ? * 6#1 *)', SLACK],
  ],
  ['recurring', 'Twice a day, send me a quick summary', ['cron(0 9,17 * * ? *)', TEAM]],
  [
    'recurring',
    'At half past eight every morning, send the office a summary by email',
    ['cron(30 8 * * ? *)', TEAM],
  ],
  ['recurring', 'Every 20 minutes, post an activity summary in #monitoring', ['rate(20 minutes)', SLACK]],
  ['recurring', 'Every hour, post a summary to #ops', ['rate(1 hour)', SLACK]],
  [
    'recurring',
    'Saturdays in the morning, I want a recap of the week by email',
    ['cron(0 9 ? * SAT *)', TEAM],
  ],
  [
    'recurring',
    'On the 10th of every month at 2pm, send a summary to books@fernhollow.co',
    ['cron(0 14 10 * ? *)', MAIL],
  ],
  [
    'recurring',
    'On the last day of the month at 6pm, post a monthly summary in #finance',
    ['cron(0 18 L * ? *)', SLACK],
  ],
  [
    'recurring',
    'Every Tuesday, Thursday and Saturday at 10am, email the team a summary',
    ['cron(0 10 ? * TUE,THU,SAT *)', TEAM],
  ],
  ['recurring', 'Wednesday to Friday at 4pm, post a summary in #sales', ['cron(0 16 ? * WED-FRI *)', SLACK]],

  [
    'many-records',
    'Every hour, send a payment reminder to each customer whose invoice is overdue',
    ['rate(1 hour)', OVERDUE],
  ],
  [
    'many-records',
    'Every Thursday at 11am, email every lead in qualified status a case study',
    ['cron(0 11 ? * THU *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Each day at 3pm, chase all unpaid invoices with a reminder',
    ['cron(0 15 * * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'Every Friday, add a note to each lead tagged vip',
    ['cron(0 9 ? * FRI *)', LEADS('crm.addNote')],
  ],
  [
    'many-records',
    'On the 1st of each month, move all leads tagged no-show to lost',
    ['cron(0 9 1 * ? *)', LEADS('crm.updateLead')],
  ],
  [
    'many-records',
    'When I run it manually, send every new lead our spring offer by email',
    ['manual', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every Wednesday afternoon, book a follow-up call with each lead in contacted status',
    ['cron(0 14 ? * WED *)', LEADS('calendar.schedule')],
  ],
  [
    'many-records',
    'Every weekday morning, post each overdue invoice to #billing',
    ['cron(0 9 ? * MON-FRI *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many-records',
    'Every Sunday at 6pm, draft a follow-up email for every qualified lead',
    ['cron(0 18 ? * SUN *)', LEADS('email.draft')],
  ],
  [
    'many-records',
    'Once a week, send our newsletter to all leads from Google Ads',
    ['cron(0 9 ? * MON *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every day at 8am, send each lead tagged hot a follow-up email and add a note to them',
    ['cron(0 8 * * ? *)', LEADS('email.send; crm.addNote')],
  ],
  [
    'many-records',
    'Every 30 minutes, send a reminder for each overdue invoice',
    ['rate(30 minutes)', OVERDUE],
  ],

  ['report', "At 5 PM each day, I want today's activity summed up in Slack", ['cron(0 17 * * ? *)', SLACK]],
  ['report', 'Weekly report to the team by email every Friday', ['cron(0 9 ? * FRI *)', TEAM]],
  [
    'report',
    'Post a report of last month in #leadership on the first of every month',
    ['cron(0 9 1 * ? *)', SLACK],
  ],
  [
    'report',
    "I'd like a summary of yesterday's bookings and leads in my inbox every morning at 8",
    ['cron(0 8 * * ? *)', TEAM],
  ],
  [
    'report',
    'Every Monday at 9:30, send a weekly report to hello@saltandoak.com',
    ['cron(30 9 ? * MON *)', MAIL],
  ],
  ['report', 'Daily digest on Slack every evening', ['cron(0 18 * * ? *)', SLACK]],
  ['report', 'Send the sales team a weekly summary on Slack every Monday', ['cron(0 9 ? * MON *)', SLACK]],
  ['report', 'Every day at 6:30pm, email me a recap of today', ['cron(30 18 * * ? *)', TEAM]],
  ['report', 'Every Friday evening, save a weekly report as a file', ['cron(0 18 ? * FRI *)', FILE]],
  [
    'report',
    'A report of the last 30 days, emailed to the team on the 1st of each month',
    ['cron(0 9 1 * ? *)', TEAM],
  ],
  [
    'report',
    "Each Thursday at 3pm, post a summary of this week's activity in #team",
    ['cron(0 15 ? * THU *)', SLACK],
  ],
  ['report', 'Could I get a weekly report sent to my email?', ['cron(0 9 ? * MON *)', TEAM]],
];
