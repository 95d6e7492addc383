import { tripleGroups, tripleProduct } from './triples';

/**
 * Lists of actions as a grammar of slots: trigger × three different actions (each in several wordings, ordinary
 * verbs and synonyms: "advise the sales team", "pencil in a call", "pop …") × how they are joined (commas, "and",
 * "then", "+", semicolons, "first … finally", no comma at all) × how the request is put (a comma, a colon, "you
 * must"). Each row's expected outline is the three actions in order.
 */

const TRIGGERS: readonly [string, string][] = [
  ['When a new booking comes in', 'booking.created'],
  ['When an invoice is paid', 'invoice.paid'],
  ['Whenever a lead signs up', 'lead.created'],
];

const ACTIONS: readonly [step: string, wordings: readonly string[]][] = [
  [
    'email.send',
    [
      'send them a welcome email',
      'email them a confirmation',
      'shoot them a quick thank-you email',
      'send confirmation to him',
      'reply with our brochure by email',
    ],
  ],
  [
    'crm.addNote',
    [
      'add a note to the lead',
      'put a note on their lead',
      'log a note saying "new inbound"',
      'write a short note on the lead',
      'add a note that says new inbound',
    ],
  ],
  [
    'notify.team',
    [
      'notify the team',
      'ping Anna on Slack',
      'give Rui a heads-up',
      'advise the sales team',
      'let sales know',
      'alert the team',
    ],
  ],
  [
    'crm.updateLead',
    [
      'mark the lead as qualified',
      'move the lead to qualified',
      'set their status to qualified',
      'tag them as hot',
    ],
  ],
  [
    'calendar.schedule',
    ['book a call with them', 'schedule a meeting', 'pencil in a call with them', 'set up an intro call'],
  ],
];

const JOINS: readonly ((a: readonly string[]) => string)[] = [
  (a) => `${a[0]}, ${a[1]} and ${a[2]}`,
  (a) => `${a[0]}, ${a[1]}, and then ${a[2]}`,
  (a) => `${a[0]}, then ${a[1]}, then ${a[2]}`,
  (a) => `${a[0]} + ${a[1]} + ${a[2]}`,
  (a) => `${a[0]}; ${a[1]}; ${a[2]}`,
  (a) => `${a[0]} and ${a[1]} and ${a[2]}`,
  (a) => `first ${a[0]}, then ${a[1]}, and finally ${a[2]}`,
  (a) => `${a[0]} ${a[1]} and then ${a[2]}`,
];

const PUT: readonly ((trigger: string, body: string) => string)[] = [
  (t, b) => `${t}, ${b}`,
  (t, b) => `${t}: ${b}`,
  (t, b) => `${t} you must ${b.replace(/^first /, '')}`,
];

const GRAMMAR = { triggers: TRIGGERS, actions: ACTIONS, joins: JOINS, put: PUT, books: 4, stride: 1 };

/** Every trigger × triple with each join and each way of putting it (rotated), grouped by trigger. */
export const LIST_CLASS = tripleGroups(GRAMMAR);

/** The full cross product, for the bench. */
export const LIST_PRODUCT = tripleProduct(GRAMMAR);
