/**
 * Shapes of session 31 (h5), each crossing independent dimensions: negative waits as a grant of time or a state, in
 * any verb ("rebook", "settle", "hear nothing back"); lettered lists; days of the year with a list of months; zones
 * by region code; an address after a dash; the words around a request (greetings before a dash, sign-offs, reasons
 * that end in "otherwise", the text of a message). Each is [request, trigger outline, steps outline]; the ones that
 * must be refused are [request, words quoted].
 */

const cross = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((out, part) => out.flatMap((a) => part.map((b) => `${a}${b}`)), ['']);

type Row = readonly [string, string, string];

const DURATIONS = [
  ['7 days', 'P7D'],
  ['a week', 'P7D'],
  ['48 hours', 'P2D'],
  ['two weeks', 'P14D'],
] as const;
const WAIT_ACTIONS = [
  ['notify the team', 'notify.team'],
  ['post in #ops', 'notify.slack'],
] as const;

/** [trigger said, trigger outline, steps before the wait, awaited event, the ways the wait is said ({d}, {a})]. */
const WAITS: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  [
    'When an invoice is sent',
    'invoice.created',
    '',
    'invoice.paid',
    [
      ', give it {d}; if it is not paid by then, {a}',
      ', if it is still unpaid {d} after we issue it, {a}',
      ', if nothing has been paid within {d}, {a}',
      ', if the client has not settled it within {d}, {a}',
      ' and it remains unpaid for {d}, {a}',
    ],
  ],
  [
    'When a booking is cancelled',
    'booking.cancelled',
    '',
    'booking.created',
    [
      ', if they have not rebooked within {d}, {a}',
      ", if they don't rebook within {d}, {a}",
      ', if not rebooked within {d}, {a}',
      ' and no new booking is made within {d}, {a}',
      ', give them {d} to rebook, otherwise {a}',
    ],
  ],
  [
    'When a new lead comes in, email them.',
    'lead.created',
    'email.send; ',
    'email.received',
    [
      ' If nothing comes back within {d}, {a}',
      ' If we hear nothing back within {d}, {a}',
      " If there's been no reply after {d}, {a}",
      ' If they still have not replied {d} later, {a}',
    ],
  ],
];

/** A negative wait × how it is said × its duration × the action on the timeout. */
export const NEGATIVE_WAIT_CLASS: readonly Row[] = WAITS.flatMap(([trigger, outline, before, event, forms]) =>
  forms.flatMap((form) =>
    DURATIONS.flatMap(([d, iso]) =>
      WAIT_ACTIONS.map(
        ([a, step]): Row => [
          `${trigger}${form.replace('{d}', d).replace('{a}', a)}.`,
          outline,
          `${before}waitFor(${event},${iso},timeout:[${step}])`,
        ],
      ),
    ),
  ),
);

const LIST_ACTIONS = [
  ['add a note to the lead', 'crm.addNote'],
  ['notify sales', 'notify.team'],
  ['send them a welcome email', 'email.send'],
] as const;
const ORDERS = [
  [0, 1, 2],
  [2, 0, 1],
  [1, 2, 0],
] as const;
const MARKERS: readonly (readonly [string, string, string])[] = [
  ['(a) ', '(b) ', '(c) '],
  ['a) ', 'b) ', 'c) '],
  ['(i) ', '(ii) ', '(iii) '],
  ['(1) ', '(2) ', '(3) '],
];

/** Lettered, numbered or roman steps on one line × separator × last joint × order: every step, in order. */
export const LETTERED_LIST_CLASS: readonly Row[] = MARKERS.flatMap((marks) =>
  [', ', '; ', ' '].flatMap((sep) =>
    ['', 'and '].flatMap((joint) =>
      ORDERS.map((order): Row => {
        const said = order.map((n, i) => `${i === 2 ? joint : ''}${marks[i]}${LIST_ACTIONS[n]?.[0]}`);
        return [
          `When a new lead comes in: ${said.join(sep)}`,
          'lead.created',
          order.map((n) => LIST_ACTIONS[n]?.[1]).join('; '),
        ];
      }),
    ),
  ),
);

const MONTH_LISTS = [
  ['January, April, July and October', '1,4,7,10'],
  ['March, June, September and December', '3,6,9,12'],
  ['January and July', '1,7'],
  ['Feb, May, Aug & Nov', '2,5,8,11'],
] as const;

/** A day with a list of months × how it is said × the time: one cron with the day and the months. */
export const MONTH_LIST_CLASS: readonly Row[] = MONTH_LISTS.flatMap(([months, numbers]) =>
  [
    ['1st', '1'],
    ['15th', '15'],
    ['5th', '5'],
  ].flatMap(([nth, day]) =>
    [
      `On the ${nth} of ${months}`,
      `Every year on the ${nth} of ${months}`,
      `In ${months} on the ${nth}`,
      `On ${months
        .split(/,\s|\sand\s|\s&\s/)
        .map((m) => `${day} ${m}`)
        .join(', ')}`,
    ].flatMap((when) =>
      [
        [' at 9am', '0 9'],
        [' at 10:30', '30 10'],
      ].map(
        ([at, cron]): Row => [
          `${when}${at}, notify the team`,
          `cron(${cron} ${day} ${numbers} ? *)`,
          'notify.team',
        ],
      ),
    ),
  ),
);

