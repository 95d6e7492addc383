import type { Case } from '../table/case';

/**
 * Session 32 (h5): comparisons in words, branches said as the other side of a comparison, schedule words, and the
 * precision of what is left around a request — each a class crossing independent dimensions (record × field ×
 * comparison × amount × where the test stands × action; first branch × other-branch wording × actions; days × time ×
 * months × action; …). Rows are [request, trigger outline, steps outline]; must-refuse rows are [request, words
 * quoted].
 */

export const cross = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((out, part) => out.flatMap((a) => part.map((b) => `${a}${b}`)), ['']);

export type Refusal = readonly [request: string, quoted: string];

/** [trigger said, trigger outline, field path, cents per unit, field words]. */
const RECORDS = [
  ['When an invoice is paid', 'invoice.paid', 'trigger.invoice.totalCents', 100, ['the total', 'the amount']],
  ['When a new lead comes in', 'lead.created', 'trigger.lead.value', 1, ['their budget', 'the deal value']],
] as const;

/** [comparison said ({a} = the amount), operator]; the ones a bare label can start with are marked. */
const COMPARISONS = [
  ['over {a}', 'gt', true],
  ['above {a}', 'gt', true],
  ['more than {a}', 'gt', true],
  ['anything over {a}', 'gt', false],
  ['at least {a}', 'gte', true],
  ['{a} or more', 'gte', false],
  ['{a}+', 'gte', false],
  ['no more than {a}', 'lte', true],
  ['{a} or less', 'lte', false],
  ['under {a}', 'lt', true],
  ['below {a}', 'lt', true],
  ['less than {a}', 'lt', true],
] as const;

const AMOUNTS = [
  ['$5k', 5000],
  ['5,000', 5000],
  ['£2,500', 2500],
] as const;

export const ACTIONS = [
  ['notify Sam', 'notify.team'],
  ['post in #deals', 'notify.slack'],
] as const;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Comparisons in words: record × field × comparison × amount × where the test stands (an "if" after the trigger, "and"
 * on the trigger, a field label before an arrow, a bare comparison as a label, after the action) × action.
 */
export const COMPARISON_CLASS: readonly Case[] = RECORDS.flatMap(([said, event, path, cents, fields]) =>
  COMPARISONS.flatMap(([cmp, op, bare]) =>
    AMOUNTS.flatMap(([amount, value]) =>
      ACTIONS.flatMap(([action, step]) => {
        const c = cmp.replace('{a}', amount);
        const steps = `if(${path} ${op} ${value * cents})[${step}]`;
        const field = fields[(value + action.length) % 2] ?? fields[0];
        const forms = [
          `${said}, if ${field} is ${c}, ${action}`,
          `${said} and ${field} is ${c}, ${action}`,
          `${said}: ${field.replace(/^(?:the|their)\s/, '')} ${c} → ${action}`,
          `${said}, ${action} if ${field} is ${c}`,
          ...(bare ? [`${said}. ${capital(c)} → ${action}`, `${said}: ${c}, ${action}`] : []),
        ];
        return forms.map((f): Case => [f, event, steps]);
      }),
    ),
  ),
);

/** The first branch, said four ways ({a} = the amount, {x} = its action). */
const FIRST_BRANCHES = [
  ', if the total is over {a}, {x}',
  ': over {a} → {x}',
  ': above {a} -> {x}',
  ' and it is more than {a}, {x}',
] as const;

/** The other branch said as the other side of the comparison, with no amount of its own ({y} = its action). */
const OTHER_SIDES = [
  '. Otherwise, {y}',
  '. Below that → {y}',
  '. Anything less, {y}',
  '. Anything under that: {y}',
  '. If not, {y}',
  '; else {y}',
  ', if below that {y}',
  '. Under that -> {y}',
  '. Everything else: {y}',
] as const;

