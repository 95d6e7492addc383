import type { HeldOutCase } from '../heldout';

/** Fifth held-out set: negative (and positive) waits with any verb and subject, conditions with numbers. */
export const WAITS_CONDITIONS_5: readonly HeldOutCase[] = [
  [
    'negative-wait',
    "If a customer hasn't paid their invoice within 10 days, send them a payment reminder",
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "When someone books a call and doesn't confirm within 12 hours, cancel the booking",
    ['booking.created', 'waitFor(email.received,PT12H,timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    "If a new lead hasn't filled in the intake form after 4 days, send them the link again",
    ['lead.created', 'waitFor(form.submitted,P4D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If the prospect doesn't get back to us within a week, ping Sarah",
    ['email.sent[message]', 'waitFor(email.received,P7D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'If a lead goes quiet for 10 days, tag them as cold',
    ['email.sent[message]', 'waitFor(email.received,P10D,timeout:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    "When an invoice is issued and it's still unpaid after 30 days, notify accounting on Slack",
    ['invoice.created', 'waitFor(invoice.paid,P30D,timeout:[notify.slack])'],
  ],
  [
    'negative-wait',
    "If a new signup doesn't schedule a call within 3 days, send a reminder email",
    ['lead.created', 'waitFor(booking.created,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If the client hasn't responded to my quote after 72 hours, send a follow-up",
    ['email.sent[message]', 'waitFor(email.received,PT72H,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Invoices not paid within 2 weeks: send the customer a reminder and notify finance',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder; notify.team])'],
  ],
  [
    'negative-wait',
    'If an attendee never confirms their booking, email them 1 day later',
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When a lead is created, send an intro email; if they don't reply within 2 days, send a second email, and if there's still no reply after 5 more days, mark them as lost",
    [
      'lead.created',
      'email.send; waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    "If a lead doesn't reply in 3 days send a follow up, otherwise add a note",
    ['email.sent[message]', 'waitFor(email.received,P3D,event:[crm.addNote],timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'If the invoice has not been settled within 21 days, escalate to the account manager',
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If a client doesn't pay within 60 days, send a final reminder",
    ['invoice.created', 'waitFor(invoice.paid,P60D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    'If a lead replies within 24 hours, notify Tom on Slack',
    ['email.sent[message]', 'waitFor(email.received,P1D,event:[notify.slack])'],
    // one person of ours on Slack is a team message by Slack (docs/assistant.md, session 42 decision)
    [['email.sent[message]', 'waitFor(email.received,P1D,event:[notify.team])']],
  ],

  [
    'condition',
    'When a new lead comes in, if their budget is over $20k notify the sales director, otherwise send the standard welcome email',
    ['lead.created', 'if(trigger.lead.value gt 20000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "If an invoice is paid and it's above 10,000 EUR, post it in #wins",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 1000000)[notify.slack]'],
  ],
  [
    'condition',
    'When a lead is created and the source is Google Ads, tag them as paid-search',
    ['lead.created', 'if(trigger.lead.source eq "Google Ads")[crm.updateLead]'],
  ],
  [
    'condition',
    'When a lead signs up, if the value is less than 1k add them to the nurture list, else schedule a call',
    ['lead.created', 'if(trigger.lead.value lt 1000)[crm.updateLead]else[calendar.schedule]'],
  ],
  [
    'condition',
    'When a deal worth over 100k is won, tell the CEO',
    ['lead.updated {"changes.status.to":["customer"]}', 'if(trigger.lead.value gt 100000)[notify.team]'],
  ],
  [
    'condition',
    'When an email arrives and the subject contains invoice, forward it to billing@acme.com',
    ['email.received', 'if(trigger.subject contains "invoice")[email.send]'],
  ],
  [
    'condition',
    'When a lead is created, if they work at Microsoft, alert the enterprise team on Slack',
    ['lead.created', 'if(trigger.lead.company eq "Microsoft")[notify.slack]'],
  ],
  [
    'condition',
    'When an invoice is created and the total is at least 5000 dollars, ask finance for approval',
    ['invoice.created', 'if(trigger.invoice.totalCents gte 500000)[approval]'],
  ],
  [
    'condition',
    "If a new lead's value is between 5k and 20k, notify Maria",
    ['lead.created', 'if((trigger.lead.value gte 5000 and trigger.lead.value lte 20000))[notify.team]'],
  ],
  [
    'condition',
    'When a reply comes in mentioning cancel, alert the account manager',
    ['email.received', 'if(trigger.text contains "cancel")[notify.team]'],
  ],
  [
    'condition',
    'When a lead comes in with a deal size of 3M or more, notify the founders on Slack, otherwise do nothing',
    ['lead.created', 'if(trigger.lead.value gte 3000000)[notify.slack]'],
  ],
  [
    'condition',
    'When an invoice becomes overdue by more than 90 days, notify legal, otherwise send a polite reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 90)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'if lead value > 5000 then notify sales on slack else send welcome email',
    ['lead.created', 'if(trigger.lead.value gt 5000)[notify.slack]else[email.send]'],
  ],
  [
    'condition',
    'When a form is submitted, if the employees field is over 200, create a lead and notify sales',
    ['form.submitted', 'if(trigger.fields.employees gt 200)[crm.createLead; notify.team]'],
  ],
];
