import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const WON = 'lead.updated {"changes.status.to":["customer"]}';

/** Sixth held-out set: terse notes, long rambling requests, and English written by non-native speakers. */
export const STYLES_6: readonly HeldOutCase[] = [
  ['terse', 'new lead → welcome email', ['lead.created', 'email.send']],
  ['terse', 'invoice paid: thank customer', ['invoice.paid', 'email.send']],
  ['terse', 'form submitted -> add to crm', ['form.submitted', 'crm.createLead']],
  ['terse', 'booking cancelled: notify team', ['booking.cancelled', 'notify.team']],
  ['terse', 'lead replied → note', ['email.received', 'crm.addNote']],
  ['terse', 'daily 8am slack summary', ['cron(0 8 * * ? *)', SLACK]],
  ['terse', 'weekly digest, email, fridays 4pm', ['cron(0 16 ? * FRI *)', TEAM]],
  [
    'terse',
    'overdue invoice -> remind + slack #finance',
    ['invoice.overdue', 'invoice.sendReminder; notify.slack'],
  ],
  [
    'terse',
    'no reply 3d -> follow up',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'terse',
    'unpaid 14 days -> reminder',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  ['terse', 'deal won → invoice 500 EUR', [WON, 'invoice.create']],
  ['terse', 'new booking: confirm by email, add note', ['booking.created', 'email.send; crm.addNote']],
  ['terse', 'file uploaded -> ping ops', ['file.updated', 'notify.team']],
  ['terse', 'workflow failed -> alert #ops', ['workflow.failed', 'notify.slack']],
  ['terse', 'mon+thu 10am report to slack', ['cron(0 10 ? * MON,THU *)', SLACK]],
  [
    'terse',
    'hourly: remind overdue invoices',
    ['rate(1 hour)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'terse',
    'lead value > 10k: tell boss, else welcome email',
    ['lead.created', 'if(trigger.lead.value gt 10000)[notify.team]else[email.send]'],
  ],
  [
    'terse',
    'new lead from LinkedIn -> tag social',
    ['lead.created', 'if(trigger.lead.source eq "LinkedIn")[crm.updateLead]'],
  ],
  [
    'terse',
    'every weekday 9:30 Berlin time, summary to #team',
    ['cron(30 9 ? * MON-FRI *) Europe/Berlin', SLACK],
  ],
  ['terse', 'summary 6pm IST daily', 'IST'],

  [
    'rambling',
    "So basically what I need is, whenever somebody fills in the contact form on our website, which happens a few times a day, I want them to get a thank you email, and then also I'd like the lead to be created in our CRM so sales can follow up",
    ['form.submitted', 'email.send; crm.createLead'],
  ],
  [
    'rambling',
    "We have a problem with late payments. What I'd like is that if a customer hasn't paid an invoice within 30 days, they get a polite reminder, and if they still haven't paid 15 days after that, our finance team gets a message on Slack.",
    [
      'invoice.created',
      'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P15D,timeout:[notify.slack])])',
    ],
  ],
  [
    'rambling',
    "Every Monday morning, around 9 I guess, it would be nice to get a summary of last week's activity sent to my email, nothing fancy",
    ['cron(0 9 ? * MON *)', TEAM],
  ],
  [
    'rambling',
    'Our sales guys keep missing big deals. So when a new lead comes in and the deal value is more than 50,000, please notify the sales team on Slack right away, otherwise just send the normal welcome email',
    ['lead.created', 'if(trigger.lead.value gt 50000)[notify.slack]else[email.send]'],
  ],
  [
    'rambling',
    "Okay so when someone books a demo with us, first send them a confirmation email, then add a note on their lead saying 'demo booked', and finally let Maria know",
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'rambling',
    "I'm not sure if this is possible but could you make it so that when a deal gets marked as lost we send the contact a short survey email asking why",
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
  ],
  [
    'rambling',
    'At the end of each day, like 6pm, post a recap of everything that happened to our #general channel on Slack please',
    ['cron(0 18 * * ? *)', SLACK],
  ],
  [
    'rambling',
    'Hey there! We run a small agency. Every time a client pays an invoice we want to thank them by email and also mark them as a customer in the CRM. Thanks a lot!',
    ['invoice.paid', 'email.send; crm.updateLead'],
  ],
  [
    'rambling',
    "If one of our prospects doesn't answer our emails for a whole week, mark them as cold, that's all",
    ['email.sent[message]', 'waitFor(email.received,P7D,timeout:[crm.updateLead])'],
  ],
  [
    'rambling',
    'What I want: every first Monday of the month at 10 in the morning, a report for the month sent to ceo@acme.com',
    ['cron(0 10 ? * 2#1 *)', 'report.summarize; email.send'],
  ],
  [
    'rambling',
    'We get lots of invoices that go overdue. Each morning, could you go through all the overdue invoices and send each customer a reminder? After that post a short summary in #finance.',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]; report.summarize; notify.slack'],
  ],
  [
    'rambling',
    'When a new form submission comes in from Typeform, I would like you to create a lead, tag them as inbound, and send them our brochure by email',
    ['form.submitted {"source":["typeform"]}', 'crm.createLead; crm.updateLead; email.send'],
  ],
  [
    'rambling',
    'Bookings get cancelled a lot lately, so whenever that happens can you email the attendee asking them to pick a new time and also tell the team on Slack',
    ['booking.cancelled', 'email.send; notify.slack'],
  ],
  [
    'rambling',
    'For invoices above 5000 dollars, when they are created, I want my approval first before anything else happens',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 500000)[approval]'],
  ],
  [
    'rambling',
    'Every weekday at 8:15 New York time I want the team to get a summary of yesterday by email',
    ['cron(15 8 ? * MON-FRI *) America/New_York', TEAM],
  ],

  ['non-native', 'When new lead is coming, please to send him welcome mail', ['lead.created', 'email.send']],
  [
    'non-native',
    'If client not pay invoice in 10 days, send reminder to him',
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  ],
  ['non-native', 'Each day at 9 hours make summary and put in Slack', ['cron(0 9 * * ? *)', SLACK]],
  [
    'non-native',
    'When somebody is booking meeting, send to him confirmation',
    ['booking.created', 'email.send'],
  ],
  ['non-native', 'When the invoice is payed, do thank you email to customer', ['invoice.paid', 'email.send']],
  [
    'non-native',
    'Lead not answer since 5 days → send again email',
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[email.send])'],
  ],
  [
    'non-native',
    "Every monday on 10 o'clock send me report of the week per email",
    ['cron(0 10 ? * MON *)', TEAM],
  ],
  [
    'non-native',
    'When form is submitted, make new lead in CRM and inform the sales',
    ['form.submitted', 'crm.createLead; notify.team'],
  ],
  [
    'non-native',
    'If deal is bigger than 20k inform the boss, if not send the welcome mail',
    ['lead.created', 'if(trigger.lead.value gt 20000)[notify.team]else[email.send]'],
  ],
  ['non-native', 'When meeting is cancel, write to the team in slack', ['booking.cancelled', 'notify.slack']],
  ['non-native', 'Please each friday at 17h post summary in #sales', ['cron(0 17 ? * FRI *)', SLACK]],
  [
    'non-native',
    'When a lead is becoming customer, send him the invoice of 300 euro',
    [WON, 'invoice.create'],
  ],
  [
    'non-native',
    'After booking of a call, the lead must receive a reminder one day later',
    ['booking.created', 'wait(P1D); email.send'],
  ],
  [
    'non-native',
    'Every day in the morning, for all the invoices that are overdue, send reminder',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'non-native',
    "When arrives email with word 'urgent', notify Tom immediately",
    ['email.received', 'if(trigger.text contains "urgent")[notify.team]'],
  ],
  [
    'non-native',
    'At 8:00 Paris hour, every working day, send summary to the team',
    ['cron(0 8 ? * MON-FRI *) Europe/Paris', TEAM],
  ],
];