const BRANCH_ACTIONS = [
  ['notify Sam', 'notify.team', 'post in #finance', 'notify.slack'],
  ['post in #big-deals', 'notify.slack', 'tag the client as standard', 'crm.updateLead'],
] as const;

/** Branches: invoice event × first branch × amount × other-side wording × pair of actions. */
export const BRANCH_CLASS: readonly Case[] = [
  ['When an invoice is paid', 'invoice.paid'],
  ['Whenever an invoice gets paid', 'invoice.paid'],
].flatMap(([said, event]) =>
  FIRST_BRANCHES.flatMap((first) =>
    AMOUNTS.flatMap(([amount, value]) =>
      OTHER_SIDES.flatMap((other) =>
        BRANCH_ACTIONS.map(
          ([x, xs, y, ys]): Case => [
            `${said}${first.replace('{a}', amount).replace('{x}', x)}${other.replace('{y}', y)}`,
            event ?? '',
            `if(trigger.invoice.totalCents gt ${value * 100})[${xs}]else[${ys}]`,
          ],
        ),
      ),
    ),
  ),
);

/** Ranges: record × range wording × where it stands × action. */
export const RANGE_CLASS: readonly Case[] = RECORDS.flatMap(([said, event, path, cents, fields]) =>
  (
    [
      ['between 1,000 and 5,000', 1000, 5000],
      ['from 1k to 5k', 1000, 5000],
      ['1000-5000', 1000, 5000],
      ['1k–5k', 1000, 5000],
      ['$2,000 to $8,000', 2000, 8000],
    ] as const
  ).flatMap(([range, lo, hi]) =>
    ACTIONS.flatMap(([action, step]) =>
      [
        `${said} and ${fields[0]} is ${range}, ${action}`,
        `${said}, if ${fields[1]} is ${range}, ${action}`,
      ].map(
        (f): Case => [f, event, `if((${path} gte ${lo * cents} and ${path} lte ${hi * cents}))[${step}]`],
      ),
    ),
  ),
);

/** A lead's value that moves: a change of the lead (lead.updated), never its arrival. */
export const CHANGE_CLASS: readonly Case[] = cross(
  ["When a lead's value ", "When a lead's budget "],
  ['drops below ', 'falls below ', 'dips under ', 'goes over ', 'rises above ', 'climbs above '],
  ['1,000', '$10k'],
  [', ', ' → '],
  ['notify Sam', 'post in #deals'],
).map((request): Case => {
  const op = /drops|falls|dips/.test(request) ? 'lt' : 'gt';
  const value = request.includes('$10k') ? 10000 : 1000;
  return [
    request,
    'lead.updated',
    `if(trigger.lead.value ${op} ${value})[${request.endsWith('Sam') ? 'notify.team' : 'notify.slack'}]`,
  ];
});

/** A form's answer named before its comparison: form × answer × comparison × joint × action. */
export const FORM_ANSWER_CLASS: readonly Case[] = (
  [
    ['When a survey is submitted', 'form.submitted'],
    ['When someone fills in the feedback form', 'form.submitted'],
  ] as const
).flatMap(([said, event]) =>
  (
    [
      ['score', '6 or lower', 'lte', 6],
      ['score', 'below 7', 'lt', 7],
      ['rating', 'under 3 stars', 'lt', 3],
      ['rating', '2 stars or lower', 'lte', 2],
      ['rating', 'at least 4', 'gte', 4],
      ['rating', 'over 8', 'gt', 8],
    ] as const
  ).flatMap(([field, cmp, op, n]) =>
    [', if the {f} is {c}, ', ' and the {f} is {c}, '].flatMap((joint) =>
      ACTIONS.map(
        ([action, step]): Case => [
          `${said}${joint.replace('{f}', field).replace('{c}', cmp)}${action}`,
          event,
          `if(trigger.fields.${field} ${op} ${n})[${step}]`,
        ],
      ),
    ),
  ),
);

