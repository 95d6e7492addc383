import type { HeldOutCase } from '../heldout';

/** Set 30, rows 66–130 in the order written. */
export const SECOND_30: readonly HeldOutCase[] = [
  [
    'many',
    'every weekday at 9 eastern go through all the qualified leads and book each one a 30 min follow up call',
    ['cron(0 9 ? * MON-FRI *) America/New_York', 'crm.findLeads; forEach[calendar.schedule]'],
  ],
  [
    'many',
    "at 5pm every day add a note to every lead that came in today saying 'auto-logged'",
    ['cron(0 17 * * ? *)', 'crm.findLeads; forEach[crm.addNote]'],
  ],
  [
    'list',
    'when someone fills in the enquiry form: add them as a lead, email them the brochure, then slack the sales team',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
    [['form.submitted', 'crm.createLead; email.send; notify.team']],
  ],
  [
    'list',
    'new site visit booked > email couple confirmation > note on the lead > tell Aoife',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    "when the deposit's paid, send the couple a thank you, mark them as a customer and raise the balance invoice (€6,000, due in 60 days)",
    ['invoice.paid', 'email.send; crm.updateLead; invoice.create'],
  ],
  [
    'list',
    'lead created: book a 45 min site visit for them and then email them the time we booked',
    ['lead.created', 'calendar.schedule; email.send'],
  ],
  [
    'list',
    'When a wedding gets booked in, email the florist (petals@wildbloom.ie), then the caterer (hello@feastcatering.ie) and the band (gigs@thelatenights.ie)',
    ['booking.created', 'email.send; email.send; email.send'],
  ],
  [
    'list',
    'invoice overdue → send reminder, add a note on the lead, post in #finance',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When a couple emails us back, mark their lead as contacted and let Sinead know',
    ['email.received', 'crm.updateLead; notify.team'],
  ],
  [
    'list',
    'on a new lead, get the AI to draft a personal reply, send it, then add a note that we replied',
    ['lead.created', 'email.draft; email.send; crm.addNote'],
  ],
  [
    'list',
    'when a booking is cancelled: email the couple to confirm it, note it on their lead, and tell the GM on slack',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'when a new lead comes in push their details to our zapier hook https://hooks.zapier.com/hooks/catch/123/abc and then notify me',
    ['lead.created', 'http.request; notify.team'],
  ],
  [
    'list',
    'Site visit booked - save a prep sheet file for it, then email the coordinator on duty at coord@riverbankestate.com.au',
    ['booking.created', 'files.create; email.send'],
  ],
  [
    'record',
    'when the website form is submitted create a lead, source website, tagged wedding',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    "make a lead out of every email that comes in (it'll skip dupes anyway)",
    ['email.received', 'crm.createLead'],
  ],
  [
    'record',
    'When a deposit invoice is paid update the lead status to customer',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    'When a site visit gets booked add a note on the lead with the visit date',
    ['booking.created', 'crm.addNote'],
  ],
  [
    'record',
    'when a lead becomes qualified create the deposit invoice - €2,500, due in 14 days',
    ['lead.updated {"lead.status":["qualified"]}', 'invoice.create'],
    [['lead.updated {"changes.status.to":["qualified"]}', 'invoice.create']],
  ],
  ['record', 'when a lead replies move them to contacted', ['email.received', 'crm.updateLead']],
  [
    'record',
    'new lead from hitched (source = hitched) -> add the tag hitched-2025',
    ['lead.created {"lead.source":["hitched"]}', 'crm.updateLead'],
  ],
  [
    'record',
    'form submitted → create the lead → add a note with their preferred date',
    ['form.submitted', 'crm.createLead; crm.addNote'],
  ],
  [
    'record',
    "when a booking is cancelled set that lead's status to lost",
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'report',
    'every friday at 5 send me a summary of the week (bookings, enquiries, payments) to owner@thewoolshed.com.au',
    ['cron(0 17 ? * FRI *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'Daily recap in slack at 6pm Dublin time',
    ['cron(0 18 * * ? *) Europe/Dublin', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    '1st of the month 9am: summarise last month and email it to accounts@greystoneshall.ie',
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'monday mornings 8am post a list of all unpaid invoices to #finance',
    ['cron(0 8 ? * MON *)', 'invoice.find; notify.slack'],
  ],
  [
    'report',
    "every weekday 7am email the day's site visits and tastings to frontdesk@millhousevenue.com",
    ['cron(0 7 ? * MON-FRI *)', 'calendar.find; email.send'],
  ],
  [
    'report',
    'can I get a button that summarises the last 7 days and posts it to slack',
    ['manual', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'each Sunday 6pm Melbourne time send Jo a list of the leads that came in this week',
    ['cron(0 18 ? * SUN *) Australia/Melbourne', 'crm.findLeads; notify.team'],
  ],
  [
    'report',
    'last day of every month at 5pm write up a summary of the month and save it as a file in the reports folder',
    ['cron(0 17 L * ? *)', 'report.summarize; files.create'],
  ],
  [
    'approval',
    'when a new lead comes in have AI draft a reply, get Maeve to approve it, then send it',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'before the overdue reminder goes out to a client Dan has to OK it',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    "when a booking is cancelled ask Gemma to approve refunding the deposit. approved → email the couple it's on the way; rejected → note it on the lead",
    ['booking.cancelled', 'approval(rejected:[crm.addNote]); email.send'],
  ],
  [
    'approval',
    'when an enquiry form is submitted get approval from ops@thegranary.ie before emailing the couple a confirmation',
    ['form.submitted', 'approval; email.send'],
  ],
  [
    'approval',
    'When an invoice is created Peter needs to approve it and then it gets emailed to the client',
    ['invoice.created', 'approval; email.send'],
  ],
  [
    'approval',
    'lead goes to qualified → ask the owner to approve a 10% discount, then email the couple the offer. if it gets rejected slack me',
    ['lead.updated {"lead.status":["qualified"]}', 'approval(rejected:[notify.team]); email.send'],
    [
      ['lead.updated {"lead.status":["qualified"]}', 'approval(rejected:[notify.slack]); email.send'],
      ['lead.updated {"changes.status.to":["qualified"]}', 'approval(rejected:[notify.team]); email.send'],
      // "slack me" stays a Slack post to the writer (docs/assistant.md, session 42); the change TO qualified
      ['lead.updated {"changes.status.to":["qualified"]}', 'approval(rejected:[notify.slack]); email.send'],
    ],
  ],
  [
    'approval',
    "every monday 9am pull this week's events, get Rachel to sign off, then email the list to suppliers@harbourlights.com",
    ['cron(0 9 ? * MON *)', 'calendar.find; approval; email.send'],
  ],
  [
    'knowledge',
    'when a couple emails with a question, search our knowledge base, draft a reply and email the draft to me (hannah@thewalledgarden.ie)',
    ['email.received', 'knowledge.search; email.draft; email.send'],
  ],
  [
    'knowledge',
    'when the enquiry form comes in look up our package prices in the kb and send them the answer',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "new lead → look up 'wedding packages 2025' in the knowledge base and email it to them",
    ['lead.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'site visit booked: pull the parking and directions info from our knowledge base and send it to the couple',
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'When any email comes in search the knowledge base for the subject line and slack the top result to #enquiries',
    ['email.received', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'a manual one where I type a question, it searches our policies in the knowledge base and posts the answer in slack',
    ['manual', 'knowledge.search; notify.slack'],
  ],
  [
    'webhook',
    'when a typeform enquiry comes in email the couple our brochure',
    ['webhook:typeform', 'email.send'],
    [['form.submitted {"source":["typeform"]}', 'email.send']],
  ],
  [
    'webhook',
    'calendly site visit booked → slack #sitevisits',
    ['webhook:calendly', 'notify.slack'],
    [
      ['booking.created {"booking.id":[{"prefix":"calendly:"}]}', 'notify.slack'],
      // a Calendly booking is booking.created (docs/assistant.md, session 41): added as accepted
      ['booking.created', 'notify.slack'],
    ],
  ],
  [
    'webhook',
    'stripe payment came in -> email the couple a thank you receipt',
    ['webhook:stripe', 'email.send'],
    [['invoice.paid', 'email.send']],
  ],
  [
    'webhook',
    'HoneyBook sends us a webhook when a contract is signed - when that happens notify Erin and add a note to the lead',
    ['webhook:honeybook', 'notify.team; crm.addNote'],
  ],
  [
    'webhook',
    'jotform wedding questionnaire submitted → save the answers as a file in the couples folder',
    ['webhook:jotform', 'files.create'],
    [['form.submitted {"source":["jotform"]}', 'files.create']],
  ],
  [
    'webhook',
    'When Tripleseat posts to our webhook with a new event lead, create the lead in here',
    ['webhook:tripleseat', 'crm.createLead'],
  ],
  ['refuse', 'how many weddings have we got booked for june?', null],
  ['refuse', 'text the bride a reminder the night before her wedding', null],
  ['refuse', 'whatsapp the couple when their deposit is paid', null],
  ['refuse', 'post our new gallery pics to instagram every friday', null],
  ['refuse', "email the O'Briens the updated floor plan now", null],
  ['refuse', "what's the best way to handle a couple who wants to move their date?", null],
  ['refuse', 'send the run sheet every weekday at 8 but never on weekdays, only saturdays', null],
  ['refuse', 'ring the caterer if the headcount changes', null],
  ['refuse', "print the place cards for saturday's wedding", null],
  ['refuse', 'can you sort out the enquiries thing', null],
  ['refuse', 'change our business hours to 10 till 6 on weekends', null],
  ['refuse', 'delete all leads older than 2 years', null],
  ['refuse', 'check the weather forecast the morning of each ceremony and move it indoors if rain', null],
  ['refuse', "charge the couple's card for the balance automatically 30 days out", null],
  ['refuse', 'translate our brochure into Italian', null],
  ['refuse', 'thanks!!', null],
];
