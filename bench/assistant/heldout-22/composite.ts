import type { HeldOutCase } from '../heldout';

/** Set 22: bookings, files, knowledge, approvals, reports, many records, several steps, long and short requests, refusals. */
export const COMPOSITE_22: readonly HeldOutCase[] = [
  [
    'multi-step',
    'groom booked: email the pet parent, add a note "booked" on their profile, post in slack',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
    [
      [
        'booking.created',
        'if(trigger.booking.title contains "groom")[email.send; crm.addNote; notify.slack]',
      ],
      [
        'booking.created',
        'if(trigger.booking.title contains "Groom")[email.send; crm.addNote; notify.slack]',
      ],
    ],
  ],
  [
    'multi-step',
    'invoice paid → mark the client as customer, send a thank you, book their next groom in 6 weeks... actually skip the booking, just the first two',
    ['invoice.paid', 'crm.updateLead; email.send'],
  ],
  [
    'multi-step',
    'When a client is marked as lost cancel their upcoming bookings and add a note',
    ['lead.updated {"changes.status.to":["lost"]}', 'calendar.find; forEach[calendar.cancel]; crm.addNote'],
    [
      [
        'lead.updated',
        'if(trigger.changes.status.to eq "lost")[calendar.find; forEach[calendar.cancel]; crm.addNote]',
      ],
    ],
  ],
  [
    'multi-step',
    'New client -> create the $35 meet & greet invoice, email it to them, notify the front desk',
    ['lead.created', 'invoice.create; email.send; notify.team'],
  ],
  [
    'multi-step',
    'when a boarding stay gets cancelled: email the owner about our cancellation policy, log a note, and let Jen know',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
    [
      [
        'booking.cancelled',
        'if(trigger.booking.title contains "boarding")[email.send; crm.addNote; notify.team]',
      ],
      [
        'booking.cancelled',
        'if(trigger.booking.title contains "Boarding")[email.send; crm.addNote; notify.team]',
      ],
    ],
  ],
  [
    'multi-step',
    'client email comes in → add a note, tag them "needs callback", and tell the manager',
    ['email.received', 'crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'multi-step',
    'intake form submitted -> create the client, send the welcome email, and text them the door code',
    'text',
  ],
  [
    'many-records',
    "7pm every night: reminder email to each client who's booked for tomorrow",
    ['cron(0 19 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 19 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many-records',
    'Every Monday 9am find all clients tagged "due for groom" and send each the rebook email',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 ? * MON *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many-records',
    'on the 1st at 8am send a reminder for each overdue invoice',
    ['cron(0 8 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'each Thursday at 4 find all clients with status new and add a note "follow up" to each one',
    ['cron(0 16 ? * THU *)', 'crm.findLeads; forEach[crm.addNote]'],
    [['cron(0 16 ? * THU *)', 'crm.exportLeads; forEach[crm.addNote]']],
  ],
  [
    'many-records',
    'daily 7am send every client with a booking today a "see you soon" email',
    ['cron(0 7 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 7 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many-records',
    'snow day!! manual run: cancel every booking for tomorrow and email each client',
    ['manual', 'calendar.find; forEach[calendar.cancel; email.send]'],
  ],
  [
    'many-records',
    "every Tuesday 10am email all the dog walking clients (tag: walks) a reminder to update next week's schedule",
    ['cron(0 10 ? * TUE *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 ? * TUE *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  ['short', 'overdue invoice -> reminder', ['invoice.overdue', 'invoice.sendReminder']],
  ['short', 'new client = welcome email', ['lead.created', 'email.send']],
  [
    'short',
    'cancelled booking? slack me',
    ['booking.cancelled', 'notify.team'],
    [['booking.cancelled', 'notify.slack']],
  ],
  ['short', 'invoice paid → thank you email', ['invoice.paid', 'email.send']],
  ['short', 'intake form → crm', ['form.submitted', 'crm.createLead']],
  [
    'short',
    'daily 9pm report to slack',
    ['cron(0 21 * * ? *)', 'report.summarize; notify.slack'],
    [['cron(0 21 ? * * *)', 'report.summarize; notify.slack']],
  ],
  [
    'booking',
    'when a new client signs up book a 15 min meet and greet',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'booking',
    'Client emails asking to book → put them on the calendar',
    ['email.received', 'calendar.schedule'],
    [
      ['email.received', 'if(trigger.text contains "book")[calendar.schedule]'],
      ['email.received', 'calendar.schedule'],
      ['email.received', 'if(trigger.subject contains "book")[calendar.schedule]'],
      ['email.received', 'calendar.schedule'],
      [
        'email.received',
        'if((trigger.subject contains "book" or trigger.text contains "book"))[calendar.schedule]',
      ],
      ['email.received', 'calendar.schedule'],
      [
        'email.received',
        'if((trigger.text contains "book" or trigger.subject contains "book"))[calendar.schedule]',
      ],
    ],
  ],
  [
    'booking',
    'If a booking gets cancelled, book a call to reschedule and email the client',
    ['booking.cancelled', 'calendar.schedule; email.send'],
  ],
  [
    'booking',
    'When the puppy class signup form is submitted schedule an eval on the calendar',
    ['form.submitted', 'calendar.schedule'],
  ],
  [
    'knowledge',
    'When a client emails a question, look it up in our knowledge base (vaccine rules, prices, hours) and reply',
    ['email.received', 'knowledge.search; email.send'],
    [['email.received', 'knowledge.search; email.draft; email.send']],
  ],
  [
    'knowledge',
    'website question form → search the FAQ and email them the answer',
    ['form.submitted', 'knowledge.search; email.send'],
    [['form.submitted', 'knowledge.search; email.draft; email.send']],
  ],
  [
    'knowledge',
    'If an email asks about boarding, have AI answer it from the knowledge base',
    ['email.received', 'if(trigger.text contains "boarding")[knowledge.search; email.send]'],
    [
      ['email.received', 'if(trigger.text contains "boarding")[knowledge.search; email.draft; email.send]'],
      ['email.received', 'if(trigger.subject contains "boarding")[knowledge.search; email.send]'],
      [
        'email.received',
        'if(trigger.subject contains "boarding")[knowledge.search; email.draft; email.send]',
      ],
      [
        'email.received',
        'if((trigger.subject contains "boarding" or trigger.text contains "boarding"))[knowledge.search; email.send]',
      ],
      [
        'email.received',
        'if((trigger.subject contains "boarding" or trigger.text contains "boarding"))[knowledge.search; email.draft; email.send]',
      ],
      [
        'email.received',
        'if((trigger.text contains "boarding" or trigger.subject contains "boarding"))[knowledge.search; email.send]',
      ],
      [
        'email.received',
        'if((trigger.text contains "boarding" or trigger.subject contains "boarding"))[knowledge.search; email.draft; email.send]',
      ],
    ],
  ],
  [
    'files',
    'every friday at 6 make a weekly summary and save it to a file in "reports"',
    ['cron(0 18 ? * FRI *)', 'report.summarize; files.create'],
  ],
  [
    'files',
    'when a file is uploaded to the vaccines folder notify the front desk',
    ['file.updated {"file.folder":["vaccines"]}', 'notify.team'],
    [['file.updated', 'if(trigger.file.folder eq "vaccines")[notify.team]']],
  ],
  [
    'files',
    "end of each month at 6pm write the month's report into a file",
    ['cron(0 18 L * ? *)', 'report.summarize; files.create'],
  ],
  [
    'approval',
    "invoices over $800: I want to approve them before they're emailed to the client",
    ['invoice.created', 'if(trigger.invoice.totalCents gt 80000)[approval; email.send]'],
    [['invoice.created {"invoice.totalCents":[{"numeric":[">",80000]}]}', 'approval; email.send']],
  ],
  [
    'approval',
    'new client → AI drafts a welcome email → I approve it → send',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'Overdue invoices - check with me before any reminder goes out',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'report',
    'weekly report every Monday 8am emailed to me',
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.team'],
    [['cron(0 8 ? * MON *)', 'report.summarize; email.send']],
  ],
  [
    'report',
    'daily summary at 6pm in slack',
    ['cron(0 18 * * ? *)', 'report.summarize; notify.slack'],
    [['cron(0 18 ? * * *)', 'report.summarize; notify.slack']],
  ],
  [
    'report',
    "first of each month at 9 post last month's summary to #owners",
    ['cron(0 9 1 * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'every Sunday 8pm pacific summarize the week and send it to me',
    ['cron(0 20 ? * SUN *) America/Los_Angeles', 'report.summarize; notify.team'],
    [['cron(0 20 ? * SUN *) America/Los_Angeles', 'report.summarize; email.send']],
  ],
  [
    'long',
    "Boarding deposits are killing me. When a boarding stay is booked we invoice the $50 deposit right away. If the deposit isn't paid in 3 days, email them that the spot will be released, and tell Marcus.",
    ['booking.created', 'invoice.create; waitFor(invoice.paid,P3D,timeout:[email.send; notify.team])'],
    [
      [
        'booking.created',
        'if(trigger.booking.title contains "boarding")[invoice.create; waitFor(invoice.paid,P3D,timeout:[email.send; notify.team])]',
      ],
      [
        'booking.created',
        'if(trigger.booking.title contains "Boarding")[invoice.create; waitFor(invoice.paid,P3D,timeout:[email.send; notify.team])]',
      ],
    ],
  ],
  [
    'long',
    "We're a small boarding kennel outside Austin and new dogs have to do a temperament test before their first stay. When a new client is created, book them a temperament test on the calendar and email them what to bring (leash, vaccine records). If they haven't emailed us back within 4 days, tell the front desk.",
    ['lead.created', 'calendar.schedule; email.send; waitFor(email.received,P4D,timeout:[notify.team])'],
  ],
  [
    'long',
    'Context: we run a dog walking company, 12 walkers, lots of clients message us about keys and lockboxes. When a client emails us and the subject mentions "key", add a note to their record, tag them "key-issue" and alert our office lead (Priya). Everything else ignore.',
    ['email.received', 'if(trigger.subject contains "key")[crm.addNote; crm.updateLead; notify.team]'],
  ],
  [
    'long',
    'Our groomers get a bonus for 5 star reviews so we track them. When we get an email with "5 stars" in it, post it in #shoutouts and add a note on the client.',
    ['email.received', 'if(trigger.text contains "5 stars")[notify.slack; crm.addNote]'],
    [
      ['email.received', 'if(trigger.subject contains "5 stars")[notify.slack; crm.addNote]'],
      [
        'email.received',
        'if((trigger.subject contains "5 stars" or trigger.text contains "5 stars"))[notify.slack; crm.addNote]',
      ],
      [
        'email.received',
        'if((trigger.text contains "5 stars" or trigger.subject contains "5 stars"))[notify.slack; crm.addNote]',
      ],
    ],
  ],
  [
    'long',
    "Every night at 9 email me tomorrow's grooms, and separately when someone cancels a groom let Jen know.",
    null,
  ],
  [
    'long',
    'When the new client intake form comes in: add them to the crm, tag them "new-intake", send the "what to expect at your first groom" email, and if they haven\'t booked anything within 3 days email them again with 10% off.',
    ['form.submitted', 'crm.createLead; email.send; waitFor(booking.created,P3D,timeout:[email.send])'],
    [
      [
        'form.submitted',
        'crm.createLead; crm.updateLead; email.send; waitFor(booking.created,P3D,timeout:[email.send])',
      ],
    ],
  ],
  [
    'long',
    "right now when a client's invoice goes past due Tara texts them. I'd rather the system send a reminder email first, wait 5 days, and if it's still unpaid let Tara know so she can reach out.",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P5D,timeout:[notify.team])'],
  ],
  [
    'long',
    'Holidays are crazy for us. Every day at 5pm eastern find everyone who has a booking tomorrow and email each of them a reminder with the "bring food in labeled bags, no rawhides" list.',
    ['cron(0 17 * * ? *) America/New_York', 'calendar.find; forEach[email.send]'],
    [['cron(0 17 ? * * *) America/New_York', 'calendar.find; forEach[email.send]']],
  ],
  [
    'long',
    'when a client is created from the vet referral program (source is "vet referral"), email them the free nail trim coupon, tag them vet-ref, and tell Priya so she can thank the vet. Other new clients just get the normal welcome email.',
    [
      'lead.created',
      'if(trigger.lead.source eq "vet referral")[email.send; crm.updateLead; notify.team]else[email.send]',
    ],
  ],
  [
    'long',
    'Puppy class runs Saturdays. Every Friday at noon find everyone booked for tomorrow and send each a reminder to bring treats + a flat collar, then post in slack that the reminders went out.',
    ['cron(0 12 ? * FRI *)', 'calendar.find; forEach[email.send]; notify.slack'],
  ],
  [
    'long',
    'For after hours pick-ups: the owner fills out the late pickup form on our site and we leave the dog with the night attendant. When that form comes in, create the client, add a note with what they wrote, and email them confirming the late pickup.',
    ['form.submitted', 'crm.createLead; crm.addNote; email.send'],
  ],
  ['refusal', 'text the owner when their dog is ready for pickup', 'text'],
  ['refusal', "remind owners when their dog's rabies vaccine is about to expire", null],
  ['refusal', "order more shampoo from Chewy when we're running low", null],
  ['refusal', 'automate my grooming salon', null],
  ['refusal', "when a dog's microchip is scanned at check in, pull up their file", null],
  ['refusal', 'print the kennel cards when a boarding stay is booked', null],
  ['refusal', 'mail a birthday card to every dog on their birthday', null],
  ['refusal', 'I want something for the busy season', null],
  ['refusal', 'when a dog no-shows charge the no-show fee', null],
  ['refusal', 'live stream the kennel cam to the owners', null],
  ['refusal', 'when a dog barks too much in the kennel, notify the owner', null],
  ['refusal', 'update our Google business hours for the holidays', null],
  ['refusal', 'import all my clients from our old spreadsheet', null],
  ['refusal', 'reminders for vaccines, grooms and boarding', null],
];
