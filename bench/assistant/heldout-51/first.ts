import type { HeldOutCase } from '../heldout';

/** Set 51, rows 1–65 in the order written. */
export const FIRST_51: readonly HeldOutCase[] = [
  [
    'event',
    'new enquiry comes in -> send them our booking info email and ping #front-desk on slack',
    ['lead.created', 'email.send; notify.slack'],
  ],
  [
    'event',
    'when someone cancels their appointment can you let Jess know straight away',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'Whenever a deposit invoice gets paid, email the client confirming their spot is locked in, and pop a note on their file saying deposit received.',
    ['invoice.paid', 'email.send; crm.addNote'],
  ],
  ['event', 'consent form submitted → post it in #consent-forms', ['form.submitted', 'notify.slack']],
  [
    'event',
    'every time a client books in, email them the link to our prep guide (what to eat, wear, etc)',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'Any email that lands in guestspots@blackrosetattoo.com, give Marco a heads up',
    ['email.received {"to":["guestspots@blackrosetattoo.com"]}', 'notify.team'],
  ],
  [
    'event',
    'if an invoice goes overdue fire off the reminder and tell Tash on slack',
    ['invoice.overdue', 'invoice.sendReminder; notify.team'],
    [['invoice.overdue', 'invoice.sendReminder; notify.slack']],
  ],
  [
    'event',
    'hey! when a booking gets cancelled could it email the client our rebooking link? thx',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    "When someone fills in the form on our website, add them as a lead and email them back saying we'll be in touch once a chair frees up",
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'event',
    'new invoice raised = email it to the client w/ a line about deposits being non-refundable',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    "When a lead's status changes to customer, send them our welcome-to-the-family email with the loyalty card info",
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
    [['lead.updated {"lead.status":["customer"]}', 'email.send']],
  ],
  [
    'event',
    'Can u make it so every new appointment that gets booked shows up in #bookings on slack',
    ['booking.created', 'notify.slack'],
  ],
  [
    'event',
    'client replies to one of our emails → log it as a note on their profile and let the team know',
    ['email.received', 'crm.addNote; notify.team'],
    [['email.received', 'crm.addNote; notify.slack']],
  ],
  [
    'event',
    'if any of the automations fail email me at hello@needleandthread.co.nz',
    ['workflow.failed', 'email.send'],
  ],
  [
    'event',
    'New lead in? Tell Kiri, and book them a 15 min consult call in the next free slot',
    ['lead.created', 'notify.team; calendar.schedule'],
  ],
  [
    'schedule',
    "every weekday at 9:30am post today's appointments in #front-desk (Melbourne time)",
    ['cron(30 9 ? * MON-FRI *) Australia/Melbourne', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    "Sundays at 7pm send artists@inkwellstudio.com the week's bookings",
    ['cron(0 19 ? * SUN *)', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'first monday of the month 10am, remind everyone in #studio to log the autoclave spore test',
    ['cron(0 10 ? * 2#1 *)', 'notify.slack'],
  ],
  [
    'schedule',
    'every 2 hrs check for new enquiries and drop the list in #leads',
    ['rate(2 hours)', 'crm.findLeads; notify.slack'],
  ],
  [
    'schedule',
    'At half 8 every morning (London) email siobhan@thegildedneedle.co.uk a list of unpaid invoices',
    ['cron(30 8 * * ? *) Europe/London', 'invoice.find; email.send'],
  ],
  [
    'schedule',
    'every Friday at 4pm Toronto time post in #general reminding everyone to do the stock count — needles, gloves, green soap, cling film',
    ['cron(0 16 ? * FRI *) America/Toronto', 'notify.slack'],
  ],
  [
    'schedule',
    "daily at 6pm Auckland time email Mele the list of tomorrow's sessions so she can get stencils ready",
    ['cron(0 18 * * ? *) Pacific/Auckland', 'calendar.find; notify.team'],
    [['cron(0 18 * * ? *) Pacific/Auckland', 'calendar.find; email.send']],
  ],
  [
    'schedule',
    "Mondays 8am sydney time -> message the crew on slack with this week's appointments",
    ['cron(0 8 ? * MON *) Australia/Sydney', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'every 30 mins hit https://hooks.inkbook.example/sync with a POST so the booking widget stays synced',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'On the 1st of each month at 9am Vancouver time remind Dev to update the flash sheet on the site',
    ['cron(0 9 1 * ? *) America/Vancouver', 'notify.team'],
  ],
  [
    'schedule',
    "weekdays quarter to 8, Brisbane time: post the day's piercing appts in #piercing and email a copy to frontdesk@holdfastbodyart.com.au",
    ['cron(45 7 ? * MON-FRI *) Australia/Brisbane', 'calendar.find; notify.slack; email.send'],
  ],
  [
    'schedule',
    'Tues + Thurs 11am NY time, email our jewelry supplier (orders@bodyjewelsupply.com) the standing restock order: 20x 16g titanium labrets, 10x 14g barbells',
    ['cron(0 11 ? * TUE,THU *) America/New_York', 'email.send'],
  ],
  [
    'schedule',
    "each night at 11pm save today's bookings into a file so we've got a backup",
    ['cron(0 23 * * ? *)', 'calendar.find; files.create'],
  ],
  [
    'schedule',
    'Wednesdays at noon Perth time pull the leads from the last 7 days and put the count in #marketing pls',
    ['cron(0 12 ? * WED *) Australia/Perth', 'crm.findLeads; notify.slack'],
  ],
  [
    'schedule',
    "On 19 Dec 2026 at 5pm post in #studio that we're shut till 5 Jan, merry xmas all 🎄",
    ['at(2026-12-19T17:00:00)', 'notify.slack'],
  ],
  [
    'wait',
    '2 days after a session send the client a quick healing check-in email',
    ['booking.created', 'wait(until+P2D); email.send'],
  ],
  [
    'wait',
    'the day before every appointment email the client: eat a proper meal, no booze the night before, bring photo ID',
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    "when a new enquiry comes in email them our booking questions, and if they haven't got back to us in 3 days send a follow up",
    ['lead.created', 'email.send; waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    "deposit invoice goes out → if it's not paid within 48hrs send a reminder and let Bree know",
    ['invoice.created', 'waitFor(invoice.paid,PT48H,timeout:[invoice.sendReminder; notify.team])'],
  ],
  [
    'wait',
    "A week after someone's tattoo session, ask them for a google review",
    ['booking.created', 'wait(until+P7D); email.send'],
    [['booking.created', 'wait(until+P1W); email.send']],
  ],
  [
    'wait',
    'website form submitted - wait an hour then send them the booking questionnaire',
    ['form.submitted', 'wait(PT1H); email.send'],
  ],
  [
    'wait',
    "new booking → send the confirmation email. if they don't reply within 2 working days ping #front-desk to give them a call",
    ['booking.created', 'email.send; waitFor(email.received,2BD,timeout:[notify.slack])'],
  ],
  [
    'wait',
    "once an invoice hits overdue, give it 7 days and if it still isn't paid send the final notice",
    ['invoice.overdue', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    "When a booking is cancelled, wait a fortnight and then email them asking if they'd like to rebook",
    ['booking.cancelled', 'wait(P14D); email.send'],
    [['booking.cancelled', 'wait(P2W); email.send']],
  ],
  [
    'wait',
    '2 hours before each session give the artist a heads up',
    ['booking.created', 'wait(until-PT2H); notify.team'],
    [['booking.created', 'wait(until-PT2H); notify.slack']],
  ],
  [
    'wait',
    'after an invoice is paid, wait 3 days then email them a thank you with 10% off their next piece',
    ['invoice.paid', 'wait(P3D); email.send'],
  ],
  [
    'wait',
    'When a lead gets moved to qualified (design signed off) wait for them to book. no booking within 10 days -> email them a nudge',
    [
      'lead.updated {"changes.status.to":["qualified"]}',
      'waitFor(booking.created,P10D,timeout:[email.send])',
    ],
    [['lead.updated {"lead.status":["qualified"]}', 'waitFor(booking.created,P10D,timeout:[email.send])']],
  ],
  [
    'wait',
    "if a new enquiry hasn't booked in within 24h, remind Hana to chase them up",
    ['lead.created', 'waitFor(booking.created,PT24H,timeout:[notify.team])'],
  ],
  [
    'condition',
    "When a deposit's paid, if it's over $200 post it in #big-pieces, otherwise just log it",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 20000)[notify.slack]else[log]'],
    [['invoice.paid', 'if(trigger.invoice.paidCents gt 20000)[notify.slack]else[log]']],
  ],
  [
    'condition',
    "new lead - if they're tagged coverup send it to Marco, otherwise it goes to Jess",
    ['lead.created', 'if(trigger.lead.tags contains "coverup")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'If the age on the enquiry form is under 18 email them our under-18 policy (parent present + ID), otherwise send the normal booking link',
    ['form.submitted', 'if(trigger.fields.age lt 18)[email.send]else[email.send]'],
  ],
  [
    'condition',
    'booking cancelled: if the reason mentions sick, send the get well soon / reschedule email. anything else, tell Tash',
    ['booking.cancelled', 'if(trigger.reason contains "sick")[email.send]else[notify.team]'],
  ],
  [
    'condition',
    "overdue invoice → if the client's already had 2 or more reminders flag it to Rhys, if not just send another reminder",
    ['invoice.overdue', 'if(trigger.invoice.reminderCount gte 2)[notify.team]else[invoice.sendReminder]'],
    [['invoice.overdue', 'if(trigger.invoice.reminderCount gt 1)[notify.team]else[invoice.sendReminder]']],
  ],
  [
    'condition',
    'Leads worth more than 1500 (sleeves, back pieces) should get a consult booked with the owner; smaller ones just get the standard email',
    ['lead.created', 'if(trigger.lead.value gt 1500)[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    'when someone books and the location is Fitzroy post it in #fitzroy, otherwise #collingwood',
    ['booking.created', 'if(trigger.booking.location eq "Fitzroy")[notify.slack]else[notify.slack]'],
    [['booking.created', 'if(trigger.booking.location contains "Fitzroy")[notify.slack]else[notify.slack]']],
  ],
  [
    'condition',
    "New lead - source instagram? tag them 'ig'. Anything else tag 'web'",
    ['lead.created', 'if(trigger.lead.source eq "instagram")[crm.updateLead]else[crm.updateLead]'],
  ],
  [
    'condition',
    "when an invoice is created and it's over $1,000 let Kiri know first; under that just email the client a copy",
    ['invoice.created', 'if(trigger.invoice.totalCents gt 100000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "for every new booking: if there's no client email on it, ping #front-desk to grab one, otherwise send the confirmation",
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.slack]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.slack]']],
  ],
  [
    'condition',
    'if an email comes from bookings@inkguests.co (the guest artist agency) put it in #guest-spots on slack, anyone else add them to the crm as a lead',
    ['email.received', 'if(trigger.from eq "bookings@inkguests.co")[notify.slack]else[crm.createLead]'],
  ],
  [
    'condition',
    "Form comes in -> if first_tattoo is 'yes' send the first timer's guide, if not the regular confirmation",
    ['form.submitted', 'if(trigger.fields.first_tattoo eq "yes")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "If an inbound email's subject has 'piercing' in it forward it to Lou (she does all our piercings), else send it on to tattoo@inkandiron.ca",
    ['email.received', 'if(trigger.subject contains "piercing")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "new booking, title has 'consult' in it → email the consult prep checklist; otherwise email the session prep one",
    ['booking.created', 'if(trigger.booking.title contains "consult")[email.send]else[email.send]'],
  ],
  [
    'many',
    'every morning at 9 chase everyone with an overdue deposit',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'Each arvo at 3 (Sydney), email every client booked in for tomorrow a reminder to eat beforehand and bring ID',
    ['cron(0 15 * * ? *) Australia/Sydney', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "mondays 10am: find all the leads tagged flash-day and email them this month's flash sheet",
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "Every day at 8pm London time, anyone we emailed 4+ days ago who hasn't replied: mark them as contacted and add a note 'no reply'",
    ['cron(0 20 * * ? *) Europe/London', 'crm.findLeads; forEach[crm.updateLead; crm.addNote]'],
  ],
  [
    'many',
    'friday 5pm - go thru all unpaid invoices, send each a reminder, then tell #accounts how many went out',
    ['cron(0 17 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]; notify.slack'],
  ],
  [
    'many',
    '1st of the month, 10am Toronto: every lead with status customer gets our monthly studio news email',
    ['cron(0 10 1 * ? *) America/Toronto', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "weekdays 7am Auckland time, go through today's appointments and email each client the studio address + where to park",
    ['cron(0 7 ? * MON-FRI *) Pacific/Auckland', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'Sunday nights at 8, for every lead that came in this week, get AI to write a personal follow-up and send it',
    ['cron(0 20 ? * SUN *)', 'crm.findLeads; forEach[email.draft; email.send]'],
  ],
];
