import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 38, issue 16's capability gap: waits relative to a time in the data. "Remind the client 24 hours before the
 * appointment", "the day before their class", "an hour before the session ends", "2 days before the due date" wait
 * until that long before the trigger's booking start (or end) or invoice due date ({ until, before }: outline
 * `wait(until-PT24H)`), said first or after the action. "An hour after the interview ends" said after the action is
 * one wait moved that long after its end, before the action, as when said first (session 40).
 */

/** [how the booking is made ({n} = the trade's noun), the noun] across trades. */
const BOOKED = [
  ['When a client books a {n}, ', 'session'],
  ['When a {n} is booked, ', 'lesson'],
  ['Whenever someone schedules a {n}, ', 'consultation'],
  ['When a patient books an {n}, ', 'appointment'],
  ['When a member books a {n}, ', 'class'],
  ['When a candidate books an {n}, ', 'interview'],
] as const;

/** [the time said ({n} = the noun), the wait's outline, 'start' | 'end']. */
export const BEFORE_TIMES = [
  ['24 hours before the {n}', 'wait(until-PT24H)', 'start'],
  ['the day before their {n}', 'wait(until-P1D)', 'start'],
  ['2 days before the {n}', 'wait(until-P2D)', 'start'],
  ['an hour before the {n} starts', 'wait(until-PT1H)', 'start'],
  ['30 minutes before the {n} ends', 'wait(until-PT30M)', 'end'],
  ['a week ahead of the {n}', 'wait(until-P7D)', 'start'],
] as const;

/** [what to do, its outline]. */
const ACTIONS = [
  ['email them a reminder', 'email.send'],
  ['notify me', 'notify.team'],
  ['post in #front-desk', 'notify.slack'],
] as const;

const fill = (s: string, noun: string): string => s.replaceAll('{n}', noun);

/** booking × time before it × action, the time said after the action ("email them … 24 hours before the session."). */
export const BEFORE_AFTER_ACTION: readonly Case[] = BOOKED.flatMap(([said, noun]) =>
  BEFORE_TIMES.flatMap(([time, wait]) =>
    ACTIONS.map(
      ([action, step]): Case => [
        `${fill(said, noun)}${action} ${fill(time, noun)}.`,
        'booking.created',
        `${wait}; ${step}`,
      ],
    ),
  ),
);

/** The time said first ("24 hours before the session, email them …"). */
export const BEFORE_FIRST: readonly Case[] = BOOKED.flatMap(([said, noun]) =>
  BEFORE_TIMES.flatMap(([time, wait]) =>
    ACTIONS.map(
      ([action, step]): Case => [
        `${fill(said, noun)}${fill(time, noun)}, ${action}.`,
        'booking.created',
        `${wait}; ${step}`,
      ],
    ),
  ),
);

/** How an invoice comes × its due date × action: a wait until that long before `dueDate`. */
export const BEFORE_DUE: readonly Case[] = [
  'When an invoice is created, ',
  'When a new invoice is issued, ',
].flatMap((trigger) =>
  (
    [
      ['2 days before the due date', 'wait(until-P2D)'],
      ['3 days before it is due', 'wait(until-P3D)'],
      ['the day before the invoice is due', 'wait(until-P1D)'],
    ] as const
  ).flatMap(([time, wait]) =>
    (
      [
        ['email the customer', 'email.send'],
        ['notify me', 'notify.team'],
      ] as const
    ).flatMap(([action, step]): Case[] => [
      [`${trigger}${action} ${time}.`, 'invoice.created', `${wait}; ${step}`],
      [`${trigger}${time}, ${action}.`, 'invoice.created', `${wait}; ${step}`],
    ]),
  ),
);

/** "email them a feedback survey an hour after the interview ends": the waits before the action. */
export const AFTER_AFTER_ACTION: readonly Case[] = BOOKED.flatMap(([said, noun]): Case[] => [
  [
    `${fill(said, noun)}email them a feedback survey an hour after the ${noun} ends.`,
    'booking.created',
    'wait(until+PT1H); email.send',
  ],
  [
    `${fill(said, noun)}notify me the day after the ${noun}.`,
    'booking.created',
    'wait(until+P1D); notify.team',
  ],
]);

/** Twins that stay: after the booking is made is a plain wait; a wait until its start is not moved. */
export const RELATIVE_TWINS: readonly Case[] = BOOKED.flatMap(([said, noun]): Case[] => [
  [
    `${fill(said, noun)}email them 2 days after the ${noun} is booked.`,
    'booking.created',
    'wait(P2D); email.send',
  ],
  [
    `${fill(said, noun)}wait until the ${noun} starts, then notify me.`,
    'booking.created',
    'wait(until); notify.team',
  ],
  [`${fill(said, noun)}email them the details.`, 'booking.created', 'email.send'],
]);

/**
 * Refused, quoted: a part of the booking's day (no one time), a time before a booking or a due date in a run that
 * has neither, and "the day before" with nothing in the data to be before.
 */
export const RELATIVE_REFUSED: readonly Refusal[] = [
  ...BOOKED.flatMap(([said, noun]) =>
    [`the night before the ${noun}`, `the morning of the ${noun}`, `on the day of the ${noun}`].map(
      (when): Refusal => [`${fill(said, noun)}send them a reminder ${when}.`, when],
    ),
  ),
  ...cross(
    ['When a new lead comes in, ', 'When a form is submitted, '],
    ['email them 24 hours before the appointment.', 'the day before their session, notify me.'],
  ).map((r): Refusal => [r, 'no booking time']),
  ['When a new lead comes in, email them 2 days before the due date.', 'no due date'],
  ['When a new lead comes in, email them the day before.', 'the day before'],
  ['When a payment is received, notify me the day before.', 'the day before'],
];
