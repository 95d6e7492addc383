import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Sixth held-out set: the classes again, in words not used before. */
export const CLASSES_6: readonly HeldOutCase[] = [
  [
    'event',
    'DM me on Slack whenever a new Tally form is filled out',
    ['form.submitted {"source":["tally"]}', 'notify.slack'],
  ],
  [
    'event',
    'When a new customer signs up, add them to the newsletter tag',
    ['lead.created', 'crm.updateLead'],
  ],
  ['event', 'Whenever an invoice is sent out, log it', ['invoice.created', 'log']],
  [
    'event',
    "When a lead's status changes to qualified, book a discovery call",
    ['lead.updated {"changes.status.to":["qualified"]}', 'calendar.schedule'],
  ],
  ['event', 'When a document is shared with us, tell the legal team', ['file.updated', 'notify.team']],
  ['event', 'As soon as a workflow completes, post in #ops', ['workflow.completed', 'notify.slack']],

  [
    'negative-wait',
    'No response from a lead within 48h? Send a gentle nudge.',
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Remind the customer if their invoice is still unpaid after ten days',
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "If someone books a call but doesn't confirm in 2 hours, cancel it and notify me",
    ['booking.created', 'waitFor(email.received,PT2H,timeout:[calendar.cancel; notify.team])'],
  ],
  [
    'negative-wait',
    "When a lead signs up, send the onboarding survey; if it isn't filled in within 5 days, send a reminder",
    ['lead.created', 'email.send; waitFor(form.submitted,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "Send a follow-up if there's no answer after 4 days",
    ['email.sent[message]', 'waitFor(email.received,P4D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "If the invoice isn't paid in a fortnight, escalate to Maria on Slack",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[notify.team])'],
  ],

  [
    'condition',
    'When a lead arrives with a budget under 500, tag them as low-budget, otherwise schedule a call',
    ['lead.created', 'if(trigger.lead.value lt 500)[crm.updateLead]else[calendar.schedule]'],
  ],
  [
    'condition',
    'When an invoice is paid and the amount exceeds $2,500, notify the CFO',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 250000)[notify.team]'],
  ],
  [
    'condition',
    'When a new lead is created, if the company is Google or Amazon, notify Tom',
    [
      'lead.created',
      'if((trigger.lead.company eq "Google" or trigger.lead.company eq "Amazon"))[notify.team]',
    ],
  ],
  [
    'condition',
    'When a reply arrives and it mentions unsubscribe, mark the lead as lost',
    ['email.received', 'if(trigger.text contains "unsubscribe")[crm.updateLead]'],
  ],
  [
    'condition',
    'When an invoice is overdue for more than 45 days, tell legal; otherwise send a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 45)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When a lead signs up and their value is at least €1,000, create an invoice for 100 EUR',
    ['lead.created', 'if(trigger.lead.value gte 1000)[invoice.create]'],
  ],

  [
    'timezone',
    'Every day at 9 Lisbon time, post a summary to Slack',
    ['cron(0 9 * * ? *) Europe/Lisbon', SLACK],
  ],
  [
    'timezone',
    'Every Monday at 8am Los Angeles time, email me the weekly report',
    ['cron(0 8 ? * MON *) America/Los_Angeles', TEAM],
  ],
  [
    'timezone',
    'Every Friday at 3pm Hong Kong time, post a recap to Slack',
    ['cron(0 15 ? * FRI *) Asia/Hong_Kong', SLACK],
  ],
  [
    'timezone',
    'Every day at 7:30 Mumbai time, send a summary to the team',
    ['cron(30 7 * * ? *) Asia/Kolkata', TEAM],
  ],
  [
    'timezone',
    'Every day at 6pm EST, post a summary to Slack',
    ['cron(0 18 * * ? *) America/New_York', SLACK],
  ],
  ['timezone', 'Every day at 9am CET, email me a summary', ['cron(0 9 * * ? *) Europe/Berlin', TEAM]],
  [
    'timezone',
    'Every day at 10am PT, post a summary to Slack',
    ['cron(0 10 * * ? *) America/Los_Angeles', SLACK],
  ],
  ['timezone', 'Every day at 9am BST, send a summary', 'BST'],
  [
    'timezone',
    'Every Monday at 9 in Mexico City, email the team a report',
    ['cron(0 9 ? * MON *) America/Mexico_City', TEAM],
  ],
  [
    'timezone',
    'Every day at noon Auckland time, post a summary to Slack',
    ['cron(0 12 * * ? *) Pacific/Auckland', SLACK],
  ],

  [
    'recurring',
    'Every Monday, Wednesday and Friday at 8, post a summary to Slack',
    ['cron(0 8 ? * MON,WED,FRI *)', SLACK],
  ],
  ['recurring', 'On the 10th and 25th of every month, email me a summary', ['cron(0 9 10,25 * ? *)', TEAM]],
  [
    'recurring',
    'Every weekday at ten past nine, send the team a summary',
    ['cron(10 9 ? * MON-FRI *)', TEAM],
  ],
  ['recurring', 'Every 4 hours, post a summary to Slack', ['rate(4 hours)', SLACK]],
  [
    'recurring',
    'On the last Monday of each month at 11am, send a report to the team',
    ['cron(0 11 ? * 2L *)', TEAM],
  ],
  [
    'recurring',
    'Every Sunday at 7pm, post a summary of the week in #general',
    ['cron(0 19 ? * SUN *)', SLACK],
  ],
  ['recurring', 'Twice a day on weekdays, post a summary to Slack', ['cron(0 9,17 ? * MON-FRI *)', SLACK]],
  ['recurring', 'Every morning at 6:45, email me a summary', ['cron(45 6 * * ? *)', TEAM]],

  [
    'list',
    'When a lead becomes qualified, email them a case study, schedule a demo, add a note and notify Tom on Slack',
    [
      'lead.updated {"changes.status.to":["qualified"]}',
      'email.send; calendar.schedule; crm.addNote; notify.team',
    ],
  ],
  [
    'list',
    'When an invoice is created, email it to the customer, log it and post it in #billing',
    ['invoice.created', 'email.send; log; notify.slack'],
  ],
  [
    'list',
    'When a form is submitted: create a lead; send a thank you; wait 2 days; send a follow up; tell sales',
    ['form.submitted', 'crm.createLead; email.send; wait(P2D); email.send; notify.team'],
  ],
  [
    'list',
    'When a booking is made, send a confirmation, create an invoice for $75 and add the tag booked',
    ['booking.created', 'email.send; invoice.create; crm.updateLead'],
  ],

  [
    'many-records',
    'Every Thursday, send all leads tagged webinar a reminder email',
    ['cron(0 9 ? * THU *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Each morning at 8, email every customer with an unpaid invoice',
    ['cron(0 8 * * ? *)', 'invoice.find; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every week, find all lost leads and send them a win-back email',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every day at noon, add a note to every qualified lead',
    ['cron(0 12 * * ? *)', 'crm.findLeads; forEach[crm.addNote]'],
  ],

  ['report', 'Daily summary to my inbox at 7am', ['cron(0 7 * * ? *)', TEAM]],
  ['report', 'Weekly pipeline recap on Slack every Friday afternoon', ['cron(0 14 ? * FRI *)', SLACK]],
  [
    'report',
    'Monthly revenue report to finance@acme.com on the first of the month',
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  ['report', 'Send the team a weekly report every Monday at 8:30 by email', ['cron(30 8 ? * MON *)', TEAM]],

  ['refusal', 'When a lead visits the pricing page twice, call them', 'visits'],
  ['refusal', 'Every day at 9, post our top tweet', 'tweet'],
  ['refusal', 'When a new lead comes in, add them to Salesforce', 'salesforce'],
  ['refusal', 'When an invoice is paid, update QuickBooks', 'quickbooks'],
  ['refusal', 'Send a WhatsApp message to new leads', 'whatsapp'],
  ['refusal', 'When a payment fails, notify finance', 'payment fails'],
  ['refusal', 'Once an appointment is rescheduled, email the client', 'rescheduled'],
];
