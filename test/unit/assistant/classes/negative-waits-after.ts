import type { Case } from '../table/case';

/**
 * Negative waits said after their trigger, as a grammar of slots: the trigger sentence × what does not happen,
 * said of a pronoun, of "we", of nobody or of the thing itself ("if they haven't replied", "we don't hear back",
 * "payment doesn't arrive", "it's still unpaid", "it goes unanswered") × how long × where the wait stands × what
 * to do. Each row's expected outline follows from its slots alone.
 */

interface After {
  readonly trigger: string;
  readonly event: string;
  readonly intros: readonly string[];
  readonly phrases: readonly string[];
}

const AFTER: readonly After[] = [
  {
    trigger: 'email.sent[message]',
    event: 'email.received',
    intros: [
      'When we email a lead',
      'After we send an email',
      'When an email is sent to a lead',
      'Once we email a prospect',
    ],
    phrases: [
      "they haven't replied",
      "they don't respond",
      "we don't hear back",
      "we haven't heard back from them",
      "there's no answer",
      'we get no reply',
      "they still haven't answered",
      'there is still no response',
      'it goes unanswered',
      'they fail to reply',
      "they don't write back",
    ],
  },
  {
    trigger: 'invoice.created',
    event: 'invoice.paid',
    intros: [
      'When an invoice is created',
      'When we send an invoice',
      'Once an invoice is issued',
      'When a new invoice goes out',
    ],
    phrases: [
      "it isn't paid",
      "it's still unpaid",
      "the customer hasn't paid",
      "payment doesn't arrive",
      'no payment comes in',
      'it remains outstanding',
      "it's still open",
      "they haven't paid it",
      'it has not been settled',
      'we receive no payment',
    ],
  },
  {
    trigger: 'booking.created',
    event: 'email.received',
    intros: ['When a booking is made', 'When someone books a call', 'Once a meeting is booked'],
    phrases: [
      "it isn't confirmed",
      "the attendee hasn't confirmed",
      "they don't confirm",
      'it stays unconfirmed',
    ],
  },
  {
    trigger: 'lead.created',
    event: 'booking.created',
    intros: ['When a new lead comes in', 'When a lead is added', 'Once someone signs up'],
    phrases: [
      "they don't book a call",
      "they haven't scheduled a demo",
      'no meeting is booked',
      "they haven't booked anything",
    ],
  },
];

const DURATIONS: readonly [string, string][] = [
  ['within 3 days', 'P3D'],
  ['after 48 hours', 'PT48H'],
  ['a week later', 'P7D'],
  ['in the next 24 hours', 'PT24H'],
  ['within ten days', 'P10D'],
  ['after 5 days', 'P5D'],
  ['for more than 2 days', 'P2D'],
  ['within 1 day', 'P1D'],
  ['two weeks later', 'P14D'],
  ['after a fortnight', 'P14D'],
  ['within 36 hours', 'PT36H'],
];

const ACTIONS: readonly [string, string][] = [
  ['notify the team', 'notify.team'],
  ['post it in #sales', 'notify.slack'],
  ['ping Anna', 'notify.team'],
];

type Order = (intro: string, wait: string, action: string) => string;

const ORDERS: readonly Order[] = [
  (i, w, a) => `${i}, if ${w}, ${a}`,
  (i, w, a) => `${i} and ${w}, ${a}`,
  (i, w, a) => `${i}. If ${w}, ${a}.`,
  (i, w, a) => `${i}: ${a} if ${w}`,
  (i, w, a) => `${i}, and in case ${w}, ${a}`,
  (i, w, a) => `${i}; in the event that ${w}, ${a}`,
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const wording = (a: After, p: number, d: number, o: number): Case => {
  const [words, timeout] = pick(DURATIONS, d);
  const [action, step] = pick(ACTIONS, p + d + o);
  return [
    pick(ORDERS, o)(pick(a.intros, p + o), `${pick(a.phrases, p)} ${words}`, action),
    a.trigger,
    `waitFor(${a.event},${timeout},timeout:[${step}])`,
  ];
};

/** Every pair of slot values, grouped by the awaited clause: each with every duration and every order. */
export const WAIT_AFTER_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  AFTER.flatMap((a) =>
    a.phrases.map((phrase, p): [string, Case[]] => [
      phrase,
      [...DURATIONS.map((_, d) => wording(a, p, d, p + d)), ...ORDERS.map((_, o) => wording(a, p, p + o, o))],
    ]),
  ),
);

/** The full cross product, measured by the bench. */
export const WAIT_AFTER_PRODUCT: readonly Case[] = AFTER.flatMap((a) =>
  a.phrases.flatMap((_, p) => DURATIONS.flatMap((_d, d) => ORDERS.map((_o, o) => wording(a, p, d, o)))),
);

/** A deadline that is not a duration, and what nothing records: refused, quoting the words. */
export const WAIT_AFTER_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ...['by Friday', 'by the end of the week', 'by 5pm', 'before Monday'].flatMap((deadline, i) =>
    ORDERS.slice(0, 3).map((order, o): readonly [string, string] => [
      order(
        pick(AFTER[0]?.intros ?? [], i + o),
        `${pick(AFTER[0]?.phrases ?? [], i + o)} ${deadline}`,
        'notify the team',
      ),
      deadline,
    ]),
  ),
  ...[
    "the attendee didn't show up",
    "they don't attend",
    "they haven't opened the email",
    "they didn't sign the contract",
  ].flatMap((phrase, i) =>
    ORDERS.slice(0, 3).map((order, o): readonly [string, string] => [
      order(pick(AFTER[2]?.intros ?? [], i + o), `${phrase} within 2 days`, 'notify the team'),
      'there is no event for',
    ]),
  ),
  // counted from another moment, or two things awaited at once
  ...['30 days of the due date', '24 hours before the meeting', '2 days after the deadline'].map(
    (words, i): readonly [string, string] => [
      pick(ORDERS, i)(pick(AFTER[1]?.intros ?? [], i), `it isn't paid within ${words}`, 'notify the team'),
      words,
    ],
  ),
  ...[
    "they haven't replied or booked a call",
    "they don't pay or reply",
    "they haven't booked or filled in the form",
  ].map((phrase, i): readonly [string, string] => [
    pick(ORDERS, i)(pick(AFTER[3]?.intros ?? [], i), `${phrase} within 3 days`, 'notify the team'),
    'waits for two things',
  ]),
];
