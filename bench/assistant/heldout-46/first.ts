import type { HeldOutCase } from '../heldout';

/** Set 46, rows 1–65 in the order written. */
export const FIRST_46: readonly HeldOutCase[] = [
  [
    'event',
    'when a show gets cancelled in the calendar can you ping Priya so she can start on refunds',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'New hire enquiry comes thru the website form -> post it in #hires on slack',
    ['form.submitted', 'notify.slack'],
  ],
  [
    'event',
    'whenever a venue hire invoice gets paid, email the hirer a thank you and the get-in info',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'If any of our automations fail pls tell me (Gemma) straight away',
    ['workflow.failed', 'notify.team'],
  ],
  [
    'event',
    'when someone books a slot with us - viewings, tours, whatever - send them a confirmation email',
    ['booking.created', 'email.send'],
  ],
  ['event', 'new lead added → welcome email from the box office', ['lead.created', 'email.send']],
  [
    'event',
    'When an email lands in hires@thecornexchange.ie let Siobhan know',
    ['email.received {"to":["hires@thecornexchange.ie"]}', 'notify.team'],
  ],
  [
    'event',
    'any time a file gets uploaded or changed (tech riders, contracts etc) post in the #production channel',
    ['file.updated', 'notify.slack'],
  ],
  [
    'event',
    'Invoice goes overdue = automatic payment reminder to the customer. thats it',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'when a new contact comes in tagged friends, message Marcus on slack',
    ['lead.created {"lead.tags":["friends"]}', 'notify.team'],
  ],
  [
    'event',
    'hire booking cancelled -> email the hirer to confirm the cancellation, then let the tech team know in #tech',
    ['booking.cancelled', 'email.send; notify.slack'],
  ],
  ['event', 'new invoice raised -> stick it in #finance so Deb sees it', ['invoice.created', 'notify.slack']],
  [
    'event',
    'Any email from the council (anything ending @dublincity.ie) - forward it on to Niamh pls',
    ['email.received {"from":[{"suffix":"@dublincity.ie"}]}', 'notify.team'],
  ],
  [
    'event',
    'when a hire enquiry gets marked as lost tell Dee',
    ['lead.updated {"lead.status":["lost"]}', 'notify.team'],
    [['lead.updated {"changes.status.to":["lost"]}', 'notify.team']],
  ],
  [
    'event',
    'someone sends in an artist submission via the form, email them back saying we got it and we reply within 6 weeks',
    ['form.submitted', 'email.send'],
  ],
  ['event', 'new booking in the calendar = post it in #frontofhouse', ['booking.created', 'notify.slack']],
  [
    'schedule',
    'every monday 9am remind the FOH team in slack to check the volunteer rota',
    ['cron(0 9 ? * MON *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Fridays at 4pm UK time message Tom to send over the weekend show reports',
    ['cron(0 16 ? * FRI *) Europe/London', 'notify.team'],
  ],
  [
    'schedule',
    "On the 1st of every month at 10 email accounts@northlightarts.org.uk reminding them it's artist fee run week",
    ['cron(0 10 1 * ? *)', 'email.send'],
  ],
  [
    'schedule',
    'every weekday 8.30am post in #boxoffice: doors at 7.30, check the reserved list',
    ['cron(30 8 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'hit https://api.ourvenue.co.uk/health every hour so the ticketing link stays warm',
    ['rate(1 hour)', 'http.request'],
  ],
  [
    'schedule',
    'last day of each month 5pm Melbourne time - remind Bronwyn to do the consignment payouts for the gallery artists',
    ['cron(0 17 L * ? *) Australia/Melbourne', 'notify.team'],
  ],
  [
    'schedule',
    'ping https://status.thebasement.com.au/ping every 15 mins',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'on 3rd March 2026 at 9am tell the whole team on slack that the summer season goes on sale today!!',
    ['at(2026-03-03T09:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'Every Sunday at 6pm Toronto time send Jean-Luc a reminder to lock up the box office float',
    ['cron(0 18 ? * SUN *) America/Toronto', 'notify.team'],
  ],
  [
    'schedule',
    "2nd tuesday of the month at 11am remind Hannah (vols coordinator) to send out next month's rota",
    ['cron(0 11 ? * 3#2 *)', 'notify.team'],
  ],
  [
    'schedule',
    'daily at noon post the lunchtime concert reminder in #music',
    ['cron(0 12 * * ? *)', 'notify.slack'],
  ],
  [
    'schedule',
    'tues & thurs 2pm - slack reminder for the invigilators to fill in the gallery temp/humidity log',
    ['cron(0 14 ? * TUE,THU *)', 'notify.slack'],
  ],
  [
    'schedule',
    'every morning at 7 sydney time ping Raj to check the lighting desk backups ran overnight',
    ['cron(0 7 * * ? *) Australia/Sydney', 'notify.team'],
  ],
  [
    'schedule',
    'First Monday of every month, 9:15 AM Pacific, email board@eastbaystage.org a reminder about the board meeting',
    ['cron(15 9 ? * 2#1 *) America/Los_Angeles', 'email.send'],
  ],
  [
    'wait',
    'when someone books a venue viewing send them a reminder the day before',
    ['booking.created', 'wait(until-P1D); email.send'],
    [['booking.created', 'wait(until-PT24H); email.send']],
  ],
  [
    'wait',
    'After a hire event finishes, wait 2 days and then email the hirer asking how it went',
    ['booking.created', 'wait(until+P2D); email.send'],
    [['booking.created', 'wait(until); wait(P2D); email.send']],
  ],
  [
    'wait',
    'new volunteer signs up on the form → wait 3 days → send them the induction pack',
    ['form.submitted', 'wait(P3D); email.send'],
  ],
  [
    'wait',
    'When a hire invoice goes out, if its not paid within 14 days send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    "New hire lead → send our welcome email, and if they haven't replied within 3 working days let Ciara know so she can chase",
    ['lead.created', 'email.send; waitFor(email.received,3BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    'for workshop bookings: an hour after it ends send the feedback survey link',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    'when a lead comes in wait a week then send them the season brochure email',
    ['lead.created', 'wait(P7D); email.send'],
    [['lead.created', 'wait(P1W); email.send']],
  ],
  [
    'wait',
    "overdue invoice: give it another 7 days and if it's still not paid, tell Aoife",
    ['invoice.overdue', 'waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'wait',
    '2 hours before each booking starts, remind the person who booked',
    ['booking.created', 'wait(until-PT2H); email.send'],
  ],
  [
    'wait',
    'new booking: email confirmation straight away, then another reminder 3 days before',
    ['booking.created', 'email.send; wait(until-P3D); email.send'],
  ],
  [
    'wait',
    'someone enquires via the website form: thank them, then if they dont reply in 2 days send a follow up',
    ['form.submitted', 'email.send; waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'wait',
    "When an invoice is created, 2 days before it's due send them a reminder",
    ['invoice.created', 'wait(until-P2D); invoice.sendReminder'],
  ],
  [
    'wait',
    'half an hour after a booking gets cancelled, send the cancellation survey to the customer',
    ['booking.cancelled', 'wait(PT30M); email.send'],
  ],
  [
    'condition',
    'When a hire invoice is paid: if its over £2,000 tell Martin, otherwise just send the usual thank you email',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 200000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'new lead - if source is website send the welcome email, else post them in #leads',
    ['lead.created', 'if(trigger.lead.source eq "website")[email.send]else[notify.slack]'],
  ],
  [
    'condition',
    'Emails into boxoffice@palacetheatre.co.uk: if the subject mentions refund send to Kerry, anything else goes to Josh',
    [
      'email.received {"to":["boxoffice@palacetheatre.co.uk"]}',
      'if(trigger.subject contains "refund")[notify.team]else[notify.team]',
    ],
  ],
  [
    'condition',
    'when a booking is cancelled and it was in the Main House let Lou (FOH manager) know',
    ['booking.cancelled', 'if(trigger.booking.location eq "Main House")[notify.team]'],
    [['booking.cancelled {"booking.location":["Main House"]}', 'notify.team']],
  ],
  [
    'condition',
    "overdue invoice → if it's under $100 just send a reminder, if it's more than that tell Deb in accounts",
    ['invoice.overdue', 'if(trigger.invoice.totalCents lt 10000)[invoice.sendReminder]else[notify.team]'],
  ],
  [
    'condition',
    "new contact: if they're tagged donor give Patricia in development a heads up",
    ['lead.created', 'if(trigger.lead.tags contains "donor")[notify.team]'],
    [['lead.created {"lead.tags":["donor"]}', 'notify.team']],
  ],
  [
    'condition',
    'form submission: if they left a phone number tell Yusuf to ring them, otherwise just email them',
    ['form.submitted', 'if(trigger.fields.phone exists true)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "when an invoice is paid and the currency isn't CAD, flag it to Sophie",
    ['invoice.paid', 'if(trigger.invoice.currency ne "CAD")[notify.team]'],
    [['invoice.paid {"invoice.currency":[{"anything-but":["CAD"]}]}', 'notify.team']],
  ],
  [
    'condition',
    'New booking - if the title mentions wheelchair or access, let Ben our access officer know',
    [
      'booking.created',
      'if((trigger.booking.title contains "wheelchair" or trigger.booking.title contains "access"))[notify.team]',
    ],
  ],
  [
    'condition',
    'invoice raised for over 5 grand -> Maria needs to know',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 500000)[notify.team]'],
    [['invoice.created {"invoice.totalCents":[{"numeric":[">",500000]}]}', 'notify.team']],
  ],
  [
    'condition',
    'when an email comes in and the sender is already one of our contacts add a note to them, if not add them as a new contact',
    ['email.received', 'if(trigger.leadId exists true)[crm.addNote]else[crm.createLead]'],
  ],
  [
    'condition',
    'when a lead is updated and their value is 1000 or more and theyre not marked lost, ping Fergus',
    ['lead.updated', 'if((trigger.lead.value gte 1000 and not trigger.lead.status eq "lost"))[notify.team]'],
    [['lead.updated', 'if((trigger.lead.value gte 1000 and trigger.lead.status ne "lost"))[notify.team]']],
  ],
  [
    'condition',
    'Mondays 9am check for unpaid invoices and if there are any post the list in #finance',
    ['cron(0 9 ? * MON *)', 'invoice.find; if(steps.find.count gt 0)[notify.slack]'],
  ],
  [
    'many',
    'every day at 10am email everyone who has a booking tomorrow a reminder',
    ['cron(0 10 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'every monday morning at 9 send a payment reminder for every unpaid invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'When I run it, email all our contacts tagged member about priority booking for the panto',
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "friday 3pm: find everyone tagged volunteer and email each of them next week's rota link",
    ['cron(0 15 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'send all 6,000 of our Friends (tag friends) the season launch email when i hit run',
    ['manual', 'crm.exportLeads; forEach[email.send]'],
  ],
  [
    'many',
    "every afternoon at 4 go through tomorrow's bookings and send each hirer the loading bay instructions",
    ['cron(0 16 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "1st of the month at 9am - every lead tagged lapsed-member gets the 'renew your membership' email",
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "On the 20th of each month at 10am chase every overdue invoice individually and then tell Ruth it's done",
    ['cron(0 10 20 * ? *)', 'invoice.find; forEach[invoice.sendReminder]; notify.team'],
  ],
  [
    'many',
    'mondays 9am: anyone we emailed 2 weeks+ ago who never replied, mark them as lost',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
];
