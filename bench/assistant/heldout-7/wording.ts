import type { HeldOutCase } from '../heldout';

/** Seventh held-out set: how people type (typos, lower case, passive voice, asides) in new words. */
export const WORDING_7: readonly HeldOutCase[] = [
  ['style', 'whenevr a new lead comes in send them a welcom email', ['lead.created', 'email.send']],
  ['style', 'when an invoce is overdue remind the custmer', ['invoice.overdue', 'invoice.sendReminder']],
  [
    'style',
    'Every friday at 5 send me a weekly sumary',
    ['cron(0 17 ? * FRI *)', 'report.summarize; notify.team'],
  ],
  [
    'style',
    'A Slack message should be posted in #sales whenever a booking is made',
    ['booking.created', 'notify.slack'],
  ],
  ['style', 'Invoices that get paid should be logged', ['invoice.paid', 'log']],
  [
    'style',
    'Leads that come from LinkedIn must be tagged as social',
    ['lead.created', 'if(trigger.lead.source eq "LinkedIn")[crm.updateLead]'],
  ],
  ['style', 'the sales team needs to be notified when a lead replies', ['email.received', 'notify.team']],
  ['style', 'pls email new subscribers our guide thx', ['lead.created', 'email.send']],
  ['style', 'new payment -> thank u email', ['invoice.paid', 'email.send']],
  [
    'style',
    'WHEN A FORM IS SUBMITTED CREATE A LEAD AND NOTIFY ME',
    ['form.submitted', 'crm.createLead; notify.team'],
  ],
  [
    'style',
    'Hello! We are a dental clinic. When a patient books an appointment, please send them a confirmation email. Thank you!',
    ['booking.created', 'email.send'],
  ],
  [
    'style',
    'When a lead arrives (we get about 20 a day), add a note and tag them as inbound',
    ['lead.created', 'crm.addNote; crm.updateLead'],
  ],
  [
    'style',
    'i need something that reminds customers when their invoice is overdue',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  ['style', 'When somebody cancels, let me know on slack asap', ['booking.cancelled', 'notify.slack']],
  [
    'style',
    "If a lead doesnt answer in 2 days, send 'em a follow up",
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  ['style', 'When client is paying invoice, send him receipt', ['invoice.paid', 'email.send']],
  [
    'style',
    'Each monday 9h, post report in #team',
    ['cron(0 9 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'style',
    'Kindly set up an automation which notifies finance when an invoice becomes overdue',
    ['invoice.overdue', 'notify.team'],
  ],
  [
    'style',
    'Could the attendee get a reminder email a day after they book?',
    ['booking.created', 'wait(P1D); email.send'],
  ],
  [
    'style',
    'When a new lead signs up from our website, send them a welcome email, nothing else',
    ['lead.created', 'if(trigger.lead.source eq "website")[email.send]'],
  ],
  [
    'style',
    'Whenever there is a new booking, the team should get a Slack ping',
    ['booking.created', 'notify.slack'],
  ],
];
