import type { Case } from '../table/case';

/**
 * Triggers and waits in the writer's words (session 33, h6; the mechanisms of sets 29/30's disclosed classes 1, 2
 * and 4, crossed with dimensions their rows did not combine): any person's status change, with the CRM's status in
 * brackets after their own word or after what they did; a trigger said as a header (a noun and "in"); a webhook
 * described with its source in brackets and referred back to; a wait said as the outcome to look out for ("see if
 * they rebook over the next 72 hrs → if not"), and a thing awaited as what comes back ("the waiver isn't back").
 * Each is crossed with the joint and position, the action and the surface (as written, framed by a greeting and
 * thanks, typed in lower case with no punctuation). Every list has a must-refuse twin below.
 */

const cross = <A, B>(as: readonly A[], bs: readonly B[]): (readonly [A, B])[] =>
  as.flatMap((a) => bs.map((b) => [a, b] as const));

const status = (s: string): string => `lead.updated {"changes.status.to":["${s}"]}`;

/** Who it is: any person the business names, never only the CRM's words. */
const PEOPLE = ['a stockist', 'someone', 'one of our retailers', 'a new member', 'a wholesaler'];
/** What happened, and the status it leaves them in. */
const CHANGES: readonly (readonly [string, string])[] = [
  ['is moved to qualified', 'qualified'],
  ['becomes a customer', 'customer'],
  ['gets marked as lost', 'lost'],
  ['is set to contacted', 'contacted'],
  ['becomes a member (status customer)', 'customer'],
  ['is moved to paying (customer in the CRM)', 'customer'],
  ['cancels (lost)', 'lost'],
  ['cancels their sub (we set them to lost in the CRM)', 'lost'],
  ['quits (status lost)', 'lost'],
  ['cancels their order (lost)', 'lost'],
];
const ACTIONS: readonly (readonly [string, string])[] = [
  ['email them', 'email.send'],
  ['post in #members', 'notify.slack'],
  ['notify me', 'notify.team'],
];
/** The joint and position: "when" first, a header with an arrow or a colon, "if", the action first. */
const SHAPES: readonly ((event: string, action: string) => string)[] = [
  (e, a) => `When ${e}, ${a}`,
  (e, a) => `${e} → ${a}`,
  (e, a) => `${e}: ${a}`,
  (e, a) => `If ${e}, ${a}`,
];
const SURFACES: readonly ((r: string) => string)[] = [
  (r) => r,
  (r) => `Hi! ${r}. Thanks`,
  (r) =>
    r
      .replace(/[,.:→]/g, ' ')
      .replace(/\s+/g, ' ')
      .toLowerCase(),
];
/** The dictated surface drops the arrow and the colon: a header run into its action is another rule's reading. */
const surfacesOf = (shape: number): readonly ((r: string) => string)[] =>
  shape === 1 || shape === 2 ? SURFACES.slice(0, 2) : SURFACES;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const STANDING_PRODUCT: readonly Case[] = cross(PEOPLE, CHANGES).flatMap(([who, [change, to]]) =>
  cross(ACTIONS, [...SHAPES.keys()]).flatMap(([[action, step], shape]) =>
    surfacesOf(shape).map((surface): Case => {
      const said = (SHAPES[shape] as (e: string, a: string) => string)(`${who} ${change}`, action);
      return [surface(capital(said)), status(to), step];
    }),
  ),
);

/** Things, states the CRM has not, a tier, a test in the brackets or before them. */
export const NOT_STANDING: readonly string[] = cross(
  [
    'a quote is moved to won',
    'a stockist is moved to gold',
    'a stockist becomes a VIP (gold tier)',
    'a stockist cancels only online (lost)',
    'someone cancels 3 orders (lost)',
  ],
  ['email them', 'notify me'],
).flatMap(([event, action]) => [`When ${event}, ${action}`, `${capital(event)} → ${action}`]);

/** A trigger said as a header: the record's noun phrase and "in". */
const HEADERS: readonly (readonly [string, string])[] = [
  ['Trial form', 'form.submitted'],
  ['New member', 'lead.created'],
  ['Payment', 'invoice.paid'],
  ['Enquiry', 'lead.created'],
  ['Trial booking', 'booking.created'],
  ['Waiver form', 'form.submitted'],
];
const JOINTS = [' → ', ': ', ' -> ', ' - ', ', '];

export const HEADER_PRODUCT: readonly Case[] = cross(HEADERS, JOINTS).flatMap(([[head, trigger], joint]) =>
  cross(ACTIONS, ['in', 'received']).flatMap(([[action, step], particle]) =>
    SURFACES.slice(0, 2).map(
      (surface): Case => [surface(`${head} ${particle}${joint}${action}`), trigger, step],
    ),
  ),
);

