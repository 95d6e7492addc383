import type { Case } from './case';

/**
 * Requests written in English as a second language (session 28, h6): learner verb forms in triggers, calques in
 * actions, local number, date and time formats, comparisons and branches said as in the writer's first language.
 * Hand-written beside the generated classes (classes/learners.ts). The classes were told to h6 by the lead,
 * described from misses of sealed set 19 without its requests.
 */
export const LEARNERS: readonly Case[] = [
  [
    'When some workflow is failed, send an email to ops@acme.com with the error',
    'workflow.failed',
    'email.send',
  ],
  [
    'When a lead pass to the status customer, send him a welcome email',
    'lead.updated {"changes.status.to":["customer"]}',
    'email.send',
  ],
  ['Please, when any file is getting updated, notify the team on Slack', 'file.updated', 'notify.slack'],
  ['When client writes us email, forward it to support@acme.com', 'email.received', 'email.send'],
  ['When a lead send email to us, tell to Olga', 'email.received', 'notify.team'],
  [
    'If a lead is put on lost, send him a short survey',
    'lead.updated {"changes.status.to":["lost"]}',
    'email.send',
  ],
  ['When Stripe is sending the webhook, post in #payments', 'webhook:stripe', 'notify.slack'],
  [
    'Every day at 7h and 19h, send a summary of the new leads to the team',
    'cron(0 7,19 * * ? *)',
    'report.summarize; notify.team',
  ],
  [
    'Every monday at 8:30 hour of Madrid, send the report of invoices to boss@acme.com',
    'cron(30 8 ? * MON *) Europe/Madrid',
    'report.summarize; email.send',
  ],
  [
    'Every 15 of the month, send the report of invoices to finance@acme.com',
    'cron(0 9 15 * ? *)',
    'report.summarize; email.send',
  ],
  [
    'Every day except Friday at 9h, send the summary of new leads to the team',
    'cron(0 9 ? * MON,TUE,WED,THU,SAT,SUN *)',
    'report.summarize; notify.team',
  ],
  [
    'When a new lead arrives, if his value is superior to 10.000 notify the sales team, in other case send him a welcome email',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]else[email.send]',
  ],
  [
    'When a new lead arrives, if source is Facebook tag him facebook. Other sources: notify the team',
    'lead.created',
    'if(trigger.lead.source eq "Facebook")[crm.updateLead]else[notify.team]',
  ],
  [
    'When an invoice is overdue 14 days or more, warn the financial team',
    'invoice.overdue',
    'if(trigger.daysOverdue gte 14)[notify.team]',
  ],
  ['When a meeting has been cancel, inform to the manager', 'booking.cancelled', 'notify.team'],
  [
    'When a lead is qualified, take a rendez-vous with him and warn the financial',
    'lead.updated {"changes.status.to":["qualified"]}',
    'calendar.schedule; notify.team',
  ],
  [
    'When a deal is won, register a note "client signed" and change the state of the client in customer',
    'lead.updated {"changes.status.to":["customer"]}',
    'crm.addNote; crm.updateLead',
  ],
  [
    'When a new lead arrives, put the tag instagram on him, after send to him a welcome email',
    'lead.created',
    'crm.updateLead; email.send',
  ],
  [
    'Every monday at 9h, remember all clients with overdue invoices',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  ['When an invoice is overdue, relaunch the client', 'invoice.overdue', 'invoice.sendReminder'],
  [
    'When a new lead arrives, send him a welcome email and after more 10 days send him a follow up',
    'lead.created',
    'email.send; wait(P10D); email.send',
  ],
  [
    'When a new lead arrives, wait until 14 days, then notify the team',
    'lead.created',
    'wait(P14D); notify.team',
  ],
  [
    'When a new lead arrives, if he does not make booking in the 7 days after his inscription, send him a reminder',
    'lead.created',
    'waitFor(booking.created,P7D,timeout:[email.send])',
  ],
  [
    "When a quote is sent, if the client don't confirm by email in 3 days, warn the sales team",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[notify.team])',
  ],
  [
    'Every day at 9h, send reminder to leads which have no answer since 5 days',
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every day at 9, email the clients which have an invoice in delay',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[email.send]',
  ],
  [
    'When the status of a lead pass to qualified, notify the team',
    'lead.updated {"changes.status.to":["qualified"]}',
    'notify.team',
  ],
  ['When a meeting is annulled, warn the client', 'booking.cancelled', 'email.send'],
  ['When the invoice is expired, prevent the client', 'invoice.overdue', 'email.send'],
  ['When a workflow give an error, send an email to ops@acme.com', 'workflow.failed', 'email.send'],
  ['Notify the team each time Stripe send the webhook', 'webhook:stripe', 'notify.team'],
];
