import type { HeldOutCase } from '../heldout';

/** Set 33, rows 66–130 in the order written. */
export const SECOND_33: readonly HeldOutCase[] = [
  [
    'many',
    'manual run - find every lead created in the last 7 days and tag them july-campaign',
    ['manual', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'big renewal push, prob 8000 clients: start it by hand, take every customer and email each one the renewal notice',
    ['manual', 'crm.exportLeads; forEach[email.send]'],
    [['manual', 'crm.findLeads; forEach[email.send]']],
  ],
  [
    'list',
    'When the get-a-quote form is submitted: create the lead, email them our quote checklist, and tell Naledi',
    ['form.submitted', 'crm.createLead; email.send; notify.team'],
  ],
  [
    'list',
    "invoice paid → mark lead as customer, add note 'premium received', email a receipt, then post in #accounts",
    ['invoice.paid', 'crm.updateLead; crm.addNote; email.send; notify.slack'],
  ],
  [
    'list',
    'after a renewal meeting gets booked add a note, email the client the pre-renewal questionnaire and let the producer know',
    ['booking.created', 'crm.addNote; email.send; notify.team'],
  ],
  [
    'list',
    "onboarding a new commercial client (I'll run it): create the lead, raise the broker fee invoice, book a kickoff meeting, email the welcome letter",
    ['manual', 'crm.createLead; invoice.create; calendar.schedule; email.send'],
  ],
  [
    'list',
    'emails to claims@harbourib.co.uk → save it as a file in the Claims folder, put a note on the client and alert #claims',
    ['email.received {"to":["claims@harbourib.co.uk"]}', 'files.create; crm.addNote; notify.slack'],
    [
      [
        'email.received',
        'if(trigger.to eq "claims@harbourib.co.uk")[files.create; crm.addNote; notify.slack]',
      ],
    ],
  ],
  [
    'list',
    'for each new lead, get the AI to draft a personalised intro email, send it, then log a note on the lead',
    ['lead.created', 'email.draft; email.send; crm.addNote'],
  ],
  [
    'list',
    'booking cancelled - email the client a link to rebook, add a note on their record and let Chloe know',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a new lead comes in: tag as new-biz, book them a 30 min discovery call, then email them the time',
    ['lead.created', 'crm.updateLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    'when I kick it off - create the invoice for the renewal premium, then email the client, then add a note',
    ['manual', 'invoice.create; email.send; crm.addNote'],
  ],
  [
    'list',
    'Contact form fills → add them as a lead tagged contact-form, then slack #new-business and email Jess',
    ['form.submitted', 'crm.createLead; notify.slack; notify.team'],
  ],
  [
    'list',
    "overdue invoice: send reminder, add note 'reminder sent', and tag the client arrears",
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; crm.updateLead'],
  ],
  [
    'record',
    'when someone submits the quote form create them as a lead, source website, tag quote',
    ['form.submitted', 'crm.createLead'],
  ],
  ['record', 'when a client pays their premium set them to customer', ['invoice.paid', 'crm.updateLead']],
  [
    'record',
    'every time a client books a meeting bump their status to qualified',
    ['booking.created', 'crm.updateLead'],
  ],
  [
    'record',
    'client replies to an email → set status contacted and add the tag replied',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'record',
    'i want to add trade show prospects by running it with their name and email - tag them insurex-2026',
    ['manual', 'crm.createLead'],
  ],
  [
    'record',
    'Jotform submissions -> create a lead in the CRM with their phone number',
    ['webhook:jotform', 'crm.createLead'],
    [['form.submitted {"source":["jotform"]}', 'crm.createLead']],
  ],
  ['record', 'invoice overdue → add tag in-arrears to the client', ['invoice.overdue', 'crm.updateLead']],
  ['record', 'when an invoice gets paid take the in-arrears tag off', ['invoice.paid', 'crm.updateLead']],
  [
    'record',
    "booking cancelled? add a note on the client's record that they cancelled and why",
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'report',
    "every monday 8am send me a summary of last week's activity on slack",
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'last day of each month 5pm, email the principal (bongani@umthombo-brokers.co.za) a summary of the month',
    ['cron(0 17 L * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'daily 6pm UK time - summary of the day to #ops',
    ['cron(0 18 * * ? *) Europe/London', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Friday 3pm: weekly summary emailed to me at liz@ashfordbrokers.co.uk, and save a copy as a file in Reports',
    ['cron(0 15 ? * FRI *)', 'report.summarize; email.send; files.create'],
  ],
  [
    'report',
    'whenever I click run, give me a summary of the last 30 days on slack',
    ['manual', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    '1st of each month at 8 send Julie a summary of last month',
    ['cron(0 8 1 * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    "every weekday 7am Eastern post yesterday's activity summary in slack",
    ['cron(0 7 ? * MON-FRI *) America/New_York', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Mondays at 9 - summary of last week plus the list of unpaid invoices, into #team',
    ['cron(0 9 ? * MON *)', 'report.summarize; invoice.find; notify.slack'],
  ],
  [
    'approval',
    'quarterly cross-sell (1st of Jan/Apr/Jul/Oct, 9am): find customers tagged motor, Ashleigh approves, then email each of them about home cover',
    ['cron(0 9 1 1,4,7,10 ? *)', 'crm.findLeads; approval; forEach[email.send]'],
  ],
  [
    'approval',
    'when a quote form comes in get Tariq to approve before we email the client the quote',
    ['form.submitted', 'approval; email.send'],
  ],
  [
    'approval',
    'invoice overdue: ask Helen to approve sending a final demand. If she says no, tell the producer',
    ['invoice.overdue', 'approval(rejected:[notify.team]); invoice.sendReminder'],
  ],
  [
    'approval',
    'manual: raise a premium finance invoice but only after the principal approves it',
    ['manual', 'approval; invoice.create'],
  ],
  [
    'approval',
    'before a new lead gets the welcome pack email compliance needs to tick it off (FAIS) - give them 2 days',
    ['lead.created', 'approval; email.send'],
  ],
  [
    'approval',
    'Fri 2pm: summarise the week, Rob signs it off, then it goes to #board',
    ['cron(0 14 ? * FRI *)', 'report.summarize; approval; notify.slack'],
  ],
  [
    'approval',
    'booking cancelled -> Sam has to sign off before we send the cancellation fee invoice; if he rejects, add a note on the client',
    ['booking.cancelled', 'approval(rejected:[crm.addNote]); invoice.create'],
  ],
  [
    'knowledge',
    'client emails in with a question → look the answer up in our knowledge base and reply to them',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'when a quote form comes in search the knowledge base for our underwriting guidelines and send what it finds to Nadia',
    ['form.submitted', 'knowledge.search; notify.team'],
  ],
  [
    'knowledge',
    "every monday 8am search the KB for FCA Consumer Duty and post what we've got in #compliance",
    ['cron(0 8 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'new lead: look up our landlord cover FAQ in the knowledge base and send it to them',
    ['lead.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "search the knowledge base for 'cyber excess' when I run this and email me what it finds, karen@pinnaclerisk.com",
    ['manual', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'when a booking is made pull our renewal checklist out of the knowledge base and send it to Kyle',
    ['booking.created', 'knowledge.search; notify.team'],
  ],
  [
    'webhook',
    'Typeform quote request → slack #new-quotes',
    ['webhook:typeform', 'notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'notify.slack']],
  ],
  [
    'webhook',
    'our comparison site partner posts leads to our webhook (source quotehub) - add them as a lead and email them',
    ['webhook:quotehub', 'crm.createLead; email.send'],
  ],
  [
    'webhook',
    "I've set up a webhook called carrier-portal. when it fires email the client that their docs are ready and put a note on the lead",
    ['webhook:carrier-portal', 'email.send; crm.addNote'],
  ],
  [
    'webhook',
    'Tally FNOL form → create a lead + post in #claims',
    ['webhook:tally', 'crm.createLead; notify.slack'],
    [['form.submitted {"source":["tally"]}', 'crm.createLead; notify.slack']],
  ],
  [
    'webhook',
    'when the jotform COI request comes through, post it to slack and email certs@brightsure.com',
    ['webhook:jotform', 'notify.slack; email.send'],
    [['form.submitted {"source":["jotform"]}', 'notify.slack; email.send']],
  ],
  [
    'webhook',
    "the website chatbot sends a webhook (source chatbot) when someone asks for a callback - ping Lucy she's on duty",
    ['webhook:chatbot', 'notify.team'],
  ],
  ['refuse', 'how many claims did we open last month?', null],
  ['refuse', 'can u send the Hendricks COI to their landlord now pls', null],
  ['refuse', 'text the client an SMS the day before their policy renews', null],
  ['refuse', 'WhatsApp the client when their claim gets approved', null],
  ['refuse', 'print and post the renewal letters to everyone at the end of each month', null],
  ['refuse', "what's the difference between an excess and a deductible?", null],
  ['refuse', "if a client doesn't pay within 14 days, phone them automatically", null],
  ['refuse', 'can you make me a workflow thing', null],
  ['refuse', 'every day at 9am but only on weekends, and never on Saturday or Sunday', null],
  ['refuse', 'update the Dwyer policy to add their new van', null],
  ['refuse', 'when a client phones in, transcribe the call and add it to their record', null],
  ['refuse', 'fax the ACORD 25 to the carrier whenever a cert is requested', null],
  ['refuse', 'hey can you reset my password for the portal', null],
  ['refuse', 'when a claim comes in automatically approve it and pay out from the trust account', null],
  ['refuse', 'rate this risk for me: 2019 Hilux, driver 35, garaged in Sandton', null],
  ['refuse', 'delete every lead older than 5 years (POPIA) on the 1st of each month', null],
];
