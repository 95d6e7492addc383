import type { HeldOutCase } from '../heldout';

/** Set 42, rows 1–65 in the order written. */
export const FIRST_42: readonly HeldOutCase[] = [
  [
    'event',
    'when a new appt is booked send the owner a confirmation email w/ the date and time, and remind them to bring their vaccination card',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'new client reg form comes in -> add them to the client list and ping #reception on slack',
    ['form.submitted', 'crm.createLead; notify.slack'],
  ],
  [
    'event',
    'If an appointment gets cancelled can you let Priya know so she can offer the slot to someone on the waiting list',
    ['booking.cancelled', 'notify.team'],
  ],
  ['event', 'when an invoice is paid email the client a quick thank you', ['invoice.paid', 'email.send']],
  [
    'event',
    'Whenever a client replies to one of our emails, pop a note on their record so we can see it in the history',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'new client added -> send them our welcome pack email (parking, what to bring to the first visit, payment policy)',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'invoice goes overdue = send the standard payment reminder automatically + post it in #accounts',
    ['invoice.overdue', 'invoice.sendReminder; notify.slack'],
  ],
  [
    'event',
    'if any of the automations fail email me at practice.manager@oakleighvets.co.uk',
    ['workflow.failed', 'email.send'],
  ],
  [
    'event',
    "any time a file is uploaded, post in slack so the vets know there's something new to look at",
    ['file.updated', 'notify.slack'],
  ],
  [
    'event',
    'when an email comes in to referrals@glenvalevets.ie let Dr Walsh know straight away',
    ['email.received {"to":["referrals@glenvalevets.ie"]}', 'notify.team'],
  ],
  [
    'event',
    'once an invoice is raised email the client a copy and tell them they can pay online or over the phone',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    "When a booking is made, add a note to that client's record with the appt time and post it to the #nurses channel",
    ['booking.created', 'crm.addNote; notify.slack'],
  ],
  [
    'event',
    'lab results come by email from results@vetlabs.com.au — when one arrives post it in #lab-results pls',
    ['email.received {"from":["results@vetlabs.com.au"]}', 'notify.slack'],
  ],
  [
    'event',
    "online booking request form submitted → email the owner saying we got it and we'll ring to confirm",
    ['form.submitted', 'email.send'],
  ],
  [
    'event',
    "when a client pays their bill send them a thank you and let Karen in accounts know it's come in",
    ['invoice.paid', 'email.send; notify.team'],
  ],
  [
    'event',
    "whenever something's waiting for sign off post it in #management on slack",
    ['approval.requested', 'notify.slack'],
  ],
  [
    'schedule',
    'every friday at 4pm remind the team on slack to do the controlled drugs register check',
    ['cron(0 16 ? * FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    '1st of every month 9am email nurses@pawsandwhiskers.com reminding them to check expiry dates in the drug cupboard',
    ['cron(0 9 1 * ? *)', 'email.send'],
  ],
  [
    'schedule',
    'each monday 8am uk time, ping Dr Patel to sign off the rota',
    ['cron(0 8 ? * MON *) Europe/London', 'notify.team'],
  ],
  [
    'schedule',
    'every hour pull the latest results from https://api.labportal.example.com/v1/results',
    ['rate(1 hour)', 'http.request'],
  ],
  [
    'schedule',
    'last working day of the month at 5pm remind karen to send out the client statements',
    ['cron(0 17 LW * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    '2nd tuesday of every month at 2pm email team@hillsidevet.com about the clinical club meeting',
    ['cron(0 14 ? * 3#2 *)', 'email.send'],
  ],
  [
    'schedule',
    'on the 23rd of December at 9am send an email to staff@riverbankvets.ca with the christmas opening hours',
    ['at(2026-12-23T09:00:00)', 'email.send'],
  ],
  [
    'schedule',
    'Sat mornings 9am post the weekend emergency contact number in slack',
    ['cron(0 9 ? * SAT *)', 'notify.slack'],
  ],
  [
    'schedule',
    'weekdays at 5.30pm eastern tell Jess on the night team that handover notes are due',
    ['cron(30 17 ? * MON-FRI *) America/New_York', 'notify.team'],
  ],
  [
    'schedule',
    'on the first of jan, apr, jul and oct at 9am remind Siobhán to do the quarterly CD audit',
    ['cron(0 9 1 1,4,7,10 ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every wednesday 6pm Toronto time email vets@lakeshoreanimal.ca a reminder to log their CE hours',
    ['cron(0 18 ? * WED *) America/Toronto', 'email.send'],
  ],
  [
    'schedule',
    "every morning at 7 brisbane time slack the team 'kennels check before doors open'",
    ['cron(0 7 * * ? *) Australia/Brisbane', 'notify.slack'],
  ],
  [
    'schedule',
    'every 30 mins POST to https://sync.vetpms.example/hooks/refresh to force the PMS to sync',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'schedule',
    "every sunday at 8pm perth time send a message to the #rostering slack channel reminding everyone to check next week's shifts",
    ['cron(0 20 ? * SUN *) Australia/Perth', 'notify.slack'],
  ],
  [
    'wait',
    "3 days after any appointment email the owner asking how their pet's doing",
    ['booking.created', 'wait(until+P3D); email.send'],
  ],
  [
    'wait',
    'send a reminder email the day before every appointment',
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    'new client added → wait a week → email asking them to leave us a google review',
    ['lead.created', 'wait(P7D); email.send'],
    [['lead.created', 'wait(P1W); email.send']],
  ],
  [
    'wait',
    "if a client doesn't reply to an email within 2 days get Tom to give them a call",
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[notify.team])'],
    [['email.sent {"kind":["message"]}', 'waitFor(email.received,P2D,timeout:[notify.team])']],
  ],
  [
    'wait',
    "invoice sent -> if it's not paid in 14 days send the reminder",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
    [
      [
        'invoice.created',
        'waitFor(invoice.paid,P14D); if(steps.paid.received eq false)[invoice.sendReminder]',
      ],
    ],
  ],
  [
    'wait',
    'when an appt titled Euthanasia is booked, send the family our condolence email 10 days after it',
    ['booking.created {"booking.title":["Euthanasia"]}', 'wait(until+P10D); email.send'],
  ],
  [
    'wait',
    'new puppy owner signs up on the website form → wait 3 weeks → email them the 2nd vaccination reminder',
    ['form.submitted', 'wait(P21D); email.send'],
    [['form.submitted', 'wait(P3W); email.send']],
  ],
  [
    'wait',
    'after we email a referral to the specialist centre (referrals@ucdvets.ie) wait up to 5 working days for an answer, if nothing comes back let Dr Ní Bhriain know',
    ['email.sent {"to":["referrals@ucdvets.ie"]}', 'waitFor(email.received,5BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    'appointment cancelled → wait an hour → email them a link to rebook online',
    ['booking.cancelled', 'wait(PT1H); email.send'],
  ],
  [
    'wait',
    "repeat prescription request comes through the form → 48 hrs later email the owner that it's ready to collect",
    ['form.submitted', 'wait(PT48H); email.send'],
  ],
  [
    'wait',
    'new client: send welcome email straight away, then 2 days later send the pet health plan info',
    ['lead.created', 'email.send; wait(P2D); email.send'],
  ],
  [
    'wait',
    "once we've emailed a claim to claims@petplan.co.uk, wait 10 days for their reply. no reply → remind Maria to chase it",
    ['email.sent {"to":["claims@petplan.co.uk"]}', 'waitFor(email.received,P10D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'an hour after each appointment finishes, email the owner the aftercare sheet',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'condition',
    "when an invoice gets paid and it's over £1000 give me (Rachel) a shout on slack",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[notify.team]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",100000]}]}', 'notify.team']],
  ],
  [
    'condition',
    'new client form: if species is rabbit or guinea pig send it to Dr Chen, otherwise to reception',
    ['form.submitted', 'if(trigger.fields.species in ["rabbit","guinea pig"])[notify.team]else[notify.team]'],
    [
      [
        'form.submitted',
        'if((trigger.fields.species eq "rabbit" or trigger.fields.species eq "guinea pig"))[notify.team]else[notify.team]',
      ],
    ],
  ],
  [
    'condition',
    "overdue invoices - if it's more than 30 days overdue tell Karen, otherwise just send the normal reminder",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'bookings at our Ballarat clinic (location = Ballarat) → post in #ballarat',
    ['booking.created {"booking.location":["Ballarat"]}', 'notify.slack'],
    [['booking.created', 'if(trigger.booking.location eq "Ballarat")[notify.slack]']],
  ],
  [
    'condition',
    'client emails with URGENT in the subject line -> slack the on call vet channel #oncall immediately',
    ['email.received', 'if(trigger.subject contains "URGENT")[notify.slack]'],
    [['email.received {"subject":[{"wildcard":"*URGENT*"}]}', 'notify.slack']],
  ],
  [
    'condition',
    'new clients tagged equine → notify Dr Murphy',
    ['lead.created {"lead.tags":["equine"]}', 'notify.team'],
    [['lead.created', 'if(trigger.lead.tags contains "equine")[notify.team]']],
  ],
  [
    'condition',
    'if an invoice over $2,000 is created email the client about our deposit policy',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 200000)[email.send]'],
    [['invoice.created {"invoice.totalCents":[{"numeric":[">",200000]}]}', 'email.send']],
  ],
  [
    'condition',
    "cancelled appts: if the reason mentions 'passed away' just add a note to the client, DON'T send the rebook email. anything else send the rebook email",
    ['booking.cancelled', 'if(trigger.reason contains "passed away")[crm.addNote]else[email.send]'],
    [
      [
        'booking.cancelled',
        'if(trigger.booking.cancelReason contains "passed away")[crm.addNote]else[email.send]',
      ],
    ],
  ],
  [
    'condition',
    'new client added - if they came from the website send the online welcome email, if not send the walk-in one',
    ['lead.created', 'if(trigger.lead.source eq "website")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "if someone books and there's no email address for the owner, tell reception to ring them to get one",
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]'],
  ],
  [
    'condition',
    'when a client gets marked as lost (left the practice) email them a short goodbye w/ info on transferring records',
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
    [['lead.updated {"lead.status":["lost"]}', 'email.send']],
  ],
  [
    'condition',
    'overdue invoice over €500 → slack #accounts and send the reminder; under that just send the reminder',
    [
      'invoice.overdue',
      'if(trigger.invoice.totalCents gt 50000)[notify.slack; invoice.sendReminder]else[invoice.sendReminder]',
    ],
    [['invoice.overdue', 'if(trigger.invoice.totalCents gt 50000)[notify.slack]; invoice.sendReminder']],
  ],
  [
    'condition',
    'equine callout form (form name equine-callout) goes to Dr Byrne, every other form goes to reception',
    ['form.submitted', 'if(trigger.form eq "equine-callout")[notify.team]else[notify.team]'],
  ],
  [
    'many',
    'every monday 9am find all unpaid invoices and send each a reminder',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'each morning at 8 email every client who has an appointment tomorrow a reminder',
    ['cron(0 8 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'set up something i can kick off myself that emails every client tagged dog-owner our flea & tick promo',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    '1st of each month at 10am email all clients tagged senior-pet about booking their senior wellness check',
    ['cron(0 10 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 1 * ? *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'fridays at 3, go through the overdue invoices and post each one in #accounts',
    ['cron(0 15 ? * FRI *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many',
    'every evening at 6 for each of tomorrows appointments email the owner a reminder and add a note on their record saying reminder sent',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send; crm.addNote]'],
  ],
  [
    'many',
    "every monday morning 9am, email a gentle nudge to each client we haven't heard back from in 2 weeks",
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 ? * MON *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    "sunday 8pm vancouver time: look at next week's bookings and for any that's a surgery email the owner the fasting instructions",
    [
      'cron(0 20 ? * SUN *) America/Vancouver',
      'calendar.find; forEach[if(item.title contains "surgery")[email.send]]',
    ],
  ],
  [
    'many',
    'every friday at 5, email each new client who joined this week our puppy & kitten class details',
    ['cron(0 17 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
];
