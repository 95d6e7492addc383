import type { Case } from './case';

/**
 * The same requests in other people's words (functions/assistant/grammar/registers.ts): reasons and greetings
 * around the request, labels and sign-offs, lists laid out on lines, office shorthand, numbers in words, British
 * and Indian English, shouting and no capitals, words said twice.
 */
export const VOICES: readonly Case[] = [
  // reasons and context around the request
  [
    'When a new lead comes in, send them a welcome email so that nobody waits for an answer',
    'lead.created',
    'email.send',
  ],
  ['As we are a tiny team, when an invoice is paid, post it in #finance', 'invoice.paid', 'notify.slack'],
  [
    "If a client doesn't pay within 10 days, send a payment reminder, because we keep chasing people by hand",
    'invoice.created',
    'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])',
  ],
  [
    'Hi, could you please notify the team whenever a booking is cancelled, to make sure nobody drives there for nothing? Thanks!',
    'booking.cancelled',
    'notify.team',
  ],
  [
    'Request: when a form is submitted, add them to the CRM as a lead.\nRegards,\nMeera',
    'form.submitted',
    'crm.createLead',
  ],
  ['FYI - when a file is updated, let Kim know', 'file.updated', 'notify.team'],
  [
    'When a new lead comes in, email them a welcome message. Kindly do the needful.',
    'lead.created',
    'email.send',
  ],
  // list layouts
  [
    'When a lead signs up:\n• Send them a welcome email\n• Add a note to the lead\n• Notify the team',
    'lead.created',
    'email.send; crm.addNote; notify.team',
  ],
  [
    'When an invoice is paid\n1) send a thank-you email\n2) mark the lead as customer\n3) post it in #finance',
    'invoice.paid',
    'email.send; crm.updateLead; notify.slack',
  ],
  [
    'When a booking comes in: firstly send a confirmation email, secondly add a note to the lead, finally ping Anna',
    'booking.created',
    'email.send; crm.addNote; notify.team',
  ],
  // numbers in words
  [
    "If a lead doesn't reply within forty-eight hours, send a follow-up email",
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
  [
    "If the customer hasn't paid after seventy-two hours, notify finance",
    'invoice.created',
    'waitFor(invoice.paid,P3D,timeout:[notify.team])',
  ],
  [
    "If a lead doesn't reply within a couple of days, send a reminder email",
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
  // British and Indian English
  [
    "If the client doesn't revert within 2 days, send them a reminder email",
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
  ['When an appointment gets cancelled, kindly intimate the manager', 'booking.cancelled', 'notify.team'],
  ['When an enquiry comes in, organise a call with them', 'lead.created', 'calendar.schedule'],
  ['Every day at half nine, send the team a summary', 'cron(30 9 * * ? *)', 'report.summarize; notify.team'],
  // office shorthand
  [
    'When a new lead comes in w/ a value over 5k, ping sales asap',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]',
  ],
  [
    'When an inv is paid, thank the cust & mark the lead as won',
    'invoice.paid',
    'email.send; crm.updateLead',
  ],
  ['When a mtg is booked, pls send a confirmation msg', 'booking.created', 'email.send'],
  // how it is typed: shouting, no capitals, dictation, words said twice
  ['WHEN A NEW LEAD COMES IN, TELL VICTOR ON SLACK', 'lead.created', 'notify.team'],
  ['when a form is submitted let rui know', 'form.submitted', 'notify.team'],
  ['when an invoice is paid comma send a thank you email full stop', 'invoice.paid', 'email.send'],
  ['When a lead signs up, send send them a welcome email', 'lead.created', 'email.send'],
];
