import type { HeldOutCase } from '../heldout';

/** Set 20: requests about how a run starts (events, schedules, webhooks, manual starts). */
export const TRIGGERS_20: readonly HeldOutCase[] = [
  [
    'event',
    'New reservation -> send the guest our welcome email with check-in instructions',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    "when a guest cancels their stay, let my cleaner Rosa know so she doesn't show up (rosa.cleans@gmail.com)",
    ['booking.cancelled', 'notify.team'],
    [['booking.cancelled', 'email.send']],
  ],
  ['event', 'guest emails us → log it on their guest record as a note', ['email.received', 'crm.addNote']],
  [
    'event',
    'Any time a booking comes in, post it to #reservations on slack',
    ['booking.created', 'notify.slack'],
  ],
  [
    'event',
    'when a new guest is added to our guest list, send them the "welcome to Seabreeze Cottages" email',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'If a payment for a stay is received, email the guest their receipt',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'when someone fills in the direct booking enquiry form send them our rates email and put them in the CRM',
    ['form.submitted', 'email.send; crm.createLead'],
    [['form.submitted', 'crm.createLead; email.send']],
  ],
  [
    'event',
    'a workflow breaks → email me at ops@seabreezecottages.com',
    ['workflow.failed', 'notify.team'],
    [['workflow.failed', 'email.send']],
  ],
  [
    'event',
    'when an invoice goes overdue, send the guest a payment reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    "Booking cancelled - add a note to the guest's profile with the reason",
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'event',
    'When a guest\'s status changes to "customer" send them the returning-guest discount code',
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
    [['lead.updated', 'if(trigger.changes.status.to eq "customer")[email.send]']],
  ],
  [
    'schedule',
    "every day at 10am send me a list of today's check-ins",
    ['cron(0 10 * * ? *)', 'calendar.find; notify.team'],
    [
      ['cron(0 10 * * ? *)', 'calendar.find; email.send'],
      ['cron(0 10 ? * * *)', 'calendar.find; notify.team'],
      ['cron(0 10 ? * * *)', 'calendar.find; email.send'],
    ],
  ],
  [
    'schedule',
    "Every morning at 7 send Rosa the list of tomorrow's turnovers (cleanings)",
    ['cron(0 7 * * ? *)', 'calendar.find; notify.team'],
    [
      ['cron(0 7 * * ? *)', 'calendar.find; email.send'],
      ['cron(0 7 ? * * *)', 'calendar.find; notify.team'],
      ['cron(0 7 ? * * *)', 'calendar.find; email.send'],
    ],
  ],
  [
    'schedule',
    'Mondays 9am post a weekly summary in #ops',
    ['cron(0 9 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'schedule',
    'at 11pm every night summarize the day (bookings, cancellations, payments) and email it to me',
    ['cron(0 23 * * ? *)', 'report.summarize; notify.team'],
    [
      ['cron(0 23 * * ? *)', 'report.summarize; email.send'],
      ['cron(0 23 ? * * *)', 'report.summarize; notify.team'],
      ['cron(0 23 ? * * *)', 'report.summarize; email.send'],
    ],
  ],
  [
    'schedule',
    'on the 1st of every month at 8:00 send owners their monthly statement summary by email',
    ['cron(0 8 1 * ? *)', 'report.summarize; email.send'],
    [
      ['cron(0 8 1 * ? *)', 'report.summarize; crm.findLeads; forEach[email.send]'],
      ['cron(0 8 1 * ? *)', 'crm.findLeads; report.summarize; forEach[email.send]'],
      ['cron(0 8 1 * ? *)', 'report.summarize; email.send'],
      ['cron(0 8 1 * ? *)', 'report.summarize; crm.findLeads; forEach[email.send]'],
      ['cron(0 8 1 * ? *)', 'crm.exportLeads; report.summarize; forEach[email.send]'],
      ['cron(0 8 1 * ? *)', 'report.summarize; email.send'],
      ['cron(0 8 1 * ? *)', 'report.summarize; crm.exportLeads; forEach[email.send]'],
      ['cron(0 8 1 * ? *)', 'crm.findLeads; report.summarize; forEach[email.send]'],
      ['cron(0 8 1 * ? *)', 'report.summarize; email.send'],
      ['cron(0 8 1 * ? *)', 'report.summarize; crm.exportLeads; forEach[email.send]'],
      ['cron(0 8 1 * ? *)', 'crm.exportLeads; report.summarize; forEach[email.send]'],
    ],
  ],
  [
    'schedule',
    'every 30 minutes check for unpaid invoices and send reminders',
    ['rate(30 minutes)', 'invoice.find; forEach[invoice.sendReminder]'],
    [
      ['cron(0/30 * * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
      ['cron(0/30 * ? * * *)', 'invoice.find; forEach[invoice.sendReminder]'],
      ['cron(*/30 * * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
      ['cron(*/30 * ? * * *)', 'invoice.find; forEach[invoice.sendReminder]'],
      ['cron(0,30 * * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
      ['cron(0,30 * ? * * *)', 'invoice.find; forEach[invoice.sendReminder]'],
    ],
  ],
  [
    'schedule',
    'Every Saturday and Sunday at 8am remind guests checking in that day of the check-in time',
    ['cron(0 8 ? * SAT,SUN *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 8 ? * SAT-SUN *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'schedule',
    'Daily at 4pm (Hawaii time) email each guest arriving tomorrow the door code instructions',
    ['cron(0 16 * * ? *) Pacific/Honolulu', 'calendar.find; forEach[email.send]'],
    [['cron(0 16 ? * * *) Pacific/Honolulu', 'calendar.find; forEach[email.send]']],
  ],
  [
    'schedule',
    'twice a day — 9am and 5pm — post new bookings summary to slack',
    ['cron(0 9,17 * * ? *)', 'report.summarize; notify.slack'],
    [['cron(0 9,17 ? * * *)', 'report.summarize; notify.slack']],
  ],
  [
    'schedule',
    "weekdays at 8.30 send me yesterday's activity summary",
    ['cron(30 8 ? * MON-FRI *)', 'report.summarize; notify.team'],
    [['cron(30 8 ? * MON-FRI *)', 'report.summarize; email.send']],
  ],
  [
    'schedule',
    'at half past six every evening, London time, post a recap of today on slack',
    ['cron(30 18 * * ? *) Europe/London', 'report.summarize; notify.slack'],
    [['cron(30 18 ? * * *) Europe/London', 'report.summarize; notify.slack']],
  ],
  [
    'webhook',
    'When Airbnb sends a webhook for a new reservation, create the guest as a lead and send our welcome email',
    ['webhook:airbnb', 'crm.createLead; email.send'],
  ],
  [
    'webhook',
    'Booking.com webhook -> notify the team',
    ['webhook:booking-com', 'notify.team'],
    [
      ['webhook:bookingcom', 'notify.team'],
      ['webhook:booking_com', 'notify.team'],
      ['webhook:booking', 'notify.team'],
    ],
  ],
  [
    'webhook',
    'when our smart lock (Schlage) sends a webhook that the door was unlocked, log it',
    ['webhook:schlage', 'log'],
  ],
  [
    'webhook',
    'vrbo webhook comes in: add a note on the guest and slack #reservations',
    ['webhook:vrbo', 'crm.addNote; notify.slack'],
  ],
  [
    'webhook',
    'when Stripe tells us a deposit was paid (webhook), email the guest a confirmation',
    ['webhook:stripe', 'email.send'],
    [['invoice.paid', 'email.send']],
  ],
  [
    'manual',
    'A run button that emails every guest staying this week about the pool being closed for repairs',
    ['manual', 'calendar.find; forEach[email.send]'],
  ],
  [
    'manual',
    'when I start it, export all past guests and send each one our winter specials email',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'manual',
    'manual: summarize last month and save it as a file for the owners',
    ['manual', 'report.summarize; files.create'],
  ],
  [
    'manual',
    'Let me trigger this manually: post "housekeeping meeting in 10 min" in slack',
    ['manual', 'notify.slack'],
  ],
];
