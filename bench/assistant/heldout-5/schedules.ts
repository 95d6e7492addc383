import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Fifth held-out set: time zones (and ambiguous ones to refuse), recurrences, reports, lists, many records. */
export const SCHEDULES_5: readonly HeldOutCase[] = [
  [
    'timezone',
    'Every day at 8am Paris time, post a summary to Slack',
    ['cron(0 8 * * ? *) Europe/Paris', SLACK],
  ],
  [
    'timezone',
    'Every Monday at 9:00 Tokyo time, email me the weekly report',
    ['cron(0 9 ? * MON *) Asia/Tokyo', TEAM],
  ],
  [
    'timezone',
    'Each weekday at 7 am PST send the team a summary',
    ['cron(0 7 ? * MON-FRI *) America/Los_Angeles', TEAM],
  ],
  [
    'timezone',
    'Every day at 6pm Singapore time, post a recap in #apac',
    ['cron(0 18 * * ? *) Asia/Singapore', SLACK],
  ],
  [
    'timezone',
    'Every Friday at 5pm in Chicago, send a weekly summary to Slack',
    ['cron(0 17 ? * FRI *) America/Chicago', SLACK],
  ],
  [
    'timezone',
    'Every morning at 8 Toronto time, email the team a summary',
    ['cron(0 8 * * ? *) America/Toronto', TEAM],
  ],
  [
    'timezone',
    'Every day at 10 am Melbourne time, post a summary to Slack',
    ['cron(0 10 * * ? *) Australia/Melbourne', SLACK],
  ],
  ['timezone', 'Every day at 9am CST post a summary', 'CST'],
  ['timezone', 'Every Monday at 10 IST send a report to the team', 'IST'],
  ['timezone', 'Every day at 9 AST, post a summary to Slack', 'AST'],
  ['timezone', 'Every day at 9am US time, post a summary to Slack', 'US time'],
  [
    'timezone',
    'Every day at 4pm Dubai time, send a summary by email',
    ['cron(0 16 * * ? *) Asia/Dubai', TEAM],
  ],
  [
    'timezone',
    'Every weekday at 9 Mountain time, post the summary to Slack',
    ['cron(0 9 ? * MON-FRI *) America/Denver', SLACK],
  ],
  [
    'timezone',
    'Every day at noon São Paulo time, post a summary to Slack',
    ['cron(0 12 * * ? *) America/Sao_Paulo', SLACK],
  ],
  ['timezone', 'Every day at 8:30 in Madrid, send me a summary', ['cron(30 8 * * ? *) Europe/Madrid', TEAM]],
  ['timezone', 'Daily at 7am Eastern, email me a summary', ['cron(0 7 * * ? *) America/New_York', TEAM]],

  [
    'recurring',
    'Every Tuesday and Thursday at 2pm, post a summary to Slack',
    ['cron(0 14 ? * TUE,THU *)', SLACK],
  ],
  [
    'recurring',
    'On the second Tuesday of every month, send the team a report',
    ['cron(0 9 ? * 3#2 *)', TEAM],
  ],
  ['recurring', 'Every weekday at a quarter to nine, send me a summary', ['cron(45 8 ? * MON-FRI *)', TEAM]],
  ['recurring', 'Every 6 hours, post a summary to Slack', ['rate(6 hours)', SLACK]],
  ['recurring', 'Every Saturday morning, email me a recap of the week', ['cron(0 9 ? * SAT *)', TEAM]],
  [
    'recurring',
    'On the last day of the month at 5pm, send a monthly report to finance@acme.com',
    ['cron(0 17 L * ? *)', 'report.summarize; email.send'],
  ],
  ['recurring', 'Every day at 7am and 7pm, post a summary to Slack', ['cron(0 7,19 * * ? *)', SLACK]],
  ['recurring', 'Mon-Fri at 8:45, send the team a summary', ['cron(45 8 ? * MON-FRI *)', TEAM]],
  ['recurring', 'Every 1st of the month at 10am, email me the monthly report', ['cron(0 10 1 * ? *)', TEAM]],
  [
    'recurring',
    'Every Wednesday at half past two in the afternoon, post a summary in #team',
    ['cron(30 14 ? * WED *)', SLACK],
  ],
  ['recurring', 'Once a week on Thursdays, send a summary to Slack', ['cron(0 9 ? * THU *)', SLACK]],
  ['recurring', 'Every Monday and Wednesday at noon, email me a summary', ['cron(0 12 ? * MON,WED *)', TEAM]],
  [
    'recurring',
    'On the first Friday of each month at 3pm, post a summary to Slack',
    ['cron(0 15 ? * 6#1 *)', SLACK],
  ],
  ['recurring', 'Every night at 11pm, send a summary of the day to the team', ['cron(0 23 * * ? *)', TEAM]],
  ['recurring', 'Every 3 days, email me a summary', ['rate(3 days)', TEAM]],

  ['report', 'Weekly sales summary to #sales every Monday at 9am', ['cron(0 9 ? * MON *)', SLACK]],
  ['report', 'Send a daily report of new leads to my email at 6pm', ['cron(0 18 * * ? *)', TEAM]],
  [
    'report',
    "Every month send finance@acme.com a summary of last month's invoices",
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  ['report', 'Every Friday at 5, post a recap of the week in Slack', ['cron(0 17 ? * FRI *)', SLACK]],
  ['report', "I'd like a morning digest of yesterday's activity in my inbox", ['cron(0 9 * * ? *)', TEAM]],
  ['report', 'End of day summary to the team on Slack at 5:30pm', ['cron(30 17 * * ? *)', SLACK]],
  ['report', 'Monthly pipeline report by email on the 1st at 8am', ['cron(0 8 1 * ? *)', TEAM]],
  ['report', 'Every Sunday evening, send me a weekly summary by email', ['cron(0 18 ? * SUN *)', TEAM]],
  [
    'report',
    'Every quarter, email a summary of the quarter to ceo@acme.com',
    ['cron(0 9 1 1,4,7,10 ? *)', 'report.summarize; email.send'],
  ],
  ['report', 'Post a daily summary in #general at 9:15', ['cron(15 9 * * ? *)', SLACK]],
  [
    'report',
    "Each Monday morning give the team a report of last week's bookings on Slack",
    ['cron(0 9 ? * MON *)', SLACK],
  ],
  [
    'report',
    'Every weekday at 6pm, summarize the day and email it to me',
    ['cron(0 18 ? * MON-FRI *)', TEAM],
  ],
];

export const LISTS_MANY_5: readonly HeldOutCase[] = [
  [
    'list',
    "When a new lead comes in, send them a welcome email, notify the sales team on Slack, and add a note saying 'new inbound'",
    ['lead.created', 'email.send; notify.slack; crm.addNote'],
  ],
  [
    'list',
    'When someone submits the demo form, add them to the CRM, send a confirmation email, book a demo call and let Anna know',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'When an invoice is paid: mark the lead as customer, send a thank-you email, then post in #finance',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When a booking is cancelled, send the attendee a rescheduling link, add a note to their record and tag them as cancelled',
    ['booking.cancelled', 'email.send; crm.addNote; crm.updateLead'],
  ],
  [
    'list',
    'When a lead replies, summarize the reply with AI, add it as a note and notify the owner',
    ['email.received', 'ai.task; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a new lead arrives, search the knowledge base for their industry, draft a tailored email, send it, and log the result',
    ['lead.created', 'knowledge.search; email.draft; email.send; log'],
  ],
  [
    'list',
    'After a meeting is booked, send a confirmation, wait 1 day, send a reminder email and then notify the host',
    ['booking.created', 'email.send; wait(P1D); email.send; notify.team'],
  ],
  [
    'list',
    'When a deal is won, create an invoice for 750 GBP, send a welcome pack by email, schedule a kickoff meeting and notify the delivery team',
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'invoice.create; email.send; calendar.schedule; notify.team',
    ],
  ],
  [
    'list',
    'When an invoice goes overdue, send a reminder, tag the lead as overdue, add a note and tell finance on Slack',
    ['invoice.overdue', 'invoice.sendReminder; crm.updateLead; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When a form is submitted, create a lead, then send them an email, then wait 3 days, then send another email',
    ['form.submitted', 'crm.createLead; email.send; wait(P3D); email.send'],
  ],
  [
    'list',
    'When a file is uploaded, summarize it with AI, email the summary to legal@acme.com and post a message in #docs',
    ['file.updated', 'ai.task; email.send; notify.slack'],
  ],
  [
    'list',
    'When a lead is created, call our webhook at https://hooks.acme.com/lead, send a welcome email and notify Tom',
    ['lead.created', 'http.request; email.send; notify.team'],
  ],

  [
    'many-records',
    'Every morning, send a reminder to every client with an overdue invoice',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Every Monday at 8am, email all leads tagged trial a check-in',
    ['cron(0 8 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Once a week, go through the qualified leads and send each one a case study',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every day at 4pm, for each unpaid invoice, notify finance on Slack',
    ['cron(0 16 * * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many-records',
    'Every Friday, send all new leads a follow-up email',
    ['cron(0 9 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every first of the month, remind everyone with unpaid bills',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Each evening, tag every contacted lead as follow-up',
    ['cron(0 18 * * ? *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many-records',
    'Every Tuesday at 10, send each lead from LinkedIn a connection message by email',
    ['cron(0 10 ? * TUE *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every hour, check for overdue invoices and send a reminder for each',
    ['rate(1 hour)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Daily at 9, email every lost lead a win-back offer',
    ['cron(0 9 * * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    "Every week on Monday, add a note to each qualified lead saying 'weekly review'",
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[crm.addNote]'],
  ],
  [
    'many-records',
    'Every morning at 7, loop over the overdue invoices, send each customer a reminder and then post a summary to Slack',
    ['cron(0 7 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]; report.summarize; notify.slack'],
  ],
];
