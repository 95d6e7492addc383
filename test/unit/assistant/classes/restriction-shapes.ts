import type { Case } from '../table/case';

/**
 * Restrictions by their shape, not their words (session 29): a comparison on a field nobody listed ("the industry
 * is healthcare", "the region equals EMEA"), a negation ("it is not a test lead"), a relative clause on the
 * records, a clause joined to the trigger ("and the contact opted in to marketing"), a window of time. Left
 * unread, each is refused quoting it, or read as a test — never the workflow for every event. The fields are
 * chosen so that most are not in the catalogue: the gate must not depend on knowing the words.
 */

const cross = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((out, part) => out.flatMap((a) => part.map((b) => `${a}${b}`)), ['']);

/** Subjects × comparisons × values: fields of the records, most of them unknown to the catalogue. */
const RESTRICTIONS = [
  ...cross(
    [
      'the industry ',
      'their country ',
      'the plan ',
      'the priority ',
      'the region ',
      'the lead type ',
      'its owner ',
    ],
    ['is ', 'equals ', '== ', 'is not ', "isn't "],
    ['healthcare', 'premium', 'EMEA'],
  ),
  'the contact opted in to marketing',
  'the customer has paid before',
  'nobody has contacted them yet',
  'the email domain is gmail.com',
  'the score is above 80',
];

const BODIES: readonly (readonly [string, string, string, string])[] = [
  ['When a new lead comes in', 'notify sales', 'lead.created', 'notify.team'],
  ['When an invoice is paid', 'send the customer a thank you email', 'invoice.paid', 'email.send'],
  ['When a booking is made', 'add a note to the lead', 'booking.created', 'crm.addNote'],
];

/** Where and with which joint the restriction is said. */
const JOINTS: readonly ((t: string, a: string, r: string) => string)[] = [
  (t, a, r) => `${t} and ${r}, ${a}.`,
  (t, a, r) => `${t}, ${a}, but only when ${r}.`,
  (t, a, r) => `${t}, ${a} if ${r}.`,
  (t, a, r) => `${t}, ${a}. Only do this when ${r}.`,
  (t, a, r) => `${t}, ${a} (only if ${r}).`,
  (t, a, r) => `${t}, as long as ${r}, ${a}.`,
  (t, a, r) => `${t} where ${r}, ${a}.`,
  (t, a, r) => `${t}, ${a} — provided that ${r}.`,
  (t, a, r) => `${t}, if ${r}, ${a}.`,
  (t, a, r) => `${t}, ${a}, assuming ${r}.`,
];

/** `[request, a word of the restriction the refusal must quote]`: refused quoting it, or a workflow that tests. */
export const RESTRICTION_SHAPES: readonly (readonly [string, string])[] = RESTRICTIONS.flatMap((r, i) =>
  JOINTS.map((joint, j): readonly [string, string] => {
    const [t, a] = BODIES[(i + j) % BODIES.length] as readonly [string, string, string, string];
    return [joint(t, a, r), r.split(' ').at(-1) ?? r];
  }),
);

/**
 * Words around a rule that choose nothing: a clause after a comma describing a person ("Pete, who handles
 * sales"), a sentence about the writer or the team ("This is for our sales team."), a detail of the message.
 * The workflow comes back, never refused.
 */
export const DESCRIBING_CLASS: readonly Case[] = BODIES.flatMap(([t, a, trigger, steps]) =>
  [
    `${t}, ${a}. This is for our sales team.`,
    `${t}, ${a}. It is important that this goes out fast.`,
    `${t}, ${a} so that nobody forgets.`,
  ].map((p): Case => [p, trigger, steps]),
);

/**
 * A rate in a plural unit with a comma ("Every 4 hours, post new leads summary to #sales"): the schedule hint read
 * "every 4 hour" only, so "new leads" became the trigger and the rate was left over. Units × counts × report
 * nouns said without an article × destination.
 */
export const PLURAL_RATES_CLASS: readonly Case[] = (
  [
    ['2 hours', 'rate(2 hours)'],
    ['4 hours', 'rate(4 hours)'],
    ['30 minutes', 'rate(30 minutes)'],
    ['3 days', 'rate(3 days)'],
  ] as const
).flatMap(([every, trigger]) =>
  ['new leads summary', 'overdue invoices summary', 'new signups digest', 'activity report'].flatMap((what) =>
    (
      [
        ['post', 'to #sales', 'report.summarize; notify.slack'],
        ['send', 'to #ops', 'report.summarize; notify.slack'],
      ] as const
    ).map(([verb, where, steps]): Case => [`Every ${every}, ${verb} ${what} ${where}`, trigger, steps]),
  ),
);

