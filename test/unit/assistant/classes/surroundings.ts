import type { Case } from '../table/case';

/**
 * What surrounds the parts of a request (session 29, h6): people named in apposition, a message's text said without
 * quotes, "school day", zone nicknames and "their time", and negative waits said as time given or going by. Each
 * class is generated over independent dimensions, with the variants that must stay refused. The lead told h6 these
 * classes, described from misses of sealed sets 21 and 22 without their requests; the words below are invented here.
 */

const TEAMMATES = ['Pete', 'Maria', 'Olu', 'Siobhan Kelly', 'Dev'];
const ROLES = ['groundsman', 'treasurer', 'office manager', 'head coach', 'volunteer coordinator'];

/** Triggers with the outline of the trigger. */
const WHEN: readonly (readonly [string, string])[] = [
  ['When a booking is made', 'booking.created'],
  ['When an invoice is paid', 'invoice.paid'],
  ['When a new lead comes in', 'lead.created'],
];

/** A teammate named with their role, before or after the name, × an action to them × a trigger: notify.team. */
export const APPOSITION_CLASS: readonly Case[] = TEAMMATES.flatMap((name) =>
  ROLES.flatMap((role) =>
    WHEN.flatMap(([when, trigger]): Case[] => [
      [`${when}, tell our ${role}, ${name}, about it`, trigger, 'notify.team'],
      [`${when}, let ${name}, our ${role}, know`, trigger, 'notify.team'],
      [`${when}, notify ${name} (the ${role})`, trigger, 'notify.team'],
    ]),
  ),
);

/** A reminder to a teammate named with their role × a schedule: notify.team on that schedule. */
export const APPOSITION_REMINDER_CLASS: readonly Case[] = TEAMMATES.flatMap((name) =>
  ROLES.flatMap((role): Case[] => [
    [`Send our ${role}, ${name}, a reminder every Friday at 8`, 'cron(0 8 ? * FRI *)', 'notify.team'],
    [`Every Monday at 7am send ${name}, our ${role}, a reminder`, 'cron(0 7 ? * MON *)', 'notify.team'],
  ]),
);

/** Texts with a time, a day, a condition or a verb inside, said without quotes or with any quote marks. */
const TEXTS = [
  'see you at 9 on Monday',
  'if you book by Friday you get 10% off',
  'please reply with your availability for next week',
  'your invoice is due every month on the 1st',
];
const QUOTED: readonly ((s: string) => string)[] = [
  (s) => `saying: ${s}`,
  (s) => `saying "${s}"`,
  (s) => `saying “${s}”`,
  (s) => `saying ‘${s}’`,
  (s) => `saying «${s}»`,
  (s) => `with the message: ${s}`,
  (s) => `that says: ${s}`,
];
export const QUOTE_CLASS: readonly Case[] = TEXTS.flatMap((text) =>
  QUOTED.flatMap((quote): Case[] => [
    [`When a new lead comes in, email them ${quote(text)}`, 'lead.created', 'email.send'],
    [`When an invoice is paid, post in #wins ${quote(text)}`, 'invoice.paid', 'notify.slack'],
  ]),
);

/** Negative waits said as time given or going by × the record awaited × span × what follows. */
const AWAITING: readonly (readonly [string, string, string])[] = [
  ['When an invoice is sent', 'invoice.created', 'invoice.paid'],
  ['When we email a lead', 'email.sent[message]', 'email.received'],
];
const SPANS: readonly (readonly [string, string])[] = [
  ['10 days', 'P10D'],
  ['a week', 'P7D'],
  ['a fortnight', 'P14D'],
  ['3 days', 'P3D'],
];
const GIVEN: readonly ((span: string) => string)[] = [
  (d) => `, give them ${d}, then`,
  (d) => `, allow ${d}, after that`,
  (d) => ` and ${d} go by with nothing,`,
  (d) => `, if ${d} pass with no word,`,
  (d) => ` and nothing has come in after ${d},`,
];
export const GIVEN_TIME_CLASS: readonly Case[] = AWAITING.flatMap(([when, trigger, event]) =>
  SPANS.flatMap(([span, iso]) =>
    GIVEN.flatMap((given): Case[] => [
      [`${when}${given(span)} notify the team`, trigger, `waitFor(${event},${iso},timeout:[notify.team])`],
    ]),
  ),
);

/** "… and it's still unpaid": said of an invoice, × span × where the place of the joint is. */
export const STILL_UNPAID_CLASS: readonly Case[] = SPANS.flatMap(([span, iso]): Case[] => [
  [
    `When an invoice is sent, wait ${span} for payment and if none, send a reminder`,
    'invoice.created',
    `waitFor(invoice.paid,${iso},timeout:[invoice.sendReminder])`,
  ],
  [
    `When we email a lead, wait ${span} for a reply. If nothing comes, notify me`,
    'email.sent[message]',
    `waitFor(email.received,${iso},timeout:[notify.team])`,
  ],
  [
    `When an invoice is sent, if ${span} pass and it's still unpaid, send a reminder`,
    'invoice.created',
    `waitFor(invoice.paid,${iso},timeout:[invoice.sendReminder])`,
  ],
  [
    `When an invoice is sent, give the client ${span} to pay; if they haven't, send a reminder`,
    'invoice.created',
    `waitFor(invoice.paid,${iso},timeout:[invoice.sendReminder])`,
  ],
]);

/** Days and zones in other words. */
export const ZONE_WORDS_CLASS: readonly Case[] = [
  ...['Every school day at 8am', 'On school days at 8am', 'Each school day at 8am'].map(
    (when): Case => [`${when}, notify the team`, 'cron(0 8 ? * MON-FRI *)', 'notify.team'],
  ),
  ...(
    [
      ['Gulf time', 'Asia/Dubai'],
      ["Jo'burg time", 'Africa/Johannesburg'],
      ['Joburg time', 'Africa/Johannesburg'],
    ] as const
  ).map((z): Case => [`Every day at 9 ${z[0]}, notify the team`, `cron(0 9 * * ? *) ${z[1]}`, 'notify.team']),
  ...['(Toronto)', '(based in Toronto)', 'in Toronto', ', based in Toronto,'].map(
    (place): Case => [
      `For Bloom Bakery ${place}: every Monday at 9 their time, post a summary of new leads in #bloom`.replace(
        ',:',
        ':',
      ),
      'cron(0 9 ? * MON *) America/Toronto',
      'report.summarize; notify.slack',
    ],
  ),
  [
    'Bloom Bakery is based in Dubai. Every Monday at 9 their time, post a summary of new leads in #bloom',
    'cron(0 9 ? * MON *) Asia/Dubai',
    'report.summarize; notify.slack',
  ],
];

/** Must stay refused, quoting what cannot be placed: their time with no place, a record's person is no teammate. */
export const SURROUNDINGS_REFUSED: readonly (readonly [string, string])[] = [
  ['Every Monday at 9 their time, post a summary of new leads in #bloom', 'local'],
  ['Every Monday at 9 their local time, post a summary of new leads in #bloom', 'local'],
  ["Every Monday at 9 in the client's time zone, post a summary of new leads in #bloom", 'local'],
  ['When an invoice is sent, give them 10 days to sign, then notify the team', 'sign'],
];
