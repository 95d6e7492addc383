import type { Case } from '../table/case';

/**
 * Several times of one schedule (session 27): "at noon and 5pm", "at 9 and at 4", "at 8am, 1pm and 6pm", "twice a
 * day, morning and late afternoon", "in the morning and in the evening", and days' names that are part of a thing
 * sent ("our weekend offer", "the Black Friday offer", "leads tagged weekend"), not the days it runs on.
 * Days × times × action × order; each must be one cron with every hour listed.
 */

const DAYS: readonly [said: string, dom: string, dow: string][] = [
  ['every day', '*', '?'],
  ['every weekday', '?', 'MON-FRI'],
  ['on Mondays and Thursdays', '?', 'MON,THU'],
  ['every Friday', '?', 'FRI'],
];

const TIMES: readonly [said: string, hours: string][] = [
  ['at noon and 5pm', '12,17'],
  ['at 9 and at 4', '9,16'],
  ['at 8am, 1pm and 6pm', '8,13,18'],
  ['at midnight and noon', '0,12'],
  ['at 7am and again at 7pm', '7,19'],
  ['at 10am and at 3pm', '10,15'],
  ['twice a day, morning and late afternoon', '9,17'],
  ['twice a day at 8 and 4', '8,16'],
  ['in the morning and in the evening', '9,18'],
  ['morning and afternoon', '9,14'],
  ['at lunchtime and at 6pm', '12,18'],
];

const ACTIONS: readonly [said: string, steps: string][] = [
  ['post a summary in #ops', 'report.summarize; notify.slack'],
  ['email the team a summary', 'report.summarize; notify.team'],
  ['send me a summary report by email', 'report.summarize; notify.team'],
  ['chase all unpaid invoices', 'invoice.find; forEach[invoice.sendReminder]'],
];

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ORDERS: readonly ((days: string, times: string, action: string) => string)[] = [
  (d, t, a) => `${upper(d)} ${t}, ${a}`,
  (d, t, a) => `${upper(a)} ${d} ${t}`,
  (d, t, a) => `${upper(t)} ${d}, ${a}`,
];

/** Every time list with every days, action and order. */
export const TIME_LIST_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  TIMES.map(([times, hours]): [string, Case[]] => [
    times,
    DAYS.flatMap(([days, dom, dow]) =>
      ACTIONS.flatMap(([action, steps]) =>
        ORDERS.map(
          (order): Case => [order(days, times, action), `cron(0 ${hours} ${dom} * ${dow} *)`, steps],
        ),
      ),
    ),
  ]),
);

const OBJECT_DAYS: readonly [said: string, dom: string, dow: string, hour: string][] = [
  ['Every Friday', '?', 'FRI', '9'],
  ['Every Friday at 3pm', '?', 'FRI', '15'],
  ['Every Monday at 10', '?', 'MON', '10'],
  ['Every day at 8am', '*', '?', '8'],
];

/** Things sent and tags named with a day's word: "our weekend offer", "the Black Friday offer", "tagged weekend". */
const DAY_OBJECTS: readonly string[] = [
  'email all leads tagged vip our weekend offer',
  'send the weekend offer to every lead tagged vip',
  'email every lead tagged weekend a reminder',
  'email all leads tagged vip the Black Friday offer',
  'send the Cyber Monday offer to all leads tagged vip',
  'email all leads tagged vip the weekend special offer',
];

export const DAY_OBJECT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  DAY_OBJECTS.map((what): [string, Case[]] => [
    what,
    OBJECT_DAYS.flatMap(([when, dom, dow, hour]): Case[] => [
      [`${when}, ${what}`, `cron(0 ${hour} ${dom} * ${dow} *)`, 'crm.findLeads; forEach[email.send]'],
      [
        `${upper(what)} ${when.toLowerCase()}`,
        `cron(0 ${hour} ${dom} * ${dow} *)`,
        'crm.findLeads; forEach[email.send]',
      ],
    ]),
  ]),
);

/** Times that cannot be one schedule, or say a count the times do not match: refused, quoting or naming them. */
export const TIME_LIST_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['Every day at 9 and at 4:30, post a summary in #ops', '"at 9 and at 4:30" needs two schedules'],
  ['Every day at noon and 12:30, post a summary in #ops', 'needs two schedules'],
  ['Twice a day at 9, post a summary in #ops', '2 times a day but names 1'],
  ['Three times a day at 9 and 5, email the team a summary', '3 times a day but names 2'],
  ['Twice a day in the afternoon, email the team a summary', '2 times a day'],
];

export const TIME_LIST_PRODUCT: readonly Case[] = [
  ...[...TIME_LIST_CLASS.values()].flat(),
  ...[...DAY_OBJECT_CLASS.values()].flat(),
];
