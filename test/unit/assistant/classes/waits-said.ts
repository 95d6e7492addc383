import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 35 (h5), issue 16's miss class 10: a wait said before its outcome ("wait 7 days for payment; if paid thank
 * them, if not send a reminder") is ONE wait for the event whose event and timeout run each branch — never a plain
 * wait then a test of the trigger's old data (the invoice the trigger carried is never paid) — and "nobody's replied
 * in 1 day" is a reply awaited. Rows are [request, trigger outline, steps outline].
 */

export const WAIT_FOR_PAYMENT_CLASS: readonly Case[] = cross(
  ['When an invoice is created, ', 'When an invoice is sent, '],
  ['wait 7 days for payment', 'wait 7 days for the payment', 'wait 7 days for them to pay'],
  ['; if paid ', '. If paid, ', '. If they pay, ', ', and if it is paid, '],
  ['thank them', 'notify me'],
  [', if not send a reminder.', '; otherwise send a reminder.', '. If not, send a reminder.'],
).map(
  (r): Case => [
    r,
    'invoice.created',
    `waitFor(invoice.paid,P7D,event:[${r.includes('thank') ? 'email.send' : 'notify.team'}],timeout:[invoice.sendReminder])`,
  ],
);

export const WAIT_FOR_REPLY_CLASS: readonly Case[] = cross(
  ['When a new lead comes in, email them, ', 'When a client books a call, send them the agenda, '],
  ['wait 3 days for a reply. ', 'then wait 3 days for an answer; ', 'wait 3 days for them to reply, and '],
  ['If they reply, notify me', 'if they answer, post in #sales'],
  [', otherwise send a follow-up.', '. If not, send a follow-up.'],
).map(
  (r): Case => [
    r,
    r.includes('books') ? 'booking.created' : 'lead.created',
    `email.send; waitFor(email.received,P3D,event:[${r.includes('#sales') ? 'notify.slack' : 'notify.team'}],timeout:[email.send])`,
  ],
);

export const NOBODY_REPLIED_CLASS: readonly Case[] = cross(
  [
    'When a new lead comes in, email them. ',
    'When someone fills in the contact form, send them our brochure. ',
  ],
  [
    "If nobody's replied in 1 day, ",
    'If no one has answered within 1 day, ',
    'If nobody has responded in 1 day, ',
  ],
  ['notify me.', 'post in #sales.', 'send a follow-up.'],
).map(
  (r): Case => [
    r,
    r.includes('form') ? 'form.submitted' : 'lead.created',
    `email.send; waitFor(email.received,P1D,timeout:[${r.endsWith('me.') ? 'notify.team' : r.includes('#sales') ? 'notify.slack' : 'email.send'}])`,
  ],
);

/** Our own reply awaited ("we don't reply within 4 hours"): no event of theirs, refused, never their reply awaited. */
export const OUR_REPLY_REFUSED: readonly Refusal[] = cross(
  ['When an email comes in and ', 'When a guest emails us and '],
  ["we don't reply within 4 hours, ", "we haven't answered in 2 hours, ", 'we do not respond within a day, '],
  ['notify the team.', 'post in #support.'],
).map((r): Refusal => [r, 'whether we answer']);
