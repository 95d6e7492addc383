import type { HeldOutCase } from '../heldout';

/** Set 27, rows 66–130 in the order written. */
export const SECOND_27: readonly HeldOutCase[] = [
  [
    'many',
    'Mondays 8am: find all new leads (status new) that havent replied in 3 days and write each one a personal follow up email with AI then send it',
    ['cron(0 8 ? * MON *)', 'crm.findLeads; forEach[email.draft; email.send]'],
  ],
  [
    'many',
    'when I run it, look up all the bookings for the next 7 days and cancel every one of them (instructor is sick, closing the studio)',
    ['manual', 'calendar.find; forEach[calendar.cancel]'],
  ],
  [
    'list',
    'when a new lead comes in: send the welcome email, book them an intro session, and tell Sam',
    ['lead.created', 'email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'someone fills out the contact form on our site -> add them as a lead, email them the timetable, post in slack',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When an invoice is paid: email a thank you, add a note to their profile, and change their status to customer.',
    ['invoice.paid', 'email.send; crm.addNote; crm.updateLead'],
  ],
  [
    'list',
    'lead replies to an email → save the reply as a note, set them to contacted, and let Jo know',
    ['email.received', 'crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'new lead from the website: have the AI write them a personal reply, send it, then add a note that we replied',
    ['lead.created', 'email.draft; email.send; crm.addNote'],
  ],
  [
    'list',
    'when a booking is made: confirmation email to the client, note on their lead, and a post in #bookings',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'Class cancelled by a member: tell the coach, email the member the rebook link, and log it',
    ['booking.cancelled', 'notify.team; email.send; log'],
  ],
  [
    'list',
    'enquiry form comes in: create the lead, book a 30 min consult, and email them the time',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    'I want a workflow I can kick off by hand when someone joins: invoice them the $99 joining fee (NZD), send the welcome email, book their fitness assessment, then slack the team',
    ['manual', 'invoice.create; email.send; calendar.schedule; notify.slack'],
  ],
  [
    'list',
    'new lead => tag them "2027-intake", email the free week pass, then let Coach Priya know on slack',
    ['lead.created', 'crm.updateLead; email.send; notify.team'],
  ],
  [
    'list',
    'When an invoice goes overdue - send the reminder, add a note on the member, and post in #billing',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack'],
  ],
  [
    'record',
    'anyone who fills in the website signup form should be added as a lead with the tag "trial"',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    "when an invoice is paid set that member's status to customer",
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    'Cancellation -> add a note on their lead with the reason they gave',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'record',
    'let me create an invoice by hand for a 10 class pass - $180 NZD - for whatever email I type in',
    ['manual', 'invoice.create'],
  ],
  [
    'record',
    'whenever someone books a class and we dont have them yet, add them as a lead',
    ['booking.created', 'crm.createLead'],
  ],
  ['record', 'when a lead replies to our email tag them "replied"', ['email.received', 'crm.updateLead']],
  [
    'record',
    'for every booking save a little file with the class name + time in the class-logs folder',
    ['booking.created', 'files.create'],
  ],
  ['record', 'new leads: add a note "free week pass offered"', ['lead.created', 'crm.addNote']],
  [
    'record',
    'when a member cancels a booking remove the "active" tag from them and add "at-risk"',
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'report',
    'every monday 8am email kiri@ironhousegym.co.nz a summary of last weeks activity',
    ['cron(0 8 ? * MON *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'daily 9pm summary of the day to slack pls',
    ['cron(0 21 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Give me a button that makes a summary of the last 30 days and saves it as a file',
    ['manual', 'report.summarize; files.create'],
  ],
  [
    'report',
    'friday 5pm NZ time weekly summary into #owners on slack',
    ['cron(0 17 ? * FRI *) Pacific/Auckland', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Every morning at 7 email Coach Lisa a recap of yesterday',
    ['cron(0 7 * * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    "last day of the month at 6pm, send the month's report to our bookkeeper at books@zenflowyoga.ca",
    ['cron(0 18 L * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'sunday night 8pm eastern - summary of this week posted to slack',
    ['cron(0 20 ? * SUN *) America/New_York', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'on the 1st of every month at 9am summarize last month and email it to the whole team',
    ['cron(0 9 1 * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'approval',
    'When an invoice goes overdue, check with me (Dana) before the reminder goes out',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'new lead -> AI drafts a welcome email -> Coach Ben approves it -> send',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'when someone cancels a class ask the manager if we should charge the $15 late cancel fee. yes = create an invoice for it (USD). no = tell the front desk to leave it',
    ['booking.cancelled', 'approval(rejected:[notify.team]); invoice.create'],
  ],
  [
    'approval',
    '1st of each month 9am: pull the unpaid invoices, get my ok, then send every one a reminder',
    ['cron(0 9 1 * ? *)', 'invoice.find; approval; forEach[invoice.sendReminder]'],
  ],
  [
    'approval',
    "membership freeze requests come in through the website form. Aroha has to approve each one - if yes email them confirming the freeze, if no email them that we couldn't do it",
    ['form.submitted', 'approval(rejected:[email.send]); email.send'],
  ],
  [
    'approval',
    'manual run: pull the list of lapsed (lost) members, Jamie approves, then email each one the come back offer',
    ['manual', 'crm.findLeads; approval; forEach[email.send]'],
  ],
  [
    'approval',
    'Before we refund... no wait, before we book anyone into a PT consult from a new lead, I (Mia) want to approve it. new lead -> my approval -> book the consult',
    ['lead.created', 'approval; calendar.schedule'],
  ],
  [
    'knowledge',
    'when someone emails us a question, search our knowledge base for it and email them back the answer',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'website enquiry form -> look up their question in the kb and email them what we find',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'button to search our policies for "cancellation policy" and post it in slack',
    ['manual', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'New lead: find the "new member FAQ" in our knowledge base and email it to them',
    ['lead.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'every monday at 7am look up "holiday timetable" in the knowledge base and send it to the front desk team',
    ['cron(0 7 ? * MON *)', 'knowledge.search; notify.team'],
  ],
  [
    'knowledge',
    'When a class is booked search the knowledge base for "what to bring" and send the client the answer',
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'webhook',
    'our waivers are on typeform. every time one is submitted save it as a file in the Waivers folder',
    ['webhook:typeform', 'files.create'],
    [['form.submitted {"source":["typeform"]}', 'files.create']],
  ],
  [
    'webhook',
    'When stripe says a payment failed (invoice.payment_failed) email the member and let Emma know',
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'email.send; notify.team'],
    [['webhook:stripe {"payload.type":["invoice.payment_failed"]}', 'email.send; notify.team']],
  ],
  [
    'webhook',
    'our door access system can hit a webhook when someone checks in (source name "doorlink") - add a note on the member when it fires',
    ['webhook:doorlink', 'crm.addNote'],
  ],
  [
    'webhook',
    'calendly: when someone books a consult through calendly email them our intake form link',
    ['webhook:calendly', 'email.send'],
    [
      ['booking.created {"booking.id":[{"prefix":"calendly:"}]}', 'email.send'],
      // a Calendly booking is booking.created (docs/assistant.md, session 41): added as accepted
      ['booking.created', 'email.send'],
    ],
  ],
  [
    'webhook',
    'Kids holiday camp signups come from Tally -> create a lead tagged kids-camp and email the parent a confirmation',
    ['webhook:tally', 'crm.createLead; email.send'],
    [['form.submitted {"source":["tally"]}', 'crm.createLead; email.send']],
  ],
  [
    'webhook',
    'merch orders from our shopify store -> post in #merch on slack when paid',
    ['webhook:shopify', 'notify.slack'],
    [['invoice.paid {"invoice.id":[{"prefix":"shopify:"}]}', 'notify.slack']],
  ],
  ['refuse', 'how many members did we have last month?', null],
  ['refuse', 'text everyone 2 hours before their class starts', null],
  ['refuse', "cancel Jenny's 6am spin booking tomorrow", null],
  ['refuse', 'when someone no-shows a class charge their card the $10 no show fee', null],
  ['refuse', 'auto post our weekly class schedule to instagram every monday morning', null],
  [
    'refuse',
    'can you track my clients macros and send them a weekly meal plan based on their weigh ins',
    null,
  ],
  ['refuse', 'send a reminder', null],
  ['refuse', 'every morning at 6am but never on weekdays or weekends, email the team', null],
  ['refuse', "refund Tom's last payment pls, he was double charged", null],
  ['refuse', "what's the difference between our annual and monthly plans again?", null],
  ['refuse', 'when a member doesnt reply to our email, call them on the phone automatically', null],
  [
    'refuse',
    'set up a waitlist so when a spot opens in a full class the next person on the list gets auto booked in',
    null,
  ],
  ['refuse', 'update the price of the 10 class pass to $200 on our website', null],
  ['refuse', 'write me a blog post about the benefits of reformer pilates for runners', null],
  ['refuse', 'print the sign in sheet for tomorrow 6am bootcamp', null],
  ['refuse', 'thanks heaps!', null],
];