export const SCHEDULE_ACTIONS = [
  ['post in #ops', 'notify.slack'],
  ['email me a summary of new leads', 'report.summarize; notify.team'],
] as const;

/** Days × time × months said with no day of their own × action × order: one cron limited to those months. */
export const MONTH_LIMIT_CLASS: readonly Case[] = (
  [
    ['Every Monday', '?', 'MON'],
    ['Every weekday', '?', 'MON-FRI'],
    ['Every day', '*', '?'],
  ] as const
).flatMap(([days, dom, dow]) =>
  (
    [
      ['at 9am', '0 9'],
      ['at 4:30pm', '30 16'],
    ] as const
  ).flatMap(([time, clock]) =>
    (
      [
        ['in March', '3'],
        ['during June and July', '6,7'],
        ['in December', '12'],
      ] as const
    ).flatMap(([months, month]) =>
      SCHEDULE_ACTIONS.flatMap(([action, steps]): Case[] => {
        const trigger = `cron(${clock} ${dom} ${month} ${dow} *)`;
        return [
          [`${days} ${time} ${months}, ${action}`, trigger, steps],
          [`${capital(action)} ${days.toLowerCase()} ${time} ${months}`, trigger, steps],
        ];
      }),
    ),
  ),
);

/** Months of the year said as a period: period × day of the month × time × action. */
export const MONTH_PERIOD_CLASS: readonly Case[] = (
  [
    ['Every 3 months', '1,4,7,10'],
    ['Every three months', '1,4,7,10'],
    ['Every six months', '1,7'],
    ['Twice a year', '1,7'],
  ] as const
).flatMap(([period, months]) =>
  (
    [
      ['on the 1st', '1'],
      ['on the 15th', '15'],
    ] as const
  ).flatMap(([day, dom]) =>
    SCHEDULE_ACTIONS.map(
      ([action, steps]): Case => [
        `${period} ${day} at 9am, ${action}`,
        `cron(0 9 ${dom} ${months} ? *)`,
        steps,
      ],
    ),
  ),
);

/** The end of the week: Friday, unless a day is named; × time × action. */
export const END_OF_WEEK_CLASS: readonly Case[] = (
  [
    ['Every Friday before the weekend', 'FRI'],
    ['Every week before the weekend', 'FRI'],
    ['Every week just before the weekend', 'FRI'],
    ['At the end of every week', 'FRI'],
    ['Every Thursday before the weekend', 'THU'],
  ] as const
).flatMap(([said, dow]) =>
  (
    [
      [' at 3pm', '0 15'],
      ['', '0 9'],
    ] as const
  ).flatMap(([time, clock]) =>
    SCHEDULE_ACTIONS.map(
      ([action, steps]): Case => [`${said}${time}, ${action}`, `cron(${clock} ? * ${dow} *)`, steps],
    ),
  ),
);

/** Executives as who gets a scheduled summary ("the VP" was read as a time zone): role × schedule × verb. */
export const ROLE_CLASS: readonly Case[] = cross([
  'the VP',
  'the VP of sales',
  'our VP of marketing',
  'the vice president of sales',
]).flatMap((role) =>
  (
    [
      ['Every Friday at 4pm', 'cron(0 16 ? * FRI *)'],
      ['Every weekday at 9am', 'cron(0 9 ? * MON-FRI *)'],
    ] as const
  ).flatMap(([when, trigger]) =>
    [`${when}, send ${role} a summary of new leads`, `${when}, email ${role} a report of paid invoices`].map(
      (r): Case => [r, trigger, 'report.summarize; notify.team'],
    ),
  ),
);

const EVENT_ACTIONS = [
  ['When a new lead comes in', 'lead.created', 'notify the team', 'notify.team'],
  ['When a booking is made', 'booking.created', 'post in #ops', 'notify.slack'],
  ['When an invoice is paid', 'invoice.paid', 'email the client', 'email.send'],
] as const;

