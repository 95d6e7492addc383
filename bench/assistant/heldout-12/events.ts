import type { HeldOutCase } from '../heldout';

/** Twelfth held-out set: event triggers, records as actions and lists of three or more actions. */
export const EVENTS_12: readonly HeldOutCase[] = [
  [
    'event',
    'Whenever a new lead gets added, email them a follow-up and set up a meeting with them',
    ['lead.created', 'email.send; calendar.schedule'],
  ],
  [
    'event',
    'Send me an email alert whenever somebody submits the form on our website',
    ['form.submitted', 'notify.team'],
  ],
  [
    'event',
    'When a customer cancels their appointment, email them a link to rebook',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    'As soon as an invoice is past due, remind the customer to pay it',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'When a client writes back to us, forward their message to help@harborvet.com',
    ['email.received', 'email.send'],
  ],
  ['event', 'When one of my workflows breaks, put an alert in #ops', ['workflow.failed', 'notify.slack']],
  [
    'event',
    'Email ops@tallpinebakery.com every time a workflow finishes running',
    ['workflow.completed', 'email.send'],
  ],
  [
    'event',
    "Email me when a workflow is waiting for someone's approval",
    ['approval.requested', 'notify.team'],
  ],
  ['event', 'Write a log entry whenever we receive a webhook from GitHub', ['webhook:github', 'log']],
  ['event', 'When a new file gets uploaded, give the office a heads-up', ['file.updated', 'notify.team']],
  [
    'event',
    "When a lead is marked as lost, send them a short email asking what we could've done better",
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
  ],
  [
    'event',
    'As soon as a lead becomes qualified, tell Ana',
    ['lead.updated {"changes.status.to":["qualified"]}', 'notify.team'],
  ],

  [
    'records',
    'When someone fills in our quote request form, add them to the CRM',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'When somebody books a demo, create a lead and send them a confirmation email',
    ['booking.created', 'crm.createLead; email.send'],
  ],
  [
    'records',
    'Whenever a client pays an invoice, set their lead status to customer',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'records',
    'When a booking is cancelled, log a note on the lead saying the meeting was called off',
    ['booking.cancelled', 'crm.addNote'],
  ],
  ['records', 'Tag every new lead as prospect', ['lead.created', 'crm.updateLead']],
  [
    'records',
    'When a lead answers one of our emails, change their status to contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'records',
    'When a client books a cleaning, send them an invoice for 90 euros',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'Each time a Stripe webhook comes in, set the related invoice to paid',
    ['webhook:stripe', 'invoice.markPaid'],
  ],
  ['records', 'Every time a form comes in, save the answers in a file', ['form.submitted', 'files.create']],
  [
    'records',
    'When a new lead shows up, put a discovery call on the calendar with them',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'records',
    'After a client books a consultation, create an invoice for 200 USD and add a note to their lead',
    ['booking.created', 'invoice.create; crm.addNote'],
  ],
  [
    'records',
    'When an email comes in from a lead, keep a copy of it as a note on their record',
    ['email.received', 'crm.addNote'],
  ],

  [
    'list',
    'When a new lead comes in, send a welcome email, log a note, and book an intro call',
    ['lead.created', 'email.send; crm.addNote; calendar.schedule'],
  ],
  [
    'list',
    'When someone submits the booking request form, add them to the CRM, email them a confirmation, then let the team know on Slack',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'Once a customer pays their invoice, send a thank-you email, switch their lead to customer and add an entry to the log',
    ['invoice.paid', 'email.send; crm.updateLead; log'],
  ],
  [
    'list',
    'When a booking is cancelled, email the client, add a note to their record, and tell Marco',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a lead becomes a customer, send them our welcome pack by email, create an invoice for 400 EUR, and post the news in #wins',
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send; invoice.create; notify.slack'],
  ],
  [
    'list',
    'When an invoice goes overdue, send a reminder, wait 5 days, send a second reminder, then alert finance',
    ['invoice.overdue', 'invoice.sendReminder; wait(P5D); invoice.sendReminder; notify.team'],
  ],
  [
    'list',
    'When a customer emails us a question, look it up in the knowledge base, draft an answer and send it to them',
    ['email.received', 'knowledge.search; email.draft; email.send'],
  ],
  [
    'list',
    'When a new lead signs up: send the welcome email, wait 2 days, send our case studies, wait a week, then send a discount offer',
    ['lead.created', 'email.send; wait(P2D); email.send; wait(P7D); email.send'],
  ],
  [
    'list',
    'When a file is uploaded, post a message in #files, send a copy to records@brightlens.studio and write it to the log',
    ['file.updated', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    'When a meeting is booked, send the attendee a confirmation, create a lead for them, add a note, and notify the sales team',
    ['booking.created', 'email.send; crm.createLead; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a form is submitted, create a lead, get my approval, then email them a quote',
    ['form.submitted', 'crm.createLead; approval; email.send'],
  ],
  [
    'list',
    'When an email arrives from a lead, mark them as qualified, book a meeting, and let Priya know',
    ['email.received', 'crm.updateLead; calendar.schedule; notify.team'],
  ],
];
