import type { HeldOutCase } from '../heldout';

/** Thirteenth held-out set: negative waits, conditions with numbers and refusals, in a first-time user's words. */
export const WAITS_13: readonly HeldOutCase[] = [
  [
    'negative-wait',
    'Remind customers automatically when an invoice is still unpaid three weeks after we issue it',
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "When someone books an appointment and doesn't confirm it within a day, send them a reminder email",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If a new lead doesn't fill in the sign-up form within 4 days, nudge them by email",
    ['lead.created', 'waitFor(form.submitted,P4D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If a client doesn't respond to our quote within a week, let Dana know",
    ['email.sent[message]', 'waitFor(email.received,P7D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "When a new lead is added and they haven't booked a consultation after 5 days, email them a booking link",
    ['lead.created', 'waitFor(booking.created,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If an overdue invoice still hasn't been paid 7 days later, tell the accountant",
    ['invoice.overdue', 'waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'When an invoice is sent and it stays unpaid for 45 days, post in #finance',
    ['invoice.created', 'waitFor(invoice.paid,P45D,timeout:[notify.slack])'],
  ],
  [
    'negative-wait',
    'If a lead never replies to our first email within 72 hours, send a follow-up',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'When a new lead comes in, send a welcome email; if they reply within 2 days, mark them as qualified',
    ['lead.created', 'email.send; waitFor(email.received,P2D,event:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    "For each new invoice, if the customer pays within 14 days send them a thank-you email, and if they don't, send a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P14D,event:[email.send],timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "If a lead doesn't answer our email within 3 days, send a follow-up; if there's still no answer 7 days after that, mark them as lost",
    [
      'email.sent[message]',
      'waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P7D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    "When a booking is made, wait 2 days and if the client still hasn't confirmed, cancel it",
    ['booking.created', 'waitFor(email.received,P2D,timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    "If a new subscriber doesn't submit the feedback form within 10 days, add a note to their record",
    ['lead.created', 'waitFor(form.submitted,P10D,timeout:[crm.addNote])'],
  ],

  [
    'condition',
    "When a new lead comes in, if they're worth more than 15k, tell the owner, otherwise send our standard welcome email",
    ['lead.created', 'if(trigger.lead.value gt 15000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'When an invoice is paid and the total is above $2,500, post a message in #wins',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 250000)[notify.slack]'],
  ],
  [
    'condition',
    "When an invoice is overdue and it's over 60 days late, alert the owner, and otherwise email the client a payment reminder",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 60)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a lead is created with a value under 300, add the tag low-budget',
    ['lead.created', 'if(trigger.lead.value lt 300)[crm.updateLead]'],
  ],
  [
    'condition',
    'When a new lead comes in from Google Ads, book a call with them, otherwise just send a welcome email',
    ['lead.created', 'if(trigger.lead.source eq "Google Ads")[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    'When an invoice of €10,000 or more is created, let the finance team know',
    ['invoice.created', 'if(trigger.invoice.totalCents gte 1000000)[notify.team]'],
  ],
  [
    'condition',
    "When a customer's email mentions urgent, alert me straight away, otherwise add it as a note",
    ['email.received', 'if(trigger.text contains "urgent")[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    'When a lead is updated and the value is at least 25,000, schedule a meeting with them',
    ['lead.updated', 'if(trigger.lead.value gte 25000)[calendar.schedule]'],
  ],
  [
    'condition',
    'When a new lead comes in who works at Initech, notify their account manager',
    ['lead.created', 'if(trigger.lead.company eq "Initech")[notify.team]'],
  ],
  [
    'condition',
    'When a new lead with a value of 8,000 or less arrives, send the starter package email; for everyone else, book a sales call',
    ['lead.created', 'if(trigger.lead.value lte 8000)[email.send]else[calendar.schedule]'],
  ],
  [
    'condition',
    'When an invoice is paid, if it was less than $100 just log it, otherwise send a thank-you email and tell Ravi',
    ['invoice.paid', 'if(trigger.invoice.totalCents lt 10000)[log]else[email.send; notify.team]'],
  ],
  [
    'condition',
    'When a new lead from Facebook is worth more than 2000, post in #ads',
    ['lead.created', 'if((trigger.lead.source eq "Facebook" and trigger.lead.value gt 2000))[notify.slack]'],
  ],
  [
    'condition',
    'When a reply mentions pricing or quote, forward it to sales@brightpaws.com',
    ['email.received', 'if((trigger.text contains "pricing" or trigger.text contains "quote"))[email.send]'],
  ],

  ['refusal', 'When a client reschedules their appointment, let me know', 'reschedules'],
  ['refusal', 'Copy each new booking into Airtable', 'Airtable'],
  ['refusal', 'Send me a Telegram message whenever an invoice is paid', 'Telegram'],
  ['refusal', 'When a refund is issued in our shop, notify Carla', 'refund'],
  ['refusal', 'Every other Wednesday, post a summary to #team', 'every other Wednesday'],
  ['refusal', "If an invoice isn't paid by the end of the month, send a reminder", 'end of the month'],
  ['refusal', 'Send every new lead a welcome email unless they came from a referral', 'unless'],
  // business days are waits since session 38 (the refusal this expected was the language's gap)
  [
    'negative-wait',
    "If a client doesn't confirm their booking within 2 business days, cancel it",
    ['booking.created', 'waitFor(email.received,2BD,timeout:[calendar.cancel])'],
  ],
  ['refusal', "Print each new invoice as soon as it's created", 'print'],
  ['refusal', "When a customer's free trial ends, send them a discount offer", 'trial'],
  ['refusal', 'At sunrise every day, post a good-morning message in #general', 'sunrise'],
  ['refusal', 'Every day at 9, turn on the lights in the shop', 'lights'],
  ['refusal', "Can you grow my bakery's sales for me?", null],
];
