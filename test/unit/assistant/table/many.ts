import type { Case } from './case';

/** Schedules over many records: a find step and a forEach. */
export const MANY_RECORDS: readonly Case[] = [
  // session 38: when the leads came in is crm.findLeads createdIn (today, yesterday, this week, the last 7 days)
  [
    'Every Monday at 9, email all leads created in the last 7 days a follow up',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every day email all leads created today a welcome',
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every morning tag all leads added yesterday as fresh',
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[crm.updateLead]',
  ],
  // session 28: a status said after the noun is the find's filter (test/unit/assistant/precision.test.ts checks it)
  [
    'Every Tuesday, send a check-in email to all contacts in the qualified stage',
    'cron(0 9 ? * TUE *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every Monday send a reminder to all leads where status = contacted',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  // session 28: by kind - an overdue invoice's reminder, a teammate by name, a trade's name for a lead, reports
  ['When an invoice is overdue, send to the client a reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['When a lead is created, send a mail to Tom', 'lead.created', 'notify.team'],
  [
    'When a new patient lead comes in from Google, send them a welcome email',
    'lead.created',
    'if(trigger.lead.source eq "Google")[email.send]',
  ],
  [
    'On the 2 of every month, send me a report of invoices',
    'cron(0 9 2 * ? *)',
    'report.summarize; notify.team',
  ],
  ['EOM: send me a report of invoices', 'cron(0 9 L * ? *)', 'report.summarize; notify.team'],
  ['Weekly investor update -> investors@acme.com', 'cron(0 9 ? * MON *)', 'report.summarize; email.send'],
  ['Weekly report -> the board, by email', 'cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
  [
    'Every day at 6pm post a summary of new leads in #sales. Separate from the existing daily Slack summary.',
    'cron(0 18 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'Outbound email sent, no reply in 72h → notify the team',
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[notify.team])',
  ],
  ['When a lead is created, email him to remind him about the demo', 'lead.created', 'email.send'],
  [
    'When a lead is created, put a message in Slack please, in the channel #planning',
    'lead.created',
    'notify.slack',
  ],
  [
    'When a form is submitted, create one file with the answers and save in folder Leads',
    'form.submitted',
    'files.create',
  ],
  [
    'Every day at 8, send all patients which have an appointment tomorrow a reminder',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Every hour, remind the customers with overdue invoices',
    'rate(1 hour)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every Monday morning, email all new leads a check-in',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every day at 10, send a follow-up to every lead tagged cold',
    'cron(0 10 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Each morning, for every overdue invoice, send a reminder and notify finance',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder; notify.team]',
  ],
  [
    'Every Friday, find all qualified leads and email them a case study',
    'cron(0 9 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every day, send a payment reminder to all customers with unpaid invoices',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every week, email every lead from LinkedIn our newsletter',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every morning at 8, tag all new leads as to-review',
    'cron(0 8 * * ? *)',
    'crm.findLeads; forEach[crm.updateLead]',
  ],
  [
    'Every Monday, send each qualified lead a check-in email and add a note',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send; crm.addNote]',
  ],
  [
    'Every evening, remind clients whose invoices are overdue and post a summary to Slack',
    'cron(0 18 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]; report.summarize; notify.slack',
  ],
  [
    'On the first of every month, email all customers a thank-you note',
    'cron(0 9 1 * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every day at noon, for each new lead, notify the team on Slack',
    'cron(0 12 * * ? *)',
    'crm.findLeads; forEach[notify.slack]',
  ],
  [
    'Every day, nudge clients about their unpaid invoices',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every morning remind customers of overdue bills',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every afternoon, loop through the unpaid invoices and post a message in Slack for each one',
    'cron(0 14 * * ? *)',
    'invoice.find; forEach[notify.slack]',
  ],
  [
    'Every Friday, go through all qualified leads and tell Anna about each of them',
    'cron(0 9 ? * FRI *)',
    'crm.findLeads; forEach[notify.team]',
  ],
  [
    'Every day at 8, go through the unpaid invoices, then remind each client',
    'cron(0 8 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    "Every morning at 8, chase clients who haven't paid",
    'cron(0 8 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every Monday, send a check-in to the leads that are qualified',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every day, email leads from Facebook a reminder about the webinar',
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Each Friday, go through customers who owe us money and send them a payment reminder',
    'cron(0 9 ? * FRI *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every Tuesday, add a note to leads tagged stale',
    'cron(0 9 ? * TUE *)',
    'crm.findLeads; forEach[crm.addNote]',
  ],
  [
    'Send a follow-up to all leads tagged webinar every Thursday at 3pm',
    'cron(0 15 ? * THU *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Email all leads worth over 5000 a check-in every day at 10',
    'cron(0 10 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "Every day at 6pm, remind all attendees of tomorrow's meetings by email",
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Every morning at 8, send a reminder email to everyone with a booking today',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Every morning, cancel all bookings today',
    'cron(0 9 * * ? *)',
    'calendar.find; forEach[calendar.cancel]',
  ],
  [
    "Every morning, email every lead that hasn't replied in 3 days a follow-up",
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  // session 29 (h5): a filter the finder takes goes into it, in any order after the noun (the outline does not
  // show the find's input: find-filters.test.ts checks it)
  [
    'Every Monday at 9, email all qualified leads who have not replied in 30 days a check-in',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every Friday, tag every lead that came from LinkedIn as social',
    'cron(0 9 ? * FRI *)',
    'crm.findLeads; forEach[crm.updateLead]',
  ],
  [
    'Each Monday, for all contacts whose source is webinar and tagged hot, send a follow-up email',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every day at 9, send a reminder email to everyone booked in the next 7 days',
    'cron(0 9 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Every Monday, email every customer with a cancelled booking this week to rebook',
    'cron(0 9 ? * MON *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Every Monday, remind all clients with invoices that are past due',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
];
