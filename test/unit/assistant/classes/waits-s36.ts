import type { Case } from '../table/case';

/**
 * Session 36 (h5), issue 16's miss classes 9 and 10 as fresh writers of sets 21/22 said them, in many trades' words:
 * - "2 days after an appointment, …" as the request's first words: a booking made, the wait until it ends, then that
 *   long more (a booking's own time; "2 days after an appointment is booked" stays after it is made; "after a groom
 *   appointment" names which bookings and stays refused);
 * - "… if they don't reply in 2 days follow up once": the one follow-up the wait's timeout sends ("once a week" is
 *   no such word and is not read); "after we send an estimate email" is the message sent, never also an email step.
 */

/** [how long after, its ISO duration]. */
const SPANS = [
  ['2 days', 'P2D'],
  ['3 days', 'P3D'],
  ['a week', 'P7D'],
  ['1 day', 'P1D'],
] as const;

/** The booking in a trade's words. */
const BOOKINGS = [
  'an appointment',
  'a visit',
  'the appointment',
  'each lesson',
  'a photo shoot',
  'every cleaning',
] as const;

/** What is done then: [said, its step]. */
const THEN = [
  [', email the customer asking how everything went', 'email.send'],
  [', send the client a review request email', 'email.send'],
  [', tell the front desk to call them', 'notify.team'],
] as const;

export const AFTER_BOOKING_CLASS: readonly Case[] = SPANS.flatMap(([span, iso]) =>
  BOOKINGS.flatMap((booking) =>
    THEN.map(
      ([then, step]): Case => [
        `${span} after ${booking}${then}`,
        'booking.created',
        `wait(until+${iso}); ${step}`,
      ],
    ),
  ),
);

/**
 * Twin: a word picking some bookings out is never dropped (refused, quoted); the trade's own name for them ("a groom
 * appointment") is read since session 41.
 */
export const AFTER_BOOKING_KIND_REFUSED =
  '3 days after the last groom appointment, email the client asking for a review';

/** Must differ: after a booking is made, and after a lead comes in, are waits from the trigger. */
export const AFTER_BOOKING_TWINS: readonly Case[] = [
  ['2 days after an appointment is booked, email them', 'booking.created', 'wait(P2D); email.send'],
  ['2 days after a new lead comes in, email them', 'lead.created', 'wait(P2D); email.send'],
];

/** [the message we send, its trigger]. */
const SENT = [
  'after we send an estimate email',
  'When we send a proposal email',
  'after we send a quote',
  'Once we email a quote',
] as const;

/** The follow-up said once: [said, duration]. */
const ONCE = [
  [', if they dont reply in 2 days follow up once', 'P2D'],
  [", if they don't reply in 3 days, nudge them once.", 'P3D'],
  [', if no reply in 5 days send a follow-up once', 'P5D'],
] as const;

export const FOLLOW_ONCE_CLASS: readonly Case[] = SENT.flatMap((sent) =>
  ONCE.map(
    ([once, iso]): Case => [
      `${sent}${once}`,
      'email.sent[message]',
      `waitFor(email.received,${iso},timeout:[email.send])`,
    ],
  ),
);
