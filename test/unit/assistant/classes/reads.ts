import type { Case } from '../table/case';

/**
 * What a step reads said as a noun, and whom a find picks said as what we did to them (classes 7 and 8, session 34).
 * - A day's bookings in the trade's nouns ("the day's consult schedule", "today's appointments") sent or posted:
 *   refused, quoting the day (session 36). Session 34 read them as the report of today, but a report counts the
 *   day's activity, never what is booked, and a message cannot carry the list calendar.find returns.
 * - "list the unpaid invoices in #billing": one post with the list, never one post per invoice.
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

/** [request, the day it quotes]: refused, never an activity report (session 36). */
export const DAY_LIST_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = MORNINGS.flatMap(
  ([when]) =>
    DAY_NOUNS.flatMap((noun) =>
      DELIVERED.map(([say]) => [`${when}, ${say(noun)}`, noun.replace(/\s.*$/, '')] as const),
    ),
);

const LISTED = [
  'the unpaid invoices',
  'all overdue invoices',
  'our open invoices',
  'the new leads',
  "this week's deals",
  'all unpaid bills',
];
const LIST_PRODUCT: Case[] = [
  ['Every Monday', 'cron(0 9 ? * MON *)'],
  ['Every Friday at 4pm', 'cron(0 16 ? * FRI *)'],
].flatMap(([when = '', trigger = '']) =>
  LISTED.flatMap((records) =>
    ['#billing', 'the #finance channel', 'Slack'].map(
      (where): Case => [`${when}, list ${records} in ${where}`, trigger, 'report.summarize; notify.slack'],
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

export const READS_PRODUCT: readonly Case[] = [...LIST_PRODUCT, ...NO_REPLY_PRODUCT];

/** One word away: a day to come, contacted but no "never replied", said to have replied. */
export const READS_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ["Every evening at 6, send me tomorrow's schedule", "tomorrow's schedule"],
  ["Every evening at 6, email me tomorrow's appointments", "tomorrow's appointments"],
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
