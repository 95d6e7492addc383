import type { HeldOutCase } from '../heldout';

/** Set 50, rows 66–130 in the order written. */
export const SECOND_50: readonly HeldOutCase[] = [
  [
    'many',
    'once a week (mon 7am brisbane) chase every overdue invoice with a reminder and then let me know how many went out',
    ['cron(0 7 ? * MON *) Australia/Brisbane', 'invoice.find; forEach[invoice.sendReminder]; notify.team'],
  ],
  [
    'many',
    "every day at 4pm, for each of tomorrow's hire bookings add a note on the customer's lead that their bike's been prepped",
    ['cron(0 16 * * ? *)', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    'every year on 1 Sept at 10am send all our customers (status = customer) the autumn service offer email',
    ['cron(0 10 1 9 ? *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 1 9 ? *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'list',
    "new lead → tag them 'website', email them the price list, then ping #sales",
    ['lead.created', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When someone books in: email the customer a confirmation, add a note to their lead, and tell Jonas on slack',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'invoice paid -> mark the lead as customer -> thank-you email -> post in #wins',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'form comes in: create the lead, book a 45 min bike fit with them and email them the time',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    'booking cancelled (we only do hires): log it, email the customer that the deposit refund is on its way, and tell Mia on slack to release the bikes',
    ['booking.cancelled', 'log; email.send; notify.team'],
  ],
  [
    'list',
    "leads from google ads (source = google-ads): tag them paid-ads, send the intro email and add a note 'auto intro sent'",
    ['lead.created {"lead.source":["google-ads"]}', 'crm.updateLead; email.send; crm.addNote'],
  ],
  [
    'list',
    'new invoice issued: email the customer about it, post in #accounts, and log it',
    ['invoice.created', 'email.send; notify.slack; log'],
  ],
  [
    'list',
    'when a customer replies by email, mark them qualified, add a note with what they said, and tell Rob',
    ['email.received', 'crm.updateLead; crm.addNote; notify.team'],
  ],
  [
    'list',
    'new hire lead → raise a €50 deposit invoice due in 3 days, email them about it and let #hire know',
    ['lead.created', 'invoice.create; email.send; notify.slack'],
  ],
  [
    'list',
    'lead marked as customer: send the welcome email, tag them club-member, book a 60 min intro ride and notify Steph',
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'email.send; crm.updateLead; calendar.schedule; notify.team',
    ],
  ],
  [
    'list',
    "every day 6pm: grab today's bookings, save them to a file and email it to office@radlager-muenchen.de",
    ['cron(0 18 * * ? *)', 'calendar.find; files.create; email.send'],
  ],
  [
    'record',
    'whenever someone submits a form on the site add them to the CRM with the tag test-ride',
    ['form.submitted', 'crm.createLead'],
  ],
  ['record', 'when a booking is made, mark the lead as qualified', ['booking.created', 'crm.updateLead']],
  ['record', 'invoice paid → set thier status to customer', ['invoice.paid', 'crm.updateLead']],
  [
    'record',
    'every email that arrives at hire@rollwerk.de should create a lead from the sender (source: email)',
    ['email.received {"to":["hire@rollwerk.de"]}', 'crm.createLead'],
  ],
  [
    'record',
    "after a booking gets cancelled, put a note on the customer: 'cancelled - follow up'",
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'record',
    "When a booking's created, raise an invoice to the customer for the £25 booking deposit",
    ['booking.created', 'invoice.create'],
  ],
  ['record', 'pls tag every new lead spring-2025', ['lead.created', 'crm.updateLead']],
  [
    'record',
    "when a lead's status changes to qualified, add a note 'send to Felix for quote'",
    ['lead.updated {"changes.status.to":["qualified"]}', 'crm.addNote'],
  ],
  [
    'report',
    'weekly report by email every monday 8am to owner@pedalworks.co.uk',
    ['cron(0 8 ? * MON *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'summary of yesterday in #daily every morning at 7:30',
    ['cron(30 7 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'last day of the month at 6pm, send Greta a summary of this month on slack',
    ['cron(0 18 L * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'Friday 5pm Amsterdam: summary of the week → #team',
    ['cron(0 17 ? * FRI *) Europe/Amsterdam', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'on the 1st of each month at 9 email the accountant a summary of last month (accounts@numbercrunch.com.au)',
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "daily at 6pm perth time drop a summary of today's activity in #shop",
    ['cron(0 18 * * ? *) Australia/Perth', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Every Monday at 9 - report on the last 7 days, email it to dieter@radwerk-bonn.de and also post it in #management',
    ['cron(0 9 ? * MON *)', 'report.summarize; email.send; notify.slack'],
  ],
  [
    'report',
    'every weekday at 8:00 Chicago time email Jake a summary of the last 24 hours',
    ['cron(0 8 ? * MON-FRI *) America/Chicago', 'report.summarize; notify.team'],
  ],
  [
    'approval',
    'before any payment reminder goes out on an overdue invoice I want to OK it first',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'new lead → AI drafts a reply, Nina approves it, then it gets sent',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'when a booking is cancelled, check with me before sending them the €20 cancellation fee invoice',
    ['booking.cancelled', 'approval; invoice.create'],
  ],
  [
    'approval',
    'every friday 4pm send all qualified leads our weekend sale email, but only after Lisa signs off on it',
    ['cron(0 16 ? * FRI *)', 'approval; crm.findLeads; forEach[email.send]'],
    [['cron(0 16 ? * FRI *)', 'crm.findLeads; approval; forEach[email.send]']],
  ],
  [
    'approval',
    "if a new lead is worth more than $20k get Mike's approval before we book a fleet demo with them",
    ['lead.created', 'if(trigger.lead.value gt 20000)[approval; calendar.schedule]'],
    [['lead.created {"lead.value":[{"numeric":[">",20000]}]}', 'approval; calendar.schedule']],
  ],
  [
    'approval',
    "new form submissions shouldn't go straight into the CRM any more - Pieter has to approve each one first, then add them as a lead",
    ['form.submitted', 'approval; crm.createLead'],
  ],
  [
    'approval',
    'every new invoice: email the customer about it, but I (Femke) need to approve each one before it goes',
    ['invoice.created', 'approval; email.send'],
  ],
  [
    'knowledge',
    'answer customer emails that come in using our FAQ (opening hours, service prices, that kind of thing)',
    ['email.received', 'knowledge.search; email.send'],
    [
      ['email.received', 'knowledge.search; email.draft; email.send'],
      ['email.received', 'email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'when someone asks a question thru the website form, look it up in our knowledge base and email them the answer',
    ['form.submitted', 'knowledge.search; email.send'],
    [
      ['form.submitted', 'knowledge.search; email.draft; email.send'],
      ['form.submitted', 'email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'auto-answer emails to hire@bikehire-noosa.com.au from the knowledge base (pickup times, deposit, helmet sizes etc)',
    ['email.received {"to":["hire@bikehire-noosa.com.au"]}', 'knowledge.search; email.send'],
    [
      ['email.received {"to":["hire@bikehire-noosa.com.au"]}', 'knowledge.search; email.draft; email.send'],
      ['email.received {"to":["hire@bikehire-noosa.com.au"]}', 'email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'new lead comes in: search the FAQ for their question, draft a reply and send the draft to Sam to check',
    ['lead.created', 'knowledge.search; email.draft; notify.team'],
    [['lead.created', 'email.draft; notify.team']],
  ],
  [
    'knowledge',
    "Every new booking: send the customer our 'before your service' prep checklist from the knowledge base",
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'use the FAQ in the knowledge base to answer the questions people send in through Typeform, reply by email',
    ['webhook:typeform', 'knowledge.search; email.send'],
    [['form.submitted {"source":["typeform"]}', 'knowledge.search; email.send']],
  ],
  [
    'webhook',
    'when stripe sends us a payment webhook, mark the matching invoice as paid',
    ['webhook:stripe', 'invoice.markPaid'],
  ],
  [
    'webhook',
    'new shopify order comes through → email the customer a thank you plus the click & collect info',
    ['webhook:shopify', 'email.send'],
  ],
  [
    'webhook',
    'when calendly pings our webhook (people booking bike fits through it) → add the person as a lead and post in #fits',
    ['webhook:calendly', 'crm.createLead; notify.slack'],
  ],
  [
    'webhook',
    'zapier webhook hits us -> log the payload and tell Ali',
    ['webhook:zapier', 'log; notify.team'],
  ],
  [
    'webhook',
    "our POS (Lightspeed) will POST to a webhook when a repair ticket is closed. when that happens email the customer that their bike's ready for collection",
    ['webhook:lightspeed', 'email.send'],
  ],
  [
    'webhook',
    'our typeform is only for hire enquiries - each submission → create a lead tagged hire',
    ['webhook:typeform', 'crm.createLead'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead']],
  ],
  ['refuse', 'can you ring customers when their bike is ready for collection', null],
  ['refuse', 'text the customer by SMS when their repair is done', null],
  ['refuse', 'whatsapp our hire customers a reminder an hour before pickup', null],
  ['refuse', 'print the workshop job cards every morning at 8', null],
  ['refuse', 'post our new bike arrivals to instagram every friday', null],
  ['refuse', 'whats a fair price for a full service on a road bike these days?', null],
  ['refuse', "cheers mate, that's perfect", null],
  ['refuse', 'email Jan the quote for the wheel build right now', null],
  ['refuse', 'delete all leads older than a year', null],
  ['refuse', 'make our workflows better', null],
  ['refuse', 'every day at 9am send the service reminder emails, but never send any reminder emails', null],
  ['refuse', 'when a booking is created, cancel it straight away', null],
  ['refuse', 'unlock the smart locks on the hire bikes when the deposit invoice is paid', null],
  ['refuse', 'every morning fax the parts order through to the wholesaler', null],
  ['refuse', 'how do i true a buckled wheel?', null],
  ['refuse', 'sort the shop out pls', null],
];