/** What came in is said with more than "in": a language, a place, a record the catalogue has not. */
export const NOT_HEADERS: readonly string[] = cross(
  [
    'Trial form in Spanish',
    'Stock in',
    'Form in the CRM',
    'Order in',
    'Big payment in',
    'Trial form in twice',
  ],
  [' → email them', ': notify me'],
).map(([head, rest]) => `${head}${rest}`);

/** A webhook described by what it carries, its source in brackets, then referred back to or not. */
const HOOKS = ['Shopify order webhook', 'Our Stripe payment webhook', 'The stock webhook'];
const SOURCES: readonly (readonly [string, string])[] = [
  ['(source shopify-orders)', 'shopify-orders'],
  ["(source: 'stock-feed')", 'stock-feed'],
  ['(src stripe-live)', 'stripe-live'],
];
const REFERRALS = ['', 'When one of those comes in, ', 'Whenever one arrives, ', 'Once it fires, '];
const HOOK_ACTIONS: readonly (readonly [string, string])[] = [
  ['post in #orders', 'notify.slack'],
  ['create a lead', 'crm.createLead'],
];

export const WEBHOOK_PRODUCT: readonly Case[] = cross(HOOKS, SOURCES).flatMap(([hook, [bracket, source]]) =>
  cross(REFERRALS, HOOK_ACTIONS).flatMap(([referral, [action, step]]) =>
    cross([': ', '. '], SURFACES.slice(0, 2)).map(([joint, surface]): Case => {
      const rest = referral ? `${referral}${action}` : capital(action);
      const said =
        referral || joint === ': '
          ? `${hook} ${bracket}${joint}${joint === ': ' ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest}`
          : `${hook} ${bracket}: ${action}`;
      return [surface(said), `webhook:${source}`, step];
    }),
  ),
);

/** Brackets that say more than the source: a second source, a test, an amount. */
export const NOT_WEBHOOKS: readonly string[] = cross(
  [
    '(source shopify-orders or stripe)',
    '(only big orders)',
    '(source shopify, over $500)',
    '(source shopify-orders, only refunds)',
  ],
  [': post in #orders', '. When one of those comes in, post in #orders'],
).map(([bracket, rest]) => `Shopify order webhook ${bracket}${rest}`);

/** What starts the wait, the outcome looked out for, and its other outcome. */
const STARTS: readonly (readonly [string, string])[] = [
  ['When a member cancels a class', 'booking.cancelled'],
  ['When a booking is cancelled', 'booking.cancelled'],
];
const LOOK_OUTS = ['see if they rebook', 'check whether they book again', 'wait and see if they rebook'];
const SPANS: readonly (readonly [string, string])[] = [
  ['over the next 72 hrs', 'P3D'],
  ['within 3 days', 'P3D'],
  ['in the next 5 days', 'P5D'],
];
const IF_NOT = [' → if not, ', '. If not, ', "; if they don't, ", ', otherwise '];

export const OUTCOME_PRODUCT: readonly Case[] = cross(STARTS, LOOK_OUTS).flatMap(([[start, trigger], look]) =>
  cross(SPANS, IF_NOT).flatMap(([[span, iso], ifNot]) =>
    ACTIONS.map(
      ([action, step]): Case => [
        `${start}, ${look} ${span}${ifNot}${action}`,
        trigger,
        `waitFor(booking.created,${iso},timeout:[${step}])`,
      ],
    ),
  ),
);

/** A form or a payment said as what comes back, not done by the person. */
const AWAITS: readonly (readonly [string, string, string])[] = [
  ['When a new member signs up', 'lead.created', 'form.submitted'],
  ['When an invoice is sent', 'invoice.created', 'invoice.paid'],
];
const BACKS: readonly (readonly [string, string])[] = [
  ["if the waiver form isn't back within 48 hours", 'form.submitted'],
  ["if the waiver hasn't come back within 2 days", 'form.submitted'],
  ["if the intake form isn't in within 2 days", 'form.submitted'],
  ["if the payment isn't in within 2 days", 'invoice.paid'],
  ['check if the waiver is back within 2 days, if not', 'form.submitted'],
];

export const BACK_PRODUCT: readonly Case[] = AWAITS.flatMap(([start, trigger, awaited]) =>
  BACKS.filter(([, event]) => event === awaited).flatMap(([wait]) =>
    cross(ACTIONS, SURFACES).map(
      ([[action, step], surface]): Case => [
        surface(`${start}, ${wait} ${action}`.replace(/(?<=hours|days) (?=[a-z])/, ', ')),
        trigger,
        `waitFor(${awaited},P2D,timeout:[${step}])`,
      ],
    ),
  ),
);

