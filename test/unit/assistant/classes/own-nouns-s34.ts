import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 34 (h4): the trigger in the writer's own nouns, and fields named as a system names them (issue 16, miss
 * classes 1 and 5 of sealed sets 31/32, told as classes, never read as rows). Rows are [request, trigger outline,
 * steps outline]; must-refuse twins are [request, words the refusal quotes].
 */

/**
 * People as trades name them in more than one word, none of which picks some of them out: words that say every such
 * person ("a potential new client", "a prospective student") and compounds whose head is no noun of ours ("a design
 * partner", "a foster carer").
 */
const WHO = [
  'a potential new client',
  'a prospective student',
  'a design partner',
  'a potential design partner',
  'a new referral partner',
  'any prospective tenant',
  'a possible new patient',
  'a foster carer',
  'a prospective adopter',
  'a first-time homebuyer',
] as const;

/** [the verb with its object, the event its meaning is]. */
const DOES = [
  ['fills in the intake form', 'form.submitted'],
  ['submits the enquiry form', 'form.submitted'],
  ['books a consultation', 'booking.created'],
  ['books a call', 'booking.created'],
  ['signs up', 'lead.created'],
  ['registers', 'lead.created'],
  ['replies', 'email.received'],
  ['cancels their appointment', 'booking.cancelled'],
  ['pays their invoice', 'invoice.paid'],
  ['is moved to qualified', 'lead.updated {"changes.status.to":["qualified"]}'],
] as const;

export const ACTS = [
  ['email them', 'email.send'],
  ['notify the team', 'notify.team'],
  ['post in #intake', 'notify.slack'],
] as const;

const ORDERS: readonly ((who: string, does: string, act: string) => string)[] = [
  (w, d, a) => `When ${w} ${d}, ${a}`,
  (w, d, a) => `${a.replace(/^./, (c) => c.toUpperCase())} as soon as ${w} ${d}`,
  (w, d, a) => `Whenever ${w} ${d} → ${a}`,
];

/** who × what they do × action, in turn in each order: the event the verb means, whoever the trade says did it. */
export const OWN_NOUN_CLASS: readonly Case[] = WHO.flatMap((who, i) =>
  DOES.flatMap(([does, event], j) =>
    ACTS.map(([act, step], k): Case => {
      const order = ORDERS[(i + j + k) % ORDERS.length] ?? ORDERS[0]!;
      return [order(who, does, act), event, step];
    }),
  ),
);

/**
 * The twins: the same compounds with a word that picks some of them out, which no record says (refused, quoting
 * it), and the same nouns with a verb no event of the catalogue means (refused, never the nearest event).
 */
export const OWN_NOUN_REFUSED: readonly Refusal[] = [
  ...cross(
    ['When a '],
    ['VIP design partner', 'big referral partner', 'returning foster carer', 'paying design partner'],
    [' books a call, email them'],
  ).map((r): Refusal => [r, '']),
  ...cross(
    ['When '],
    ['a potential new client', 'a design partner', 'a prospective adopter'],
    [' churns, email them', ' ghosts us, email them', ' goes quiet, email them', ' is onboarded, email them'],
  ).map((r): Refusal => [r, '']),
];

/** Our people, said with words that say every such person: arriving is a new lead. */
const ARRIVING_WHO = [
  'a potential new client',
  'a potential client',
  'a prospective student',
  'a possible new patient',
  'any prospective tenant',
  'an inbound lead',
] as const;
const ARRIVES = ['comes in', 'is added', 'comes in via the website'] as const;

/** who × arrival × action: lead.created (the website, where said, is the lead's source). */
export const ARRIVING_CLASS: readonly Case[] = ARRIVING_WHO.flatMap((who) =>
  ARRIVES.flatMap((verb) =>
    ACTS.map(
      ([act, step]): Case => [
        `When ${who} ${verb}, ${act}`,
        'lead.created',
        verb.endsWith('website') ? `if(trigger.lead.source eq "website")[${step}]` : step,
      ],
    ),
  ),
);

