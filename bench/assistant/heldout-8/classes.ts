import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Eighth held-out set: the classes in plain sentences with words not used before. */
export const CLASSES_8: readonly HeldOutCase[] = [
  ['event', 'When an approval is requested, post it in #approvals', ['approval.requested', 'notify.slack']],
  ['event', 'Whenever any workflow completes, write a log entry', ['workflow.completed', 'log']],
  ['event', 'When somebody replies to one of our emails, let Omar know', ['email.received', 'notify.team']],
  ['event', 'When a lead is updated, post the change in #crm', ['lead.updated', 'notify.slack']],
  [
    'event',
    'Run it on demand: summarize the last 7 days and post the result on Slack',
    ['manual', 'report.summarize; notify.slack'],
  ],
  [
    'event',
    'When a new lead tagged vip comes in, alert the account team',
    ['lead.created {"lead.tags":["vip"]}', 'notify.team'],
  ],

  ['records', 'When someone books a call, save them as a new contact', ['booking.created', 'crm.createLead']],
  ['records', 'When an email arrives, create a lead from the sender', ['email.received', 'crm.createLead']],
  [
    'records',
    "As soon as a lead is added, change the lead's estimated value to 500 dollars",
    ['lead.created', 'crm.updateLead'],
  ],
  [
    'records',
    'Whenever a lead answers, copy their answer into a note on the lead',
    ['email.received', 'crm.addNote'],
  ],
  ['records', 'When a form is submitted, create an invoice for 99 USD', ['form.submitted', 'invoice.create']],
  [
    'records',
    'When Stripe sends us a webhook, mark the invoice as paid',
    ['webhook:stripe', 'invoice.markPaid'],
  ],
  [
    'records',
    'When a meeting is booked, add the tag demo-booked to the lead',
    ['booking.created', 'crm.updateLead'],
  ],
  [
    'records',
    'When an invoice is paid, save a file with the receipt in the invoices folder',
    ['invoice.paid', 'files.create'],
  ],

  [
    'negative-wait',
    "When a trial user signs up and hasn't scheduled an onboarding call within a week, email them",
    ['lead.created', 'waitFor(booking.created,P7D,timeout:[email.send])'],
    // also (session 33): 'a trial user' names which leads, and the tagged form keeps that restriction where lead.created
    // alone would drop it (h6's session-32 note: the wait reader had swallowed 'a trial user signs up')
    [['lead.created {"lead.tags":["trial"]}', 'waitFor(booking.created,P7D,timeout:[email.send])']],
  ],
  [
    'negative-wait',
    "When an invoice is issued and the customer still hasn't paid a fortnight later, tell accounts",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If a new lead hasn't submitted the intake form within 72 hours, send them a reminder email",
    ['lead.created', 'waitFor(form.submitted,PT72H,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When a meeting is booked and the client doesn't confirm by the next day, ping Maria",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'If a prospect stays quiet for 10 days after our email, tag them as cold',
    ['email.sent[message]', 'waitFor(email.received,P10D,timeout:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    "If a lead writes back within 2 days of our email, book a call with them; if they don't, send the case study",
    ['email.sent[message]', 'waitFor(email.received,P2D,event:[calendar.schedule],timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'When an invoice becomes overdue, send a reminder, and if it still has not been paid 10 days later, notify the owner',
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P10D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "When someone submits the form, send a welcome email, and if they don't respond within 2 days, notify Jake",
    ['form.submitted', 'email.send; waitFor(email.received,P2D,timeout:[notify.team])'],
  ],

  [
    'timezone',
    "Each weekday at 7am Sydney time, email the team yesterday's summary",
    ['cron(0 7 ? * MON-FRI *) Australia/Sydney', TEAM],
  ],
  [
    'timezone',
    "Every Monday 9:00 Eastern, post last week's summary to #leadership",
    ['cron(0 9 ? * MON *) America/New_York', SLACK],
  ],
  [
    'timezone',
    'Daily at 16:30 Singapore time, send a recap to ops@example.com',
    ['cron(30 16 * * ? *) Asia/Singapore', 'report.summarize; email.send'],
  ],
  [
    'timezone',
    'Every Friday at 5pm Mountain time, email me a summary',
    ['cron(0 17 ? * FRI *) America/Denver', TEAM],
  ],
  [
    'timezone',
    'Every morning at 8 São Paulo time, send the team a summary',
    ['cron(0 8 * * ? *) America/Sao_Paulo', TEAM],
  ],
  [
    'timezone',
    "At 6pm Dubai time every day, post the day's summary to Slack",
    ['cron(0 18 * * ? *) Asia/Dubai', SLACK],
  ],
  ['timezone', 'Every Tuesday at 10 UTC, post a summary to #eng', ['cron(0 10 ? * TUE *) UTC', SLACK]],
  ['timezone', 'every day 8 am mumbai time send summary to slack', ['cron(0 8 * * ? *) Asia/Kolkata', SLACK]],
  [
    'timezone',
    'Every Thursday at 3pm ET, email the team a report',
    ['cron(0 15 ? * THU *) America/New_York', TEAM],
  ],
  ['timezone', 'Weekly on Mondays at 8am BST, send me the summary', 'BST'],
  ['timezone', 'Every weekday at 10 AST, email the team a summary', 'AST'],
  ['timezone', 'Daily at 7am Australian time, post a summary to Slack', 'Australia'],

  [
    'recurring',
    "Mon/Wed/Fri at 8:00 sharp: yesterday's numbers into #sales-daily",
    ['cron(0 8 ? * MON,WED,FRI *)', SLACK],
  ],
  ['recurring', 'Weekends at 10, email me a summary', ['cron(0 10 ? * SAT,SUN *)', TEAM]],
  [
    'recurring',
    'On the 1st and 15th of each month, email the team a summary',
    ['cron(0 9 1,15 * ? *)', TEAM],
  ],
  ['recurring', 'At a quarter past seven every morning, send me a summary', ['cron(15 7 * * ? *)', TEAM]],
  [
    'recurring',
    'Every last Friday of the month at 3pm, send the team a report',
    ['cron(0 15 ? * 6L *)', TEAM],
  ],
  [
    'recurring',
    'Monday to Thursday at 17:30, post the daily summary to Slack',
    ['cron(30 17 ? * MON-THU *)', SLACK],
  ],
  [
    'recurring',
    'On the third Tuesday of every month, send the team the monthly summary',
    ['cron(0 9 ? * 3#3 *)', TEAM],
  ],
  ['recurring', 'Every 45 min, push a status summary to #support', ['rate(45 minutes)', SLACK]],
  ['recurring', 'Every two weeks, email me a summary', ['rate(14 days)', TEAM]],
  [
    'recurring',
    'On working days, send the team an activity summary twice a day',
    ['cron(0 9,17 ? * MON-FRI *)', TEAM],
  ],
  [
    'recurring',
    'Every night at 12 midnight, email the whole team a summary of the day',
    ['cron(0 0 * * ? *)', TEAM],
  ],
  ['recurring', 'Daily at 5, drop the activity summary into #ops', ['cron(0 17 * * ? *)', SLACK]],

  [
    'condition',
    "If a reply mentions 'cancel', alert the account manager",
    ['email.received', 'if(trigger.text contains "cancel")[notify.team]'],
  ],
  [
    'condition',
    'When a lead from Facebook signs up, add the tag social, otherwise add the tag organic',
    ['lead.created', 'if(trigger.lead.source eq "Facebook")[crm.updateLead]else[crm.updateLead]'],
  ],
  [
    'condition',
    'When a lead worth between 5,000 and 20,000 comes in, notify Tom; otherwise notify Anna',
    [
      'lead.created',
      'if((trigger.lead.value gte 5000 and trigger.lead.value lte 20000))[notify.team]else[notify.team]',
    ],
  ],
  [
    'condition',
    'When an invoice is overdue for more than 14 days, send a reminder and notify Ben',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 14)[invoice.sendReminder; notify.team]'],
  ],
  [
    'condition',
    'When a lead is created and the company is Globex, post it in #key-accounts',
    ['lead.created', 'if(trigger.lead.company eq "Globex")[notify.slack]'],
  ],
  [
    'condition',
    'When someone replies with the word unsubscribe, mark them as lost',
    ['email.received', 'if(trigger.text contains "unsubscribe")[crm.updateLead]'],
  ],
  [
    'condition',
    'If a new lead is worth more than 1.5M, ask the CEO for approval, then book a meeting',
    ['lead.created', 'if(trigger.lead.value gt 1500000)[approval; calendar.schedule]'],
  ],
  [
    'condition',
    'When a lead comes in from LinkedIn with a value above 2,000, schedule a call',
    [
      'lead.created',
      'if((trigger.lead.source eq "LinkedIn" and trigger.lead.value gt 2000))[calendar.schedule]',
    ],
  ],
  [
    'condition',
    'When an invoice is paid, thank the customer, and if it was at least $10,000 also tell the CEO',
    ['invoice.paid', 'email.send; if(trigger.invoice.totalCents gte 1000000)[notify.team]'],
  ],

  [
    'list',
    'When a lead replies: add a note, tag them as engaged, tell Carla and book a 30-minute call',
    ['email.received', 'crm.addNote; crm.updateLead; notify.team; calendar.schedule'],
  ],
  [
    'list',
    'When a booking is created, email a confirmation, create an invoice for 80 GBP, add a note and then notify the team',
    ['booking.created', 'email.send; invoice.create; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a form is submitted, create the lead, search the knowledge base for their question, draft a reply and ask Dana to approve it',
    ['form.submitted', 'crm.createLead; knowledge.search; email.draft; approval'],
  ],
  [
    'list',
    'When a workflow fails, post in #ops, email devops@acme.io and write an error to the log',
    ['workflow.failed', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    "When a lead's status changes to customer, create an invoice for 1,200 EUR, email the customer and notify accounting",
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send; notify.team'],
  ],
  [
    'list',
    'When a file is uploaded, notify the team, add a log entry and call https://hooks.example.com/files',
    ['file.updated', 'notify.team; log; http.request'],
  ],

  [
    'many-records',
    'Every morning, go through all unpaid invoices and send each customer a reminder',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Each Monday at 8, tag all leads from LinkedIn as linkedin-nurture',
    ['cron(0 8 ? * MON *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many-records',
    'Every Friday, add a note to every qualified lead reminding sales to follow up',
    ['cron(0 9 ? * FRI *)', 'crm.findLeads; forEach[crm.addNote]'],
  ],
  [
    'many-records',
    'Every night, move all leads tagged cold to lost',
    ['cron(0 20 * * ? *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many-records',
    'Once a week, email every lost lead a win-back offer',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every day at 11, post a Slack message for each overdue invoice',
    ['cron(0 11 * * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many-records',
    'Every Wednesday, book a call with each qualified lead',
    ['cron(0 9 ? * WED *)', 'crm.findLeads; forEach[calendar.schedule]'],
  ],
  [
    'many-records',
    'When I run it by hand, email all customers our holiday opening hours',
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],

  [
    'report',
    'Generate a weekly report every Monday and save it as a file',
    ['cron(0 9 ? * MON *)', 'report.summarize; files.create'],
  ],
  ['report', 'Every Sunday night, post a summary of the week to Slack', ['cron(0 20 ? * SUN *)', SLACK]],
  ['report', 'Each afternoon, email the team a summary of the day so far', ['cron(0 14 * * ? *)', TEAM]],
  [
    'report',
    'Monthly summary on the last working day of the month at 4pm, by email to me',
    ['cron(0 16 LW * ? *)', TEAM],
  ],
  ['report', 'A quick daily recap at 9:30 in #general', ['cron(30 9 * * ? *)', SLACK]],

  ['refusal', 'When a lead is deleted, tell Anna', 'deleted'],
  ['refusal', 'Every day at 9, print the sales report', 'print'],
  ['refusal', 'When someone leaves us a review on Trustpilot, reply with a thank you', 'Trustpilot'],
  ['refusal', 'Every other Thursday at 10, email the team a pipeline summary', 'every other Thursday'],
  ['refusal', 'If a lead does not reply by Monday, send a reminder', 'Monday'],
  ['refusal', 'Whenever a lead clicks the link in our newsletter, move them to contacted', 'clicks'],
  ['refusal', 'Add every new lead to Mailchimp', 'Mailchimp'],
  ['refusal', 'When it rains, cancel the outdoor bookings', 'rains'],
  ['refusal', 'Automate my whole invoicing', null],
];
