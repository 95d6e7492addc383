import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 34 (h5), issue 16's miss class 4: absence said tersely — the awaited thing left for the reader to supply
 * ("if none within 3 days"), said as a state or as silence ("nothing back in 12 hours", "silent for 2 days"), or with
 * the duration first ("3 days no reply", "10 days unpaid"). Each is a waitFor whose TIMEOUT runs the action (never the
 * event: the wait must not come back reversed). Rows are [request, trigger outline, steps outline].
 */

/** [what starts it and the message we send, trigger outline, the message's outline]. */
const SENT = [
  ['When a new lead comes in, email them', 'lead.created', 'email.send'],
  ['When a client books a call, send them the agenda', 'booking.created', 'email.send'],
  ['Whenever someone fills in the contact form, send them our brochure', 'form.submitted', 'email.send'],
] as const;

/** [how long, its outline]. */
const SPANS = [
  ['3 days', 'P3D'],
  ['2 weeks', 'P14D'],
  ['12 hours', 'PT12H'],
  ['48h', 'P2D'],
] as const;

/** The absence of a reply, {d} = how long. */
const NO_REPLY = [
  '{d} without a reply',
  '{d} no reply',
  '{d} with no answer',
  'nothing back in {d}',
  'silent for {d}',
  'if none within {d}',
  'none in {d}',
  'if they go {d} without replying',
] as const;

/** [joint before the absence, joint between it and the action]. */
const JOINTS = [
  ['. ', ' → '],
  ['; ', ' -> '],
  ['. ', ': '],
  ['. ', ', '],
] as const;

/** [action on the timeout, its outline]. */
const ACTIONS = [
  ['notify me', 'notify.team'],
  ['send a follow-up', 'email.send'],
  ['post in #sales', 'notify.slack'],
] as const;

/** message × absence × span × joint × action, grouped by the absence's wording (one group a test). */
export const TERSE_NO_REPLY_GROUPS: ReadonlyMap<string, readonly Case[]> = new Map(
  NO_REPLY.map((absence) => [
    absence,
    SENT.flatMap(([said, event, sent]) =>
      SPANS.flatMap(([span, iso]) =>
        JOINTS.flatMap(([before, after]) =>
          ACTIONS.map(([action, step]): Case => {
            const phrase = absence.replace('{d}', span);
            return [
              `${said}${before}${phrase[0]?.toUpperCase()}${phrase.slice(1)}${after}${action}.`,
              event,
              `${sent}; waitFor(email.received,${iso},timeout:[${step}])`,
            ];
          }),
        ),
      ),
    ),
  ]),
);

export const TERSE_NO_REPLY_CLASS: readonly Case[] = [...TERSE_NO_REPLY_GROUPS.values()].flat();

/** An invoice left unpaid, said with the duration first: invoice × wording × span × action. */
export const TERSE_UNPAID_CLASS: readonly Case[] = cross(
  ['When an invoice is sent, ', 'When an invoice is created, '],
  ['10 days unpaid', '10 days without payment', '10 days with no payment', '10 days no payment'],
  [' → ', ': ', ', '],
).flatMap((r) => [
  [`${r}send a reminder.`, 'invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  [`${r}notify me.`, 'invoice.created', 'waitFor(invoice.paid,P10D,timeout:[notify.team])'],
]);

/**
 * "if they reply, X; if none within 3 days, Y": the reply said first, with no time, and its absence after it with the
 * time: ONE wait whose event runs X and whose timeout runs Y (never a week's wait with a second wait nested in it).
 */
export const REPLY_THEN_NONE_CLASS: readonly Case[] = SENT.flatMap(([said, event, sent]) =>
  cross(
    ['; if they reply, notify me; ', '. If they reply, notify me. ', '. If they answer, notify me. '],
    ['if none within 3 days', 'if no reply within 3 days', "if they don't reply within 3 days"],
    [', send a follow-up.', ' → send a follow-up.'],
  ).map(
    (r): Case => [
      `${said}${r}`,
      event,
      `${sent}; waitFor(email.received,P3D,event:[notify.team],timeout:[email.send])`,
    ],
  ),
);

/**
 * The twins: "none" with nothing awaited or sent before it is refused, quoting it (never guessed); a reply awaited
 * positively stays on the event.
 */
export const NONE_UNSAID_REFUSED: readonly Refusal[] = cross(
  ['When a new lead comes in, tag them as new. ', 'When an invoice is paid, add a note. '],
  ['If none within 3 days, ', 'None in 3 days → '],
  ['notify me.', 'post in #sales.'],
).map((r): Refusal => [r, 'none']);

export const POSITIVE_TWIN_CLASS: readonly Case[] = SENT.flatMap(([said, event, sent]) =>
  SPANS.map(
    ([span, iso]): Case => [
      `${said}. If they reply within ${span}, notify me.`,
      event,
      `${sent}; waitFor(email.received,${iso},event:[notify.team])`,
    ],
  ),
);
