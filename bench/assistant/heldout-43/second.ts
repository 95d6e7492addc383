import type { HeldOutCase } from '../heldout';

/** Set 43, rows 66–130 in the order written. */
export const SECOND_43: readonly HeldOutCase[] = [
  [
    'many',
    'first of the month 7am: post every overdue invoice in #arrears, one message each',
    ['cron(0 7 1 * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many',
    'fridays 5pm uk time, every lead tagged student gets the weekly listings email',
    ['cron(0 17 ? * FRI *) Europe/London', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'list',
    'new application form comes in → create them in the CRM, email the referencing link, book a viewing slot and tell Sarah',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'When a tenancy is signed (lead marked customer): email them the welcome pack, raise the first rent invoice for £1,200, book the check-in inspection and post in #lettings',
    [
      'lead.updated {"lead.status":["customer"]}',
      'email.send; invoice.create; calendar.schedule; notify.slack',
    ],
    [
      [
        'lead.updated {"changes.status.to":["customer"]}',
        'email.send; invoice.create; calendar.schedule; notify.slack',
      ],
    ],
  ],
  [
    'list',
    'rent paid -> add a note on the tenant record, email them a receipt, then post in #accounts',
    ['invoice.paid', 'crm.addNote; email.send; notify.slack'],
  ],
  [
    'list',
    'viewing cancelled: email the applicant, let Jo (landlord liaison) know, and log it',
    ['booking.cancelled', 'email.send; notify.team; log'],
  ],
  [
    'list',
    "emails to fixit@parksidestrata.com.au: save the email as a file in the maintenance folder, tell Dale, then reply to the tenant saying we're on it",
    ['email.received {"to":["fixit@parksidestrata.com.au"]}', 'files.create; notify.team; email.send'],
  ],
  [
    'list',
    'when something gets uploaded to the inspections folder, slack the PM channel (#pm) then email landlords@keystonelettings.co.za',
    ['file.updated {"file.folder":["inspections"]}', 'notify.slack; email.send'],
  ],
  [
    'list',
    "new lead from openrent: email them, schedule a call and tag them 'openrent'",
    ['lead.created {"lead.source":["openrent"]}', 'email.send; calendar.schedule; crm.updateLead'],
  ],
  [
    'list',
    'on overdue rent: send the reminder, put a note on the lead, post in #arrears and email our arrears officer kim@northshorepm.com',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack; email.send'],
  ],
  [
    'list',
    'a workflow I can kick off by hand for move-outs: email the tenant the checkout checklist, book the checkout inspection, then tell the deposit team',
    ['manual', 'email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'when someone fills in our web form add them as a lead, draft them a personalised reply, send it and ping slack',
    ['form.submitted', 'crm.createLead; email.draft; email.send; notify.slack'],
  ],
  [
    'list',
    'Viewing booked: add a note to the applicant record, email them directions and tell the negotiator (Amy)',
    ['booking.created', 'crm.addNote; email.send; notify.team'],
  ],
  [
    'record',
    'when the website enquiry form is submitted add the person as a new lead with source website',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    'when a tenant pays their rent invoice mark their lead as a customer',
    ['invoice.paid', 'crm.updateLead'],
    [['invoice.paid', 'if(trigger.invoice.leadId exists true)[crm.updateLead]']],
  ],
  [
    'record',
    "every time a viewing's booked put a note on the applicant's record with the date/time",
    ['booking.created', 'crm.addNote'],
    [['booking.created', 'if(trigger.booking.leadId exists true)[crm.addNote]']],
  ],
  [
    'record',
    'when a lead replies to one of our emails move them to contacted',
    ['email.received', 'crm.updateLead'],
    [['email.received', 'if(trigger.leadId exists true)[crm.updateLead]']],
  ],
  [
    'record',
    "booking cancelled -> tag the lead 'viewing-cancelled'",
    ['booking.cancelled', 'crm.updateLead'],
    [['booking.cancelled', 'if(trigger.booking.leadId exists true)[crm.updateLead]']],
  ],
  [
    'record',
    'on the 1st of every month at 9am raise the $2,400 management fee invoice to Harbour View HOA (accounts@harbourviewhoa.org)',
    ['cron(0 9 1 * ? *)', 'invoice.create'],
  ],
  [
    'record',
    'when a lead gets tagged lost-to-competitor, set their status to lost',
    ['lead.updated {"lead.tags":["lost-to-competitor"]}', 'crm.updateLead'],
  ],
  [
    'record',
    'anyone who submits a form -> make them a lead tagged student and add a note with their uni (the university field)',
    ['form.submitted', 'crm.createLead; crm.addNote'],
  ],
  [
    'record',
    "whenever rent goes overdue tag the tenant's lead in-arrears",
    ['invoice.overdue', 'crm.updateLead'],
    [['invoice.overdue', 'if(trigger.invoice.leadId exists true)[crm.updateLead]']],
  ],
  [
    'report',
    "every monday 8am send me a summary of last week's activity",
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'last day of each month at 6pm summarise the month and email it to landlords@brightstonepm.co.uk',
    ['cron(0 18 L * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "daily 5pm brisbane time post a summary of today's activity in #office",
    ['cron(0 17 * * ? *) Australia/Brisbane', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "1st of the month at 9: last month's report, saved as a file in the reports folder and emailed to sam@maplekeyproperties.ca",
    ['cron(0 9 1 * ? *)', 'report.summarize; files.create; email.send'],
  ],
  [
    'report',
    'weekly, fridays 4:30pm pacific: summarize this week and slack it to the team',
    ['cron(30 16 ? * FRI *) America/Los_Angeles', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'every morning at 7 summarise the last 24 hours and send it to Kate',
    ['cron(0 7 * * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'on the 28th of every month at 10am pull together a summary of the last 30 days and email it to owner@bayviewholdings.com.au',
    ['cron(0 10 28 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'want a button I can press that summarises this month so far and posts it in #management',
    ['manual', 'report.summarize; notify.slack'],
  ],
  [
    'approval',
    'when a lead is tagged rent-review, draft the rent increase letter, get Karen to approve it, then email it to them',
    ['lead.updated {"lead.tags":["rent-review"]}', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'contractor invoice over $500 comes in (invoice created) - Greg has to sign it off; if he approves email the contractor, if he rejects tell accounts',
    [
      'invoice.created',
      'if(trigger.invoice.totalCents gt 50000)[approval(rejected:[notify.team]); email.send]',
    ],
    [
      [
        'invoice.created {"invoice.totalCents":[{"numeric":[">",50000]}]}',
        'approval(rejected:[notify.team]); email.send',
      ],
    ],
  ],
  [
    'approval',
    'new tenancy application form: Sipho approves it, then we send the welcome pack; if he says no send the decline email',
    ['form.submitted', 'approval(rejected:[email.send]); email.send'],
  ],
  [
    'approval',
    'every month on the 25th at 10am, get Linda to approve before we send reminders to everyone in arrears',
    ['cron(0 10 25 * ? *)', 'approval; invoice.find; forEach[invoice.sendReminder]'],
    [['cron(0 10 25 * ? *)', 'invoice.find; approval; forEach[invoice.sendReminder]']],
  ],
  [
    'approval',
    'when a viewing gets cancelled ask Mo if we should email the applicant a rebooking link, and send it if he says yes',
    ['booking.cancelled', 'approval; email.send'],
  ],
  [
    'approval',
    'when someone emails deposits@ridgewaylettings.co.uk asking for their deposit back, Aisha needs to approve it and then we reply confirming',
    ['email.received {"to":["deposits@ridgewaylettings.co.uk"]}', 'approval; email.send'],
  ],
  [
    'approval',
    'every Friday at 2pm the weekly landlord update email needs my ok first (dave@summitpm.com) and then it goes to landlords@summitpm.com',
    ['cron(0 14 ? * FRI *)', 'approval; email.send'],
  ],
  [
    'knowledge',
    'when a tenant emails support@tenantsfirst.com.au with a question, look it up in our knowledge base and reply with the answer',
    ['email.received {"to":["support@tenantsfirst.com.au"]}', 'knowledge.search; email.send'],
    [['email.received {"to":["support@tenantsfirst.com.au"]}', 'email.draft; email.send']],
  ],
  [
    'knowledge',
    'new enquiry form -> search our FAQ for the pet policy and send it to them',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'maintenance emails to help@lakeshorecondos.ca: search the knowledge base for a troubleshooting guide matching the subject and email it back',
    ['email.received {"to":["help@lakeshorecondos.ca"]}', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "student applicant added (tag student) - look up 'guarantor requirements' in the KB and email it to them",
    ['lead.created {"lead.tags":["student"]}', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "if an inbound email subject mentions bond, search the kb for 'bond lodgement' and send Jess what it finds so she can reply",
    ['email.received', 'if(trigger.subject contains "bond")[knowledge.search; notify.team]'],
  ],
  [
    'knowledge',
    "Mondays 9am search the knowledge base for 'compliance deadlines' and post the results in #compliance",
    ['cron(0 9 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'webhook',
    'typeform tenant application comes in → add them to the CRM as a new lead and post in #applications',
    ['webhook:typeform', 'crm.createLead; notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead; notify.slack']],
  ],
  [
    'webhook',
    'our maintenance portal fixflo is going to post to a webhook when a job is completed. when it does email the tenant and let the PM know',
    ['webhook:fixflo', 'email.send; notify.team'],
    [['webhook.received {"webhook.source":["fixflo"]}', 'email.send; notify.team']],
  ],
  [
    'webhook',
    'calendly bookings for inspections -> drop a note in slack',
    ['webhook:calendly', 'notify.slack'],
  ],
  [
    'webhook',
    'when stripe tells us a payment failed (invoice.payment_failed) email the tenant and tell accounts',
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'email.send; notify.team'],
  ],
  [
    'webhook',
    'Tally form for contractor sign-ups - email them our contractor onboarding pack',
    ['webhook:tally', 'email.send'],
    [['form.submitted {"source":["tally"]}', 'email.send']],
  ],
  [
    'webhook',
    'PayProp will hit our webhook (source payprop) when a payment lands - mark the invoice in it as paid and post in #accounts',
    ['webhook:payprop', 'invoice.markPaid; notify.slack'],
  ],
  ['refuse', 'how many units do we have vacant right now?', null],
  ['refuse', 'text the tenant at 14 Elm Rd that the plumber is coming tomorrow morning', null],
  ['refuse', 'send an SMS to every tenant whose rent is overdue', null],
  ['refuse', "what's the notice period for a section 21 in england atm?", null],
  ['refuse', "ring the tenant if they haven't paid within 3 days of the due date", null],
  ['refuse', "delete all the leads tagged 'old-2019' pls", null],
  ['refuse', 'when a tenancy starts transfer the deposit into the DPS scheme from our client account', null],
  ['refuse', 'list the 2 bed flat on rightmove and zoopla for £1,450 pcm', null],
  ['refuse', 'every month', null],
  ['refuse', 'send the landlord statements every friday at 5pm but never on a friday', null],
  ['refuse', 'update the rent on the lease PDF and send it out for docusign signatures', null],
  ['refuse', "can you show me last month's arrears figures", null],
  ['refuse', 'when a tenant moves out automatically refund their bond into their bank account', null],
  ['refuse', 'chase the contractor', null],
  ['refuse', 'whatsapp the maintenance guys when a leak gets reported', null],
  ['refuse', 'thanks mate, that works', null],
];
