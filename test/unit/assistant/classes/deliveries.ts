import type { Case } from '../table/case';

/**
 * Several deliveries in a row (class 9, session 34). First: an action said with an adverb after the trigger's comma
 * ("When a lead replies to your email, automatically email me, then post it in #sales"): the adverb's clause was
 * merged into the trigger's and its action dropped without a word. Crossed: the trigger × the adverb × the first
 * action × the one after it.
 */
const TRIGGERS: readonly [said: string, trigger: string][] = [
  ['When a lead replies to your email', 'email.received'],
  ['When a new lead comes in', 'lead.created'],
  ['Whenever a booking is cancelled', 'booking.cancelled'],
  ['When an invoice is paid', 'invoice.paid'],
];
const ADVERBS = ['automatically', 'immediately', 'instantly', 'promptly'];
const FIRST: readonly [said: string, step: string][] = [
  ['email me', 'notify.team'],
  ['notify me', 'notify.team'],
  ['let Sam know', 'notify.team'],
  ['post it in #sales', 'notify.slack'],
];
const THEN: readonly [said: string, step: string][] = [
  [', then post it in #ops', 'notify.slack'],
  [' and then tell the sales team', 'notify.team'],
  ['', ''],
];

export const ADVERB_PRODUCT: readonly Case[] = TRIGGERS.flatMap(([when, trigger]) =>
  ADVERBS.flatMap((adverb) =>
    FIRST.flatMap(([first, step]) =>
      THEN.map(
        ([then, next]): Case => [
          `${when}, ${adverb} ${first}${then}`,
          trigger,
          next ? `${step}; ${next}` : step,
        ],
      ),
    ),
  ),
);
