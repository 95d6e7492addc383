import type { HeldOutCase } from '../heldout';

/** Set 49, rows 66–130 in the order written. */
export const SECOND_49: readonly HeldOutCase[] = [
  [
    'many',
    '1st of every month, 9am NZ time: email every customer with an unpaid invoice a note of their balance',
    ['cron(0 9 1 * ? *) Pacific/Auckland', 'invoice.find; forEach[email.send]'],
    [['cron(0 9 1 * ? *) Pacific/Auckland', 'invoice.find; forEach[invoice.sendReminder]']],
  ],
  [
    'many',
    "daily at 7am Hobart time, go through today's bookings and email each guest the directions to the cellar door",
    ['cron(0 7 * * ? *) Australia/Hobart', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "Weekdays 5pm Pacific: for every lead from the 'farm stand' source created today, add a note 'met at stand'",
    ['cron(0 17 ? * MON-FRI *) America/Los_Angeles', 'crm.findLeads; forEach[crm.addNote]'],
  ],
  [
    'list',
    "new lead → add a note 'veg box interest', email them the welcome pack, post in #new-customers",
    ['lead.created', 'crm.addNote; email.send; notify.slack'],
  ],
  [
    'list',
    'When an invoice is paid: mark the lead as customer, email a thank you, and tell Sam',
    ['invoice.paid', 'crm.updateLead; email.send; notify.team'],
  ],
  [
    'list',
    'form submitted: create a lead, book a 30 min farm visit, then email them the time',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    'booking cancelled → note on their lead → sorry-we-missed-you email → #bookings',
    ['booking.cancelled', 'crm.addNote; email.send; notify.slack'],
  ],
  [
    'list',
    "email to wholesale@brambleandoak.co.uk: create a lead from the sender, draft a reply, and let Hugo know it's waiting",
    ['email.received {"to":["wholesale@brambleandoak.co.uk"]}', 'crm.createLead; email.draft; notify.team'],
  ],
  [
    'list',
    'invoice overdue: send reminder, add a note on their record, then post in #accounts',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'new cottage booking: email the confirmation, note it on their lead, then raise a £50 deposit invoice (GBP)',
    ['booking.created', 'email.send; crm.addNote; invoice.create'],
  ],
  [
    'list',
    'When a lead becomes a customer, create their first invoice (weekly veg box, $35), email them the welcome guide, and tag them box-active',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send; crm.updateLead'],
    [['lead.updated {"lead.status":["customer"]}', 'invoice.create; email.send; crm.updateLead']],
  ],
  [
    'list',
    'on new lead: log it, email kiri@tepukefarm.co.nz about it, and book a callback call',
    ['lead.created', 'log; email.send; calendar.schedule'],
  ],
  [
    'list',
    'Quand une facture est payée : mail de remerciement au client, une note sur sa fiche, et prévenir Claire sur Slack',
    ['invoice.paid', 'email.send; crm.addNote; notify.team'],
    [['invoice.paid', 'email.send; crm.addNote; notify.slack']],
  ],
  [
    'list',
    'when a file in harvest-logs is updated: AI summary of it, save the summary as a file in the summaries folder, post in #growers',
    ['file.updated {"file.folder":["harvest-logs"]}', 'ai.task; files.create; notify.slack'],
  ],
  [
    'record',
    'when someone signs up to the newsletter form on the site, add them to the CRM as a lead, source website',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    "new booking → add a note to the customer's lead with the booking time",
    ['booking.created', 'crm.addNote'],
  ],
  ['record', 'invoice paid = mark the lead as a customer pls', ['invoice.paid', 'crm.updateLead']],
  [
    'record',
    'whenever a lead emails us, save the email as a note on their record',
    ['email.received', 'crm.addNote'],
    [['email.received', 'if(trigger.leadId exists true)[crm.addNote]']],
  ],
  [
    'record',
    'if someone cancels their booking tag them cancelled-2025',
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'record',
    'when a lead is marked qualified, raise a $150 account setup invoice in USD',
    ['lead.updated {"changes.status.to":["qualified"]}', 'invoice.create'],
    [['lead.updated {"lead.status":["qualified"]}', 'invoice.create']],
  ],
  [
    'record',
    'Open day form submitted → add the person as a lead tagged open-day-2025 and add a note with what they wrote',
    ['form.submitted', 'crm.createLead; crm.addNote'],
  ],
  [
    'record',
    "overdue invoice -> note on the customer's lead: overdue, hold deliveries",
    ['invoice.overdue', 'crm.addNote'],
  ],
  [
    'report',
    'weekly report every monday 8am in #general',
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "Can I get a summary of the day's activity emailed to me at 6pm every day? bev@oakfieldfarmshop.co.uk",
    ['cron(0 18 * * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'monthly report for last month on the 1st, 9am Auckland time, to accounts@kumarakitchen.co.nz',
    ['cron(0 9 1 * ? *) Pacific/Auckland', 'report.summarize; email.send'],
  ],
  [
    'report',
    "every friday at 5 send Tom the week's summary on slack",
    ['cron(0 17 ? * FRI *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'last day of the month, 5pm: summary of the month saved as a file in the reports folder',
    ['cron(0 17 L * ? *)', 'report.summarize; files.create'],
  ],
  [
    'report',
    'Sunday 7pm Denver time, weekly summary to #farm-office',
    ['cron(0 19 ? * SUN *) America/Denver', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'every morning at 7 a quick summary of yesterday emailed to me and jo (jo@riverbendcsa.com, me = mike@riverbendcsa.com)',
    ['cron(0 7 * * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'un résumé quotidien à 21h heure de Paris sur Slack #ferme stp',
    ['cron(0 21 * * ? *) Europe/Paris', 'report.summarize; notify.slack'],
  ],
  [
    'approval',
    'When an invoice goes overdue I want to OK the reminder before it goes out',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    "new lead → AI drafts a reply, but Ellie approves it before it's sent",
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    "when someone sends in the enquiry form, create the £100 deposit invoice but only after I've approved it",
    ['form.submitted', 'approval; invoice.create'],
  ],
  [
    'approval',
    'Every Friday 3pm email all customers the weekend offer but check with me first each time',
    ['cron(0 15 ? * FRI *)', 'approval; crm.findLeads; forEach[email.send]'],
    [['cron(0 15 ? * FRI *)', 'crm.findLeads; approval; forEach[email.send]']],
  ],
  [
    'approval',
    'when someone books a group tour (any booking really), I want to approve before the confirmation email goes',
    ['booking.created', 'approval; email.send'],
  ],
  [
    'approval',
    "when a lead is marked lost, ask the manager to approve before we send the 'sorry to see you go' voucher email",
    ['lead.updated {"changes.status.to":["lost"]}', 'approval; email.send'],
    [['lead.updated {"lead.status":["lost"]}', 'approval; email.send']],
  ],
  [
    'approval',
    'incoming emails to orders@copperbeechfarm.com → AI drafts the answer, Jess approves, then send. if she rejects it, tell #orders',
    [
      'email.received {"to":["orders@copperbeechfarm.com"]}',
      'email.draft; approval(rejected:[notify.slack]); email.send',
    ],
  ],
  [
    'knowledge',
    'answer emails to hello@littlegreenfield.co.uk using our FAQ (delivery days, box prices, that kind of thing)',
    ['email.received {"to":["hello@littlegreenfield.co.uk"]}', 'knowledge.search; email.send'],
    [
      ['email.received {"to":["hello@littlegreenfield.co.uk"]}', 'email.draft; email.send'],
      ['email.received {"to":["hello@littlegreenfield.co.uk"]}', 'knowledge.search; email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'when someone fills in the question form, look up the answer in our knowledge base and email it back to them',
    ['form.submitted', 'knowledge.search; email.send'],
    [['form.submitted', 'knowledge.search; email.draft; email.send']],
  ],
  [
    'knowledge',
    'auto reply to customer emails from the knowledge base pls, cc me on every one (anna@maplehollow.com)',
    ['email.received', 'knowledge.search; email.send'],
    [
      ['email.received', 'email.draft; email.send'],
      ['email.received', 'knowledge.search; email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'When the contact form comes in, search the KB for their question and post the best answer in #customer-q so someone can send it',
    ['form.submitted', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    "draft replies (don't send!) to incoming emails using our storage & recipe guides in the knowledge base",
    ['email.received', 'knowledge.search; email.draft'],
    [['email.received', 'email.draft']],
  ],
  [
    'knowledge',
    'Répondre automatiquement aux mails reçus sur contact@lejardindesoline.fr avec les infos de notre FAQ',
    ['email.received {"to":["contact@lejardindesoline.fr"]}', 'knowledge.search; email.send'],
    [
      ['email.received {"to":["contact@lejardindesoline.fr"]}', 'email.draft; email.send'],
      ['email.received {"to":["contact@lejardindesoline.fr"]}', 'knowledge.search; email.draft; email.send'],
    ],
  ],
  ['webhook', 'When a Shopify order comes in post it in #orders', ['webhook:shopify', 'notify.slack']],
  [
    'webhook',
    'Typeform (our CSA interest survey) → create a lead + send them a thank you email',
    ['webhook:typeform', 'crm.createLead; email.send'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead; email.send']],
  ],
  [
    'webhook',
    'stripe payment webhook → mark the invoice paid and thank the customer by email',
    ['webhook:stripe', 'invoice.markPaid; email.send'],
  ],
  [
    'webhook',
    'calendly booking webhook: create the lead and let Pete know',
    ['webhook:calendly', 'crm.createLead; notify.team'],
  ],
  [
    'webhook',
    "we've got a soil-moisture sensor service that calls a webhook (source name fieldsense) — when it fires, alert #irrigation",
    ['webhook:fieldsense', 'notify.slack'],
  ],
  [
    'webhook',
    'when Zapier sends us a webhook from the market stall POS, add the customer as a lead',
    ['webhook:zapier', 'crm.createLead'],
  ],
  ['refuse', 'ring the customer when their box is out for delivery', null],
  ['refuse', 'send a whatsapp to the pickers group when the harvest list is ready', null],
  ['refuse', 'print the packing slips every morning at 6', null],
  ['refuse', 'post our weekly box contents on instagram and facebook every thursday arvo', null],
  ['refuse', 'how many eggs does a hen lay a week roughly?', null],
  ['refuse', "cheers, you've been a massive help today 🙏", null],
  ['refuse', "email all our box customers right now to say the market's cancelled today", null],
  ['refuse', 'delete every lead and invoice older than a year', null],
  ['refuse', 'turn the polytunnel irrigation on at 5am every day', null],
  ['refuse', 'make our automations better', null],
  [
    'refuse',
    'every Monday at 9 send the weekly report to #general, but never send anything on Mondays',
    null,
  ],
  [
    'refuse',
    "when a new lead comes in email them the welcome pack and then make sure they don't get any email from us",
    null,
  ],
  ['refuse', 'text me when a wholesale invoice over $500 gets paid', null],
  ['refuse', "what's the difference between a CSA and a veg box scheme anyway", null],
  ['refuse', 'can u sort out the wifi in the farm shop, card machine keeps dropping', null],
  ['refuse', "wipe all the bookings for next week, we're shutting for the floods", null],
];
