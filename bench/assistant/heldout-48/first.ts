import type { HeldOutCase } from '../heldout';

/** Set 48, rows 1–65 in the order written. */
export const FIRST_48: readonly HeldOutCase[] = [
  [
    'event',
    'new lead from the website → send them our welcome email w/ the online booking link and ping #front-desk on slack',
    ['lead.created', 'email.send; notify.slack'],
  ],
  [
    'event',
    'When a patient cancels their appointment can we automatically email them a link to rebook?',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    'when an invoice gets paid pls add a note on the patients record saying "paid in full"',
    ['invoice.paid', 'crm.addNote'],
  ],
  [
    'event',
    'Whenever a new appointment is booked, email the patient our what-to-bring list (current glasses, list of medications, any eye drops they use).',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'when someone fills in a form on our site add them to the crm and give Priya a heads up',
    ['form.submitted', 'crm.createLead; notify.team'],
  ],
  [
    'event',
    'If a patient emails us, forward it on to reception@clearviewoptics.co.uk',
    ['email.received', 'email.send'],
  ],
  [
    'event',
    'invoice goes overdue → send the patient a polite payment reminder and let Dave know on Slack',
    ['invoice.overdue', 'invoice.sendReminder; notify.team'],
  ],
  [
    'event',
    "new booking -> add a note to the patient's file with the appt date + time",
    ['booking.created', 'crm.addNote'],
  ],
  [
    'event',
    "Once a lead's status changes to customer, send them the aftercare guide for their new hearing aids",
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
    [['lead.updated {"lead.status":["customer"]}', 'email.send']],
  ],
  [
    'event',
    'When an invoice is created email a copy to accounts@brightsighteyecare.com.au',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'whenever a patient cancels post it in #diary so someone can ring round the waiting list and fill the slot',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'event',
    'any time a file gets uploaded or replaced (price lists, the frame catalogue etc) tell Mark on slack',
    ['file.updated', 'notify.team'],
  ],
  ['event', "if any of our automations fails I want a slack DM, I'm Tom", ['workflow.failed', 'notify.team']],
  ['event', 'When a patient emails us set their status to contacted', ['email.received', 'crm.updateLead']],
  [
    'event',
    'When a new lead is added, book them in for a 60 minute initial hearing consultation',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'schedule',
    "every weekday at half 8 post 'Morning all - check the lab deliveries before we open' in #shop-floor",
    ['cron(30 8 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'First Monday of every month at 9am (Dublin time) email staff@hearwellclinic.ie a reminder to do the battery + domes stock count',
    ['cron(0 9 ? * 2#1 *) Europe/Dublin', 'email.send'],
    [['cron(0 9 ? * 2#1 *) Europe/Dublin', 'notify.team']],
  ],
  [
    'schedule',
    'every 2 hours hit https://api.rxlabportal.com/v1/jobs/sync so our lab job statuses stay up to date',
    ['rate(2 hours)', 'http.request'],
  ],
  [
    'schedule',
    'Fridays 4pm Sydney time, remind everyone on Slack to log their CPD points for the week',
    ['cron(0 16 ? * FRI *) Australia/Sydney', 'notify.slack'],
  ],
  [
    'schedule',
    'On the last day of each month at 5pm create a file called month-end-checklist with: till reconciled, GOS claims submitted, lab statements checked',
    ['cron(0 17 L * ? *)', 'files.create'],
  ],
  [
    'schedule',
    'ping https://status.visionworkslab.co.uk/health every 15 mins',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'Every Tuesday and Thursday at 7:45am Toronto time send a message to #audiology reminding them to calibrate the REM kit before first patient',
    ['cron(45 7 ? * TUE,THU *) America/Toronto', 'notify.slack'],
  ],
  [
    'schedule',
    'each morning at 8 get the AI to write a short eye-health tip of the day and post it in #team',
    ['cron(0 8 * * ? *)', 'ai.task; notify.slack'],
  ],
  [
    'schedule',
    'At 6pm on weekdays (Perth time) message Karen to lock up the OCT room and switch the visual field machine off',
    ['cron(0 18 ? * MON-FRI *) Australia/Perth', 'notify.team'],
  ],
  [
    'schedule',
    'On 1 December 2026 at 9am post to #general: Christmas opening hours are now live on the website',
    ['at(2026-12-01T09:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'sunday nights 8pm vancouver time send a POST to our website rebuild hook https://api.netlify.com/build_hooks/5f2a9c so the new frame stock shows up',
    ['cron(0 20 ? * SUN *) America/Vancouver', 'http.request'],
  ],
  [
    'schedule',
    '15th of every month at 10:00 remind Siobhan to send off the GOS claims',
    ['cron(0 10 15 * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'Mon–Sat 8.15am Melbourne time post in #clinic: "pls check the audiometer calibration log before first appt"',
    ['cron(15 8 ? * MON-SAT *) Australia/Melbourne', 'notify.slack'],
  ],
  [
    'schedule',
    'every 6 hours pull our contact lens stock levels from https://stock.lenscentral.com/api/levels and save them as a file',
    ['rate(6 hours)', 'http.request; files.create'],
  ],
  [
    'schedule',
    'quarterly - 1st of Jan, Apr, Jul and Oct at 9am - remind Dr Patel on slack to do the equipment PAT testing check',
    ['cron(0 9 1 1,4,7,10 ? *)', 'notify.team'],
  ],
  [
    'wait',
    "When a new lead comes in, send them our intro email. If they haven't replied in 2 days, send a second one",
    ['lead.created', 'email.send; waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'wait',
    'two days after any appointment, email the patient asking them to leave us a google review',
    ['booking.created', 'wait(until+P2D); email.send'],
  ],
  [
    'wait',
    'invoice not paid within 14 days of being issued -> send a reminder and tell Anne',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder; notify.team])'],
  ],
  [
    'wait',
    'the day before each appointment email the patient a reminder',
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    "If a patient doesn't answer one of our emails within 3 working days, let Ruth know",
    ['email.sent[message]', 'waitFor(email.received,3BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    'new form submission: wait an hour then email them our contact lens price list',
    ['form.submitted', 'wait(PT1H); email.send'],
  ],
  [
    'wait',
    "when an appointment gets cancelled, wait 3 days and if they still haven't rebooked send a 'we miss you' email",
    ['booking.cancelled', 'waitFor(booking.created,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    '1 hr after the appointment finishes send the patient the aftercare leaflet',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    "when an invoice goes overdue give it a week - if it's still not paid send a final reminder and post in #finance",
    ['invoice.overdue', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder; notify.slack])'],
  ],
  ['wait', 'new lead > wait 10 mins > welcome email', ['lead.created', 'wait(PT10M); email.send']],
  [
    'wait',
    "2 weeks after an invoice is paid (that's usually when they've picked up their specs) email them asking how they're getting on with the new glasses",
    ['invoice.paid', 'wait(P14D); email.send'],
  ],
  [
    'wait',
    'When someone books in, send a confirmation straight away, then another reminder 2 hours before the appointment starts',
    ['booking.created', 'email.send; wait(until-PT2H); email.send'],
  ],
  [
    'wait',
    "new lead - email them; if no response after 5 days mark them as lost and add a note saying 'no response'",
    ['lead.created', 'email.send; waitFor(email.received,P5D,timeout:[crm.updateLead; crm.addNote])'],
  ],
  [
    'condition',
    'when a new lead comes in, if their value is over 2000 tell Michael on slack, otherwise just send the standard welcome email',
    ['lead.created', 'if(trigger.lead.value gt 2000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'invoice paid - if its over £1,500 (so basically a pair of hearing aids) post it in #wins',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 150000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",150000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    "Incoming emails: if the subject has 'repair' in it send it to Liam, otherwise post it in #reception",
    ['email.received', 'if(trigger.subject contains "repair")[notify.team]else[notify.slack]'],
  ],
  [
    'condition',
    "new lead tagged 'tinnitus' → notify Dr Grace. anyone else, tag them 'newsletter'",
    ['lead.created', 'if(trigger.lead.tags contains "tinnitus")[notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    "When a booking is made: if the patient is already a customer add a note 'returning patient', otherwise set their status to qualified",
    ['booking.created', 'if(trigger.lead.status eq "customer")[crm.addNote]else[crm.updateLead]'],
  ],
  [
    'condition',
    "When the website form comes in, if the 'service' field is 'hearing' notify Ava, otherwise notify Ben",
    ['form.submitted', 'if(trigger.fields.service eq "hearing")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'overdue invoices: if more than $200 alert the practice manager, otherwise just send the automatic reminder',
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 20000)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "lead updated: if the status went to lost, add a note 'ask why - follow up at next recall' and ping #sales",
    ['lead.updated', 'if(trigger.changes.status.to eq "lost")[crm.addNote; notify.slack]'],
    [['lead.updated {"changes.status.to":["lost"]}', 'crm.addNote; notify.slack']],
  ],
  [
    'condition',
    "For every new lead - if the source is 'google-ads' email them the £10 off eye test voucher, else send the regular welcome email",
    ['lead.created', 'if(trigger.lead.source eq "google-ads")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "when an invoice is created and the total's under $50, mark it paid straight away (it'll be a battery sale paid at the counter)",
    ['invoice.created', 'if(trigger.invoice.totalCents lt 5000)[invoice.markPaid]'],
    [['invoice.created {"invoice.totalCents":[{"numeric":["<",5000]}]}', 'invoice.markPaid']],
  ],
  [
    'condition',
    'emails from orders@essilorlab.com: if the subject says Dispatched post in #collections, if not forward to Hannah',
    [
      'email.received {"from":["orders@essilorlab.com"]}',
      'if(trigger.subject contains "Dispatched")[notify.slack]else[notify.team]',
    ],
  ],
  [
    'condition',
    'booking created - if location is Kilkenny notify Orla, if its anywhere else notify Sean',
    ['booking.created', 'if(trigger.booking.location eq "Kilkenny")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    "New lead. If there's no phone number on file, email them asking for the best number to reach them; if there is one, add a note 'call back to book'",
    ['lead.created', 'if(trigger.lead.phone exists false)[email.send]else[crm.addNote]'],
    [['lead.created', 'if(trigger.lead.phone exists true)[crm.addNote]else[email.send]']],
  ],
  [
    'condition',
    "when someone books, if the appointment title includes 'dilation' email them the no-driving warning, otherwise send the normal confirmation",
    ['booking.created', 'if(trigger.booking.title contains "dilation")[email.send]else[email.send]'],
  ],
  [
    'many',
    'every morning at 9 send a remidner to every patient with an overdue invoice',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'Each evening at 6pm email everyone who has an appointment tomorrow to remind them',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "every monday 10am brisbane time, send a check-in email to all the leads still sitting on 'new'",
    ['cron(0 10 ? * MON *) Australia/Brisbane', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'on the 1st of the month at 9am email all patients tagged annual-recall to say their eye exam is due',
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'every friday at 3 find all the unpaid invoices and for each one add a note on the patient record and send a reminder',
    ['cron(0 15 ? * FRI *)', 'invoice.find; forEach[crm.addNote; invoice.sendReminder]'],
  ],
  [
    'many',
    "Daily 7am New York time: for each of today's bookings add a note on the patient's record that they're coming in today",
    ['cron(0 7 * * ? *) America/New_York', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    'weekdays 16:30 - email tomorrows patients reminding them to bring their current glasses and any eye drops they use',
    ['cron(30 16 ? * MON-FRI *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "Sunday 8pm: find every lead we've emailed who hasn't replied in 7 days and tag them 'gone-quiet'",
    ['cron(0 20 ? * SUN *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
];
