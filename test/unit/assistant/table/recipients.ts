import type { Case } from './case';

/**
 * Who a message is for and how many records it is about, written by hand in other trades' words than the generated
 * class (session 32, h8): roles of ours (a kennel's duty vet, a gym's front desk lead, a print shop's press operator,
 * a clinic's practice coordinator), channels without "#", reminders on a schedule to a role or a channel, and many
 * records named by a trade's noun with a tag or a day.
 */
export const RECIPIENTS: readonly Case[] = [
  ['When a grooming appointment is cancelled, let the duty vet know', 'booking.cancelled', 'notify.team'],
  ['New membership form comes in - email the front desk lead', 'form.submitted', 'notify.team'],
  ['When a print order invoice is paid, give the press operator a shout', 'invoice.paid', 'notify.team'],
  ['Whenever a patient books, loop in our practice coordinator', 'booking.created', 'notify.team'],
  ['when a job gets cancelled email the office', 'booking.cancelled', 'notify.team'],
  [
    'When a deal is won, post it in the wins channel',
    'lead.updated {"changes.status.to":["customer"]}',
    'notify.slack',
  ],
  ['When a quote form comes in, drop it in estimating on slack', 'form.submitted', 'notify.slack'],
  ['when a booking is cancelled post in dispatch', 'booking.cancelled', 'notify.slack'],
  [
    'When an invoice is paid, share the news in our slack channel for finance',
    'invoice.paid',
    'notify.slack',
  ],
  ['Every Friday at 3pm remind the shop floor crew to sweep up', 'cron(0 15 ? * FRI *)', 'notify.team'],
  [
    'every weekday at 7 nudge whoever is on call to check the overnight queue',
    'cron(0 7 ? * MON-FRI *)',
    'notify.team',
  ],
  [
    'Each Monday at 10, send a reminder to the renewals channel to review the at-risk list',
    'cron(0 10 ? * MON *)',
    'notify.slack',
  ],
  [
    'Every Monday, send every account tagged at-risk a check-in email',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'On the 1st of each month email all our lapsed members',
    'cron(0 9 1 * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "Every morning at 8 email each of today's onboarding sessions a reminder",
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    "Each evening at 6, email everyone on tomorrow's schedule",
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
];
