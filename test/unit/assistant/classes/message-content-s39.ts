import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 39 (a10), issue 16: what a message says, left unread and refused ("email Coach Rob reminding him to set up
 * the mats for kids BJJ", "send them a check in email asking if they've any questions"; development sets 26–28).
 * Rows are [request, trigger, steps].
 */

const STARTS = [
  ['When a new lead is added, ', 'lead.created', true],
  ['Every Saturday at 7:15am ', 'cron(15 7 ? * SAT *)', false],
  ['When a booking is cancelled ', 'booking.cancelled', true],
] as const;
const MESSAGES = [
  ['email Coach Rob', 'notify.team', false],
  ['send Kai a message', 'notify.team', false],
  ['post in #front-desk', 'notify.slack', false],
  ['send them an email', 'email.send', true],
] as const;
const ASKS = [
  'reminding him to set up the mats for kids BJJ',
  'asking if they have any questions',
  'asking them whether the new slot still suits them',
  "reminding everyone to check this week's deadlines",
  'telling him about the new class times',
  'inviting them to the open day',
  'encouraging them to book their first session',
  'asking for their budget',
] as const;

/** A message × what it asks, said with a participle ("reminding him to …", "asking if …"): one message. */
export const ASKING_CLASS: readonly Case[] = STARTS.flatMap(([start, trigger, person]) =>
  MESSAGES.filter(([, , needs]) => person || !needs).flatMap(([message, action]) =>
    ASKS.map((asks): Case => [`${start}${message} ${asks}`, trigger, action]),
  ),
);

/** What could be when or whether the step runs, after what the message says: never taken as its words. */
const LIMITS = [
  ['but not on Sundays', 'but not on Sundays'],
  ['only for VIPs', 'only for VIPs'],
  ['unless they already paid', 'unless they already paid'],
  ['at 9am', 'at 9am'],
  ['2 days later', '2 days later'],
  ['tomorrow', 'tomorrow'],
  ['every week', 'every week'],
] as const;

/** Must refuse, quoting the limit: the message's words never swallow it (the infinitive "to …" as well). */
export const LIMIT_TWINS_REFUSED: readonly Refusal[] = [
  'When a new lead is added, email Coach Rob reminding him to set up the mats',
  'When a new lead is added, email Coach Rob to set up the mats',
  'When a booking is cancelled post in #front-desk asking them to tidy the studio',
].flatMap((asked) => LIMITS.map(([limit, quoted]): Refusal => [`${asked} ${limit}`, quoted]));

/** Near-misses read as before: a condition after the message is still its condition, a second action its own step. */
export const ASKING_TWINS_KEPT: readonly Case[] = [
  [
    "When a new lead is added, send them an email asking for their budget if they're tagged vip",
    'lead.created {"lead.tags":["vip"]}',
    'email.send',
  ],
  [
    "When a new lead is added, send them an email asking if they're free, only if they're tagged vip",
    'lead.created {"lead.tags":["vip"]}',
    'email.send',
  ],
  [
    'When a new lead is added, email Coach Rob reminding him to call them and tag them vip',
    'lead.created',
    'notify.team; crm.updateLead',
  ],
  [
    'When a new lead is added, email Coach Rob asking him to call them, then wait 2 days and send them an email',
    'lead.created',
    'notify.team; wait(P2D); email.send',
  ],
];
