import type { HeldOutCase } from '../heldout';

/** Set 40, rows 66–130 in the order written. */
export const SECOND_40: readonly HeldOutCase[] = [
  [
    'many',
    'each day at 10 find qualified leads worth over $25k and ping Jake about each one',
    ['cron(0 10 * * ? *)', 'crm.findLeads; forEach[notify.team]'],
  ],
  [
    'many',
    'every sunday 8pm perth time find the next 7 days of site visits and email each attendee the site safety reminder (PPE, boots, hi-vis)',
    ['cron(0 20 ? * SUN *) Australia/Perth', 'calendar.find; forEach[email.send]'],
  ],
  [
    'list',
    "new lead: email them our brochure, add a note 'brochure sent', then tag them 'brochure'",
    ['lead.created', 'email.send; crm.addNote; crm.updateLead'],
  ],
  [
    'list',
    'invoice paid - mark the client as a customer, thank them by email and post in #wins',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'Enquiry form comes in → create the lead, book an initial consultation with them and email them the time',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    'when i run it with the client email + amount: create the stage payment invoice, email the client that its on the way, and write it to the run log',
    ['manual', 'invoice.create; email.send; log'],
  ],
  [
    'list',
    'When a site visit is cancelled: put a note on the lead, let Orla know and try rebook it sometime in the next week',
    ['booking.cancelled', 'crm.addNote; notify.team; calendar.schedule'],
  ],
  [
    'list',
    'New lead from the website - draft a personalised reply from their enquiry, send it, then tell Ben',
    ['lead.created', 'email.draft; email.send; notify.team'],
    [['lead.created {"lead.source":["website"]}', 'email.draft; email.send; notify.team']],
  ],
  [
    'list',
    "new file in the 'surveys' folder -> tell Conor and also post it in #surveys",
    ['file.updated {"file.folder":["surveys"]}', 'notify.team; notify.slack'],
  ],
  [
    'list',
    'manual one: summarise last week, save it as a file in Reports and email it to directors@lindqvistpartners.com.au',
    ['manual', 'report.summarize; files.create; email.send'],
  ],
  [
    'list',
    'When a lead becomes qualified book a site visit, send them the confirmation, add a note and tell Harriet',
    ['lead.updated {"lead.status":["qualified"]}', 'calendar.schedule; email.send; crm.addNote; notify.team'],
    [
      [
        'lead.updated {"changes.status.to":["qualified"]}',
        'calendar.schedule; email.send; crm.addNote; notify.team',
      ],
    ],
  ],
  [
    'list',
    'invoice created: post it on slack, then email the client a friendly heads up, then log it',
    ['invoice.created', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    "when a new lead comes in create an intake file for them in the 'intake' folder and email team@foleyqs.ie",
    ['lead.created', 'files.create; email.send'],
  ],
  [
    'record',
    "when someone fills in the contact form add them to the CRM as a new lead, source 'website'",
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    'when a client replies to us change their status to contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'record',
    "after a site visit gets booked tag the lead 'site-visit-booked'",
    ['booking.created', 'crm.updateLead'],
  ],
  ['record', 'when an invoice is paid mark the lead as a customer', ['invoice.paid', 'crm.updateLead']],
  [
    'record',
    'When a stage invoice is created add a note to the client record with the invoice no. and amount',
    ['invoice.created', 'crm.addNote'],
  ],
  [
    'record',
    "lead marked lost -> set the value to 0 and tag it 'lost-2025'",
    ['lead.updated {"lead.status":["lost"]}', 'crm.updateLead'],
    [['lead.updated {"changes.status.to":["lost"]}', 'crm.updateLead']],
  ],
  [
    'record',
    'whenever a booking is made, add a note on the lead with the date and time',
    ['booking.created', 'crm.addNote'],
  ],
  [
    'record',
    'Manual: raise an invoice to the client for Stage 3 (Developed Design), £4,500 + 20% VAT, due in 30 days. I will type the client email when I run it',
    ['manual', 'invoice.create'],
  ],
  [
    'record',
    "when a lead becomes a customer tag them 'active-project' and take off the 'prospect' tag",
    ['lead.updated {"lead.status":["customer"]}', 'crm.updateLead'],
    [['lead.updated {"changes.status.to":["customer"]}', 'crm.updateLead']],
  ],
  [
    'report',
    "every friday at 5pm post a summary of the week's activity in slack",
    ['cron(0 17 ? * FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Monday 8am UK time: email the list of all overdue invoices to accounts@penroseeng.co.uk',
    ['cron(0 8 ? * MON *) Europe/London', 'invoice.find; email.send'],
  ],
  [
    'report',
    "each morning at 8 post today's site visits in #site-team",
    ['cron(0 8 * * ? *)', 'calendar.find; notify.slack'],
  ],
  [
    'report',
    'first of the month at 9am, summary of last month emailed to directors@oconnellarchitects.ie',
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "daily 5.30pm dublin time post the day's summary to slack",
    ['cron(30 17 * * ? *) Europe/Dublin', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'every Friday 3pm send Tracy the list of new leads that came in this week',
    ['cron(0 15 ? * FRI *)', 'crm.findLeads; notify.team'],
  ],
  [
    'report',
    "weekdays 7:45am NY time email me (jen@ridgewaysurveying.com) tomorrow's site visits",
    ['cron(45 7 ? * MON-FRI *) America/New_York', 'calendar.find; email.send'],
  ],
  [
    'report',
    "last day of every month at 6pm summarise the month and save it as a file in the 'reports' folder",
    ['cron(0 18 L * ? *)', 'report.summarize; files.create'],
  ],
  [
    'approval',
    'when a new lead comes in draft a fee proposal email for them but let me approve it before it goes out',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'before any overdue reminder goes out to a client Deirdre has to sign it off',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'manual: raise the stage invoice (client email + amount when I run it) but a director has to approve first. if they reject, tell the PM',
    ['manual', 'approval(rejected:[notify.team]); invoice.create'],
  ],
  [
    'approval',
    'new enquiry via the form -> Kevin approves -> then create the lead and send the welcome email',
    ['form.submitted', 'approval; crm.createLead; email.send'],
  ],
  [
    'approval',
    'every monday 9am send chasers for all the unpaid invoices but only once Sarah approves the batch',
    ['cron(0 9 ? * MON *)', 'invoice.find; approval; forEach[invoice.sendReminder]'],
    [['cron(0 9 ? * MON *)', 'approval; invoice.find; forEach[invoice.sendReminder]']],
  ],
  [
    'approval',
    "when a lead's marked lost, ask the director to ok the 'sorry to lose you' email first. if she says no just add a note",
    ['lead.updated {"lead.status":["lost"]}', 'approval(rejected:[crm.addNote]); email.send'],
    [['lead.updated {"changes.status.to":["lost"]}', 'approval(rejected:[crm.addNote]); email.send']],
  ],
  [
    'approval',
    'when an invoice over $20,000 is created get Robert to approve it, then email the client a heads up',
    ['invoice.created {"invoice.totalCents":[{"numeric":[">",2000000]}]}', 'approval; email.send'],
    [['invoice.created', 'if(trigger.invoice.totalCents gt 2000000)[approval; email.send]']],
  ],
  [
    'knowledge',
    'when a client emails a question, search our knowledge base for the answer and email them back with it',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'new enquiry form in (mostly people asking what we charge for a DA) -> look up our fee scale in the knowledge base and send it to them',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'when a lead emails in look their question up in the FAQ knowledge base and post the best match to #enquiries so whoever is on can reply',
    ['email.received', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'a workflow I can run with a topic + email address: it searches the knowledge base for the topic and emails the results to that address',
    ['manual', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'When a site visit is booked, find our site safety guidance in the knowledge base and send it to whoever is attending',
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "every monday at 9 search the knowledge base for 'CDM' and post it to slack as the tip of the week",
    ['cron(0 9 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'webhook',
    'when someone fills in our Typeform fee request, post it to slack',
    ['webhook:typeform', 'notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'notify.slack']],
  ],
  [
    'webhook',
    'PlanWatch posts to our webhook (source planwatch) whenever a planning decision is issued - when that comes in tell Eoin',
    ['webhook:planwatch', 'notify.team'],
  ],
  [
    'webhook',
    'stripe webhook - when a payment fails (invoice.payment_failed) tell accounts',
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'notify.team'],
  ],
  [
    'webhook',
    'Calendly: when someone cancels their consultation email them a link to rebook',
    ['webhook:calendly {"webhook.type":["invitee.canceled"]}', 'email.send'],
    [['booking.cancelled', 'email.send']],
  ],
  [
    'webhook',
    'our github repo for the BIM scripts has a webhook set up. on every push post in #bim-dev',
    ['webhook:github', 'notify.slack'],
  ],
  [
    'webhook',
    'Jotform site survey request comes in → create the lead and let the surveyors know',
    ['webhook:jotform', 'crm.createLead; notify.team'],
    [['form.submitted {"source":["jotform"]}', 'crm.createLead; notify.team']],
  ],
  ['refuse', 'how many planning applications did we get approved last year?', null],
  [
    'refuse',
    'can you draft a fee proposal for the Hendricks rear extension - 3 stages, approx £18k all in',
    null,
  ],
  ['refuse', 'text the client on their mobile when their site visit is confirmed', null],
  [
    'refuse',
    'submit the planning application on the Planning Portal automatically once the drawings are signed off',
    null,
  ],
  ['refuse', 'print the issued drawings on the A1 plotter every friday', null],
  ['refuse', 'sort out our workflow for site stuff', null],
  ['refuse', 'whats the difference between RIBA stage 3 and stage 4?', null],
  ['refuse', 'when a revision is issued update the drawing register in Revit', null],
  ['refuse', 'ring the client when an invoice is 60 days overdue', null],
  ['refuse', 'convert all the DWGs in the survey folder to PDF', null],
  ['refuse', 'add Bram de Vries as a lead, bram@devriesbouw.nl', null],
  ['refuse', 'send a WhatsApp to the site foreman when the drawings are issued', null],
  ['refuse', 'delete all leads older than 2 years', null],
  ['refuse', "can you make it so things don't fall through the cracks with fee proposals?", null],
  ['refuse', 'remind Gerry about the VAT return every year on 30 February at 9am', null],
  [
    'refuse',
    'send the site report every day at 9am, but only at weekends, and never on saturday or sunday',
    null,
  ],
];