/** The twins: a noun of no kind we know arriving ("a PNC comes in", "a new matter comes in") — refused, never a lead. */
export const ARRIVING_REFUSED: readonly Refusal[] = cross(
  ['When '],
  ['a design partner', 'a new matter', 'a new work order', 'a quote request', 'a potential design partner'],
  [' comes in, email them'],
).map((r): Refusal => [r, '']);

/** [the verb of where someone now stands, with its object]. */
const STANDS = [
  'declines',
  'accepts our offer',
  'signs',
  'hires us',
  'ghosts us',
  'withdraws',
  'says no',
] as const;
/** [what the writer says in brackets, the status it names]. */
const STATUS_BRACKETS = [
  ['(we use "lost" for that)', 'lost'],
  ['(status → customer)', 'customer'],
  ['(we mark them won)', 'customer'],
  ['(lost in the CRM)', 'lost'],
  ['(status: qualified)', 'qualified'],
] as const;
const STAND_WHO = ['a PNC', 'a potential new client', 'a design partner', 'the prospect', 'someone'] as const;

/**
 * A person's own verb with the status it leaves them in said in brackets ("When a PNC declines (we use "lost" for
 * that)"): the change to that status. who × verb × bracket × action.
 */
export const STANDING_CLASS: readonly Case[] = STAND_WHO.flatMap((who) =>
  STANDS.flatMap((verb) =>
    STATUS_BRACKETS.flatMap(([bracket, status], i) => {
      const [act, step] = ACTS[i % ACTS.length] ?? ACTS[0];
      return [
        [`When ${who} ${verb} ${bracket}, ${act}`, `lead.updated {"changes.status.to":["${status}"]}`, step],
      ];
    }),
  ),
);

/** The twins: the same verbs with no bracket, or a bracket naming two statuses — refused, never guessed. */
export const STANDING_REFUSED: readonly Refusal[] = cross(
  ['When a PNC ', 'When a design partner '],
  ['declines', 'accepts our offer', 'ghosts us', 'withdraws'],
  ['', ' (lost or qualified)'],
  [', email them'],
).map((r): Refusal => [r, '']);

/** A trade's own nouns for its records, of no kind we know by themselves. */
const OWN_RECORDS = [
  'matter',
  'PNC',
  'intake',
  'work order',
  'job sheet',
  'retainer',
  'registration',
  'case',
] as const;
/** [the kind in brackets, the verbs with the event each means for that kind]. */
const KIND_GLOSSES: readonly (readonly [readonly string[], readonly (readonly [string, string])[]])[] = [
  [
    ['(lead)', '(= a lead)', '(i.e. a new lead)', '(a lead in our CRM)'],
    [
      ['comes in', 'lead.created'],
      ['is created', 'lead.created'],
      ['is moved to qualified', 'lead.updated {"changes.status.to":["qualified"]}'],
    ],
  ],
  [
    ['(booking)', '(= a booking)', '(an appointment in our calendar)'],
    [
      ['is booked', 'booking.created'],
      ['is cancelled', 'booking.cancelled'],
    ],
  ],
  [
    ['(invoice)', '(= an invoice)'],
    [
      ['is paid', 'invoice.paid'],
      ['becomes overdue', 'invoice.overdue'],
    ],
  ],
  [
    ['(form)', '(= a form submission)'],
    [
      ['is submitted', 'form.submitted'],
      ['comes in', 'form.submitted'],
    ],
  ],
];

/**
 * "When a new matter (lead) comes in", "a PNC (= a lead) is moved to qualified", "a work order (booking) is
 * cancelled": the noun is the kind the bracket names, never a tag of that kind nor unread. noun × gloss × verb.
 */
