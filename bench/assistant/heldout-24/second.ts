import type { HeldOutCase } from '../heldout';

/** Set 24, rows 66–130 in the order written. */
export const SECOND_24: readonly HeldOutCase[] = [
  [
    'list',
    'Customer emails us -> log a note on their record, tag them "needs-callback", and send a slack to the CSR channel',
    ['email.received', 'crm.addNote; crm.updateLead; notify.slack'],
  ],
  [
    'list',
    'When a new lead comes in I want it to create a note, send them an email, wait a day, then send a second email with our financing options',
    ['lead.created', 'crm.addNote; email.send; wait(P1D); email.send'],
  ],
  [
    'list',
    'when a job is booked, email the customer, email the tech, and put it in the #schedule slack channel. thanks!',
    ['booking.created', 'email.send; notify.team; notify.slack'],
  ],
  [
    'list',
    'when a new lead comes in, make them a $89 diagnostic invoice, email them the booking link, and tell Sheila',
    ['lead.created', 'invoice.create; email.send; notify.team'],
  ],
  [
    'many',
    'every monday at 8am send a reminder to everyone with an unpaid invoice',
    ['cron(0 8 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'Every day at 5pm email the customers who have an appointment tomorrow to remind them',
    ['cron(0 17 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 17 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many',
    "On the 1st of every month at 9am, email everyone tagged 'maint-plan' to remind them to book their seasonal tune up",
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 1 * ? *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'every hour remind the customers with overdue invoices',
    ['rate(1 hour)', 'invoice.find; forEach[invoice.sendReminder]'],
    [['cron(0 * * * ? *)', 'invoice.find; forEach[invoice.sendReminder]']],
  ],
  [
    'many',
    "Sunday nights at 8, find the leads that haven't replied in 2 weeks and tag them cold",
    ['cron(0 20 ? * SUN *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'each weekday at 7:00 am send every customer booked for today an email saying the tech will arrive in their window',
    ['cron(0 7 ? * MON-FRI *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'March 15 at 10am send all our customers (status customer) the AC tune-up special email',
    ['cron(0 10 15 3 ? *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 15 3 ? *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'Every Friday 3pm go through the new leads nobody has contacted and send each one a note to Sheila so she calls them',
    ['cron(0 15 ? * FRI *)', 'crm.findLeads; forEach[notify.team]'],
  ],
  [
    'many',
    'every morning at 6 halifax time, send a reminder for every invoice that is overdue',
    ['cron(0 6 * * ? *) America/Halifax', 'invoice.find; forEach[invoice.sendReminder]'],
    [['cron(0 6 ? * * *) America/Halifax', 'invoice.find; forEach[invoice.sendReminder]']],
  ],
  [
    'report',
    'weekly summary every monday 8am in slack pls',
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "Can you email me a summary of yesterday's activity every morning at 7:30? dana@reliableplumbingco.com",
    ['cron(30 7 * * ? *)', 'report.summarize; email.send'],
    [['cron(30 7 ? * * *)', 'report.summarize; email.send']],
  ],
  [
    'report',
    'monthly report on the 1st at 9am: save it in the Reports folder and email it to owner@northstarelectric.com',
    ['cron(0 9 1 * ? *)', 'report.summarize; files.create; email.send'],
  ],
  [
    'report',
    'Every Friday at 5 pm Eastern send me the weekly numbers by email (calls, bookings, invoices)',
    ['cron(0 17 ? * FRI *) America/New_York', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'end of day summary at 6pm posted to #office on slack, monday to friday',
    ['cron(0 18 ? * MON-FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'send a summary of the last 30 days to the team every 1st of the month at 8 in the morning, vancouver time',
    ['cron(0 8 1 * ? *) America/Vancouver', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'I want a report of this weeks activity every saturday 9am, on slack and by email to gm@tristateair.com',
    ['cron(0 9 ? * SAT *)', 'report.summarize; notify.slack; email.send'],
  ],
  [
    'report',
    'Sundays 10pm: make a summary of the week and save it as a file in the Weekly Reports folder',
    ['cron(0 22 ? * SUN *)', 'report.summarize; files.create'],
  ],
  [
    'record',
    'every time we issue an invoice, log a note on the customers record',
    ['invoice.created', 'crm.addNote'],
  ],
  [
    'record',
    'when an email comes in from someone new, add them as a lead',
    ['email.received', 'crm.createLead'],
    [['email.received', 'if(trigger.leadId exists false)[crm.createLead]']],
  ],
  [
    'record',
    'if someone cancels a booking, put a note on the customer with the reason',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'record',
    'When a customer pays their invoice, change them to a customer in the CRM',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    'When the financing application form (Tally) is submitted, create a lead and add a note with their answers',
    ['webhook:tally', 'crm.createLead; crm.addNote'],
    [['form.submitted {"source":["tally"]}', 'crm.createLead; crm.addNote']],
  ],
  ['record', 'booking made -> tag the customer "booked"', ['booking.created', 'crm.updateLead']],
  ['record', 'when a lead replies to us, set them to contacted', ['email.received', 'crm.updateLead']],
  [
    'record',
    "whenever a new invoice is created for a customer who's not in the CRM yet, add them as a lead (name + email from the invoice)",
    ['invoice.created', 'if(trigger.invoice.leadId exists false)[crm.createLead]'],
    [['invoice.created', 'crm.createLead']],
  ],
  [
    'approval',
    'When a new lead comes in, write them a reply but let me look it over before it goes out',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    "before any overdue reminder goes to a customer, ask me first. some of these are commercial accounts we don't want to annoy",
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'every friday at 3 find the unpaid invoices and check with me before the reminders go out',
    ['cron(0 15 ? * FRI *)', 'invoice.find; approval; forEach[invoice.sendReminder]'],
  ],
  [
    'approval',
    'when an email comes in, draft an answer and send it to me to approve. if i reject it add a note on the customer so someone calls them instead',
    ['email.received', 'email.draft; approval(rejected:[crm.addNote]); email.send'],
  ],
  [
    'approval',
    'When a lead worth over $20k comes in, book a site visit for it, but ask the owner to approve first',
    ['lead.created', 'if(trigger.lead.value gt 20000)[approval; calendar.schedule]'],
    [['lead.created {"lead.value":[{"numeric":[">",20000]}]}', 'approval; calendar.schedule']],
  ],
  [
    'approval',
    'When someone pays, make an invoice for next years maintenance plan ($199) but get my ok first before its created',
    ['invoice.paid', 'approval; invoice.create'],
  ],
  [
    'knowledge',
    'answer customer emails using our knowledge base (we loaded our FAQ about pricing, service area, warranties)',
    ['email.received', 'email.draft; email.send'],
    [
      ['email.received', 'knowledge.search; email.draft; email.send'],
      // a reply using the knowledge base is its search and the email, as sets 21, 22 and 27 expect (session 42)
      ['email.received', 'knowledge.search; email.send'],
    ],
  ],
  [
    'knowledge',
    'When someone asks a question on the website form, look it up in the knowledge base and email them the answer',
    ['form.submitted', 'knowledge.search; email.send'],
    [['form.submitted', 'knowledge.search; email.draft; email.send']],
  ],
  [
    'knowledge',
    'customer emails in a question -> draft a reply from our FAQ, i approve it, then send',
    ['email.received', 'email.draft; approval; email.send'],
    [['email.received', 'knowledge.search; email.draft; approval; email.send']],
  ],
  [
    'knowledge',
    'when a new lead comes in, search our knowledge base for their question and send the answer to Kim so she can call them with it',
    ['lead.created', 'knowledge.search; notify.team'],
  ],
  [
    'knowledge',
    'If a customer emails about a warranty, use the knowledge base to reply with our warranty policy',
    ['email.received', 'if(trigger.text contains "warranty")[email.draft; email.send]'],
    [
      ['email.received', 'if(trigger.text contains "warranty")[knowledge.search; email.draft; email.send]'],
      ['email.received', 'if(trigger.text contains "warranty")[knowledge.search; email.send]'],
    ],
  ],
  [
    'file',
    'when a new file gets put in the Permits folder let Sarah know',
    ['file.updated {"file.folder":["Permits"]}', 'notify.team'],
    [['file.updated', 'if(trigger.file.folder eq "Permits")[notify.team]']],
  ],
  [
    'file',
    'For every new booking, save a job sheet file in the Job Sheets folder with the customer and address',
    ['booking.created', 'files.create'],
  ],
  [
    'file',
    'Any time a file is uploaded or changed, post the file name in #docs on slack',
    ['file.updated', 'notify.slack'],
  ],
  [
    'file',
    'when a form comes in, save the answers as a file in "Service Requests" and email the office at office@tritonplumbing.com',
    ['form.submitted', 'files.create; email.send'],
  ],
  [
    'notify',
    'if one of these automations breaks, message me on slack',
    ['workflow.failed', 'notify.slack'],
    [['workflow.failed', 'notify.team']],
  ],
  ['notify', 'new booking → post in #dispatch', ['booking.created', 'notify.slack']],
  [
    'notify',
    "whenever a lead becomes a customer, tell the whole team, it's good for morale lol",
    ['lead.updated {"lead.status":["customer"]}', 'notify.team'],
    [
      ['lead.updated', 'if(trigger.lead.status eq "customer")[notify.team]'],
      // the status change TO x (docs/assistant.md, session 42): lead.status would fire on every later update at x
      ['lead.updated {"changes.status.to":["customer"]}', 'notify.team'],
    ],
  ],
  [
    'notify',
    'When something needs my approval send me a slack message so I dont miss it',
    ['approval.requested', 'notify.slack'],
    [['approval.requested', 'notify.team']],
  ],
  [
    'notify',
    'when an invoice is paid, email Pam in accounting so she can reconcile it',
    ['invoice.paid', 'notify.team'],
  ],
  ['refuse', 'text the customer when the tech is on the way', null],
  ['refuse', 'Sync our jobs from ServiceTitan into here every night', null],
  ['refuse', 'how many service calls did we run last month?', null],
  [
    'refuse',
    'When our van stock of 40/5 capacitors gets low, automatically order more from the supply house',
    null,
  ],
  ['refuse', 'make the office more efficient', null],
  ['refuse', 'post our fall furnace tune-up promo on our Facebook page every monday', null],
  ['refuse', 'call the customers who havent paid their invoice', null],
  ['refuse', 'When an invoice is paid update it in QuickBooks Online', null],
  ['refuse', "when a job gets booked send the tech the customer's address by text message", null],
  [
    'refuse',
    'Alert me if one of the trucks sits idle for more than 30 mins (we have GPS on all of them)',
    null,
  ],
  ['refuse', 'set up something for our maintenance agreements', null],
  ['refuse', 'whats the code requirement for GFCI in a garage in Ontario?', null],
  ['refuse', 'when we get a google review under 3 stars let me know', null],
  ['refuse', 'Schedule Mike for the Johnson water heater install on Tuesday at 8', null],
  [
    'refuse',
    'When the forecast says its going to be over 95 this week, email all our AC maintenance plan customers a heads up',
    null,
  ],
  [
    'refuse',
    "Every Friday calculate each tech's commission on the jobs they sold and put it in payroll",
    null,
  ],
];
