import type { HeldOutCase } from '../heldout';

/** Set 31, rows 66–130 in the order written. */
export const SECOND_31: readonly HeldOutCase[] = [
  [
    'many',
    'run on demand: give every lead tagged event-2025 the tag alumni',
    ['manual', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'Every monday 10am, book a 30 min onboarding call for each lead tagged trial that was created in the last 7 days',
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[calendar.schedule]'],
  ],
  [
    'list',
    'membership form submitted → 1) add them to the CRM 2) send the welcome email with house rules 3) post a welcome in #community',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When a meeting room is booked: email the confirmation, add a note to the lead, and tell Nadia at reception',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'invoice paid -> set the member to customer, send a thank you email and post in #finance',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'someone submits the tour request form: book a 30-min tour in the calendar, email them the time and let Daan know',
    ['form.submitted', 'calendar.schedule; email.send; notify.team'],
  ],
  [
    'list',
    'When a member cancels (status goes to lost): goodbye email, note on their profile, and ping Femke',
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send; crm.addNote; notify.team'],
    [['lead.updated {"lead.status":["lost"]}', 'email.send; crm.addNote; notify.team']],
  ],
  [
    'list',
    "lead emails us back: put the email text as a note, tag them 'replied' and drop a msg in #sales",
    ['email.received', 'crm.addNote; crm.updateLead; notify.slack'],
  ],
  [
    'list',
    'Booking cancelled → email the guest, log it, and post in #frontdesk.',
    ['booking.cancelled', 'email.send; log; notify.slack'],
  ],
  [
    'list',
    "For new company sign-ups I'd like to run this by hand: create the lead, create the invoice for the first month (€450), send the welcome email",
    ['manual', 'crm.createLead; invoice.create; email.send'],
  ],
  [
    'list',
    'overdue invoice -> send reminder, add a note on the lead, tell Lukas',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'new lead from the website - have the AI write them a personal reply, send it, and tag them nurture',
    ['lead.created', 'email.draft; email.send; crm.updateLead'],
    [['lead.created {"lead.source":["website"]}', 'email.draft; email.send; crm.updateLead']],
  ],
  [
    'list',
    'day pass paid -> email the door code instructions, block a desk for them in the calendar, and post in #frontdesk',
    ['invoice.paid', 'email.send; calendar.schedule; notify.slack'],
  ],
  [
    'record',
    'website enquiry form submitted -> create a lead with the tag enquiry',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    "When an invoice is paid, set the lead's status to customer",
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    "booking cancelled -> add a note on the lead's profile with the cancel reason",
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'record',
    'when a day pass gets booked automatically create an invoice: 1x day pass €25 + 19% VAT, due in 7 days',
    ['booking.created', 'invoice.create'],
  ],
  [
    'record',
    "when we get an email from someone who isn't in the CRM yet, add them as a new lead",
    ['email.received', 'if(trigger.leadId exists false)[crm.createLead]'],
    [
      ['email.received', 'crm.createLead'],
      ['email.received {"leadId":[null]}', 'crm.createLead'],
    ],
  ],
  [
    'record',
    'lead replies to an email → change their status to contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'record',
    "every evening at 8pm save today's booking list as a file in the daily-bookings folder",
    ['cron(0 20 * * ? *)', 'calendar.find; files.create'],
  ],
  [
    'record',
    "When a tour is booked, add the person as a lead (status new, source 'tour')",
    ['booking.created', 'crm.createLead'],
  ],
  [
    'record',
    'when someone submits the house rules acknowledgement form, find their lead by email and set the custom field rulesSigned to yes',
    ['form.submitted', 'crm.getLead; crm.updateLead'],
  ],
  [
    'report',
    "every monday 9am send me a summary of last week's activity -> jana@spreeblick.example",
    ['cron(0 9 ? * MON *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "Daily at 6pm post a quick summary of today's activity in #ops",
    ['cron(0 18 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    '1st of each month, 8am Singapore time: monthly report for last month to owners@harbourhub.sg',
    ['cron(0 8 1 * ? *) Asia/Singapore', 'report.summarize; email.send'],
  ],
  [
    'report',
    'fridays 5pm: summarise the week, save it as a file in the reports folder and post it in slack',
    ['cron(0 17 ? * FRI *)', 'report.summarize; files.create; notify.slack'],
  ],
  [
    'report',
    'can I get a button that emails me (priya@harbourhub.sg) a summary of the last 30 days?',
    ['manual', 'report.summarize; email.send'],
  ],
  [
    'report',
    "every morning 7:30 NY time slack me yesterday's recap",
    ['cron(30 7 * * ? *) America/New_York', 'report.summarize; notify.team'],
    [['cron(30 7 * * ? *) America/New_York', 'report.summarize; notify.slack']],
  ],
  [
    'report',
    'Sunday 8pm send Marcus a summary of the week',
    ['cron(0 20 ? * SUN *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'weekdays 17:00 - post the summary of the day plus how many bookings we have tomorrow in #team',
    ['cron(0 17 ? * MON-FRI *)', 'report.summarize; calendar.find; notify.slack'],
  ],
  [
    'approval',
    'when a membership application comes in through the form, draft a welcome offer but Mia has to approve it before it goes out',
    ['form.submitted', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'new lead -> invoice for the €200 deposit, but Lukas approves it first',
    ['lead.created', 'approval; invoice.create'],
  ],
  [
    'approval',
    'Overdue invoice: ask Anke to approve before the reminder goes out. If she says no, tell the team',
    ['invoice.overdue', 'approval(rejected:[notify.team]); invoice.sendReminder'],
  ],
  [
    'approval',
    'every friday 4pm send the newsletter to all members, but only after I approve it',
    ['cron(0 16 ? * FRI *)', 'approval; crm.findLeads; forEach[email.send]'],
    [['cron(0 16 ? * FRI *)', 'crm.findLeads; approval; forEach[email.send]']],
  ],
  [
    'approval',
    "when a new lead comes in, get Sven's ok, then schedule a tour call with them",
    ['lead.created', 'approval; calendar.schedule'],
  ],
  [
    'approval',
    'Booking cancelled -> Femke approves a refund. approved: email the guest that the refund is coming. rejected: email them our no-refund policy',
    ['booking.cancelled', 'approval(rejected:[email.send]); email.send'],
  ],
  [
    'approval',
    'tour booked - ask Jana to approve before the confirmation email is sent',
    ['booking.created', 'approval; email.send'],
  ],
  [
    'knowledge',
    'When a member emails us a question, search our house rules / knowledge base and reply with the best answer',
    ['email.received', 'knowledge.search; email.send'],
    [['email.received', 'knowledge.search; email.draft; email.send']],
  ],
  [
    'knowledge',
    'question form submitted -> search the FAQ for their question and post the top result in #frontdesk so we can answer',
    ['form.submitted', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'I want to type a topic, it looks it up in our house rules and emails me what it finds (daan@dewerkplaats.nl)',
    ['manual', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'new enquiry: search the knowledge base for our pricing, draft a reply with it, and send the draft to Sven to check (NOT to the lead)',
    ['lead.created', 'knowledge.search; email.draft; notify.team'],
  ],
  [
    'knowledge',
    'when the podcast room is booked, look up the podcast room rules in the knowledge base and email them to the guest',
    ['booking.created {"booking.location":["Podcast Room"]}', 'knowledge.search; email.send'],
    [['booking.created', 'if(trigger.booking.location eq "Podcast Room")[knowledge.search; email.send]']],
  ],
  [
    'knowledge',
    'when someone asks a question in our slack (slack event webhook), search the house rules and post the answer back in slack',
    ['webhook:slack', 'knowledge.search; notify.slack'],
  ],
  [
    'webhook',
    'new membership application on typeform -> create the lead + notify Jana',
    ['webhook:typeform', 'crm.createLead; notify.team'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead; notify.team']],
  ],
  [
    'webhook',
    'Calendly tour booked -> email them our pre-visit guide (parking, entrance, who to ask for)',
    ['webhook:calendly', 'email.send'],
    [
      ['booking.created {"booking.id":[{"prefix":"calendly:"}]}', 'email.send'],
      ['booking.created', 'email.send'],
    ],
  ],
  [
    'webhook',
    'Kisi (our door system) sends a webhook for after-hours door unlocks. post every one in #security',
    ['webhook:kisi', 'notify.slack'],
  ],
  [
    'webhook',
    'Nexudus sends us a webhook when a new member signs up, create them in the CRM as a customer pls',
    ['webhook:nexudus', 'crm.createLead'],
  ],
  [
    'webhook',
    'stripe webhook: when a day pass payment succeeds email the buyer the door code instructions',
    ['webhook:stripe', 'email.send'],
    [['invoice.paid {"invoice.id":[{"prefix":"stripe:"}]}', 'email.send']],
  ],
  [
    'webhook',
    'shopify order paid (we sell day pass vouchers + merch there) -> post in #shop',
    ['webhook:shopify', 'notify.slack'],
    [['invoice.paid {"invoice.id":[{"prefix":"shopify:"}]}', 'notify.slack']],
  ],
  ['refuse', 'how many day passes did we sell in march?', null],
  ['refuse', 'send Tom the new wifi password right now pls', null],
  ['refuse', "when a member's keycard is scanned after midnight, block their card", null],
  ['refuse', 'text members an SMS one hour before their meeting room booking', null],
  ['refuse', 'WhatsApp the host when their visitor arrives at reception', null],
  ['refuse', "turn the heating on in room 3 whenever it's booked", null],
  ['refuse', "what's the difference between flex desk and fixed desk in our pricing?", null],
  ['refuse', "cancel all of Jana's bookings tomorrow", null],
  ['refuse', 'every new lead should get the welcome email but never email new leads automatically', null],
  ['refuse', 'do the invoice thing like last time', null],
  ['refuse', 'print a name badge for every visitor who checks in', null],
  ['refuse', 'post our community events on instagram and linkedin every week', null],
  ['refuse', 'hi! can you help me write a nice poster for the kitchen house rules?', null],
  ['refuse', "charge the member's credit card automatically on the day their invoice is due", null],
  ['refuse', 'refund the last 3 day passes Priya sold', null],
  ['refuse', 'translate our house rules into dutch and german', null],
];
