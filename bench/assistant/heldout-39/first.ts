import type { HeldOutCase } from '../heldout';

/** Set 39, rows 1–65 in the order written. */
export const FIRST_39: readonly HeldOutCase[] = [
  [
    'event',
    "new quote request off the website form -> email them back saying we'll have a price to them within 24hrs, and let Shona know pls",
    ['form.submitted', 'email.send; notify.team'],
  ],
  [
    'event',
    'Hi there, could you set it up so whenever a client books a clean they automatically get a confirmation email with the date and time of the booking? At the moment Carol does it by hand and half the time forgets. Thanks!',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'if a client cancels their clean ping the #ops channel on slack',
    ['booking.cancelled', 'notify.slack'],
  ],
  ['event', 'Invoice paid = send the customer a thank you email', ['invoice.paid', 'email.send']],
  ['event', 'when an invoice goes overdue let Marcus in accounts know', ['invoice.overdue', 'notify.team']],
  [
    'event',
    'every time a new customer gets added to the CRM can they get our welcome pack email, the one with the what-to-expect-on-your-first-clean stuff',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    "customer emails us → drop it in slack #bookings so whoever's on the desk sees it",
    ['email.received', 'notify.slack'],
  ],
  [
    'event',
    'whenever a new lead comes through with source Google Ads, tell Gemma on slack',
    ['lead.created {"lead.source":["Google Ads"]}', 'notify.team'],
  ],
  [
    'event',
    'When a new lead worth more than $500 comes in, give Tyler a heads up',
    ['lead.created {"lead.value":[{"numeric":[">",500]}]}', 'notify.team'],
    [['lead.created', 'if(trigger.lead.value gt 500)[notify.team]']],
  ],
  [
    'event',
    'someone uploads a file to the checklists folder -> let the crew leads know its there',
    ['file.updated {"file.folder":["checklists"]}', 'notify.team'],
  ],
  [
    'event',
    "can you message Tom on slack whenever one of our automations falls over, he's our IT guy",
    ['workflow.failed', 'notify.team'],
  ],
  [
    'event',
    'Lead marked as lost → send them a come back offer email, 10% off their next clean',
    ['lead.updated {"lead.status":["lost"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["lost"]}', 'email.send']],
  ],
  [
    'event',
    'new invoice issued → email it to the customer with the amount and due date',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'When a customer replies to one of our emails, add what they said as a note on their record',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'booking cancelled by the client - email Priya (priya@sparkleandshine.co.za) so she can fill the gap',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    'new carpet cleaning enquiry (they get tagged carpet) => email Dean at dean@freshpilecarpets.ca',
    ['lead.created {"lead.tags":["carpet"]}', 'email.send'],
  ],
  [
    'schedule',
    'every weekday at 6.30am send the crew leads todays job list',
    ['cron(30 6 ? * MON-FRI *)', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'fri 4pm slack reminder to everyone: timesheets due!!',
    ['cron(0 16 ? * FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'on the 1st of every month at 9 remind Jo to order supplies (chem, microfibres, bin bags)',
    ['cron(0 9 1 * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every 30 mins hit https://book.brightbroom.com.au/api/ping so the booking site doesnt go to sleep',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'last friday of evry month 3pm - slack reminder for van mileage logs',
    ['cron(0 15 ? * 6L *)', 'notify.slack'],
  ],
  [
    'schedule',
    'weekdays 8am email sandra@pristinepros.com the list of tommorows jobs',
    ['cron(0 8 ? * MON-FRI *)', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'On Christmas Eve 2026 at 10am post a merry xmas msg to the whole team on slack',
    ['at(2026-12-24T10:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'tues + thurs 7am remind the window crew in slack to check ladders & harnesses before leaving the yard',
    ['cron(0 7 ? * TUE,THU *)', 'notify.slack'],
  ],
  [
    'schedule',
    'quarterly (1st jan, apr, jul, oct) at 9am tell Pete to get the carpet machines serviced',
    ['cron(0 9 1 1,4,7,10 ? *)', 'notify.team'],
  ],
  [
    'schedule',
    "every day 6am Joburg time send the team the day's bookings",
    ['cron(0 6 * * ? *) Africa/Johannesburg', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'Mondays 9am eastern: post all unpaid invoices in slack #accounts',
    ['cron(0 9 ? * MON *) America/New_York', 'invoice.find; notify.slack'],
  ],
  [
    'schedule',
    'sunday 6pm sydney time post next weeks bookings into slack so the crews can see their week',
    ['cron(0 18 ? * SUN *) Australia/Sydney', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'every night at 10 pm uk time save tomorrows bookings to a file in the "daily sheets" folder',
    ['cron(0 22 * * ? *) Europe/London', 'calendar.find; files.create'],
  ],
  [
    'schedule',
    'once an hour check for new leads that came in today and post them in #sales',
    ['rate(1 hour)', 'crm.findLeads; notify.slack'],
  ],
  [
    'wait',
    'For every booking, 24 hours before the clean starts email the client reminding them to leave the key in the lockbox',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    "2 days after the job's done, email the client asking for a google review pls",
    ['booking.created', 'wait(until+P2D); email.send'],
  ],
  [
    'wait',
    'if a client doesnt reply to our email in 3 days send them a nudge',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  ['wait', 'new lead - wait an hour then send the intro email', ['lead.created', 'wait(PT1H); email.send']],
  [
    'wait',
    "invoice goes out → give it 7 days → if it's still not paid send a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'client cancels - wait a fortnight then email them asking if they want to rebook',
    ['booking.cancelled', 'wait(P14D); email.send'],
    [['booking.cancelled', 'wait(P2W); email.send']],
  ],
  [
    'wait',
    'someone fills in the website form → 30 min later tell Aisha to ring them',
    ['form.submitted', 'wait(PT30M); notify.team'],
  ],
  [
    'wait',
    'if a new lead hasnt replied within 3 business days get Dave to give them a ring',
    ['lead.created', 'waitFor(email.received,3BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    'after we send a payment reminder wait 5 days, still unpaid? tell the boss (Karen)',
    ['email.sent {"kind":["invoice-reminder"]}', 'waitFor(invoice.paid,P5D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'typeform quote requests: wait 2 hrs then email them our price list',
    ['webhook:typeform', 'wait(PT2H); email.send'],
    [['form.submitted {"source":["typeform"]}', 'wait(PT2H); email.send']],
  ],
  [
    'wait',
    'when a lead turns into a customer wait a week then email asking how the first clean went',
    ['lead.updated {"lead.status":["customer"]}', 'wait(P7D); email.send'],
    [['lead.updated {"changes.status.to":["customer"]}', 'wait(P7D); email.send']],
  ],
  [
    'wait',
    'an hour before each booking starts let the crew lead know',
    ['booking.created', 'wait(until-PT1H); notify.team'],
  ],
  [
    'wait',
    '1 day after each job ends send the customer our aftercare tips (no shoes on the carpet for 6hrs etc)',
    ['booking.created', 'wait(until+P1D); email.send'],
  ],
  [
    'condition',
    'new lead: if the source is "website" tell Kerry, otherwise tell Ben',
    ['lead.created', 'if(trigger.lead.source eq "website")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when an invoice gets paid, if the total is over $2000 post a shoutout in #wins',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 200000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",200000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'overdue invoice - more than 30 days late tell Linda, otherwise just send the customer a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When an email comes in with "complaint" in the subject, alert the ops manager straight away',
    ['email.received', 'if(trigger.subject contains "complaint")[notify.team]'],
    [['email.received {"subject":[{"wildcard":"*complaint*"}]}', 'notify.team']],
  ],
  [
    'condition',
    'new lead tagged commercial → tell Raj. anything else → send the standard residential welcome email',
    ['lead.created', 'if(trigger.lead.tags contains "commercial")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'booking cancelled: if the reason mentions sick just log it, otherwise email them to reschedule',
    ['booking.cancelled', 'if(trigger.reason contains "sick")[log]else[email.send]'],
  ],
  [
    'condition',
    'form comes in: if service = end of tenancy notify Zanele, else post it in slack',
    ['form.submitted', 'if(trigger.fields.service eq "end of tenancy")[notify.team]else[notify.slack]'],
  ],
  [
    'condition',
    "lead updated → if value's above 5k and they're qualified, let me know",
    ['lead.updated', 'if((trigger.lead.value gt 5000 and trigger.lead.status eq "qualified"))[notify.team]'],
  ],
  [
    'condition',
    'invoice created, if the currency isnt AUD flag it to accounts',
    ['invoice.created', 'if(trigger.invoice.currency ne "AUD")[notify.team]'],
  ],
  [
    'condition',
    'new booking: no email on it? tell the office to chase it. has an email? send the confirmation',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'every monday 8am check for overdue invoices, if there are any post the list in slack',
    ['cron(0 8 ? * MON *)', 'invoice.find; if(steps.find.count gt 0)[notify.slack]'],
  ],
  [
    'condition',
    "email comes in: if it's from a customer we already have add a note, if not create them as a new lead",
    ['email.received', 'if(trigger.leadId exists true)[crm.addNote]else[crm.createLead]'],
    [['email.received', 'if(trigger.lead exists true)[crm.addNote]else[crm.createLead]']],
  ],
  [
    'condition',
    'when a booking is made, if the address has "CBD" in it tell Mike so he can sort a parking permit',
    ['booking.created', 'if(trigger.booking.location contains "CBD")[notify.team]'],
  ],
  [
    'many',
    'every monday 9am send a payment reminder for each unpaid invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "each evening at 6 (mountain time, we're in Calgary) email every client who's booked in tomorrow a reminder",
    ['cron(0 18 * * ? *) America/Edmonton', 'calendar.find; forEach[email.send]'],
    [['cron(0 18 * * ? *) America/Denver', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many',
    'first monday of each month 9am email all our customers about the spring carpet special',
    ['cron(0 9 ? * 2#1 *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'every friday at 10am, for leads tagged quote-sent that havent replied in a week, send a follow up',
    ['cron(0 10 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "need a button: email all clients tagged window-cleaning that we're off next week cos of the weather",
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'Sunday 7pm: go through next weeks bookings, email each client a reminder and add a note on their record',
    ['cron(0 19 ? * SUN *)', 'calendar.find; forEach[email.send; crm.addNote]'],
  ],
  [
    'many',
    'daily at 10am grab all the lost leads and tag each one "winback"',
    ['cron(0 10 * * ? *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    '15th of each month 9am, for every overdue invoice send a reminder and add a note to that customer',
    ['cron(0 9 15 * ? *)', 'invoice.find; forEach[invoice.sendReminder; crm.addNote]'],
  ],
  [
    'many',
    "storm day button - cancel all of tomorrow's bookings and email each client to let them know",
    ['manual', 'calendar.find; forEach[calendar.cancel; email.send]'],
  ],
];
