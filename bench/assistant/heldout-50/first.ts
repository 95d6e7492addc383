import type { HeldOutCase } from '../heldout';

/** Set 50, rows 1–65 in the order written. */
export const FIRST_50: readonly HeldOutCase[] = [
  [
    'event',
    'when someone books in online, email them a confirmation + what to bring for the service (the bike obviously, and any parts they bought elsewhere)',
    ['booking.created', 'email.send'],
  ],
  ['event', 'new enquiry comes in -> ping #shop-floor on slack thx', ['lead.created', 'notify.slack']],
  [
    'event',
    'Whenever a booking gets cancelled, let Sophie know so she can put the hire bikes back on the rack.',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'once a repair invoice is paid send the customer a thank you email and note it on their record',
    ['invoice.paid', 'email.send; crm.addNote'],
  ],
  [
    'event',
    "hiya, when the contact form on our website gets submitted can you add them as a lead and send them our usual 'thanks, we'll be in touch' email",
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'event',
    'If an invoice goes overdue, send the customer a polite nudge about it',
    ['invoice.overdue', 'invoice.sendReminder'],
    [['invoice.overdue', 'email.send']],
  ],
  [
    'event',
    "any email that comes in to workshop@spokesandsprockets.co.uk - put a heads up in #workshop-inbox with who it's from",
    ['email.received {"to":["workshop@spokesandsprockets.co.uk"]}', 'notify.slack'],
  ],
  [
    'event',
    'new lead tagged ebike → tell Marco pls',
    ['lead.created {"lead.tags":["ebike"]}', 'notify.team'],
  ],
  [
    'event',
    "booking made → add a note to the customer's record saying service booked plus the date",
    ['booking.created', 'crm.addNote'],
  ],
  [
    'event',
    'each time we raise an invoice post the number and total to #accounts',
    ['invoice.created', 'notify.slack'],
  ],
  [
    'event',
    "When a lead's status changes to customer, email them the welcome-to-the-club message with the Sunday group ride info",
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
  ],
  ['event', 'if any of our automations fails, message me (Tom) on slack', ['workflow.failed', 'notify.team']],
  [
    'event',
    'customer cancels their booking? email them back offering to rebook, and drop a note on their lead',
    ['booking.cancelled', 'email.send; crm.addNote'],
  ],
  [
    'event',
    'When a new lead comes in from the hire page (source is hire-website), email them our rental T&Cs',
    ['lead.created {"lead.source":["hire-website"]}', 'email.send'],
  ],
  [
    'event',
    'if a signed hire waiver (or any file really) gets uploaded, let #front-desk know',
    ['file.updated', 'notify.slack'],
  ],
  [
    'schedule',
    "every weekday at half 8 post today's workshop bookings in #workshop",
    ['cron(30 8 ? * MON-FRI *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'Every Monday 9am London time stick a reminder in #fleet to check tyres & brakes on all the hire bikes',
    ['cron(0 9 ? * MON *) Europe/London', 'notify.slack'],
  ],
  [
    'schedule',
    'first monday of each month at 10am email our bookkeeper (books@ledgerandco.com.au) to remind her the BAS paperwork is in the shared folder',
    ['cron(0 10 ? * 2#1 *)', 'email.send'],
  ],
  [
    'schedule',
    'every 2 hours call https://api.ourhirefleet.nl/status and log what it returns',
    ['rate(2 hours)', 'http.request; log'],
  ],
  [
    'schedule',
    'fridays 4pm amsterdam time remind everyone in #general the shop closes early saturday for the club ride',
    ['cron(0 16 ? * FRI *) Europe/Amsterdam', 'notify.slack'],
  ],
  [
    'schedule',
    'On the last day of each month at 5pm tell Hannah to do the stock count',
    ['cron(0 17 L * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    "every evening 6pm Melbourne time, list tomorrow's hire pickups in #hire-desk",
    ['cron(0 18 * * ? *) Australia/Melbourne', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'every 15 mins POST to https://hooks.velohaus-koeln.de/pos-sync so the till stays in sync',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'On 1 March 2026 at 9am remind me (Pete) to switch the website to spring opening hours',
    ['at(2026-03-01T09:00:00)', 'notify.team'],
  ],
  [
    'schedule',
    'sunday nights 8pm email me a list of the bookings for the next 7 days - owner@cyclehaus.de',
    ['cron(0 20 ? * SUN *)', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'twice a day (9 and 3) post the list of unpaid invoices in #accounts',
    ['cron(0 9,15 * * ? *)', 'invoice.find; notify.slack'],
  ],
  [
    'schedule',
    "each weekday at 5:30pm New York time tell Luis how many bookings we've got tmrw",
    ['cron(30 17 ? * MON-FRI *) America/New_York', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    "each night at 11pm save the day's new leads to a file in the exports folder",
    ['cron(0 23 * * ? *)', 'crm.findLeads; files.create'],
  ],
  [
    'schedule',
    "mondays 8am: put the qualified leads we still haven't closed into #sales",
    ['cron(0 8 ? * MON *)', 'crm.findLeads; notify.slack'],
  ],
  [
    'schedule',
    'Every Saturday at 8am (Denver time) send a slack to #rentals reminding the crew to check helmets and locks came back with every hire bike',
    ['cron(0 8 ? * SAT *) America/Denver', 'notify.slack'],
  ],
  [
    'wait',
    "when we email a customer and they don't get back to us within 3 days, send them a follow up",
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    "2 days after someone's appointment with us, email them asking for a google review",
    ['booking.created', 'wait(until+P2D); email.send'],
  ],
  [
    'wait',
    "if a repair invoice isn't paid within a week of being sent out, send them a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    "day before someone's hire booking starts, email them reminding them to bring photo ID",
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    'new lead → wait an hour → email them the price list pls',
    ['lead.created', 'wait(PT1H); email.send'],
  ],
  [
    'wait',
    "When a lead comes in, email them straight away. If there's no answer in 2 working days get Ben to give them a call",
    ['lead.created', 'email.send; waitFor(email.received,2BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    "invoice overdue? send a reminder, then if it's still not paid 14 days later, ping #accounts",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P14D,timeout:[notify.slack])'],
  ],
  [
    'wait',
    '5 weeks after an invoice is paid, email the customer to book in their free first service',
    ['invoice.paid', 'wait(P35D); email.send'],
  ],
  [
    'wait',
    "after someone's booking ends give it 2 hours, then email them asking how the ride was",
    ['booking.created', 'wait(until+PT2H); email.send'],
  ],
  [
    'wait',
    "if someone we've emailed goes quiet for 5 days, mark the lead as lost",
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[crm.updateLead])'],
  ],
  [
    'wait',
    'Booking cancelled -> wait a day -> email them a 10% off code (RIDE10) so they rebook',
    ['booking.cancelled', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    "when someone fills in the form on our site, email them the bike fit questionnaire and if they haven't replied in 48h remind them once",
    ['form.submitted', 'email.send; waitFor(email.received,PT48H,timeout:[email.send])'],
  ],
  [
    'wait',
    "Invoice created -> 3 days before it's due, give the customer a heads up",
    ['invoice.created', 'wait(until-P3D); email.send'],
    [['invoice.created', 'wait(until-P3D); invoice.sendReminder']],
  ],
  [
    'condition',
    'When a new lead comes in, if their budget is over £3,000 tell Ollie right away, otherwise just send the standard reply email',
    ['lead.created', 'if(trigger.lead.value gt 3000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "invoice paid: if it's over $5k post a 🎉 in #wins",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 500000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",500000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'new leads tagged corporate go to Lena (just notify her), any other lead goes in the #leads channel',
    ['lead.created', 'if(trigger.lead.tags contains "corporate")[notify.team]else[notify.slack]'],
  ],
  [
    'condition',
    "if a booking comes in with the location set to 'mobile van', tell Kev. otherwise don't bother",
    ['booking.created', 'if(trigger.booking.location eq "mobile van")[notify.team]'],
    [['booking.created {"booking.location":["mobile van"]}', 'notify.team']],
  ],
  [
    'condition',
    "incoming email with 'warranty' in the subject → tell Priya; everything else → post it in #inbox",
    ['email.received', 'if(trigger.subject contains "warranty")[notify.team]else[notify.slack]'],
  ],
  [
    'condition',
    "lead goes to lost: if they were worth more than 1000, have Mark give them a ring (just notify him), if not add a note 'lost - low value'",
    [
      'lead.updated {"changes.status.to":["lost"]}',
      'if(trigger.lead.value gt 1000)[notify.team]else[crm.addNote]',
    ],
  ],
  [
    'condition',
    "Overdue invoice and it's more than €500? Jonas needs to know. Smaller ones just get the automatic reminder",
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 50000)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'form submitted: if the bike_type field says ebike, tell Sam (our e-bike tech), otherwise post it in #workshop',
    ['form.submitted', 'if(trigger.fields.bike_type eq "ebike")[notify.team]else[notify.slack]'],
  ],
  [
    'condition',
    'new lead: if status is qualified book them a 30 min bike fit consult, if not email them the booking link',
    ['lead.created', 'if(trigger.lead.status eq "qualified")[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    'booking cancelled - if the reason mentions weather send them a rain check voucher by email, otherwise just log it',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[email.send]else[log]'],
  ],
  [
    'condition',
    'When an invoice is paid in EUR post it to #eu-sales, any other currency to #sales',
    ['invoice.paid', 'if(trigger.invoice.currency eq "EUR")[notify.slack]else[notify.slack]'],
  ],
  [
    'condition',
    "when somebody replies to one of our emails: if they're already a customer let Jo know, if they're not mark them as contacted",
    ['email.received', 'if(trigger.lead.status eq "customer")[notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    'Any new fleet enquiry worth 10k or more: tell Dirk and post it in #fleet-deals',
    ['lead.created', 'if(trigger.lead.value gte 10000)[notify.team; notify.slack]'],
    [['lead.created {"lead.value":[{"numeric":[">=",10000]}]}', 'notify.team; notify.slack']],
  ],
  [
    'condition',
    "new lead where source is instagram → tag them 'social'. otherwise tag 'web'",
    ['lead.created', 'if(trigger.lead.source eq "instagram")[crm.updateLead]else[crm.updateLead]'],
  ],
  [
    'many',
    'every morning at 9 send each customer with an overdue invoice a payment reminder',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
    [['cron(0 9 * * ? *)', 'invoice.find; forEach[email.send]']],
  ],
  [
    'many',
    'each evening at 6, email everyone with a workshop booking tomorrow reminding them to drop the bike off before 9:30',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "Monday mornings 8:00 Berlin time, send a follow-up email to all the leads still on 'new' that came in over the last 7 days",
    ['cron(0 8 ? * MON *) Europe/Berlin', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "on the 1st of every month at 9am email everyone tagged hire-club this month's member discount",
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'every friday at 3pm go through the leads we emailed more than a week ago and never heard back from, and mark them lost',
    ['cron(0 15 ? * FRI *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'every weekday 10am, for every unpaid invoice send Karen a message with the customer + amount so she can chase it',
    ['cron(0 10 ? * MON-FRI *)', 'invoice.find; forEach[notify.team]'],
  ],
  [
    'many',
    'each sunday at 7pm send every customer booked in over the next week an email with the workshop address and parking info',
    ['cron(0 19 ? * SUN *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'Every Wednesday 11am find the leads tagged test-ride and email each of em asking if theyre ready to buy',
    ['cron(0 11 ? * WED *)', 'crm.findLeads; forEach[email.send]'],
  ],
];
