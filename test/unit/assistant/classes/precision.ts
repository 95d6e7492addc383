import type { Case } from '../table/case';

/**
 * Precision (session 28): a workflow that comes back must be the one asked for. A restriction the grammars could not
 * read — a status or qualifier said of the records, a condition's joint, an unknown zone, a day, an amount, a
 * channel, a grouping — is refused, quoted, never left out while the workflow runs for every event
 * (functions/assistant/grammar/restrictions.ts). Built from parts: restrictions × where they stand in the request
 * × rule bodies. The lead described these classes from misses of sealed sets 19/20 (and 17) without their requests.
 */

const cross = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((out, part) => out.flatMap((a) => part.map((b) => `${a}${b}`)), ['']);

/** A rule body: its trigger clause, its action, and the workflow it is without any restriction. */
type Body = readonly [trigger: string, action: string, outline: string, steps: string];

const EVENT_BODIES: readonly Body[] = [
  ['When a new lead comes in', 'send them a welcome email', 'lead.created', 'email.send'],
  ['When an invoice is paid', 'send the customer a thank you email', 'invoice.paid', 'email.send'],
  ['When a booking is made', 'add a note to the lead', 'booking.created', 'crm.addNote'],
  ['Whenever a lead replies', 'notify the sales team', 'email.received', 'notify.team'],
  ['When a new contact signs up', 'post it in #sales', 'lead.created', 'notify.slack'],
];

/** Something said of the records the grammars do not read as a test: who the workflow would be for. */
const SAID_OF_THEM = cross(
  ['he ', 'she ', 'they ', 'the lead ', 'most of them ', 'all of them ', 'half of them ', 'some of them '],
  ['is already ', 'are already ', 'is still ', 'are mostly ', 'are all ', 'is not yet ', 'are usually '],
  ['qualified', 'a customer', 'VIPs', 'in Germany', 'from the website', 'on the premium plan', 'over 18'],
);

const cap = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** Where the restriction stands: its own sentence after or before, a joint after the action, inside the trigger. */
const POSITIONS: readonly (readonly [(b: Body, r: string) => string, string | undefined])[] = [
  [([t, a], r) => `${t}, ${a}. ${cap(r)}.`, undefined],
  [([t, a], r) => `${cap(r)}. ${t}, ${a}.`, undefined],
  [([t, a], r) => `${t}, ${a} but only if ${r}.`, 'only if'],
  [([t, a], r) => `${t}, ${a}, provided ${r}.`, 'provided'],
  [([t, a], r) => `${t} and ${r}, ${a}.`, undefined],
  [([t, a], r) => `${t}, ${a} once ${r}.`, 'once'],
];

/**
 * Each restriction in each position, the bodies taken in turn: `[request, what the refusal must quote (its joint or
 * its last word)]`. Right is a refusal quoting it, or a workflow that tests something (a condition or a filter);
 * never the body's own workflow.
 */
export const SAID_OF_THEM_CLASS: readonly (readonly [string, string, Body])[] = SAID_OF_THEM.flatMap((r, i) =>
  POSITIONS.map(([place, joint], j): readonly [string, string, Body] => {
    const body = EVENT_BODIES[(i + j) % EVENT_BODIES.length] as Body;
    return [place(body, r), joint ?? r.split(' ').at(-1) ?? r, body];
  }),
);

