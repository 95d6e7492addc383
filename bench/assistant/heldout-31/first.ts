import type { HeldOutCase } from '../heldout';

/** Set 31, rows 1–65 in the order written. */
export const FIRST_31: readonly HeldOutCase[] = [
  [
    'event',
    'new membership enquiry comes in -> send them the pricing page link and ping Jana',
    ['lead.created', 'email.send; notify.team'],
  ],
  [
    'event',
    'When someone books a meeting room, email them a confirmation with the directions to the room.',
    ['booking.created', 'email.send'],
  ],
  ['event', 'if a booking gets cancelled pls post it in #frontdesk', ['booking.cancelled', 'notify.slack']],
  [
    'event',
    'Whenever an invoice gets paid: log it, then send the member a short thank-you email',
    ['invoice.paid', 'log; email.send'],
  ],
  ['event', 'new lead -> welcome mail', ['lead.created', 'email.send']],
  [
    'event',
    'when the contact form on our website is submitted tell Lukas on slack. danke!',
    ['form.submitted', 'notify.team'],
  ],
  [
    'event',
    'When an invoice goes overdue send the member a payment reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'someone replies to one of our emails -> save their reply as a note on the lead',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'every time a new invoice is created, email a copy to our bookkeeper Anke (anke@steuerbuero-krause.de)',
    ['invoice.created', 'email.send'],
  ],
  ['event', 'Tour booked → slack #community-team with name + time', ['booking.created', 'notify.slack']],
  [
    'event',
    "When a member's status changes to customer, email them the onboarding pack and let Femke know",
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send; notify.team'],
    [['lead.updated {"lead.status":["customer"]}', 'email.send; notify.team']],
  ],
  ['event', 'if any workflow fails, email me (Marcus) so I can check it', ['workflow.failed', 'notify.team']],
  [
    'event',
    'when a file in the contracts folder is added or changed post it in #admin',
    ['file.updated {"file.folder":["contracts"]}', 'notify.slack'],
    [['file.updated', 'if(trigger.file.folder eq "contracts")[notify.slack]']],
  ],
  [
    'event',
    'bookings for the Rooftop Terrace -> email facilities@harbourhub.sg so they can set up chairs',
    ['booking.created {"booking.location":["Rooftop Terrace"]}', 'email.send'],
    [['booking.created', 'if(trigger.booking.location eq "Rooftop Terrace")[email.send]']],
  ],
  ['event', 'payment came in? post a 💸 in #wins with the amount', ['invoice.paid', 'notify.slack']],
  [
    'event',
    'When a run is waiting for approval, ping Daan on Slack so he doesnt forget to approve it',
    ['approval.requested', 'notify.team'],
  ],
  [
    'schedule',
    "every weekday at 8:30 post today's room bookings in #frontdesk",
    ['cron(30 8 ? * MON-FRI *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'Each Monday 9am Berlin time email community@spreeblick.example the list of unpaid invoices',
    ['cron(0 9 ? * MON *) Europe/Berlin', 'invoice.find; email.send'],
  ],
  [
    'schedule',
    'on the 1st of every month at 10am SGT post in slack that the monthly invoices go out today',
    ['cron(0 10 1 * ? *) Asia/Singapore', 'notify.slack'],
  ],
  [
    'schedule',
    'every friday 4pm remind everyone in #general to clean up the kitchen before the weekend lol',
    ['cron(0 16 ? * FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    "daily at 12 noon post 'lunch club in the kitchen 🍝' in #general",
    ['cron(0 12 * * ? *)', 'notify.slack'],
  ],
  [
    'schedule',
    "Every day at 18:00 Amsterdam time, send Daan tomorrow's bookings by email so he can prep the rooms.",
    ['cron(0 18 * * ? *) Europe/Amsterdam', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'sunday 9pm NY time email me the leads that came in this week - kayla@bkcowork.com',
    ['cron(0 21 ? * SUN *) America/New_York', 'crm.findLeads; email.send'],
  ],
  [
    'schedule',
    'last friday of each month at 3pm post a reminder in #community about members drinks tonight',
    ['cron(0 15 ? * 6L *)', 'notify.slack'],
  ],
  [
    'schedule',
    "On 2 January 2027 at 9:00 post in slack: 'Happy new year, the space is open again!'",
    ['at(2027-01-02T09:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'every morning at 7.45 send the cleaners (cleaning@sparkleclean.sg) the rooms that are booked today',
    ['cron(45 7 * * ? *)', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'every 2 hours post in slack how many new leads we got today',
    ['rate(2 hours)', 'crm.findLeads; notify.slack'],
  ],
  [
    'schedule',
    'Mondays and Thursdays at 11:00 remind Wei Ling to restock the coffee + oat milk',
    ['cron(0 11 ? * MON,THU *)', 'notify.team'],
  ],
  [
    'schedule',
    'weekdays 5:30pm CET send Lukas a list of overdue invoices',
    ['cron(30 17 ? * MON-FRI *) Europe/Berlin', 'invoice.find; notify.team'],
    [['cron(30 17 ? * MON-FRI *) Europe/Amsterdam', 'invoice.find; notify.team']],
  ],
  [
    'schedule',
    'every 30 minutes POST to https://hooks.dewerkplaats.nl/sync-desks so the desk screen stays up to date',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'wait',
    'when someone books a tour send them a reminder email 24h before it starts',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    "New lead -> wait 2 days -> email asking if they'd like a free trial day",
    ['lead.created', 'wait(P2D); email.send'],
  ],
  [
    'wait',
    'An hour after a meeting room booking ends, email the guest our feedback survey (https://forms.example/feedback)',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    "When a new enquiry comes in, email them our membership options. If they haven't replied within 3 business days, ping Sven so he can call them",
    ['lead.created', 'email.send; waitFor(email.received,3BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    'invoice created -> give them 14 days, still not paid? send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'send day pass guests the wifi + door code info 2 hrs before their booking starts',
    ['booking.created', 'wait(until-PT2H); email.send'],
  ],
  [
    'wait',
    'When a new member is added: send the welcome email, then 5 days later send them the community guide.',
    ['lead.created', 'email.send; wait(P5D); email.send'],
  ],
  [
    'wait',
    'overdue invoice: send a reminder, wait a week, then send another reminder',
    ['invoice.overdue', 'invoice.sendReminder; wait(P7D); invoice.sendReminder'],
  ],
  [
    'wait',
    "someone fills in the enquiry form -> wait 30 min and then email them (so it doesn't look like a bot 😅)",
    ['form.submitted', 'wait(PT30M); email.send'],
  ],
  [
    'wait',
    'when a booking is cancelled wait one day and email them asking if they want to rebook',
    ['booking.cancelled', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    "after a tour is booked, wait until the tour is over and then add a note 'toured the space' to the lead",
    ['booking.created', 'wait(until); crm.addNote'],
  ],
  [
    'wait',
    'New lead: email them the tour booking link. If they book a tour within 5 days tell Priya, if not send a follow up email',
    ['lead.created', 'email.send; waitFor(booking.created,P5D,event:[notify.team],timeout:[email.send])'],
  ],
  [
    'wait',
    'when an invoice is issued, remind the customer 2 days before the due date',
    ['invoice.created', 'wait(until-P2D); invoice.sendReminder'],
  ],
  [
    'condition',
    'New enquiry: if they need more than 5 desks (team size field) tell Sven, otherwise just send the standard pricing email',
    ['lead.created', 'if(trigger.lead.fields.teamSize gt 5)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'when an invoice is paid and its over €1000 post it in #wins, otherwise just log it',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[notify.slack]else[log]'],
  ],
  [
    'condition',
    'booking cancelled - if it was the Event Hall email Femke, otherwise do nothing',
    ['booking.cancelled', 'if(trigger.booking.location eq "Event Hall")[notify.team]'],
    [['booking.cancelled {"booking.location":["Event Hall"]}', 'notify.team']],
  ],
  [
    'condition',
    'new lead tagged corporate -> Marcus. tagged startup -> Jorge',
    [
      'lead.created',
      'if(trigger.lead.tags contains "corporate")[notify.team]; if(trigger.lead.tags contains "startup")[notify.team]',
    ],
    [
      [
        'lead.created',
        'if(trigger.lead.tags contains "corporate")[notify.team]else[if(trigger.lead.tags contains "startup")[notify.team]]',
      ],
    ],
  ],
  [
    'condition',
    'If an invoice is more than 30 days overdue tell Lukas to call them, otherwise send the normal reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "form comes in: if it's the day pass form reply with the day pass info, else create them as a lead",
    ['form.submitted', 'if(trigger.form eq "day pass")[email.send]else[crm.createLead]'],
  ],
  [
    'condition',
    "emails coming in with 'invoice' in the subject -> forward to accounts@thehive.nyc. everything else -> post in #hello",
    ['email.received', 'if(trigger.subject contains "invoice")[email.send]else[notify.slack]'],
  ],
  [
    'condition',
    "New lead worth over 5k → post in #sales. under that just add a note 'low priority'",
    ['lead.created', 'if(trigger.lead.value gt 5000)[notify.slack]else[crm.addNote]'],
  ],
  [
    'condition',
    'When a meeting room gets booked without an attendee email, tell Nadia at the front desk; otherwise email the attendee a confirmation.',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    'invoice created over 2000 SGD -> Wei Ling needs to know. smaller ones no need',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 200000)[notify.team]'],
    [['invoice.created {"invoice.totalCents":[{"numeric":[">",200000]}]}', 'notify.team']],
  ],
  [
    'condition',
    "new leads: if they came from instagram add the tag 'social', otherwise tag them 'web'",
    ['lead.created', 'if(trigger.lead.source eq "instagram")[crm.updateLead]else[crm.updateLead]'],
  ],
  [
    'condition',
    "When someone replies to our emails: if they're already a member (customer) notify the community team, if not set them to contacted",
    ['email.received', 'if(trigger.lead.status eq "customer")[notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    "every morning at 9 check today's bookings, if more than 10 tell Jana to put on extra coffee",
    ['cron(0 9 * * ? *)', 'calendar.find; if(steps.find.count gt 10)[notify.team]'],
  ],
  [
    'many',
    'every Friday 3pm email all members tagged hot-desk the weekend access hours',
    ['cron(0 15 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'Each morning at 8 send every person with a booking today a reminder incl. the wifi password',
    ['cron(0 8 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'every monday at 10 send a reminder for each overdue invoice',
    ['cron(0 10 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "I want a button I can press to email all current members (customer status) the invite for Thursday's community drinks",
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "daily 17:00: find tomorrow's bookings and email each guest a reminder",
    ['cron(0 17 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    '1st of the month 9am: send a reminder for every unpaid invoice, then send Lukas the list',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]; notify.team'],
  ],
  [
    'many',
    'wednesdays 10am - everyone we emailed over a week ago who never replied gets a friendly nudge email',
    ['cron(0 10 ? * WED *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'sundays 6pm singapore time send the weekly newsletter to everyone who enquired this week',
    ['cron(0 18 ? * SUN *) Asia/Singapore', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "every night at 11pm cancel all of tomorrow's bookings that have no attendee",
    ['cron(0 23 * * ? *)', 'calendar.find; forEach[calendar.cancel]'],
  ],
];
