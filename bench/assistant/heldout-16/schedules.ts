import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const MAIL = 'report.summarize; email.send';
const OVERDUE = 'invoice.find; forEach[invoice.sendReminder]';
const LEADS = (action: string) => `crm.findLeads; forEach[${action}]`;

/** Sixteenth held-out set: time zones, recurring days, loops over records and reports, typed in a hurry. */
export const SCHEDULES_16: readonly HeldOutCase[] = [
  ['timezone', 'every day 8am helsinki time email me summary', ['cron(0 8 * * ? *) Europe/Helsinki', TEAM]],
  [
    'timezone',
    'mondays 9am prague time post weekly summary #cz',
    ['cron(0 9 ? * MON *) Europe/Prague', SLACK],
  ],
  ['timezone', 'daily 7:30 jakarta time summary to slack', ['cron(30 7 * * ? *) Asia/Jakarta', SLACK]],
  [
    'timezone',
    'every day 6pm riyadh time send summary to ops@qasrtrading.sa',
    ['cron(0 18 * * ? *) Asia/Riyadh', MAIL],
  ],
  [
    'timezone',
    'friday 10am ho chi minh city time remind all customers with unpaid invoice',
    ['cron(0 10 ? * FRI *) Asia/Ho_Chi_Minh', OVERDUE],
  ],
  ['timezone', 'everyday 9 beijing time email the team a summary', ['cron(0 9 * * ? *) Asia/Shanghai', TEAM]],
  ['timezone', 'every tuesday 4pm lima time summary in #peru', ['cron(0 16 ? * TUE *) America/Lima', SLACK]],
  [
    'timezone',
    'sunday 7pm adelaide time email owner the summary of week',
    ['cron(0 19 ? * SUN *) Australia/Adelaide', TEAM],
  ],
  [
    'timezone',
    'daily noon casablanca time post summary on slack',
    ['cron(0 12 * * ? *) Africa/Casablanca', SLACK],
  ],
  [
    'timezone',
    'every thursday 11am copenhagen time send me summary by mail',
    ['cron(0 11 ? * THU *) Europe/Copenhagen', TEAM],
  ],
  ['timezone', 'every day 10am ist summary on slack pls', 'IST'],
  ['timezone', 'mon 9am cst email team a summary', 'CST'],
  ['timezone', 'daily 5pm indonesia time email me summary', 'Indonesia'],
  ['timezone', 'every friday 3pm american time post summary #us', 'America'],

  ['recurring', 'weekdays 8.50 post summary in #team', ['cron(50 8 ? * MON-FRI *)', SLACK]],
  ['recurring', 'mon and thu 10am email team summary', ['cron(0 10 ? * MON,THU *)', TEAM]],
  ['recurring', '1st monday every month summary email to me', ['cron(0 9 ? * 2#1 *)', TEAM]],
  ['recurring', '2x a day summary to #ops', ['cron(0 9,17 * * ? *)', SLACK]],
  ['recurring', 'every 10 min post summary #live', ['rate(10 minutes)', SLACK]],
  ['recurring', 'every 2 hrs email me summary', ['rate(2 hours)', TEAM]],
  ['recurring', 'mon-fri 5:30pm summary #eod', ['cron(30 17 ? * MON-FRI *)', SLACK]],
  ['recurring', 'half past 8 every weekday email team summary', ['cron(30 8 ? * MON-FRI *)', TEAM]],
  ['recurring', 'sat morning send me a summary', ['cron(0 9 ? * SAT *)', TEAM]],
  [
    'recurring',
    'on 10th and 25th of month email summary to books@dunmorebikes.ie',
    ['cron(0 9 10,25 * ? *)', MAIL],
  ],
  ['recurring', 'last thursday each month 2pm summary #board', ['cron(0 14 ? * 5L *)', SLACK]],
  ['recurring', 'every 12 hours send summary to me', ['rate(12 hours)', TEAM]],
  ['recurring', 'wednesday to friday 9am summary to slack', ['cron(0 9 ? * WED-FRI *)', SLACK]],

  [
    'many-records',
    'every morning 9 send reminder to all customers who didnt pay there invoice',
    ['cron(0 9 * * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'mondays follow up mail to every lead w tag demo',
    ['cron(0 9 ? * MON *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'every tuesday book check in call w all customers',
    ['cron(0 9 ? * TUE *)', LEADS('calendar.schedule')],
  ],
  [
    'many-records',
    'each day 4pm post every overdue invoice in #money',
    ['cron(0 16 * * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  ['many-records', 'when i run it manualy remind everyone with unpaid invoice', ['manual', OVERDUE]],
  ['many-records', 'every 30 min chase customers with overdue invoices', ['rate(30 minutes)', OVERDUE]],
  [
    'many-records',
    'monthly on the 2nd send all our customers the news email',
    ['cron(0 9 2 * ? *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'every night 9pm all leads with tag fake → status lost',
    ['cron(0 21 * * ? *)', LEADS('crm.updateLead')],
  ],
  [
    'many-records',
    'every thursday put note on all contacted leads "call them"',
    ['cron(0 9 ? * THU *)', LEADS('crm.addNote')],
  ],
  [
    'many-records',
    'weekdays 8am notify me about every lead in status new',
    ['cron(0 8 ? * MON-FRI *)', LEADS('notify.team')],
  ],
  [
    'many-records',
    'wednesdays 3pm draft personal email for every lead from referrals',
    ['cron(0 15 ? * WED *)', LEADS('email.draft')],
  ],
  [
    'many-records',
    'sat night go thru warm leads, email each one a check in and put a note',
    ['cron(0 20 ? * SAT *)', LEADS('email.send; crm.addNote')],
  ],
  ['many-records', 'every 15th remind all open invoices', ['cron(0 9 15 * ? *)', OVERDUE]],

  ['report', 'need weekly report on email every mon morning pls', ['cron(0 9 ? * MON *)', TEAM]],
  ['report', 'summary of day in #general at 7pm everyday', ['cron(0 19 * * ? *)', SLACK]],
  [
    'report',
    'monthly report to accountant 3rd of month email acc@dunmorebikes.ie',
    ['cron(0 9 3 * ? *)', MAIL],
  ],
  ['report', 'fri 3pm week summary on slack', ['cron(0 15 ? * FRI *)', SLACK]],
  ['report', 'every evening send me recap what happened today', ['cron(0 18 * * ? *)', TEAM]],
  ['report', 'mornings 8:15 put yesterdays summary in #sales', ['cron(15 8 * * ? *)', SLACK]],
  ['report', 'manual run: summary of this month to the team by mail', ['manual', TEAM]],
  [
    'report',
    'each friday evening write weekly summary into a file',
    ['cron(0 18 ? * FRI *)', 'report.summarize; files.create'],
  ],
  ['report', 'tuesday 10am weekly report to slack', ['cron(0 10 ? * TUE *)', SLACK]],
  ['report', 'daily 1:30pm summary email to reception', ['cron(30 13 * * ? *)', TEAM]],
  [
    'report',
    'monthly summary last day of month post in #board and email it to the boss',
    ['cron(0 9 L * ? *)', 'report.summarize; notify.slack; notify.team'],
  ],
  ['report', 'sat 11am summarise week send to owner@qasrtrading.sa', ['cron(0 11 ? * SAT *)', MAIL]],
  ['report', 'on the 1st 6:30am monthly summary to slack', ['cron(30 6 1 * ? *)', SLACK]],
];
