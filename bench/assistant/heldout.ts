/**
 * Held-out requests: written before the compositional parser, never used to tune it. `npm run bench` reports the
 * parser's accuracy on them next to the development table (test/unit/assistant/table-*.ts). Each row: class,
 * request, expected trigger outline and step outline (functions/assistant/outline.ts), or, when the request must
 * be refused, null (any refusal) or the part the refusal must quote or name (case-insensitive); optionally, other
 * [trigger, steps] outlines a careful engineer would equally accept.
 */
export type HeldOutCase = readonly [
  cls: string,
  prompt: string,
  expected: readonly [string, string] | string | null,
  also?: readonly (readonly [string, string])[],
];

export const HELD_OUT: readonly HeldOutCase[] = [
  [
    'event',
    'When someone submits the contact form, add them to the CRM and send them a thank you email',
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'event',
    'Whenever a meeting gets cancelled, notify the sales team on Slack',
    ['booking.cancelled', 'notify.slack'],
  ],
  ['event', 'Send a welcome email to every new subscriber', ['lead.created', 'email.send']],
  [
    'event',
    'After a demo is booked, send the prospect a confirmation email',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'When an invoice gets paid, mark the lead as customer and thank them by email',
    ['invoice.paid', 'crm.updateLead; email.send'],
  ],
  ['event', 'Each time a file is uploaded, post a message in Slack', ['file.updated', 'notify.slack']],
  ['event', 'If a workflow fails, alert me', ['workflow.failed', 'notify.team']],
  [
    'event',
    'When we get an email from a lead, log a note on their record',
    ['email.received', 'crm.addNote'],
  ],
  ['event', 'Notify Sarah whenever a new lead arrives', ['lead.created', 'notify.team']],
  ['event', 'When a new invoice is created, email it to the customer', ['invoice.created', 'email.send']],
  ['event', 'When Stripe sends a webhook, notify the team on Slack', ['webhook:stripe', 'notify.slack']],
  [
    'event',
    'When I start it manually, summarize the week and email it to the team',
    ['manual', 'report.summarize; notify.team'],
  ],
  [
    'event',
    "When a lead's status changes to lost, send a goodbye email",
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
  ],

  [
    'records',
    'When a form is submitted, create a lead and notify the team',
    ['form.submitted', 'crm.createLead; notify.team'],
  ],
  [
    'records',
    "When a booking is made, add a note to the lead saying 'Meeting booked'",
    ['booking.created', 'crm.addNote'],
  ],
  [
    'records',
    'For every new form submission, save the person as a lead and send them our welcome email',
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'records',
    'When a meeting is booked, create an invoice for 150 EUR',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'When a lead replies, log a note and move them to qualified',
    ['email.received', 'crm.addNote; crm.updateLead'],
  ],
  ['records', 'When a new lead comes in, create a file with their details', ['lead.created', 'files.create']],

  [
    'negative-wait',
    "If a customer hasn't paid their invoice after 10 days, send them a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "When an invoice is sent, wait for payment; if it's not paid within two weeks, notify accounting",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If a new lead doesn't book a call within 3 days, email them a reminder",
    ['lead.created', 'waitFor(booking.created,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'If a prospect ignores our email for 4 days, send a follow-up',
    ['email.sent[message]', 'waitFor(email.received,P4D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If we don't hear back from a lead within 48 hours, notify the owner",
    ['email.sent[message]', 'waitFor(email.received,PT48H,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'If the onboarding form is not completed after 5 days, remind the lead by email',
    ['lead.created', 'waitFor(form.submitted,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When a meeting is booked, if the attendee hasn't confirmed by tomorrow, send them a reminder email",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When an invoice becomes overdue and it's still unpaid a week later, escalate to the manager",
    ['invoice.overdue', 'waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If a lead does not reply within 2 days send a follow-up, and if they still don't reply after 5 more days mark them as lost",
    [
      'email.sent[message]',
      'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
    ],
  ],

  [
    'timezone',
    'Every day at 8am Berlin time, post a summary to Slack',
    ['cron(0 8 * * ? *) Europe/Berlin', 'report.summarize; notify.slack'],
  ],
  [
    'timezone',
    'Every Friday at 3pm Pacific, send the weekly report to the team',
    ['cron(0 15 ? * FRI *) America/Los_Angeles', 'report.summarize; notify.team'],
  ],
  [
    'timezone',
    'Each morning at 7:30 Tokyo time, summarize yesterday in Slack',
    ['cron(30 7 * * ? *) Asia/Tokyo', 'report.summarize; notify.slack'],
  ],
  [
    'timezone',
    "Every weekday at 9 CET, send me a report of yesterday's activity by email",
    ['cron(0 9 ? * MON-FRI *) Europe/Berlin', 'report.summarize; notify.team'],
  ],
  ['timezone', "Every day at 6pm IST, post today's summary to Slack", null],
  ['timezone', 'Every Monday at 10am CST, send a summary to Slack', null],
  [
    'timezone',
    'Every day at noon London time, email the team a summary',
    ['cron(0 12 * * ? *) Europe/London', 'report.summarize; notify.team'],
  ],

  [
    'recurring',
    'On weekdays at 8:45, post the daily summary on Slack',
    ['cron(45 8 ? * MON-FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'Every Tuesday and Thursday at 2pm, send a report to Slack',
    ['cron(0 14 ? * TUE,THU *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'On the first Monday of every month, email the team a summary',
    ['cron(0 9 ? * 2#1 *)', 'report.summarize; notify.team'],
  ],
  [
    'recurring',
    'Twice a day, post a summary of the activity to Slack',
    ['cron(0 9,17 * * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'At half past nine every weekday, send the team a summary by email',
    ['cron(30 9 ? * MON-FRI *)', 'report.summarize; notify.team'],
  ],
  [
    'recurring',
    'Every 30 minutes, post a summary to Slack',
    ['rate(30 minutes)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'Every Sunday evening, summarize the week and post it to Slack',
    ['cron(0 18 ? * SUN *)', 'report.summarize; notify.slack'],
  ],
  [
    'recurring',
    'On the last day of each month at 5pm, send a report to finance@acme.com',
    ['cron(0 17 L * ? *)', 'report.summarize; email.send'],
  ],
  [
    'recurring',
    'Every 2 hours, summarize the activity and notify the team',
    ['rate(2 hours)', 'report.summarize; notify.team'],
  ],

  [
    'condition',
    'When a new lead comes in, if the deal is worth more than 5k notify the sales manager otherwise send them a welcome email',
    ['lead.created', 'if(trigger.lead.value gt 5000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'When an invoice is paid, if the total is over $1,000 send a thank-you email and notify the team on Slack',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[email.send; notify.slack]'],
  ],
  [
    'condition',
    "If a new lead's value is below 500, tag them as small, otherwise schedule a call",
    ['lead.created', 'if(trigger.lead.value lt 500)[crm.updateLead]else[calendar.schedule]'],
  ],
  [
    'condition',
    'When a lead is updated, if their value is at least 20000, tell the boss',
    ['lead.updated', 'if(trigger.lead.value gte 20000)[notify.team]'],
  ],
  [
    'condition',
    'When an invoice is overdue by more than 30 days, notify the team, otherwise send a polite reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a new lead arrives from LinkedIn, notify the team, otherwise send a welcome email',
    ['lead.created', 'if(trigger.lead.source eq "LinkedIn")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'When a new lead is created and the lead is qualified, book a meeting',
    ['lead.created', 'if(trigger.lead.status eq "qualified")[calendar.schedule]'],
  ],

  [
    'list',
    'When a new lead signs up, send a welcome email, add a note, tag them as new-signup and notify Tom on Slack',
    ['lead.created', 'email.send; crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'When a deal is won, send a thank-you email, create an invoice for 500 USD, and post a message to Slack, then schedule a kickoff call',
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'email.send; invoice.create; notify.slack; calendar.schedule',
    ],
  ],
  [
    'list',
    'When a booking is cancelled, email the attendee, add a note to the lead, and notify the team',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a lead replies, mark them as contacted, add a note with the reply, alert Anna, then book a meeting',
    ['email.received', 'crm.updateLead; crm.addNote; notify.team; calendar.schedule'],
  ],
  [
    'list',
    'When an invoice is overdue, send a reminder, wait 3 days, send another reminder, then notify the team',
    ['invoice.overdue', 'invoice.sendReminder; wait(P3D); invoice.sendReminder; notify.team'],
  ],

  [
    'many-records',
    'Every morning, send a reminder to every customer with an overdue invoice',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Every Monday at 10, email all qualified leads a check-in',
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every day, remind customers whose invoices are overdue',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Every Friday, send a follow-up email to all leads tagged hot',
    ['cron(0 9 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every week on Monday, email each new lead our newsletter',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],

  [
    'report',
    'Send me a weekly report by email every Monday morning',
    ['cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
  ],
  ['report', 'A daily summary on Slack at 6pm', ['cron(0 18 * * ? *)', 'report.summarize; notify.slack']],
  [
    'report',
    "Post a summary of this week's activity to Slack every Friday at 4pm",
    ['cron(0 16 ? * FRI *)', 'report.summarize; notify.slack'],
  ],
  ['report', 'Monthly report to the team by email', ['cron(0 9 1 * ? *)', 'report.summarize; notify.team']],
  [
    'report',
    'Every evening send a recap of the day to #sales on Slack',
    ['cron(0 18 * * ? *)', 'report.summarize; notify.slack'],
  ],

  ['refusal', 'When a lead opens our email, send them a discount', null],
  ['refusal', 'Every day at 9, order pizza for the office', null],
  ['refusal', 'When a tweet mentions us, reply to it', null],
  ['refusal', 'Make my business better', null],
];
