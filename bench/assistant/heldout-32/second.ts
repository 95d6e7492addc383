import type { HeldOutCase } from '../heldout';

/** Set 32, rows 66–130 in the order written. */
export const SECOND_32: readonly HeldOutCase[] = [
  [
    'many',
    'Manual one: find everyone tagged preorder-mugs, email them the shipping update, then slack me how many went out',
    ['manual', 'crm.findLeads; forEach[email.send]; notify.slack'],
  ],
  [
    'many',
    "thursdays 10am ET: leads tagged sample-sent who haven't replied in 5 days → add a note + send a follow up",
    ['cron(0 10 ? * THU *) America/New_York', 'crm.findLeads; forEach[crm.addNote; email.send]'],
  ],
  [
    'list',
    "ok so this is our wholesale process and I'm sick of doing it by hand. when the wholesale form is filled in: add them as a lead, email them the line sheet, post in #wholesale so Priya sees it, and then book them in for an intro call. that's it, in that order pls",
    ['form.submitted', 'crm.createLead; email.send; notify.slack; calendar.schedule'],
  ],
  [
    'list',
    'someone books a fitting → confirmation email, note on their record, and tell Ellie',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'Order paid: mark them as a customer, send the receipt/thank you email, then post in #sales',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'returns form submitted - log it, email the customer our returns address, and let Jess know',
    ['form.submitted', 'log; email.send; notify.team'],
  ],
  [
    'list',
    'invoice overdue → send the reminder, add a note to the customer, post in #finance',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'new lead comes in - have the AI write them a personal intro email, send it, then leave a note on their record that we did',
    ['lead.created', 'email.draft; email.send; crm.addNote'],
  ],
  [
    'list',
    'booking cancelled: note it on the customer, send a sorry-to-miss-you email, ping Sam',
    ['booking.cancelled', 'crm.addNote; email.send; notify.team'],
  ],
  [
    'list',
    "press launch button (i'll run it myself): post the launch msg in #general, email the press list at press@saltandsage.co, then log that it went out",
    ['manual', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    'custom order requests from jotform: create the lead, email them that we got it, and book a 30 min design call',
    ['form.submitted {"source":["jotform"]}', 'crm.createLead; email.send; calendar.schedule'],
    [['webhook:jotform', 'crm.createLead; email.send; calendar.schedule']],
  ],
  [
    'list',
    'when a stripe payment comes thru: mark the lead as customer + tag them paid, email receipt, slack #orders',
    ['invoice.paid {"invoice.id":[{"prefix":"stripe:"}]}', 'crm.updateLead; email.send; notify.slack'],
    [['webhook:stripe', 'crm.updateLead; email.send; notify.slack']],
  ],
  [
    'list',
    'New email in the orders@ inbox (orders@pinewoodgoods.com): save it as a file in the inbox-archive folder, then reply saying we got it, then tell Mia',
    ['email.received {"to":["orders@pinewoodgoods.com"]}', 'files.create; email.send; notify.team'],
  ],
  [
    'record',
    'wholesale form submissions → add them to the crm as a lead tagged wholesale',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    'if a customer replies to our review request email mark them as contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'record',
    'When an invoice is paid switch that customer to status "customer"',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'record',
    'every new booking, stick a note on the customers record with the appointment time',
    ['booking.created', 'crm.addNote'],
  ],
  [
    'record',
    'people who book a call through calendly should be added as leads (source calendly)',
    ['booking.created', 'crm.createLead'],
    [['webhook:calendly', 'crm.createLead']],
  ],
  [
    'record',
    'I want a thing I can run by hand where I type the customer email, name and amount and it makes a GBP invoice for wholesale stock, due in 30 days',
    ['manual', 'invoice.create'],
  ],
  [
    'record',
    'supplier invoices emailed to bills@willowandbirch.co.uk - save the email text as a file in the supplier-invoices folder',
    ['email.received {"to":["bills@willowandbirch.co.uk"]}', 'files.create'],
  ],
  [
    'record',
    "leads from instagram: set their value to 50 and tag them 'ig'",
    ['lead.created {"lead.source":["instagram"]}', 'crm.updateLead'],
  ],
  [
    'record',
    'when a booking gets cancelled take the upcoming-fitting tag off the customer',
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'report',
    'monday 8am — summary of last weeks activity emailed to owner@hollowoakcandles.com',
    ['cron(0 8 ? * MON *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'daily 6pm summary of the day in #ops pls',
    ['cron(0 18 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'on the 1st of each month at 9 summarise last month and save it as a file in the reports folder',
    ['cron(0 9 1 * ? *)', 'report.summarize; files.create'],
  ],
  [
    'report',
    'Fridays 4pm send the team the list of unpaid invoices',
    ['cron(0 16 ? * FRI *)', 'invoice.find; notify.team'],
  ],
  [
    'report',
    "7:30 every morning post today's click and collect bookings in #shop-floor",
    ['cron(30 7 * * ? *)', 'calendar.find; notify.slack'],
  ],
  [
    'report',
    'monday mornings 9am send Kate the new leads from the last 7 days',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; notify.team'],
  ],
  [
    'report',
    'weekdays at 5:30pm toronto time email a summary of the day to founders@northernpine.ca',
    ['cron(30 17 ? * MON-FRI *) America/Toronto', 'report.summarize; email.send'],
  ],
  [
    'report',
    'give me something i can run whenever that summarises the last 30 days and drops it in slack',
    ['manual', 'report.summarize; notify.slack'],
  ],
  [
    'approval',
    'refund request form comes in -> Jess has to approve it, then email the customer that their refund is approved',
    ['form.submitted', 'approval; email.send'],
  ],
  [
    'approval',
    "Every time a new lead lands I want the AI to draft a reply for them, but I don't trust it yet so it has to come to me first - I'll OK it (or not) and only then does it go out to the customer. Cheers",
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    "overdue invoice - get Marcus to approve before the reminder goes out. if he says no just tell him it wasn't sent",
    ['invoice.overdue', 'approval(rejected:[notify.team]); invoice.sendReminder'],
  ],
  [
    'approval',
    'VIP discount blast - get Sam to sign off first, then email everyone tagged vip the code VIP20',
    ['manual', 'approval; crm.findLeads; forEach[email.send]'],
    [['manual', 'approval; crm.exportLeads; forEach[email.send]']],
  ],
  [
    'approval',
    "if a customer emails with 'cancel' in the subject, Dee needs to approve the cancellation, then we reply confirming it's cancelled",
    ['email.received', 'if(trigger.subject contains "cancel")[approval; email.send]'],
    [['email.received {"subject":[{"wildcard":"*cancel*"}]}', 'approval; email.send']],
  ],
  [
    'approval',
    'supplier invoice uploaded to supplier-invoices → Gemma approves payment. approved: post in #finance to pay it. rejected: let Tom know',
    ['file.updated {"file.folder":["supplier-invoices"]}', 'approval(rejected:[notify.team]); notify.slack'],
  ],
  [
    'approval',
    'every monday 10am have the AI draft the weekly newsletter, Kim approves it, then send it to list@news.fernandfable.com',
    ['cron(0 10 ? * MON *)', 'email.draft; approval; email.send'],
  ],
  [
    'knowledge',
    'customer emails support → look up the answer in our FAQ knowledge base and email it back to them',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'when someone asks a question on the contact form search our help docs and reply with the best match',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'emails to hello@oakandfern.co.uk: search the kb for sizing info, have the AI draft a reply, and send the draft to Jess to check',
    ['email.received {"to":["hello@oakandfern.co.uk"]}', 'knowledge.search; email.draft; notify.team'],
  ],
  [
    'knowledge',
    'every monday at 9 pull our returns policy from the knowledge base and post it in #cs as a refresher',
    ['cron(0 9 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'wholesale enquiry form → look up our wholesale terms in the knowledge base and email them to the person',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'customer replies about shipping → search the kb for delivery times and post what it finds in #support along with their message',
    ['email.received', 'knowledge.search; notify.slack'],
  ],
  ['webhook', 'when shopify pings our webhook post it in #orders', ['webhook:shopify', 'notify.slack']],
  [
    'webhook',
    "we pointed shopify's abandoned checkout webhook at you - when it fires wait 1 hour then email the customer a cart reminder",
    ['webhook:shopify', 'wait(PT1H); email.send'],
  ],
  [
    'webhook',
    'our product quiz is on typeform - every result should become a new lead with their quiz answers saved on it',
    ['webhook:typeform', 'crm.createLead'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead']],
  ],
  [
    'webhook',
    'stripe webhook for failed payments (invoice.payment_failed) → slack #finance',
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'notify.slack'],
  ],
  [
    'webhook',
    "ShipBob posts to our webhook (source shipbob) when a parcel's delivered - send the customer a how's-your-order email",
    ['webhook:shipbob', 'email.send'],
  ],
  [
    'webhook',
    "I've set up a webhook source called etsy for new etsy orders. each one: create a lead tagged etsy and ping Mia",
    ['webhook:etsy', 'crm.createLead; notify.team'],
  ],
  ['refuse', 'how many orders did we ship last week?', null],
  ['refuse', 'refund order #4471 for Sarah Jennings now pls', null],
  ['refuse', 'text customers an SMS when their parcel is out for delivery', null],
  ['refuse', 'set the stock for the blue speckled mugs to 0 in shopify', null],
  ['refuse', 'post our new product photos to instagram every friday at noon', null],
  ['refuse', "print the packing slips for all of today's orders", null],
  ['refuse', "what's the best time of day to send abandoned cart emails??", null],
  ['refuse', 'do the usual thing with returns', null],
  ['refuse', "send every new customer the welcome email, but don't email new customers at all", null],
  ['refuse', 'can you make our shopify theme load faster on mobile', null],
  ['refuse', 'ring up anyone who leaves a 1 star review', null],
  ['refuse', 'thanks!! that one worked perfectly', null],
  ['refuse', 'translate all our product descriptions into french', null],
  ['refuse', 'automatically drop our prices whenever a competitor on amazon undercuts us', null],
  ['refuse', 'delete every customer from the crm who hasnt ordered since 2022', null],
  ['refuse', 'send the sale email to the whole list tomorrow morning but hold it until next month', null],
];
