import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const MAIL = 'report.summarize; email.send';
const OVERDUE = 'invoice.find; forEach[invoice.sendReminder]';
const LEADS = (action: string) => `crm.findLeads; forEach[${action}]`;

/** Thirteenth held-out set: time zones, recurring days, schedules over many records and reports, in plain words. */
export const SCHEDULES_13: readonly HeldOutCase[] = [
  [
    'timezone',
    'Every day at 8am Rome time, email me a summary of yesterday',
    ['cron(0 8 * * ? *) Europe/Rome', TEAM],
  ],
  [
    'timezone',
    "Every Monday at 9 Pacific time, post last week's summary in #sales",
    ['cron(0 9 ? * MON *) America/Los_Angeles', SLACK],
  ],
  [
    'timezone',
    'Send the team a daily report at 6pm Nairobi time',
    ['cron(0 18 * * ? *) Africa/Nairobi', TEAM],
  ],
  [
    'timezone',
    'Every weekday at 7:45 Manila time, post a summary to Slack',
    ['cron(45 7 ? * MON-FRI *) Asia/Manila', SLACK],
  ],
  [
    'timezone',
    'At 10am Eastern every Friday, remind all customers with overdue invoices',
    ['cron(0 10 ? * FRI *) America/New_York', OVERDUE],
  ],
  ['timezone', 'Every day at 5pm CET, send me a recap by email', ['cron(0 17 * * ? *) Europe/Berlin', TEAM]],
  [
    'timezone',
    'Every Thursday at noon Brussels time, email the office a summary',
    ['cron(0 12 ? * THU *) Europe/Brussels', TEAM],
  ],
  [
    'timezone',
    'Every morning at 6:30am Perth time, email the owner a summary',
    ['cron(30 6 * * ? *) Australia/Perth', TEAM],
  ],
  [
    'timezone',
    'Every day at 9 JST, post the daily summary in #japan',
    ['cron(0 9 * * ? *) Asia/Tokyo', SLACK],
  ],
  [
    'timezone',
    'Every Wednesday at 3pm Bangkok time, send a summary to ops@lotusspa.co.th',
    ['cron(0 15 ? * WED *) Asia/Bangkok', MAIL],
  ],
  ['timezone', 'Post the morning summary to #sales at 8am CST each day', 'CST'],
  ['timezone', 'Send a daily summary to #ops at 9am AST', 'AST'],
  ['timezone', 'Mondays at 10am Canada time, the team should get a summary', 'Canada'],
  ['timezone', 'Every evening at 7 IST, post a summary to Slack', 'IST'],

  ['recurring', 'Every weekday at 8:15, post a summary in #morning', ['cron(15 8 ? * MON-FRI *)', SLACK]],
  [
    'recurring',
    'On Mondays and Wednesdays at 11am, email the team a summary',
    ['cron(0 11 ? * MON,WED *)', TEAM],
  ],
  [
    'recurring',
    "First Friday of each month, I'd like a monthly summary emailed to me",
    ['cron(0 9 ? * 6#1 *)', TEAM],
  ],
  ['recurring', 'Twice a day, post the latest activity summary in #updates', ['cron(0 9,17 * * ? *)', SLACK]],
  ['recurring', 'At half past ten every weekday, email me a summary', ['cron(30 10 ? * MON-FRI *)', TEAM]],
  ['recurring', 'Every 20 minutes, send a quick recap to #live-feed', ['rate(20 minutes)', SLACK]],
  ['recurring', 'Every hour, post a short summary in #live', ['rate(1 hour)', SLACK]],
  [
    'recurring',
    "Every 4 hours I'd like the staff to get an activity summary by email",
    ['rate(4 hours)', TEAM],
  ],
  [
    'recurring',
    'On the 10th of each month at 9am, email a summary to books@harbourbakery.com',
    ['cron(0 9 10 * ? *)', MAIL],
  ],
  [
    'recurring',
    'Month-end summary in #management at 6pm on the last day of each month',
    ['cron(0 18 L * ? *)', SLACK],
  ],
  ['recurring', 'Every Saturday morning, send me a summary', ['cron(0 9 ? * SAT *)', TEAM]],
  [
    'recurring',
    "Tuesday to Friday at 4pm, post the day's summary to Slack",
    ['cron(0 16 ? * TUE-FRI *)', SLACK],
  ],
  [
    'recurring',
    'On the 1st and the 15th at 8am, post a summary in #finance',
    ['cron(0 8 1,15 * ? *)', SLACK],
  ],
  ['recurring', "Once every two weeks, I'd like an activity report in my inbox", ['rate(14 days)', TEAM]],

  [
    'many-records',
    'At 8 each morning, go through the unpaid invoices and send each client a payment reminder',
    ['cron(0 8 * * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'Every Monday, email all leads tagged webinar a thank-you note',
    ['cron(0 9 ? * MON *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Once a week, book a follow-up call with every qualified lead',
    ['cron(0 9 ? * MON *)', LEADS('calendar.schedule')],
  ],
  [
    'many-records',
    'Every day at 5pm, post each overdue invoice in #billing',
    ['cron(0 17 * * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many-records',
    'Every Friday, add a note to all leads in contacted status',
    ['cron(0 9 ? * FRI *)', LEADS('crm.addNote')],
  ],
  [
    'many-records',
    'On the first of every month, send our newsletter to all customers',
    ['cron(0 9 1 * ? *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every night at 10pm, mark all leads tagged no-show as lost',
    ['cron(0 22 * * ? *)', LEADS('crm.updateLead')],
  ],
  ['many-records', 'When I run it manually, send a reminder for every unpaid invoice', ['manual', OVERDUE]],
  [
    'many-records',
    'Every hour, send a reminder to any customer whose invoice is past due',
    ['rate(1 hour)', OVERDUE],
  ],
  [
    'many-records',
    'Every Tuesday at 2pm, draft a personal check-in email for each lead tagged vip',
    ['cron(0 14 ? * TUE *)', LEADS('email.draft')],
  ],
  [
    'many-records',
    'Every weekday at 9, tell me about each lead with status new',
    ['cron(0 9 ? * MON-FRI *)', LEADS('notify.team')],
  ],
  [
    'many-records',
    'On Sunday evenings, go through all qualified leads: log a note on each one and email them a check-in',
    ['cron(0 18 ? * SUN *)', LEADS('crm.addNote; email.send')],
  ],
  [
    'many-records',
    'Every month on the 5th, send a reminder for each open invoice',
    ['cron(0 9 5 * ? *)', OVERDUE],
  ],

  ['report', "I'd like a weekly round-up in my inbox on Friday afternoons", ['cron(0 14 ? * FRI *)', TEAM]],
  ['report', 'Post a daily summary in #ops at 5:30pm', ['cron(30 17 * * ? *)', SLACK]],
  ['report', 'Send me a monthly report on the 1st by email', ['cron(0 9 1 * ? *)', TEAM]],
  ['report', 'A weekly report every Monday on Slack', ['cron(0 9 ? * MON *)', SLACK]],
  [
    'report',
    'Every evening, email a summary of the day to manager@sunnysidevet.com',
    ['cron(0 18 * * ? *)', MAIL],
  ],
  [
    'report',
    "Could I get a summary of last week's activity on Slack every Monday morning?",
    ['cron(0 9 ? * MON *)', SLACK],
  ],
  ['report', 'Each day at noon, summarize the morning and email it to me', ['cron(0 12 * * ? *)', TEAM]],
  [
    'report',
    "Every Sunday, write the week's report into a file so we keep a record",
    ['cron(0 9 ? * SUN *)', 'report.summarize; files.create'],
  ],
  ['report', 'Daily report in #general at 8am', ['cron(0 8 * * ? *)', SLACK]],
  ['report', 'When I start it manually, email me a summary of the last 30 days', ['manual', TEAM]],
  [
    'report',
    'Every Friday at 5, post a summary of this week to Slack and email it to the team',
    ['cron(0 17 ? * FRI *)', 'report.summarize; notify.slack; notify.team'],
  ],
  [
    'report',
    'Monthly summary for the accountant by email on the last day of the month',
    ['cron(0 9 L * ? *)', TEAM],
  ],
  ['report', "Every morning I want yesterday's numbers summarized in #daily", ['cron(0 9 * * ? *)', SLACK]],
];
