import type { HeldOutCase } from '../heldout';

/** Set 35, rows 66–130 in the order written. */
export const SECOND_35: readonly HeldOutCase[] = [
  [
    'many',
    "storm closure workflow: when I run it, cancel all of tomorrow's bookings and email each customer that we're closed",
    ['manual', 'calendar.find; forEach[calendar.cancel; email.send]'],
  ],
  [
    'many',
    'every tuesday at 9 for each lead tagged lease-end have the AI write a personal trade-up email and send it',
    ['cron(0 9 ? * TUE *)', 'crm.findLeads; forEach[email.draft; email.send]'],
  ],
  [
    'list',
    'new lead → tag it internet, send the welcome email, book a call for tomorrow, and tell #bdc',
    ['lead.created', 'crm.updateLead; email.send; calendar.schedule; notify.slack'],
  ],
  [
    'list',
    'When someone books a test drive: confirm by email, add a note on their lead, and let Marcus know',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'when a repair invoice is paid: mark the lead as a customer, send a thank you email, and post in #service',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'typeform trade-in form → create the lead, email them we got it, and get Jake to do the appraisal',
    ['webhook:typeform', 'crm.createLead; email.send; notify.team'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead; email.send; notify.team']],
  ],
  [
    'list',
    'when a customer replies: add a note, set them to contacted, and tell their salesperson in slack',
    ['email.received', 'crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'overdue invoice → send the reminder, add a note on the lead, email Sandra',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'new lead → have the AI write them a personal intro email based on what they asked about and send it, then add a note that it went out',
    ['lead.created', 'email.draft; email.send; crm.addNote'],
  ],
  [
    'list',
    'Wenn ein Werkstatttermin storniert wird: Kunde per Mail informieren, Notiz im Lead, und in #werkstatt posten',
    ['booking.cancelled', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When a deal closes (status goes to customer): create the invoice for the $499 doc fee, email them welcome to the Patriot Chevy family, and slack #sales SOLD',
    ['lead.updated {"lead.status":["customer"]}', 'invoice.create; email.send; notify.slack'],
    [['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send; notify.slack']],
  ],
  [
    'list',
    "give me a button where I put in the customer's email & name: add them as a lead, book a delivery appointment and email them the time",
    ['manual', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    'web form submitted → save the submission as a file in web-forms, create the lead and let the BDC know on slack',
    ['form.submitted', 'files.create; crm.createLead; notify.team'],
    [['form.submitted', 'files.create; crm.createLead; notify.slack']],
  ],
  ['record', 'contact us form on the website → add them as a lead', ['form.submitted', 'crm.createLead']],
  [
    'record',
    'when a service customer pays their invoice set their lead to customer',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    'someone books an appointment → set their lead status to contacted',
    ['booking.created', 'crm.updateLead'],
  ],
  ['record', 'If a customer replies tag them engaged', ['email.received', 'crm.updateLead']],
  [
    'record',
    'Jotform credit application comes in → create a lead tagged finance app with status qualified',
    ['webhook:jotform', 'crm.createLead'],
    [['form.submitted {"source":["jotform"]}', 'crm.createLead']],
  ],
  [
    'record',
    'every new lead should get a note saying assigned to BDC – Tasha',
    ['lead.created', 'crm.addNote'],
  ],
  [
    'record',
    'when a lead is marked lost take the hot tag off it',
    ['lead.updated {"lead.status":["lost"]}', 'crm.updateLead'],
    [['lead.updated {"changes.status.to":["lost"]}', 'crm.updateLead']],
  ],
  [
    'record',
    'Create an invoice when a service booking is made: $89.95 diagnostic fee, due in 7 days',
    ['booking.created', 'invoice.create'],
  ],
  [
    'record',
    "when a booking is cancelled add a note to the customer's lead with the reason",
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'report',
    'every evening at 7 send me a summary of the days activity - mike@bayviewhonda.com',
    ['cron(0 19 * * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'Monday 8am weekly summary of last week into #managers',
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    '1st of each month, 9am sydney time, summary of last month emailed to the dealer principal ross@harbourcityford.com.au',
    ['cron(0 9 1 * ? *) Australia/Sydney', 'report.summarize; email.send'],
  ],
  [
    'report',
    'Jeden Freitag 17 Uhr Wochenbericht an die Geschäftsführung per Mail (gf@autohaus-krueger.de)',
    ['cron(0 17 ? * FRI *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "saturday 6pm after we close, post a summary of this week's numbers in slack",
    ['cron(0 18 ? * SAT *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'give the sales team a summary of yesterday every weekday morning at half 8',
    ['cron(30 8 ? * MON-FRI *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'I want a report I can run any time covering the last 30 days and have it saved as a file',
    ['manual', 'report.summarize; files.create'],
  ],
  [
    'report',
    'daily 6pm eastern: summarize today and email it to the owner (frank@tristatekia.com) + post it in #general',
    ['cron(0 18 * * ? *) America/New_York', 'report.summarize; email.send; notify.slack'],
  ],
  [
    'approval',
    'new lead tagged discount request → Greg (sales mgr) has to approve before we email them the discount offer',
    ['lead.created {"lead.tags":["discount request"]}', 'approval; email.send'],
    [['lead.created', 'if(trigger.lead.tags contains "discount request")[approval; email.send]']],
  ],
  [
    'approval',
    'new invoice over $10k → Linda has to OK it before it gets emailed to the customer',
    ['invoice.created {"invoice.totalCents":[{"numeric":[">",1000000]}]}', 'approval; email.send'],
    [['invoice.created', 'if(trigger.invoice.totalCents gt 1000000)[approval; email.send]']],
  ],
  [
    'approval',
    'trade in appraisal form → manager approves the offer → email it to the customer. if he rejects it tell the salesperson',
    ['form.submitted', 'approval(rejected:[notify.team]); email.send'],
  ],
  [
    'approval',
    "before any invoice that's more than 60 days overdue goes to collections the owner has to approve, then email claims@nationalrecoveries.com",
    ['invoice.overdue {"daysOverdue":[{"numeric":[">",60]}]}', 'approval; email.send'],
    [['invoice.overdue', 'if(trigger.daysOverdue gt 60)[approval; email.send]']],
  ],
  [
    'approval',
    'when someone cancels their booking ask the service manager if we should send them a come-back 10% off email; if yes send it',
    ['booking.cancelled', 'approval; email.send'],
  ],
  [
    'approval',
    'every monday 9am find the leads with no reply in 14 days and, once Jess approves, email each one',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; approval; forEach[email.send]'],
  ],
  [
    'approval',
    "new leads over $75k: get the GM's sign off before booking them a test drive, tell the salesperson if he says no",
    [
      'lead.created {"lead.value":[{"numeric":[">",75000]}]}',
      'approval(rejected:[notify.team]); calendar.schedule',
    ],
    [
      [
        'lead.created',
        'if(trigger.lead.value gt 75000)[approval(rejected:[notify.team]); calendar.schedule]',
      ],
    ],
  ],
  [
    'knowledge',
    'customer emails in with a question → search our knowledge base and email them back the answer',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'When someone asks a question on the service enquiry form, look it up in the FAQ and email them what it says',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'every morning at 8 post the daily specials from our knowledge base to #sales',
    ['cron(0 8 * * ? *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'answer customer emails with an AI written reply using our knowledge base (warranty, servicing, opening hours etc) and send it',
    ['email.received', 'email.draft; email.send'],
    // the knowledge base searched, then the reply drafted from it, as sets 12, 23 and 24 expect (session 42)
    [['email.received', 'knowledge.search; email.draft; email.send']],
  ],
  [
    'knowledge',
    'new lead → look up our financing info in the knowledge base and send it to them',
    ['lead.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'when a service booking is made find the what to bring to your service article in the knowledge base and email it to the customer',
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'webhook',
    'Typeform test drive request form → email the sales team',
    ['webhook:typeform', 'notify.team'],
    [['form.submitted {"source":["typeform"]}', 'notify.team']],
  ],
  [
    'webhook',
    'stripe says a payment failed → tell Sandra in accounts right away',
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'notify.team'],
  ],
  [
    'webhook',
    'our DMS will post to a webhook (source dms) when a car is delivered — post "car delivered 🎉" in #deliveries',
    ['webhook:dms', 'notify.slack'],
  ],
  [
    'webhook',
    'shopify parts store: when an order is paid email parts@greenvalleyharley.com to pick it',
    ['webhook:shopify {"webhook.type":["orders/paid"]}', 'email.send'],
    [['invoice.paid {"invoice.id":[{"prefix":"shopify:"}]}', 'email.send']],
  ],
  [
    'webhook',
    'carsales sends their leads to our webhook → create the lead and ping the BDC in slack',
    ['webhook:carsales', 'crm.createLead; notify.team'],
    [['webhook:carsales', 'crm.createLead; notify.slack']],
  ],
  [
    'webhook',
    "Calendly bookings → add a note to the customer's lead and email Bianca",
    ['webhook:calendly', 'crm.addNote; notify.team'],
  ],
  ['refuse', 'how many cars did we sell last month', null],
  ['refuse', 'text the customer when their car is ready for pickup', null],
  ['refuse', 'delete all the lost leads from 2022 pls', null],
  ['refuse', 'pull a carfax for every trade in that comes thru', null],
  ['refuse', 'drop the price on all used cars over 60 days in stock by 5% on autotrader', null],
  ['refuse', 'whats the best way to follow up internet leads?', null],
  ['refuse', 'email John Smith right now that his F-150 is ready', null],
  ['refuse', "call every lead that hasn't answered an email in a week", null],
  ['refuse', 'make it better', null],
  [
    'refuse',
    'when a new lead comes in send them the welcome email but dont send any emails to new leads',
    null,
  ],
  ['refuse', 'print the deal jacket for stock #4471 and leave it on my desk', null],
  ['refuse', 'post our new arrivals to facebook marketplace every morning at 9', null],
  ['refuse', 'remind customers 90 days before their lease ends', null],
  ['refuse', 'asdfgh', null],
  ['refuse', 'order brake pads for RO 55213 from the parts supplier', null],
  ['refuse', 'Wie viele Probefahrten hatten wir diese Woche?', null],
];
