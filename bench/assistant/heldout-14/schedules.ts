import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const MAIL = 'report.summarize; email.send';
const OVERDUE = 'invoice.find; forEach[invoice.sendReminder]';
const LEADS = (action: string) => `crm.findLeads; forEach[${action}]`;

/** Fourteenth held-out set: time zones, recurring days, schedules over many records and reports, for the boss. */
export const SCHEDULES_14: readonly HeldOutCase[] = [
  [
    'timezone',
    'Every morning at nine, Mumbai time, email the MD a summary of the previous day',
    ['cron(0 9 * * ? *) Asia/Kolkata', TEAM],
  ],
  [
    'timezone',
    'Every weekday at 8.30am UK time, post a summary in #ops for the managers',
    ['cron(30 8 ? * MON-FRI *) Europe/London', SLACK],
  ],
  [
    'timezone',
    'Send the directors a daily report at 6pm Karachi time, as they review it before leaving',
    ['cron(0 18 * * ? *) Asia/Karachi', TEAM],
  ],
  [
    'timezone',
    'Each Monday at 10 a.m. Edinburgh time, the weekly summary should go to the team by email',
    ['cron(0 10 ? * MON *) Europe/London', TEAM],
  ],
  [
    'timezone',
    'Every day at 7pm Dubai time, post a summary to Slack, because our Gulf office starts late',
    ['cron(0 19 * * ? *) Asia/Dubai', SLACK],
  ],
  [
    'timezone',
    'Every Friday at half four Dublin time, email the team a summary',
    ['cron(30 16 ? * FRI *) Europe/Dublin', TEAM],
  ],
  [
    'timezone',
    'At 9am Eastern on weekdays, remind every client w/ an unpaid inv',
    ['cron(0 9 ? * MON-FRI *) America/New_York', OVERDUE],
  ],
  [
    'timezone',
    'Every day at noon Johannesburg time, email me a summary so that I have it ready for the boss',
    ['cron(0 12 * * ? *) Africa/Johannesburg', TEAM],
  ],
  [
    'timezone',
    'Every Tuesday at 11 Singapore time, post the summary in #apac',
    ['cron(0 11 ? * TUE *) Asia/Singapore', SLACK],
  ],
  [
    'timezone',
    'Send a summary to accounts@ceylonteaco.lk at 5pm Colombo time every day',
    ['cron(0 17 * * ? *) Asia/Colombo', MAIL],
  ],
  ['timezone', 'Every day at 10am IST, email the boss a summary', 'IST'],
  ['timezone', 'Every Monday at 9am BST, post a summary to Slack for the management team', 'BST'],
  ['timezone', 'Daily at 6pm European time, send me a summary', 'Europe'],
  ['timezone', 'Every Thursday at 4pm CST, email the partners a summary', 'CST'],

  [
    'recurring',
    'Every weekday at 9.15am, post the summary in #general - the team reads it at stand-up',
    ['cron(15 9 ? * MON-FRI *)', SLACK],
  ],
  [
    'recurring',
    'On Tuesdays and Fridays at eleven, email the partners a summary',
    ['cron(0 11 ? * TUE,FRI *)', TEAM],
  ],
  [
    'recurring',
    'On the first Monday of each month, send the MD a summary by email',
    ['cron(0 9 ? * 2#1 *)', TEAM],
  ],
  ['recurring', 'Twice daily, send me a summary on mail', ['cron(0 9,17 * * ? *)', TEAM]],
  ['recurring', 'At half nine every weekday, post the summary to Slack', ['cron(30 9 ? * MON-FRI *)', SLACK]],
  ['recurring', 'Fortnightly, email the team a summary of activity', ['rate(14 days)', TEAM]],
  ['recurring', 'Every thirty minutes, post a summary in #dispatch', ['rate(30 minutes)', SLACK]],
  [
    'recurring',
    'The accounts team should get an emailed summary at 4pm on the final working day of each month',
    ['cron(0 16 LW * ? *)', TEAM],
  ],
  [
    'recurring',
    'Every Saturday at 10 in the morning, email the owner a summary',
    ['cron(0 10 ? * SAT *)', TEAM],
  ],
  [
    'recurring',
    "Monday to Friday at 17:30, post the day's summary to #ops",
    ['cron(30 17 ? * MON-FRI *)', SLACK],
  ],
  [
    'recurring',
    'On the 1st and 16th of every month, send finance@oakleighlettings.co.uk a summary',
    ['cron(0 9 1,16 * ? *)', MAIL],
  ],
  ['recurring', 'Every six hours, send the duty manager a summary', ['rate(6 hours)', TEAM]],
  [
    'recurring',
    'On the last Thursday of every month at 3pm, post a summary in #board',
    ['cron(0 15 ? * 5L *)', SLACK],
  ],

  [
    'many-records',
    "Every morning at 10, send a payment reminder to all clients with outstanding invs, so the boss doesn't have to chase them",
    ['cron(0 10 * * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'Every Monday, mail all leads tagged expo a follow-up',
    ['cron(0 9 ? * MON *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Once a month, on the 3rd, send every customer our newsletter',
    ['cron(0 9 3 * ? *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Each Friday at 4pm, post every overdue invoice in #collections for the accounts team',
    ['cron(0 16 ? * FRI *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many-records',
    'Every weekday at 11, book a check-in call with each qualified lead',
    ['cron(0 11 ? * MON-FRI *)', LEADS('calendar.schedule')],
  ],
  [
    'many-records',
    'When I run it by hand, send a reminder for every unpaid invoice, as the accountant asked',
    ['manual', OVERDUE],
  ],
  [
    'many-records',
    'Nightly at 11pm, move every lead tagged spam to lost',
    ['cron(0 23 * * ? *)', LEADS('crm.updateLead')],
  ],
  [
    'many-records',
    "Every Wednesday, add a note to each lead in contacted status saying 'needs a follow-up call'",
    ['cron(0 9 ? * WED *)', LEADS('crm.addNote')],
  ],
  ['many-records', 'Every two hours, chase each customer whose inv is overdue', ['rate(2 hours)', OVERDUE]],
  [
    'many-records',
    'Every Thursday at 3pm, draft a personalised email for each lead tagged trade-show',
    ['cron(0 15 ? * THU *)', LEADS('email.draft')],
  ],
  [
    'many-records',
    'Every Sunday evening, for each lead tagged hot: send a check-in mail and add a note',
    ['cron(0 18 ? * SUN *)', LEADS('email.send; crm.addNote')],
  ],
  [
    'many-records',
    'On the 25th of every month, send a reminder for all open invoices',
    ['cron(0 9 25 * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'Every weekday at 4pm, notify me of each unpaid invoice so that I can keep the MD in the loop',
    ['cron(0 16 ? * MON-FRI *)', 'invoice.find; forEach[notify.team]'],
  ],

  [
    'report',
    'The MD wants a weekly report by email every Monday morning, so please set that up',
    ['cron(0 9 ? * MON *)', TEAM],
  ],
  ['report', 'Daily summary in #ops at 6pm pls', ['cron(0 18 * * ? *)', SLACK]],
  [
    'report',
    'Monthly report to our CA on the 2nd, by email to ca@mehtaassociates.in',
    ['cron(0 9 2 * ? *)', MAIL],
  ],
  [
    'report',
    'Every Friday at 5pm, a summary of the week on Slack for the directors',
    ['cron(0 17 ? * FRI *)', SLACK],
  ],
  [
    'report',
    "Every evening, a recap of the day's activity emailed to the owner",
    ['cron(0 18 * * ? *)', TEAM],
  ],
  [
    'report',
    'Could you post a summary of yesterday in #daily every morning at 8? The team reads it over tea.',
    ['cron(0 8 * * ? *)', SLACK],
  ],
  ['report', 'When I trigger it manually, email the boss a summary of the past 30 days', ['manual', TEAM]],
  [
    'report',
    "Every Monday, store last week's report as a file for our records",
    ['cron(0 9 ? * MON *)', 'report.summarize; files.create'],
  ],
  ['report', 'Weekly report on Slack each Thursday at two pm', ['cron(0 14 ? * THU *)', SLACK]],
  ['report', 'Every day at 12:30, email the office manager a summary', ['cron(30 12 * * ? *)', TEAM]],
  [
    'report',
    'On the last day of each month, send a monthly summary to the partners by email and post it in #management',
    ['cron(0 9 L * ? *)', 'report.summarize; notify.team; notify.slack'],
  ],
  [
    'report',
    'Every Sunday night, summarise the week and mail it to director@sunrisetextiles.in',
    ['cron(0 20 ? * SUN *)', MAIL],
  ],
  [
    'report',
    'A monthly summary for the owner by email, on the first of the month at 7am',
    ['cron(0 7 1 * ? *)', TEAM],
  ],
];