export const KIND_GLOSS_CLASS: readonly Case[] = OWN_RECORDS.flatMap((noun, i) =>
  KIND_GLOSSES.flatMap(([glosses, verbs]) =>
    glosses.flatMap((gloss, j) =>
      verbs.map(([verb, event], k): Case => {
        const [act, step] = ACTS[(i + j + k) % ACTS.length] ?? ACTS[0];
        const np = `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
        return [`When ${np} ${gloss} ${verb}, ${act}`, event, step];
      }),
    ),
  ),
);

/** The twins: a bracket naming two kinds, or a noun with a word that picks some out, is refused, never guessed. */
export const KIND_GLOSS_REFUSED: readonly Refusal[] = [
  ...cross(
    ['When a matter ', 'When a new work order '],
    ['(lead or booking)', '(a lead or an invoice)', '(booking/invoice)'],
    [' comes in, notify the team'],
  ).map((r): Refusal => [r, /\(([^)]*)\)/.exec(r)?.[1] ?? '']),
  ...cross(['When a '], ['big matter', 'VIP matter', 'returning case'], [' (lead) comes in, email them']).map(
    (r): Refusal => [r, ''],
  ),
];

/** The same standing verbs in the passive ("a candidate is hired (we mark them won)"): the change to that status. */
export const PASSIVE_STANDING_CLASS: readonly Case[] = cross(
  ['When a candidate ', 'When an enquiry ', 'When a client ', 'When a new patient ', 'When an applicant '],
  ['is hired ', 'is converted ', 'is onboarded ', 'gets accepted ', 'is signed '],
  ['(status → customer)', '(we mark them won)', '(status: customer)'],
  [', email them'],
).map((p): Case => [p, 'lead.updated {"changes.status.to":["customer"]}', 'email.send']);

/** [a status in quotes as a CRM shows it, the status]. */
const QUOTED_STATUSES = [
  ['Won', 'customer'],
  ['Closed Won', 'customer'],
  ['Lost', 'lost'],
  ['Qualified', 'qualified'],
] as const;

/** The twin: a thing done to in the passive ("a widget is closed (won)", "a contract is signed") — refused. */
export const PASSIVE_STANDING_REFUSED: readonly Refusal[] = cross(
  ['When a widget ', 'When a contract ', 'When a matter '],
  ['is closed ', 'is signed ', 'is accepted '],
  ['(won), email them'],
).map((r): Refusal => [r, '']);

/** "When a deal moves to stage "Won"": a status in quotes is that status, never a text nor unread. */
export const QUOTED_STATUS_CLASS: readonly Case[] = [
  'When a deal moves to stage "{s}", ',
  "When a lead's status is changed to '{s}', ",
  'When a prospect is moved to "{s}", ',
  'Whenever a client goes to status "{s}", ',
].flatMap((frame, i) =>
  QUOTED_STATUSES.map(([said, status], j): Case => {
    const [act, step] = ACTS[(i + j) % ACTS.length] ?? ACTS[0];
    return [`${frame.replace('{s}', said)}${act}`, `lead.updated {"changes.status.to":["${status}"]}`, step];
  }),
);

/** The twin: a quoted stage the CRM has not ("Proposal Sent", "Gold") — refused, never a lead tested for a text. */
export const QUOTED_STATUS_REFUSED: readonly Refusal[] = cross(
  ['When a deal moves to stage ', 'When a prospect is moved to '],
  ['"Proposal Sent"', '"Gold"'],
  [', email them'],
).map((r): Refusal => [r, '']);

/**
 * "When a potential new client (PNC) fills in the intake form": the writer's initials for the words before, dropped.
 * who with initials × what they do × action.
 */
export const INITIALS_CLASS: readonly Case[] = [
  'a potential new client (PNC)',
  'a design partner (DP)',
  'a prospective student (PS)',
].flatMap((who, i) =>
  DOES.slice(0, 6).map(([does, event], j): Case => {
    const [act, step] = ACTS[(i + j) % ACTS.length] ?? ACTS[0];
    return [`When ${who} ${does}, ${act}`, event, step];
  }),
);

/** The twin: a bracket that is not the initials of the words before ("a design partner (XYZ)") is not dropped. */
export const INITIALS_REFUSED: readonly Refusal[] = cross(
  ['When a design partner (XYZ) ', 'When a potential new client (ABC) '],
  ['books a call, email them', 'signs up, email them'],
).map((r): Refusal => [r, '']);
