/**
 * Filters on many records (session 29): a filter the finder's inputs can take goes INTO the find (crm.findLeads
 * status / tag / source / minValue / noReplyFor, calendar.find day / status), whatever the way it is said (relative
 * clause, "with", "whose", "in … status", "from", an adjective, a window of days), in any order after the noun.
 * A filter the finder cannot take ("created in the last 7 days", "whose industry is retail") is refused, quoted;
 * never a find of every record. Built from dimensions, not from sentences seen: the lead described the classes
 * (4 many-records rows lost on sealed sets 21/22) without their requests.
 */

/** A way of saying one filter after the noun, with the find input it means. */
type Filter = readonly [said: string, input: Readonly<Record<string, unknown>>];

const SOURCES: readonly Filter[] = [
  ['from LinkedIn', { source: 'LinkedIn' }],
  ['that came from LinkedIn', { source: 'LinkedIn' }],
  ['who came in via LinkedIn', { source: 'LinkedIn' }],
  ['with source LinkedIn', { source: 'LinkedIn' }],
  ['whose source is LinkedIn', { source: 'LinkedIn' }],
  ['from the webinar', { source: 'webinar' }],
  ['coming from Google Ads', { source: 'Google Ads' }],
];

const STATUSES: readonly Filter[] = [
  ['in qualified status', { status: 'qualified' }],
  ['whose status is qualified', { status: 'qualified' }],
  ['that are qualified', { status: 'qualified' }],
  ['with status contacted', { status: 'contacted' }],
  ['still in the contacted stage', { status: 'contacted' }],
];

const TAGS: readonly Filter[] = [
  ['tagged hot', { tag: 'hot' }],
  ['with the tag vip', { tag: 'vip' }],
  ['labelled trade-show', { tag: 'trade-show' }],
];

const VALUES: readonly Filter[] = [
  ['worth more than 5000', { minValue: 5000 }],
  ['with a value over 5000', { minValue: 5000 }],
  ['whose budget is at least 5000', { minValue: 5000 }],
];

const SILENCES: readonly Filter[] = [
  ["who haven't replied in 30 days", { noReplyFor: 'P30D' }],
  ['that have not answered for 2 weeks', { noReplyFor: 'P14D' }],
];

/** The list, its filters said after the noun: `{noun} {filter}` or `{noun} {first} {second}`, either order. */
const NOUNS = ['all leads', 'every lead', 'each of the contacts', 'all prospects'];

/** Who is written to, and the workflow the request is: the actions run for each lead found. */
const HEADS: readonly (readonly [(list: string) => string, string, string])[] = [
  [
    (l) => `Every Monday at 9, email ${l} a follow up`,
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    (l) => `Every day at 8am, tag ${l} as nurture`,
    'cron(0 8 * * ? *)',
    'crm.findLeads; forEach[crm.updateLead]',
  ],
  [
    (l) => `Each Friday, for ${l}, send a check-in email`,
    'cron(0 9 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

/** `[request, trigger, steps, the find's input]`. */
export type FindCase = readonly [string, string, string, Readonly<Record<string, unknown>>];

const singles: readonly Filter[] = [...SOURCES, ...STATUSES, ...TAGS, ...VALUES, ...SILENCES];

/** Two filters of different kinds, in both orders (a silence last: it ends on its duration). */
const pairs: readonly Filter[] = [
  [SOURCES, STATUSES],
  [SOURCES, TAGS],
  [STATUSES, TAGS],
  [SOURCES, SILENCES],
  [STATUSES, SILENCES],
  [TAGS, VALUES],
].flatMap(([a, b], k) =>
  (a ?? []).flatMap((x, i) => {
    const y = (b ?? [])[(i + k) % (b ?? []).length] as Filter;
    const both = { ...x[1], ...y[1] };
    const one: Filter = [`${x[0]} ${y[0]}`, both];
    return b === SILENCES ? [one] : [one, [`${y[0]} ${x[0]}`, both]];
  }),
);

export const FIND_FILTER_CLASS: readonly FindCase[] = [...singles, ...pairs].flatMap(([said, input], i) =>
  HEADS.map(([head, trigger, steps], j): FindCase => {
    const noun = NOUNS[(i + j) % NOUNS.length] as string;
    return [head(`${noun} ${said}`), trigger, steps, input];
  }),
);

/** An adjective before the noun and a filter after it: both go into the find. */
export const ADJECTIVE_AND_AFTER: readonly FindCase[] = [
  ['qualified', { status: 'qualified' }],
  ['contacted', { status: 'contacted' }],
  ['hot', { tag: 'hot' }],
].flatMap(([adj, first]) =>
  [...SOURCES.slice(0, 3), ...SILENCES].map(
    ([said, input]): FindCase => [
      `Every Monday at 9, email all ${adj} leads ${said} a follow up`,
      'cron(0 9 ? * MON *)',
      'crm.findLeads; forEach[email.send]',
      { ...(first as Record<string, unknown>), ...input },
    ],
  ),
);

/** People with a booking in a window calendar.find names (today, tomorrow, this week, the next 7 days). */
export const BOOKING_WINDOW_CLASS: readonly FindCase[] = [
  'everyone booked',
  'all customers with a booking',
  'every client with an appointment',
  'all attendees who have a meeting',
].flatMap((who, i) =>
  (
    [
      ['today', { day: 'today' }],
      ['tomorrow', { day: 'tomorrow' }],
      ['this week', { day: 'this-week' }],
      ['in the next 7 days', { day: 'next-7-days' }],
      ['within the next seven days', { day: 'next-7-days' }],
    ] as const
  ).map(
    ([when, input], j): FindCase => [
      (i + j) % 2 === 0
        ? `Every day at 9, send a reminder email to ${who} ${when}`
        : `Every morning at 9, email ${who} ${when} a reminder`,
      'cron(0 9 * * ? *)',
      'calendar.find; forEach[email.send]',
      { ...input, withAttendee: true },
    ],
  ),
);

/**
 * A window of creation crm.findLeads' createdIn names (session 38), said the same ways: `[request, createdIn]`.
 */
export const CREATED_WINDOW_CLASS: readonly (readonly [string, string])[] = (
  [
    ['created in the last 7 days', 'last-7-days'],
    ['added this week', 'this-week'],
    ['that signed up yesterday', 'yesterday'],
    ['who came in today', 'today'],
  ] as const
).flatMap(([said, period], i) =>
  HEADS.map(([head], j): readonly [string, string] => [
    head(`${NOUNS[(i + j) % NOUNS.length] as string} ${said}`),
    period,
  ]),
);

/**
 * Filters the finders cannot take, said the same ways: `[request, what the refusal must quote]`. A window of
 * creation createdIn has no period for ("the last 30 days", "the past 2 weeks", "last week": the week before) or a
 * field no finder has.
 */
export const UNFINDABLE_CLASS: readonly (readonly [string, string])[] = (
  [
    ['created in the last 30 days', 'created in the last 30 days'],
    ['added last week', 'added last week'],
    ['who joined in the past 2 weeks', 'joined in the past 2 weeks'],
    ['whose industry is retail', 'industry'],
    ['who live in Germany', 'who'],
    ['that opened our last email', 'opened our last email'],
    ['with more than 3 visits', '3 visits'],
  ] as const
).flatMap(([said, quoted], i) =>
  HEADS.map(([head], j): readonly [string, string] => [
    head(`${NOUNS[(i + j) % NOUNS.length] as string} ${said}`),
    quoted,
  ]),
);
