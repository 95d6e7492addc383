import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const WON = 'lead.updated {"changes.status.to":["customer"]}';

/** Seventh held-out set: template-gallery titles, questions, and requests with the trigger written last. */
export const TITLES_7: readonly HeldOutCase[] = [
  [
    'title',
    'Send Slack messages for new Typeform entries',
    ['form.submitted {"source":["typeform"]}', 'notify.slack'],
  ],
  ['title', 'Create CRM leads from new form submissions', ['form.submitted', 'crm.createLead']],
  ['title', 'Email new leads a welcome message', ['lead.created', 'email.send']],
  ['title', 'Post new bookings to a Slack channel', ['booking.created', 'notify.slack']],
  ['title', 'Send payment reminders for overdue invoices', ['invoice.overdue', 'invoice.sendReminder']],
  ['title', 'Get notified by email about cancelled meetings', ['booking.cancelled', 'notify.team']],
  ['title', 'Add notes to leads when they reply', ['email.received', 'crm.addNote']],
  ['title', 'Send a daily Slack digest of new leads', ['cron(0 9 * * ? *)', SLACK]],
  ['title', 'Thank customers by email after they pay', ['invoice.paid', 'email.send']],
  [
    'title',
    'Tag leads from LinkedIn as social',
    ['lead.created', 'if(trigger.lead.source eq "LinkedIn")[crm.updateLead]'],
  ],
  ['title', 'Notify the team in Slack when a deal is won', [WON, 'notify.slack']],
  [
    'title',
    'Follow up with leads who do not reply within 3 days',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],

  ['question', 'Can it email me whenever a new lead signs up?', ['lead.created', 'notify.team']],
  [
    'question',
    'Is it possible to post in #support when a message mentions refund?',
    ['email.received', 'if(trigger.text contains "refund")[notify.slack]'],
  ],
  [
    'question',
    'Could you remind clients about unpaid invoices every Monday morning?',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  ['question', 'Can you send the team a summary every evening at 7?', ['cron(0 19 * * ? *)', TEAM]],
  [
    'question',
    "Would you be able to book a call with every lead that's qualified?",
    ['lead.updated {"changes.status.to":["qualified"]}', 'calendar.schedule'],
  ],
  ['question', 'Can we log every cancelled booking?', ['booking.cancelled', 'log']],

  [
    'trigger-last',
    'Send a confirmation email and add a note whenever a demo is booked',
    ['booking.created', 'email.send; crm.addNote'],
  ],
  ['trigger-last', 'Ping #finance on Slack as soon as an invoice is paid', ['invoice.paid', 'notify.slack']],
  ['trigger-last', 'Create an invoice for €250 once a lead becomes a customer', [WON, 'invoice.create']],
  [
    'trigger-last',
    'Notify Priya if a lead from Google Ads comes in',
    ['lead.created', 'if(trigger.lead.source eq "Google Ads")[notify.team]'],
  ],
  ['trigger-last', 'Mark the lead as contacted after they reply', ['email.received', 'crm.updateLead']],
  [
    'trigger-last',
    'Alert the ops channel on Slack each time a workflow fails',
    ['workflow.failed', 'notify.slack'],
  ],

  ['event', 'When someone uploads a contract, notify legal by email', ['file.updated', 'notify.team']],
  [
    'event',
    'When a new Jotform submission arrives, create a lead',
    ['form.submitted {"source":["jotform"]}', 'crm.createLead'],
  ],
  [
    'event',
    "When a lead's stage changes to lost, send a goodbye email",
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
  ],
  ['event', 'When we receive a webhook from GitHub, post it to #dev', ['webhook:github', 'notify.slack']],
  ['event', 'When an approval is needed, ping me on Slack', ['approval.requested', 'notify.slack']],

  ['records', 'When a meeting is booked, add the guest to the CRM', ['booking.created', 'crm.createLead']],
  [
    'records',
    'When a lead replies, set their status to qualified and notify Sam',
    ['email.received', 'crm.updateLead; notify.team'],
  ],
  ['records', 'When a booking is made, bill them $60', ['booking.created', 'invoice.create']],
  ['records', 'When an invoice is paid, add a note saying payment received', ['invoice.paid', 'crm.addNote']],
  ['records', 'When a file is uploaded, save a copy in the archive folder', ['file.updated', 'files.create']],

  ['refusal', 'When a lead opens a link in our newsletter, tag them', 'opens'],
  ['refusal', 'Every day at 8, update our Google Sheet with new leads', 'google sheet'],
  ['refusal', 'When a client signs the contract, send the invoice', 'signs'],
  ['refusal', 'Every day at 9am IST send me a report', 'IST'],
  ['refusal', 'Call every new lead within 5 minutes', 'call'],
];
