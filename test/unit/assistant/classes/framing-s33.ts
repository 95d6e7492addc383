import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 33 (h5): statements around a rule read by their shape (class 3 of sealed sets 29/30, told as a class):
 * what the business does, scoped ("We only invoice annual memberships."), and how things tend to be ("Members
 * usually book online.", "Most bookings come in on Sundays."). Framing passes only when it cannot restrict or act:
 * each shape has a twin that names the rule, restricts or asks, and must stay refused.
 */

const SCOPES = [
  'We only invoice annual memberships.',
  'We mostly sell gift vouchers.',
  'Our studio only runs small group classes.',
  'We just do bridal hair.',
];
const GENERALISATIONS = [
  'Members usually book online.',
  'Most bookings come in on Sundays.',
  'Most of our customers order on their phones.',
  'Clients tend to pay late around Christmas.',
  'Lots of leads come from Instagram.',
];
const RULES = [
  ['When an invoice is overdue, send a reminder.', 'invoice.overdue', 'invoice.sendReminder'],
  ['When a booking is made, email the client.', 'booking.created', 'email.send'],
  ['When a new lead comes in, notify Sam.', 'lead.created', 'notify.team'],
] as const;

/** statement × before or after the rule × rule × typed or lower case. */
export const FRAMING_SHAPE_CLASS: readonly Case[] = [...SCOPES, ...GENERALISATIONS].flatMap((said) =>
  RULES.flatMap(([rule, trigger, steps]) =>
    [`${said} ${rule}`, `${rule} ${said}`].flatMap((p) =>
      [p, p.toLowerCase()].map((q): Case => [q, trigger, steps]),
    ),
  ),
);

/** The twins: the same shapes naming the rule, restricting, asking or giving an action — refused, never dropped. */
export const FRAMING_SHAPE_REFUSED: readonly Refusal[] = cross(
  [
    'We only do this for VIP members. ',
    'We only want this for annual memberships. ',
    'We only email VIP clients. ',
    'We only invoice memberships over £500. ',
    'Most bookings need a reminder on Sundays. ',
    'Members usually get a call from Sam. ',
    'VIP clients should get a text. ',
    'Only Sunday bookings count. ',
  ],
  ['When a booking is made, email the client.', 'When a new lead comes in, notify Sam.'],
).map((r): Refusal => [r, '']);
