import type { HeldOutCase } from '../heldout';

/** Event triggers, records as actions, and requests written the way people type them. */
export const EVENTS_2: readonly HeldOutCase[] = [
  ['event', 'Send a Slack message to #leads when a new contact is created', ['lead.created', 'notify.slack']],
  ['event', 'Email me whenever an invoice goes overdue', ['invoice.overdue', 'notify.team']],
  ['event', 'Whenever a booking is canceled, add a note to the lead', ['booking.cancelled', 'crm.addNote']],
  ['event', 'When a new file is added, notify the team', ['file.updated', 'notify.team']],
  [
    'event',
    'When a lead is marked as won, create an invoice for $2,000',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create'],
  ],
  ['event', 'When an approval is pending, ping Maria', ['approval.requested', 'notify.team']],
  ['event', 'When a workflow completes, log it', ['workflow.completed', 'log']],
  [
    'event',
    'When someone schedules a call with us, send them the agenda by email',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'When a contact replies to our email, forward it to support@acme.io',
    ['email.received', 'email.send'],
  ],
  [
    'event',
    'When a lead is moved to contacted, send them a case study',
    ['lead.updated {"changes.status.to":["contacted"]}', 'email.send'],
  ],
  ['event', 'Notify team on slack for new bookings', ['booking.created', 'notify.slack']],

  [
    'records',
    'When someone fills in the newsletter form, add them as a contact in the CRM',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'When a new email comes in from an unknown sender, create a lead',
    ['email.received', 'crm.createLead'],
  ],
  ['records', 'Every time a call is booked, log a note on the contact', ['booking.created', 'crm.addNote']],
  ['records', 'When a lead replies, update their status to contacted', ['email.received', 'crm.updateLead']],
  ['records', 'When a booking is made, bill the client €80', ['booking.created', 'invoice.create']],
  [
    'records',
    'When a lead becomes a customer, issue an invoice of 1,200 GBP',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create'],
  ],
  [
    'records',
    'When an invoice is paid, change the lead status to customer and add a note saying "paid"',
    ['invoice.paid', 'crm.updateLead; crm.addNote'],
  ],
  ['records', 'When a form is submitted, save the answers to a file', ['form.submitted', 'files.create']],
  [
    'records',
    'Add new Typeform respondents to the CRM as leads',
    ['form.submitted {"source":["typeform"]}', 'crm.createLead'],
  ],
  ['records', 'When a lead is created, set their value to 5000', ['lead.created', 'crm.updateLead']],

  ['style', 'pls send a slack msg when a new lead comes in', ['lead.created', 'notify.slack']],
  ['style', 'new lead -> welcome email + notify team', ['lead.created', 'email.send; notify.team']],
  ['style', 'when invoice paid send thank you email & add note', ['invoice.paid', 'email.send; crm.addNote']],
  [
    'style',
    'Could you please set up something that emails new leads a welcome message as soon as they are added? Thanks!',
    ['lead.created', 'email.send'],
  ],
  [
    'style',
    'I would like to get notified on Slack whenever somebody books a demo',
    ['booking.created', 'notify.slack'],
  ],
  [
    'style',
    'hey, can u remind customers about overdue invoices every morning',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'style',
    'if lead doesnt reply in 3 days send follow up',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'style',
    'every monday 9am send weekly report to slack',
    ['cron(0 9 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'style',
    'When a new lead is added, I want you to send them a welcome email and then, if they have not replied after 2 days, send them a gentle follow-up',
    ['lead.created', 'email.send; waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  ['style', 'Automatically add new form submissions to the CRM', ['form.submitted', 'crm.createLead']],
  ['style', 'WHEN A BOOKING IS CANCELLED NOTIFY THE TEAM', ['booking.cancelled', 'notify.team']],
  [
    'style',
    'when a invoice is overdue send a reminder to the client',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'style',
    'Whenever we receive a new lead, kindly notify Jessica via email',
    ['lead.created', 'notify.team'],
  ],

  ['refusal', 'When a lead visits our pricing page, send them an offer', null],
  ['refusal', 'Every day at 9, back up the database', null],
  ['refusal', 'When a new order is placed on Amazon, notify me', null],
  ['refusal', 'When a lead is created, WhatsApp them a welcome', null],
  ['refusal', "If a lead hasn't signed the contract within a week, notify me", null],
  ['refusal', "If there's no reply by Friday, send a follow-up", null],
];
