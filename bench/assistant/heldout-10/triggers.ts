import type { HeldOutCase } from '../heldout';

/** Tenth held-out set: events, records as actions and lists, as a first-time user types them in a chat box. */
export const TRIGGERS_10: readonly HeldOutCase[] = [
  [
    'event',
    'Post a message in #leads when someone fills out the contact form',
    ['form.submitted', 'notify.slack'],
  ],
  ['event', 'Email me whenever a new appointment is booked', ['booking.created', 'notify.team']],
  [
    'event',
    'Let the team know by email when a client cancels their appointment',
    ['booking.cancelled', 'notify.team'],
  ],
  ['event', "I'd like an email every time a client pays an invoice", ['invoice.paid', 'notify.team']],
  ['event', 'When a customer replies to one of our emails, tell Maria', ['email.received', 'notify.team']],
  ['event', 'Send a welcome email to new contacts as soon as they are added', ['lead.created', 'email.send']],
  [
    'event',
    'When a lead moves to qualified, let the sales team know in Slack',
    ['lead.updated {"changes.status.to":["qualified"]}', 'notify.slack'],
  ],
  [
    'event',
    'If any of my automations fail, send an email to it@brightdental.com',
    ['workflow.failed', 'email.send'],
  ],
  [
    'event',
    'When a document is uploaded to our files, post it in #documents',
    ['file.updated', 'notify.slack'],
  ],
  [
    'event',
    'When an invoice is overdue, email the customer a polite reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  ['event', 'When a workflow finishes, write an entry in the log', ['workflow.completed', 'log']],
  ['event', 'Alert the office manager whenever a run needs approval', ['approval.requested', 'notify.team']],
  ['event', 'When we get a webhook from Shopify, notify the team', ['webhook:shopify', 'notify.team']],
  [
    'event',
    'When I start it by hand, post a summary of the past month to #management',
    ['manual', 'report.summarize; notify.slack'],
  ],
  ['event', 'Send Slack messages for new invoices', ['invoice.created', 'notify.slack']],
  [
    'event',
    'When a lead is marked as a customer, send them our onboarding email',
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
  ],

  [
    'records',
    'When someone books a consultation, add them to the CRM as a new lead',
    ['booking.created', 'crm.createLead'],
  ],
  [
    'records',
    'Create a lead from every new form submission and send them a thank-you email',
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'records',
    'When a customer pays an invoice, change their status to customer',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'records',
    "When an appointment gets cancelled, add a note to the client's record",
    ['booking.cancelled', 'crm.addNote'],
  ],
  ['records', 'When a new lead comes in, tag them as inbound', ['lead.created', 'crm.updateLead']],
  [
    'records',
    'Whenever a booking is made, send an invoice for 75 dollars',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'When a lead emails us, save the message as a note on their record',
    ['email.received', 'crm.addNote'],
  ],
  [
    'records',
    'When a deal is lost, set the lead value to 0',
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.updateLead'],
  ],
  [
    'records',
    'Mark invoices as paid when PayPal sends us a payment webhook',
    ['webhook:paypal', 'invoice.markPaid'],
  ],
  ['records', 'When a form is submitted, create a file with the answers', ['form.submitted', 'files.create']],
  [
    'records',
    'When a new lead signs up, book an intro call with them',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'records',
    'When the quote request form is submitted, add the person as a lead with status qualified',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'When a new lead arrives, log a note saying "welcome email sent" and send the welcome email',
    ['lead.created', 'crm.addNote; email.send'],
  ],
  ['records', 'When a booking is created, move the lead to contacted', ['booking.created', 'crm.updateLead']],
  [
    'records',
    'When a new client books a session, raise an invoice for 120 EUR and add a note to their lead',
    ['booking.created', 'invoice.create; crm.addNote'],
  ],

  [
    'list',
    'When a new lead comes in, send a welcome email, add a note and notify Jenny',
    ['lead.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When someone books an appointment, send a confirmation email, add them to the CRM, and post in #bookings',
    ['booking.created', 'email.send; crm.createLead; notify.slack'],
  ],
  [
    'list',
    'When an invoice is paid, send a thank-you email, mark the lead as customer, then let the team know on Slack',
    ['invoice.paid', 'email.send; crm.updateLead; notify.slack'],
  ],
  [
    'list',
    'When a contact form is submitted, create a lead, send them our brochure by email, and book a call',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule'],
  ],
  [
    'list',
    'When a client cancels a booking, send them a sorry-we-missed-you email, add a note, and tag them as cancelled',
    ['booking.cancelled', 'email.send; crm.addNote; crm.updateLead'],
  ],
  [
    'list',
    'When a new lead signs up, wait one day, send a tips email, wait 3 more days, then send a discount offer by email',
    ['lead.created', 'wait(P1D); email.send; wait(P3D); email.send'],
  ],
  [
    'list',
    'When an invoice is overdue, send a reminder, add a note to the customer, and alert the bookkeeper',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a lead becomes a customer, create an invoice for 1,200 USD, send a welcome email, schedule an onboarding call and post in #wins',
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'invoice.create; email.send; calendar.schedule; notify.slack',
    ],
  ],
  [
    'list',
    'When an email arrives from a lead, mark them as contacted, save the email as a note, then notify their account manager',
    ['email.received', 'crm.updateLead; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a file is uploaded, notify the team, log it, and send an email to archive@northwind.io',
    ['file.updated', 'notify.team; log; email.send'],
  ],
  [
    'list',
    'When a form is submitted, search our knowledge base for the question, draft a reply, and email it to the person',
    ['form.submitted', 'knowledge.search; email.draft; email.send'],
  ],
  [
    'list',
    'When a workflow fails, post in #alerts, email dev@shopmate.io and write a log entry',
    ['workflow.failed', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    'After a meeting is booked: send a confirmation, create a prep file for the meeting, and tell Alex',
    ['booking.created', 'email.send; files.create; notify.team'],
  ],
  [
    'list',
    'When a new lead comes in, ask me to approve, then send them the price list and book a demo',
    ['lead.created', 'approval; email.send; calendar.schedule'],
  ],
];