/** A look-out for what no event records, by a day, or a condition with no duration: refused. */
export const NOT_OUTCOMES: readonly string[] = [
  'When a booking is cancelled, see if they open the email within 3 days; if not, email them',
  'When a booking is cancelled, see if they rebook by Friday; if not, email them',
  'When a new member signs up, check if the lead is back within 2 days, if not email them',
  "When a new member signs up, if the waiver isn't back, remind them",
  'When a USD booking is made, notify the finance team',
];

/** An event and a negative wait on its subject joined by "but" as well as "and" (h4's set 18, wrong W1–W2). */
const JOINED: readonly (readonly [string, string])[] = [
  ['a new patient fills in the registration form', 'form.submitted'],
  ['a parent enquires through the website form', 'form.submitted'],
  ['a client submits the intake form', 'form.submitted'],
];
const NOT_BOOKED: readonly (readonly [string, string])[] = [
  ["hasn't booked their first appointment within 2 weeks", 'P14D'],
  ["doesn't book a trial lesson within 5 days", 'P5D'],
];
export const BUT_PRODUCT: readonly Case[] = cross(JOINED, NOT_BOOKED).flatMap(
  ([[event, trigger], [wait, iso]]) =>
    cross(['but', 'and'], ACTIONS).map(
      ([joint, [action, step]]): Case => [
        `If ${event} ${joint} ${wait}, ${action}`,
        trigger,
        `waitFor(booking.created,${iso},timeout:[${step}])`,
      ],
    ),
);

/** "if still nothing after another N days" waits again for what the wait before it waited for (wrong W7). */
const FIRST_WAITS: readonly (readonly [string, string, string])[] = [
  ['When a new lead comes in', "they haven't booked a lesson", 'booking.created'],
  ['When a new lead comes in', "they haven't filled in the form", 'form.submitted'],
  ['When an invoice is sent', "it isn't paid", 'invoice.paid'],
  ['When a new lead comes in', "they haven't replied", 'email.received'],
];
export const STILL_PRODUCT: readonly Case[] = FIRST_WAITS.flatMap(([start, wait, event]) =>
  cross([', if ', ' - if '], ['still nothing', "there's still nothing"]).map(
    ([joint, nothing]): Case => [
      `${start}${joint}${wait} after 3 days email them, if ${nothing} after another 4 days notify me`,
      start.includes('invoice') ? 'invoice.created' : 'lead.created',
      `waitFor(${event},P3D,timeout:[email.send; waitFor(${event},P4D,timeout:[notify.team])])`,
    ],
  ),
);

/** Whose record it is, before it: "a student's payment comes in" is a payment (h4's set 18, R3). */
const WHOSE: readonly (readonly [string, string])[] = [
  ["a student's payment comes in", 'invoice.paid'],
  ["a member's payment comes through", 'invoice.paid'],
  ["a patient's reply comes in", 'email.received'],
  ["a parent's form is submitted", 'form.submitted'],
  ['an owner emails the clinic inbox', 'email.received'],
  ['a client emails our inbox', 'email.received'],
];
export const WHOSE_PRODUCT: readonly Case[] = cross(WHOSE, ['When', 'As soon as', 'Every time']).flatMap(
  ([[event, trigger], opener]) =>
    cross(ACTIONS, SURFACES.slice(0, 2)).map(
      ([[action, step], surface]): Case => [surface(`${opener} ${event}, ${action}`), trigger, step],
    ),
);

/** A word that picks some of them out, or a field of the person: never their record's event. */
export const NOT_WHOSE: readonly string[] = [
  "When a student's big payment comes in, email me",
  "When a student's first payment comes in, email me",
  "When a student's payment over 500 comes in, email me",
  "When a student's last payment comes in, email me",
];

/** An email named by its quoted subject, as the last step of an arrow list (h4's set 18, wrong W9). */
export const QUOTED_EMAIL_PRODUCT: readonly Case[] = cross(
  [
    ['Invoice paid', 'invoice.paid'],
    ['New lead', 'lead.created'],
  ] as const,
  cross(["'time to rebook?'", '"welcome back"', "'thanks'"], [' → ', ' -> ']),
).flatMap(([[event, trigger], [quoted, arrow]]) => [
  [`${event}${arrow}${quoted} email`, trigger, 'email.send'],
  [
    `${event}${arrow}thank-you email${arrow}wait 4 weeks${arrow}${quoted} email`,
    trigger,
    'email.send; wait(P28D); email.send',
  ],
]);
