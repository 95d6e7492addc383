import type { HeldOutCase } from '../heldout';

/** Set 21: conditions, waits and negative waits, records, notifications, invoices. */
export const LOGIC_21: readonly HeldOutCase[] = [
  [
    'condition',
    'new customer - if the source is "fleet" notify Dave, otherwise send the regular welcome email',
    ['lead.created', 'if(trigger.lead.source eq "fleet")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'when an invoice is paid and its over $2,500 post it in #big-tickets, otherwise do nothing',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 250000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",250000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'Appointment booked for a "state inspection" → email them the list of what to bring (registration, insurance card)',
    ['booking.created', 'if(trigger.booking.title contains "state inspection")[email.send]'],
  ],
  [
    'condition',
    'When a customer is created with a value over 5000 (usually a transmission or engine job) tag them big-job and let me know',
    ['lead.created', 'if(trigger.lead.value gt 5000)[crm.updateLead; notify.team]'],
    [['lead.created {"lead.value":[{"numeric":[">",5000]}]}', 'crm.updateLead; notify.team']],
  ],
  [
    'condition',
    'if a customer gets tagged "comeback" (warranty redo) alert the shop foreman asap',
    ['lead.updated {"lead.tags":["comeback"]}', 'notify.team'],
    [['lead.updated', 'if(trigger.lead.tags contains "comeback")[notify.team]']],
  ],
  [
    'condition',
    'When an invoice goes overdue: more than 30 days overdue → notify me, otherwise send the customer a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'appointment cancelled - if the reason mentions "found another shop" add a note to the customer. else nothing',
    ['booking.cancelled', 'if(trigger.booking.cancelReason contains "found another shop")[crm.addNote]'],
    [['booking.cancelled', 'if(trigger.reason contains "found another shop")[crm.addNote]']],
  ],
  [
    'condition',
    "New customer comes in: if source is google send the google coupon email, if it's yelp send the yelp one, anything else nothing",
    [
      'lead.created',
      'if(trigger.lead.source eq "google")[email.send]else[if(trigger.lead.source eq "yelp")[email.send]]',
    ],
    [
      [
        'lead.created',
        'if(trigger.lead.source eq "google")[email.send]; if(trigger.lead.source eq "yelp")[email.send]',
      ],
    ],
  ],
  [
    'condition',
    'when an invoice gets paid and the total is under $100 (oil changes etc) just log it, otherwise send the thank-you + review request email',
    ['invoice.paid', 'if(trigger.invoice.totalCents lt 10000)[log]else[email.send]'],
    [['invoice.paid', 'if(trigger.invoice.totalCents gte 10000)[email.send]else[log]']],
  ],
  [
    'negative-wait',
    'after we send an estimate email, if they dont reply in 2 days follow up once',
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send])'],
    [
      [
        'email.sent[message]',
        'if(trigger.subject contains "estimate")[waitFor(email.received,P2D,timeout:[email.send])]',
      ],
      ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send])'],
      [
        'email.sent[message]',
        'if(trigger.subject contains "Estimate")[waitFor(email.received,P2D,timeout:[email.send])]',
      ],
    ],
  ],
  [
    'negative-wait',
    "invoice created -> if it's not paid within 14 days send a reminder and tell me",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder; notify.team])'],
    [['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder; email.send])']],
  ],
  [
    'negative-wait',
    "When someone requests a quote through the form and doesn't book an appointment within 3 days, email them again",
    ['form.submitted', 'waitFor(booking.created,P3D,timeout:[email.send])'],
    [['form.submitted', 'email.send; waitFor(booking.created,P3D,timeout:[email.send])']],
  ],
  [
    'negative-wait',
    'new customer gets the welcome email; if no reply after a week send the coupon email',
    ['lead.created', 'email.send; waitFor(email.received,P7D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "when an invoice goes overdue send the reminder, and if it still isn't paid 5 days later notify the office manager",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P5D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "when we email a customer and they don't answer in 48 hours, slack me",
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[notify.team])'],
    [['email.sent[message]', 'waitFor(email.received,P2D,timeout:[notify.slack])']],
  ],
  [
    'negative-wait',
    'send a reminder when an invoice goes overdue. if they pay within 3 days send a thank you, if not, flag the account (tag "collections")',
    [
      'invoice.overdue',
      'invoice.sendReminder; waitFor(invoice.paid,P3D,event:[email.send],timeout:[crm.updateLead])',
    ],
  ],
  [
    'wait',
    'when an invoice is paid, wait 6 months and send an oil change reminder',
    ['invoice.paid', 'wait(P180D); email.send'],
    [
      ['invoice.paid', 'wait(P181D); email.send'],
      ['invoice.paid', 'wait(P182D); email.send'],
      ['invoice.paid', 'wait(P183D); email.send'],
      ['invoice.paid', 'wait(P26W); email.send'],
    ],
  ],
  ['wait', 'new customer → wait 1 hour → send the welcome email', ['lead.created', 'wait(PT1H); email.send']],
  [
    'wait',
    'Appt booked: send the confirmation now, then when the appointment is over send a how did we do email',
    ['booking.created', 'email.send; wait(until); email.send'],
  ],
  [
    'wait',
    '2 days after an appointment, email the customer asking how the car is running',
    ['booking.created', 'wait(until); wait(P2D); email.send'],
    [['booking.created', 'wait(until+P2D); email.send']],
  ],
  [
    'wait',
    'when a customer gets marked as customer wait 3 days then send the review request',
    ['lead.updated {"changes.status.to":["customer"]}', 'wait(P3D); email.send'],
    [['lead.updated', 'if(trigger.changes.status.to eq "customer")[wait(P3D); email.send]']],
  ],
  ['wait', 'lead created, wait 10 minutes, then email them', ['lead.created', 'wait(PT10M); email.send']],
  [
    'records',
    'when a customer emails us, add them to the crm and log the email as a note',
    ['email.received', 'crm.createLead; crm.addNote'],
  ],
  [
    'records',
    'appointment cancelled -> note on the customer: "cancelled appt, call to rebook"',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'records',
    'when someone fills out the roadside/tow request form, create them as a customer',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    "When an invoice gets paid, update the customer's status to customer",
    ['invoice.paid', 'crm.updateLead'],
  ],
  ['records', 'New booking → update the customer to contacted', ['booking.created', 'crm.updateLead']],
  [
    'records',
    'when a customer replies "STOP" to our emails, mark them lost',
    ['email.received', 'if(trigger.text contains "STOP")[crm.updateLead]'],
    [
      ['email.received', 'if(trigger.subject contains "STOP")[crm.updateLead]'],
      [
        'email.received',
        'if((trigger.subject contains "STOP" or trigger.text contains "STOP"))[crm.updateLead]',
      ],
      [
        'email.received',
        'if((trigger.text contains "STOP" or trigger.subject contains "STOP"))[crm.updateLead]',
      ],
      ['email.received', 'if(trigger.text contains "stop")[crm.updateLead]'],
      ['email.received', 'if(trigger.subject contains "stop")[crm.updateLead]'],
      [
        'email.received',
        'if((trigger.subject contains "stop" or trigger.text contains "stop"))[crm.updateLead]',
      ],
      [
        'email.received',
        'if((trigger.text contains "stop" or trigger.subject contains "stop"))[crm.updateLead]',
      ],
    ],
  ],
  [
    'notify',
    'when an invoice is paid let the owner know on slack',
    ['invoice.paid', 'notify.team'],
    [['invoice.paid', 'notify.slack']],
  ],
  ['notify', 'New customer? Tell Maria at the front desk', ['lead.created', 'notify.team']],
  [
    'notify',
    'if an appointment is cancelled post in #service-desk and email me',
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
    'when an appointment is booked create a $49 diagnostic fee invoice',
    ['booking.created', 'invoice.create'],
  ],
  [
    'invoice',
    'customer marked as customer -> create the invoice for the $99 annual maintenance plan and email it to them',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send'],
    [['lead.updated', 'if(trigger.changes.status.to eq "customer")[invoice.create; email.send]']],
  ],
  [
    'invoice',
    'overdue invoice → send a reminder and add a note on the customer',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote'],
  ],
  [
    'invoice',
    "every Friday 2pm remind everyone who hasn't paid their invoice yet",
    ['cron(0 14 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'invoice',
    'when an invoice is paid mark it paid in... nah just email the customer a receipt',
    ['invoice.paid', 'email.send'],
  ],
];
