import type { Case } from './case';

/** Event triggers, phrased the ways people write them (Zapier/Make/n8n template titles, "when…", "…whenever…", "New lead?"). */
export const EVENTS: readonly Case[] = [
  // the seed sentence
  [
    'When a new lead is added, send a follow-up email and schedule a meeting',
    'lead.created',
    'email.send; calendar.schedule',
  ],
  ['Send a Slack message for every new lead', 'lead.created', 'notify.slack'],
  ['Create a CRM lead from each new form submission', 'form.submitted', 'crm.createLead'],
  ['Get an email notification when an invoice is paid', 'invoice.paid', 'notify.team'],
  ['Whenever someone books a meeting, send them a confirmation email', 'booking.created', 'email.send'],
  [
    'Once a lead is qualified, schedule a discovery call',
    'lead.updated {"changes.status.to":["qualified"]}',
    'calendar.schedule',
  ],
  [
    'After a meeting is cancelled, send the attendee an email asking to reschedule',
    'booking.cancelled',
    'email.send',
  ],
  ['On new lead: send a welcome email', 'lead.created', 'email.send'],
  ['New lead? Notify the team on Slack', 'lead.created', 'notify.slack'],
  ['Each time a file is uploaded, log it', 'file.updated', 'log'],
  ['When a workflow fails, post the error to #alerts', 'workflow.failed', 'notify.slack'],
  ['When an approval is requested, notify Maria', 'approval.requested', 'notify.team'],
  ['Every time we receive a payment, thank the customer by email', 'invoice.paid', 'email.send'],
  ['When a customer pays an invoice, mark the lead as customer', 'invoice.paid', 'crm.updateLead'],
  [
    'When a lead becomes a customer, send them an onboarding email',
    'lead.updated {"changes.status.to":["customer"]}',
    'email.send',
  ],
  [
    'When a deal is lost, send a goodbye email and add a note',
    'lead.updated {"changes.status.to":["lost"]}',
    'email.send; crm.addNote',
  ],
  [
    'When a lead moves to qualified, notify the account manager',
    'lead.updated {"changes.status.to":["qualified"]}',
    'notify.team',
  ],
  ['When someone signs up, add them to the welcome list', 'lead.created', 'crm.updateLead'],
  ['When a new contact is added to the CRM, send them our brochure', 'lead.created', 'email.send'],
  ['Whenever an invoice becomes overdue, send a payment reminder', 'invoice.overdue', 'invoice.sendReminder'],
  // one person of ours on Slack is a team message by Slack (docs/assistant.md, session 42 decision)
  ['When an email comes in from a lead, notify the owner on Slack', 'email.received', 'notify.team'],
  ['When we get a webhook from Shopify, post it to Slack', 'webhook:shopify', 'notify.slack'],
  ['When I run it manually, send a summary of today to the team', 'manual', 'report.summarize; notify.team'],
  // what a run started by hand is given, declared as its inputs and referred to (issue #16, s39)
  ["When I run it with the client's email, send them the welcome pack", 'manual', 'email.send'],
  [
    "I'll kick this off myself with their name and email: create them as a lead and book a call with them",
    'manual',
    'crm.createLead; calendar.schedule',
  ],
  [
    'when I run it I type a topic, search the knowledge base for it and email the results to help@acme.com',
    'manual',
    'knowledge.search; email.send',
  ],
  [
    'Give me a button that sends the price list to every lead tagged trade',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'When a new lead arrives, use AI to classify the lead and post the result to Slack',
    'lead.created',
    'ai.task; notify.slack',
  ],
  ['When a lead replies, draft a response and send it', 'email.received', 'email.draft; email.send'],
  ['When a form is submitted, forward the submission to ops@acme.com', 'form.submitted', 'email.send'],
  ['When an invoice goes out, notify the team', 'invoice.created', 'notify.team'],
  ['When a lead replies to our message, forward it to help@acme.com', 'email.received', 'email.send'],
  ['When a client answers our email, forward the reply to sales@acme.com', 'email.received', 'email.send'],
  [
    'When an email contains the word urgent, notify Tom',
    'email.received',
    'if(trigger.text contains "urgent")[notify.team]',
  ],
  [
    "When a message mentions 'refund' notify support",
    'email.received',
    'if(trigger.text contains "refund")[notify.team]',
  ],
  ['new booking cancelled -> alert the team', 'booking.cancelled', 'notify.team'],
  ['When a new invoice is paid, thank them', 'invoice.paid', 'email.send'],
  ['When a bill is flagged as overdue, notify Tom', 'invoice.overdue', 'notify.team'],
  ['Whenever a teammate asks for approval, notify me on Slack', 'approval.requested', 'notify.slack'],
  ['When Stripe hits our webhook, notify finance', 'webhook:stripe', 'notify.team'],
  ['When a webhook from github arrives, log the payload', 'webhook:github', 'log'],
];
