import type { HeldOutCase } from '../heldout';

/** Set 45, rows 1–65 in the order written. */
export const FIRST_45: readonly HeldOutCase[] = [
  [
    'event',
    "Hi! When a new enquiry comes in we'd like them to get the course brochure by email automatically, and could you let Priya know as well so she can give them a ring? Thanks",
    ['lead.created', 'email.send; notify.team'],
  ],
  ['event', 'New lead -> post it in #admissions on slack pls', ['lead.created', 'notify.slack']],
  [
    'event',
    'Whenever someone books a trial lesson, send them a confirmation email with our address (Calle Mayor 42, 2º, Madrid)',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'if a student cancels their placement test, tell Jonas so he can give the slot to someone on the waiting list',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'when an invoice gets paid email the student a thank you and their enrolment confirmation pls',
    ['invoice.paid', 'email.send'],
  ],
  ['event', 'overdue invoice → send the usual reminder', ['invoice.overdue', 'invoice.sendReminder']],
  [
    'event',
    'new corporate enquiries (the ones tagged corporate) -> notify Hannah in B2B',
    ['lead.created {"lead.tags":["corporate"]}', 'notify.team'],
    [['lead.created', 'if(trigger.lead.tags contains "corporate")[notify.team]']],
  ],
  [
    'event',
    "whenever a form comes in from the website send the person an auto reply saying we'll get back to them within 24h",
    ['form.submitted', 'email.send'],
  ],
  [
    'event',
    'When someone replies to one of our emails, log it on their record in the CRM.',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'any time a consultation call gets booked, slack the admissions channel w/ the date and time',
    ['booking.created', 'notify.slack'],
  ],
  ['event', 'new invoice raised -> let Carmen in accounts know', ['invoice.created', 'notify.team']],
  [
    'event',
    "whenever a lead's status is changed to lost, email them our short 'sorry to see you go' feedback survey",
    ['lead.updated {"lead.status":["lost"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["lost"]}', 'email.send']],
  ],
  [
    'event',
    'If any of our workflows fails please email me at tom@brightlingo.ca',
    ['workflow.failed', 'email.send'],
    [['workflow.failed', 'notify.team']],
  ],
  [
    'event',
    'New leads from the google ads campaign (source = google-ads) should go straight to Marco',
    ['lead.created {"lead.source":["google-ads"]}', 'notify.team'],
    [['lead.created', 'if(trigger.lead.source eq "google-ads")[notify.team]']],
  ],
  [
    'event',
    'anyone cancels a lesson - put a note on their lead record saying it was cancelled + the reason',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'event',
    'when a new file gets uploaded (timetables, room plans etc) post in slack so the teachers see it',
    ['file.updated', 'notify.slack'],
  ],
  [
    'schedule',
    'Every Friday at 4pm remind the teachers on Slack to submit their attendance registers.',
    ['cron(0 16 ? * FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'on the 1st of every month at 9:00 (Madrid time) remind Elena to sign off the new timetable',
    ['cron(0 9 1 * ? *) Europe/Madrid', 'notify.team'],
  ],
  [
    'schedule',
    "each weekday at 7.45am Toronto time post 'doors open 8:15, check the board for room changes' in slack",
    ['cron(45 7 ? * MON-FRI *) America/Toronto', 'notify.slack'],
  ],
  [
    'schedule',
    'Sundays 18:00 Berlin time -> email kurse@sprachschule-nord.de a reminder to prepare the Monday placement tests',
    ['cron(0 18 ? * SUN *) Europe/Berlin', 'email.send'],
  ],
  [
    'schedule',
    'every 30 mins hit our booking sync url https://api.linguaplus.es/sync with a POST',
    ['rate(30 minutes)', 'http.request'],
    [['cron(0/30 * * * ? *)', 'http.request']],
  ],
  [
    'schedule',
    'on 15 August 2026 at 10am London time post in slack that autumn term enrolment is now open',
    ['at(2026-08-15T10:00:00) Europe/London', 'notify.slack'],
  ],
  [
    'schedule',
    'every night at midnight pacific call https://lms.mapleenglish.ca/api/nightly-sync (POST)',
    ['cron(0 0 * * ? *) America/Los_Angeles', 'http.request'],
  ],
  [
    'schedule',
    'remind Sofía every thursday at 12:30 to send out the weekly newsletter',
    ['cron(30 12 ? * THU *)', 'notify.team'],
  ],
  [
    'schedule',
    'last working day of every month, 3pm: message finance to run the freelance tutor payments',
    ['cron(0 15 LW * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    "first Monday of every month 9am Berlin time -> slack #teachers: 'CPD session today at 4'",
    ['cron(0 9 ? * 2#1 *) Europe/Berlin', 'notify.slack'],
  ],
  [
    'schedule',
    'twice a day, 9am and 3pm, post a reminder in slack for front desk to check the enquiries inbox',
    ['cron(0 9,15 * * ? *)', 'notify.slack'],
  ],
  [
    'schedule',
    'ping https://hooks.ourcrm.es/dynaris/ping every 15 minutes',
    ['rate(15 minutes)', 'http.request'],
    [['cron(0/15 * * * ? *)', 'http.request']],
  ],
  [
    'schedule',
    'Every year on January 5 at 8am New York time email staff@eastsidelanguage.org that spring term starts next week',
    ['cron(0 8 5 1 ? *) America/New_York', 'email.send'],
  ],
  [
    'schedule',
    'saturdays 10am remind Luis (weekend coordinator) to check the host family emails',
    ['cron(0 10 ? * SAT *)', 'notify.team'],
  ],
  [
    'wait',
    'after someone books a trial lesson, wait til the lesson is over then send them the feedback form link',
    ['booking.created', 'wait(until); email.send'],
  ],
  [
    'wait',
    '24h before every trial class email the student a reminder with the zoom link',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    "New enquiry: send the brochure straight away, wait 3 days, then send the 'any questions?' email",
    ['lead.created', 'email.send; wait(P3D); email.send'],
  ],
  [
    'wait',
    'When someone fills in the placement test form wait 2 working days then remind Ana to mark it',
    ['form.submitted', 'wait(2BD); notify.team'],
  ],
  [
    'wait',
    'Send a welcome email when a student pays, then a week later ask them how there first week went',
    ['invoice.paid', 'email.send; wait(P7D); email.send'],
    [['invoice.paid', 'email.send; wait(P1W); email.send']],
  ],
  [
    'wait',
    "For new enquiries pls: send the welcome email straight away. If we don't hear back within 48 hours send a follow up, and if they do reply let Chloe know so she can take it from there",
    ['lead.created', 'email.send; waitFor(email.received,PT48H,event:[notify.team],timeout:[email.send])'],
  ],
  [
    'wait',
    'booking cancelled -> wait a day, then email them a link to rebook',
    ['booking.cancelled', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    "when an invoice is overdue send a reminder. if it's still not paid 10 days later let the director know",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P10D,timeout:[notify.team])'],
  ],
  [
    'wait',
    '1 hour after each class finishes, post in Slack asking the teacher to fill in the register',
    ['booking.created', 'wait(until+PT1H); notify.slack'],
  ],
  [
    'wait',
    'When an invoice is created, give them 14 days and if it still is not paid send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'two days before an invoice is due send the customer a friendly reminder',
    ['invoice.created', 'wait(until-P2D); invoice.sendReminder'],
    [['invoice.created', 'wait(until-P2D); email.send']],
  ],
  [
    'wait',
    'When someone books a level test, wait 30 min and send them the prep guide',
    ['booking.created', 'wait(PT30M); email.send'],
  ],
  [
    'wait',
    'after a new lead comes in give it 5 business days. if they havent booked a trial lesson by then flag it to Rachel',
    ['lead.created', 'waitFor(booking.created,5BD,timeout:[notify.team])'],
  ],
  [
    'condition',
    'When a new lead comes in and their value is over 5000 send it to Andrea on the corporate team, otherwise just post it in the general admissions slack channel',
    ['lead.created', 'if(trigger.lead.value gt 5000)[notify.team]else[notify.slack]'],
  ],
  [
    'condition',
    "for new enquiries - if they came through the agent portal (source 'agent') tell the agents team, else send our standard welcome email",
    ['lead.created', 'if(trigger.lead.source eq "agent")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'when an invoice is paid and its over £3,000 let the director know',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 300000)[notify.team]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",300000]}]}', 'notify.team']],
  ],
  [
    'condition',
    'booking cancelled: if the reason mentions visa, tell Olga, otherwise just log it',
    ['booking.cancelled', 'if(trigger.reason contains "visa")[notify.team]else[log]'],
  ],
  [
    'condition',
    "When a student emails us and the subject has 'refund' in it, send it to Karl in finance straight away",
    ['email.received', 'if(trigger.subject contains "refund")[notify.team]'],
    [['email.received {"subject":[{"wildcard":"*refund*"}]}', 'notify.team']],
  ],
  [
    'condition',
    'new lead tagged ielts → email them the IELTS prep info. tagged dele → DELE info. otherwise the general brochure',
    [
      'lead.created',
      'if(trigger.lead.tags contains "ielts")[email.send]else[if(trigger.lead.tags contains "dele")[email.send]else[email.send]]',
    ],
  ],
  [
    'condition',
    'Placement test form comes in -> if level is C1 or C2 email Dr Weber for the advanced group, else Frau Koch',
    ['form.submitted', 'if(trigger.fields.level in ["C1","C2"])[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'overdue invoices: if more than 1.000 € notify Beatriz, otherwise just send the automatic reminder',
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 100000)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "new lead - if the company field is filled in it's B2B, so tag it b2b and tell Grace",
    ['lead.created', 'if(trigger.lead.company exists true)[crm.updateLead; notify.team]'],
  ],
  [
    'condition',
    'when a lead becomes qualified and is worth more than 2000, book a 30 min consultation call with them',
    ['lead.updated {"lead.status":["qualified"]}', 'if(trigger.lead.value gt 2000)[calendar.schedule]'],
    [
      [
        'lead.updated',
        'if((trigger.lead.status eq "qualified" and trigger.lead.value gt 2000))[calendar.schedule]',
      ],
      [
        'lead.updated {"lead.status":["qualified"],"lead.value":[{"numeric":[">",2000]}]}',
        'calendar.schedule',
      ],
    ],
  ],
  [
    'condition',
    'When a trial gets booked: if theres no email on the booking tell reception to ring them, otherwise email the confirmation',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    'new invoice created - if the currency is USD ping Dana, otherwise nothing',
    ['invoice.created', 'if(trigger.invoice.currency eq "USD")[notify.team]'],
    [['invoice.created {"invoice.currency":["USD"]}', 'notify.team']],
  ],
  [
    'condition',
    'form submitted: if the course field says business english, create a lead tagged corporate. otherwise create a normal lead',
    ['form.submitted', 'if(trigger.fields.course eq "business english")[crm.createLead]else[crm.createLead]'],
  ],
  [
    'many',
    "every monday at 9 send a gentle nudge email to all leads in 'contacted' status who haven't replied in a week",
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "every day 6pm Madrid time find tomorrow's classes and email each student a reminder",
    ['cron(0 18 * * ? *) Europe/Madrid', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'Monday mornings at 8 send a payment reminder to everyone who still has an unpaid invoice',
    ['cron(0 8 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'I need a button i can press to email everyone tagged summer-camp-2025 the new dates',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    "on the 1st of each month at 7am mark all leads that are still 'new' as lost",
    ['cron(0 7 1 * ? *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    "every friday 2pm Toronto time: go through the overdue invoices and for each one send a reminder and add a note on the student's record",
    ['cron(0 14 ? * FRI *) America/Toronto', 'invoice.find; forEach[invoice.sendReminder; crm.addNote]'],
  ],
  [
    'many',
    "For the Expo Madrid follow-up: I'd like to run this by hand when I'm ready. For every lead from source expo-madrid-2025 have the AI write a personal email about our intensive Spanish courses (mention the summer dates) and send it to them. No need to tell anyone, I'll check the replies myself",
    ['manual', 'crm.findLeads; forEach[email.draft; email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.draft; email.send]']],
  ],
  [
    'many',
    "each evening at 7 take today's bookings and add a note 'attended trial' to every one of those leads",
    ['cron(0 19 * * ? *)', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    "sunday 5pm Vancouver time - go through next week's bookings and email each attendee their schedule",
    ['cron(0 17 ? * SUN *) America/Vancouver', 'calendar.find; forEach[email.send]'],
  ],
];
