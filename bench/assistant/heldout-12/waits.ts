import type { HeldOutCase } from '../heldout';

/** Twelfth held-out set: negative and positive waits, conditions with numbers and words, refusals. */
export const WAITS_12: readonly HeldOutCase[] = [
  [
    'negative-wait',
    "If a lead doesn't get back to us within 2 days, send them a reminder email",
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When a new lead signs up and hasn't booked a demo within 5 days, let Oscar know",
    ['lead.created', 'waitFor(booking.created,P5D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If the client doesn't confirm their appointment within 24 hours, send them a reminder",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If a new contact still hasn't completed the onboarding form after 3 days, email them a nudge",
    ['lead.created', 'waitFor(form.submitted,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'When an invoice goes overdue, give it 14 more days and if no payment comes in, tell finance',
    ['invoice.overdue', 'waitFor(invoice.paid,P14D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'If nobody replies to our quote within 3 days, send a follow-up and tell Jake',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send; notify.team])'],
  ],
  [
    'negative-wait',
    'When a new lead comes in, if they reply within 2 days, move them to qualified',
    ['lead.created', 'waitFor(email.received,P2D,event:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    'When a meeting is booked, if the client confirms within 12 hours send a thank-you email, otherwise cancel the booking',
    ['booking.created', 'waitFor(email.received,PT12H,event:[email.send],timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    "If a lead hasn't replied after 4 days, send a follow-up; if there's still no answer 3 days later, mark them as cold",
    [
      'email.sent[message]',
      'waitFor(email.received,P4D,timeout:[email.send; waitFor(email.received,P3D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    'Unpaid invoices after 45 days: alert the accountant',
    ['invoice.created', 'waitFor(invoice.paid,P45D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "When a new lead is added, email them our brochure, and if they don't answer within a week, schedule a call with them",
    ['lead.created', 'email.send; waitFor(email.received,P7D,timeout:[calendar.schedule])'],
  ],
  [
    'negative-wait',
    'If a prospect stays silent for 10 days after our proposal, send one last follow-up email',
    ['email.sent[message]', 'waitFor(email.received,P10D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When an invoice is created, wait 5 days and if it's still not paid, send the customer a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P5D,timeout:[invoice.sendReminder])'],
  ],

  [
    'condition',
    'When a lead is added and the deal is worth over 25k, tell the sales director; otherwise send them our usual welcome email',
    ['lead.created', 'if(trigger.lead.value gt 25000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'When a new lead arrives with a value under 300, add a note; otherwise book a call',
    ['lead.created', 'if(trigger.lead.value lt 300)[crm.addNote]else[calendar.schedule]'],
  ],
  [
    'condition',
    'When an invoice is more than 60 days overdue, alert the owner, otherwise email the customer a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 60)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a lead comes in from Google Ads, send them the spring promo email',
    ['lead.created', 'if(trigger.lead.source eq "Google Ads")[email.send]'],
  ],
  [
    'condition',
    'When a new lead works at Initech, let the account manager know',
    ['lead.created', 'if(trigger.lead.company eq "Initech")[notify.team]'],
  ],
  [
    'condition',
    'When an email from a customer mentions pricing, send them our price list, otherwise add a note to their lead',
    ['email.received', 'if(trigger.text contains "pricing")[email.send]else[crm.addNote]'],
  ],
  [
    'condition',
    'When a lead is updated and the value is 100k or more, tell the CEO',
    ['lead.updated', 'if(trigger.lead.value gte 100000)[notify.team]'],
  ],
  [
    'condition',
    'When an invoice over €10,000 is issued, post it in #finance',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 1000000)[notify.slack]'],
  ],
  [
    'condition',
    'When a new lead from Facebook is worth at least 5,000, book a call, otherwise send the standard welcome email',
    [
      'lead.created',
      'if((trigger.lead.source eq "Facebook" and trigger.lead.value gte 5000))[calendar.schedule]else[email.send]',
    ],
  ],
  [
    'condition',
    'When an incoming email mentions urgent or complaint, alert the manager',
    [
      'email.received',
      'if((trigger.text contains "urgent" or trigger.text contains "complaint"))[notify.team]',
    ],
  ],
  [
    'condition',
    "When an invoice is paid, if it's 500 dollars or less just log it; otherwise thank the customer by email",
    ['invoice.paid', 'if(trigger.invoice.totalCents lte 50000)[log]else[email.send]'],
  ],
  [
    'condition',
    "When a deal is won and it's worth more than 20k, tell the whole team on Slack",
    ['lead.updated {"changes.status.to":["customer"]}', 'if(trigger.lead.value gt 20000)[notify.slack]'],
  ],

  ['refusal', 'When someone unsubscribes from our newsletter, send them a goodbye email', 'unsubscribe'],
  ['refusal', 'Push new leads into Mailchimp', 'Mailchimp'],
  ['refusal', 'When a new lead comes in, create a task for it in Asana', 'Asana'],
  ['refusal', 'When a contract gets signed, send the client an invoice for 500 EUR', 'contract'],
  ['refusal', 'Every other Monday at 10, post a summary to #team', 'every other Monday'],
  ['refusal', "If a client hasn't paid by Friday, send them a reminder", 'Friday'],
  ['refusal', 'Post each new lead in our Discord server', 'Discord'],
  ['refusal', "When a customer's subscription renews, email them a receipt", 'subscription'],
  ['refusal', 'Send every new signup a welcome email unless they work at Globex', 'unless'],
  ['refusal', 'Sync our bookings to QuickBooks every night', 'QuickBooks'],
  ['refusal', 'When a package is delivered, ask the customer for feedback', 'delivered'],
  ['refusal', 'I need something that takes care of my marketing', null],
];
