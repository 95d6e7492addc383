import type { Case } from './case';

/**
 * Requests as people write them when they are not thinking of a machine: misspelt key words ("recieved",
 * "invoce", "cancled", "payed"), politeness wrapped around the request ("it would be great if you could …"),
 * passive voice ("Tom should be notified") and the subject first ("Prospects who reply should be tagged …").
 */
export const WORDING: readonly Case[] = [
  ['when an invoce is paid, send a thank you emial', 'invoice.paid', 'email.send'],
  ['Every Wensday at 10, post a sumary to Slack', 'cron(0 10 ? * WED *)', 'report.summarize; notify.slack'],
  [
    'If a client hasnt payed within 5 days, remind them',
    'invoice.created',
    'waitFor(invoice.paid,P5D,timeout:[invoice.sendReminder])',
  ],
  ['when a meeting is cancled, notify the team', 'booking.cancelled', 'notify.team'],
  ['When a new subscirber joins, send a welcome mesage', 'lead.created', 'email.send'],
  ['Evry monday send me a weekly reprot by email', 'cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
  [
    'It would be great if you could notify me when a booking is cancelled',
    'booking.cancelled',
    'notify.team',
  ],
  ["I'd be so grateful if you could send new subscribers a welcome email", 'lead.created', 'email.send'],
  [
    'We would really appreciate it if you could post in #sales whenever a deal is won',
    'lead.updated {"changes.status.to":["customer"]}',
    'notify.slack',
  ],
  ['Prospects who reply should be tagged as engaged', 'email.received', 'crm.updateLead'],
  ['Bookings that get cancelled should trigger an email to the attendee', 'booking.cancelled', 'email.send'],
  [
    'Customers who pay should receive a receipt and finance must be told on Slack',
    'invoice.paid',
    'email.send; notify.slack',
  ],
  [
    'When a deal is lost, Tom should be notified',
    'lead.updated {"changes.status.to":["lost"]}',
    'notify.team',
  ],
  ['New contacts that sign up must get our onboarding guide', 'lead.created', 'email.send'],
  ['Can we get the team pinged when a meeting is booked?', 'booking.created', 'notify.team'],
];
