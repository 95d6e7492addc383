import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Seventh held-out set: waits, conditions, schedules, lists and loops in wordings not used before. */
export const MIXED_7: readonly HeldOutCase[] = [
  [
    'negative-wait',
    "If a lead still hasn't replied a week later, mark them as lost",
    ['email.sent[message]', 'waitFor(email.received,P7D,timeout:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    'Chase the customer if the invoice is not settled within 5 days',
    ['invoice.created', 'waitFor(invoice.paid,P5D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "If a guest hasn't confirmed their appointment 24 hours after booking, send them a reminder",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When a lead is created, if they don't fill in the questionnaire within 2 days, email them again",
    ['lead.created', 'waitFor(form.submitted,P2D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'No payment within 10 days? Notify accounting.',
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If a prospect doesn't book a meeting within 7 days after signing up, tag them as nurture",
    ['lead.created', 'waitFor(booking.created,P7D,timeout:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    'If the customer replies within 2 days, notify Tom, otherwise send a reminder',
    ['email.sent[message]', 'waitFor(email.received,P2D,event:[notify.team],timeout:[email.send])'],
  ],

  [
    'condition',
    'When a lead comes in worth over $8,000, alert sales on Slack',
    ['lead.created', 'if(trigger.lead.value gt 8000)[notify.slack]'],
  ],
  [
    'condition',
    'When an invoice is paid, if it was more than 2k, thank the client personally and tell the CEO',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 200000)[email.send; notify.team]'],
  ],
  [
    'condition',
    'When a new lead arrives, if their budget is below 1,000 euros, add them to the nurture list; otherwise book a call',
    ['lead.created', 'if(trigger.lead.value lt 1000)[crm.updateLead]else[calendar.schedule]'],
  ],
  [
    'condition',
    'When a reply contains the word pricing, forward it to sales@acme.com',
    ['email.received', 'if(trigger.text contains "pricing")[email.send]'],
  ],
  [
    'condition',
    'When a lead signs up and their company is Stripe, notify Anna',
    ['lead.created', 'if(trigger.lead.company eq "Stripe")[notify.team]'],
  ],
  [
    'condition',
    'When an invoice is created for at least 20,000 USD, ask the CFO for approval',
    ['invoice.created', 'if(trigger.invoice.totalCents gte 2000000)[approval]'],
  ],
  [
    'condition',
    'If a new lead is worth 100k or more, schedule a call, else send the brochure',
    ['lead.created', 'if(trigger.lead.value gte 100000)[calendar.schedule]else[email.send]'],
  ],

  [
    'timezone',
    'Every day at 9 Amsterdam time, post a summary to Slack',
    ['cron(0 9 * * ? *) Europe/Amsterdam', SLACK],
  ],
  [
    'timezone',
    'Every Monday at 8:30 Chicago time, email me a report',
    ['cron(30 8 ? * MON *) America/Chicago', TEAM],
  ],
  [
    'timezone',
    'Every weekday at 5pm London time, send the team a summary',
    ['cron(0 17 ? * MON-FRI *) Europe/London', TEAM],
  ],
  [
    'timezone',
    'Every day at 11am Seoul time, post a summary to #kr',
    ['cron(0 11 * * ? *) Asia/Seoul', SLACK],
  ],
  [
    'timezone',
    'Every day at 7am PDT, post a summary to Slack',
    ['cron(0 7 * * ? *) America/Los_Angeles', SLACK],
  ],
  [
    'timezone',
    'Every Friday at 2pm Central European Time, email the team a recap',
    ['cron(0 14 ? * FRI *) Europe/Berlin', TEAM],
  ],
  ['timezone', 'Every day at 8am CST, email me a summary', 'CST'],

  ['recurring', 'Every Tuesday at half past ten, post a summary to Slack', ['cron(30 10 ? * TUE *)', SLACK]],
  ['recurring', 'On the first of every month at 7am, email me a report', ['cron(0 7 1 * ? *)', TEAM]],
  ['recurring', 'Every 20 minutes, post a summary to Slack', ['rate(20 minutes)', SLACK]],
  ['recurring', 'Every weekday at 9 and 4, send the team a summary', ['cron(0 9,16 ? * MON-FRI *)', TEAM]],
  [
    'recurring',
    'Every second Wednesday of the month, post a summary to Slack',
    ['cron(0 9 ? * 4#2 *)', SLACK],
  ],
  ['recurring', 'Every Saturday and Sunday at noon, email me a summary', ['cron(0 12 ? * SAT,SUN *)', TEAM]],
  [
    'recurring',
    'Each day at quarter to six in the evening, post a summary to Slack',
    ['cron(45 17 * * ? *)', SLACK],
  ],

  [
    'list',
    'When a lead is created: tag them as new-inbound, send a welcome email, notify Sam and schedule a call',
    ['lead.created', 'crm.updateLead; email.send; notify.team; calendar.schedule'],
  ],
  [
    'list',
    'When an invoice goes overdue, remind the customer, add a note and post it in #collections',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When a form comes in, add the person to the CRM, email them a thank you, wait a day and then email the sales deck',
    ['form.submitted', 'crm.createLead; email.send; wait(P1D); email.send'],
  ],
  [
    'list',
    'When a deal is won, send a thank-you email, create an invoice for 2,000 EUR and tell the team on Slack',
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send; invoice.create; notify.slack'],
  ],

  [
    'many-records',
    'Every Monday, email all qualified leads the weekly newsletter',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every day at 10, send a reminder for every overdue invoice',
    ['cron(0 10 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Each Friday, tag every lead from Facebook as social',
    ['cron(0 9 ? * FRI *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many-records',
    'Every evening, loop through the unpaid invoices and notify finance about each one',
    ['cron(0 18 * * ? *)', 'invoice.find; forEach[notify.team]'],
  ],

  ['report', 'Every Monday at 10, post last week’s report in #management', ['cron(0 10 ? * MON *)', SLACK]],
  [
    'report',
    'A monthly summary by email to ops@acme.com on the last day of the month',
    ['cron(0 9 L * ? *)', 'report.summarize; email.send'],
  ],
  ['report', 'Daily recap at 6pm in Slack', ['cron(0 18 * * ? *)', SLACK]],
  ['report', 'Every Friday afternoon, email me a summary of the week', ['cron(0 14 ? * FRI *)', TEAM]],
];
