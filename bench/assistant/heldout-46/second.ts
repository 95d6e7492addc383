import type { HeldOutCase } from '../heldout';

/** Set 46, rows 66–130 in the order written. */
export const SECOND_46: readonly HeldOutCase[] = [
  [
    'many',
    'sundays 8pm tag everyone who came in as a new lead this week with autumn-25',
    ['cron(0 20 ? * SUN *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'Saturday 9am, email everyone with a booking in the next 7 days the parking & access info',
    ['cron(0 9 ? * SAT *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'list',
    'new hire enquiry from the website form: add them as a lead, send the hire pack email, and post in #hires',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When a hire invoice is paid: set the hirer to customer, email them the thank you, and tell Ronan',
    ['invoice.paid', 'crm.updateLead; email.send; notify.team'],
  ],
  [
    'list',
    'someone books a viewing -> email them directions, add a note to their lead, tell Aisling',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    "manual run where I put in the hirer's email, name and fee: create the hire invoice, email them a heads up it's coming, post in #finance",
    ['manual', 'invoice.create; email.send; notify.slack'],
  ],
  [
    'list',
    'New lead -> send welcome email, tag them newsletter, and log it',
    ['lead.created', 'email.send; crm.updateLead; log'],
  ],
  [
    'list',
    'when a booking is cancelled: email the person, add a note on their record and post in slack',
    ['booking.cancelled', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'artist submission comes in thru the form → save it as a file in the submissions folder → tell Kofi → email the artist to say thanks',
    ['form.submitted', 'files.create; notify.team; email.send'],
  ],
  [
    'list',
    'when an artist sends back the exhibition agreement form, book an install meeting with them and then email them the install guidelines',
    ['form.submitted', 'calendar.schedule; email.send'],
  ],
  [
    'list',
    'email comes in to tickets@thebluebell.com.au → add the sender as a lead then send the auto reply',
    ['email.received {"to":["tickets@thebluebell.com.au"]}', 'crm.createLead; email.send'],
  ],
  [
    'list',
    "Overdue invoice: send the reminder, note it on the customer's record, then tell Deb",
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'when a signed contract gets uploaded to the contracts folder, tell Ollie and email production@thewarehousetheatre.ca',
    ['file.updated {"file.folder":["contracts"]}', 'notify.team; email.send'],
  ],
  [
    'record',
    "when a hire invoice is paid set the hirer's lead to customer",
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    'anyone who fills in the newsletter signup form should go in as a lead tagged newsletter',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    'when someone replies to one of our emails put the reply as a note on their record',
    ['email.received', 'crm.addNote'],
  ],
  [
    'record',
    'when someone books a hire, raise an invoice for the £150 deposit',
    ['booking.created', 'invoice.create'],
  ],
  [
    'record',
    'leads that come in from eventbrite - tag them eventbrite',
    ['lead.created {"lead.source":["eventbrite"]}', 'crm.updateLead'],
    [['lead.created', 'if(trigger.lead.source eq "eventbrite")[crm.updateLead]']],
  ],
  [
    'record',
    'if a workshop booking gets cancelled mark that lead as lost',
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'record',
    "hire invoice goes overdue → add a note on the customer saying it's overdue and tag them late-payer",
    ['invoice.overdue', 'crm.addNote; crm.updateLead'],
  ],
  [
    'record',
    'every new booking, save the booking details as a file in the bookings folder',
    ['booking.created', 'files.create'],
  ],
  [
    'record',
    'When someone emails volunteers@arcadiaarts.org add them as a lead with the tag volunteer',
    ['email.received {"to":["volunteers@arcadiaarts.org"]}', 'crm.createLead'],
  ],
  [
    'report',
    "every monday 8am send a summary of the last week's activity to #management",
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'end of every day (11pm) summarise the day and email it to gm@thecrescent.co.uk',
    ['cron(0 23 * * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "1st of the month 9am London time: last month's report emailed to the board (board@lanternhouse.org.uk)",
    ['cron(0 9 1 * ? *) Europe/London', 'report.summarize; email.send'],
  ],
  [
    'report',
    'weekly summary every friday 5pm, saved as a file in the reports folder',
    ['cron(0 17 ? * FRI *)', 'report.summarize; files.create'],
  ],
  [
    'report',
    'send me (Ian) a digest of yesterday every weekday at 7am',
    ['cron(0 7 ? * MON-FRI *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'whenever I click it give me a summary of the last 30 days in slack',
    ['manual', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "every sunday 9pm list next week's bookings and email the list to ops@thegranary.ie",
    ['cron(0 21 ? * SUN *)', 'calendar.find; email.send'],
  ],
  [
    'report',
    'Every Monday at 9 ET post the list of overdue invoices in #finance',
    ['cron(0 9 ? * MON *) America/New_York', 'invoice.find; notify.slack'],
  ],
  [
    'approval',
    "refund request comes in on the form - Dave has to approve it, then email the customer that it's approved. if he says no, email them that too",
    ['form.submitted', 'approval(rejected:[email.send]); email.send'],
  ],
  [
    'approval',
    'When I kick off the members mailer, Maeve has to sign it off first, then it goes to everyone tagged member',
    ['manual', 'approval; crm.findLeads; forEach[email.send]'],
  ],
  [
    'approval',
    'hire enquiry via form → AI drafts a reply → Sinead approves → send it',
    ['form.submitted', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'when an invoice goes overdue, ask Tom before the reminder gets sent',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'thursdays at 10, find the unpaid invoices, get Ruth to OK it, then send each one a reminder',
    ['cron(0 10 ? * THU *)', 'invoice.find; approval; forEach[invoice.sendReminder]'],
  ],
  [
    'approval',
    'when a new artist submission arrives add them as a lead, but only once Kofi approves. if he rejects, send them the polite no email',
    ['form.submitted', 'approval(rejected:[email.send]); crm.createLead'],
  ],
  [
    'approval',
    "comp ticket requests come in to comps@millyardtheatre.com — needs Hannah's approval, then reply to them confirming",
    ['email.received {"to":["comps@millyardtheatre.com"]}', 'approval; email.send'],
  ],
  [
    'knowledge',
    'when someone emails info@riverbankarts.ca with a question, search our FAQ knowledge base and reply with the answer',
    ['email.received {"to":["info@riverbankarts.ca"]}', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'question comes in thru the website form -> look it up in our knowledge base -> email them the answer',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'Emails to access@thequays.org.uk: check the kb for our access info, draft a reply and send the draft to Ben to check over',
    ['email.received {"to":["access@thequays.org.uk"]}', 'knowledge.search; email.draft; notify.team'],
  ],
  [
    'knowledge',
    'each monday at 9 search the knowledge base for fire safety and post what it finds to #foh',
    ['cron(0 9 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'i want to type in a question, have it search the knowledge base and post the answer in slack',
    ['manual', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'When a hirer books a viewing, look up venue hire terms in the knowledge base and email them the relevant bits',
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'webhook',
    'volunteer signups come in from Typeform - post each one in #volunteers',
    ['webhook:typeform', 'notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'notify.slack']],
  ],
  [
    'webhook',
    'eventbrite hits our webhook every time someone buys a ticket – post each sale to #sales',
    ['webhook:eventbrite', 'notify.slack'],
    [['webhook.received {"webhook.source":["eventbrite"]}', 'notify.slack']],
  ],
  [
    'webhook',
    'stripe payment failed webhook → tell Deb',
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'notify.team'],
  ],
  [
    'webhook',
    'order comes through from our Shopify merch store → email the customer a thank you',
    ['webhook:shopify', 'email.send'],
  ],
  [
    'webhook',
    'calendly cancellations for the rehearsal rooms -> post in #rehearsals',
    ['webhook:calendly {"webhook.type":["invitee.canceled"]}', 'notify.slack'],
  ],
  [
    'webhook',
    'Ticket Tailor sends us a webhook for each order, add the buyer as a lead tagged tickettailor',
    ['webhook:tickettailor', 'crm.createLead'],
  ],
  ['refuse', 'how many tickets did we sell for the christmas panto last year?', null],
  ['refuse', "text all the volunteers tonight's rota", null],
  ['refuse', 'can you post our new season announcement on instagram and facebook every tuesday', null],
  ['refuse', 'email Siobhan the tech rider for Saturday', null],
  ['refuse', 'when someone upgrades their seats move them to row F in the seating plan', null],
  ['refuse', "print the door list for tonight's gig", null],
  ['refuse', 'sort out the volunteers thing for next week', null],
  ['refuse', "what's the difference between a workflow and a template?", null],
  ['refuse', 'refund everyone who bought tickets for the cancelled jazz night', null],
  ['refuse', 'remind the ushers 2 hours after the show starts, but before the doors open', null],
  ['refuse', "ring any hirer who hasn't paid and ask them for the money", null],
  ['refuse', "who's on the bar tonight", null],
  ['refuse', 'delete all the contacts from 2019', null],
  ['refuse', 'make a seating chart for the gala dinner pls', null],
  ['refuse', 'can u help me with the thing from yesterday', null],
  ['refuse', 'translate the programme notes into Irish and put them on the website', null],
];
