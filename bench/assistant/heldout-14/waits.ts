import type { HeldOutCase } from '../heldout';

/** Fourteenth held-out set: negative waits, conditions with numbers and refusals, as an assistant writes them. */
export const WAITS_14: readonly HeldOutCase[] = [
  [
    'negative-wait',
    "If a client hasn't paid an inv within thirty days, send them a reminder - the boss hates chasing people",
    ['invoice.created', 'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "When a customer books an appt and doesn't confirm within 24 hrs, cancel it so we can give the slot to someone else",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    "If a client doesn't revert on our quotation within 3 days, send a gentle follow-up mail",
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'If a new lead has not filled the registration form even after a week, send them the link again by email',
    ['lead.created', 'waitFor(form.submitted,P7D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If a new lead doesn't book a site visit within a fortnight, let Sanjay know so that he can follow up personally",
    ['lead.created', 'waitFor(booking.created,P14D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'If an overdue inv is still outstanding ten days later, escalate to the finance mgr',
    ['invoice.overdue', 'waitFor(invoice.paid,P10D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'When we send out an invoice and it remains unpaid for sixty days, post in #credit-control',
    ['invoice.created', 'waitFor(invoice.paid,P60D,timeout:[notify.slack])'],
  ],
  [
    'negative-wait',
    'If a prospect goes quiet for 48 hours after we email them our proposal, send a follow up and tell me',
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send; notify.team])'],
  ],
  [
    'negative-wait',
    'When a new lead comes in, if they book a demo within 5 days, move them to qualified; otherwise send a reminder mail',
    ['lead.created', 'waitFor(booking.created,P5D,event:[crm.updateLead],timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Once an invoice is raised, if the client pays within a week, send a thank-you email',
    ['invoice.created', 'waitFor(invoice.paid,P7D,event:[email.send])'],
  ],
  [
    'negative-wait',
    "If a lead doesn't reply to our mail within two days, send a follow-up; if still no reply five days after that, mark them as lost so the pipeline stays clean",
    [
      'email.sent[message]',
      'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    "After a booking is made, wait one day and if the client still hasn't confirmed, send a reminder email",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Unpaid invoices after forty-five days: notify the accounts team on Slack',
    ['invoice.created', 'waitFor(invoice.paid,P45D,timeout:[notify.slack])'],
  ],
  [
    'negative-wait',
    'If customer is not paying the invoice since 15 days from when we raised it, please inform to finance manager',
    ['invoice.created', 'waitFor(invoice.paid,P15D,timeout:[notify.team])'],
  ],

  [
    'condition',
    'When a new lead comes in, if the deal is worth more than ten thousand, tell the boss; otherwise send the standard welcome mail',
    ['lead.created', 'if(trigger.lead.value gt 10000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'When an inv is paid and the amount is over £5,000, post in #wins - the MD likes to see the big ones',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 500000)[notify.slack]'],
  ],
  [
    'condition',
    'When an invoice becomes overdue by more than 15 days, inform the accounts head, else send the customer a polite reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 15)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a new lead is worth 2 lakh or more, book a call w/ them asap',
    ['lead.created', 'if(trigger.lead.value gte 200000)[calendar.schedule]'],
  ],
  [
    'condition',
    'When a new lead comes from JustDial, notify Pooja; otherwise just add a note',
    ['lead.created', 'if(trigger.lead.source eq "JustDial")[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    'When an invoice above ₹50,000 is raised, intimate the finance team',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 5000000)[notify.team]'],
  ],
  [
    'condition',
    "When a client's email mentions complaint, alert the service mgr; for everything else, mark the lead as contacted",
    ['email.received', 'if(trigger.text contains "complaint")[notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    'When a lead is updated and its value is now above fifty thousand, inform the director',
    ['lead.updated', 'if(trigger.lead.value gt 50000)[notify.team]'],
  ],
  [
    'condition',
    'When a new lead comes in and they work at Tata Motors, let the key accounts team know',
    ['lead.created', 'if(trigger.lead.company eq "Tata Motors")[notify.team]'],
  ],
  [
    'condition',
    'When an inv is paid, if the total is below $200, just log it; otherwise send a thank-you mail and notify Fiona',
    ['invoice.paid', 'if(trigger.invoice.totalCents lt 20000)[log]else[email.send; notify.team]'],
  ],
  [
    'condition',
    'When a new lead from LinkedIn has a value above twenty-five thousand, post it on #enterprise',
    ['lead.created', 'if((trigger.lead.source eq "LinkedIn" and trigger.lead.value gt 25000))[notify.slack]'],
  ],
  [
    'condition',
    'When an inv is overdue by 90 days or more, notify the director and send the client a final reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gte 90)[notify.team; invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a reply mentions cancel or refund, escalate it to the customer care mgr',
    ['email.received', 'if((trigger.text contains "cancel" or trigger.text contains "refund"))[notify.team]'],
  ],

  ['refusal', 'Kindly send a WhatsApp message to every new lead', 'WhatsApp'],
  ['refusal', "When a customer's cheque bounces, inform the accounts team", 'cheque'],
  ['refusal', 'Upload every new invoice to Tally so that our CA can reconcile the books', 'Tally'],
  ['refusal', 'Post the weekly summary to our Microsoft Teams channel every Monday', 'Microsoft'],
  ['refusal', "If the client doesn't pay by the 5th, send a reminder", 'the 5th'],
  ['refusal', 'Every other Monday at ten, email the team a summary', 'every other Monday'],
  // business days are waits since session 38 (the refusal this expected was the language's gap)
  [
    'negative-wait',
    "If a lead doesn't reply within 3 working days, send a reminder",
    ['email.sent[message]', 'waitFor(email.received,3BD,timeout:[email.send])'],
  ],
  ['refusal', 'On bank holidays, post a reminder in #general that the office is closed', 'bank holiday'],
  ['refusal', 'Email all new leads the brochure except the ones from Sulekha', 'except'],
  ['refusal', "When a customer's order is dispatched, email them the tracking link", 'dispatched'],
  ['refusal', 'Please SMS the client a reminder before their appt', 'SMS'],
  ['refusal', 'Create a Zoom link for each new booking and send it to the client', 'Zoom'],
  ['refusal', 'Sort out our follow-ups properly, my boss is fed up', null],
];
