import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 35 (h5), issue 16's miss class 3: waits anchored on a booking's own time. A booking carries its start and
 * end, so "wait until the session is over", "the day after the appointment", "an hour after it ends" wait until
 * {{trigger.booking.end}} (moved that long after it), "wait until the lesson starts" until its start; "When a tour ends, …"
 * is a booking made, then the wait until it ends. Rows are [request, trigger outline, steps outline]; the until each
 * reads (start or end) is checked by booking-times.test.ts.
 */

/** [how the booking is made ({n} = the trade's noun), the noun] across trades. */
const BOOKED = [
  ['When a client books a {n}, ', 'session'],
  ['When a {n} is booked, ', 'lesson'],
  ['Whenever someone schedules a {n}, ', 'consultation'],
  ['When a new {n} is booked, ', 'tour'],
  ['When a customer books a {n}, ', 'repair'],
  ['When a patient books an {n}, ', 'appointment'],
  ['When a {n} gets booked, ', 'viewing'],
  ['When a member books a {n}, ', 'class'],
] as const;

/** [the moment said ({n} = the noun), its steps outline before the action, 'start' | 'end']. */
export const MOMENTS = [
  ['wait until the {n} is over, then ', 'wait(until)', 'end'],
  ['wait until the {n} ends and ', 'wait(until)', 'end'],
  ['wait until the end of the {n}, then ', 'wait(until)', 'end'],
  ['once the {n} is over, ', 'wait(until)', 'end'],
  ['after the {n} ends, ', 'wait(until)', 'end'],
  ['the day after the {n}, ', 'wait(until+P1D)', 'end'],
  ['an hour after it ends, ', 'wait(until+PT1H)', 'end'],
  ['2 days after the {n}, ', 'wait(until+P2D)', 'end'],
  ['wait until the {n} starts, then ', 'wait(until)', 'start'],
  ['when the {n} starts, ', 'wait(until)', 'start'],
] as const;

/** [what to do then, its outline]. */
const ACTIONS = [
  ['email them a feedback survey.', 'email.send'],
  ['send them a thank-you email.', 'email.send'],
  ['notify me.', 'notify.team'],
  ['post in #front-desk.', 'notify.slack'],
] as const;

const fill = (s: string, noun: string): string => s.replaceAll('{n}', noun);

/** booking × moment × action. */
export const BOOKING_MOMENT_CLASS: readonly Case[] = BOOKED.flatMap(([said, noun]) =>
  MOMENTS.flatMap(([moment, waits]) =>
    ACTIONS.map(
      ([action, step]): Case => [
        `${fill(said, noun)}${fill(moment, noun)}${action}`,
        'booking.created',
        `${waits}; ${step}`,
      ],
    ),
  ),
);

/** The moment as what starts it: "When a tour ends, …" is a booking made, then the wait until it ends. */
export const MOMENT_OPENING_CLASS: readonly Case[] = cross(
  ['When a ', 'After a ', 'Once a '],
  ['session ', 'lesson ', 'tour ', 'stay ', 'treatment ', 'job '],
  ['ends, ', 'is over, ', 'is finished: '],
).flatMap((opening) => [
  [`${opening}email them a review request.`, 'booking.created', 'wait(until); email.send'],
  [`${opening}wait 3 days and send them a discount code.`, 'booking.created', 'wait(until+P3D); email.send'],
  [`${opening}notify me.`, 'booking.created', 'wait(until); notify.team'],
]);

/** The twins that stay as they were: made, cancelled, or the message sent when it is booked (no wait). */
export const BOOKING_MOMENT_TWINS: readonly Case[] = BOOKED.flatMap(([said, noun]): Case[] => [
  [`${fill(said, noun)}email them the details.`, 'booking.created', 'email.send'],
  [`${fill(said, noun)}wait 2 days, then email them.`, 'booking.created', 'wait(P2D); email.send'],
  [`When a ${noun} is cancelled, notify me.`, 'booking.cancelled', 'notify.team'],
]);

/**
 * Refused, quoted: a part of the booking's day (session 38: a time before it is a moved wait, relative-waits.ts), and
 * the booking's time in a run that has no booking.
 */
export const BOOKING_MOMENT_REFUSED: readonly Refusal[] = [
  ...BOOKED.flatMap(([said, noun]) =>
    [
      `the night before the ${noun}`,
      `the evening before the ${noun}`,
      `the morning of the ${noun}`,
      `on the day of the ${noun}`,
    ].map((when): Refusal => [`${fill(said, noun)}send them a reminder ${when}.`, when]),
  ),
  ...cross(
    ['When a new lead comes in, ', 'When an invoice is paid, ', 'When a form is submitted, '],
    ['wait until their appointment starts, then ', 'the day after the appointment, '],
    ['email them.', 'notify me.'],
  ).map((r): Refusal => [r, 'no booking time']),
];
