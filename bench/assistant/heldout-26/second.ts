import type { HeldOutCase } from '../heldout';

/** Set 26, rows 66–130 in the order written. */
export const SECOND_26: readonly HeldOutCase[] = [
  [
    'many',
    'Mondays 7am eastern: for each unpaid invoice send the client a reminder and slack me the invoice number -- Jordan',
    ['cron(0 7 ? * MON *) America/New_York', 'invoice.find; forEach[invoice.sendReminder; notify.team]'],
  ],
  [
    'many',
    'run on demand: every lead tagged extension-filed gets an email that the Oct 15 deadline is coming up, then tag them oct-reminded',
    ['manual', 'crm.findLeads; forEach[email.send; crm.updateLead]'],
  ],
  [
    'list',
    'new lead → send welcome email → book a 30min intro call → let Greg know',
    ['lead.created', 'email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    "when an invoice is paid: change the client to customer, add a note 'paid inv <number>', then email them thanks",
    ['invoice.paid', 'crm.updateLead; crm.addNote; email.send'],
  ],
  [
    'list',
    'When someone books: send a confirmation email, add a note on their lead, and post it in #appointments',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'website form submitted > create the lead > email them our engagement letter > tell Kate',
    ['form.submitted', 'crm.createLead; email.send; notify.team'],
  ],
  [
    'list',
    'when a lead becomes a customer: email them the onboarding pack, book the kickoff meeting and post in #onboarding',
    ['lead.updated {"lead.status":["customer"]}', 'email.send; calendar.schedule; notify.slack'],
    [['lead.updated {"changes.status.to":["customer"]}', 'email.send; calendar.schedule; notify.slack']],
  ],
  [
    'list',
    "when a lead goes to qualified: draft a personalised engagement letter email, send it to them, then log a note on their record 'EL sent'",
    ['lead.updated {"lead.status":["qualified"]}', 'email.draft; email.send; crm.addNote'],
    [['lead.updated {"changes.status.to":["qualified"]}', 'email.draft; email.send; crm.addNote']],
  ],
  [
    'list',
    'overdue invoice: send reminder, put a note on the lead, then tell Karen',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'Client cancels their appt → email them the link to rebook, note it on their file, and let Deb know',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    "When a client emails us: save a note of it on their record, send an auto-reply saying we'll respond within 2 business days, and ping the bookkeeper",
    ['email.received', 'crm.addNote; email.send; notify.team'],
  ],
  [
    'list',
    'When an invoice is created email the client the invoice number and due date, and post it in #billing',
    ['invoice.created', 'email.send; notify.slack'],
  ],
  [
    'list',
    'Tax organizer form comes in: add them as a lead, book a 1 hr prep appointment, and email them the time',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'record',
    'when the new client form is submitted add them as a lead',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    'When an invoice is paid update that client to status customer',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    "every time we send an invoice reminder add a note on the client's record",
    ['email.sent {"kind":["invoice-reminder"]}', 'crm.addNote'],
  ],
  [
    'record',
    'when someone books a consult log a note on their lead with the date and time',
    ['booking.created', 'crm.addNote'],
  ],
  [
    'record',
    "whenever a client emails us tag their lead 'awaiting-response'",
    ['email.received', 'crm.updateLead'],
  ],
  [
    'record',
    'When a lead is tagged EL-signed (engagement letter signed), raise the onboarding invoice: $350 + 10% GST, due in 14 days',
    ['lead.updated {"lead.tags":["EL-signed"]}', 'invoice.create'],
  ],
  [
    'record',
    "manual one where I put in name, email and company and it creates them as a qualified lead and adds a note 'referred by Westpac'",
    ['manual', 'crm.createLead; crm.addNote'],
  ],
  [
    'record',
    "when an intake form is submitted save a copy of it as a file in the 'intake' folder",
    ['form.submitted', 'files.create'],
  ],
  [
    'record',
    "If a booking gets cancelled set the client's lead status back to contacted",
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'report',
    "every monday 8am post last week's activity summary in #partners",
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'On the 1st of each month at 9am email me (lisa@greenwoodtax.com) a summary of last month',
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'daily wrap-up at 5.30pm London time: summarise the day and send it to Hamish',
    ['cron(30 17 * * ? *) Europe/London', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'give me a button that summarizes the last 30 days and posts it to slack',
    ['manual', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "every friday 4pm Brisbane time write up this week's summary and save it as a file in the reports folder",
    ['cron(0 16 ? * FRI *) Australia/Brisbane', 'report.summarize; files.create'],
  ],
  [
    'report',
    "weekdays 7am send the team yesterday's summary",
    ['cron(0 7 ? * MON-FRI *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    '6pm on the last day of every month, email a month-to-date summary to partners@mcgrathco.ie',
    ['cron(0 18 L * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'sunday nights 9pm summarise the last 7 days and email it to ops@brightledger.com.au. Sydney time',
    ['cron(0 21 ? * SUN *) Australia/Sydney', 'report.summarize; email.send'],
  ],
  [
    'approval',
    "When a new client form comes in, raise an invoice for the $500 setup fee but Margaret has to approve it before it's issued",
    ['form.submitted', 'approval; invoice.create'],
  ],
  [
    'approval',
    'before any overdue reminder goes out, check with the partner first',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'I want to email all leads tagged tax-2026 the fee increase notice whenever I run it, but Peter has to sign off before anything goes out',
    ['manual', 'approval; crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.findLeads; approval; forEach[email.send]']],
  ],
  [
    'approval',
    'any invoice over $20,000 that gets created needs Helen to approve it. if she rejects it post in #billing',
    [
      'invoice.created {"invoice.totalCents":[{"numeric":[">",2000000]}]}',
      'approval(rejected:[notify.slack])',
    ],
    [['invoice.created', 'if(trigger.invoice.totalCents gt 2000000)[approval(rejected:[notify.slack])]']],
  ],
  [
    'approval',
    'when a lead turns into a customer ask Sam to OK the engagement letter email, then send it to them',
    ['lead.updated {"lead.status":["customer"]}', 'approval; email.send'],
    [['lead.updated {"changes.status.to":["customer"]}', 'approval; email.send']],
  ],
  [
    'approval',
    "20th of every month 9am brisbane time: get Olivia's ok, then email pays@ezipay.com.au the go-ahead for payroll",
    ['cron(0 9 20 * ? *) Australia/Brisbane', 'approval; email.send'],
  ],
  [
    'approval',
    "New bookings need Raj's approval. If he says no, cancel the booking and email the client to let them know",
    ['booking.created', 'approval(rejected:[calendar.cancel; email.send])'],
  ],
  [
    'knowledge',
    'when a client emails a question, search our knowledge base with their subject line and email them back the top answer',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "When someone submits the 'ask a question' form, look up our FAQ for their question, draft a reply and send it",
    ['form.submitted {"form":["ask a question"]}', 'knowledge.search; email.draft; email.send'],
    [['form.submitted {"form":["ask a question"]}', 'email.draft; email.send']],
  ],
  [
    'knowledge',
    "every monday 9am search our kb for 'tax deadlines' and post what it finds in #tax-team",
    ['cron(0 9 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'workflow I can run with a topic: search the knowledge base for it and email me (abbie@fairwaybooks.co.uk) what it finds',
    ['manual', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'New lead → look up our services info in the knowledge base and send them a personalised intro email based on it',
    ['lead.created', 'knowledge.search; email.draft; email.send'],
    [['lead.created', 'email.draft; email.send']],
  ],
  [
    'knowledge',
    'when a client emails in, search our knowledge base for whatever the subject is and send Anil the best match so he can reply quicker',
    ['email.received', 'knowledge.search; notify.team'],
  ],
  [
    'webhook',
    'Our typeform new client intake posts to the webhook. When it does, create the lead and tell Kate',
    ['webhook:typeform', 'crm.createLead; notify.team'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead; notify.team']],
  ],
  [
    'webhook',
    'xero sends us a webhook when an invoice is paid over there. when it arrives just post in #billing',
    ['webhook:xero', 'notify.slack'],
  ],
  [
    'webhook',
    'when docusign pings our webhook (engagement letter signed) email the client the welcome pack and let Sam know',
    ['webhook:docusign', 'email.send; notify.team'],
  ],
  [
    'webhook',
    'jotform webhook for the payroll change form -> notify Aisha',
    ['webhook:jotform', 'notify.team'],
    [['form.submitted {"source":["jotform"]}', 'notify.team']],
  ],
  [
    'webhook',
    "Karbon fires a webhook when a job's marked complete. when that happens send the client a 'your return is ready to review' email",
    ['webhook:karbon', 'email.send'],
  ],
  [
    'webhook',
    'gusto posts to our webhook after each payroll run — email the client a confirmation and log it',
    ['webhook:gusto', 'email.send; log'],
  ],
  ['refuse', "how many clients still haven't sent their P60s?", null],
  ['refuse', 'whats the due date for 1040s this year, is it still april 15', null],
  ['refuse', 'lodge all the september quarter BAS returns with the ATO for us', null],
  ['refuse', 'text clients an SMS the day before their appointment', null],
  ['refuse', 'reconcile the bank feed in Xero every night and fix any mismatches', null],
  ['refuse', 'email the Hendersons their signed tax return right now pls', null],
  ['refuse', "work out each client's Q4 estimated tax payment from last year's return", null],
  ['refuse', 'automate payroll', null],
  ['refuse', 'every monday at 9am but only on tuesdays, remind the team about timesheets', null],
  ['refuse', 'send the overdue invoice reminders but make sure no client gets an email', null],
  ['refuse', 'can it print and post the engagement letters to clients who dont have email', null],
  ['refuse', "what's the difference between a sole trader and a partnership for GST registration?", null],
  ['refuse', 'delete every client record older than 7 years (retention policy)', null],
  ['refuse', 'sign the engagement letters in docusign on my behalf when they come in', null],
  ['refuse', 'pay our HMRC bill from the business account on 31 January', null],
  ['refuse', 'automatically phone clients whose invoices are 60 days late and leave a voicemail', null],
];