/**
 * The second half of a conjunction in a condition: a test the grammar reads joined to one it may not ("if the
 * value is over 5000 and the industry is retail"). Right is a refusal quoting the unread half, or both tested;
 * never the first test alone. Known tests × unknown ones × joint × form (rotated) × order.
 */
const KNOWN_TESTS = [
  'the value is over 5000',
  'the source is LinkedIn',
  'their status is qualified',
  'they are tagged vip',
];
const UNKNOWN_TESTS = [
  'the industry is retail',
  'the country is Spain',
  'they opened our email',
  'the company has 50 employees',
  'the lead is not a partner',
  'the phone number starts with +34',
  'they signed up on a weekend',
  'the owner is Anna',
];
const CONDITION_FORMS: readonly ((c: string) => string)[] = [
  (c) => `When a new lead comes in, if ${c}, notify sales`,
  (c) => `When a new lead comes in and ${c}, notify sales`,
  (c) => `When a new lead comes in, notify sales only if ${c}`,
  (c) => `If ${c}, notify sales when a new lead comes in`,
];

/** `[request, a word of the unknown half]`. */
export const CONJOINED_TESTS: readonly (readonly [string, string])[] = KNOWN_TESTS.flatMap((k, i) =>
  UNKNOWN_TESTS.flatMap((u, j) =>
    [' and ', ' or ', ', and ', ' and also ', ' but '].flatMap((joint, n) => {
      const form = CONDITION_FORMS[(i + j + n) % CONDITION_FORMS.length] as (c: string) => string;
      const quoted = u.split(' ').at(-1) ?? u;
      return [
        [form(`${k}${joint}${u}`), quoted],
        [form(`${u}${joint}${k}`), quoted],
      ] as const;
    }),
  ),
);

/**
 * A choice among the records said as a remark after the rule, in no condition's words: a kind of records alone
 * ("first-time buyers", "free trial users"), the ones chosen ("just the important ones", "skip the rest"), a part
 * left out ("repeat customers excluded", "ignore duplicates", "applies to new signups"), a window ("during office
 * hours"). Remarks × where they stand × bodies: `[request, a word the refusal must quote]`. Not yet in brackets after
 * "… email": "(just the important ones)" is read as the email's recipient and dropped (a known miss, session 29).
 */
export const CHOICE_REMARKS: readonly (readonly [string, string])[] = [
  'first-time buyers',
  'free trial users',
  'enterprise accounts',
  'premium plan users',
  'just the important ones',
  'not the small ones',
  'skip the rest',
  'ignore duplicates',
  'repeat customers excluded',
  'applies to new signups',
  'this applies to enterprise accounts',
  'during office hours',
  'within business hours',
].flatMap((remark, i) =>
  [', R.', '. R.', ' — R.'].map((place, j): readonly [string, string] => {
    const [t, a] = BODIES[(i + j) % BODIES.length] as readonly [string, string, string, string];
    return [`${t}, ${a}${place.replace('R', remark)}`, remark.split(' ').at(-1) ?? remark];
  }),
);

/**
 * A whole clause no grammar reads that can only describe: after a comma, as its own sentence or after a dash, with
 * no record or field word, number, name, joint or verb that asks ("it's urgent", "no rush", "much appreciated").
 * Said back as not understood, never refused: the gate still refuses any shape of a test in it (the classes above).
 */
export const REMARKS_CLASS: readonly Case[] = [
  "it's urgent",
  'nothing fancy',
  'the sooner the better',
  'this matters a lot',
  'it is time-sensitive',
  'no rush',
  'that would be great',
  'much appreciated',
  'the tone should be friendly',
  'short and sweet please',
  'as discussed',
  'fingers crossed',
  'hopefully that makes sense',
  'it should feel personal',
].flatMap((remark, i) =>
  [', R.', '. R.', ' — R.'].map((place, j): Case => {
    const [t, a, trigger, steps] = BODIES[(i + j) % BODIES.length] as readonly [
      string,
      string,
      string,
      string,
    ];
    return [`${t}, ${a}${place.replace('R', remark)}`, trigger, steps];
  }),
);
