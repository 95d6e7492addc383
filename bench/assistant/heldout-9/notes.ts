import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/**
 * Ninth held-out set: how teams write automations down in their own notes: workflow names in an automation tool,
 * SOP bullets, meeting action items, numbered steps, chat messages and questions.
 */
export const NOTES_9: readonly HeldOutCase[] = [
  ['event', 'Lead intake | welcome mail + notify owner', ['lead.created', 'email.send; notify.team']],
  ['event', '[Billing] payment received -> thank-you email', ['invoice.paid', 'email.send']],
  ['event', 'Cancelled appointments -> #front-desk', ['booking.cancelled', 'notify.slack']],
  ['event', 'Automation broke? Tell me right away', ['workflow.failed', 'notify.team']],
  ['event', 'PayPal webhook: let the finance team know', ['webhook:paypal', 'notify.team']],
  ['records', 'Inbound email → log note on lead', ['email.received', 'crm.addNote']],
  [
    'records',
    'Calendly booking → contact in CRM + confirmation email',
    ['booking.created', 'crm.createLead; email.send'],
  ],
  [
    'many-records',
    'Nightly: chase every open invoice',
    ['cron(0 20 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'report',
    'KPI digest → ceo@northwind.io every Monday 7:30',
    ['cron(30 7 ? * MON *)', 'report.summarize; email.send'],
  ],

  [
    'list',
    'SOP for new signups: 1. send the welcome pack by email 2. tag as onboarding 3. book a kickoff call 4. post in #cs',
    ['lead.created', 'email.send; crm.updateLead; calendar.schedule; notify.slack'],
  ],
  [
    'list',
    'Action items from Tuesday: when a demo is booked, Lena gets a Slack DM, the lead moves to qualified, and a prep note goes on the lead.',
    ['booking.created', 'notify.team; crm.updateLead; crm.addNote'],
  ],
  [
    'negative-wait',
    'Process (unpaid invoices): invoice goes out, we give the client 20 days, no payment by then = reminder from the system.',
    ['invoice.created', 'waitFor(invoice.paid,P20D,timeout:[invoice.sendReminder])'],
  ],
  [
    'condition',
    'Rule: new leads of 25k or more go straight to Victor, everyone else gets the standard welcome email.',
    ['lead.created', 'if(trigger.lead.value gte 25000)[notify.team]else[email.send]'],
  ],
  [
    'many-records',
    'Policy: every Friday at 3pm, each lead still in status new gets a nudge email.',
    ['cron(0 15 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],

  [
    'event',
    'hey can u set it up so that when someone cancels their appointment the clinic team gets an email',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'negative-wait',
    'quick one: if a new signup hasnt booked anything 5 days in, send them the booking link again pls',
    ['lead.created', 'waitFor(booking.created,P5D,timeout:[email.send])'],
  ],
  [
    'report',
    'could we get a daily summary in #standup at 9:15 on weekdays? ty',
    ['cron(15 9 ? * MON-FRI *)', SLACK],
  ],
  [
    'records',
    'fyi whenever a survey comes in, the person should be added as a lead w/ source survey',
    ['form.submitted', 'crm.createLead'],
  ],

  [
    'condition',
    'Can it message #big-deals on Slack when an invoice above 7,500 dollars is created?',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 750000)[notify.slack]'],
  ],
  [
    'negative-wait',
    "Would it be possible to remind a patient by email when they haven't confirmed their appointment 2 days after booking it?",
    ['booking.created', 'waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'recurring',
    'How do I get a summary mailed to me on the 10th of every month at 10am?',
    ['cron(0 10 10 * ? *)', TEAM],
  ],
  [
    'timezone',
    'Is there a way to post the summary to Slack at 8 every weekday, Vienna time?',
    ['cron(0 8 ? * MON-FRI *) Europe/Vienna', SLACK],
  ],

  [
    'list',
    'For every new booking: confirmation email first, then a note on the lead, then a heads-up to Rui, and finally an invoice for 60 EUR',
    ['booking.created', 'email.send; crm.addNote; notify.team; invoice.create'],
  ],
  [
    'condition',
    'For deals above 40k that come in, ask Hannah to approve before we email them; smaller ones get the email straight away',
    ['lead.created', 'if(trigger.lead.value gt 40000)[approval; email.send]else[email.send]'],
  ],
  [
    'report',
    'Every Friday at 5pm: summary of this week, emailed to me and posted in #all-hands',
    ['cron(0 17 ? * FRI *)', 'report.summarize; notify.team; notify.slack'],
  ],
  ['refusal', 'Sync new leads to HubSpot', 'HubSpot'],
  ['refusal', 'WhatsApp the customer when their booking is confirmed', 'WhatsApp'],
  ['refusal', 'Post our weekly summary on Instagram every Monday', 'Instagram'],
];
