import type { Case } from './case';

/**
 * Precision (session 31, h5): what a request says, without a step nobody asked for or a restriction dropped.
 * Hand-written, in other words than the generated classes (classes/silent-wrong-s31.ts).
 */
export const PRECISION: readonly Case[] = [
  ['When a client pays their invoice, send them a brief thank-you note', 'invoice.paid', 'email.send'],
  ['Once someone books a consultation, drop them a quick thank you note', 'booking.created', 'email.send'],
  ['When the holding deposit invoice is paid, post in #lettings', 'invoice.paid', 'notify.slack'],
  [
    "When a new lead comes in, send them a welcome email. It's just for the marketing team.",
    'lead.created',
    'email.send',
  ],
];
