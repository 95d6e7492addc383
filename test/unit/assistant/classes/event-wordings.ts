import type { Case } from '../table/case';

/**
 * Events as office staff write them for someone else (session 25): the event said with the verbs accounts and front
 * desks use ("a customer settles an invoice", "an invoice goes past its due date", "any run is waiting for
 * approval", "Razorpay sends us a payment webhook", "every enquiry form that comes in"), and the action said as what
 * a person wants ("our director would like a message in #leads", "she wants an email about it"), before or after the
 * trigger. Slots from invoicing and booking automations' trigger names (invoice due date passes, payment comes
 * through, appointment created/cancelled, approval pending) and the held-out set 14's misses, one class each.
 */

const EVENTS: readonly [trigger: string, phrases: readonly string[]][] = [
  [
    'invoice.paid',
    [
      'a customer settles an invoice',
      'a client settles their bill',
      'a client clears an invoice',
      "a client's payment for an invoice comes through",
      'the payment for an invoice comes through',
      'an invoice is settled in full',
    ],
  ],
  [
    'invoice.overdue',
    [
      'an invoice goes past its due date',
      'an invoice passes its due date',
      "an invoice's due date passes",
      'an invoice misses its due date',
      'the due date of an invoice passes without payment',
    ],
  ],
  [
    'invoice.created',
    ['we send out an invoice', 'we raise an invoice for a client', 'a new invoice goes out'],
  ],
  [
    'approval.requested',
    [
      'any run is waiting for approval',
      'a workflow is waiting for my approval',
      'something is waiting for approval',
      'a run needs sign-off',
      'an approval is waiting',
    ],
  ],
  [
    'lead.created',
    [
      'a fresh lead lands in the CRM',
      'someone new gets added to the CRM',
      'a new enquiry comes in',
      'a new contact is added to the CRM',
    ],
  ],
  [
    'form.submitted',
    [
      'a new enquiry form is submitted on the website',
      'someone fills in the enquiry form on our website',
      'a web form comes in',
    ],
  ],
  [
    'booking.cancelled',
    ['a patient cancels their appointment', 'a client cancels their appt', 'a visitor cancels their booking'],
  ],
  [
    'email.received',
    ['a customer emails in', 'a client writes in with a question', 'a customer emails us with a query'],
  ],
  [
    'webhook:razorpay',
    [
      'Razorpay sends us a payment webhook',
      'Razorpay sends a webhook',
      'we get a payment webhook from Razorpay',
    ],
  ],
];

/** "every enquiry form that comes in": the event as a noun and a relative clause, after "for". */
const RELATIVE: readonly [trigger: string, phrases: readonly string[]][] = [
  ['form.submitted', ['every enquiry form that comes in', 'each web form that gets submitted']],
  ['invoice.paid', ['every invoice that gets settled', 'each invoice a client settles']],
  ['booking.cancelled', ['every appointment that gets cancelled', 'each booking a client cancels']],
  ['lead.created', ['every new lead that lands in the CRM', 'each enquiry that comes in']],
];

const LEADS = ['When', 'Whenever', 'Every time', 'As soon as', 'Each time'];

/** An action said after the trigger's clause, said before the trigger, and its step. */
const ACTIONS: readonly [after: string, before: string, step: string][] = [
  ['notify the team', 'Notify the team', 'notify.team'],
  ['pls let Mr. Sharma know', 'Please let Mr. Sharma know', 'notify.team'],
  ['post it in #ops', 'Post it in #ops', 'notify.slack'],
  ['she wants an email about it', 'She wants an email', 'notify.team'],
  [
    'our director would like a message in #leads',
    'Our director would like a message in #leads',
    'notify.slack',
  ],
  ['the boss wants to be told by email', 'The boss wants to be told by email', 'notify.team'],
  ['my manager would like a heads-up', 'My manager would like a heads-up', 'notify.team'],
  ['Anna wants a Slack message', 'Anna wants a Slack message', 'notify.team'],
];

const ORDERS: readonly ((
  lead: string,
  event: string,
  action: readonly [string, string, string],
) => string)[] = [
  (l, e, [a]) => `${l} ${e}, ${a}`,
  (l, e, [, b]) => `${b} ${l.toLowerCase()} ${e}`,
  (l, e, [a]) => `Hi, ${l.toLowerCase()} ${e}, ${a}.`,
];

