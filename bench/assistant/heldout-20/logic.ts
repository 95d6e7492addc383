import type { HeldOutCase } from '../heldout';

/** Set 20: conditions, waits and negative waits, records, notifications, invoices. */
export const LOGIC_20: readonly HeldOutCase[] = [
  [
    'condition',
    'New booking: if the guest has a pet (tag "pet"), email them the pet policy, otherwise send the standard welcome',
    ['booking.created', 'if(trigger.lead.tags contains "pet")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "When an invoice is paid and it's over $1,000, post in #bigstays, otherwise just log it",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[notify.slack]else[log]'],
  ],
  [
    'condition',
    'when a booking is made for the Lighthouse Suite, email the owner (dave.owner@outlook.com)',
    ['booking.created', 'if(trigger.booking.title contains "Lighthouse Suite")[email.send]'],
    [
      ['booking.created', 'if(trigger.booking.location contains "Lighthouse Suite")[email.send]'],
      ['booking.created', 'if(trigger.booking.location eq "Lighthouse Suite")[email.send]'],
    ],
  ],
  [
    'condition',
    'if a guest\'s email says "late check-in" notify the front desk on slack, otherwise add a note to their record',
    ['email.received', 'if(trigger.text contains "late check-in")[notify.team]else[crm.addNote]'],
    [
      ['email.received', 'if(trigger.text contains "late check-in")[notify.slack]else[crm.addNote]'],
      [
        'email.received',
        'if((trigger.subject contains "late check-in" or trigger.text contains "late check-in"))[notify.team]else[crm.addNote]',
      ],
      [
        'email.received',
        'if((trigger.subject contains "late check-in" or trigger.text contains "late check-in"))[notify.slack]else[crm.addNote]',
      ],
      [
        'email.received',
        'if((trigger.text contains "late check-in" or trigger.subject contains "late check-in"))[notify.team]else[crm.addNote]',
      ],
      [
        'email.received',
        'if((trigger.text contains "late check-in" or trigger.subject contains "late check-in"))[notify.slack]else[crm.addNote]',
      ],
    ],
  ],
  [
    'condition',
    "when a new guest signs up and their source is Airbnb, tag them airbnb; if it's direct send them the direct-booking thank you",
    [
      'lead.created',
      'if(trigger.lead.source eq "Airbnb")[crm.updateLead]else[if(trigger.lead.source eq "direct")[email.send]]',
    ],
    [
      [
        'lead.created',
        'if(trigger.lead.source eq "Airbnb")[crm.updateLead]; if(trigger.lead.source eq "direct")[email.send]',
      ],
      [
        'lead.created',
        'if(trigger.lead.source eq "Airbnb")[crm.updateLead]else[if(trigger.lead.source eq "direct")[email.send]]',
      ],
      [
        'lead.created',
        'if(trigger.lead.source eq "airbnb")[crm.updateLead]; if(trigger.lead.source eq "direct")[email.send]',
      ],
      [
        'lead.created',
        'if(trigger.lead.source eq "airbnb")[crm.updateLead]else[if(trigger.lead.source eq "direct")[email.send]]',
      ],
      [
        'lead.created',
        'if(trigger.lead.source eq "Airbnb")[crm.updateLead]; if(trigger.lead.source eq "direct")[email.send]',
      ],
      [
        'lead.created',
        'if(trigger.lead.source eq "airbnb")[crm.updateLead]else[if(trigger.lead.source eq "direct")[email.send]]',
      ],
      [
        'lead.created',
        'if(trigger.lead.source eq "airbnb")[crm.updateLead]; if(trigger.lead.source eq "direct")[email.send]',
      ],
    ],
  ],
  [
    'condition',
    'new lead worth 5000 or more → email Maria (maria@seabreezecottages.com), less than that → send the standard rates email',
    ['lead.created', 'if(trigger.lead.value gte 5000)[notify.team]else[email.send]'],
    [
      ['lead.created', 'if(trigger.lead.value gte 5000)[email.send]else[email.send]'],
      ['lead.created', 'if(trigger.lead.value lt 5000)[email.send]else[notify.team]'],
      ['lead.created', 'if(trigger.lead.value lt 5000)[email.send]else[email.send]'],
    ],
  ],
  [
    'condition',
    'When a booking is cancelled and the reason mentions "weather", email the guest a rebooking offer',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[email.send]'],
    [['booking.cancelled', 'if(trigger.booking.cancelReason contains "weather")[email.send]']],
  ],
  [
    'condition',
    "when a guest is updated and they're tagged VIP, let the team know",
    ['lead.updated {"lead.tags":["VIP"]}', 'notify.team'],
    [['lead.updated', 'if(trigger.lead.tags contains "VIP")[notify.team]']],
  ],
  [
    'condition',
    'Only for invoices above $3k: when they go overdue, notify me in slack',
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 300000)[notify.team]'],
    [
      ['invoice.overdue', 'if(trigger.invoice.totalCents gt 300000)[notify.slack]'],
      ['invoice.overdue {"invoice.totalCents":[{"numeric":[">",300000]}]}', 'notify.team'],
      ['invoice.overdue {"invoice.totalCents":[{"numeric":[">",300000]}]}', 'notify.slack'],
    ],
  ],
  [
    'wait',
    'when a guest books, send the confirmation, then wait until the day of arrival... actually just wait until their stay starts and send the welcome message',
    ['booking.created', 'email.send; wait(until); email.send'],
  ],
  [
    'wait',
    'after checkout (when the stay ends) wait 1 day then ask for a review',
    ['booking.created', 'wait(until); wait(P1D); email.send'],
    [['booking.created', 'wait(until+P1D); email.send']],
  ],
  [
    'wait',
    'New booking: wait 2 hours then send the pre-arrival questionnaire',
    ['booking.created', 'wait(PT2H); email.send'],
  ],
  [
    'wait',
    'when a stay ends wait 3 days and email them a 10% off code for next time',
    ['booking.created', 'wait(until); wait(P3D); email.send'],
    [['booking.created', 'wait(until+P3D); email.send']],
  ],
  [
    'wait',
    'when a guest books, wait 7 days, then email them local restaurant recommendations',
    ['booking.created', 'wait(P7D); email.send'],
  ],
  [
    'wait',
    'invoice created → wait 5 days → send a gentle reminder',
    ['invoice.created', 'wait(P5D); invoice.sendReminder'],
    [['invoice.created', 'waitFor(invoice.paid,P5D,timeout:[invoice.sendReminder])']],
  ],
  [
    'negative-wait',
    "if the guest hasn't paid the deposit invoice within 48 hours, send a reminder and notify me",
    ['invoice.created', 'waitFor(invoice.paid,P2D,timeout:[invoice.sendReminder; notify.team])'],
  ],
  [
    'negative-wait',
    "we send the pre-arrival form after booking. if they don't fill it in within 3 days, email them again",
    ['booking.created', 'email.send; waitFor(form.submitted,P3D,timeout:[email.send])'],
    [['booking.created', 'waitFor(form.submitted,P3D,timeout:[email.send])']],
  ],
  [
    'negative-wait',
    "when a guest emails us and we don't reply within 4 hours, slack the team",
    ['email.received', 'waitFor(email.sent,PT4H,timeout:[notify.team])'],
    [['email.received', 'waitFor(email.sent,PT4H,timeout:[notify.slack])']],
  ],
  [
    'negative-wait',
    "After sending the rental agreement, if the guest doesn't reply within 2 days, cancel the booking",
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[calendar.cancel])'],
    [['booking.created', 'email.send; waitFor(email.received,P2D,timeout:[calendar.cancel])']],
  ],
  [
    'negative-wait',
    'new booking enquiry (lead) → send rates. No booking within 5 days → send a follow up with a discount',
    ['lead.created', 'email.send; waitFor(booking.created,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'when an invoice is created, wait 7 days for payment; if paid thank them, if not send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P7D,event:[email.send],timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    'if a guest doesnt confirm their arrival time by replying within 24h of the reminder email, notify Rosa',
    ['email.sent[message]', 'waitFor(email.received,P1D,timeout:[notify.team])'],
    [['email.sent[message]', 'waitFor(email.received,P1D,timeout:[email.send])']],
  ],
  [
    'records',
    "when a guest books, create them in the CRM if they're not there and add a note with their stay dates",
    ['booking.created', 'crm.createLead; crm.addNote'],
  ],
  [
    'records',
    'When a guest checks out (stay ends), change their status to customer',
    ['booking.created', 'wait(until); crm.updateLead'],
  ],
  [
    'records',
    'any enquiry form → new lead with source "website enquiry"',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'if a guest replies to our review request, mark them as contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'records',
    'When a booking is made, add the tag "upcoming-stay" to the guest',
    ['booking.created', 'crm.updateLead'],
  ],
  [
    'records',
    'when someone submits the owner inquiry form add them to the crm, tag "owner-prospect", and add a note with their property address',
    ['form.submitted', 'crm.createLead; crm.updateLead; crm.addNote'],
    [['form.submitted', 'crm.createLead; crm.addNote']],
  ],
  [
    'notify',
    'When a reservation gets canceled post in slack and email Rosa',
    ['booking.cancelled', 'notify.slack; notify.team'],
    [['booking.cancelled', 'notify.slack; email.send']],
  ],
  [
    'notify',
    'let Maria know by email each time a new guest enquiry comes in',
    ['lead.created', 'notify.team'],
    [
      ['lead.created', 'email.send'],
      ['form.submitted', 'notify.team'],
      ['form.submitted', 'email.send'],
    ],
  ],
  [
    'notify',
    'ping #maintenance whenever a guest email mentions "broken"',
    ['email.received', 'if(trigger.text contains "broken")[notify.slack]'],
    [
      [
        'email.received',
        'if((trigger.subject contains "broken" or trigger.text contains "broken"))[notify.slack]',
      ],
      [
        'email.received',
        'if((trigger.text contains "broken" or trigger.subject contains "broken"))[notify.slack]',
      ],
    ],
  ],
  [
    'notify',
    'notify me on slack whenever a stay is paid',
    ['invoice.paid', 'notify.team'],
    [['invoice.paid', 'notify.slack']],
  ],
  [
    'invoice',
    'When a booking is confirmed, create an invoice for the $200 security deposit and email the guest',
    ['booking.created', 'invoice.create; email.send'],
  ],
  [
    'invoice',
    'after a guest checks out (booking ends), create the cleaning fee invoice for 85 EUR',
    ['booking.created', 'wait(until); invoice.create'],
  ],
  [
    'invoice',
    'when Stripe payment webhook arrives, mark the invoice as paid',
    ['webhook:stripe', 'invoice.markPaid'],
  ],
  [
    'invoice',
    'Every Monday at 10 send reminders for all overdue invoices',
    ['cron(0 10 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'invoice',
    'damage claim form submitted → create an invoice for the damages and notify me',
    ['form.submitted', 'invoice.create; notify.team'],
  ],
];
