import type { HeldOutCase } from '../heldout';

/** Set 40, rows 1–65 in the order written. */
export const FIRST_40: readonly HeldOutCase[] = [
  [
    'event',
    'when a new enquiry comes in thru the website form, email them back to say thanks and that we will be in touch within 2 working days',
    ['form.submitted', 'email.send'],
  ],
  ['event', 'New lead added -> post it in #new-business on slack pls', ['lead.created', 'notify.slack']],
  ['event', 'When an invoice gets paid let Karen in accounts know', ['invoice.paid', 'notify.team']],
  [
    'event',
    'anytime a site visit gets cancelled send the client an email offering to rebook, and tell the project architect',
    ['booking.cancelled', 'email.send; notify.team'],
  ],
  [
    'event',
    "whenever a drawing is uploaded to the 'issued' folder email the contractor at site@brennanbuild.ie with the file name",
    ['file.updated {"file.folder":["issued"]}', 'email.send'],
  ],
  [
    'event',
    'Whenever a client replies to one of our emails add a note to their record',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'when a new invoice is raised email the details to accounts@hartleyassociates.co.uk so Bev can recieve them',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'if one of the automations fails post it to slack so Dermot sees it',
    ['workflow.failed', 'notify.slack'],
    [['workflow.failed', 'notify.team']],
  ],
  [
    'event',
    'As soon as a site visit is booked, send the client a confirmation email with the date + site address',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    "new lead with source houzz -> tag them 'houzz' and let Priya know",
    ['lead.created {"lead.source":["houzz"]}', 'crm.updateLead; notify.team'],
  ],
  [
    'event',
    'Invoice goes overdue = send the client a reminder automatically. thats it',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'when a lead gets marked as lost send them a short email thanking them for considering us for the project',
    ['lead.updated {"lead.status":["lost"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["lost"]}', 'email.send']],
  ],
  [
    'event',
    'hiya, whenever the enquiry form is submitted can you add the person as a lead and ping the office on slack. thanks!',
    ['form.submitted', 'crm.createLead; notify.slack'],
  ],
  [
    'event',
    'when someone books a consultation with us thru calendly, add them to the CRM',
    ['booking.created', 'crm.createLead'],
    [['webhook:calendly', 'crm.createLead']],
  ],
  [
    'event',
    'anytime something is waiting for approval, message Fiona so it doesnt sit there',
    ['approval.requested', 'notify.team'],
  ],
  [
    'event',
    'When a client pays a stage payment (RIBA stage 2, 3 etc) thank them by email',
    ['invoice.paid', 'email.send'],
  ],
  [
    'schedule',
    'every monday 8am UK time post a reminder in slack for everyone to fill in their timesheets',
    ['cron(0 8 ? * MON *) Europe/London', 'notify.slack'],
  ],
  [
    'schedule',
    'Fridays at 4pm remind the team to back up the CAD server before they leave',
    ['cron(0 16 ? * FRI *)', 'notify.team'],
  ],
  [
    'schedule',
    'on the 1st of every month at 9am remind Siobhan to do the PI insurance return',
    ['cron(0 9 1 * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every weekday at 7.30am sydney time send the site team a reminder to sign in on the site safety app',
    ['cron(30 7 ? * MON-FRI *) Australia/Sydney', 'notify.team'],
  ],
  [
    'schedule',
    'hit https://api.planningtracker.co.uk/refresh every hour so our planning tracker stays up to date',
    ['rate(1 hour)', 'http.request'],
    [['cron(0 * * * ? *)', 'http.request']],
  ],
  [
    'schedule',
    'last working day of each month at 3pm -> remind Declan to raise the stage invoices',
    ['cron(0 15 LW * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every 15 mins call https://hooks.vandammarchitecten.nl/sync (POST) to sync the tekeningenlijst',
    ['rate(15 minutes)', 'http.request'],
    [['cron(0/15 * * * ? *)', 'http.request']],
  ],
  [
    'schedule',
    "elke dinsdag 10:00 Amsterdam time post 'projectoverleg om 11:00' in slack",
    ['cron(0 10 ? * TUE *) Europe/Amsterdam', 'notify.slack'],
  ],
  [
    'schedule',
    'on the 15th of each month at 9 email the CPD reminder to staff@cadwellarchitects.com',
    ['cron(0 9 15 * ? *)', 'email.send'],
  ],
  [
    'schedule',
    'every weekday 5.30pm pacific remind the drafters on slack to sync their revit models',
    ['cron(30 17 ? * MON-FRI *) America/Los_Angeles', 'notify.slack'],
  ],
  [
    'schedule',
    'On 1 Dec 2026 at 9am email all@murrayengineering.ie about the christmas closure dates',
    ['at(2026-12-01T09:00:00)', 'email.send'],
  ],
  [
    'schedule',
    "every weekday 9am dublin time create a new site diary file in the 'site diaries' folder",
    ['cron(0 9 ? * MON-FRI *) Europe/Dublin', 'files.create'],
  ],
  [
    'schedule',
    'Every Monday at 9 remind Joost to check the omgevingsloket for new decisions',
    ['cron(0 9 ? * MON *)', 'notify.team'],
  ],
  [
    'schedule',
    'twice a day, 9am and 2pm, post a reminder in slack to upload site photos to the project folder',
    ['cron(0 9,14 * * ? *)', 'notify.slack'],
  ],
  [
    'wait',
    "after we email a lead, if they haven't replied within 5 days send them a polite chaser",
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[email.send])'],
  ],
  [
    'wait',
    'new lead → wait 3 working days → send them our portfolio email',
    ['lead.created', 'wait(3BD); email.send'],
  ],
  [
    'wait',
    'Site visit booked: send the client a reminder email the day before',
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    'an hour after a site visit finishes email the client to say the site notes will follow within the week',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    'for every invoice we raise, send a gentle reminder 2 days before its due date',
    ['invoice.created', 'wait(until-P2D); invoice.sendReminder'],
  ],
  [
    'wait',
    'When the enquiry form comes in, wait 2 hours and then send them our practice intro email',
    ['form.submitted', 'wait(PT2H); email.send'],
  ],
  [
    'wait',
    "when an invoice goes overdue send a reminder, then give them 10 days to pay - if it's still not paid tell Martin",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P10D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'When a lead goes to qualified, wait a week then book a site visit with them',
    ['lead.updated {"lead.status":["qualified"]}', 'wait(P7D); calendar.schedule'],
    [
      ['lead.updated {"lead.status":["qualified"]}', 'wait(P1W); calendar.schedule'],
      ['lead.updated {"changes.status.to":["qualified"]}', 'wait(P7D); calendar.schedule'],
    ],
  ],
  [
    'wait',
    'New lead: email them, if no reply after 4 days send another, and if still nothing after another 4 days let Gemma know',
    [
      'lead.created',
      'email.send; waitFor(email.received,P4D,timeout:[email.send; waitFor(email.received,P4D,timeout:[notify.team])])',
    ],
  ],
  [
    'wait',
    "48 hrs after a site visit is booked add a note on the lead 'confirm access arrangements'",
    ['booking.created', 'wait(P2D); crm.addNote'],
  ],
  [
    'wait',
    'invoice paid > wait 3 days > send a short feedback email asking how we did on that stage',
    ['invoice.paid', 'wait(P3D); email.send'],
  ],
  [
    'wait',
    'when a new lead arrives give them up to a week to book a meeting. if they book tell Ahmed, if not send them a nudge',
    ['lead.created', 'waitFor(booking.created,P7D,event:[notify.team],timeout:[email.send])'],
    [['lead.created', 'waitFor(booking.created,P1W,event:[notify.team],timeout:[email.send])']],
  ],
  [
    'wait',
    'once a visit is booked, wait until it starts then post in slack that the surveyor is on site',
    ['booking.created', 'wait(until); notify.slack'],
  ],
  [
    'condition',
    'when a new lead comes in and their budget is over £50k tell Anna, otherwise just tag them for the newsletter',
    ['lead.created', 'if(trigger.lead.value gt 50000)[notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    'If an overdue invoice is more than 30 days late email the director (paul@okeeffestructural.ie), otherwise just send the normal reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[email.send]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "new lead tagged 'commercial' goes to Mark, everything else to Lisa",
    ['lead.created', 'if(trigger.lead.tags contains "commercial")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    "new lead - if the company is blank add a note saying 'private client', otherwise tag them commercial",
    ['lead.created', 'if(trigger.lead.company exists false)[crm.addNote]else[crm.updateLead]'],
  ],
  [
    'condition',
    'when an invoice is paid and its over €10,000 send a thank you email from Niamh and post it in slack',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 1000000)[email.send; notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",1000000]}]}', 'email.send; notify.slack']],
  ],
  [
    'condition',
    'site visit cancelled: if the reason mentions weather rebook it, otherwise just tell the PM',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[calendar.schedule]else[notify.team]'],
  ],
  [
    'condition',
    'when a client emails us and the subject says urgent, post it in #urgent on slack straight away',
    ['email.received', 'if(trigger.subject contains "urgent")[notify.slack]'],
    [['email.received {"subject":[{"wildcard":"*urgent*"}]}', 'notify.slack']],
  ],
  [
    'condition',
    'When a lead is updated, if they are now a customer and the fee is 20k or more, tell the directors',
    ['lead.updated', 'if((trigger.lead.status eq "customer" and trigger.lead.value gte 20000))[notify.team]'],
    [['lead.updated {"lead.status":["customer"]}', 'if(trigger.lead.value gte 20000)[notify.team]']],
  ],
  [
    'condition',
    'when a booking comes in with no attendee email let the office know so they can chase it, otherwise send the confirmation',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    'When an invoice is created in USD let Kayla (our US office mgr) know',
    ['invoice.created', 'if(trigger.invoice.currency eq "USD")[notify.team]'],
    [['invoice.created {"invoice.currency":["USD"]}', 'notify.team']],
  ],
  [
    'condition',
    "when a lead replies: if they've got the planning tag tell Ciara, else forward to info@byrnemcgrath.ie",
    ['email.received', 'if(trigger.lead.tags contains "planning")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'invoice overdue - if the customer is Dublin City Council DONT chase, just flag it to Brendan. anyone else gets the usual reminder',
    [
      'invoice.overdue',
      'if(trigger.invoice.customerName eq "Dublin City Council")[notify.team]else[invoice.sendReminder]',
    ],
  ],
  [
    'condition',
    'New lead with a phone number → ask Sam to ring them. no phone → email them instead',
    ['lead.created', 'if(trigger.lead.phone exists true)[notify.team]else[email.send]'],
  ],
  [
    'many',
    'every friday at 2pm chase every overdue invoice with a reminder',
    ['cron(0 14 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'every evening at 6 email each client who has a site visit tmrw with a reminder of the time',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "mondays 9am brisbane time: find the leads tagged fee-proposal that haven't replied for a week and send each one a follow up",
    ['cron(0 9 ? * MON *) Australia/Brisbane', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 ? * MON *) Australia/Brisbane', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'I want a button I can press to send the quarterly newsletter to all our past clients (status customer)',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    "every morning 7:00 melbourne time, for each of today's site visits add a note to the client's record that the visit is on",
    ['cron(0 7 * * ? *) Australia/Melbourne', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    "1st of each month at 8 - every lead with status lost gets tagged 'reactivate'",
    ['cron(0 8 1 * ? *)', 'crm.findLeads; forEach[crm.updateLead]'],
    [['cron(0 8 1 * ? *)', 'crm.exportLeads; forEach[crm.updateLead]']],
  ],
  [
    'many',
    'when a client pays an invoice, look up any of their other invoices that are still unpaid and send a reminder for each',
    ['invoice.paid', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "need one i can run when the weather's bad: cancel all of tomorrow's site visits and email each client to say sorry we'll rebook",
    ['manual', 'calendar.find; forEach[calendar.cancel; email.send]'],
  ],
  [
    'many',
    'thursdays 4pm: for every lead with no reply in 14 days, write a personalised follow up and send it',
    ['cron(0 16 ? * THU *)', 'crm.findLeads; forEach[email.draft; email.send]'],
    [['cron(0 16 ? * THU *)', 'crm.exportLeads; forEach[email.draft; email.send]']],
  ],
];
