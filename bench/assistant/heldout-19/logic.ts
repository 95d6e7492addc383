import type { HeldOutCase } from '../heldout';

/** Set 19: conditions, waits and negative waits, records, notifications, invoices. */
export const LOGIC_19: readonly HeldOutCase[] = [
  [
    'condition',
    'new lead - if their budget (lead value) is over 1 million tag them luxury and notify Mark, otherwise just send the standard intro email',
    ['lead.created', 'if(trigger.lead.value gt 1000000)[crm.updateLead; notify.team]else[email.send]'],
  ],
  [
    'condition',
    'When a lead comes in from realtor.com send them the realtor.com welcome, otherwise the normal welcome email',
    ['lead.created', 'if(trigger.lead.source eq "realtor.com")[email.send]else[email.send]'],
    [['lead.created', 'if(trigger.lead.source contains "realtor.com")[email.send]else[email.send]']],
  ],
  [
    'condition',
    "commission invoice paid and it's more than $10k? post in #wins. smaller ones just log it",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 1000000)[notify.slack]else[log]'],
  ],
  [
    'condition',
    'if a lead gets tagged hot, notify me right away',
    ['lead.updated {"lead.tags":["hot"]}', 'notify.team'],
    [['lead.updated', 'if(trigger.lead.tags contains "hot")[notify.team]']],
  ],
  [
    'condition',
    'When a showing is booked and the buyer is already qualified, send the pre-showing checklist',
    ['booking.created', 'if(trigger.lead.status eq "qualified")[email.send]'],
    [['booking.created {"lead.status":["qualified"]}', 'if(trigger.lead.status eq "qualified")[email.send]']],
  ],
  [
    'condition',
    'If a showing is booked for 42 Birchwood Lane, email the sellers (the Hendersons, hendersons@gmail.com) a heads up',
    ['booking.created', 'if(trigger.booking.title contains "42 Birchwood Lane")[email.send]'],
    [['booking.created', 'if(trigger.booking.location contains "42 Birchwood Lane")[email.send]']],
  ],
  [
    'condition',
    'when an inbound email mentions "offer" tell me on slack, otherwise just add it as a note on the lead',
    ['email.received', 'if(trigger.text contains "offer")[notify.team]else[crm.addNote]'],
    [
      ['email.received', 'if(trigger.text contains "offer")[notify.slack]else[crm.addNote]'],
      [
        'email.received',
        'if((trigger.subject contains "offer" or trigger.text contains "offer"))[notify.team]else[crm.addNote]',
      ],
      [
        'email.received',
        'if((trigger.subject contains "offer" or trigger.text contains "offer"))[notify.slack]else[crm.addNote]',
      ],
      [
        'email.received',
        'if((trigger.text contains "offer" or trigger.subject contains "offer"))[notify.team]else[crm.addNote]',
      ],
      [
        'email.received',
        'if((trigger.text contains "offer" or trigger.subject contains "offer"))[notify.slack]else[crm.addNote]',
      ],
    ],
  ],
  [
    'condition',
    'Lead created with source = open house: send the open house thank you email. Source = referral: send the referral thank you and notify me. Anything else do nothing',
    [
      'lead.created',
      'if(trigger.lead.source eq "open house")[email.send]else[if(trigger.lead.source eq "referral")[email.send; notify.team]]',
    ],
    [
      [
        'lead.created',
        'if(trigger.lead.source eq "open house")[email.send]; if(trigger.lead.source eq "referral")[email.send; notify.team]',
      ],
    ],
  ],
  [
    'condition',
    'When an invoice gets paid, if the amount is at least $2,500 send the client a thank you gift email',
    ['invoice.paid', 'if(trigger.invoice.totalCents gte 250000)[email.send]'],
    [
      ['invoice.paid', 'if(trigger.invoice.paidCents gte 250000)[email.send]'],
      ['invoice.paid {"invoice.totalCents":[{"numeric":[">=",250000]}]}', 'email.send'],
    ],
  ],
  [
    'wait',
    'after a showing is booked, wait until the showing is over, then email the buyer a quick feedback survey',
    ['booking.created', 'wait(until); email.send'],
  ],
  [
    'wait',
    'New lead: send intro email now, wait 3 days, send the second email, then 7 days later send the third',
    ['lead.created', 'email.send; wait(P3D); email.send; wait(P7D); email.send'],
  ],
  [
    'wait',
    '24 hrs after someone signs in at an open house (sign-in form), send the follow up email',
    ['form.submitted', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    'when a deal closes (I mark the lead as customer), wait 30 days and ask them for a Google review',
    ['lead.updated {"changes.status.to":["customer"]}', 'wait(P30D); email.send'],
    [['lead.updated', 'if(trigger.changes.status.to eq "customer")[wait(P30D); email.send]']],
  ],
  [
    'wait',
    "when a lead's created, wait an hour then add them to my calendar for a 15 min call",
    ['lead.created', 'wait(PT1H); calendar.schedule'],
  ],
  [
    'wait',
    'when a listing appointment gets booked send the seller my pre-listing packet, then the day after the appointment send a thank you email',
    ['booking.created', 'email.send; wait(until); wait(P1D); email.send'],
    [['booking.created', 'email.send; wait(until+P1D); email.send']],
  ],
  [
    'negative-wait',
    "new lead: send the intro email, and if they don't reply within 2 days send a follow up and move them to contacted",
    ['lead.created', 'email.send; waitFor(email.received,P2D,timeout:[email.send; crm.updateLead])'],
    [['lead.created', 'email.send; waitFor(email.received,P2D,timeout:[crm.updateLead; email.send])']],
  ],
  [
    'negative-wait',
    "if a seller doesn't pay the listing invoice within 10 days, remind them and then tell me",
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder; notify.team])'],
  ],
  [
    'negative-wait',
    'if a buyer doesnt book a showing within a week of signing up, email them some listings to look at',
    ['lead.created', 'waitFor(booking.created,P7D,timeout:[email.send])'],
    [['form.submitted', 'waitFor(booking.created,P7D,timeout:[email.send])']],
  ],
  [
    'negative-wait',
    'after I email a lead, wait 5 days for a reply. they reply -> mark them qualified. no reply -> add a note "went cold"',
    ['email.sent[message]', 'waitFor(email.received,P5D,event:[crm.updateLead],timeout:[crm.addNote])'],
  ],
  [
    'negative-wait',
    "after someone signs in at the open house (the sign in form) email them the feedback form. if it's not filled out within 3 days, send one reminder",
    ['form.submitted', 'email.send; waitFor(form.submitted,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When I send an offer email and the listing agent hasn't answered in 24 hours, slack me",
    ['email.sent[message]', 'waitFor(email.received,P1D,timeout:[notify.team])'],
    [['email.sent[message]', 'waitFor(email.received,P1D,timeout:[notify.slack])']],
  ],
  [
    'negative-wait',
    'overdue invoice → reminder to the client, wait a week, if still not paid notify me',
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "New lead from the website form: create them in the CRM, then if they don't book a consult within 48 hours, have the system email Jenna to call them",
    ['form.submitted', 'crm.createLead; waitFor(booking.created,P2D,timeout:[notify.team])'],
    [['form.submitted', 'crm.createLead; waitFor(booking.created,P2D,timeout:[email.send])']],
  ],
  [
    'records',
    "when a buyer's agent emails me about a listing, create them as a lead and add a note with what they wrote",
    ['email.received', 'crm.createLead; crm.addNote'],
  ],
  [
    'records',
    'Log a note on the lead every time they cancel a showing',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'records',
    'when someone replies with STOP or unsubscribe, mark them as lost',
    [
      'email.received',
      'if((trigger.text contains "STOP" or trigger.text contains "unsubscribe"))[crm.updateLead]',
    ],
    [
      [
        'email.received',
        'if((trigger.text contains "stop" or trigger.text contains "unsubscribe"))[crm.updateLead]',
      ],
    ],
  ],
  [
    'records',
    'showing booked → add a note "showing scheduled" to the lead + change their status to qualified',
    ['booking.created', 'crm.addNote; crm.updateLead'],
  ],
  [
    'records',
    'Website contact form submission: add to CRM as new lead, source "website"',
    ['form.submitted', 'crm.createLead'],
  ],
  ['records', 'When an invoice is paid mark the lead as a customer', ['invoice.paid', 'crm.updateLead']],
  [
    'notify',
    'ping #listings whenever a new listing doc is uploaded',
    ['file.updated', 'notify.slack'],
    [['file.updated {"created":[true]}', 'notify.slack']],
  ],
  [
    'notify',
    'Notify Jenna by email when a lead worth more than 500k comes in',
    ['lead.created', 'if(trigger.lead.value gt 500000)[notify.team]'],
    [['lead.created {"lead.value":[{"numeric":[">",500000]}]}', 'notify.team']],
  ],
  [
    'notify',
    'let me know on slack when someone pays an invoice',
    ['invoice.paid', 'notify.team'],
    [['invoice.paid', 'notify.slack']],
  ],
  [
    'notify',
    'When a showing gets cancelled, post it to the #showings channel and email the listing agent at listings@brightkeyrealty.com',
    ['booking.cancelled', 'notify.slack; email.send'],
    [['booking.cancelled', 'notify.slack; notify.team']],
  ],
  [
    'invoice',
    'after a closing (lead marked customer) create an invoice for the $495 admin fee and email it to them',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send'],
    [['lead.updated', 'if(trigger.changes.status.to eq "customer")[invoice.create; email.send]']],
  ],
  ['invoice', 'when someone books a consultation, invoice them $150', ['booking.created', 'invoice.create']],
  ['invoice', 'when an invoice is paid, send a thank you / receipt email', ['invoice.paid', 'email.send']],
  [
    'invoice',
    'Every friday at 3, mark... no wait. Every Friday at 3pm remind everyone with an unpaid invoice',
    ['cron(0 15 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'invoice',
    'New agent on the team signs up thru the onboarding form -> bill them the $300 onboarding fee (USD), due in 7 days',
    ['form.submitted', 'invoice.create'],
  ],
];
