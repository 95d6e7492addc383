import type { HeldOutCase } from '../heldout';

/** Set 41, rows 66–130 in the order written. */
export const SECOND_41: readonly HeldOutCase[] = [
  [
    'many',
    "every evening 9pm find tomorrow's bookings and message Aroha on slack about each one separately",
    ['cron(0 21 * * ? *)', 'calendar.find; forEach[notify.team]'],
  ],
  [
    'many',
    'mondays at 10 email each new guest added in the last 7 days asking for a google review',
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'list',
    'when a new booking comes in: add the guest to the CRM, send the confirmation email, then post it in slack',
    ['booking.created', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'deposit paid → mark the guest as a customer, send a thank you email and tell Ciara',
    ['invoice.paid', 'crm.updateLead; email.send; notify.team'],
  ],
  [
    'list',
    'New enquiry through the website form: add them as a lead, have the AI write a personalised reply, email it to them and let reservations know',
    ['form.submitted', 'crm.createLead; email.draft; email.send; notify.team'],
  ],
  [
    'list',
    "when a booking is cancelled email the guest, add a note on their record and post in #housekeeping so they don't prep the room",
    ['booking.cancelled', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    "group booking form -> create the lead tagged 'group' -> raise a £500 deposit invoice -> email them to say the invoice is on its way",
    ['form.submitted', 'crm.createLead; invoice.create; email.send'],
  ],
  [
    'list',
    'when a guest emails us: log it, save a note on their profile and let whoever is on reception know',
    ['email.received', 'log; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When an invoice goes overdue: send the reminder, add a note on the guest and post in the #accounts channel',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'wedding enquiry form comes in - create the lead, book a 30 min viewing call in the diary, then email them the time',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    'new guest added -> add them to our mailing list by posting to https://hooks.mailerlite.com/seaview/subscribe, then tag them newsletter',
    ['lead.created', 'http.request; crm.updateLead'],
  ],
  [
    'list',
    "When a guest checks out (end of the booking) add a note 'stayed' to their record and then email them the receipt",
    ['booking.created', 'wait(until); crm.addNote; email.send'],
  ],
  [
    'list',
    "new lead from the website chat (source 'chat') -> email them our brochure, add a note 'brochure sent' and tell Ana",
    ['lead.created {"lead.source":["chat"]}', 'email.send; crm.addNote; notify.team'],
    [['lead.created', 'if(trigger.lead.source eq "chat")[email.send; crm.addNote; notify.team]']],
  ],
  [
    'record',
    "any web enquiry → save the person as a new lead with source 'website'",
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    "when an invoice is paid update the guest's status to customer",
    ['invoice.paid', 'crm.updateLead'],
  ],
  ['record', "guest cancels -> tag them 'cancelled'", ['booking.cancelled', 'crm.updateLead']],
  [
    'record',
    'when a booking is made add a note to the guest record with their arrival and departure dates',
    ['booking.created', 'crm.addNote'],
  ],
  [
    'record',
    'When a booking is made create an invoice for a £50 deposit, due in 3 days',
    ['booking.created', 'invoice.create'],
  ],
  [
    'record',
    'new leads from the expedia source should be marked as qualified',
    ['lead.created {"lead.source":["expedia"]}', 'crm.updateLead'],
    [['lead.created', 'if(trigger.lead.source eq "expedia")[crm.updateLead]']],
  ],
  [
    'record',
    'whenever a wedding enquiry form is submitted create a lead worth 15000 tagged wedding',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    'when a guest replies to us set there status to contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'record',
    "save every form submission as a file in the 'enquiries' folder",
    ['form.submitted', 'files.create'],
  ],
  [
    'report',
    'every night at 11 summarise the day, save it as a file (night audit folder) and email it to the GM at gm@harbourviewhotel.com',
    ['cron(0 23 * * ? *)', 'report.summarize; files.create; email.send'],
  ],
  [
    'report',
    'weekly report every monday 8am into slack pls',
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'on the 1st of the month at 9am send Donal a summary of last month',
    ['cron(0 9 1 * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'daily summary at 18.00 Rome time to Giulia',
    ['cron(0 18 * * ? *) Europe/Rome', 'report.summarize; notify.team'],
  ],
  [
    'report',
    "Every Sunday night at 9 post the week's summary in #management",
    ['cron(0 21 ? * SUN *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "at 10pm every day email owners@thelinden.ie a summary of today plus the list of tomorrow's arrivals",
    ['cron(0 22 * * ? *)', 'report.summarize; calendar.find; email.send'],
  ],
  [
    'report',
    'Friday 5pm: send the team on slack a summary of the last 7 days and the list of unpaid invoices',
    ['cron(0 17 ? * FRI *)', 'report.summarize; invoice.find; notify.slack'],
  ],
  [
    'report',
    'i want a button i can press to get a summary of this month emailed to me (kate@bluedoorbnb.com)',
    ['manual', 'report.summarize; email.send'],
  ],
  [
    'approval',
    'when a group booking enquiry comes in, have the AI draft a reply but Fiona has to approve it before it goes out',
    ['form.submitted', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'when a booking is cancelled, ask the GM to approve sending the guest a 20% off voucher. if she says no just log it',
    ['booking.cancelled', 'approval(rejected:[log]); email.send'],
  ],
  [
    'approval',
    'overdue invoice - Sean needs to ok it before we send the reminder',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    'every monday 9am, once Karen signs off, email everyone tagged newsletter with the weekly offers',
    ['cron(0 9 ? * MON *)', 'approval; crm.findLeads; forEach[email.send]'],
    [['cron(0 9 ? * MON *)', 'crm.findLeads; approval; forEach[email.send]']],
  ],
  [
    'approval',
    'every new lead tagged wedding: Hannah approves first, then we send the wedding pack email. if she rejects, tell Sam on slack',
    ['lead.created {"lead.tags":["wedding"]}', 'approval(rejected:[notify.team]); email.send'],
    [
      [
        'lead.created',
        'if(trigger.lead.tags contains "wedding")[approval(rejected:[notify.team]); email.send]',
      ],
    ],
  ],
  [
    'approval',
    'New booking -> create the deposit invoice (€100) but Bridget has to approve it first',
    ['booking.created', 'approval; invoice.create'],
  ],
  [
    'approval',
    'if a guest emails with complaint in the subject, get the AI to draft an apology, the GM approves it, then send',
    ['email.received', 'if(trigger.subject contains "complaint")[email.draft; approval; email.send]'],
    [['email.received {"subject":[{"wildcard":"*complaint*"}]}', 'email.draft; approval; email.send']],
  ],
  [
    'knowledge',
    'when a guest emails a question look it up in our FAQ and email them back the answer',
    ['email.received', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'website enquiry comes in → search our house info for their question, draft a reply with it and send it',
    ['form.submitted', 'knowledge.search; email.draft; email.send'],
  ],
  [
    'knowledge',
    'When a guest emails, search the knowledge base for their subject line and put what it finds in slack so reception can answer quick',
    ['email.received', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'something I can run where I type a question and it checks our policies (cancellation, pets etc) and emails me the answer at ellen@thepinesinn.com',
    ['manual', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    "each morning at 8 look up 'daily specials' in the knowledge base and post them in #kitchen",
    ['cron(0 8 * * ? *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'new booking: pull the check-in instructions from the knowledge base and email them to the guest',
    ['booking.created', 'knowledge.search; email.send'],
  ],
  [
    'webhook',
    'when expedia sends a reservation to our webhook, email the guest a welcome',
    ['webhook:expedia', 'email.send'],
  ],
  [
    'webhook',
    'typeform pre-arrival questionnaire responses → #frontdesk on slack',
    ['webhook:typeform', 'notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'notify.slack']],
  ],
  [
    'webhook',
    'When Stripe tells us an invoice payment failed (invoice.payment_failed) email Orla',
    ['webhook:stripe {"webhook.type":["invoice.payment_failed"]}', 'notify.team'],
  ],
  [
    'webhook',
    'siteminder webhook (reservation modified) -> log it and tell Paddy',
    ['webhook:siteminder', 'log; notify.team'],
  ],
  [
    'webhook',
    'Tripadvisor review webhook: if the rating is below 3 alert the GM, otherwise post it in #reviews to celebrate',
    ['webhook:tripadvisor', 'if(trigger.payload.rating lt 3)[notify.team]else[notify.slack]'],
  ],
  [
    'webhook',
    'cloudbeds sends a webhook when a guest checks in - send them the wifi password by email',
    ['webhook:cloudbeds', 'email.send'],
  ],
  ['refuse', 'how many room nights did we sell last august?', null],
  ['refuse', 'can u cancel the Hendersons booking for friday, they rang', null],
  ['refuse', 'update our room rates on booking.com to £140 a night for all of July', null],
  ['refuse', 'text every guest arriving tomorrow the door code', null],
  ['refuse', "charge the guest's card for the remaining balance when they arrive", null],
  ['refuse', "what's the best way to get more direct bookings instead of Expedia?", null],
  ['refuse', 'change the smart lock codes on each room after every checkout', null],
  ['refuse', 'when a booking comes in do the usual', null],
  ['refuse', 'send the review email 2 days after they check out but before they check out', null],
  ['refuse', 'print the registration cards for tomorrows arrivals', null],
  ['refuse', "ring the guest if they haven't turned up by 10pm", null],
  ['refuse', 'turn the heating on in room 4 an hour before check-in', null],
  ['refuse', 'post a photo of breakfast on our instagram every friday', null],
  ['refuse', 'show me yesterdays check outs', null],
  ['refuse', 'hi', null],
  ['refuse', 'Move the Kowalski group from rooms 3, 4 and 5 to 7, 8 and 9 for next weekend', null],
];
