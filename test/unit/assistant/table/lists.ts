import type { Case } from './case';

/** Three or more actions, each with its own object, joined by commas, "and", "then", semicolons. */
export const LISTS: readonly Case[] = [
  [
    'When a lead signs up, send a welcome email, add them to the newsletter tag, notify Tom and schedule an intro call',
    'lead.created',
    'email.send; crm.updateLead; notify.team; calendar.schedule',
  ],
  [
    'When a demo is booked, email the attendee a confirmation, add a note to the lead, post in #sales and create an invoice for 99 EUR',
    'booking.created',
    'email.send; crm.addNote; notify.slack; invoice.create',
  ],
  [
    'When a form is submitted, create a lead, tag them as web, send a thank you email, then notify the team on Slack',
    'form.submitted',
    'crm.createLead; crm.updateLead; email.send; notify.slack',
  ],
  [
    'When an invoice is paid, send a receipt, post a message to Slack and add a note to the lead',
    'invoice.paid',
    'email.send; notify.slack; crm.addNote',
  ],
  [
    'When a lead replies, add a note, mark them as contacted, notify their owner and schedule a follow-up call',
    'email.received',
    'crm.addNote; crm.updateLead; notify.team; calendar.schedule',
  ],
  [
    'When a booking is cancelled, email the attendee, add a note, notify the team on Slack, and log it',
    'booking.cancelled',
    'email.send; crm.addNote; notify.slack; log',
  ],
  [
    'When a new lead comes in: tag them as inbound; send a welcome email; wait 2 days; send a follow-up; notify sales',
    'lead.created',
    'crm.updateLead; email.send; wait(P2D); email.send; notify.team',
  ],
  [
    'When a lead becomes a customer, send a thank you email, create an invoice for 1000 USD, schedule an onboarding call and tell the success team',
    'lead.updated {"changes.status.to":["customer"]}',
    'email.send; invoice.create; calendar.schedule; notify.team',
  ],
  [
    'When a lead is created, search the knowledge base for their company, draft a personalised email and send it',
    'lead.created',
    'knowledge.search; email.draft; email.send',
  ],
  [
    'When a form is submitted, create a lead, then wait one day, then send a follow-up email, then notify Anna',
    'form.submitted',
    'crm.createLead; wait(P1D); email.send; notify.team',
  ],
  [
    'When an invoice becomes overdue, send a reminder, notify finance, add a note to the lead and tag them as late-payer',
    'invoice.overdue',
    'invoice.sendReminder; notify.team; crm.addNote; crm.updateLead',
  ],
  [
    'When someone books a demo, send a confirmation, post to Slack, add them to the CRM and ask for approval before sending an invoice of 50 EUR',
    'booking.created',
    'email.send; notify.slack; crm.createLead; approval; invoice.create',
  ],
  [
    'When a new lead comes in, search the knowledge base, draft a reply and send it',
    'lead.created',
    'knowledge.search; email.draft; email.send',
  ],
  [
    'When a booking is cancelled, label the lead churn-risk and notify Tom',
    'booking.cancelled',
    'crm.updateLead; notify.team',
  ],
  [
    'When a file is added, write a summary email and send it to boss@acme.com',
    'file.updated',
    'email.draft; email.send',
  ],
  [
    'When a file is uploaded, draft an email about it and send it to ops@acme.com',
    'file.updated',
    'email.draft; email.send',
  ],
  [
    'When a contract is uploaded, summarize it using AI and post the summary in #legal',
    'file.updated',
    'ai.task; notify.slack',
  ],
  // a run-on list with an action named by a verb no reader lists (session 25)
  [
    'When a booking is made confirm it add the attendee to the crm notify the team',
    'booking.created',
    'email.send; crm.createLead; notify.team',
  ],
];
