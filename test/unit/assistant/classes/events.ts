import type { Case } from '../table/case';

/**
 * Event triggers as a grammar of slots: the event (subject × verb, in the words people use: "a document is
 * replaced", "someone cancels their appointment", "payment comes in for an invoice") × the word that introduces it
 * × where it stands (first, after the action, a title with an arrow, a tagged note, a question) × the action.
 */

const EVENTS: readonly [event: string, phrases: readonly string[]][] = [
  [
    'lead.created',
    [
      'a new lead is added',
      'a new lead comes in',
      'someone signs up',
      'a lead is created',
      'a new prospect arrives',
      'a new signup registers',
      'we get a new lead',
    ],
  ],
  [
    'booking.cancelled',
    [
      'a booking is cancelled',
      'an appointment gets canceled',
      'someone cancels their appointment',
      'a meeting is called off',
      'a client cancels a booking',
      'a call is cancelled',
    ],
  ],
  [
    'invoice.paid',
    [
      'an invoice is paid',
      'an invoice gets paid',
      'a payment is received',
      'a customer pays an invoice',
      'an invoice is settled',
      'payment comes in for an invoice',
    ],
  ],
  [
    'email.received',
    [
      'an email arrives',
      'a new email comes in',
      'we receive an email',
      'an email lands in our inbox',
      'a message is received',
    ],
  ],
  [
    'form.submitted',
    [
      'a form is submitted',
      'someone fills in the contact form',
      'the survey is completed',
      'a new form submission comes in',
      'someone submits the form',
    ],
  ],
  [
    'file.updated',
    [
      'a file is updated',
      'a document is changed',
      'a document in our files is replaced',
      'a file gets edited',
      'someone modifies a file',
    ],
  ],
  [
    'booking.created',
    [
      'a meeting is booked',
      'someone books a call',
      'a new booking comes in',
      'an appointment is scheduled',
      'a demo gets booked',
    ],
  ],
  [
    'invoice.overdue',
    [
      'an invoice becomes overdue',
      'an invoice is overdue',
      'an invoice goes overdue',
      'an invoice is past due',
    ],
  ],
];

const LEADS = ['When', 'Whenever', 'As soon as', 'Each time', 'Once', 'Every time'];

const ACTIONS: readonly [string, string][] = [
  ['notify the team', 'notify.team'],
  ['post it in #ops', 'notify.slack'],
  ['let Kim know', 'notify.team'],
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ORDERS: readonly ((lead: string, event: string, action: string) => string)[] = [
  (l, e, a) => `${l} ${e}, ${a}`,
  (l, e, a) => `${cap(a)} ${l.toLowerCase()} ${e}`,
  (_l, e, a) => `${cap(e)} → ${a}`,
  (l, e, a) => `${l} ${e} ${a}`,
  (l, e, a) => `Can you set it up so that ${l.toLowerCase()} ${e}, we ${a}?`,
  (_l, e, a) => `[Ops] ${e} -> ${a}`,
];

const wording = (event: string, phrase: string, l: number, o: number, k: number): Case => {
  const [action, step] = ACTIONS[k % ACTIONS.length] ?? ['notify the team', 'notify.team'];
  const order = ORDERS[o % ORDERS.length] ?? ORDERS[0];
  return [order?.(LEADS[l % LEADS.length] ?? 'When', phrase, action) ?? '', event, step];
};

/** Each event phrase with every introducing word and every order (the other slots rotated), grouped by event. */
export const EVENT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  EVENTS.map(([event, phrases]): [string, Case[]] => [
    event,
    phrases.flatMap((phrase, p) => [
      ...LEADS.map((_, l) => wording(event, phrase, l, p + l, p + l)),
      ...ORDERS.map((_, o) => wording(event, phrase, p + o, o, p + 2 * o)),
    ]),
  ]),
);

/** The full cross product (1,548 wordings), for the bench. */
export const EVENT_PRODUCT: readonly Case[] = EVENTS.flatMap(([event, phrases]) =>
  phrases.flatMap((phrase, p) =>
    LEADS.flatMap((_l, l) => ORDERS.map((_o, o) => wording(event, phrase, l, o, p + l + o))),
  ),
);