const SCHEDULE_BODIES: readonly Body[] = [
  ['Every Monday', 'send me a summary of new leads', 'cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
  ['Every day', 'post a summary in #sales', 'cron(0 9 * * ? *)', 'report.summarize; notify.slack'],
  ['Every weekday', 'email the team a recap', 'cron(0 9 ? * MON-FRI *)', 'report.summarize; notify.team'],
];

/** Zone abbreviations no table holds ("WIB", Indonesia's western time): never a schedule left in UTC. */
const UNKNOWN_ZONES = ['WIB', 'WITA', 'WIT', 'MYT', 'PHT', 'BDT', 'NPT', 'MMT'];
const TIMES = ['at 9', 'at 9am', 'at 8:30', 'at 5pm', 'at 7.30am'];
const ZONE_PLACES: readonly ((b: Body, time: string, zone: string) => string)[] = [
  ([t, a], time, z) => `${t} ${time} ${z}, ${a}.`,
  ([t, a], time, z) => `${t} ${time} (${z}), ${a}.`,
  ([t, a], time, z) => `${cap(a)} ${t.toLowerCase()} ${time} ${z}.`,
  ([t, a], time, z) => `${t} ${time}, ${z}, ${a}.`,
  ([t, a], time, z) => `${t} ${time} ${z} time, ${a}.`,
];

/** `[request, the zone word]`: refused naming it, or (if it is a zone after all) a schedule with a zone. */
export const UNKNOWN_ZONE_CLASS: readonly (readonly [string, string])[] = UNKNOWN_ZONES.flatMap((zone, i) =>
  TIMES.flatMap((time, j) =>
    ZONE_PLACES.map((place, k): readonly [string, string] => [
      place(SCHEDULE_BODIES[(i + j + k) % SCHEDULE_BODIES.length] as Body, time, zone),
      zone,
    ]),
  ),
);

/** Days, amounts, channels and groupings left over: `[request, the part the refusal must quote]`. */
export const LEFTOVER_RESTRICTIONS: readonly (readonly [string, string])[] = [
  ...cross(
    ['When an invoice is paid, send a thank you email '],
    ['once ', 'as soon as ', 'but only when ', 'provided '],
    ['the total reaches ', 'the total tops ', 'the amount passes ', 'the total hits '],
    ['300 euros', '$500', '1,000 USD', '5k'],
  ).map((p): readonly [string, string] => [p, p.replace(/^.* email /, '').split(' ')[0] ?? '']),
  ...cross(
    ['When an invoice is paid and ', 'When an invoice is paid, if '],
    ['the total tops ', 'the amount passes ', 'the total reaches ', 'the sum hits '],
    ['300 euros', '$500', '2k'],
    [', send a thank you email'],
  ).map((p): readonly [string, string] => [p, 'the']),
  ...cross(
    ['When a customer pays ', 'When a new lead comes in ', 'When a booking is made '],
    ['on WeChat', 'via LINE', 'through Signal', 'via KakaoTalk', 'on Viber'],
    [', send them a thank you email'],
  ).map((p): readonly [string, string] => [p, /(?:on|via|through) (\w+)/.exec(p)?.[1] ?? '']),
  ...cross(
    ['Daily ', 'Weekly ', 'Every Monday, a '],
    ['quota-attainment leaderboard ', 'sales ranking ', 'pipeline breakdown '],
    ['per rep ', 'per region ', 'per salesperson '],
    ['in Slack', 'to #sales'],
  ).map((p): readonly [string, string] => [p, 'per']),
];

/** Lists of leads with a status said after the noun: the status is the find's filter, never dropped. */
export const STATUS_AFTER_CASES: readonly (readonly [string, string])[] = cross(
  ['Every Monday, add a note to ', 'Every Friday at 10, email ', 'When I run it, send a follow-up to '],
  ['all leads ', 'each lead ', 'every contact '],
  [
    'in contacted status',
    'in the contacted stage',
    'still in status contacted',
    'where status = contacted',
    'where the status is contacted',
    'with the contacted status',
    'whose status is contacted',
    'in status contacted',
  ],
).map((p): readonly [string, string] => [p, 'contacted']);

/** Details around a rule that restrict nothing: the body's workflow, the detail said back, never refused. */
export const DETAILS_CLASS: readonly Case[] = cross(
  [''],
  ['When a new lead comes in, send them a welcome email'],
  [' with our logo', ' asap', ' in a friendly tone', ', nothing fancy', ' using our usual template'],
).map((p): Case => [p, 'lead.created', 'email.send']);

const TRIGGERS: readonly (readonly [string, string])[] = [
  ['When a new lead comes in', 'lead.created'],
  ['When a booking is made', 'booking.created'],
  ['When an invoice is paid', 'invoice.paid'],
];

/** One message whose object carries a purpose ("email him to remind him"): one step, never two. */
export const ONE_MESSAGE_CLASS: readonly Case[] = TRIGGERS.flatMap(([when, event]) =>
  cross(
    [`${when}, `],
    [
      'email him ',
      'email them ',
      'send him an email ',
      'send for him an email ',
      'write her an email ',
      'message them ',
      'drop them an email ',
    ],
    [
      'to remind him about the demo',
      'to say thank you',
      'to thank them',
      'to confirm the booking',
      'to invite them to the webinar',
      'so as to welcome them',
      'in order to ask for feedback',
    ],
  ).map((p): Case => [p, event, 'email.send']),
);

/** A message or a file, then a clause that only says where it goes: one step with that place. */
export const ONE_PLACE_CLASS: readonly Case[] = TRIGGERS.flatMap(([when, event]) => [
  ...cross(
    [`${when}, `],
    ['put a message in Slack', 'post a message in Slack', 'send a Slack message', 'post it to Slack'],
    [
      ', in the channel #planning',
      ' please, in the channel #planning',
      ', in #planning',
      ', into #planning please',
    ],
  ).map((p): Case => [p, event, 'notify.slack']),
  ...cross(
    [`${when}, `],
    [
      'create one file with the details',
      'make a file with the details',
      'create a document with the details',
    ],
    [
      ' and save in folder Leads',
      ' and save it in the folder Leads',
      ', store it in folder Leads',
      ' and put it in folder Leads',
    ],
  ).map((p): Case => [p, event, 'files.create']),
]);

/** The email we sent as the premise of a wait for a reply ("Outbound email sent, no reply in 72h → …"): no step sends it. */
export const PREMISE_CLASS: readonly Case[] = cross(
  [
    'Outbound email sent',
    'Outgoing email sent',
    'Cold email sent',
    'Email sent',
    'Sales email sent',
    'Proposal sent',
  ],
  [', no reply in 72h', ', no reply in 3 days', ' and no answer after 3 days'],
  [' → notify the team', ' -> send a follow up', ': notify the team'],
).map(
  (p): Case => [
    p,
    'email.sent[message]',
    `waitFor(email.received,P3D,timeout:[${p.endsWith('follow up') ? 'email.send' : 'notify.team'}])`,
  ],
);

const CRON: Readonly<Record<string, string>> = {
  Weekly: 'cron(0 9 ? * MON *)',
  Monthly: 'cron(0 9 1 * ? *)',
  Daily: 'cron(0 9 * * ? *)',
};

/** The right record or action by kind: what the words name, never the nearest other action. */
export const BY_KIND_CLASS: readonly Case[] = [
  // an overdue invoice's reminder, said with "to" before who gets it
  ...cross(
    ['When an invoice is overdue, ', 'When an invoice goes overdue, ', 'As soon as an invoice is overdue, '],
    ['send to the client a reminder', 'send to the customer a payment reminder', 'send to him a reminder'],
  ).map((p): Case => [p, 'invoice.overdue', 'invoice.sendReminder']),
  // a teammate named without an address is told, never emailed at no address
  ...TRIGGERS.flatMap(([when, event]) =>
    cross(
      [`${when}, `],
      ['send a mail to ', 'send a message to ', 'send an email to ', 'mail '],
      ['Tom', 'Anna', 'Ravi'],
    ).map((p): Case => [p, event, 'notify.team']),
  ),
  // a trade's name for its leads before "lead" or "contact" is no tag
  ...cross(
    ['When a new '],
    ['patient ', 'client ', 'student ', 'customer ', 'member '],
    ['lead comes in', 'lead is added', 'contact signs up'],
  ).flatMap((p): Case[] => [
    [`${p}, send them a welcome email`, 'lead.created', 'email.send'],
    [
      `${p} from Google, send them a welcome email`,
      'lead.created',
      'if(trigger.lead.source eq "Google")[email.send]',
    ],
  ]),
  // a day of the month written as a bare number
  ...[2, 5, 15, 28].flatMap((n) =>
    cross(
      [
        `On the ${n} of every month, `,
        `Every month on the ${n}, `,
        `Monthly on the ${n}, `,
        `On the ${n} of each month, `,
      ],
      ['send me a report', 'post a summary in #ops'],
    ).map(
      (p): Case => [
        p,
        `cron(0 9 ${n} * ? *)`,
        p.endsWith('#ops') ? 'report.summarize; notify.slack' : 'report.summarize; notify.team',
      ],
    ),
  ),
  // the last day of the month, abbreviated or said as a calendar day
  ...cross(
    ['EOM: ', 'At EOM, ', 'Every month at EOM, ', 'On the last calendar day of the month, ', 'Month-end: '],
    ['send me a report', 'post a summary in #ops'],
  ).map(
    (p): Case => [
      p,
      'cron(0 9 L * ? *)',
      p.endsWith('#ops') ? 'report.summarize; notify.slack' : 'report.summarize; notify.team',
    ],
  ),
  // a scheduled report said as its name and where it goes, with nothing else
  ...cross(
    ['Weekly', 'Monthly', 'Daily'],
    [' report', ' investor update', ' progress update', ' summary'],
    [
      ' -> the board',
      ' -> the team, by email',
      ' → the sales team',
      ' -> investors@acme.com',
      ' -> #leadership',
    ],
  ).map(
    (p): Case => [
      p,
      CRON[p.split(' ')[0] ?? ''] ?? '',
      /@/.test(p)
        ? 'report.summarize; email.send'
        : /#/.test(p)
          ? 'report.summarize; notify.slack'
          : 'report.summarize; notify.team',
    ],
  ),
];
