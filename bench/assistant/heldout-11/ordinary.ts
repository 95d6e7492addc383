import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const MAIL = 'report.summarize; email.send';
const OVERDUE = 'invoice.find; forEach[invoice.sendReminder]';
const LEADS = (action: string) => `crm.findLeads; forEach[${action}]`;

/** Eleventh held-out set, first half: an ordinary first-time user in a chat box, plain and mostly correct. */
export const ORDINARY_11: readonly HeldOutCase[] = [
  [
    'event',
    'When a client books a call with us, send them a confirmation email',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'Notify the front desk whenever an appointment is cancelled',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'When a new invoice goes out, post it in the #finance channel',
    ['invoice.created', 'notify.slack'],
  ],
  ['event', 'When a payment comes in, email me', ['invoice.paid', 'notify.team']],
  ['event', 'When someone submits our enquiry form, tell Olivia', ['form.submitted', 'notify.team']],
  [
    'event',
    'When a lead becomes qualified, email them our case studies',
    ['lead.updated {"changes.status.to":["qualified"]}', 'email.send'],
  ],
  ['event', 'When GitHub sends us a webhook, post to #dev', ['webhook:github', 'notify.slack']],

  [
    'records',
    'Everyone who completes our newsletter sign-up form should be added to the CRM',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'When a meeting is cancelled, change the lead status back to new',
    ['booking.cancelled', 'crm.updateLead'],
  ],
  ['records', 'When a customer pays, add a note to their lead saying paid', ['invoice.paid', 'crm.addNote']],
  [
    'records',
    'When a new booking comes in, create an invoice for 200 GBP',
    ['booking.created', 'invoice.create'],
  ],
  ['records', 'When a lead replies, tag them as warm', ['email.received', 'crm.updateLead']],
  [
    'records',
    'Record the payment on the invoice when Stripe notifies us through its webhook',
    ['webhook:stripe', 'invoice.markPaid'],
  ],
  [
    'records',
    'When a new lead is added, schedule a 30 minute discovery call',
    ['lead.created', 'calendar.schedule'],
  ],

  [
    'negative-wait',
    "If a customer hasn't paid 21 days after the invoice was sent, email them a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "When a booking is made, if the guest doesn't confirm within 2 days, let Hannah know",
    ['booking.created', 'waitFor(email.received,P2D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If a lead hasn't booked a meeting 10 days after signing up, tag them as cold",
    ['lead.created', 'waitFor(booking.created,P10D,timeout:[crm.updateLead])'],
  ],
  [
    'negative-wait',
    "If there's no answer to our quote after a week, send a polite follow-up",
    ['email.sent[message]', 'waitFor(email.received,P7D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When a new lead comes in, wait for them to complete the questionnaire; if they haven't after 4 days, send a reminder email",
    ['lead.created', 'waitFor(form.submitted,P4D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "When an invoice becomes overdue, give the customer 5 more days and if it's still unpaid, tell finance",
    ['invoice.overdue', 'waitFor(invoice.paid,P5D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'When a lead is created, if they reply within 24 hours move them to contacted, otherwise send a follow-up email',
    ['lead.created', 'waitFor(email.received,P1D,event:[crm.updateLead],timeout:[email.send])'],
  ],

  [
    'condition',
    'When a new lead comes in, if the value is over 15,000 book a call, otherwise send the usual welcome email',
    ['lead.created', 'if(trigger.lead.value gt 15000)[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    "When an invoice is paid and it's less than $200, just log it; otherwise thank the customer by email",
    ['invoice.paid', 'if(trigger.invoice.totalCents lt 20000)[log]else[email.send]'],
  ],
  [
    'condition',
    'When an invoice is overdue for more than 60 days, notify the owner',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 60)[notify.team]'],
  ],
  [
    'condition',
    'When a lead from TikTok signs up, send them our TikTok welcome email',
    ['lead.created', 'if(trigger.lead.source eq "TikTok")[email.send]'],
  ],
  [
    'condition',
    'When a new invoice is over $10,000, ask Paul to approve it',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 1000000)[approval]'],
  ],
  [
    'condition',
    'When an email arrives that mentions urgent, post it in #urgent',
    ['email.received', 'if(trigger.text contains "urgent")[notify.slack]'],
  ],
  [
    'condition',
    'When a new lead is worth at least 5,000 and comes from a referral, notify Nadia',
    ['lead.created', 'if((trigger.lead.value gte 5000 and trigger.lead.source eq "referral"))[notify.team]'],
  ],

  [
    'timezone',
    'Every day at 9am Los Angeles time, post a summary in #west',
    ['cron(0 9 * * ? *) America/Los_Angeles', SLACK],
  ],
  [
    'timezone',
    'Every Monday at 10am Vancouver time, email the team a summary',
    ['cron(0 10 ? * MON *) America/Vancouver', TEAM],
  ],
  [
    'timezone',
    'Every weekday at 8am Berlin time, send me a summary by email',
    ['cron(0 8 ? * MON-FRI *) Europe/Berlin', TEAM],
  ],
  [
    'timezone',
    'Every Friday at 2pm Tokyo time, post the weekly summary to Slack',
    ['cron(0 14 ? * FRI *) Asia/Tokyo', SLACK],
  ],
  [
    'timezone',
    "Every morning at 7 Mexico City time, email the team yesterday's summary",
    ['cron(0 7 * * ? *) America/Mexico_City', TEAM],
  ],
  [
    'timezone',
    'Every day at 6pm Hawaii time, send me a summary',
    ['cron(0 18 * * ? *) Pacific/Honolulu', TEAM],
  ],
  [
    'timezone',
    'Every day at noon Johannesburg time, post a summary in #africa',
    ['cron(0 12 * * ? *) Africa/Johannesburg', SLACK],
  ],
  ['timezone', 'Every day at 8am CST, post a summary in #ops', 'CST'],

  ['recurring', 'Send a summary email to the team at 7:45 on weekdays', ['cron(45 7 ? * MON-FRI *)', TEAM]],
  [
    'recurring',
    'Every Tuesday and Friday at 11, post a summary to Slack',
    ['cron(0 11 ? * TUE,FRI *)', SLACK],
  ],
  ['recurring', 'On the third Wednesday of each month, email me a summary', ['cron(0 9 ? * 4#3 *)', TEAM]],
  ['recurring', 'Every 45 minutes, post an activity summary in #live', ['rate(45 minutes)', SLACK]],
  ['recurring', 'On the 10th of every month at 8am, send the team a summary', ['cron(0 8 10 * ? *)', TEAM]],
  [
    'recurring',
    'At quarter past eight every weekday, post a summary in Slack',
    ['cron(15 8 ? * MON-FRI *)', SLACK],
  ],
  ['recurring', 'Every Saturday at 10am, email me a summary of the week', ['cron(0 10 ? * SAT *)', TEAM]],

  [
    'many-records',
    'Every morning at 8, send a reminder to each customer with an unpaid invoice',
    ['cron(0 8 * * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'Every Thursday morning, remind all leads tagged webinar by email about the session',
    ['cron(0 9 ? * THU *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every week, send each qualified lead a check-in email',
    ['cron(0 9 ? * MON *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every day at 5pm, post each overdue invoice to #finance',
    ['cron(0 17 * * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many-records',
    'Every Friday at 6pm, tag all new leads as reviewed',
    ['cron(0 18 ? * FRI *)', LEADS('crm.updateLead')],
  ],
  [
    'many-records',
    'When I start it manually, email every lead tagged vip our new offer',
    ['manual', LEADS('email.send')],
  ],
  [
    'many-records',
    'Every Wednesday at 11, add a note to all leads tagged partner',
    ['cron(0 11 ? * WED *)', LEADS('crm.addNote')],
  ],

  [
    'report',
    "Every Monday at 9, send me a summary of last week's sales by email",
    ['cron(0 9 ? * MON *)', TEAM],
  ],
  ['report', 'Post a daily summary to #team at 5:30pm', ['cron(30 17 * * ? *)', SLACK]],
  ['report', 'Monthly report emailed to boss@harborbakery.com on the 1st', ['cron(0 9 1 * ? *)', MAIL]],
  ['report', 'Every Friday evening, post a summary of the week in Slack', ['cron(0 18 ? * FRI *)', SLACK]],
  [
    'report',
    "A daily report of yesterday's activity in my inbox every morning at 7",
    ['cron(0 7 * * ? *)', TEAM],
  ],
  ['report', 'Weekly report to the whole team every Thursday at 4pm', ['cron(0 16 ? * THU *)', TEAM]],

  [
    'list',
    'For each new lead: send our welcome email, put the tag new on them, and give the sales team a heads-up on Slack',
    ['lead.created', 'email.send; crm.updateLead; notify.slack'],
  ],
  [
    'list',
    'When a booking is cancelled, email the customer, update the lead to contacted, and tell Marco',
    ['booking.cancelled', 'email.send; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'When an invoice is created, email it to the customer, add a note to the lead, and post in #invoices',
    ['invoice.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When a form is submitted, create a lead, wait 1 hour, send a welcome email, then notify Kate',
    ['form.submitted', 'crm.createLead; wait(PT1H); email.send; notify.team'],
  ],
  [
    'list',
    'When a deal is won, send a thank-you email, create an invoice for 2,500 EUR, and book a kickoff meeting',
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send; invoice.create; calendar.schedule'],
  ],
  [
    'list',
    'When a customer replies, add a note, mark them as qualified, book a call, and let Zoe know',
    ['email.received', 'crm.addNote; crm.updateLead; calendar.schedule; notify.team'],
  ],

  ['refusal', 'When a customer leaves a bad review on Yelp, alert me', 'Yelp'],
  ['refusal', 'Message new leads on WhatsApp', 'WhatsApp'],
  ['refusal', 'When someone unfollows us on Twitter, tag them as lost', 'Twitter'],
  ['refusal', 'Post a summary in #general every other Wednesday', 'every other Wednesday'],
  ['refusal', "Mark leads as cold if they haven't answered by the end of the week", 'end of the week'],
  ['refusal', 'When an order ships, email the customer the tracking number', 'ships'],
  ['refusal', 'Print the invoices every Friday', 'print'],
];
