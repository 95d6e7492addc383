import type { HeldOutCase } from '../heldout';

/** Set 42, rows 66–130 in the order written. */
export const SECOND_42: readonly HeldOutCase[] = [
  [
    'many',
    'first day of each quarter at 9am, email every client tagged insured to remind them to check their pet insurance renewal',
    ['cron(0 9 1 1,4,7,10 ? *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 1 1,4,7,10 ? *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'each monday 10am find all the unpaid invoices for Paws & Claws Rescue (accounts@pawsclaws.org.au) and send a reminder for each',
    ['cron(0 10 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'list',
    'new client form → add them to the crm, send the welcome email, book a 30 min new patient check, then let Sinead know',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    "invoice paid: mark the client as a customer, add a note 'paid in full', then thank them by email",
    ['invoice.paid', 'crm.updateLead; crm.addNote; email.send'],
  ],
  [
    'list',
    'booking cancelled -> note on client record, email the owner to rebook, post in #frontdesk',
    ['booking.cancelled', 'crm.addNote; email.send; notify.slack'],
  ],
  [
    'list',
    "emails to referrals@northshorevet.com.au: save as a file in the referrals folder, tell Dr Okafor, then reply to the sender that we've got it",
    ['email.received {"to":["referrals@northshorevet.com.au"]}', 'files.create; notify.team; email.send'],
  ],
  [
    'list',
    'new lead → have the AI write a personalised welcome email → send it',
    ['lead.created', 'email.draft; email.send'],
  ],
  [
    'list',
    'someone books an appointment: email them the pre visit checklist, add a note to their record, and slack the nurses',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    "I want a thing I can run with the client's email that raises a $25 nail clip invoice and then emails them to say it's been issued",
    ['manual', 'invoice.create; email.send'],
  ],
  [
    'list',
    'invoice overdue → send reminder, add note to client record, tell Karen',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'new client added: send welcome email, book a 15 min welcome call in the next 3 days, then post in #new-clients',
    ['lead.created', 'email.send; calendar.schedule; notify.slack'],
  ],
  [
    'list',
    "insurance claim form submitted (the form's called 'claim') → save the details to a file, email the client to confirm we got it, let Maria know",
    ['form.submitted {"form":["claim"]}', 'files.create; email.send; notify.team'],
  ],
  [
    'list',
    "when the online pharmacy form comes in: create the client if they're new, add a note with the meds they asked for, and tell Dr Kelly",
    ['form.submitted', 'crm.createLead; crm.addNote; notify.team'],
  ],
  [
    'record',
    "when the new client form comes in add them to the crm as a new client, put the pet's name and species in their custom fields",
    ['form.submitted', 'crm.createLead'],
  ],
  ['record', 'new client added → tag them needs-vacc-history', ['lead.created', 'crm.updateLead']],
  [
    'record',
    "when an invoice is paid update the client's status to customer",
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    "when someone books online make sure they're in the crm as a client (create them if not)",
    ['booking.created', 'crm.createLead'],
  ],
  [
    'record',
    "anyone who emails info@maplevet.ca that we don't have yet → create them as a lead",
    ['email.received {"to":["info@maplevet.ca"]}', 'crm.createLead'],
    [['email.received {"to":["info@maplevet.ca"]}', 'if(trigger.leadId exists false)[crm.createLead]']],
  ],
  [
    'record',
    'after an appointment is booked add a note to the client file with the date and time',
    ['booking.created', 'crm.addNote'],
  ],
  ['record', 'invoice goes overdue → tag the client overdue-account', ['invoice.overdue', 'crm.updateLead']],
  [
    'record',
    "when a client's status changes to lost, take the active-plan tag off them",
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.updateLead'],
  ],
  [
    'record',
    'something I can run where I put in the invoice id and it marks it as paid',
    ['manual', 'invoice.markPaid'],
  ],
  [
    'report',
    'every monday at 8am email me (sarah@kingsroadvets.co.uk) a summary of last week',
    ['cron(0 8 ? * MON *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "daily at 6pm post a summary of today's activity to slack",
    ['cron(0 18 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "weekday mornings 7:45 post today's appointment list in #frontdesk",
    ['cron(45 7 ? * MON-FRI *)', 'calendar.find; notify.slack'],
  ],
  [
    'report',
    'each friday at 5pm email partners@oakvale.vet the list of unpaid invoices',
    ['cron(0 17 ? * FRI *)', 'invoice.find; email.send'],
  ],
  [
    'report',
    'on the 1st of the month at 9 send Dave a summary of last month on slack',
    ['cron(0 9 1 * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'sunday 8pm sydney time, post the next 7 days of bookings to #surgery',
    ['cron(0 20 ? * SUN *) Australia/Sydney', 'calendar.find; notify.slack'],
  ],
  [
    'report',
    'friday 4pm - list of new clients who joined this week emailed to reception@cedarvet.com',
    ['cron(0 16 ? * FRI *)', 'crm.findLeads; email.send'],
  ],
  [
    'report',
    'last day of every month at 6pm summarise the month and save it as a file in the reports folder',
    ['cron(0 18 L * ? *)', 'report.summarize; files.create'],
  ],
  [
    'approval',
    'when an invoice goes overdue I want Aoife to OK it before the reminder goes out',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'new client form → Niamh approves → then add them to the crm and send the welcome email. if she says no, tell reception',
    ['form.submitted', 'approval(rejected:[notify.team]); crm.createLead; email.send'],
  ],
  [
    'approval',
    '1st of every month 10am email all clients tagged lapsed a come-back offer, but I want to approve it first',
    ['cron(0 10 1 * ? *)', 'approval; crm.findLeads; forEach[email.send]'],
    [['cron(0 10 1 * ? *)', 'crm.findLeads; approval; forEach[email.send]']],
  ],
  [
    'approval',
    "repeat prescription requests (form) need the vet on duty to approve before we email the owner that it's ready",
    ['form.submitted', 'approval; email.send'],
  ],
  [
    'approval',
    "invoices over £2000: James has to approve before it's emailed to the client, if he rejects tell Emma",
    [
      'invoice.created',
      'if(trigger.invoice.totalCents gt 200000)[approval(rejected:[notify.team]); email.send]',
    ],
    [
      [
        'invoice.created {"invoice.totalCents":[{"numeric":[">",200000]}]}',
        'approval(rejected:[notify.team]); email.send',
      ],
    ],
  ],
  [
    'approval',
    "every online booking needs Tash's approval before the confirmation email goes to the owner; if she rejects it cancel the booking",
    ['booking.created', 'approval(rejected:[calendar.cancel]); email.send'],
  ],
  [
    'approval',
    'a manual one: I enter client email + amount, it raises an invoice but only after Dr Haines approves',
    ['manual', 'approval; invoice.create'],
  ],
  [
    'knowledge',
    'when a client emails a question, search our FAQ knowledge base and email them back the top answers',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "'ask a nurse' form submitted → look the question up in the knowledge base and send what it finds to the nurses on slack (#nurses)",
    ['form.submitted', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'emails to info@ashgrovevets.com.au -> search the kb, get the AI to draft a reply using what it finds, then send the reply',
    ['email.received {"to":["info@ashgrovevets.com.au"]}', 'knowledge.search; email.draft; email.send'],
  ],
  [
    'knowledge',
    'every monday 9am search the knowledge base for controlled drugs and post the results in #compliance',
    ['cron(0 9 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    "new client → find our 'new client info' article in the knowledge base and email it to them",
    ['lead.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "when an appointment's booked pull the 'before your visit' page from our knowledge base and email it to the owner",
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'webhook',
    "stripe 'payment failed' webhooks → post in #accounts",
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'notify.slack'],
  ],
  [
    'webhook',
    'typeform new patient form → create the client + send welcome email',
    ['webhook:typeform', 'crm.createLead; email.send'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead; email.send']],
  ],
  [
    'webhook',
    "calendly bookings (webhook) → slack #frontdesk with the owner's name and the time",
    ['webhook:calendly', 'notify.slack'],
  ],
  [
    'webhook',
    "our PMS (ezyVet) will post a webhook when a patient's discharged — email the owner the discharge instructions from it",
    ['webhook:ezyvet', 'email.send'],
  ],
  [
    'webhook',
    "VetSource sends us a webhook when a repeat script order ships; email the client to say it's on the way",
    ['webhook:vetsource', 'email.send'],
  ],
  [
    'webhook',
    'jotform insurance claim submissions → save a copy as a file and tell Maria',
    ['webhook:jotform', 'files.create; notify.team'],
    [['form.submitted {"source":["jotform"]}', 'files.create; notify.team']],
  ],
  ['refuse', 'text the owner the day before their appointment', null],
  ['refuse', 'how many cats did we vaccinate last month?', null],
  ['refuse', "email mrs o'brien now and tell her bella's bloods are back and all normal", null],
  ['refuse', 'phone the client automatically when their lab results come in', null],
  ['refuse', "print the consent forms for tomorrow's surgeries", null],
  ['refuse', 'send owners a whatsapp when their pet is ready to be picked up', null],
  ['refuse', 'reorder Bravecto from the wholesaler when we get low on stock', null],
  ['refuse', "what's the right dose of metacam for a 4kg cat", null],
  ['refuse', 'remind clients about boosters every weekday but never send anything monday to friday', null],
  ['refuse', "delete all client records we haven't seen in 7 years (gdpr)", null],
  ['refuse', 'post a pet tip on our facebook page every friday', null],
  ['refuse', "thanks, that's perfect!", null],
  ['refuse', 'translate the discharge notes into spanish for the Garcia family', null],
  ['refuse', 'when a microchip is scanned at reception look up the owner on the national database', null],
  ['refuse', "refund the consult fee to Mr Brennan's card", null],
  ['refuse', 'do the usual booster thing for the new ones', null],
];
