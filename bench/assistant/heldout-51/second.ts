import type { HeldOutCase } from '../heldout';

/** Set 51, rows 66–130 in the order written. */
export const SECOND_51: readonly HeldOutCase[] = [
  [
    'many',
    "every 2 days, leads that are still 'new' and haven't replied in a week → tag them cold",
    ['rate(2 days)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'daily midday Perth time: look at the overdue invoices and for each one over $300 ping Bree',
    [
      'cron(0 12 * * ? *) Australia/Perth',
      'invoice.find; forEach[if(item.totalCents gt 30000)[notify.team]]',
    ],
  ],
  [
    'many',
    'Thursdays at 6pm Vancouver time email each client with a booking in the next 7 days the link to fill out the consent form online',
    ['cron(0 18 ? * THU *) America/Vancouver', 'calendar.find; forEach[email.send]'],
  ],
  [
    'list',
    "new lead → add a note 'enquiry received', tag them new-enquiry, email them the booking form, post in #enquiries",
    ['lead.created', 'crm.addNote; crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When a deposit is paid: mark them as a customer, send the confirmation email, then book the session in the calendar, then tell Marco',
    ['invoice.paid', 'crm.updateLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'booking cancelled -> note on their file, email them the rebooking link, and slack #front-desk so someone can fill the gap',
    ['booking.cancelled', 'crm.addNote; email.send; notify.slack'],
  ],
  [
    'list',
    "When a consent form's submitted save it as a file in the consent folder, add the client as a lead and email them a copy",
    ['form.submitted', 'files.create; crm.createLead; email.send'],
  ],
  [
    'list',
    'every friday 5pm: summarise the week, save it to a file, email it to owner@electricrosetattoo.com and post it in #team',
    ['cron(0 17 ? * FRI *)', 'report.summarize; files.create; email.send; notify.slack'],
  ],
  [
    'list',
    'when we get an email from someone: create them as a lead, draft a reply with AI and send the draft to me (jonno@saltwaterink.com.au) to check',
    ['email.received', 'crm.createLead; email.draft; email.send'],
  ],
  [
    'list',
    "Invoice overdue? send the reminder, add a note 'reminder 1 sent', set their status to contacted and tell Rhys",
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'new booking → confirmation email → note on the lead → ping Hana on slack',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
    [['booking.created', 'email.send; crm.addNote; notify.slack']],
  ],
  [
    'list',
    'form submitted, create the lead, schedule a 20 min consult, then email them the time',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    "When a lead goes to lost: tag them lost-2025, add a note on why, and email them a 'door's always open' message",
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.updateLead; crm.addNote; email.send'],
  ],
  [
    'list',
    "every night 10pm melbourne: grab tomorrow's bookings, write them to tomorrow.txt, email that to frontdesk@blackwattletattoo.com.au, then post 'list ready' in #studio",
    ['cron(0 22 * * ? *) Australia/Melbourne', 'calendar.find; files.create; email.send; notify.slack'],
  ],
  [
    'record',
    "When someone fills out the enquiry form on our site, add them to the CRM as a new lead, source 'website'",
    ['form.submitted', 'crm.createLead'],
  ],
  ['record', 'whenever a booking is made tag the client as booked', ['booking.created', 'crm.updateLead']],
  [
    'record',
    "After an invoice gets paid, add a note to the client's record with the amount and the date it came in",
    ['invoice.paid', 'crm.addNote'],
  ],
  [
    'record',
    'anyone who emails the studio should end up as a lead in the crm',
    ['email.received', 'crm.createLead'],
  ],
  [
    'record',
    "booking cancelled - set the client's status back to contacted and add a note 'cancelled' + the reason",
    ['booking.cancelled', 'crm.updateLead; crm.addNote'],
  ],
  [
    'record',
    "Once a session's booked, raise a $150 AUD deposit invoice for the client, due in 3 days",
    ['booking.created', 'invoice.create'],
  ],
  [
    'record',
    "If a lead gets marked qualified, set their value to 800 (that's our avg half sleeve)",
    ['lead.updated {"changes.status.to":["qualified"]}', 'crm.updateLead'],
  ],
  [
    'record',
    "paid invoice = they're a customer now. update their status pls",
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'report',
    'weekly report every monday 9am in #owners',
    ['cron(0 9 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'End of each day (6pm Brisbane) email mick@inkdemons.com.au a wrap-up of the day: bookings, payments, new leads',
    ['cron(0 18 * * ? *) Australia/Brisbane', 'report.summarize; email.send'],
  ],
  [
    'report',
    'monthly summary on the 1st at 8am covering last month, emailed to accounts@studio13tattoo.co.uk',
    ['cron(0 8 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'Every Friday arvo at 4 post a summary of the week in #studio-chat',
    ['cron(0 16 ? * FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'sunday 9pm auckland time send Kiri a weekly recap on slack',
    ['cron(0 21 ? * SUN *) Pacific/Auckland', 'report.summarize; notify.team'],
    [['cron(0 21 ? * SUN *) Pacific/Auckland', 'report.summarize; notify.slack']],
  ],
  [
    'report',
    'Last working day of the month at 5pm, send the owner (dana@redlotusbodyart.com) a summary of how the month went',
    ['cron(0 17 LW * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'every morning 8am UK time, summary of the last 24 hrs into #front-desk',
    ['cron(0 8 * * ? *) Europe/London', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "Mondays 7am NYC: report on last week's activity and save it as a file in the reports folder",
    ['cron(0 7 ? * MON *) America/New_York', 'report.summarize; files.create'],
  ],
  [
    'approval',
    'when a new enquiry comes in get AI to draft a reply but I want to approve it before it goes out',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    "every monday at 10 send the flash day promo to all leads tagged 'flash' — but I sign off on it first",
    ['cron(0 10 ? * MON *)', 'approval; crm.findLeads; forEach[email.send]'],
    [['cron(0 10 ? * MON *)', 'crm.findLeads; approval; forEach[email.send]']],
  ],
  [
    'approval',
    'if an invoice goes overdue check with Priya before the reminder gets sent',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'Guest artist application form comes in → Jonno has to OK it → then email them the guest spot info pack',
    ['form.submitted', 'approval; email.send'],
  ],
  [
    'approval',
    'When a client books, create the deposit invoice (£50, GBP) but the manager has to approve it first. If she says no, tell #front-desk',
    ['booking.created', 'approval(rejected:[notify.slack]); invoice.create'],
  ],
  [
    'approval',
    "when a lead's marked lost, i want to approve the 'sorry to see you go' email before it's sent",
    ['lead.updated {"changes.status.to":["lost"]}', 'approval; email.send'],
    [['lead.updated {"lead.status":["lost"]}', 'approval; email.send']],
  ],
  [
    'approval',
    'On the 28th of every month at 9am, find unpaid invoices and send reminders, but run it past Tash first',
    ['cron(0 9 28 * ? *)', 'approval; invoice.find; forEach[invoice.sendReminder]'],
    [['cron(0 9 28 * ? *)', 'invoice.find; approval; forEach[invoice.sendReminder]']],
  ],
  [
    'knowledge',
    'answer incoming emails using our aftercare FAQ',
    ['email.received', 'knowledge.search; email.send'],
    [
      ['email.received', 'email.draft; email.send'],
      ['email.received', 'knowledge.search; email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'new enquiry → look up our pricing + minimums in the knowledge base and send them the answer',
    ['lead.created', 'knowledge.search; email.send'],
    [
      ['lead.created', 'email.draft; email.send'],
      ['lead.created', 'knowledge.search; email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'When the website contact form comes in, search the kb for an answer to their question and post it in #front-desk so staff can reply',
    ['form.submitted', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'reply to anything sent to piercing@holepunchstudio.co.nz with info from the piercing FAQ',
    ['email.received {"to":["piercing@holepunchstudio.co.nz"]}', 'knowledge.search; email.send'],
    [
      ['email.received {"to":["piercing@holepunchstudio.co.nz"]}', 'email.draft; email.send'],
      [
        'email.received {"to":["piercing@holepunchstudio.co.nz"]}',
        'knowledge.search; email.draft; email.send',
      ],
    ],
  ],
  [
    'knowledge',
    "When an email comes in, check our policies (deposits, cancellations, touch ups) in the knowledge base, draft a reply — DON'T send it, just drop the draft in #inbox",
    ['email.received', 'knowledge.search; email.draft; notify.slack'],
    [['email.received', 'email.draft; notify.slack']],
  ],
  [
    'knowledge',
    'when someone books, pull the prep info for that kind of appointment from our knowledge base and email it to them',
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'webhook',
    'Typeform enquiry comes through -> add a lead + ping #enquiries',
    ['webhook:typeform', 'crm.createLead; notify.slack'],
  ],
  [
    'webhook',
    'When Stripe sends us a payment webhook, post it to #payments',
    ['webhook:stripe', 'notify.slack'],
  ],
  [
    'webhook',
    'calendly booking webhook → email the client our prep guide',
    ['webhook:calendly', 'email.send'],
  ],
  [
    'webhook',
    'Shopify order comes in from our aftercare shop (balm, saline spray) → email shipping@inkwellaftercare.com the order details',
    ['webhook:shopify', 'email.send'],
  ],
  [
    'webhook',
    "We've got Square Appointments sending a webhook whenever someone books — log it and let Lou know",
    ['webhook:square', 'log; notify.team'],
    [['webhook:square-appointments', 'log; notify.team']],
  ],
  [
    'webhook',
    'zapier webhook from our booking widget: create a lead and send them the welcome email',
    ['webhook:zapier', 'crm.createLead; email.send'],
  ],
  ['refuse', 'text clients a reminder the day before their appointment', null],
  ['refuse', 'Can you post our new flash sheet to Instagram every Friday morning?', null],
  ['refuse', 'when someone no-shows, ring them and ask if they want to rebook', null],
  ['refuse', 'print the consent form whenever a client checks in at the desk', null],
  ['refuse', "what's the best numbing cream to recommend for rib pieces?", null],
  ['refuse', "delete every client who hasn't been in for 2 years", null],
  ['refuse', 'make our booking process better', null],
  ['refuse', 'send a whatsapp to the artist when their client arrives', null],
  ['refuse', 'email Jade right now and tell her she is late for her 2pm', null],
  ['refuse', 'Every day at 9am send out the appointment reminder emails, but never send any emails.', null],
  ['refuse', 'cheers mate, that last one works a treat', null],
  ['refuse', 'turn the OPEN sign on when the first booking of the day starts', null],
  ['refuse', 'Whenever someone books an appointment, cancel it straight away.', null],
  ['refuse', "if a client no-shows, charge the $50 no-show fee to the card they've got on file", null],
  ['refuse', 'DM people on insta when they comment asking for prices', null],
  ['refuse', 'can you set up that thing we talked about last week', null],
];
