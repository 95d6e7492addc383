import type { HeldOutCase } from '../heldout';

/** Set 21: bookings, files, knowledge, approvals, reports, many records, several steps, long and short requests, refusals. */
export const COMPOSITE_21: readonly HeldOutCase[] = [
  [
    'multi-step',
    'new quote request from the website: add them to the crm, email them a confirmation, book a callback on the calendar and ping #service-desk',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.slack'],
  ],
  [
    'multi-step',
    'When an appointment is booked: email the customer, add a note "booked", and post in slack',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'multi-step',
    'invoice paid → mark customer as customer, send thank you, schedule the 6 month oil change reminder... actually just the first two',
    ['invoice.paid', 'crm.updateLead; email.send'],
  ],
  [
    'multi-step',
    'When a customer is marked lost, cancel their upcoming appointments and add a note why',
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
    'new customer -> create an invoice for the $29.99 inspection special, email it to them, and tell the front desk',
    ['lead.created', 'invoice.create; email.send; notify.team'],
  ],
  [
    'multi-step',
    'when an appt gets cancelled: email the customer to reschedule, log a note, and notify Dave',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'multi-step',
    'Form submitted (tire quote) -> create customer, send the quote email, then text them too',
    'text',
  ],
  [
    'many-records',
    'every evening at 6 email each customer with an appointment tomorrow a reminder',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 18 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many-records',
    'Every Monday 10am find all customers tagged "due for service" and send each one the reminder email',
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 ? * MON *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many-records',
    '1st of the month 8am, find every overdue invoice and send a reminder on each',
    ['cron(0 8 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Each friday at 3 find all customers whose status is new and add a note "follow up" to each',
    ['cron(0 15 ? * FRI *)', 'crm.findLeads; forEach[crm.addNote]'],
    [['cron(0 15 ? * FRI *)', 'crm.exportLeads; forEach[crm.addNote]']],
  ],
  [
    'many-records',
    'daily at 7:30 send every customer who has an appointment today a "see you soon" email',
    ['cron(30 7 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(30 7 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many-records',
    "Manual: cancel all of tomorrow's appointments (we're closed for the ice storm) and email each customer",
    ['manual', 'calendar.find; forEach[calendar.cancel; email.send]'],
  ],
  [
    'many-records',
    'every Wednesday at 9am email all the fleet customers (tag: fleet) our weekly bay availability',
    ['cron(0 9 ? * WED *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 ? * WED *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  ['short', 'overdue invoice → reminder', ['invoice.overdue', 'invoice.sendReminder']],
  ['short', 'new customer = welcome email', ['lead.created', 'email.send']],
  [
    'short',
    'appt cancelled? slack me',
    ['booking.cancelled', 'notify.team'],
    [['booking.cancelled', 'notify.slack']],
  ],
  ['short', 'paid invoice -> thank you email', ['invoice.paid', 'email.send']],
  ['short', 'quote form → crm', ['form.submitted', 'crm.createLead']],
  [
    'short',
    'daily 8am report to slack',
    ['cron(0 8 * * ? *)', 'report.summarize; notify.slack'],
    [['cron(0 8 ? * * *)', 'report.summarize; notify.slack']],
  ],
  [
    'booking',
    'when we get a new customer, book a 30 min call to go over their vehicle',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'booking',
    'Customer emails asking for an appointment -> put them on the calendar',
    ['email.received', 'calendar.schedule'],
    [
      ['email.received', 'if(trigger.text contains "appointment")[calendar.schedule]'],
      ['email.received', 'calendar.schedule'],
      ['email.received', 'if(trigger.subject contains "appointment")[calendar.schedule]'],
      ['email.received', 'calendar.schedule'],
      [
        'email.received',
        'if((trigger.subject contains "appointment" or trigger.text contains "appointment"))[calendar.schedule]',
      ],
      ['email.received', 'calendar.schedule'],
      [
        'email.received',
        'if((trigger.text contains "appointment" or trigger.subject contains "appointment"))[calendar.schedule]',
      ],
    ],
  ],
  [
    'booking',
    'if an appointment gets cancelled, book a follow-up call to reschedule and email the customer',
    ['booking.cancelled', 'calendar.schedule; email.send'],
  ],
  [
    'booking',
    'When the fleet inquiry form is submitted, schedule a fleet walkaround on the calendar',
    ['form.submitted', 'calendar.schedule'],
  ],
  [
    'knowledge',
    'When a customer emails a question, look it up in our knowledge base (warranty policy, hours, pricing) and reply',
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
    'If an email asks about our warranty, have AI answer it using the knowledge base',
    ['email.received', 'if(trigger.text contains "warranty")[knowledge.search; email.send]'],
    [
      ['email.received', 'if(trigger.text contains "warranty")[knowledge.search; email.draft; email.send]'],
      ['email.received', 'if(trigger.subject contains "warranty")[knowledge.search; email.send]'],
      [
        'email.received',
        'if(trigger.subject contains "warranty")[knowledge.search; email.draft; email.send]',
      ],
      [
        'email.received',
        'if((trigger.subject contains "warranty" or trigger.text contains "warranty"))[knowledge.search; email.send]',
      ],
      [
        'email.received',
        'if((trigger.subject contains "warranty" or trigger.text contains "warranty"))[knowledge.search; email.draft; email.send]',
      ],
      [
        'email.received',
        'if((trigger.text contains "warranty" or trigger.subject contains "warranty"))[knowledge.search; email.send]',
      ],
      [
        'email.received',
        'if((trigger.text contains "warranty" or trigger.subject contains "warranty"))[knowledge.search; email.draft; email.send]',
      ],
    ],
  ],
  [
    'files',
    'every friday at 5 make a weekly summary and save it to a file in "reports"',
    ['cron(0 17 ? * FRI *)', 'report.summarize; files.create'],
  ],
  [
    'files',
    'when a file is uploaded to the inspections folder notify the service advisor',
    ['file.updated {"file.folder":["inspections"]}', 'notify.team'],
    [['file.updated', 'if(trigger.file.folder eq "inspections")[notify.team]']],
  ],
  [
    'files',
    "end of every month at 5pm write the month's report into a file",
    ['cron(0 17 L * ? *)', 'report.summarize; files.create'],
  ],
  [
    'approval',
    "when an invoice is created over $1,000 I want to approve it before it's emailed to the customer",
    ['invoice.created', 'if(trigger.invoice.totalCents gt 100000)[approval; email.send]'],
    [['invoice.created {"invoice.totalCents":[{"numeric":[">",100000]}]}', 'approval; email.send']],
  ],
  [
    'approval',
    'new customer: draft a welcome email with AI, let me approve it, then send',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'Overdue invoices: ask me before any reminder goes out',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'report',
    'weekly report every monday 7am emailed to me',
    ['cron(0 7 ? * MON *)', 'report.summarize; notify.team'],
    [['cron(0 7 ? * MON *)', 'report.summarize; email.send']],
  ],
  [
    'report',
    'daily summary at 5:30pm in slack',
    ['cron(30 17 * * ? *)', 'report.summarize; notify.slack'],
    [['cron(30 17 ? * * *)', 'report.summarize; notify.slack']],
  ],
  [
    'report',
    "first of each month at 8 post last month's summary to #owners",
    ['cron(0 8 1 * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Every Sunday at 9pm eastern summarize the week and send it to me',
    ['cron(0 21 ? * SUN *) America/New_York', 'report.summarize; notify.team'],
    [['cron(0 21 ? * SUN *) America/New_York', 'report.summarize; email.send']],
  ],
  [
    'long',
    'ok so heres what we do now by hand. Customer books online (we use the booking link on the website), then Jess sends them a confirmation email with the drop off instructions and our after hours key drop info. 2 days after the appointment she emails them asking how everything is running. Can you automate that whole thing?',
    ['booking.created', 'email.send; wait(until); wait(P2D); email.send'],
    [['booking.created', 'email.send; wait(until+P2D); email.send']],
  ],
  [
    'long',
    "We're a 6 bay independent shop in Tulsa. When a new customer is created in the system we want them to get our welcome email right away. Then 3 days later a second email about our lifetime warranty on brakes, and a week after that a coupon for a free tire rotation. If they reply at any point just stop.",
    [
      'lead.created',
      'email.send; waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P7D,timeout:[email.send])])',
    ],
  ],
  [
    'long',
    'Context: we\'re the service dept at a Ford dealer, lots of our customers come in through the recall campaigns. When a customer emails us and the subject mentions "recall", we want to add a note to their record, tag them "recall" and alert the recall coordinator (Tanya). Everything else can be ignored.',
    ['email.received', 'if(trigger.subject contains "recall")[crm.addNote; crm.updateLead; notify.team]'],
  ],
  [
    'long',
    "Here's the deal. invoices over $1500 need a deposit conversation. So whenever an invoice is created and the total is over 1500, I want Mike (service manager) notified and a note added to the customer. smaller ones, nothing.",
    ['invoice.created', 'if(trigger.invoice.totalCents gt 150000)[notify.team; crm.addNote]'],
    [['invoice.created {"invoice.totalCents":[{"numeric":[">",150000]}]}', 'notify.team; crm.addNote']],
  ],
  [
    'long',
    'We do a lot of fleet work for local plumbing & HVAC companies. Every Monday at 7am I want a list of all fleet accounts (tagged fleet) emailed to me so I can plan the week. And then on Friday at 4 a summary of the week posted to slack.',
    null,
  ],
  [
    'long',
    'When a quote request comes in from the website form: 1) add them to the crm 2) email them "got it, we\'ll call you within the hour" 3) tell the front desk on slack. if they haven\'t booked an appointment in 2 days, email them again with the 10% off.',
    [
      'form.submitted',
      'crm.createLead; email.send; notify.team; waitFor(booking.created,P2D,timeout:[email.send])',
    ],
    [
      [
        'form.submitted',
        'crm.createLead; email.send; notify.slack; waitFor(booking.created,P2D,timeout:[email.send])',
      ],
    ],
  ],
  [
    'long',
    "right now when an invoice goes past due Karen calls them. I'd rather the system send a reminder email first, wait a week, and if it's still not paid let Karen know so she can call.",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'long',
    'Our dealership service drive gets slammed on Saturdays. Every Friday at 2pm central I want to find everyone who has an appointment tomorrow and email each of them a reminder with the "arrive 10 min early, bring your key fob + wheel lock key" stuff.',
    ['cron(0 14 ? * FRI *) America/Chicago', 'calendar.find; forEach[email.send]'],
  ],
  [
    'long',
    'So we had a guy complain nobody followed up after his transmission job. New rule: 3 days after any invoice over $2000 gets paid, email the customer to check in, and add a note to their record that we checked in.',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 200000)[wait(P3D); email.send; crm.addNote]'],
    [
      [
        'invoice.paid {"invoice.totalCents":[{"numeric":[">",200000]}]}',
        'wait(P3D); email.send; crm.addNote',
      ],
    ],
  ],
  [
    'long',
    'every time a new customer gets added we want: welcome email, a note "added via automation", and if their source is "google ads" also ping Chris in marketing so he can track it.',
    ['lead.created', 'email.send; crm.addNote; if(trigger.lead.source eq "google ads")[notify.team]'],
  ],
  [
    'long',
    "Here's our after-hours drop off situation: people leave the keys in the drop box and fill out the envelope form online. When that form comes in, create the customer, add a note with what they wrote, and email them that we got their vehicle and will call by 10am.",
    ['form.submitted', 'crm.createLead; crm.addNote; email.send'],
  ],
  ['refusal', 'text the customer when their car is ready', 'text'],
  ['refusal', 'call customers the day before their appointment to confirm', null],
  ['refusal', 'order the parts from Worldpac automatically when the customer approves the estimate', null],
  ['refusal', 'automate my shop', null],
  ['refusal', "when a check engine code comes in from the customer's car, book them in", null],
  ['refusal', 'print the repair order when the appointment is booked', null],
  ['refusal', "mail a postcard to customers who haven't been in for 6 months", null],
  ['refusal', 'make the follow up emails better', null],
  ['refusal', "charge the customer's card on file when the job is done", null],
  ['refusal', 'whatsapp the customer a photo of the worn brake pads', 'whatsapp'],
  [
    'refusal',
    "if it's going to rain tomorrow, email everyone with an appointment that we have covered drop off",
    null,
  ],
  ['refusal', 'post our weekly specials on facebook every monday', null],
  ['refusal', 'sync all our customers with QuickBooks', null],
  ['refusal', 'set up reminders', null],
];
