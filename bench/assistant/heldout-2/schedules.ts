import type { HeldOutCase } from '../heldout';

/** Time zones, recurrences, lists of actions, schedules over many records, reports with period and channel. */
export const SCHEDULES_2: readonly HeldOutCase[] = [
  [
    'timezone',
    'Every day at 9 am Paris time, post the summary in Slack',
    ['cron(0 9 * * ? *) Europe/Paris', 'report.summarize; notify.slack'],
  ],
  [
    'timezone',
    'Every Monday at 8 Chicago time, email the team the weekly report',
    ['cron(0 8 ? * MON *) America/Chicago', 'report.summarize; notify.team'],
  ],
  [
    'timezone',
    'Daily at 7am Eastern, send me a summary by email',
    ['cron(0 7 * * ? *) America/New_York', 'report.summarize; notify.team'],
  ],
  [
    'timezone',
    'Every weekday at 5:30pm Singapore time, post a recap to Slack',
    ['cron(30 17 ? * MON-FRI *) Asia/Singapore', 'report.summarize; notify.slack'],
  ],
  [
    'timezone',
    'Every day at 10 Mountain time, send a report to Slack',
    ['cron(0 10 * * ? *) America/Denver', 'report.summarize; notify.slack'],
  ],
  [
    'timezone',
    'At 6pm Amsterdam time every Friday, post a weekly summary in #team',
    ['cron(0 18 ? * FRI *) Europe/Amsterdam', 'report.summarize; notify.slack'],
  ],
  [
    'timezone',
    'Every day at 9 Sao Paulo time, email the team a summary',
    ['cron(0 9 * * ? *) America/Sao_Paulo', 'report.summarize; notify.team'],
  ],
  [
    'timezone',
    'Every Monday at 9 Toronto time, send a summary to the team',
    ['cron(0 9 ? * MON *) America/Toronto', 'report.summarize; notify.team'],
  ],
  ['timezone', 'Every day at 8am Springfield time, post a summary to Slack', null],

  [
    'recurring',
    'Every two weeks, send the team a report',
    ['rate(14 days)', 'report.summarize; notify.team'],
  ],
  ['recurring', 'Every other Monday at 9am, post a summary to Slack', null],
  [
    'recurring',
    'Every weekday morning, post a summary in #standup',
    ['cron(0 9 ? * MON-FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'Mon, Wed and Fri at 8am, send a summary to the team',
    ['cron(0 8 ? * MON,WED,FRI *)', 'report.summarize; notify.team'],
  ],
  [
    'recurring',
    'Every day at 08:00 and 16:00, post a summary to Slack',
    ['cron(0 8,16 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'On the second Tuesday of each month, email the team a report',
    ['cron(0 9 ? * 3#2 *)', 'report.summarize; notify.team'],
  ],
  [
    'recurring',
    'Every 4 hours, send a summary to the team',
    ['rate(4 hours)', 'report.summarize; notify.team'],
  ],
  [
    'recurring',
    'At a quarter to six every evening, post a summary to Slack',
    ['cron(45 17 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'Every Saturday and Sunday at noon, email me a summary',
    ['cron(0 12 ? * SAT,SUN *)', 'report.summarize; notify.team'],
  ],
  [
    'recurring',
    'On the 1st and 15th of every month, send a report to Slack',
    ['cron(0 9 1,15 * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'Every hour on weekdays, post a summary to Slack',
    ['cron(0 * ? * MON-FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'Once a week on Thursday at 11, send a summary to the team',
    ['cron(0 11 ? * THU *)', 'report.summarize; notify.team'],
  ],

  [
    'list',
    'When a new lead comes in, send a welcome email, wait 3 days, send a follow-up and then notify Tom',
    ['lead.created', 'email.send; wait(P3D); email.send; notify.team'],
  ],
  [
    'list',
    'When a booking is created: send a confirmation, add a note, and post to #bookings',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When an invoice is paid, thank the customer, mark them as customer, log a note & notify finance',
    ['invoice.paid', 'email.send; crm.updateLead; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a form is submitted create a lead then tag them hot then email them then alert sales on slack',
    ['form.submitted', 'crm.createLead; crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When a deal is lost, add a note, tag them as lost-2026, send a feedback survey email, and tell the team',
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.addNote; crm.updateLead; email.send; notify.team'],
  ],
  [
    'list',
    'When a lead replies, use AI to summarize the reply, add it as a note and notify the owner',
    ['email.received', 'ai.task; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a meeting is cancelled, email the attendee, mark the lead as contacted, and schedule a new call',
    ['booking.cancelled', 'email.send; crm.updateLead; calendar.schedule'],
  ],
  [
    'list',
    'When a file is uploaded, search the knowledge base, draft a summary email, send it to ops@acme.com and log it',
    ['file.updated', 'knowledge.search; email.draft; email.send; log'],
  ],

  [
    'many-records',
    'Every Monday, send a reminder to all customers with unpaid invoices',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Every day at 9, email every lead tagged trial a tip',
    ['cron(0 9 * * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Each Friday, send all contacted leads a follow-up email',
    ['cron(0 9 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every morning, go through the overdue invoices and notify the team about each one',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[notify.team]'],
  ],
  [
    'many-records',
    'Once a month, send every customer a newsletter',
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every night at 10pm, tag all leads from LinkedIn as social',
    ['cron(0 22 * * ? *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many-records',
    'Every week, for each lost lead, send a win-back email',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every weekday at 8, remind everyone with an overdue invoice',
    ['cron(0 8 ? * MON-FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],

  [
    'report',
    'Send a weekly summary to #marketing every Friday',
    ['cron(0 9 ? * FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Daily digest to the team on Slack at 9am',
    ['cron(0 9 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Monthly report by email to ceo@acme.com on the 1st',
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'Every Monday morning, give the sales team a summary of last week on Slack',
    ['cron(0 9 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Email me an end-of-day report every weekday at 6pm',
    ['cron(0 18 ? * MON-FRI *)', 'report.summarize; notify.team'],
  ],
  ['report', 'Weekly pipeline recap on Slack', ['cron(0 9 ? * MON *)', 'report.summarize; notify.slack']],
  [
    'report',
    'Every quarter, email a report to board@acme.com',
    ['cron(0 9 1 1,4,7,10 ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "Every day at 7pm, summarize the day's bookings and send it to me by email",
    ['cron(0 19 * * ? *)', 'report.summarize; notify.team'],
  ],
];
