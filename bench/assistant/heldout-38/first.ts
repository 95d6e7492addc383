import type { HeldOutCase } from '../heldout';

/** Set 38, rows 1–65 in the order written. */
export const FIRST_38: readonly HeldOutCase[] = [
  [
    'event',
    'when someone fills in the enquiry form on our website send them the trial lesson info and post it in slack',
    ['form.submitted', 'email.send; notify.slack'],
  ],
  ['event', 'New lead added -> welcome email + let Sinead know', ['lead.created', 'email.send; notify.team']],
  [
    'event',
    'whenever a parent cancels a lesson, email them to confirm its been cancelled and tell Priya',
    ['booking.cancelled', 'email.send; notify.team'],
  ],
  [
    'event',
    'when a term fee invoice gets paid send the family a thank you email, they like that',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'invoice overdue => send the parent a payment reminder pls',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'When a parent replies to one of our emails, tag them "responded" in the CRM.',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'event',
    'any new lead tagged exam prep, notify Hannah straight away (she does all the ABRSM prep)',
    ['lead.created {"lead.tags":["exam prep"]}', 'notify.team'],
  ],
  [
    'event',
    'Once a lead becomes a customer (ie they have enrolled) send them our welcome pack email',
    ['lead.updated {"lead.status":["customer"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["customer"]}', 'email.send']],
  ],
  ['event', 'if one of our automations fails message Dave on slack', ['workflow.failed', 'notify.team']],
  [
    'event',
    'someone books a lesson -> send them a confirmaton email w/ the time',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'each time an invoice is created, email a copy notice to our bookkeeper kim@harmonyhall.com.au',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'when a new file gets uploaded (exam results, registers etc) let the team know in Slack',
    ['file.updated', 'notify.slack'],
  ],
  [
    'event',
    'Whenever something is waiting for my approval, email me at lou@stepupdance.ca',
    ['approval.requested', 'email.send'],
  ],
  [
    'event',
    'every time we send an email to a student, add a note to their record saying it was sent',
    ['email.sent', 'crm.addNote'],
    [['email.sent[message]', 'crm.addNote']],
  ],
  [
    'event',
    'new student lead → email them the timetable + the fees sheet, thats it',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'when someone cancels their booking post in #front-desk so Maria can offer the slot to the waiting list',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'schedule',
    "Every weekday at 7.30am post today's lesson timetable in the #staff channel. We're in London",
    ['cron(30 7 ? * MON-FRI *) Europe/London', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'remind Fiona on the 1st of each month at 9am to send out the term invoices',
    ['cron(0 9 1 * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'sunday nights at 8 email me tomorrows bookings - reception@tempodance.co.uk',
    ['cron(0 20 ? * SUN *)', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'Every Tuesday at 4pm Toronto time remind Jess to order reeds and strings for the week',
    ['cron(0 16 ? * TUE *) America/Toronto', 'notify.team'],
  ],
  [
    'schedule',
    "each morning at 9 AEST post the day's bookings to slack",
    ['cron(0 9 * * ? *) Australia/Brisbane', 'calendar.find; notify.slack'],
    [['cron(0 9 * * ? *) Australia/Sydney', 'calendar.find; notify.slack']],
  ],
  [
    'schedule',
    'last friday of every month 3pm remind me (Gráinne) to do the teachers pay',
    ['cron(0 15 ? * 6L *)', 'notify.team'],
  ],
  [
    'schedule',
    'every 15 mins pull new signups from our old studio system https://api.studiobookings.example.com/signups',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    "9am every weekday, Dublin time, email the day's lesson list to frontdesk@rathmineschoolofmusic.ie",
    ['cron(0 9 ? * MON-FRI *) Europe/Dublin', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    "Saturdays 8am send Coach Mia the list of today's classes",
    ['cron(0 8 ? * SAT *)', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'first monday of every month at 10am save a copy of our student list to a file',
    ['cron(0 10 ? * 2#1 *)', 'crm.findLeads; files.create'],
    [['cron(0 10 ? * 2#1 *)', 'crm.exportLeads']],
  ],
  [
    'schedule',
    'Every day at noon post yesterdays new leads in slack',
    ['cron(0 12 * * ? *)', 'crm.findLeads; notify.slack'],
  ],
  [
    'schedule',
    'thursdays 6pm perth time - remind laura to prep the music for saturdays showcase',
    ['cron(0 18 ? * THU *) Australia/Perth', 'notify.team'],
  ],
  [
    'schedule',
    'On 19 Dec 2026 at 5pm post in slack: dress rehearsal for the Nutcracker tomorrow 10am, all teachers in by 9:15',
    ['at(2026-12-19T17:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'every hour during the day? no just every hour is fine - check https://hooks.pianoplus.example/sync so the calendars stay in sync',
    ['rate(1 hour)', 'http.request'],
  ],
  [
    'wait',
    'when a lesson is booked send the parent a reminder email 24 hours before it starts',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    'After a lesson finishes, wait 2 hrs and then email asking how it went',
    ['booking.created', 'wait(until+PT2H); email.send'],
  ],
  [
    'wait',
    "new enquiry: email them right away, then if they haven't replied in 3 days send a follow up",
    ['lead.created', 'email.send; waitFor(email.received,P3D,timeout:[email.send])'],
    [['form.submitted', 'email.send; waitFor(email.received,P3D,timeout:[email.send])']],
  ],
  [
    'wait',
    'Invoice issued → give them 7 days → not paid by then? send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'when a new student is added wait a week then email them asking for a google review',
    ['lead.created', 'wait(P7D); email.send'],
  ],
  [
    'wait',
    '3 working days after a new enquiry comes in remind Tom to ring them',
    ['lead.created', 'wait(3BD); notify.team'],
    [['form.submitted', 'wait(3BD); notify.team']],
  ],
  [
    'wait',
    'when a lesson gets cancelled, wait a day and then email them offering a make-up lesson',
    ['booking.cancelled', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    '48 hrs before any booking post a reminder in slack so the teacher can prep',
    ['booking.created', 'wait(until-PT48H); notify.slack'],
  ],
  [
    'wait',
    'two days before an invoice is due, send the family a reminder',
    ['invoice.created', 'wait(until-P2D); invoice.sendReminder'],
  ],
  [
    'wait',
    'form submitted > wait 10 mins > send the welcome email (so it doesnt look automated lol)',
    ['form.submitted', 'wait(PT10M); email.send'],
  ],
  [
    'wait',
    "when we email a parent and they don't reply within 2 business days, let Niamh know",
    ['email.sent[message]', 'waitFor(email.received,2BD,timeout:[notify.team])'],
    [['email.sent', 'waitFor(email.received,2BD,timeout:[notify.team])']],
  ],
  [
    'wait',
    'an hour after each lesson ends add a note "lesson completed" on the student',
    ['booking.created', 'wait(until+PT1H); crm.addNote'],
  ],
  [
    'wait',
    'Hi! So when we get a new student lead I want them to get our welcome email straight away, then 5 days later the term dates email, and then another 5 days after that the "book your trial" email. We used to do this by hand in Mailchimp and kept forgetting',
    ['lead.created', 'email.send; wait(P5D); email.send; wait(P5D); email.send'],
  ],
  [
    'condition',
    "new lead - if they're tagged adult beginner send to Ellie, otherwise to Sam",
    ['lead.created', 'if(trigger.lead.tags contains "adult beginner")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when an invoice is paid and its over $500 post it in slack',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 50000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",50000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'When a form comes in: if it\'s the "hip hop enquiry" form send it to Jaz, else to the front desk',
    ['form.submitted', 'if(trigger.form eq "hip hop enquiry")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'new leads that come from instagram should get tagged "social"',
    ['lead.created', 'if(trigger.lead.source eq "instagram")[crm.updateLead]'],
    [['lead.created {"lead.source":["instagram"]}', 'crm.updateLead']],
  ],
  [
    'condition',
    'When someone emails us, if the subject mentions refund flag it to Karen, otherwise just log it',
    ['email.received', 'if(trigger.subject contains "refund")[notify.team]else[log]'],
  ],
  [
    'condition',
    'overdue invoices: more than 30 days overdue → tell Mark. otherwise send the normal reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'new lead worth 1000 or more (full year package) - give Siobhan a heads up',
    ['lead.created', 'if(trigger.lead.value gte 1000)[notify.team]'],
    [['lead.created {"lead.value":[{"numeric":[">=",1000]}]}', 'notify.team']],
  ],
  [
    'condition',
    "when a lesson is booked and there's no email address on it tell reception to phone them",
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]'],
  ],
  [
    'condition',
    'every morning at 8 check todays bookings. none? post "no lessons today" in slack. otherwise post the list',
    ['cron(0 8 * * ? *)', 'calendar.find; if(steps.today.count eq 0)[notify.slack]else[notify.slack]'],
  ],
  [
    'condition',
    "When a lead is marked lost send them a sorry to see you go email, unless they're tagged do not contact",
    [
      'lead.updated {"lead.status":["lost"]}',
      'if(not trigger.lead.tags contains "do not contact")[email.send]',
    ],
    [
      [
        'lead.updated',
        'if((trigger.lead.status eq "lost" and not trigger.lead.tags contains "do not contact"))[email.send]',
      ],
    ],
  ],
  [
    'condition',
    'When an email comes in from the exam board (anything @abrsm.ac.uk) forward it to olivia@cadenzamusic.co.uk',
    ['email.received', 'if(trigger.from contains "@abrsm.ac.uk")[email.send]'],
    [
      ['email.received {"from":[{"suffix":"@abrsm.ac.uk"}]}', 'email.send'],
      ['email.received', 'if(trigger.from contains "abrsm.ac.uk")[email.send]'],
      ['email.received {"from":[{"suffix":"abrsm.ac.uk"}]}', 'email.send'],
    ],
  ],
  [
    'condition',
    "invoice paid: if it's linked to a student in the crm mark them as a customer, if not just log it",
    ['invoice.paid', 'if(trigger.invoice.leadId exists true)[crm.updateLead]else[log]'],
  ],
  [
    'condition',
    'trial form - if they ticked instrument hire (field "hire" = yes) tell Ben to get a violin ready',
    ['form.submitted', 'if(trigger.fields.hire eq "yes")[notify.team]'],
    [['form.submitted {"fields.hire":["yes"]}', 'notify.team']],
  ],
  [
    'many',
    'every monday at 9am send a reminder to every family with an unpaid invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "set up one i can run whenever: email everyone tagged 'summer camp' about the july camp dates",
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'every evening at 6 email each student with a lesson tomorrow a reminder',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'Fridays 10am: find the leads we emailed 5+ days ago who never replied and send each one a friendly nudge',
    ['cron(0 10 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "emergency button for when we have to close (snow, flooding etc) - cancel all of tomorrow's bookings and email each person to say sorry",
    ['manual', 'calendar.find; forEach[calendar.cancel; email.send]'],
  ],
  [
    'many',
    "a workflow I can run by hand that adds the tag spring-2027 to every lead with status 'contacted'",
    ['manual', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'every day 10am, send Rachel a separate message for each overdue invoice',
    ['cron(0 10 * * ? *)', 'invoice.find; forEach[notify.team]'],
  ],
  [
    'many',
    'at the start of each term I want to click one button and invoice every enrolled student (status customer) the £180 term fee, due in 14 days',
    ['manual', 'crm.findLeads; forEach[invoice.create]'],
  ],
  [
    'many',
    'Sunday 7pm Sydney time email each student booked in the next 7 days with their lesson time',
    ['cron(0 19 ? * SUN *) Australia/Sydney', 'calendar.find; forEach[email.send]'],
  ],
];
