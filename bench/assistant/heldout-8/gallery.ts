import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Eighth held-out set: template-gallery titles and terse notes, as people name their automations. */
export const GALLERY_8: readonly HeldOutCase[] = [
  ['event', 'Slack alert for every cancelled booking', ['booking.cancelled', 'notify.slack']],
  ['event', 'Get notified when an invoice is paid', ['invoice.paid', 'notify.team']],
  ['event', 'Post failed workflow runs to #alerts', ['workflow.failed', 'notify.slack']],
  ['event', 'Email the customer a receipt when their invoice is paid', ['invoice.paid', 'email.send']],
  ['event', 'Book a discovery call with every new lead', ['lead.created', 'calendar.schedule']],
  ['event', 'Welcome email + Slack ping for new leads', ['lead.created', 'email.send; notify.slack']],
  [
    'event',
    'Invoice overdue? Send a reminder and notify finance',
    ['invoice.overdue', 'invoice.sendReminder; notify.team'],
  ],
  [
    'event',
    'Lead becomes qualified → book a meeting',
    ['lead.updated {"changes.status.to":["qualified"]}', 'calendar.schedule'],
  ],
  ['event', 'Draft a reply whenever a customer emails us', ['email.received', 'email.draft']],
  ['event', 'Log new file uploads in Slack', ['file.updated', 'notify.slack']],

  ['records', 'New form submission → create lead in CRM', ['form.submitted', 'crm.createLead']],
  ['records', 'Add a CRM note for every inbound email from a lead', ['email.received', 'crm.addNote']],
  [
    'records',
    'Create invoice when a deal is marked as won',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create'],
  ],
  [
    'records',
    'Save every web form entry as a lead and ping the team',
    ['form.submitted', 'crm.createLead; notify.team'],
  ],
  ['records', 'Shopify webhook → new lead', ['webhook:shopify', 'crm.createLead']],

  [
    'negative-wait',
    'Unanswered quote after 5 days → follow-up email',
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Invoices still open after 30 days → escalate to #finance',
    ['invoice.created', 'waitFor(invoice.paid,P30D,timeout:[notify.slack])'],
  ],
  [
    'negative-wait',
    'Nudge new signups who have not booked a demo within 4 days',
    ['lead.created', 'waitFor(booking.created,P4D,timeout:[email.send])'],
  ],

  [
    'many-records',
    'Daily reminder for all overdue invoices',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Weekly check-in email to every customer',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Hourly: remind customers about overdue invoices',
    ['rate(1 hour)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],

  ['report', 'Weekly sales summary in Slack', ['cron(0 9 ? * MON *)', SLACK]],
  ['report', 'Monthly activity report emailed to me', ['cron(0 9 1 * ? *)', TEAM]],
  ['report', 'Daily digest to #sales at 8am', ['cron(0 8 * * ? *)', SLACK]],
  ['report', 'End-of-week recap for the team every Friday at 4:30pm', ['cron(30 16 ? * FRI *)', TEAM]],

  [
    'list',
    'On new lead: welcome mail, wait 1 day, case study mail, wait 3 days, book a call',
    ['lead.created', 'email.send; wait(P1D); email.send; wait(P3D); calendar.schedule'],
  ],
  [
    'list',
    'Paid invoice → thank-you email, mark lead as customer, post in #wins',
    ['invoice.paid', 'email.send; crm.updateLead; notify.slack'],
  ],

  ['refusal', 'Add new leads to a Google Sheet', 'Google Sheet'],
  ['refusal', 'Text new leads a welcome SMS', 'SMS'],
  ['refusal', 'Create a Trello card for each new booking', 'Trello'],
];