/** What the rule is for, said as a goal or "that way …" after it: event × action × goal. Never a step. */
export const GOAL_CLASS: readonly Case[] = EVENT_ACTIONS.flatMap(([said, event, action, step]) =>
  [
    ', we want to respond faster',
    ' - we need to get back to people quicker',
    '. We want to reply to clients sooner.',
    ' so we respond faster',
    ' - that way nothing gets missed',
    ', that way we stay on top of it',
    '. That way we can follow up better.',
  ].map((goal): Case => [`${said}, ${action}${goal}`, event, step]),
);

/** The record's own noun after "cancellation of": no kind of booking to test. */
export const CANCELLATION_CLASS: readonly Case[] = cross(
  ['On cancellation of ', 'Upon cancellation of ', 'On the cancellation of '],
  ['a booking', 'an appointment', 'a meeting', 'any booking'],
  [', '],
  ['email me', 'post in #ops'],
).map((r): Case => [r, 'booking.cancelled', r.endsWith('me') ? 'notify.team' : 'notify.slack']);

/** Fields of the lead listed with "and" ("their name and email") are what is told, never an email sent. */
export const FIELD_LIST_ROWS: readonly string[] = cross(
  ['When a new lead comes in, ', 'When someone fills in the contact form, '],
  ['tell me ', 'notify me with ', 'let me know '],
  ['their name and email', 'their name and email address', 'their phone number and email'],
);

/** Must refuse: a currency on a booking (a booking records none), a comparison whose field cannot be placed. */
export const COMPARISON_REFUSED: readonly Refusal[] = [
  ...cross(
    ['When a USD booking is made, ', 'When a new EUR booking is made, '],
    ['notify the team', 'post in #ops'],
  ).map((r): Refusal => [r, r.includes('USD') ? 'USD' : 'EUR']),
  ...cross(
    ['When a booking in USD is made, ', 'When a new booking in euros comes in, '],
    ['notify the team'],
  ).map((r): Refusal => [r, r.includes('USD') ? 'in USD' : 'in euros']),
  ...cross(
    ['When a new lead comes in, '],
    ['if their NPS is under 7, ', 'if the headcount is over 50, '],
    ['notify Sam', 'post in #deals'],
  ).map((r): Refusal => [r, r.includes('NPS') ? 'NPS' : 'headcount']),
];

/**
 * The words of a message after whom it goes to and a colon, a dash or "with:" (class 3): event × verb and recipient ×
 * separator × text (plain, with a comma and "we'll", with "please … or we'll …", quoted) — one email, the words its
 * body; and purposes after the action ("so whoever is on call can grab it") — framing, the action alone.
 */
export const MESSAGE_AFTER_CLASS: readonly Case[] = (
  [
    ['When a booking is made', 'booking.created'],
    ['When an invoice is overdue', 'invoice.overdue'],
  ] as const
).flatMap(([said, event]) =>
  cross(
    [', email the client', ', email them', ', send them an email'],
    [': ', ' - ', ' with: '],
    [
      "thanks, we'll be in touch soon",
      'please get in touch with any questions',
      "please reply by Friday or we'll call you",
      '"Hi, just checking in, let us know if you need anything"',
    ],
  ).map((rest): Case => [`${said}${rest}`, event, 'email.send']),
);

export const PURPOSE_AFTER_CLASS: readonly Case[] = EVENT_ACTIONS.flatMap(([said, event, action, step]) =>
  [
    " so whoever's on rotation can claim it",
    ' so whoever is on call can grab it',
    ' so the on-call rep can pick it up',
    ' so someone can jump on it',
    ' so we can prepare',
  ].map((purpose): Case => [`${said}, ${action}${purpose}`, event, step]),
);

/** Must refuse: a purpose that limits who or which ("so only the sales team sees it"). */
export const PURPOSE_REFUSED: readonly Refusal[] = EVENT_ACTIONS.map(([said, , action]) => [
  `${said}, ${action} so only the sales team sees it`,
  'so only',
]);
