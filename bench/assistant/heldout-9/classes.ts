import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Ninth held-out set: the classes in plain sentences, in wordings of their own. */
export const CLASSES_9: readonly HeldOutCase[] = [
  ['event', 'When a document in our files is replaced, notify Kim', ['file.updated', 'notify.team']],
  [
    'event',
    'When an invoice is issued, send a copy to accounting@brightco.com',
    ['invoice.created', 'email.send'],
  ],
  ['event', 'Whenever something needs my approval, email me', ['approval.requested', 'notify.team']],
  ['event', 'When I trigger it manually, post a summary of the last 30 days in #board', ['manual', SLACK]],
  [
    'event',
    "When a lead's status goes to contacted, add a note with the date",
    ['lead.updated {"changes.status.to":["contacted"]}', 'crm.addNote'],
  ],
  ['event', 'Whenever an invoice goes past due, let Grace know', ['invoice.overdue', 'notify.team']],

  [
    'records',
    "When a booking is cancelled, set the lead's status back to contacted",
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'records',
    'When a lead becomes a customer, raise an invoice for 300 GBP',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create'],
  ],
  [
    'records',
    'When a payment webhook arrives from Mollie, mark the invoice paid and thank the customer',
    ['webhook:mollie', 'invoice.markPaid; email.send'],
  ],
  [
    'records',
    'When someone completes the onboarding form, record their answers as a note on their lead',
    ['form.submitted', 'crm.addNote'],
  ],
  [
    'records',
    'After each new booking, save a file with the meeting details',
    ['booking.created', 'files.create'],
  ],
  [
    'records',
    'When a new subscriber joins, add the tag newsletter to them',
    ['lead.created', 'crm.updateLead'],
  ],

  [
    'negative-wait',
    'If an invoice remains unpaid three days after it goes overdue, send a second reminder',
    ['invoice.overdue', 'waitFor(invoice.paid,P3D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    'When a lead goes silent for a week after our first email, add a note saying no response',
    ['email.sent[message]', 'waitFor(email.received,P7D,timeout:[crm.addNote])'],
  ],
  [
    'negative-wait',
    "If a new lead hasn't filled out the onboarding survey after 3 days, remind them by email and tell Chloe",
    ['lead.created', 'waitFor(form.submitted,P3D,timeout:[email.send; notify.team])'],
  ],
  [
    'negative-wait',
    "If a booked guest doesn't confirm within 6 hours, cancel the booking",
    ['booking.created', 'waitFor(email.received,PT6H,timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    'If a new lead books a meeting within 5 days, tag them as hot',
    ['lead.created', 'waitFor(booking.created,P5D,event:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    "When an invoice is created, if it's paid within 7 days thank the customer, otherwise send a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P7D,event:[email.send],timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    'When a new lead comes in, send a welcome email and when they reply, notify Paula',
    ['lead.created', 'email.send; waitFor(email.received,P7D,event:[notify.team])'],
  ],
  [
    'negative-wait',
    'When a lead signs up, send the intro email, wait 3 days, and if no answer came, send a second email',
    ['lead.created', 'email.send; waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Still no payment 45 days after the invoice was issued → hand it over to #collections',
    ['invoice.created', 'waitFor(invoice.paid,P45D,timeout:[notify.slack])'],
  ],

  [
    'timezone',
    "Weekdays 9:00 Stockholm time: yesterday's summary to #nordics",
    ['cron(0 9 ? * MON-FRI *) Europe/Stockholm', SLACK],
  ],
  [
    'timezone',
    'Every Monday at 7 PST, email the team a summary',
    ['cron(0 7 ? * MON *) America/Los_Angeles', TEAM],
  ],
  [
    'timezone',
    "Daily at 10 JST, post yesterday's summary to #japan",
    ['cron(0 10 * * ? *) Asia/Tokyo', SLACK],
  ],
  [
    'timezone',
    'Every Friday at noon Hong Kong time, email me a summary',
    ['cron(0 12 ? * FRI *) Asia/Hong_Kong', TEAM],
  ],
  [
    'timezone',
    'Each morning at 6:45 Toronto time, send the team a recap',
    ['cron(45 6 * * ? *) America/Toronto', TEAM],
  ],
  [
    'timezone',
    'Every day at 8 Cape Town time, share the daily recap in #za-team',
    ['cron(0 8 * * ? *) Africa/Johannesburg', SLACK],
  ],
  [
    'timezone',
    'Every Wednesday at 2pm Zurich time, send a summary to ops@alpenhof.ch',
    ['cron(0 14 ? * WED *) Europe/Zurich', 'report.summarize; email.send'],
  ],
  [
    'timezone',
    'At 9 a.m. Eastern Standard Time each day, drop a recap into #us-sales',
    ['cron(0 9 * * ? *) America/New_York', SLACK],
  ],
  [
    'timezone',
    "At 5:30pm Madrid time every weekday, email me the day's summary",
    ['cron(30 17 ? * MON-FRI *) Europe/Madrid', TEAM],
  ],
  ['timezone', 'Weekdays 10:00 IST: summary to the team by email', 'IST'],
  ['timezone', 'Every Monday at 8 CST post a summary in #ops', 'CST'],
  ['timezone', 'Send me an activity summary by email daily at 9am US time', 'US time'],
  ['timezone', 'Every Friday at 4pm Russian time, send the summary to the team', 'Russia'],

  ['recurring', 'Every weekday at 08:00, post a summary to #morning', ['cron(0 8 ? * MON-FRI *)', SLACK]],
  ['recurring', 'Every 90 minutes, update #ops with a short activity summary', ['rate(90 minutes)', SLACK]],
  ['recurring', 'Every four hours, mail the team a status report', ['rate(4 hours)', TEAM]],
  ['recurring', 'Weekdays at quarter to nine, email the team a summary', ['cron(45 8 ? * MON-FRI *)', TEAM]],
  ['recurring', 'Saturday mornings, a summary of the week in my inbox', ['cron(0 9 ? * SAT *)', TEAM]],
  ['recurring', 'On the 5th of each month at 10, send the team a report', ['cron(0 10 5 * ? *)', TEAM]],
  ['recurring', 'On the last day of every month, post a summary to #finance', ['cron(0 9 L * ? *)', SLACK]],
  [
    'recurring',
    'First Friday of every month at 11am, email the team a summary',
    ['cron(0 11 ? * 6#1 *)', TEAM],
  ],
  ['recurring', 'Second Monday of each month, post a summary to Slack', ['cron(0 9 ? * 2#2 *)', SLACK]],
  [
    'recurring',
    'Thursday and Friday afternoons, post a summary to Slack',
    ['cron(0 14 ? * THU,FRI *)', SLACK],
  ],
  ['recurring', 'Every other week, email the team a summary', ['rate(14 days)', TEAM]],
  [
    'recurring',
    "At five past seven every evening, the day's summary to #evening",
    ['cron(5 19 * * ? *)', SLACK],
  ],

  [
    'condition',
    'When a lead is created with a value of 25k+, book a call',
    ['lead.created', 'if(trigger.lead.value gte 25000)[calendar.schedule]'],
  ],
  [
    'condition',
    'When an invoice is paid and the total is under 100 dollars, add a log entry, otherwise tell finance',
    ['invoice.paid', 'if(trigger.invoice.totalCents lt 10000)[log]else[notify.team]'],
  ],
  [
    'condition',
    'When an invoice is more than a week overdue, notify the account manager; otherwise send the customer a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 7)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a new lead is worth over 50k or works at Initech, alert Victor',
    ['lead.created', 'if((trigger.lead.value gt 50000 or trigger.lead.company eq "Initech"))[notify.team]'],
  ],
  [
    'condition',
    'When an email comes in containing the word invoice, forward it to billing@shopco.com',
    ['email.received', 'if(trigger.text contains "invoice")[email.send]'],
  ],
  [
    'condition',
    "If a new lead's value is 2,000 or less, tag them as nurture, otherwise book a demo",
    ['lead.created', 'if(trigger.lead.value lte 2000)[crm.updateLead]else[calendar.schedule]'],
  ],
  [
    'condition',
    'When a lead signs up from Product Hunt, send the launch discount email',
    ['lead.created', 'if(trigger.lead.source eq "Product Hunt")[email.send]'],
  ],
  [
    'condition',
    "When an invoice over 2,500 EUR is created, ask Frank for approval, and if it's under that, just email it to the customer",
    ['invoice.created', 'if(trigger.invoice.totalCents gt 250000)[approval]else[email.send]'],
  ],
  [
    'condition',
    "When a deal is won and it's worth more than 30k, tell the CEO and book a kickoff",
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'if(trigger.lead.value gt 30000)[notify.team; calendar.schedule]',
    ],
  ],

  [
    'list',
    'When a form is submitted: create the lead, send the guide, wait 2 days, send a check-in, then notify Omar',
    ['form.submitted', 'crm.createLead; email.send; wait(P2D); email.send; notify.team'],
  ],
  [
    'list',
    'When a booking is cancelled, email the client, move the lead back to contacted, add a note about the cancellation and post in #schedule',
    ['booking.cancelled', 'email.send; crm.updateLead; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When an invoice goes overdue, send a reminder, log a note on the lead, let Grace know, then wait 5 days and send a second reminder',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team; wait(P5D); invoice.sendReminder'],
  ],
  [
    'list',
    'When a customer emails us, search the knowledge base, draft an answer, ask Lea to approve it, then send it',
    ['email.received', 'knowledge.search; email.draft; approval; email.send'],
  ],
  [
    'list',
    'When a new lead comes in, call https://api.example.com/enrich, add a note with the result and tag them enriched',
    ['lead.created', 'http.request; crm.addNote; crm.updateLead'],
  ],
  [
    'list',
    'When a file is updated, post it in #legal, email legal@firm.com and write a log entry',
    ['file.updated', 'notify.slack; email.send; log'],
  ],

  [
    'many-records',
    'Every weekday at 4pm, send a reminder for each invoice that is still unpaid',
    ['cron(0 16 ? * MON-FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Every Monday, draft a personal email for every new lead',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.draft]'],
  ],
  [
    'many-records',
    'On the 1st of each month, email every customer a thank-you note',
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every evening, notify Grace about each overdue invoice',
    ['cron(0 18 * * ? *)', 'invoice.find; forEach[notify.team]'],
  ],
  [
    'many-records',
    'Every Thursday at 2, book a follow-up call with all leads in status contacted',
    ['cron(0 14 ? * THU *)', 'crm.findLeads; forEach[calendar.schedule]'],
  ],
  [
    'many-records',
    'Each Sunday night, mark all leads tagged unresponsive as lost',
    ['cron(0 20 ? * SUN *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many-records',
    'When I kick it off manually, send a reminder for every overdue invoice',
    ['manual', 'invoice.find; forEach[invoice.sendReminder]'],
  ],

  ['report', 'Weekly pipeline report to the team, Fridays at 3', ['cron(0 15 ? * FRI *)', TEAM]],
  ['report', 'Monthly revenue summary to #finance on the 1st at 8am', ['cron(0 8 1 * ? *)', SLACK]],
  [
    'report',
    'Every evening, email a summary of today to ops@brightco.com',
    ['cron(0 18 * * ? *)', 'report.summarize; email.send'],
  ],
  ['report', 'A morning briefing every weekday at 7 in Slack', ['cron(0 7 ? * MON-FRI *)', SLACK]],
  [
    'report',
    'Every Monday, summarize last week and save it in the reports folder',
    ['cron(0 9 ? * MON *)', 'report.summarize; files.create'],
  ],
  ['report', 'Daily summary for me at 6:30pm by email', ['cron(30 18 * * ? *)', TEAM]],

  ['refusal', 'When a lead visits our pricing page, tell sales', 'visits'],
  ['refusal', 'Every other Monday at 9, email me a summary', 'every other Monday'],
  ['refusal', "If a lead doesn't reply by the end of the month, mark them as lost", 'end of the month'],
  ['refusal', 'When stock runs low, reorder from the supplier', 'stock'],
  ['refusal', 'When a lead unsubscribes, remove them from all lists', 'unsubscribes'],
  ['refusal', 'Call every new lead on the phone', 'phone'],
  ['refusal', 'Help me get more customers', null],
];
