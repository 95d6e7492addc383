import type { HeldOutCase } from '../heldout';

/**
 * Eighth held-out set: requests as people send them: support tickets, emails to a consultant, voice-dictated notes,
 * learner English, typing slips and long rambling paragraphs.
 */
export const PEOPLE_8: readonly HeldOutCase[] = [
  [
    'records',
    'Hi, I am trying to set up the following: whenever someone books a demo through our calendar, the lead should be moved to qualified and Anna should get a message. Thanks!',
    ['booking.created', 'crm.updateLead; notify.team'],
  ],
  [
    'negative-wait',
    'Hello support, our invoices keep going unpaid. Can the system chase a customer automatically if an invoice is still not paid 21 days after we issue it? A friendly reminder is enough.',
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "We are a dental clinic. When a patient books an appointment and hasn't confirmed within 12 hours, please send them a reminder email.",
    ['booking.created', 'waitFor(email.received,PT12H,timeout:[email.send])'],
  ],
  [
    'timezone',
    'Question: is it possible to post a summary of yesterday in our #daily channel every morning at 7:45 Lisbon time?',
    ['cron(45 7 * * ? *) Europe/Lisbon', 'report.summarize; notify.slack'],
  ],
  [
    'condition',
    "Ticket 4411: when an invoice is overdue by more than 60 days nothing happens. We'd like the boss notified in that case, otherwise just a normal reminder to the client.",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 60)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'Hey, could you make it so every lead that comes from Google Ads gets a welcome email and gets tagged as paid-search?',
    ['lead.created', 'if(trigger.lead.source eq "Google Ads")[email.send; crm.updateLead]'],
  ],
  [
    'condition',
    'Can I get a Slack message in #finance whenever an invoice over €5,000 is paid?',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 500000)[notify.slack]'],
  ],
  [
    'many-records',
    'Is there a way to email all leads tagged webinar every Thursday at 11 with the recording link?',
    ['cron(0 11 ? * THU *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'list',
    'Dear Mark, as discussed, when a new lead arrives we need three things: a welcome email, a note on the lead saying where they came from, and a call booked in the next free slot. Best, Julia',
    ['lead.created', 'email.send; crm.addNote; calendar.schedule'],
  ],
  [
    'timezone',
    'Hi Sam, for the Munich office, could you schedule a summary to go out to the team every weekday at 8:15 Munich time?',
    ['cron(15 8 ? * MON-FRI *) Europe/Berlin', 'report.summarize; notify.team'],
  ],
  [
    'list',
    'Following up on our call: once a client pays an invoice, mark their lead as customer, thank them by email and let Priya know.',
    ['invoice.paid', 'crm.updateLead; email.send; notify.team'],
  ],

  [
    'list',
    'ok so when somebody fills in the contact form create them as a lead and then send them the price list by email and then tell the sales team on slack',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'recurring',
    'um every friday at like four pm post the weekly summary in slack',
    ['cron(0 16 ? * FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'negative-wait',
    "if the lead doesn't answer in three days send another email and if there's still nothing a week after that mark them as lost",
    [
      'email.sent[message]',
      'waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P7D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'event',
    'right so whenever a meeting gets cancelled just drop a message in the sales channel on slack thanks',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'records',
    'Customers who pay an invoice should receive a thank-you note by email and be tagged as repeat',
    ['invoice.paid', 'email.send; crm.updateLead'],
  ],

  [
    'list',
    'When customer is paying the invoice, please to send him thank you mail and make his status to customer',
    ['invoice.paid', 'email.send; crm.updateLead'],
  ],
  [
    'condition',
    'If new lead have value more than 20000 inform the director, if not send normal welcome mail',
    ['lead.created', 'if(trigger.lead.value gt 20000)[notify.team]else[email.send]'],
  ],
  [
    'report',
    'Every days at 18h send me resume of the day on email',
    ['cron(0 18 * * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'negative-wait',
    'If client not pay invoice after 15 days, send reminder to him automatic',
    ['invoice.created', 'waitFor(invoice.paid,P15D,timeout:[invoice.sendReminder])'],
  ],
  [
    'report',
    'At monday morning make summary of last week and put in slack channel #team',
    ['cron(0 9 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'records',
    'When arrive new booking, make new lead with the email of person and inform me',
    ['booking.created', 'crm.createLead; notify.team'],
  ],

  ['event', 'wehn a new lead is craeted send a welcome emial', ['lead.created', 'email.send']],
  [
    'recurring',
    'Evry weekday at 9am post a sumary to slack',
    ['cron(0 9 ? * MON-FRI *)', 'report.summarize; notify.slack'],
  ],
  [
    'negative-wait',
    'If an invoce is not payed within 7 days send a remider',
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  ['event', 'when a meeting gets canceled, notfy the team', ['booking.cancelled', 'notify.team']],
  [
    'many-records',
    'evrey monday email all qualifed leads a check in',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],

  [
    'condition',
    "So we've been doing this by hand for ages and it's a pain. Basically, every time a new lead lands in the system I want them to get our welcome email straight away, and I'd also like to be told about it, but only if they're worth more than 3,000, because otherwise it's too much noise.",
    ['lead.created', 'email.send; if(trigger.lead.value gt 3000)[notify.team]'],
  ],
  [
    'negative-wait',
    "Long story short, people book calls with us and then half of them never show up or confirm. What I'd love is: when a call is booked, give them until the next day to confirm, and if they don't, send them a short reminder email. If they still haven't confirmed two days later, let me know so I can call them myself.",
    [
      'booking.created',
      'waitFor(email.received,P1D,timeout:[email.send; waitFor(email.received,P2D,timeout:[notify.team])])',
    ],
  ],
  [
    'many-records',
    "OK here's the thing. We send invoices and people forget them. I don't want one workflow per invoice. I'd rather have something that runs every Monday and Thursday at 10, finds every unpaid invoice, and sends each customer a reminder.",
    ['cron(0 10 ? * MON,THU *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
];
