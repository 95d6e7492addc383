import type { HeldOutCase } from '../heldout';

/** Set 28, rows 66–130 in the order written. */
export const SECOND_28: readonly HeldOutCase[] = [
  [
    'many',
    'every sunday 8pm, for every booking in the next 7 days post the details in #week-ahead',
    ['cron(0 20 ? * SUN *)', 'calendar.find; forEach[notify.slack]'],
  ],
  [
    'many',
    "big mailshot, I'll trigger it myself: export all candidates tagged warehouse (there's thousands) and email every one of them about the xmas temp roles",
    ['manual', 'crm.exportLeads; forEach[email.send]'],
  ],
  [
    'list',
    "when a new candidate registers: add a note 'registered via website', tag them new-reg, email the welcome pack and tell Gemma",
    ['lead.created', 'crm.addNote; crm.updateLead; email.send; notify.team'],
  ],
  [
    'list',
    'interview booked → email candidate the confirmation, then add a note to their profile, then post in #interviews',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    "ok so when a client pays an invoice I'd like 3 things to happen, in this order: change them to customer in the CRM, send them a thank you email, and then post it in #finance so the lads can see the money came in",
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    "for onboarding a new temp - I'll put in their name and email when I run it: create the candidate, email the onboarding pack, book a 15 min induction call with them and let compliance know",
    ['manual', 'crm.createLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'new client job order form → create them as a lead tagged client, draft a reply, send it, and notify Pieter (BD)',
    ['form.submitted', 'crm.createLead; email.draft; email.send; notify.team'],
  ],
  [
    'list',
    'when a candidate emails their RTW docs in, save the email text as a file in the RTW folder, add a note, and ping Lerato',
    ['email.received', 'files.create; crm.addNote; notify.team'],
  ],
  [
    'list',
    'Every friday 3pm: post "timesheets due by 5!" in #temps, email payroll@tempsrus.co.za and log that its done',
    ['cron(0 15 ? * FRI *)', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    'interview cancelled: add a note on the candidate, email them sorry + we will rebook, and tell Aoife',
    ['booking.cancelled', 'crm.addNote; email.send; notify.team'],
  ],
  [
    'list',
    'When someone submits the referral form: create the referred person as a candidate, email the referrer to say thanks, and post in #referrals',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'Please set up for overdue invoices: first send the reminder, then add a note on the client so we have a record, then book a follow up call with them in the calendar. The debtors book is getting out of hand now eish',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; calendar.schedule'],
  ],
  [
    'list',
    'kindly post the job to our careers page API https://careers.primestaff.in/api/jobs when I run it, then inform the team on slack and mail Ravi sir',
    ['manual', 'http.request; notify.slack; notify.team'],
  ],
  [
    'record',
    'when an interview gets booked set the candidate status to qualified',
    ['booking.created', 'crm.updateLead'],
  ],
  [
    'record',
    "when the registration form is filled in create the candidate in the CRM with source 'website'",
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    'whenever a candidate replies to us set them to contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'record',
    "when an invoice is paid put a note on the client's record saying paid and the date",
    ['invoice.paid', 'crm.addNote'],
  ],
  [
    'record',
    'typeform application in → add them as a candidate tagged typeform-applicant',
    ['webhook:typeform', 'crm.createLead'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead']],
  ],
  [
    'record',
    "if an interview is cancelled tag the candidate 'needs-rebook'",
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'record',
    'new candidates from Indeed: change status to contacted and add the tag indeed',
    ['lead.created {"lead.source":["Indeed"]}', 'crm.updateLead'],
    [['lead.created', 'if(trigger.lead.source eq "Indeed")[crm.updateLead]']],
  ],
  [
    'record',
    "when an email comes in from someone who isn't in our system yet, create them as a candidate",
    ['email.received', 'if(trigger.leadId exists false)[crm.createLead]'],
    [['email.received {"leadId":[null]}', 'crm.createLead']],
  ],
  [
    'record',
    'someone books an interview slot through calendly -> create them as a candidate with source calendly',
    ['webhook:calendly', 'crm.createLead'],
    // a Calendly booking is booking.created (docs/assistant.md, session 41): added as accepted
    [['booking.created', 'crm.createLead']],
  ],
  [
    'report',
    "every friday 5pm post a summary of the week's activity in #management",
    ['cron(0 17 ? * FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'monthly report on the 1st at 9am covering last month, emailed to directors@northstarrecruitment.co.uk',
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "daily at 6pm UK time send Sarah a summary of today's activity by email",
    ['cron(0 18 * * ? *) Europe/London', 'report.summarize; notify.team'],
  ],
  [
    'report',
    "every monday 8am IST make a file with last week's summary in the Reports folder",
    ['cron(0 8 ? * MON *) Asia/Kolkata', 'report.summarize; files.create'],
  ],
  [
    'report',
    'end of each day 17:30 Joburg time summarise the last 24 hours and post it in #ops',
    ['cron(30 17 * * ? *) Africa/Johannesburg', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'when I run it, summarise the last 30 days and email it to branch.manager@talentpoint.ie',
    ['manual', 'report.summarize; email.send'],
  ],
  [
    'report',
    "every weekday morning at 8:15 Irish time post yesterday's summary in #dublin-branch",
    ['cron(15 8 ? * MON-FRI *) Europe/Dublin', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'last friday of every month 4pm: summary of this month, save it as a file AND email it to ops@swiftstaff.co.uk',
    ['cron(0 16 ? * 6L *)', 'report.summarize; files.create; email.send'],
  ],
  [
    'approval',
    'We get client job orders through the website form. When one comes in please create the lead, but nobody should email them our terms of business until Siobhan has approved it, she likes to check the client out first. Thanks a mil',
    ['form.submitted', 'crm.createLead; approval; email.send'],
  ],
  [
    'approval',
    'before any overdue reminder goes out to a client I (Pieter) want to approve it first',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    "when i run it with the candidate's email: draft an offer email, Priya approves it, then send. if she rejects just tell me",
    ['manual', 'email.draft; approval(rejected:[notify.team]); email.send'],
  ],
  [
    'approval',
    'new candidate tagged sponsorship needs sign off from compliance (Lerato) before we send the welcome email. if rejected mark them lost',
    ['lead.created {"lead.tags":["sponsorship"]}', 'approval(rejected:[crm.updateLead]); email.send'],
    [
      [
        'lead.created',
        'if(trigger.lead.tags contains "sponsorship")[approval(rejected:[crm.updateLead]); email.send]',
      ],
    ],
  ],
  [
    'approval',
    "each monday 9am find the candidates tagged available, get Gemma's ok, then email them all the hot jobs list",
    ['cron(0 9 ? * MON *)', 'crm.findLeads; approval; forEach[email.send]'],
  ],
  [
    'approval',
    "Our finance rule: invoices over €10k need the branch manager's approval before they get emailed to the client. Anything smaller can be emailed to them straight away, no need to wait.",
    ['invoice.created', 'if(trigger.invoice.totalCents gt 1000000)[approval; email.send]else[email.send]'],
  ],
  [
    'approval',
    "if a candidate emails with 'delete my data' in the subject, ask Niamh to approve, then mark them lost and add a GDPR note",
    [
      'email.received',
      'if(trigger.subject contains "delete my data")[approval; crm.updateLead; crm.addNote]',
    ],
    [
      [
        'email.received {"subject":[{"wildcard":"*delete my data*"}]}',
        'approval; crm.updateLead; crm.addNote',
      ],
    ],
  ],
  [
    'knowledge',
    'when a candidate emails us a question, search our FAQ knowledge base and reply to them with the answer',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'when a candidate registers look up our right to work guide in the knowledge base and email it to them',
    ['lead.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'candidate emails asking about holiday pay → search the KB for holiday pay and slack the top result to Deepa',
    ['email.received', 'knowledge.search; notify.team'],
  ],
  [
    'knowledge',
    'Every Monday 9am search the knowledge base for "IR35" and post what it finds in #contractors',
    ['cron(0 9 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    "When 'visa query' form is submitted, please search knowledge base for the visa type the candidate has entered and email them whatever information we are having on it",
    ['form.submitted {"form":["visa query"]}', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'when I run it I type a topic, it searches our policies in the knowledge base and mails the results to deepa.n@skillbridge.in',
    ['manual', 'knowledge.search; email.send'],
  ],
  [
    'webhook',
    'our multiposter Broadbean posts new applicants to a webhook - create them as candidates and tell the team',
    ['webhook:broadbean', 'crm.createLead; notify.team'],
    [['webhook.received {"webhook.source":["broadbean"]}', 'crm.createLead; notify.team']],
  ],
  [
    'webhook',
    'When a Typeform registration comes in, email the applicant + post it in #applications',
    ['webhook:typeform', 'email.send; notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'email.send; notify.slack']],
  ],
  [
    'webhook',
    'our timesheet app TimeLog can hit a webhook when a temp submits hours, pls forward those to payroll@brightstaff.co.uk',
    ['webhook:timelog', 'email.send'],
    [['webhook.received {"webhook.source":["timelog"]}', 'email.send']],
  ],
  [
    'webhook',
    'calendly bookings -> send the candidate our interview prep pack and let Sipho know',
    ['webhook:calendly', 'email.send; notify.team'],
    // a Calendly booking is booking.created (docs/assistant.md, session 41): added as accepted
    [['booking.created', 'email.send; notify.team']],
  ],
  [
    'webhook',
    'Bullhorn sends a webhook whenever a placement is made, post it to #placements and log it',
    ['webhook:bullhorn', 'notify.slack; log'],
    [['webhook.received {"webhook.source":["bullhorn"]}', 'notify.slack; log']],
  ],
  [
    'webhook',
    'jotform submissions (its our compliance declaration) -> save as a file in Compliance folder and notify Naledi',
    ['webhook:jotform', 'files.create; notify.team'],
    [['form.submitted {"source":["jotform"]}', 'files.create; notify.team']],
  ],
  ['refuse', 'how many placements did the Leeds branch make in november?', null],
  ['refuse', "pls send Thabo's contract to him now", null],
  ['refuse', 'text every temp an SMS reminder the night before their shift', null],
  ['refuse', 'whatsapp the weekly shift rota to all our carers every sunday evening', null],
  ['refuse', 'run payroll for the temps every friday and pay them into their bank accounts', null],
  ['refuse', 'automatically run a DBS check on every new candidate', null],
  ['refuse', "delete all candidates who haven't been in touch for 2 years (GDPR)", null],
  ['refuse', 'post all our open jobs to Indeed and LinkedIn every morning', null],
  ['refuse', 'send the timesheet reminder every friday at 3pm but never on fridays', null],
  ['refuse', 'sort out the candidates thing from yesterday pls', null],
  ['refuse', 'whats the difference between inside and outside IR35?', null],
  ['refuse', "ring the candidate on their mobile if they don't answer the email in 2 days", null],
  ['refuse', 'undo the email I sent to the wrong client this morning', null],
  ['refuse', 'print all the RTW docs and courier them to head office in Durban', null],
  ['refuse', 'can u translate this JD into hindi: Senior Java Developer, 5+ yrs, Pune, 18-22 LPA', null],
  ['refuse', 'remind them about it', null],
];
