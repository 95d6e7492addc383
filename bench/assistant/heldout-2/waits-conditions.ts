import type { HeldOutCase } from '../heldout';

/** Negative and positive waits with other verbs and subjects; conditions with numbers, currencies, words. */
export const WAITS_CONDITIONS_2: readonly HeldOutCase[] = [
  [
    'negative-wait',
    "If a customer still hasn't paid 30 days after the invoice, send a final payment reminder",
    ['invoice.created', 'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    'If an invoice is still unpaid after 30 days, email the customer',
    ['invoice.created', 'waitFor(invoice.paid,P30D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'If a lead has not answered after 3 days, send them another email',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When we email a prospect and they don't respond for 5 days, remind them",
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Invoices unpaid after 2 weeks: notify finance on Slack',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[notify.slack])'],
  ],
  [
    'negative-wait',
    'When an appointment is booked and not confirmed within 12 hours, notify the team',
    ['booking.created', 'waitFor(email.received,PT12H,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If a new signup doesn't complete their profile form in 2 days, send a nudge email",
    ['lead.created', 'waitFor(form.submitted,P2D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If a new lead hasn't scheduled a demo after a week, mark them as cold",
    ['lead.created', 'waitFor(booking.created,P7D,timeout:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    'If we get no response within 24h, follow up',
    ['email.sent[message]', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'When an invoice goes out, wait for the payment and if no payment arrives within 10 days, send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "If a customer doesn't settle the bill in 21 days, escalate to the account manager",
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'When a lead is added, send an intro email, and if there is still no reply 4 days later, send a second email',
    ['lead.created', 'email.send; waitFor(email.received,P4D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'If a prospect does not get back to us within 72 hours, alert the rep on Slack',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[notify.slack])'],
    // one person of ours on Slack is a team message by Slack (docs/assistant.md, session 42 decision)
    [['email.sent[message]', 'waitFor(email.received,P3D,timeout:[notify.team])']],
  ],
  [
    'negative-wait',
    'If the survey form is still not filled out after 10 days, send a reminder email',
    ['lead.created', 'waitFor(form.submitted,P10D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'If nobody books a meeting within 2 weeks of signing up, notify sales',
    ['lead.created', 'waitFor(booking.created,P14D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'If the lead replies within 1 day, notify Anna, otherwise send a follow-up',
    ['email.sent[message]', 'waitFor(email.received,P1D,event:[notify.team],timeout:[email.send])'],
  ],

  [
    'condition',
    'When a new lead comes in, if the deal value is at least $10,000, notify the sales director',
    ['lead.created', 'if(trigger.lead.value gte 10000)[notify.team]'],
  ],
  [
    'condition',
    'When a lead is created and their budget is under 2.5k, tag them as small-biz otherwise notify the team',
    ['lead.created', 'if(trigger.lead.value lt 2500)[crm.updateLead]else[notify.team]'],
  ],
  [
    'condition',
    'When an invoice is paid, if it is more than €3k, post to #finance',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 300000)[notify.slack]'],
  ],
  [
    'condition',
    'When a new lead is added with a deal size of more than 1.5M, alert the CEO',
    ['lead.created', 'if(trigger.lead.value gt 1500000)[notify.team]'],
  ],
  [
    'condition',
    'When an invoice is created for less than $50, log it, otherwise ask for approval',
    ['invoice.created', 'if(trigger.invoice.totalCents lt 5000)[log]else[approval]'],
  ],
  [
    'condition',
    'If a new lead is worth over 20k, book a call with them, else send the welcome email',
    ['lead.created', 'if(trigger.lead.value gt 20000)[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    'When a lead is updated and the value is greater than or equal to 50000, notify the team on Slack',
    ['lead.updated', 'if(trigger.lead.value gte 50000)[notify.slack]'],
  ],
  [
    'condition',
    'When an invoice becomes overdue by at least 14 days, notify finance; otherwise send the customer a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gte 14)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a form is submitted and the company is Globex, notify Anna',
    ['form.submitted', 'if(trigger.fields.company eq "Globex")[notify.team]'],
  ],
  [
    'condition',
    'When a new lead arrives from Facebook Ads with a value above 750, send them a discount email',
    ['lead.created', 'if((trigger.lead.source eq "Facebook Ads" and trigger.lead.value gt 750))[email.send]'],
  ],
  [
    'condition',
    'When a reply comes in that mentions "cancel", notify the account manager',
    ['email.received', 'if(trigger.text contains "cancel")[notify.team]'],
  ],
  [
    'condition',
    'When an invoice is paid and the total is 10 000 € or more, send a thank you email',
    ['invoice.paid', 'if(trigger.invoice.totalCents gte 1000000)[email.send]'],
  ],
  [
    'condition',
    'If a new lead is valued at more than $100K, ask a manager for approval, otherwise send a welcome email',
    ['lead.created', 'if(trigger.lead.value gt 100000)[approval]else[email.send]'],
  ],
  [
    'condition',
    'When a lead comes in with a value between 1k and 5k, tag them as mid-market',
    ['lead.created', 'if((trigger.lead.value gte 1000 and trigger.lead.value lte 5000))[crm.updateLead]'],
  ],
];
