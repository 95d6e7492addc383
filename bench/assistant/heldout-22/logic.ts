import type { HeldOutCase } from '../heldout';

/** Set 22: conditions, waits and negative waits, records, notifications, invoices. */
export const LOGIC_22: readonly HeldOutCase[] = [
  [
    'condition',
    "when an invoice gets paid and it's more than $500 (usually long boarding stays) post in #big-stays, else nothing",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 50000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",50000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'If an email comes in with "emergency" in the subject, alert me right away. otherwise add a note',
    ['email.received', 'if(trigger.subject contains "emergency")[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    'if a booking is for a "de-shed" email them the de-shed prep tips',
    ['booking.created', 'if(trigger.booking.title contains "de-shed")[email.send]'],
  ],
  [
    'condition',
    'if a new client has the tag "multi-dog" send them the multi-dog discount email',
    ['lead.created {"lead.tags":["multi-dog"]}', 'email.send'],
    [['lead.created', 'if(trigger.lead.tags contains "multi-dog")[email.send]']],
  ],
  [
    'condition',
    'someone got tagged "bite risk"?? all the groomers need to know',
    ['lead.updated {"lead.tags":["bite risk"]}', 'notify.team'],
    [['lead.updated', 'if(trigger.lead.tags contains "bite risk")[notify.team]']],
  ],
  [
    'condition',
    'when an invoice goes overdue: over 14 days overdue -> tell me, otherwise send the client a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 14)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'booking cancelled and the cancel reason mentions "sick" → add a note to the client. Otherwise nothing',
    ['booking.cancelled', 'if(trigger.booking.cancelReason contains "sick")[crm.addNote]'],
    [['booking.cancelled', 'if(trigger.reason contains "sick")[crm.addNote]']],
  ],
  [
    'condition',
    'new client: source instagram → send the insta promo email, source google → the google one, anything else nothing',
    [
      'lead.created',
      'if(trigger.lead.source eq "instagram")[email.send]else[if(trigger.lead.source eq "google")[email.send]]',
    ],
    [
      [
        'lead.created',
        'if(trigger.lead.source eq "instagram")[email.send]; if(trigger.lead.source eq "google")[email.send]',
      ],
    ],
  ],
  [
    'condition',
    'invoice paid - under $40 (just nail trims) log it, otherwise send the thank you + review request email',
    ['invoice.paid', 'if(trigger.invoice.totalCents lt 4000)[log]else[email.send]'],
    [['invoice.paid', 'if(trigger.invoice.totalCents gte 4000)[email.send]else[log]']],
  ],
  [
    'negative-wait',
    'We email a client → no answer in 3 days → send a follow up',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'invoice created → if it isnt paid within 7 days send a reminder and let me know',
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder; notify.team])'],
    [['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder; email.send])']],
  ],
  [
    'negative-wait',
    "If someone fills in the intake form and hasn't booked within 5 days, email them again",
    ['form.submitted', 'waitFor(booking.created,P5D,timeout:[email.send])'],
    [['form.submitted', 'email.send; waitFor(booking.created,P5D,timeout:[email.send])']],
  ],
  [
    'negative-wait',
    "new clients get the welcome email, and if they don't write back within a week send the 15% off first groom email",
    ['lead.created', 'email.send; waitFor(email.received,P7D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "new boarding booking → email them asking for vaccine records; if they don't answer within 2 days, remind... no wait, notify the front desk instead",
    ['booking.created', 'email.send; waitFor(email.received,P2D,timeout:[notify.team])'],
    [
      [
        'booking.created',
        'if(trigger.booking.title contains "boarding")[email.send; waitFor(email.received,P2D,timeout:[notify.team])]',
      ],
      [
        'booking.created',
        'if(trigger.booking.title contains "Boarding")[email.send; waitFor(email.received,P2D,timeout:[notify.team])]',
      ],
    ],
  ],
  [
    'negative-wait',
    'when we send a client an email and nobody answers in 24 hours, slack me',
    ['email.sent[message]', 'waitFor(email.received,P1D,timeout:[notify.team])'],
    [['email.sent[message]', 'waitFor(email.received,P1D,timeout:[notify.slack])']],
  ],
  [
    'negative-wait',
    'invoice goes overdue: send a reminder. if they pay within 5 days send a thanks, if not tag them "collections"',
    [
      'invoice.overdue',
      'invoice.sendReminder; waitFor(invoice.paid,P5D,event:[email.send],timeout:[crm.updateLead])',
    ],
  ],
  [
    'wait',
    'when an invoice is paid wait 6 weeks then send a "time for the next groom" email',
    ['invoice.paid', 'wait(P6W); email.send'],
    [['invoice.paid', 'wait(P42D); email.send']],
  ],
  [
    'wait',
    '2 hrs after a new client is added send the welcome email',
    ['lead.created', 'wait(PT2H); email.send'],
  ],
  [
    'wait',
    'boarding booked: send the confirmation now, then once the stay is over send a how was their stay email',
    ['booking.created', 'email.send; wait(until); email.send'],
    [
      [
        'booking.created',
        'if(trigger.booking.title contains "boarding")[email.send; wait(until); email.send]',
      ],
      [
        'booking.created',
        'if(trigger.booking.title contains "Boarding")[email.send; wait(until); email.send]',
      ],
    ],
  ],
  [
    'wait',
    '3 days after a groom appointment, email the owner asking for a review',
    ['booking.created', 'wait(until); wait(P3D); email.send'],
    [
      ['booking.created', 'if(trigger.booking.title contains "groom")[wait(until); wait(P3D); email.send]'],
      ['booking.created', 'if(trigger.booking.title contains "Groom")[wait(until); wait(P3D); email.send]'],
      ['booking.created', 'wait(until+P3D); email.send'],
      ['booking.created', 'if(trigger.booking.title contains "groom")[wait(until+P3D); email.send]'],
      ['booking.created', 'if(trigger.booking.title contains "Groom")[wait(until+P3D); email.send]'],
    ],
  ],
  [
    'wait',
    'when a client gets marked as customer wait 2 days then send the review request',
    ['lead.updated {"changes.status.to":["customer"]}', 'wait(P2D); email.send'],
    [['lead.updated', 'if(trigger.changes.status.to eq "customer")[wait(P2D); email.send]']],
  ],
  ['wait', 'new lead, wait 15 min, then email them', ['lead.created', 'wait(PT15M); email.send']],
  [
    'records',
    'when someone emails us add them to the crm and log the email as a note',
    ['email.received', 'crm.createLead; crm.addNote'],
  ],
  [
    'records',
    'booking cancelled -> note on the client: "cancelled, offer another slot"',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'records',
    'when the waitlist form is filled out create them as a client',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    "When an invoice is paid update the client's status to customer",
    ['invoice.paid', 'crm.updateLead'],
  ],
  ['records', 'New booking → update the client to contacted', ['booking.created', 'crm.updateLead']],
  [
    'records',
    'if a client replies "unsubscribe" mark them as lost',
    ['email.received', 'if(trigger.text contains "unsubscribe")[crm.updateLead]'],
    [
      ['email.received', 'if(trigger.subject contains "unsubscribe")[crm.updateLead]'],
      [
        'email.received',
        'if((trigger.subject contains "unsubscribe" or trigger.text contains "unsubscribe"))[crm.updateLead]',
      ],
      [
        'email.received',
        'if((trigger.text contains "unsubscribe" or trigger.subject contains "unsubscribe"))[crm.updateLead]',
      ],
    ],
  ],
  [
    'notify',
    'invoice paid - tell the owner on slack',
    ['invoice.paid', 'notify.team'],
    [['invoice.paid', 'notify.slack']],
  ],
  ['notify', 'New client? Jen needs to know', ['lead.created', 'notify.team']],
  [
    'notify',
    'if a booking is cancelled post in #front-desk and email me',
    ['booking.cancelled', 'notify.slack; notify.team'],
    [['booking.cancelled', 'notify.slack; email.send']],
  ],
  [
    'notify',
    'every time a new file is uploaded let the team know',
    ['file.updated', 'notify.team'],
    [['file.updated {"created":[true]}', 'notify.team']],
  ],
  [
    'invoice',
    'when a boarding reservation is booked create the $50 deposit invoice',
    ['booking.created', 'invoice.create'],
    [
      ['booking.created', 'if(trigger.booking.title contains "boarding")[invoice.create]'],
      ['booking.created', 'if(trigger.booking.title contains "Boarding")[invoice.create]'],
    ],
  ],
  [
    'invoice',
    'once a client is marked customer, invoice them for the $120 monthly walk package and email it',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send'],
    [['lead.updated', 'if(trigger.changes.status.to eq "customer")[invoice.create; email.send]']],
  ],
  [
    'invoice',
    'overdue invoice → send a reminder and add a note on the client',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote'],
  ],
  [
    'invoice',
    "remind everyone who hasn't paid, every Monday at 11",
    ['cron(0 11 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'invoice',
    'when an invoice is paid mark it as... never mind, just email the client their receipt',
    ['invoice.paid', 'email.send'],
  ],
];
