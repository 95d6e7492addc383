import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 33 (h5): a generated ADVERSARIAL class — requests one word away from forms the readers accept, each with a
 * part the catalogue cannot express or a restriction a reader would drop: an event noun the catalogue lacks, a field no
 * record keeps, a second schedule, a negation of who, a quantity, a restriction in an unusual place. Every row must be
 * refused (a workflow that comes back here drops or invents something). Each family crosses its own words with a
 * framing and the actions. Rows are [request, words the refusal quotes ('' = any refusal)].
 */

const FRAMINGS = ['', 'Hi team - ', 'Quick one: '] as const;
const ACTIONS = [', email them.', ', notify Sam.', ', post in #sales.'] as const;

/** Near event nouns: a record the catalogue has no event for, said in the frames events are said in. */
export const NEAR_EVENTS: readonly Refusal[] = cross(
  FRAMINGS,
  ['When a new '],
  ['refund', 'review', 'support ticket', 'shipment', 'chargeback', 'product', 'coupon', 'follower'],
  [' comes in', ' is created'],
  ACTIONS,
).map((r): Refusal => [r, '']);

/** A field no record keeps, tested where a field of the lead would be. */
export const MISSING_FIELDS: readonly Refusal[] = cross(
  FRAMINGS,
  ['When a new lead comes in, if their '],
  [
    'country is Germany',
    'age is over 30',
    'job title is CEO',
    'company size is over 50',
    'language is French',
    'city is London',
  ],
  ACTIONS,
).map((r): Refusal => [r, '']);

/** Two schedules in one request: one trigger cannot hold both. */
export const SECOND_SCHEDULES: readonly Refusal[] = cross(
  FRAMINGS,
  [
    'Every Monday at 9am and every Thursday at 3pm',
    'Daily at 8am and on Sundays at 6pm',
    'Every weekday at 9 and every Saturday at noon',
  ],
  [', notify Sam.', ', post the pipeline summary in #sales.'],
).map((r): Refusal => [r, '']);

/** Who is left out, said with a negation the catalogue has no field for. */
export const NEGATED_WHO: readonly Refusal[] = cross(
  FRAMINGS,
  ['When a new lead comes in'],
  [
    ', unless they work for a competitor',
    ' that is not from Germany',
    ', except people from our partner agencies',
    ' (but not students)',
  ],
  ACTIONS,
).map((r): Refusal => [r, '']);

/** A quantity the steps cannot carry: how many times, how many records, how often at most. */
export const QUANTITIES: readonly Refusal[] = cross(
  FRAMINGS,
  ['When a new lead comes in, '],
  [
    'email them 3 times',
    'notify Sam at most once a day',
    'email them every day until they reply',
    'notify 2 people',
  ],
  ['.'],
).map((r): Refusal => [r, '']);

/** A restriction said where no reader looks for one: after the action, as a tail or a bracket. */
export const ODD_RESTRICTIONS: readonly Refusal[] = cross(
  FRAMINGS,
  ['When a new lead comes in, email them'],
  [
    ' (UK leads only)',
    ' - just the ones over 18',
    ', only if they speak Spanish',
    ' - but only in the first week of the month',
  ],
  ['.'],
).map((r): Refusal => [r, '']);

/** An action one word away from the catalogue's: nothing does it. */
export const NEAR_ACTIONS: readonly Refusal[] = cross(
  FRAMINGS,
  ['When a new lead comes in, ', 'When an invoice is paid, '],
  [
    'print their details.',
    'ship them a sample.',
    'refund them.',
    'delete them.',
    'archive them.',
    'give them a 10% discount.',
    'call them.',
  ],
).map((r): Refusal => [r, '']);

/** An event one word away from the catalogue's: its record, a verb no event says. */
export const NEAR_VERBS: readonly Refusal[] = cross(
  FRAMINGS,
  [
    'When a lead opens our email',
    'When a lead clicks the link',
    'When someone visits the pricing page',
    'When a booking is rescheduled',
    'When an invoice is refunded',
    'When an invoice is partially paid',
    "When a lead's birthday comes",
    'When a form is abandoned',
  ],
  ACTIONS,
).map((r): Refusal => [r, '']);

/** When the event happens, as a restriction no trigger keeps: hours, weekends, the evening. */
export const EVENT_TIMES: readonly Refusal[] = cross(
  FRAMINGS,
  ['When a new lead comes in'],
  [' during office hours', ' on a weekend', ' between 9 and 5', ' outside business hours', ' after 6pm'],
  ACTIONS,
).map((r): Refusal => [r, '']);

/** How, when or by whom the event happened, said right after its verb: no record keeps it. */
export const EVENT_MANNERS: readonly Refusal[] = cross(
  FRAMINGS,
  [
    'When an invoice is paid late',
    'When an invoice is paid by card',
    'When a lead replies angrily',
    'When a lead replies in Spanish',
    'When a booking is made for next week',
    'When a booking is made by a returning client',
  ],
  ACTIONS,
).map((r): Refusal => [r, '']);

export const ADVERSARIAL_FAMILIES: Readonly<Record<string, readonly Refusal[]>> = {
  'near event nouns': NEAR_EVENTS,
  'fields no record keeps': MISSING_FIELDS,
  'second schedules': SECOND_SCHEDULES,
  'negated who': NEGATED_WHO,
  quantities: QUANTITIES,
  'restrictions in odd places': ODD_RESTRICTIONS,
  'near actions': NEAR_ACTIONS,
  'near verbs': NEAR_VERBS,
  'event times': EVENT_TIMES,
  'event manners': EVENT_MANNERS,
};
