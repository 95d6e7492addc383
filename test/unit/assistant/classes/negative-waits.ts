import type { Case } from '../table/case';

/**
 * Negative waits as a grammar of slots, generated as their cross product (not hand-picked sentences):
 * what is awaited (subject × negated verb) × how long (duration wording) × where the clauses stand (order and joint)
 * × what to do on the timeout. Each row's expected outline follows from its slots alone.
 */

interface Awaiting {
  readonly trigger: string;
  readonly event: string;
  /** Negated clauses; `{d}` marks where the duration goes when it is not at the end. */
  readonly phrases: readonly string[];
}

const AWAITING: readonly Awaiting[] = [
  {
    trigger: 'invoice.created',
    event: 'invoice.paid',
    phrases: [
      "an invoice isn't paid",
      'an invoice is not paid',
      "an invoice hasn't been paid",
      'an invoice remains unpaid',
      'an invoice is still unpaid',
      "the customer hasn't paid their invoice",
      "a client doesn't settle the invoice",
      'the customer is not paying the invoice',
      'there is no payment for an invoice',
      'the client has still not settled their invoice',
      'a customer hasnt paid the bill',
    ],
  },
  {
    trigger: 'email.sent[message]',
    event: 'email.received',
    phrases: [
      "a lead doesn't reply",
      "a lead doesn't respond",
      "a lead hasn't answered",
      "the prospect doesn't get back to us",
      'a lead never replies',
      "there's no reply from the lead",
      'the lead does not write back',
      'a lead is not replying',
      'a lead dosent reply',
      'someone we emailed never answers',
      'the contact still has not responded',
    ],
  },
  {
    trigger: 'booking.created',
    event: 'email.received',
    phrases: [
      'a booking is not confirmed',
      "a booking isn't confirmed",
      "the attendee hasn't confirmed their booking",
      'a booking stays unconfirmed',
      "the client doesn't confirm the appointment",
      'the patient is not confirming their appointment',
    ],
  },
  {
    trigger: 'lead.created',
    event: 'form.submitted',
    phrases: [
      'the form is not completed',
      "a lead hasn't filled in the form",
      "a new lead doesn't complete the onboarding form",
      'the form is still incomplete',
      "a lead hasn't submitted the form",
    ],
  },
  {
    trigger: 'lead.created',
    event: 'booking.created',
    phrases: [
      "a new lead hasn't booked a call",
      "a lead doesn't schedule a demo",
      "a new signup hasn't booked anything",
      'a lead has not booked a meeting',
      "a new user didn't schedule a call",
    ],
  },
];

const DURATIONS: readonly [string, string][] = [
  ['within 3 days', 'P3D'],
  ['in 3 days', 'P3D'],
  ['after 3 days', 'P3D'],
  ['for 3 days', 'P3D'],
  ['within 48 hours', 'PT48H'],
  ['after a week', 'P7D'],
  ['within two weeks', 'P14D'],
  ['within a fortnight', 'P14D'],
  ['3 days later', 'P3D'],
  ['by tomorrow', 'P1D'],
  ['within the next 5 days', 'P5D'],
  ['after 24h', 'PT24H'],
  ['within like a day', 'P1D'],
  ['5 days in', 'P5D'],
  ['since 10 days', 'P10D'],
  ['even after 2 days', 'P2D'],
  ['within 72 hours', 'PT72H'],
];

const ACTIONS: readonly [string, string][] = [
  ['notify the team', 'notify.team'],
  ['post it in #billing', 'notify.slack'],
  ['let Anna know', 'notify.team'],
];

type Order = (wait: string, action: string) => string;

const ORDERS: readonly Order[] = [
  (w, a) => `If ${w}, ${a}`,
  (w, a) => `If ${w} then ${a}`,
  (w, a) => `When ${w}, ${a}`,
  (w, a) => `${a.charAt(0).toUpperCase()}${a.slice(1)} if ${w}`,
  (w, a) => `In case ${w}, ${a}`,
  (w, a) => `${w.charAt(0).toUpperCase()}${w.slice(1)} → ${a}`,
  (w, a) => `so if ${w} just ${a}`,
  (w, a) => `Should ${w}, please ${a}`,
];

/** The wording of clause `phrase` (the `p`th of its group) with the `d`th duration in the `o`th order. */
const wording = (a: Awaiting, p: number, d: number, o: number): Case => {
  const phrase = a.phrases[p] ?? '';
  const [words, timeout] = DURATIONS[d % DURATIONS.length] ?? ['within 3 days', 'P3D'];
  const order = ORDERS[o % ORDERS.length] ?? ((w: string, x: string) => `If ${w}, ${x}`);
  const [action, step] = ACTIONS[(p + d + o) % ACTIONS.length] ?? ['notify the team', 'notify.team'];
  return [order(`${phrase} ${words}`, action), a.trigger, `waitFor(${a.event},${timeout},timeout:[${step}])`];
};

/**
 * Every pair of slot values, grouped by the awaited clause (one test per group): each clause with every duration
 * and with every order; across the groups every duration meets every order.
 */
export const NEGATIVE_WAIT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  AWAITING.flatMap((a) =>
    a.phrases.map((phrase, p): [string, Case[]] => [
      phrase,
      [...DURATIONS.map((_, d) => wording(a, p, d, p + d)), ...ORDERS.map((_, o) => wording(a, p, p + o, o))],
    ]),
  ),
);

/** The full cross product (5,168 wordings), measured by the bench, too slow for the unit suite. */
export const NEGATIVE_WAIT_PRODUCT: readonly Case[] = AWAITING.flatMap((a) =>
  a.phrases.flatMap((_, p) => DURATIONS.flatMap((_d, d) => ORDERS.map((_o, o) => wording(a, p, d, o)))),
);

/** Verbs nothing records, in any tense, with any duration: refused, naming the verb. */
export const UNTRACKED_WAITS: readonly (readonly [prompt: string, quoted: string])[] = [
  ["a lead doesn't open our email", 'open'],
  "the client hasn't signed the contract",
  'the customer is not clicking the link',
  "the attendee didn't show up",
].flatMap((phrase, p) => {
  const [text, quoted] = typeof phrase === 'string' ? [phrase, ''] : phrase;
  return DURATIONS.slice(0, 6).map(([words], d): readonly [string, string] => [
    (ORDERS[(p + d) % ORDERS.length] ?? ((w: string, a: string) => `If ${w}, ${a}`))(
      `${text} ${words}`,
      'notify the team',
    ),
    quoted || 'there is no event for',
  ]);
});
