import type { Case } from '../table/case';

/**
 * What a step reads said as a noun, and whom a find picks said as what we did to them (classes 7 and 8, session 34).
 * - A day's bookings in the trade's nouns ("the day's consult schedule", "today's appointments") sent or posted:
 *   the day's bookings found and sent in one message (session 38; refused in session 36, read as the report of
 *   today in session 34: a report counts the day's activity, never what is booked).
 * - "list the unpaid invoices in #billing": one post with the list, never one post per invoice (session 38: the
 *   invoices found, one line each; the activity report before).
 * - "everyone we emailed 5+ days ago who never replied": the leads with no reply for that long, each followed up.
 */

const MORNINGS: readonly [said: string, trigger: string][] = [
  ['Every morning at 8', 'cron(0 8 * * ? *)'],
  ['Every weekday at 7:30', 'cron(30 7 ? * MON-FRI *)'],
];
const DAY_NOUNS = [
  "the day's consult schedule",
  "today's schedule",
  "today's appointments",
  "today's agenda",
  "this morning's appointments",
  "today's consultations",
  "the day's bookings",
  "today's sessions",
  "today's client visits",
  "today's full diary",
];
const DELIVERED: readonly [say: (noun: string) => string, step: string][] = [
  [(n) => `send me ${n}`, 'notify.team'],
  [(n) => `email me ${n}`, 'notify.team'],
  [(n) => `post ${n} in #frontdesk`, 'notify.slack'],
  [(n) => `send ${n} to Sam`, 'notify.team'],
  [(n) => `email me a list of ${n}`, 'notify.team'],
];

/** "post today's schedule in …": the splitter reads "schedule in" as the verb, and the request is refused. */
const SCHEDULE_VERB = (said: string): boolean => /^post today's schedule/.test(said);

/** The day's bookings found (calendar.find, today) and sent in one message (session 38). */
export const DAY_LISTS: readonly Case[] = MORNINGS.flatMap(([when, trigger]) =>
  DAY_NOUNS.flatMap((noun) =>
    DELIVERED.filter(([say]) => !SCHEDULE_VERB(say(noun))).map(
      ([say, step]): Case => [`${when}, ${say(noun)}`, trigger, `calendar.find; ${step}`],
    ),
  ),
);

/** [request, what the refusal quotes]: the schedule read as a verb. */
export const DAY_LIST_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = MORNINGS.map(
  ([when]) => [`${when}, post today's schedule in #frontdesk`, "post today's"],
);

/** What is listed, and the find that lists it (a deal is no record a find returns: the report). */
const LISTED: readonly [records: string, steps: string][] = [
  ['the unpaid invoices', 'invoice.find; notify.slack'],
  ['all overdue invoices', 'invoice.find; notify.slack'],
  ['our open invoices', 'invoice.find; notify.slack'],
  ['the new leads', 'crm.findLeads; notify.slack'],
  ["this week's deals", 'report.summarize; notify.slack'],
  ['all unpaid bills', 'invoice.find; notify.slack'],
];
const LIST_PRODUCT: Case[] = [
  ['Every Monday', 'cron(0 9 ? * MON *)'],
  ['Every Friday at 4pm', 'cron(0 16 ? * FRI *)'],
].flatMap(([when = '', trigger = '']) =>
  LISTED.flatMap(([records, steps]) =>
    ['#billing', 'the #finance channel', 'Slack'].map(
      (where): Case => [`${when}, list ${records} in ${where}`, trigger, steps],
    ),
  ),
);

const WHO = ['everyone', 'anyone', 'all the leads', 'the prospects', 'all clients'];
const CONTACTED = ['emailed', 'contacted', 'messaged', 'reached out to', 'sent a proposal to'];
const AGO: readonly [said: string, days: number][] = [
  ['5+ days ago', 5],
  ['more than 5 days ago', 5],
  ['over a week ago', 7],
  ['2 weeks ago', 14],
  ['a fortnight ago', 14],
];
const NEVER = [
  'who never replied',
  "who hasn't replied",
  "that didn't respond",
  "and still haven't got back to us",
];
const FOLLOW = ['email {} a follow-up', 'follow up with {}', 'send {} a nudge'];

/** [request, the find's no-reply window in days] */
export const NO_REPLY_FINDS: readonly (readonly [prompt: string, days: number])[] = WHO.flatMap((who) =>
  CONTACTED.flatMap((contacted) =>
    AGO.flatMap(([ago, days]) =>
      NEVER.map((never, i) => {
        const follow = FOLLOW[(i + contacted.length) % FOLLOW.length] ?? '';
        return [
          `Every Monday at 9, ${follow.replace('{}', `${who} we ${contacted} ${ago} ${never}`)}`,
          days,
        ] as const;
      }),
    ),
  ),
);
const NO_REPLY_PRODUCT: Case[] = NO_REPLY_FINDS.map(([prompt]) => [
  prompt,
  'cron(0 9 ? * MON *)',
  'crm.findLeads; forEach[email.send]',
]);

/** A day to come: its bookings found and sent too (session 38). */
const COMING_DAY_LISTS: readonly Case[] = [
  ["Every evening at 6, send me tomorrow's schedule", 'cron(0 18 * * ? *)', 'calendar.find; notify.team'],
  [
    "Every evening at 6, email me tomorrow's appointments",
    'cron(0 18 * * ? *)',
    'calendar.find; notify.team',
  ],
];

export const READS_PRODUCT: readonly Case[] = [...LIST_PRODUCT, ...NO_REPLY_PRODUCT, ...COMING_DAY_LISTS];

/** One word away: contacted but no "never replied", said to have replied. */
export const READS_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['Every Monday at 9, email everyone we emailed 5 days ago a follow-up', 'we emailed 5 days ago'],
  ['Every Monday at 9, email everyone we emailed 5 days ago who replied a follow-up', 'who replied'],
];

/** Must differ: a post for each invoice said as such stays one post per invoice. */
export const EACH_POSTED: readonly Case[] = [
  [
    'Every Monday, post each unpaid invoice in #billing',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[notify.slack]',
  ],
];