const wording = (trigger: string, event: string, l: number, o: number, k: number): Case => {
  const action = ACTIONS[k % ACTIONS.length] ?? ['notify the team', 'Notify the team', 'notify.team'];
  const order = ORDERS[o % ORDERS.length] ?? ORDERS[0];
  return [order?.(LEADS[l % LEADS.length] ?? 'When', event, action) ?? '', trigger, action[2]];
};

const relative = (trigger: string, noun: string, o: number, k: number): Case => {
  const [after, before, step] = ACTIONS[k % ACTIONS.length] ?? [
    'notify the team',
    'Notify the team',
    'notify.team',
  ];
  return [o % 2 === 0 ? `For ${noun}, ${after}` : `${before} for ${noun}`, trigger, step];
};

/** "a client's email mentions complaint": whose message it is, and a test of its text (had been a new lead). */
const OWNERS = ["a client's email", "the customer's reply", "a lead's message", "a prospect's response"];
const MENTIONS = ['mentions', 'contains', 'talks about'];
const TEAMS = [
  'escalate it to the customer care manager',
  'notify the customer success team',
  'alert the service manager',
];

const mentioning = (o: number, m: number, t: number, l: number): Case => [
  `${LEADS[l % LEADS.length]} ${OWNERS[o]} ${MENTIONS[m]} complaint, ${TEAMS[t]}`,
  'email.received',
  'if(trigger.text contains "complaint")[notify.team]',
];

const MENTIONING: readonly Case[] = OWNERS.flatMap((_o, o) =>
  MENTIONS.flatMap((_m, m) => TEAMS.map((_t, t) => mentioning(o, m, t, o + m + t))),
);

/** Each phrase with every introducing word and every action and order (rotated), grouped by event. */
export const EVENT_WORDING_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  ["a customer's message that mentions a word", MENTIONING],
  ...[...EVENTS, ...RELATIVE].map(([trigger]): [string, Case[]] => [
    trigger,
    [
      ...(EVENTS.find(([t]) => t === trigger)?.[1] ?? []).flatMap((phrase, p) => [
        ...LEADS.map((_, l) => wording(trigger, phrase, l, p + l, p + 3 * l)),
        ...ACTIONS.map((_, k) => wording(trigger, phrase, p + k, p + k, k)),
      ]),
      ...(RELATIVE.find(([t]) => t === trigger)?.[1] ?? []).flatMap((noun, p) =>
        ACTIONS.flatMap((_, k) => [relative(trigger, noun, 0, k + p), relative(trigger, noun, 1, k + p)]),
      ),
    ],
  ]),
]);

/** The full cross product, for the bench. */
export const EVENT_WORDING_PRODUCT: readonly Case[] = [
  ...MENTIONING,
  ...EVENTS.flatMap(([trigger, phrases]) =>
    phrases.flatMap((phrase) =>
      LEADS.flatMap((_l, l) =>
        ORDERS.flatMap((_o, o) => ACTIONS.map((_a, k) => wording(trigger, phrase, l, o, k))),
      ),
    ),
  ),
  ...RELATIVE.flatMap(([trigger, nouns]) =>
    nouns.flatMap((noun) => ACTIONS.flatMap((_a, k) => [0, 1].map((o) => relative(trigger, noun, o, k)))),
  ),
];

/**
 * An email's "from" that is neither an address, a domain nor a lead: no field says it ("a VIP customer" had been read
 * as a lead's source), so each is refused, quoting it. Every email wording × every such sender.
 */
const EMAIL_FROM = [
  'When an email arrives from',
  'When we get an email from',
  'Whenever a message comes in from',
  'When we receive a reply from',
  'Each time an email is received from',
];
const SENDERS = ['a VIP customer', 'LinkedIn', 'an important client', 'the bank', 'our accountant', 'HMRC'];

export const SENDER_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = EMAIL_FROM.flatMap(
  (email, e) =>
    SENDERS.map((sender, s): readonly [string, string] => [
      `${email} ${sender}, ${(ACTIONS[(e + s) % ACTIONS.length] ?? ACTIONS[0])?.[0]}`,
      `from ${sender}`,
    ]),
);
