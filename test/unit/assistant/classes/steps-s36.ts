import type { Case } from '../table/case';

/**
 * What the steps do (session 36, sets 21/22 classes 8, 14), said in many trades:
 * - a reminder after a PAID invoice ("wait 6 months and send an oil change reminder") is an email to the customer,
 *   never a payment reminder for the invoice already paid; on an overdue invoice it stays the payment reminder;
 * - "when an appointment is booked for a "state inspection"": the booking's title is tested, never dropped;
 * - "email them the list of what to bring": what the email says, never an activity report.
 */

const PAID: readonly string[] = [
  'when an invoice is paid,',
  'When a payment comes in,',
  'once an invoice gets paid,',
];
const SERVICE_REMINDERS = [
  'an oil change reminder',
  'a service reminder',
  'a booster vaccine reminder',
  'a dental cleaning reminder',
  'a gutter cleaning reminder',
  'a tune-up reminder',
];
const WAITS: readonly [said: string, wait: string][] = [
  ['wait 6 months and send', 'wait(P180D)'],
  ['wait 3 months, then send them', 'wait(P90D)'],
];

export const PAID_REMINDER_CLASS: readonly Case[] = PAID.flatMap((when) =>
  WAITS.flatMap(([wait, outline]) =>
    SERVICE_REMINDERS.map((r): Case => [`${when} ${wait} ${r}`, 'invoice.paid', `${outline}; email.send`]),
  ),
);
/** On an overdue invoice a reminder is the payment reminder. */
export const PAID_REMINDER_TWINS: readonly Case[] = [
  [
    'when an invoice is overdue, wait 3 days and send a reminder',
    'invoice.overdue',
    'wait(P3D); invoice.sendReminder',
  ],
  ['When an invoice is overdue, send a payment reminder', 'invoice.overdue', 'invoice.sendReminder'],
];

const TITLES = [
  'state inspection',
  'deep clean',
  'root canal',
  'puppy groom',
  'wedding trial',
  'boiler service',
];
const BOOKED = [
  (t: string) => `When an appointment is booked for a "${t}", email them the list of what to bring`,
  (t: string) => `When a booking is made for a "${t}", send them a list of things to prepare`,
  (t: string) => `When a new appointment is booked for "${t}", email them the checklist`,
];

export const BOOKED_TITLE_CLASS: readonly Case[] = TITLES.flatMap((t) =>
  BOOKED.map(
    (say): Case => [say(t), 'booking.created', `if(trigger.booking.title contains "${t}")[email.send]`],
  ),
);
/** With no title named, every booking gets it; the list is the email's content, never a report. */
export const BOOKED_TITLE_TWINS: readonly Case[] = [
  ['When an appointment is booked, email them the list of what to bring', 'booking.created', 'email.send'],
  ['When a booking is made, send them a list of things to prepare', 'booking.created', 'email.send'],
];
