import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const MAIL = 'report.summarize; email.send';
const OVERDUE = 'invoice.find; forEach[invoice.sendReminder]';
const LEADS = (action: string) => `crm.findLeads; forEach[${action}]`;

/** Fifteenth held-out set: time zones, recurring days, loops over records and reports, as schedule triggers. */
export const SCHEDULES_15: readonly HeldOutCase[] = [
  [
    'timezone',
    'Schedule: every day at 8:00 Oslo time → email me a summary of yesterday',
    ['cron(0 8 * * ? *) Europe/Oslo', TEAM],
  ],
  [
    'timezone',
    "Schedule Trigger: Mondays 9am (Athens time) → post last week's summary to #greece",
    ['cron(0 9 ? * MON *) Europe/Athens', SLACK],
  ],
  [
    'timezone',
    'Every weekday at 8:30 Kuala Lumpur time → summary to Slack',
    ['cron(30 8 ? * MON-FRI *) Asia/Kuala_Lumpur', SLACK],
  ],
  [
    'timezone',
    'Trigger: daily at 6pm Lagos time. Action: email a summary to ops@ikoyifreight.ng',
    ['cron(0 18 * * ? *) Africa/Lagos', MAIL],
  ],
  [
    'timezone',
    'Every Friday 4pm Bogotá time → find unpaid invoices → send each customer a reminder',
    ['cron(0 16 ? * FRI *) America/Bogota', OVERDUE],
  ],
  [
    'timezone',
    'Schedule by Zapier, every day at 7am Istanbul time → send me a recap of the day before',
    ['cron(0 7 * * ? *) Europe/Istanbul', TEAM],
  ],
  [
    'timezone',
    'Every Tuesday 10:00 Brisbane time → weekly summary in #au-team',
    ['cron(0 10 ? * TUE *) Australia/Brisbane', SLACK],
  ],
  [
    'timezone',
    'Trigger: every day at 9am Taipei time / Action: email the team a summary',
    ['cron(0 9 * * ? *) Asia/Taipei', TEAM],
  ],
  [
    'timezone',
    'Every Sunday at 8pm Cairo time → summary of the week to the owner by email',
    ['cron(0 20 ? * SUN *) Africa/Cairo', TEAM],
  ],
  [
    'timezone',
    'Every weekday at noon Halifax time → post a summary in #atlantic',
    ['cron(0 12 ? * MON-FRI *) America/Halifax', SLACK],
  ],
  ['timezone', 'Schedule: daily 9am Russia time → summary to #ops', 'Russia'],
  ['timezone', 'Trigger: Mondays at 10am SST. Action: email the team a summary.', 'SST'],
  ['timezone', 'Trigger: daily, 18:00 Asian time. Action: Slack summary to #apac-ops', 'Asia'],
  ['timezone', 'Fridays 5pm Brazil time → email me the weekly report', 'Brazil'],

  ['recurring', 'Schedule: every weekday at 7:45 → summary to #standup', ['cron(45 7 ? * MON-FRI *)', SLACK]],
  [
    'recurring',
    'Schedule trigger: Tuesdays and Thursdays, 2pm → email the team a summary',
    ['cron(0 14 ? * TUE,THU *)', TEAM],
  ],
  [
    'recurring',
    'Trigger: the first Wednesday of every month → monthly summary emailed to me',
    ['cron(0 9 ? * 4#1 *)', TEAM],
  ],
  ['recurring', 'Schedule: twice a day → activity summary → #ops-feed', ['cron(0 9,17 * * ? *)', SLACK]],
  ['recurring', 'Interval: every 15 minutes → summary to #live-ops', ['rate(15 minutes)', SLACK]],
  ['recurring', 'Schedule by Zapier (every 3 hours) → summary → email to me', ['rate(3 hours)', TEAM]],
  ['recurring', 'Mon–Fri at 18:15 → summary in #day-end', ['cron(15 18 ? * MON-FRI *)', SLACK]],
  [
    'recurring',
    'Trigger: weekdays at half past seven. Action: summary email for the team.',
    ['cron(30 7 ? * MON-FRI *)', TEAM],
  ],
  ['recurring', 'Last day of every month at 5pm → email the owner a summary', ['cron(0 17 L * ? *)', TEAM]],
  [
    'recurring',
    'On the 5th and 20th of each month → summary to accounts@marlowjoinery.co.uk',
    ['cron(0 9 5,20 * ? *)', MAIL],
  ],
  [
    'recurring',
    'Last Friday of the month at 4pm → post a summary in #all-hands',
    ['cron(0 16 ? * 6L *)', SLACK],
  ],
  ['recurring', 'Every two weeks → post a summary in #leadership', ['rate(14 days)', SLACK]],
  ['recurring', 'Monday to Thursday at 8am → summary email to me', ['cron(0 8 ? * MON-THU *)', TEAM]],

  [
    'many-records',
    'Schedule: daily at 10am → find all unpaid invoices → for each one: send a payment reminder',
    ['cron(0 10 * * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'Every Monday → Find Leads tagged "webinar" → Loop → send each a follow-up email',
    ['cron(0 9 ? * MON *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every Friday → all qualified leads → iterator → book a check-in call with each',
    ['cron(0 9 ? * FRI *)', LEADS('calendar.schedule')],
  ],
  [
    'many-records',
    'Every day at 5pm → overdue invoices → post each one in #ar',
    ['cron(0 17 * * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  ['many-records', 'Manual trigger → loop over every unpaid invoice → send a reminder', ['manual', OVERDUE]],
  [
    'many-records',
    'Hourly → customers with overdue invoices → payment reminder to each',
    ['rate(1 hour)', OVERDUE],
  ],
  [
    'many-records',
    'Monthly on the 1st → all customers → send them our newsletter email',
    ['cron(0 9 1 * ? *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Nightly at 11pm → all leads tagged "bounced" → set status to lost',
    ['cron(0 23 * * ? *)', LEADS('crm.updateLead')],
  ],
  [
    'many-records',
    'Every Wednesday → Find Leads (status: contacted) → Create Note on each: "follow up this week"',
    ['cron(0 9 ? * WED *)', LEADS('crm.addNote')],
  ],
  [
    'many-records',
    'Every weekday at 9am → leads with status new → notify me about each one',
    ['cron(0 9 ? * MON-FRI *)', LEADS('notify.team')],
  ],
  [
    'many-records',
    'Every Thursday at 3pm → leads from LinkedIn → draft a personal email for each',
    ['cron(0 15 ? * THU *)', LEADS('email.draft')],
  ],
  [
    'many-records',
    'Sunday evening → all leads tagged hot → loop: check-in email + a note on each',
    ['cron(0 18 ? * SUN *)', LEADS('email.send; crm.addNote')],
  ],
  [
    'many-records',
    'Schedule: day 28 of each month → Find Invoices (status open) → Iterator → Send Reminder',
    ['cron(0 9 28 * ? *)', OVERDUE],
  ],

  ['report', 'Schedule: Monday 9am → summarize last week → Slack #general', ['cron(0 9 ? * MON *)', SLACK]],
  ['report', 'Daily digest at 6pm → email it to me', ['cron(0 18 * * ? *)', TEAM]],
  [
    'report',
    'Monthly report on the 1st → email to bookkeeper@marlowjoinery.co.uk',
    ['cron(0 9 1 * ? *)', MAIL],
  ],
  ['report', 'Fridays 4pm → weekly summary → Slack', ['cron(0 16 ? * FRI *)', SLACK]],
  ['report', "Every morning at 7:30 → yesterday's summary → #daily", ['cron(30 7 * * ? *)', SLACK]],
  ['report', 'Manual trigger → summarize the last 7 days → email the team', ['manual', TEAM]],
  [
    'report',
    'Every Sunday → weekly summary → save it as a file',
    ['cron(0 9 ? * SUN *)', 'report.summarize; files.create'],
  ],
  [
    'report',
    'Fridays 5pm → weekly report → post it to Slack and also email it to the team',
    ['cron(0 17 ? * FRI *)', 'report.summarize; notify.slack; notify.team'],
  ],
  ['report', "Every evening → recap of today's activity → owner by email", ['cron(0 18 * * ? *)', TEAM]],
  ['report', 'Daily at noon → summary → #midday', ['cron(0 12 * * ? *)', SLACK]],
  ['report', 'Last day of the month → monthly summary → email the partners', ['cron(0 9 L * ? *)', TEAM]],
  [
    'report',
    'Weekly KPI digest every Monday at 8 → email it to ceo@fernleaf.io',
    ['cron(0 8 ? * MON *)', MAIL],
  ],
  [
    'report',
    'Every Wednesday at 11 → summary of the week so far → post to Slack',
    ['cron(0 11 ? * WED *)', SLACK],
  ],
];
