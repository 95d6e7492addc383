import type { HeldOutCase } from '../heldout';

/** Sixteenth held-out set: negative waits, conditions with numbers and refusals, typed in a hurry. */
export const WAITS_16: readonly HeldOutCase[] = [
  [
    'negative-wait',
    'if invoice not paid in 2 weeks send remider',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    'booking made but client dont confirm in 24h → cancel it',
    ['booking.created', 'waitFor(email.received,P1D,timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    'lead not reply to my email 3 days send folow up',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'new lead dont fill the form after 5 days email him the link again',
    ['lead.created', 'waitFor(form.submitted,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'if new lead not book a call in 1 week tell dimitri',
    ['lead.created', 'waitFor(booking.created,P7D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'overdue invoice still not paid after 10 more days post in #finance',
    ['invoice.overdue', 'waitFor(invoice.paid,P10D,timeout:[notify.slack])'],
  ],
  [
    'negative-wait',
    'invoice sent and unpaid 60 days -> email the boss',
    ['invoice.created', 'waitFor(invoice.paid,P60D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'we send quote and no answer 4 days → tell me',
    ['email.sent[message]', 'waitFor(email.received,P4D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'new lead if books demo in 3 days move to qualified otherwise send reminder mail',
    ['lead.created', 'waitFor(booking.created,P3D,event:[crm.updateLead],timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'after invoice created if customer pay within 5 days send thank you email',
    ['invoice.created', 'waitFor(invoice.paid,P5D,event:[email.send])'],
  ],
  [
    'negative-wait',
    'lead no reply 2 days send followup, still nothing 4 days later mark lost',
    [
      'email.sent[message]',
      'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P4D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    'booking made wait 1 day if client still not confirm send reminder email',
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'invoice still unpaid 3 weeks after we sent it → remind customer and note it on the lead',
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[invoice.sendReminder; crm.addNote])'],
  ],
  [
    'negative-wait',
    'new subscriber not filling survey form even after 8 days, put note on him',
    ['lead.created', 'waitFor(form.submitted,P8D,timeout:[crm.addNote])'],
  ],

  [
    'condition',
    'new lead if worth more than 20k tell owner else send normal welcome mail',
    ['lead.created', 'if(trigger.lead.value gt 20000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'invoice paid over $3k post #wins',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 300000)[notify.slack]'],
  ],
  [
    'condition',
    'invoice overdue more than 45 days alert me otherwise send reminder to client',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 45)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'new lead with value under 1k tag low-budget',
    ['lead.created', 'if(trigger.lead.value lt 1000)[crm.updateLead]'],
  ],
  [
    'condition',
    'new lead from Google → book call w them, all others only welcome email',
    ['lead.created', 'if(trigger.lead.source eq "Google")[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    'invoice created 5000 eur or more tell finance',
    ['invoice.created', 'if(trigger.invoice.totalCents gte 500000)[notify.team]'],
  ],
  [
    'condition',
    'customer email mentions refund alert me, otherwise add as note',
    ['email.received', 'if(trigger.text contains "refund")[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    'lead updated and value now 30k or more schedule meeting w him',
    ['lead.updated', 'if(trigger.lead.value gte 30000)[calendar.schedule]'],
  ],
  [
    'condition',
    'new lead works at Contoso notify key accounts team',
    ['lead.created', 'if(trigger.lead.company eq "Contoso")[notify.team]'],
  ],
  [
    'condition',
    'new lead value 2000 or less send starter email, rest book sales call',
    ['lead.created', 'if(trigger.lead.value lte 2000)[email.send]else[calendar.schedule]'],
  ],
  [
    'condition',
    'invoice paid if less then $80 only log, else thank u mail and tell nora',
    ['invoice.paid', 'if(trigger.invoice.totalCents lt 8000)[log]else[email.send; notify.team]'],
  ],
  [
    'condition',
    'new lead from Bing with value above 7500 post #ads',
    ['lead.created', 'if((trigger.lead.source eq "Bing" and trigger.lead.value gt 7500))[notify.slack]'],
  ],
  [
    'condition',
    'reply mentions price or discount fwd to sales@dunmorebikes.ie',
    ['email.received', 'if((trigger.text contains "price" or trigger.text contains "discount"))[email.send]'],
  ],

  ['refusal', 'text every new lead on viber', 'viber'],
  ['refusal', 'when customer leaves 5 star rating thank him', 'rating'],
  ['refusal', 'post new invoices to xero pls', 'xero'],
  ['refusal', 'if invoice not paid till friday send reminder', 'friday'],
  ['refusal', 'every other sunday summary to slack', 'every other sunday'],
  // business days are waits since session 38 (the refusal this expected was the language's gap)
  [
    'negative-wait',
    'lead no reply within 2 biz days → folow up',
    ['email.sent[message]', 'waitFor(email.received,2BD,timeout:[email.send])'],
  ],
  ['refusal', 'send each new lead to pipedrive', 'pipedrive'],
  ['refusal', 'when invoice overdue make phone call to the customer', 'phone call'],
  ['refusal', 'when parcel delivered email customer', 'delivered'],
  ['refusal', 'post every new lead on linkedin', 'linkedin'],
  ['refusal', 'new invoice send it by fax to client', 'fax'],
  ['refusal', 'when somebody unsubscribes from our emails tag them gone', 'unsubscribe'],
  ['refusal', 'make my buisness run by itself lol', null],
];
