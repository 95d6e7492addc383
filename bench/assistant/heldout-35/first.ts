import type { HeldOutCase } from '../heldout';

/** Set 35, rows 1–65 in the order written. */
export const FIRST_35: readonly HeldOutCase[] = [
  [
    'event',
    'new internet lead comes in -> shoot them a thank you email and post it in #bdc so someone grabs it',
    ['lead.created', 'email.send; notify.slack'],
  ],
  [
    'event',
    'When someone books an appointment online send them a confirmation email w/ our address (1420 Route 9, Freehold NJ) and give Marcus a heads up',
    ['booking.created', 'email.send; notify.team'],
  ],
  [
    'event',
    'service appt cancelled = slack the #service-desk channel pls so they can refill the slot',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'event',
    'Customer pays their repair invoice -> email them a thank you + the link to leave us a google review g.page/r/parkside-auto/review',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'If an invoice goes overdue send the customer a reminder and let Sandra in accounts know',
    ['invoice.overdue', 'invoice.sendReminder; notify.team'],
  ],
  [
    'event',
    'whenever a customer replies to one of our emails forward it to the sales channel on slack',
    ['email.received', 'notify.slack'],
  ],
  [
    'event',
    'When an invoice is raised in the system, email the customer their copy',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'Lead status changes to qualified → book a 45 min sit-down with the customer and tell the desk manager',
    ['lead.updated {"lead.status":["qualified"]}', 'calendar.schedule; notify.team'],
    [['lead.updated {"changes.status.to":["qualified"]}', 'calendar.schedule; notify.team']],
  ],
  [
    'event',
    'any new lead tagged fleet goes straight to Priya - slack her',
    ['lead.created {"lead.tags":["fleet"]}', 'notify.team'],
    [['lead.created', 'if(trigger.lead.tags contains "fleet")[notify.team]']],
  ],
  [
    'event',
    'Wenn ein neuer Lead über mobile.de reinkommt: Bestätigungsmail an den Kunden und Jens Bescheid geben',
    ['lead.created {"lead.source":["mobile.de"]}', 'email.send; notify.team'],
    [['lead.created', 'if(trigger.lead.source eq "mobile.de")[email.send; notify.team]']],
  ],
  [
    'event',
    'when one of the automations fails email me at dave@mainstreetmotors.com',
    ['workflow.failed', 'email.send'],
    [['workflow.failed', 'notify.team']],
  ],
  [
    'event',
    'when a file gets uploaded (signed buyers orders, drivers licence scans etc) post a msg in #deals',
    ['file.updated', 'notify.slack'],
  ],
  [
    'event',
    'Customer emails in → log it as a note on their lead in the CRM',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'anytime something needs approving ping the GM on slack straight away, he never checks the inbox',
    ['approval.requested', 'notify.team'],
  ],
  [
    'event',
    'When an invoice gets paid let the service manager know on slack with the RO number and amount',
    ['invoice.paid', 'notify.team'],
  ],
  [
    'event',
    "booking cancelled → email the customer, sorry to see you cancel, here's the link to rebook: bookings.kingsroadvw.co.uk",
    ['booking.cancelled', 'email.send'],
  ],
  [
    'schedule',
    "every morning at 8 post today's service appointments in #service",
    ['cron(0 8 * * ? *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    "Mon-Sat 7:30am central send the BDC team the list of new leads that haven't been contacted yet",
    ['cron(30 7 ? * MON-SAT *) America/Chicago', 'crm.findLeads; notify.team'],
  ],
  [
    'schedule',
    'every friday at 4pm AEST remind the lot guys in slack to wash the front line before the weekend',
    ['cron(0 16 ? * FRI *) Australia/Brisbane', 'notify.slack'],
    [['cron(0 16 ? * FRI *) Australia/Sydney', 'notify.slack']],
  ],
  [
    'schedule',
    'every 2 hrs check for leads still sitting in status new and post em in #bdc',
    ['rate(2 hours)', 'crm.findLeads; notify.slack'],
  ],
  [
    'schedule',
    'first of the month 9am email our accountant bev@hcaccounting.com.au all the unpaid invoices',
    ['cron(0 9 1 * ? *)', 'invoice.find; email.send'],
  ],
  [
    'schedule',
    'Every Monday 9am send the sales team the leads that came in last week',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; notify.team'],
  ],
  [
    'schedule',
    "christmas eve at 12 noon slack everyone: we're closing at 2, go home early & merry xmas",
    ['at(2026-12-24T12:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    "weekdays 5.30pm UK time post tomorrow's workshop bookings in #parts so they can pre-pick parts",
    ['cron(30 17 ? * MON-FRI *) Europe/London', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'jeden Montag um 7 Uhr die Liste der offenen Rechnungen an buchhaltung@autohaus-krueger.de schicken',
    ['cron(0 7 ? * MON *)', 'invoice.find; email.send'],
  ],
  [
    'schedule',
    'Every sunday night 8pm pacific post the appointments for the week ahead in slack',
    ['cron(0 20 ? * SUN *) America/Los_Angeles', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'each weekday at 11am check the overdue invoices and slack the list to Rob',
    ['cron(0 11 ? * MON-FRI *)', 'invoice.find; notify.team'],
  ],
  [
    'schedule',
    '9am every day hit our inventory sync url https://feeds.valleyrv.com/sync with a POST so the website stock refreshes',
    ['cron(0 9 * * ? *)', 'http.request'],
  ],
  [
    'schedule',
    'last day of every month at 5pm remind the managers to get their floor plan audit in',
    ['cron(0 17 L * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    "Saturdays 8am Perth time, post today's test drive bookings in #sales",
    ['cron(0 8 ? * SAT *) Australia/Perth', 'calendar.find; notify.slack'],
  ],
  [
    'wait',
    'After a test drive booking, wait until the appointment is over then send them a thank-you email',
    ['booking.created', 'wait(until); email.send'],
  ],
  [
    'wait',
    'remind customers 24 hrs before their service appointment by email',
    ['booking.created', 'wait(until-PT24H); email.send'],
    [['booking.created', 'wait(until-P1D); email.send']],
  ],
  [
    'wait',
    "we email a quote and they don't reply in 3 days → have the salesperson give them a call (tell them in slack)",
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[notify.team])'],
  ],
  [
    'wait',
    "new lead → welcome email, then 2 days later send the 2nd one with this month's specials",
    ['lead.created', 'email.send; wait(P2D); email.send'],
  ],
  [
    'wait',
    'once a deal is done (lead goes to customer) wait 90 days and email them about booking their first service',
    ['lead.updated {"lead.status":["customer"]}', 'wait(P90D); email.send'],
    [['lead.updated {"changes.status.to":["customer"]}', 'wait(P90D); email.send']],
  ],
  [
    'wait',
    'invoice issued → wait till 2 days before the due date → send a payment reminder',
    ['invoice.created', 'wait(until-P2D); invoice.sendReminder'],
    [['invoice.created', 'wait(until-PT48H); invoice.sendReminder']],
  ],
  [
    'wait',
    'after someone submits the finance application form give them 2 business days to book an appointment, if they dont, email them a nudge',
    ['form.submitted', 'waitFor(booking.created,2BD,timeout:[email.send])'],
  ],
  [
    'wait',
    'When a service invoice goes out, wait a week for payment. paid → thank you email, not paid → tell Kim to call them',
    ['invoice.created', 'waitFor(invoice.paid,P7D,event:[email.send],timeout:[notify.team])'],
  ],
  [
    'wait',
    'Angebot per Mail raus -> 3 Werktage auf Antwort warten, sonst automatisch nachfassen',
    ['email.sent[message]', 'waitFor(email.received,3BD,timeout:[email.send])'],
  ],
  [
    'wait',
    'day after the customer picks their car up from service (end of the booking) email a quick 3 question survey',
    ['booking.created', 'wait(until+P1D); email.send'],
    [['booking.created', 'wait(until+PT24H); email.send']],
  ],
  [
    'wait',
    'New lead - wait 15 mins then send the intro email from the BDC',
    ['lead.created', 'wait(PT15M); email.send'],
  ],
  [
    'wait',
    'when a booking gets cancelled wait 2 hours then email them asking if they want to rebook',
    ['booking.cancelled', 'wait(PT2H); email.send'],
  ],
  [
    'wait',
    'after we email a lead wait 48h for a reply. no reply = send the second email, then give it another 3 days and if still nothing mark them lost',
    [
      'email.sent[message]',
      'waitFor(email.received,PT48H,timeout:[email.send; waitFor(email.received,P3D,timeout:[crm.updateLead])])',
    ],
    [
      [
        'email.sent[message]',
        'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P3D,timeout:[crm.updateLead])])',
      ],
    ],
  ],
  [
    'condition',
    'new lead worth more than $50k → GM gets notified, otherwise BDC handles it (let BDC know)',
    ['lead.created', 'if(trigger.lead.value gt 50000)[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when a lead comes in, if theres a phone number tell the BDC to call them, if not just email them',
    ['lead.created', 'if(trigger.lead.phone exists true)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'customer emails with recall in the subject -> slack the service manager',
    ['email.received', 'if(trigger.subject contains "recall")[notify.team]'],
  ],
  [
    'condition',
    'invoice overdue by more than 30 days goes to Rob, otherwise just send the customer a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'new leads tagged motorcycle go to Dan, everything else to the car desk (both on slack)',
    ['lead.created', 'if(trigger.lead.tags contains "motorcycle")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'booking cancelled: if the title has "test drive" in it tell sales, otherwise tell service',
    ['booking.cancelled', 'if(trigger.booking.title contains "test drive")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when an invoice over $5,000 gets paid tell the owner so he can send a thank-you card',
    ['invoice.paid {"invoice.totalCents":[{"numeric":[">",500000]}]}', 'notify.team'],
    [['invoice.paid', 'if(trigger.invoice.totalCents gt 500000)[notify.team]']],
  ],
  [
    'condition',
    'lead gets marked lost and it was worth over 30k → ask Tom to give them a call',
    ['lead.updated {"lead.status":["lost"]}', 'if(trigger.lead.value gt 30000)[notify.team]'],
    [
      ['lead.updated', 'if((trigger.lead.status eq "lost" and trigger.lead.value gt 30000))[notify.team]'],
      ['lead.updated {"lead.status":["lost"],"lead.value":[{"numeric":[">",30000]}]}', 'notify.team'],
      // the status change TO x (docs/assistant.md, session 42): lead.status would fire on every later update at x
      ['lead.updated {"changes.status.to":["lost"]}', 'if(trigger.lead.value gt 30000)[notify.team]'],
    ],
  ],
  [
    'condition',
    'Neuer Lead: wenn Quelle mobile.de, dann an Jens, sonst an Katrin',
    ['lead.created', 'if(trigger.lead.source eq "mobile.de")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when a customer replies and their lead is still "new" switch it to contacted',
    ['email.received', 'if(trigger.lead.status eq "new")[crm.updateLead]'],
    [['email.received {"lead.status":["new"]}', 'crm.updateLead']],
  ],
  [
    'condition',
    'welcome email for every new lead EXCEPT ones with our own @smithtoyota.com addresses (staff testing the site)',
    ['lead.created {"lead.email":[{"anything-but":{"suffix":"@smithtoyota.com"}}]}', 'email.send'],
    [['lead.created', 'if(not trigger.lead.email contains "@smithtoyota.com")[email.send]']],
  ],
  [
    'condition',
    "when someone books and there's no email on the booking, post in #front-desk so someone calls them to get one. otherwise send the confirmation",
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.slack]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.slack]']],
  ],
  [
    'condition',
    'RV store: leads over $100k or tagged motorhome go straight to Gary, the rest get posted in #floor',
    [
      'lead.created',
      'if((trigger.lead.value gt 100000 or trigger.lead.tags contains "motorhome"))[notify.team]else[notify.slack]',
    ],
  ],
  [
    'many',
    'every morning at 7 email each customer with a service appointment today a reminder',
    ['cron(0 7 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    '6pm the night before, email everyone booked in for tomorrow a reminder + what to bring (keys, locking wheel nut, service book)',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'every friday at 5pm send a payment reminder for every overdue invoice',
    ['cron(0 17 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'need something I can run whenever: email every lead tagged "truck month" our truck month offer',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'every monday 10am go thru the lost leads from the past week and send each one a "still looking?" email',
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'once a week (wed 9am) find leads we emailed 7+ days ago that never replied and send each a follow up',
    ['cron(0 9 ? * WED *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "Each day at 10 find yesterday's new leads and book a follow-up call for each one",
    ['cron(0 10 * * ? *)', 'crm.findLeads; forEach[calendar.schedule]'],
  ],
  [
    'many',
    'EOFY sale email to our whole customer list (about 20,000 ppl) - want to kick it off myself when marketing says go',
    ['manual', 'crm.exportLeads; forEach[email.send]'],
  ],
  [
    'many',
    'Every Monday at 8am tag all the qualified leads "hot-list" and put a note on each one',
    ['cron(0 8 ? * MON *)', 'crm.findLeads; forEach[crm.updateLead; crm.addNote]'],
  ],
];
