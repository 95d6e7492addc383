import type { HeldOutCase } from '../heldout';

/** Set 45, rows 66–130 in the order written. */
export const SECOND_45: readonly HeldOutCase[] = [
  [
    'many',
    'Wednesdays 10:00 -> all qualified leads worth over 1000: book a follow-up call with each',
    ['cron(0 10 ? * WED *)', 'crm.findLeads; forEach[calendar.schedule]'],
  ],
  [
    'many',
    'every morning at 7 find the leads that came in yesterday and send each of them our welcome pack email',
    ['cron(0 7 * * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'list',
    "Hiya, so when someone enrols (i.e. their invoice is paid) can it do the following: 1) send the welcome email 2) tag them 'enrolled' 3) post in #new-students so the teachers know 4) book their induction session. Thanks, Siobhan",
    ['invoice.paid', 'email.send; crm.updateLead; notify.slack; calendar.schedule'],
  ],
  [
    'list',
    "new lead → add a note 'from website', email them the brochure, notify Kate",
    ['lead.created', 'crm.addNote; email.send; notify.team'],
  ],
  [
    'list',
    'When a trial lesson gets booked email the student a confirmation, email the teachers (teachers@idiomasnorte.es) and put it in slack',
    ['booking.created', 'email.send; email.send; notify.slack'],
  ],
  [
    'list',
    'form submitted -> add them to the CRM as a lead, send them the placement test link, and tell Ana',
    ['form.submitted', 'crm.createLead; email.send; notify.team'],
  ],
  [
    'list',
    'student cancels a lesson: email them a link to rebook, set their status back to contacted, and message Paul on slack',
    ['booking.cancelled', 'email.send; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'Overdue invoice => send the reminder, add a note to the lead, and let accounts know in slack',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'when a lead replies to us: mark them as contacted, save the email as a note, and tell Ben',
    ['email.received', 'crm.updateLead; crm.addNote; notify.team'],
  ],
  [
    'list',
    'a manual one for admissions: enter student email, course and price, then create the invoice, email them the payment instructions and log it',
    ['manual', 'invoice.create; email.send; log'],
  ],
  [
    'list',
    'new corporate lead (tag: corporate): AI drafts a tailored proposal email, send it, and book a discovery call within the next 3 days',
    ['lead.created {"lead.tags":["corporate"]}', 'email.draft; email.send; calendar.schedule'],
  ],
  [
    'list',
    'booking made → add a note on the lead, create an invoice for the lesson (35 euros) and email the student',
    ['booking.created', 'crm.addNote; invoice.create; email.send'],
  ],
  [
    'list',
    'after an invoice is paid mark the lead as a customer, then send a thank-you and tell the team on slack',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'record',
    "when someone fills out our website enquiry form add them as a new lead with source 'website'",
    ['form.submitted', 'crm.createLead'],
  ],
  ['record', 'trial booked = lead becomes qualified', ['booking.created', 'crm.updateLead']],
  ['record', 'each time a student pays change their status to customer', ['invoice.paid', 'crm.updateLead']],
  [
    'record',
    "if a booking is cancelled tag the lead 'cancelled-trial'",
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'record',
    'whenever an email arrives at info@oxbridgeenglish.co.uk add the sender as a lead',
    ['email.received {"to":["info@oxbridgeenglish.co.uk"]}', 'crm.createLead'],
  ],
  [
    'record',
    'when a placement test is booked, create the invoice for the test fee (£45)',
    ['booking.created', 'invoice.create'],
  ],
  [
    'record',
    'new leads coming from the agents portal (source agents-portal) - set their value to 1500',
    ['lead.created {"lead.source":["agents-portal"]}', 'crm.updateLead'],
    [['lead.created', 'if(trigger.lead.source eq "agents-portal")[crm.updateLead]']],
  ],
  [
    'record',
    "when a placement form is submitted save the answers as a file in the 'placement-tests' folder",
    ['form.submitted', 'files.create'],
  ],
  [
    'record',
    'give me a quick way to add walk-in students: name, email, course. it should create the lead and add a note with the course',
    ['manual', 'crm.createLead; crm.addNote'],
  ],
  [
    'report',
    'Every Monday 8am UK time post a summary of last week (enquiries, bookings etc) in slack',
    ['cron(0 8 ? * MON *) Europe/London', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "daily at 6pm: summary of today's activity emailed to director@lexiscentre.co.uk",
    ['cron(0 18 * * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'every friday at 5pm send the team a list of all the unpaid invoices',
    ['cron(0 17 ? * FRI *)', 'invoice.find; notify.team'],
  ],
  [
    'report',
    "each weekday 7:30am eastern - post today's lessons/bookings in slack",
    ['cron(30 7 ? * MON-FRI *) America/New_York', 'calendar.find; notify.slack'],
  ],
  [
    'report',
    'on the 1st of the month at 9am Berlin time email the monthly report for last month to chef@sprachwerk-berlin.de',
    ['cron(0 9 1 * ? *) Europe/Berlin', 'report.summarize; email.send'],
  ],
  [
    'report',
    'Each Friday at 4pm email Maeve the leads that came in this week',
    ['cron(0 16 ? * FRI *)', 'crm.findLeads; notify.team'],
  ],
  [
    'report',
    "every night at 11pm save a summary of the day's activity as a file in the reports folder",
    ['cron(0 23 * * ? *)', 'report.summarize; files.create'],
  ],
  [
    'report',
    'sunday evenings 8pm - summary of the last 7 days to slack #management',
    ['cron(0 20 ? * SUN *)', 'report.summarize; notify.slack'],
  ],
  [
    'approval',
    'when a corporate lead comes in (tagged corporate) get AI to draft a proposal email but Sarah has to approve it before it goes out',
    ['lead.created {"lead.tags":["corporate"]}', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'when a form comes in I (director@celtaworks.co.uk) need to approve before the invoice gets created, then create it',
    ['form.submitted', 'approval; invoice.create'],
  ],
  [
    'approval',
    "before we send reminders for overdue invoices get Rosa's ok. if she says no just add a note to the lead",
    ['invoice.overdue', 'approval(rejected:[crm.addNote]); invoice.sendReminder'],
  ],
  [
    'approval',
    'every month on the 25th at 10am ask Javier to approve, then email all leads tagged newsletter the monthly update',
    ['cron(0 10 25 * ? *)', 'approval; crm.findLeads; forEach[email.send]'],
    [['cron(0 10 25 * ? *)', 'crm.findLeads; approval; forEach[email.send]']],
  ],
  [
    'approval',
    'new lead worth more than 10k → Michael has to approve before we book a call with them',
    ['lead.created {"lead.value":[{"numeric":[">",10000]}]}', 'approval; calendar.schedule'],
    [['lead.created', 'if(trigger.lead.value gt 10000)[approval; calendar.schedule]']],
  ],
  [
    'approval',
    "Quick one from the office: when a student emails refunds@ukcentre-english.com, Lena in accounts needs to approve it first. If she rejects it, email the student a polite decline (we'll tweak the wording later), and if she approves, tell finance to process it. We get maybe 5 a month so nothing fancy needed",
    [
      'email.received {"to":["refunds@ukcentre-english.com"]}',
      'approval(rejected:[email.send]); notify.team',
    ],
  ],
  [
    'approval',
    'when i run it manually ask the director to approve the new term price list then post it in slack',
    ['manual', 'approval; notify.slack'],
  ],
  [
    'knowledge',
    'when a student emails a question search our knowledge base for the answer and email it back to them',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'enquiry form comes in → look up the course they asked about in our FAQ and send them what we have',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "new lead tagged visa - search the kb for 'student visa requirements' and email them the results",
    ['lead.created {"lead.tags":["visa"]}', 'knowledge.search; email.send'],
    [['lead.created', 'if(trigger.lead.tags contains "visa")[knowledge.search; email.send]']],
  ],
  [
    'knowledge',
    "every monday at 9 search the knowledge base for 'term dates' and post what it finds to #reception",
    ['cron(0 9 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'I want to run it by hand with a question: search the knowledge base for it and post the results in slack',
    ['manual', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'When a lead replies, search the knowledge base, have the AI write an answer from it and send it to them',
    ['email.received', 'knowledge.search; email.draft; email.send'],
  ],
  [
    'webhook',
    'when typeform sends us a new application post it in #admissions',
    ['webhook:typeform', 'notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'notify.slack']],
  ],
  [
    'webhook',
    'our moodle calls a webhook (source moodle) when a learner finishes a course -> email them the certificate info',
    ['webhook:moodle', 'email.send'],
  ],
  [
    'webhook',
    'Stripe webhook for a failed payment (invoice.payment_failed) → tell Diego',
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'notify.team'],
  ],
  [
    'webhook',
    'when calendly sends us a webhook post the details in #trials',
    ['webhook:calendly', 'notify.slack'],
  ],
  [
    'webhook',
    'Tally webhook for the host family applications -> create a lead tagged host-family',
    ['webhook:tally', 'crm.createLead'],
    [['form.submitted {"source":["tally"]}', 'crm.createLead']],
  ],
  [
    'webhook',
    "our partner agency's system posts student referrals to a webhook (source agentlink). create a lead for each one and email Karin",
    ['webhook:agentlink', 'crm.createLead; notify.team'],
  ],
  ['refuse', 'how many students enrolled for the July intensive?', null],
  [
    'refuse',
    'send an SMS to the parents of the junior summer camp kids when the coach is running late',
    null,
  ],
  ['refuse', 'can you translate our course catalogue into German for the website', null],
  ['refuse', 'WhatsApp new leads within 5 mins of them enquiring', null],
  ['refuse', "email Klaus right now that tomorrow's B1 class is cancelled", null],
  ['refuse', 'do the usual for the new students pls', null],
  ['refuse', 'every Monday at 9am but only on Fridays send the attendance reminder', null],
  ['refuse', 'print the certificates for the B2 group and post them to their home addresses', null],
  ['refuse', "what's the difference between a lead and a contact in here?", null],
  ['refuse', "automatically charge the student's card on file when their course invoice is due", null],
  ['refuse', 'phone the student if they miss two classes in a row', null],
  ['refuse', "when a student's attendance drops below 80% email them a warning", null],
  ['refuse', 'When a teacher calls in sick find a cover teacher and rearrange the timetable', null],
  ['refuse', 'delete all leads older than 2 years (GDPR)', null],
  ['refuse', 'send the welcome email to new leads but dont send new leads any emails', null],
  ['refuse', 'can u check if the Goethe B2 exam results are out yet', null],
];
