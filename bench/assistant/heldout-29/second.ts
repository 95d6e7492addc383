import type { HeldOutCase } from '../heldout';

/** Set 29, rows 66–130 in the order written. */
export const SECOND_29: readonly HeldOutCase[] = [
  [
    'many',
    'Monday 8am message each parent who has a tour booked this week with the parking details',
    ['cron(0 8 ? * MON *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'wednesdays 2pm go through the unpaid invoices, send each one a reminder, then tell Linda how many went out',
    ['cron(0 14 ? * WED *)', 'invoice.find; forEach[invoice.sendReminder]; notify.team'],
  ],
  [
    'list',
    'when a parent books a tour: email them a confirmation, add a note to their enquiry, then tell the room leader',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'website enquiry form comes in → create the lead, email them the welcome pack, post in slack',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'New enquiry - book them into the next free show round slot and email them the time',
    ['lead.created', 'calendar.schedule; email.send'],
  ],
  [
    'list',
    'tour cancelled: email the parent to say sorry, add a note to the lead and tell Sue',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'when a parent emails in, get the AI to draft a reply and then send the draft to the office manager to check',
    ['email.received', 'email.draft; notify.team'],
  ],
  [
    'list',
    'Enrolment form submitted: add the family to the crm as a customer, raise the £250 deposit invoice, then email the welcome letter',
    ['form.submitted', 'crm.createLead; invoice.create; email.send'],
  ],
  [
    'list',
    'invoice overdue > send reminder, add a note on the family lead, tell Karen',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'new enquiry: tag it "autumn 2026", email the parent the fees sheet, and post it in #admissions',
    ['lead.created', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When an invoice is paid: mark the lead as customer, email a receipt, log it',
    ['invoice.paid', 'crm.updateLead; email.send; log'],
  ],
  [
    'list',
    'holiday club booking form in: create the lead, book them a 15 min call with Mia, email the confirmation',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
    [['form.submitted {"form":["holiday club booking"]}', 'crm.createLead; calendar.schedule; email.send']],
  ],
  [
    'list',
    'when a show round is booked, send the parent the visit info, then save a copy of the booking as a file in the visits folder, then tell Kirsty',
    ['booking.created', 'email.send; files.create; notify.team'],
  ],
  [
    'record',
    'When the "Waitlist" form is submitted add them to the crm with the tag waitlist',
    ['form.submitted {"form":["Waitlist"]}', 'crm.createLead'],
  ],
  ['record', 'invoice paid -> update that familys record to customer', ['invoice.paid', 'crm.updateLead']],
  [
    'record',
    'Once a family books a tour change their enquiry status to contacted',
    ['booking.created', 'crm.updateLead'],
  ],
  ['record', 'parent emails in → save the email on their lead as a note', ['email.received', 'crm.addNote']],
  [
    'record',
    'When a tour is cancelled add a note to the family record with the reason',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'record',
    'enrolment form comes in - raise a £50 registration fee invoice to the parent, due in 14 days',
    ['form.submitted', 'invoice.create'],
  ],
  [
    'record',
    'whenever someone books a visit, make sure the parent is in the CRM as a lead (source: tour booking)',
    ['booking.created', 'crm.createLead'],
  ],
  [
    'record',
    'need a thing I can run when a parent pays cash at the door - I put in the invoice id and it marks it paid',
    ['manual', 'invoice.markPaid'],
  ],
  [
    'record',
    'when a parent replies to any of our emails set their lead to contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'report',
    'every friday 5pm summarise the week and email it to me, owner@tinytots.example.co.uk',
    ['cron(0 17 ? * FRI *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'daily summary of the centre in slack at 6pm NZ time pls',
    ['cron(0 18 * * ? *) Pacific/Auckland', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "on the 1st of the month at 9 send last month's report to the directors at directors@kiwikids.example.nz",
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'Every monday morning at 9 send Karen the list of overdue fees',
    ['cron(0 9 ? * MON *)', 'invoice.find; notify.team'],
  ],
  [
    'report',
    "7:45 every weekday email the manager (manager@littlesprouts.example.com) today's visits",
    ['cron(45 7 ? * MON-FRI *)', 'calendar.find; email.send'],
  ],
  [
    'report',
    'post the list of new enquiries from the last 7 days in slack every monday at 8',
    ['cron(0 8 ? * MON *)', 'crm.findLeads; notify.slack'],
  ],
  [
    'report',
    'whenever I hit run, email me a summary of the last 30 days - me = jenny@happydays.example.com',
    ['manual', 'report.summarize; email.send'],
  ],
  [
    'report',
    'every sunday night 9pm make a summary of the past week and save it as a file in the reports folder',
    ['cron(0 21 ? * SUN *)', 'report.summarize; files.create'],
  ],
  [
    'approval',
    'before any overdue fee reminder goes out to a family, Karen has to approve it',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'when the enrolment form comes in, raise the £300 deposit invoice but only after Julie approves it',
    ['form.submitted', 'approval; invoice.create'],
  ],
  [
    'approval',
    'last thursday of each month at 10am: ask me to ok it, then email the newsletter to all current families (customers)',
    ['cron(0 10 ? * 5L *)', 'approval; crm.findLeads; forEach[email.send]'],
  ],
  [
    'approval',
    'if a tour gets cancelled, send the parent a sorry email but Sophie has to OK it first. if she says no, tell the office',
    ['booking.cancelled', 'approval(rejected:[notify.team]); email.send'],
  ],
  [
    'approval',
    'new waitlist enquiry (tag waitlist) -> manager approves offering a place -> email the offer',
    ['lead.created {"lead.tags":["waitlist"]}', 'approval; email.send'],
  ],
  [
    'approval',
    'parent emails in: AI drafts the reply, the manager approves it, then it gets sent',
    ['email.received', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    "staff holiday request form submitted → Gemma approves. approved = email the staff member it's confirmed, rejected = email them that it's declined",
    ['form.submitted', 'approval(rejected:[email.send]); email.send'],
    [['form.submitted {"form":["staff holiday request"]}', 'approval(rejected:[email.send]); email.send']],
  ],
  [
    'knowledge',
    'when a parent emails a question, look up the answer in our handbook (knowledge base) and email them back',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'new enquiry: search the knowledge base for our fees info and send it to the parent',
    ['lead.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'someone fills in the funding question form → search kb for "30 hours funding" and email them what it says',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'can I have a button where I type a question and it searches the staff handbook and slacks me the top results',
    ['manual', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    "tour booked: find 'what to bring on your visit' in the knowledge base and email it to them the day before the visit",
    ['booking.created', 'knowledge.search; wait(until-P1D); email.send'],
  ],
  [
    'knowledge',
    'each monday 8am pull the safeguarding policy from our knowledge base and post it on slack as a reminder for staff',
    ['cron(0 8 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'webhook',
    'our enquiry form is on Typeform - when it comes through add them to the crm and post in slack',
    ['webhook:typeform', 'crm.createLead; notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead; notify.slack']],
  ],
  [
    'webhook',
    'when stripe tells us a payment has gone through email the parent a receipt',
    ['webhook:stripe', 'email.send'],
    [['invoice.paid', 'email.send']],
  ],
  [
    'webhook',
    'Famly sends us a webhook when a child is signed out late - ping the manager when that comes in',
    ['webhook:famly', 'notify.team'],
  ],
  [
    'webhook',
    'calendly webhook for tour bookings -> email the parent our directions',
    ['webhook:calendly', 'email.send'],
  ],
  [
    'webhook',
    'Tally waitlist form comes in → add them to the crm tagged waitlist',
    ['webhook:tally', 'crm.createLead'],
    [['form.submitted {"source":["tally"]}', 'crm.createLead']],
  ],
  [
    'webhook',
    'brightwheel posts to our webhook when a parent messages the center — send that to Mrs Ortiz',
    ['webhook:brightwheel', 'notify.team'],
  ],
  ['refuse', 'how many kids are on the waitlist right now?', null],
  ['refuse', 'can you text all the parents that we are closed today because of the snow', null],
  ['refuse', 'email Mrs Patel now and tell her Ava left her jumper in the baby room', null],
  ['refuse', "what's the staff to child ratio for under 2s in england", null],
  ['refuse', 'print the sign in sheets every morning at 7 for each room', null],
  ['refuse', 'ring the parents automatically when their child has a temperature', null],
  ['refuse', 'post our weekly newsletter on facebook and instagram every friday', null],
  ['refuse', 'can you make me a workflow pls', null],
  ['refuse', 'send the staff a reminder every weekday but never on weekdays', null],
  ['refuse', 'delete all the enquiries from 2019 out of the crm', null],
  ['refuse', 'whatsapp the on call manager if the room ratios get breached', null],
  ['refuse', 'pay the staff wages every other friday from the nursery bank account', null],
  ['refuse', 'hey can u help me write a nice welcome letter for new families starting in september', null],
  ['refuse', 'which of our automations failed yesterday and why?', null],
  ['refuse', 'do the thing with the invoices like last time', null],
  ['refuse', 'set up direct debit mandates for all the families on GoCardless', null],
];
