import type { HeldOutCase } from '../heldout';

/** Thirteenth held-out set: events, records as actions and lists, as a first-time user types them. */
export const TRIGGERS_13: readonly HeldOutCase[] = [
  [
    'event',
    'When someone fills in the booking request form on our website, let me know by email',
    ['form.submitted', 'notify.team'],
  ],
  [
    'event',
    'Each time a customer cancels an appointment, post a message in #front-desk',
    ['booking.cancelled', 'notify.slack'],
  ],
  ['event', 'Whenever a new lead is added, send them our welcome email', ['lead.created', 'email.send']],
  ['event', 'When a client pays an invoice, email them a receipt', ['invoice.paid', 'email.send']],
  ['event', 'Tell Marco as soon as a new appointment is booked', ['booking.created', 'notify.team']],
  [
    'event',
    'When an invoice becomes overdue, send the customer a payment reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    "When a lead's status changes to qualified, email the sales team",
    ['lead.updated {"changes.status.to":["qualified"]}', 'notify.team'],
  ],
  [
    'event',
    'When we receive an email from a customer, post it in #inbox',
    ['email.received', 'notify.slack'],
  ],
  ['event', 'If a workflow fails, send an alert to tech@brightpaws.com', ['workflow.failed', 'email.send']],
  ['event', 'When a new file is added to our documents, let Hannah know', ['file.updated', 'notify.team']],
  ['event', 'When Stripe sends us a webhook, write it to the log', ['webhook:stripe', 'log']],
  [
    'event',
    'When a deal is lost, send the lead a short goodbye email',
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
  ],
  [
    'event',
    'When a workflow is waiting for approval, post in #approvals',
    ['approval.requested', 'notify.slack'],
  ],

  [
    'records',
    'When a new booking comes in, add the person to our CRM as a lead',
    ['booking.created', 'crm.createLead'],
  ],
  [
    'records',
    'When someone submits the newsletter form, create a lead for them',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'When a client cancels their booking, log a note on their lead record',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'records',
    "When an invoice gets paid, change the lead's status to customer",
    ['invoice.paid', 'crm.updateLead'],
  ],
  ['records', 'When a new lead is added, tag them as prospect', ['lead.created', 'crm.updateLead']],
  ['records', 'When a lead replies to us, mark them as contacted', ['email.received', 'crm.updateLead']],
  [
    'records',
    'When a consultation is booked, create an invoice for 90 GBP',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'Whenever our survey form gets a new response, store the answers as a document in our files',
    ['form.submitted', 'files.create'],
  ],
  [
    'records',
    'When a payment notification webhook arrives from Square, record the invoice as paid',
    ['webhook:square', 'invoice.markPaid'],
  ],
  [
    'records',
    'Every time we get an email, save the sender as a new contact in the CRM',
    ['email.received', 'crm.createLead'],
  ],
  [
    'records',
    'When a new lead comes in, book a 30-minute intro call with them',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'records',
    'When a lead becomes a customer, set their value to 5000',
    ['lead.updated {"changes.status.to":["customer"]}', 'crm.updateLead'],
  ],
  [
    'records',
    'Whenever a contact form comes in, create a lead and add a note with their message',
    ['form.submitted', 'crm.createLead; crm.addNote'],
  ],

  [
    'list',
    'When a new lead signs up, send a welcome email, tag them as new, and tell Priya',
    ['lead.created', 'email.send; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'When an appointment is booked, send a confirmation email, add a note to the lead and post it in #bookings',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When an invoice is paid, mark the lead as customer, send a thank-you email and book an onboarding call',
    ['invoice.paid', 'crm.updateLead; email.send; calendar.schedule'],
  ],
  [
    'list',
    'When someone fills out the quote form, create a lead, email them our price list, then notify the sales team on Slack',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    "When an invoice goes overdue, send a reminder, log a note on the customer's record, and let the accountant know",
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a customer cancels their booking, send them a sorry email, add a note, mark them as lost and tell Jonas',
    ['booking.cancelled', 'email.send; crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'When a new lead comes in, wait 2 days, send a tips email, wait 5 more days, then email them a special offer',
    ['lead.created', 'wait(P2D); email.send; wait(P5D); email.send'],
  ],
  [
    'list',
    'As soon as a lead answers one of our emails, move them to contacted, copy their answer into a note and schedule a call',
    ['email.received', 'crm.updateLead; crm.addNote; calendar.schedule'],
  ],
  [
    'list',
    'When a deal is won, create an invoice for 2,000 USD, send a welcome email, and post in #wins',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send; notify.slack'],
  ],
  [
    'list',
    'When a file is updated, post in #files, add a log entry, then tell Oskar',
    ['file.updated', 'notify.slack; log; notify.team'],
  ],
  [
    'list',
    'When a customer emails us, search the knowledge base, draft a reply and post the draft in #support',
    ['email.received', 'knowledge.search; email.draft; notify.slack'],
  ],
  [
    'list',
    'When a new booking is made, ask me to approve it, then send a confirmation and add a note',
    ['booking.created', 'approval; email.send; crm.addNote'],
  ],
  [
    'list',
    'When a lead becomes qualified, book a demo, send them the agenda by email, add a note and let the team know on Slack',
    [
      'lead.updated {"changes.status.to":["qualified"]}',
      'calendar.schedule; email.send; crm.addNote; notify.slack',
    ],
  ],
];