/** Different days in different months: refused, never one day for all. */
export const MONTH_DAYS_REFUSED: readonly (readonly [string, string])[] = cross(
  ['On the 1st of January and the 15th of July', 'On 1 January and 15 July', 'On 5 April, 6 May and 7 June'],
  [' at 9am, notify the team', ' at 10:30, email all leads our newsletter'],
).map((r) => [r, 'different day'] as const);

/**
 * A zone said by a city's code in capitals × the schedule: that city's zone (session 33: the closed list of city codes,
 * timezones.ts; a country's two-letter code is no zone: "LA time" ran in Laos).
 */
export const REGION_CODE_CLASS: readonly Row[] = [
  ['HK', 'Asia/Hong_Kong'],
  ['SG', 'Asia/Singapore'],
  ['LA', 'America/Los_Angeles'],
  ['NYC', 'America/New_York'],
].flatMap(([code, zone]) =>
  [
    ['Every Monday at 9am', '0 9 ? * MON'],
    ['On weekdays at 8:30', '30 8 ? * MON-FRI'],
  ].map(
    ([when, cron]): Row => [
      `${when} ${code} time, notify the team`,
      `cron(${cron} *) ${zone}`,
      'notify.team',
    ],
  ),
);

/**
 * A region code with several zones, or any country's code (one zone or several: "JP", "IE", "PH"): [request, quoted];
 * Atlantic is read (America/Halifax).
 */
export const REGION_CODE_REFUSED: readonly (readonly [string, string])[] = [
  'AU',
  'US',
  'CA',
  'BR',
  'RU',
  'JP',
  'IE',
  'PH',
  'DE',
].map((code) => [`Every Monday at 9am ${code} time, notify the team`, code] as const);

/** An address after a name or role × how it is set off × the verb: the message goes to that address. */
export const ADDRESS_CLASS: readonly (readonly [string, string, string])[] = cross(
  ['Sam', 'Priya Shah', 'the ops team', 'our accountant'],
  [' - ', ' – ', ': ', ' <', ' ('],
).flatMap((who) =>
  (
    [
      ['notify', 'notify.team'],
      ['email', 'email.send'],
    ] as const
  ).map(([verb, step]): readonly [string, string, string] => {
    const close = who.endsWith('<') ? '>' : who.endsWith('(') ? ')' : '';
    return [
      `When a new lead comes in, ${verb} ${who}jo@books.example${close}`,
      step,
      'jo@books.example',
    ] as const;
  }),
);

const FRAMED_RULES = [
  ['when a new lead comes in, send them a welcome email', 'lead.created', 'email.send'],
  ['when an invoice is paid, thank the client', 'invoice.paid', 'email.send'],
  ['when a booking is cancelled, notify the team', 'booking.cancelled', 'notify.team'],
] as const;

/** The words around a request × the rule × a reason ending in "otherwise" × a sign-off: the rule alone. */
export const FRAMING_CLASS: readonly Row[] = [
  'Hi! Quick one - ',
  'Hi team, quick one: ',
  'Hey - quick question: ',
  'Morning! Quick one: ',
  '',
].flatMap((opener) =>
  FRAMED_RULES.flatMap(([rule, trigger, steps]) =>
    ['', ' - we lose too many otherwise', ', or we forget otherwise'].flatMap((reason) =>
      ['', ' Thanks, Lucy', ' Cheers, Mark (office manager)', ' Thanks!'].map((closer): Row => {
        const said = opener ? rule : rule.replace(/^./, (c) => c.toUpperCase());
        return [`${opener}${said}${reason}.${closer}`, trigger, steps];
      }),
    ),
  ),
);

/** A restriction in the words around a request: refused quoting it, never dropped with them. */
export const FRAMING_REFUSED: readonly (readonly [string, string])[] = FRAMED_RULES.flatMap(([rule]) => [
  [`Hi! VIP clients only - ${rule}.`, 'VIP clients only'],
  [`Quick one: ${rule} - only for the premium plan.`, 'premium plan'],
  [`Hi team, ${rule}. This is only for enterprise customers. Thanks, Lucy`, 'enterprise customers'],
]);

/** The text of a message said without quotes, with a comma and a date in it × the schedule: one schedule, one email. */
export const MESSAGE_TEXT_CLASS: readonly Row[] = cross(
  ['saying ', 'letting them know ', 'telling them '],
  [
    'thanks, we really appreciate your business',
    'the office is closed on Friday 25 December',
    "thanks, we'll be in touch on 2 January",
  ],
).flatMap((said) => [
  [`When an invoice is paid, email the client ${said}.`, 'invoice.paid', 'email.send'] as const,
  [
    `Every Monday at 9am, email all customers ${said}.`,
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ] as const,
]);
