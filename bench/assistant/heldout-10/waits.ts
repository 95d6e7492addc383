import type { HeldOutCase } from '../heldout';

/** Tenth held-out set: negative waits, conditions with numbers and refusals, in a first-time user's words. */
export const WAITS_10: readonly HeldOutCase[] = [
  [
    'negative-wait',
    "If an invoice isn't paid within 30 days, send the client a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "When a new booking comes in and the client hasn't confirmed within 24 hours, cancel it",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    "If a new lead doesn't fill out our intake form within 2 days, email them the link again",
    ['lead.created', 'waitFor(form.submitted,P2D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If a prospect doesn't answer my email within 5 days, send a follow-up email",
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If someone signs up but doesn't book a call within a week, send them a reminder email",
    ['lead.created', 'waitFor(booking.created,P7D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Let the bookkeeper know if an overdue invoice is still unpaid 10 days later',
    ['invoice.overdue', 'waitFor(invoice.paid,P10D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "When I send an invoice and it hasn't been paid after two weeks, send a reminder and notify me",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder; notify.team])'],
  ],
  [
    'negative-wait',
    'If a booking is still not confirmed after 12 hours, send the client a reminder email',
    ['booking.created', 'waitFor(email.received,PT12H,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When a new lead comes in, send a welcome email, and if they don't reply within 3 days, send a second email",
    ['lead.created', 'email.send; waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If a client doesn't reply to our proposal within 4 days, remind Tom",
    ['email.sent[message]', 'waitFor(email.received,P4D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'When someone joins as a lead, wait up to 5 days for the welcome form; if it never arrives, let Priya know',
    ['lead.created', 'waitFor(form.submitted,P5D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'When a new lead comes in, if they book a meeting within 3 days, mark them as qualified',
    ['lead.created', 'waitFor(booking.created,P3D,event:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    'When an invoice is created, if the customer pays within 10 days send them a thank-you email, otherwise remind them to pay',
    ['invoice.created', 'waitFor(invoice.paid,P10D,event:[email.send],timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "If a lead doesn't reply to our email in 3 days, send a follow-up, and if there's still no reply 4 days after that, tag them as cold",
    [
      'email.sent[message]',
      'waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P4D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    'Invoices that are still unpaid 60 days after they were sent: notify the owner',
    ['invoice.created', 'waitFor(invoice.paid,P60D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'If nobody answers our welcome email within 48 hours, notify the sales team on Slack',
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[notify.slack])'],
  ],

  [
    'condition',
    'When a lead is added, if the lead is worth more than 20k notify Carla, otherwise email them our usual welcome message',
    ['lead.created', 'if(trigger.lead.value gt 20000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'When an invoice is paid, if the amount is over $500, send a thank-you email, otherwise just log it',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 50000)[email.send]else[log]'],
  ],
  [
    'condition',
    'When an invoice goes overdue and it is more than 14 days late, alert me; otherwise send the customer a friendly reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 14)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a lead is created with a value of at least 10,000, book a sales call with them',
    ['lead.created', 'if(trigger.lead.value gte 10000)[calendar.schedule]'],
  ],
  [
    'condition',
    'When a new lead arrives, if their value is less than 1000, tag them as small-business; otherwise notify the sales team on Slack',
    ['lead.created', 'if(trigger.lead.value lt 1000)[crm.updateLead]else[notify.slack]'],
  ],
  [
    'condition',
    'When an invoice over €5,000 is created, notify the finance team',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 500000)[notify.team]'],
  ],
  [
    'condition',
    'When a lead comes in from Facebook, send them the Facebook offer email',
    ['lead.created', 'if(trigger.lead.source eq "Facebook")[email.send]'],
  ],
  [
    'condition',
    'When a new lead from Google is worth more than 3000, alert Ben',
    ['lead.created', 'if((trigger.lead.source eq "Google" and trigger.lead.value gt 3000))[notify.team]'],
  ],
  [
    'condition',
    'When a customer email mentions refund, forward it to support@petalsflorist.com',
    ['email.received', 'if(trigger.text contains "refund")[email.send]'],
  ],
  [
    'condition',
    'When a lead is updated and their value is above 50,000, let the CEO know',
    ['lead.updated', 'if(trigger.lead.value gt 50000)[notify.team]'],
  ],
  [
    'condition',
    'When a new lead comes in and they work at Globex, notify the account team',
    ['lead.created', 'if(trigger.lead.company eq "Globex")[notify.team]'],
  ],
  [
    'condition',
    'When a client pays an invoice of 2,000 dollars or more, thank them by email and tell Lucy',
    ['invoice.paid', 'if(trigger.invoice.totalCents gte 200000)[email.send; notify.team]'],
  ],
  [
    'condition',
    'When a new lead comes in with a value of 500 or less, just add a note; otherwise book a discovery call',
    ['lead.created', 'if(trigger.lead.value lte 500)[crm.addNote]else[calendar.schedule]'],
  ],
  [
    'condition',
    'When a reply mentions cancel, notify the account manager, otherwise mark the lead as contacted',
    ['email.received', 'if(trigger.text contains "cancel")[notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    'When an invoice is overdue by 30 days or more, send the customer another reminder and inform the owner',
    ['invoice.overdue', 'if(trigger.daysOverdue gte 30)[invoice.sendReminder; notify.team]'],
  ],

  ['refusal', 'Whenever somebody reviews us on Google, send them a thank-you note', 'review'],
  ['refusal', 'When someone abandons their cart, send them a discount code', 'cart'],
  ['refusal', 'Send an SMS to every new lead', 'SMS'],
  ['refusal', 'Copy each new lead into a Google Sheets spreadsheet', 'Google Sheets'],
  ['refusal', 'When a new lead comes in, create a card in Trello', 'Trello'],
  ['refusal', "On each customer's birthday, email them a coupon", 'birthday'],
  ['refusal', 'Every other Thursday at 3pm, post a summary to #team', 'every other Thursday'],
  ['refusal', "If a lead doesn't reply by Monday, send a follow-up", 'Monday'],
  ['refusal', 'When a product is out of stock, email the supplier', 'stock'],
  ['refusal', 'Post our new blog articles on Instagram every week', 'Instagram'],
  ['refusal', "Phone every lead that hasn't replied in a week", 'phone'],
  ['refusal', 'When a subscriber clicks a link in our newsletter, add the tag engaged', 'clicks'],
  ['refusal', 'When a support ticket is opened in Zendesk, let me know', 'Zendesk'],
  ['refusal', 'Make my business run itself', null],
];
