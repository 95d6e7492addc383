import type { HeldOutCase } from '../heldout';

/** Set 27, rows 1–65 in the order written. */
export const FIRST_27: readonly HeldOutCase[] = [
  [
    'event',
    'when someone books a class send them a confirmation email w/ the studio address and what to bring (mat, water, towel)',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'New lead comes in -> post it in the #front-desk slack channel',
    ['lead.created', 'notify.slack'],
  ],
  [
    'event',
    'if a member cancels a class booking can you email Jess at the front desk so she can offer the spot to someone else',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'Whenever a membership invoice gets paid, send the member a thank you email. Thanks!',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'someone replies to one of our emails -> forward to Tasha so she can answer it',
    ['email.received', 'notify.team'],
  ],
  [
    'event',
    "when a workflow fails pls let me know on slack, I'm the owner (Brooke)",
    ['workflow.failed', 'notify.team'],
  ],
  [
    'event',
    "any time a booking is cancelled add a note on that person's profile saying they cancelled + the class name",
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'event',
    'When a new lead is added send them our welcome email with the intro offer (first week $20)',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'new invoice created -> slack #billing with the member name and amount',
    ['invoice.created', 'notify.slack'],
  ],
  [
    'event',
    'Hi there, whenever a lead is tagged VIP (they get the vip tag added) I want Coach Dani told straight away on Slack.',
    ['lead.updated {"lead.tags":["vip"]}', 'notify.team'],
  ],
  [
    'event',
    "when a lead's status changes to customer email them the new member welcome pack",
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
    [['lead.updated {"lead.status":["customer"]}', 'email.send']],
  ],
  [
    'event',
    'As soon as an invoice goes overdue, email Rangi in accounts',
    ['invoice.overdue', 'notify.team'],
  ],
  [
    'event',
    'new leads from instagram - let Tane know',
    ['lead.created {"lead.source":["instagram"]}', 'notify.team'],
    [['lead.created', 'if(trigger.lead.source eq "instagram")[notify.team]']],
  ],
  [
    'event',
    'whenever someone books in, log it in the run log. just want a record, nothing else',
    ['booking.created', 'log'],
  ],
  [
    'event',
    'When a client cancels their session, email them back a quick "no worries, here\'s the link to rebook" note',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    'every time a new booking comes through let the coaches channel know on slack (#coaches)',
    ['booking.created', 'notify.slack'],
  ],
  [
    'schedule',
    'every monday 6am remind the coaches to update their class plans on the whiteboard',
    ['cron(0 6 ? * MON *)', 'notify.team'],
  ],
  [
    'schedule',
    'Friday 4pm post in slack: wipe down the rowers + bikes before the weekend!!',
    ['cron(0 16 ? * FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Weekdays at 5:30am Pacific send Kai a msg to unlock the studio and put the heaters on for hot yoga',
    ['cron(30 5 ? * MON-FRI *) America/Los_Angeles', 'notify.team'],
  ],
  [
    'schedule',
    'mon wed fri at noon remind the team on slack to post a story on insta',
    ['cron(0 12 ? * MON,WED,FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Every Saturday 7:15am Calgary time email Coach Rob reminding him to set up the mats for kids BJJ',
    ['cron(15 7 ? * SAT *) America/Edmonton', 'notify.team'],
  ],
  [
    'schedule',
    "first monday of every month at 10am vancouver time tell the team it's time for the membership audit",
    ['cron(0 10 ? * MON#1 *) America/Vancouver', 'notify.team'],
    [['cron(0 10 ? * 2#1 *) America/Vancouver', 'notify.team']],
  ],
  [
    'schedule',
    'On Dec 31 at 11am send a happy new year msg to the whole team in slack',
    ['at(2026-12-31T11:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'every weekday 8:45pm EST post the closing checklist in #closing (lights, AC, till, doors)',
    ['cron(45 20 ? * MON-FRI *) America/New_York', 'notify.slack'],
  ],
  [
    'schedule',
    'remind front desk twice a day - 9am and 3pm - to check the waiver inbox',
    ['cron(0 9,15 * * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every 3 days email Hemi to reorder towels from the laundry service',
    ['rate(3 days)', 'notify.team'],
  ],
  [
    'schedule',
    'every 30 mins push our bookings to the website - POST to https://hooks.ironpeakgym.ca/sync',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'last day of each month at 6pm NZ time, remind Aroha to run payroll for the instructors',
    ['cron(0 18 L * ? *) Pacific/Auckland', 'notify.team'],
  ],
  [
    'schedule',
    "Sundays 6pm shoot an email to all the instructors at instructors@flowstatepilates.com reminding them to confirm next week's classes",
    ['cron(0 18 ? * SUN *)', 'email.send'],
  ],
  [
    'schedule',
    'every day at 5am toronto time log a heartbeat "studio automation alive" so I know its running',
    ['cron(0 5 * * ? *) America/Toronto', 'log'],
  ],
  [
    'wait',
    'After someone books a class, wait til the class is over then email them asking how it went',
    ['booking.created', 'wait(until); email.send'],
  ],
  [
    'wait',
    '2 hrs after a class booking comes in send them the pre-class tips email (eat light, arrive 10 min early)',
    ['booking.created', 'wait(PT2H); email.send'],
  ],
  [
    'wait',
    "when we email a lead and they don't reply within 2 days send a follow up",
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'wait',
    'booking cancelled -> wait a day -> send "we miss you, want to rebook?" email',
    ['booking.cancelled', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    "New lead: send the intro email straight away and if they haven't replied in 48hrs tell Sarah to give them a call",
    ['lead.created', 'email.send; waitFor(email.received,PT48H,timeout:[notify.team])'],
    [['lead.created', 'email.send; waitFor(email.received,P2D,timeout:[notify.team])']],
  ],
  [
    'wait',
    "when an invoice goes overdue give it 3 days and if it still hasn't been paid send a reminder",
    ['invoice.overdue', 'waitFor(invoice.paid,P3D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'Membership payment: 14 days after someone pays their invoice, email them asking for a google review',
    ['invoice.paid', 'wait(P14D); email.send'],
  ],
  [
    'wait',
    'when someone books in wait for their waiver form to come in. no waiver after 1 day -> email them the waiver link again',
    ['booking.created', 'waitFor(form.submitted,P1D,timeout:[email.send])'],
  ],
  [
    'wait',
    'new lead -> wait 30 min -> send intro email (so it doesnt look automated lol)',
    ['lead.created', 'wait(PT30M); email.send'],
  ],
  [
    'wait',
    'When a new lead comes in send them the trial offer. Then wait 5 days for a reply: if they reply tag them "engaged", if not mark them as lost.',
    [
      'lead.created',
      'email.send; waitFor(email.received,P5D,event:[crm.updateLead],timeout:[crm.updateLead])',
    ],
  ],
  [
    'wait',
    'after we send a membership invoice, wait up to 7 days for payment. paid = thank you email. not paid = slack Mele so she can chase',
    ['invoice.created', 'waitFor(invoice.paid,P7D,event:[email.send],timeout:[notify.team])'],
  ],
  [
    'wait',
    'New lead - welcome email now, another one 3 days later with class recommendations, and a last one on day 7 saying their trial is ending',
    ['lead.created', 'email.send; wait(P3D); email.send; wait(P4D); email.send'],
  ],
  [
    'wait',
    'someone books a session with me: 1 hour after it finishes, email them a link to book the next one',
    ['booking.created', 'wait(until); wait(PT1H); email.send'],
    [['booking.created', 'wait(until+PT1H); email.send']],
  ],
  [
    'condition',
    'When a booking is cancelled and the reason mentions injury, let coach Ana know so she can check in',
    ['booking.cancelled', 'if(trigger.reason contains "injury")[notify.team]'],
  ],
  [
    'condition',
    'invoice overdue: if its more than 14 days overdue alert the manager, otherwise just send the normal reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 14)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'new lead - if they left a phone number tell the front desk to ring them, if not send the welcome email',
    ['lead.created', 'if(trigger.lead.phone exists true)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "new lead: if they're tagged kids send the kids martial arts info email, otherwise send the adult program one",
    ['lead.created', 'if(trigger.lead.tags contains "kids")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "When an invoice is paid and it's over $500 (that's an annual membership) send them the annual member gift email and post a shoutout in slack",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 50000)[email.send; notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",50000]}]}', 'email.send; notify.slack']],
  ],
  [
    'condition',
    'when someone emails us, if the subject has "cancel" in it ping Leilani on slack otherwise just add it as a note on their lead',
    ['email.received', 'if(trigger.subject contains "cancel")[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    'For new bookings: if the location is Ponsonby email Hana, otherwise email Wiremu',
    ['booking.created', 'if(trigger.booking.location eq "Ponsonby")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when a new lead comes in and their value is $1000 or more, tell Coach Mike (probably a PT package)',
    ['lead.created', 'if(trigger.lead.value gte 1000)[notify.team]'],
    [['lead.created {"lead.value":[{"numeric":[">=",1000]}]}', 'notify.team']],
  ],
  [
    'condition',
    'form submitted - if the injuries field says yes flag it to the trainer, else send the normal welcome email',
    ['form.submitted', 'if(trigger.fields.injuries eq "yes")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'if a booking comes in with no email address on it post in slack so someone can chase them up',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.slack]'],
  ],
  [
    'condition',
    'every morning at 6 check todays classes and if there\'s nothing booked post "no classes today" in slack',
    ['cron(0 6 * * ? *)', 'calendar.find; if(steps.find.count eq 0)[notify.slack]'],
  ],
  [
    'condition',
    'New lead -> if theyre not already a customer send the 3 free classes offer',
    ['lead.created', 'if(trigger.lead.status ne "customer")[email.send]'],
    [['lead.created', 'if(not trigger.lead.status eq "customer")[email.send]']],
  ],
  [
    'condition',
    'when a reformer booking is cancelled and it was for the Saturday 9am class (title "Sat 9am Reformer") slack the waitlist channel, otherwise do nothing',
    ['booking.cancelled', 'if(trigger.booking.title eq "Sat 9am Reformer")[notify.slack]'],
    [['booking.cancelled {"booking.title":["Sat 9am Reformer"]}', 'notify.slack']],
  ],
  [
    'many',
    "every night at 8 email everyone booked into tomorrow's classes a reminder",
    ['cron(0 20 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    '1st of the month 9am: find all the unpaid membership invoices and send a reminder for each one',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'Each Monday 10am find the leads tagged trial who havent replied for 7 days and send each a "last chance" offer',
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'can I get a button I press whenever to email all our lost leads a come-back promo (50% off first month)',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'Sundays at 7pm email all our members (customers) this weeks timetable',
    ['cron(0 19 ? * SUN *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 19 ? * SUN *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'each morning at 7 grab todays bookings and put a note on each client that theyre coming in today',
    ['cron(0 7 * * ? *)', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    'daily 10am find overdue invoices and post each one to slack #billing',
    ['cron(0 10 * * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many',
    'run it manually: find everyone tagged kickboxing and add the tag kb-2027 to them as well',
    ['manual', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'every night at 9 NZ time: for each session booked tomorrow, email the client a reminder and tell the trainer (Josh)',
    ['cron(0 21 * * ? *) Pacific/Auckland', 'calendar.find; forEach[email.send; notify.team]'],
  ],
];
