import type { HeldOutCase } from '../heldout';

/** Fifth held-out set: event triggers, records as actions, the way people type, and what must be refused. */
export const EVENTS_5: readonly HeldOutCase[] = [
  ['event', 'Post a message to #sales whenever a new lead is created', ['lead.created', 'notify.slack']],
  [
    'event',
    'When a new Calendly meeting is booked, email the invitee a confirmation',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'Alert me on Slack when someone cancels their appointment',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'event',
    'Every time an invoice is paid, send a thank-you note to the customer',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'When a file is uploaded to our shared folder, tell the ops team',
    ['file.updated', 'notify.team'],
  ],
  ['event', 'When any workflow fails, email devops@acme.io', ['workflow.failed', 'email.send']],
  [
    'event',
    'Once a prospect becomes a paying customer, send them the onboarding checklist',
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
  ],
  [
    'event',
    'Whenever we receive an email from a customer, save it as a note on their record',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'Notify the finance channel on Slack when an invoice goes overdue',
    ['invoice.overdue', 'notify.slack'],
  ],
  [
    'event',
    'When a Typeform response comes in, send the respondent a thank you email',
    ['form.submitted {"source":["typeform"]}', 'email.send'],
  ],
  [
    'event',
    'When a lead is marked as lost, send them a short feedback survey by email',
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
  ],
  [
    'event',
    'Send me a Slack message every time someone requests approval',
    ['approval.requested', 'notify.slack'],
  ],
  ['event', 'When Shopify calls our webhook, log the payload', ['webhook:shopify', 'log']],

  [
    'records',
    'When a new contact form is submitted, create a lead in the CRM',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'When a booking is made, add the attendee to our CRM and log a note with the meeting time',
    ['booking.created', 'crm.createLead; crm.addNote'],
  ],
  ['records', 'When a lead replies, update their status to contacted', ['email.received', 'crm.updateLead']],
  [
    'records',
    'When an invoice is paid, mark the lead as a customer and send a receipt',
    ['invoice.paid', 'crm.updateLead; email.send'],
  ],
  [
    'records',
    'When someone books a consultation, create an invoice for $120',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'When a deal is closed won, invoice the client 2,400 EUR',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create'],
  ],
  [
    'records',
    'When a new form submission arrives, save the person as a lead and tag them webinar',
    ['form.submitted', 'crm.createLead; crm.updateLead'],
  ],
  [
    'records',
    'When a call is booked, create a note on the lead that says "demo booked"',
    ['booking.created', 'crm.addNote'],
  ],
  [
    'records',
    'When an email comes in from an unknown sender, add them as a new lead',
    ['email.received', 'crm.createLead'],
  ],
  [
    'records',
    'When a lead is qualified, create a file with the proposal in the proposals folder',
    ['lead.updated {"changes.status.to":["qualified"]}', 'files.create'],
  ],
  [
    'records',
    'When a lead fills in the pricing form, set their value to 5000',
    ['form.submitted', 'crm.updateLead'],
  ],
  [
    'records',
    'Whenever a demo is booked, add a note to the lead and mark them as qualified',
    ['booking.created', 'crm.addNote; crm.updateLead'],
  ],

  [
    'style',
    'when someone books a meeting pls send them a confirmation email',
    ['booking.created', 'email.send'],
  ],
  ['style', 'new lead -> slack #sales', ['lead.created', 'notify.slack']],
  [
    'style',
    'hi, could you please notify me by email whenever an invoice is paid? thank you so much',
    ['invoice.paid', 'notify.team'],
  ],
  ['style', 'When a lead is recieved, send a welcom email', ['lead.created', 'email.send']],
  [
    'style',
    'if a invoice isnt payed within 7 days remind the client',
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  ['style', 'A welcome email should be sent to every new lead', ['lead.created', 'email.send']],
  [
    'style',
    'The sales team should be notified on Slack when a deal is won',
    ['lead.updated {"changes.status.to":["customer"]}', 'notify.slack'],
  ],
  [
    'style',
    'I would really appreciate it if you could set up an automation that sends a thank you email whenever someone fills out our contact form',
    ['form.submitted', 'email.send'],
  ],
  ['style', 'every monday 9am summary to slack', ['cron(0 9 ? * MON *)', 'report.summarize; notify.slack']],
  ['style', 'WHEN AN INVOICE IS OVERDUE SEND A REMINDER', ['invoice.overdue', 'invoice.sendReminder']],
  [
    'style',
    'When a new lead comes in, kindly shoot them a quick welcome email asap',
    ['lead.created', 'email.send'],
  ],
  ['style', 'booking cancelled? let the team know on slack', ['booking.cancelled', 'notify.slack']],
  [
    'style',
    'Meetings that get cancelled should trigger a Slack alert to the team',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'style',
    'When a customer pays, thank them. Also add a note.',
    ['invoice.paid', 'email.send; crm.addNote'],
  ],
  [
    'style',
    'new form submision -> create lead & email them',
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'style',
    'Can we get Slack pinged whenever a big invoice gets paid, like over 10k?',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 1000000)[notify.slack]'],
  ],
  [
    'style',
    'Leads who sign up should get a welcome mail straight away and the team must be told on Slack',
    ['lead.created', 'email.send; notify.slack'],
  ],

  ['refusal', 'When a lead opens the newsletter, tag them as engaged', 'opens'],
  ['refusal', 'Every day at 9, water the plants', 'water the plants'],
  ['refusal', 'When a new lead comes in, add them to HubSpot', 'hubspot'],
  ['refusal', 'When a customer leaves a review on Google, thank them', 'review'],
  ['refusal', 'Send an SMS to new leads', 'sms'],
  ['refusal', 'When a lead is created, wait until next Friday and then email them', 'friday'],
  ['refusal', 'Post a summary to Slack every other Tuesday', 'skip weeks'],
  ['refusal', "If a lead's mood is angry, notify the manager", 'mood'],
  ['refusal', 'When someone likes our Facebook post, send them a coupon', 'likes'],
  ['refusal', 'Every hour, scrape competitor prices', 'scrape'],
  ['refusal', 'When a lead is created, send a welcome email unless they are a competitor', 'competitor'],
];
