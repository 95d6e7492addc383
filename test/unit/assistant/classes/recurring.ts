import type { Case } from '../table/case';

/**
 * Recurring schedules as a grammar of slots: which days × what time × which time zone × what to do × where the
 * schedule stands. Each row's expected EventBridge Scheduler expression follows from its slots alone:
 * `cron(minutes hours day-of-month month day-of-week year)`, one of the two day fields `?`.
 */

/** [wording, day-of-month, day-of-week]. */
const DAYS: readonly [string, string, string][] = [
  ['every day', '*', '?'],
  ['daily', '*', '?'],
  ['each day', '*', '?'],
  ['every weekday', '?', 'MON-FRI'],
  ['on weekdays', '?', 'MON-FRI'],
  ['Monday to Friday', '?', 'MON-FRI'],
  ['Mon-Fri', '?', 'MON-FRI'],
  ['every working day', '?', 'MON-FRI'],
  ['on Mondays and Thursdays', '?', 'MON,THU'],
  ['every Monday and Thursday', '?', 'MON,THU'],
  ['Mondays & Thursdays', '?', 'MON,THU'],
  ['every Tuesday', '?', 'TUE'],
  ['on Fridays', '?', 'FRI'],
  ['every Monday, Wednesday and Friday', '?', 'MON,WED,FRI'],
  ['on weekends', '?', 'SAT,SUN'],
  ['every Saturday and Sunday', '?', 'SAT,SUN'],
  ['on the first Monday of the month', '?', '2#1'],
  ['on the first Monday of every month', '?', '2#1'],
  ['on the second Tuesday of each month', '?', '3#2'],
  ['on the last Friday of the month', '?', '6L'],
  ['on the 1st of every month', '1', '?'],
  ['on the first of each month', '1', '?'],
  ['on the 15th of the month', '15', '?'],
  ['at the end of the month', 'L', '?'],
  ['on the last day of every month', 'L', '?'],
  ['at the end of each month', 'L', '?'],
  ['on the first business day of the month', '1W', '?'],
  ['on the last working day of each month', 'LW', '?'],
];

/** [wording, minutes, hours]. */
const TIMES: readonly [string, number, number][] = [
  ['at 8:30', 30, 8],
  ['at 8.30', 30, 8],
  ['at 8:30am', 30, 8],
  ['at 08:30', 30, 8],
  ['at half past eight', 30, 8],
  ['at half past 8', 30, 8],
  ['at quarter past nine', 15, 9],
  ['at a quarter to nine', 45, 8],
  ['at noon', 0, 12],
  ['at midday', 0, 12],
  ['at midnight', 0, 0],
  ['at 5pm', 0, 17],
  ['at 5 p.m.', 0, 17],
  ['at 17:00', 0, 17],
  ['at 9 am', 0, 9],
  ['at nine in the morning', 0, 9],
  ['at 7 in the evening', 0, 19],
  ['at 6:45pm', 45, 18],
  ['at half eight', 30, 8],
  ['at 0830', 30, 8],
];

/** [wording, IANA zone]; an empty wording is no zone. */
const ZONES: readonly [string, string][] = [
  ['', ''],
  ['Berlin time', 'Europe/Berlin'],
  ['New York time', 'America/New_York'],
  ['CET', 'Europe/Berlin'],
  ['Pacific time', 'America/Los_Angeles'],
  ['PST', 'America/Los_Angeles'],
  ['UK time', 'Europe/London'],
  ['EST', 'America/New_York'],
  ['Europe/Paris', 'Europe/Paris'],
  ['Tokyo time', 'Asia/Tokyo'],
  ['(Sydney time)', 'Australia/Sydney'],
  ['Central European Time', 'Europe/Berlin'],
  ['Eastern time', 'America/New_York'],
  ['India time', 'Asia/Kolkata'],
  ['in Madrid', 'Europe/Madrid'],
  ['London time', 'Europe/London'],
  ['Eastern Standard Time', 'America/New_York'],
  ['Pacific Daylight Time', 'America/Los_Angeles'],
  ['Central European Summer Time', 'Europe/Berlin'],
  ['Mountain Time', 'America/Denver'],
  ['GMT+2', 'Etc/GMT-2'],
  ['UTC-5', 'Etc/GMT+5'],
];

const ACTIONS: readonly [string, string][] = [
  ['post a summary to Slack', 'report.summarize; notify.slack'],
  ['email me a report', 'report.summarize; notify.team'],
  ['ping the team on Slack', 'notify.slack'],
  ['send the team a digest', 'report.summarize; notify.team'],
];

type Order = (when: string, action: string) => string;
const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

const ORDERS: readonly Order[] = [
  (w, a) => `${capital(w)}, ${a}`,
  (w, a) => `${capital(a)} ${w}`,
  (w, a) => `${capital(w)}: ${a}`,
  (w, a) => `Please ${a} ${w}.`,
  (w, a) => `${capital(w)} → ${a}`,
];

const cron = (m: number, h: number, dom: string, dow: string): string => `cron(${m} ${h} ${dom} * ${dow} *)`;

/** The `d`th days with the `t`th time in the `z`th zone, the time before or after the days by `o`. */
const wording = (d: number, t: number, z: number, o: number): Case => {
  const [days, dom, dow] = DAYS[d % DAYS.length] ?? DAYS[0] ?? ['every day', '*', '?'];
  const [time, m, h] = TIMES[t % TIMES.length] ?? ['at noon', 0, 12];
  const [zone, iana] = ZONES[z % ZONES.length] ?? ['', ''];
  const [action, steps] = ACTIONS[(d + t + z) % ACTIONS.length] ?? ['post a summary to Slack', ''];
  const order = ORDERS[o % ORDERS.length] ?? ((w: string, a: string) => `${w}, ${a}`);
  const at = zone ? `${time} ${zone}` : time;
  const when = (d + t + o) % 3 === 2 ? `${at} ${days}` : `${days} ${at}`;
  return [order(when, action), `${cron(m, h, dom, dow)}${iana ? ` ${iana}` : ''}`, steps];
};

/** Rates and counted times a day, with no clock time: [wording, trigger]. */
const FREQUENCIES: readonly [string, string][] = [
  ['twice a day', 'cron(0 9,17 * * ? *)'],
  ['two times a day', 'cron(0 9,17 * * ? *)'],
  ['three times a day', 'cron(0 9,13,17 * * ? *)'],
  ['every hour', 'rate(1 hour)'],
  ['hourly', 'rate(1 hour)'],
  ['every 2 hours', 'rate(2 hours)'],
  ['every two hours', 'rate(2 hours)'],
  ['every 15 minutes', 'rate(15 minutes)'],
  ['every half hour', 'rate(30 minutes)'],
  ['every other day', 'rate(2 days)'],
  ['every other week', 'rate(14 days)'],
  ['every two weeks', 'rate(14 days)'],
  ['once a week', 'cron(0 9 ? * MON *)'],
  ['weekly', 'cron(0 9 ? * MON *)'],
  ['once a month', 'cron(0 9 1 * ? *)'],
  ['monthly', 'cron(0 9 1 * ? *)'],
];

const frequency = (f: number, a: number, o: number): Case => {
  const [words, trigger] = FREQUENCIES[f % FREQUENCIES.length] ?? ['hourly', 'rate(1 hour)'];
  const [action, steps] = ACTIONS[a % ACTIONS.length] ?? ['post a summary to Slack', ''];
  const order = ORDERS[o % ORDERS.length] ?? ((w: string, x: string) => `${w}, ${x}`);
  return [order(words, action), trigger, steps];
};

/**
 * Every pair of slot values, grouped by the days (one test per group): each days wording with every time, every
 * zone and every order; across the groups every time meets every zone.
 */
export const SCHEDULE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  ...DAYS.map(([days], d): [string, Case[]] => [
    days,
    [
      ...TIMES.map((_, t) => wording(d, t, d + t, t)),
      ...ZONES.map((_, z) => wording(d, d + z, z, z)),
      ...ORDERS.map((_, o) => wording(d, d + 2 * o, d + o, o)),
    ],
  ]),
  ['rates and times a day', FREQUENCIES.flatMap((_, f) => ACTIONS.map((_a, a) => frequency(f, a, f + a)))],
]);

/** The cross product of days, times and zones (the order turns with them), measured by the bench. */
export const SCHEDULE_PRODUCT: readonly Case[] = [
  ...DAYS.flatMap((_d, d) => TIMES.flatMap((_t, t) => ZONES.map((_z, z) => wording(d, t, z, d + t + z)))),
  ...FREQUENCIES.flatMap((_f, f) => ACTIONS.flatMap((_a, a) => ORDERS.map((_o, o) => frequency(f, a, o)))),
];

/** Zones that name several places, and schedules Scheduler cannot run: refused, quoting the words. */
export const SCHEDULE_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  // abbreviations and countries that span several zones (session 25: Indonesia, Brazil, Mexico, …)
  ...[
    'CST',
    'IST',
    'BST',
    'AST',
    'US time',
    'Indonesia time',
    'Brazil time',
    'Mexico time',
    'Russian time',
    'Kazakhstan time',
  ].flatMap((zone, z) =>
    ORDERS.map((order, o): readonly [string, string] => {
      const [days] = DAYS[(z + o) % DAYS.length] ?? ['every day'];
      const [time] = TIMES[(z * 3 + o) % TIMES.length] ?? ['at noon'];
      return [
        order(`${days} ${time} ${zone}`, 'post a summary to Slack'),
        `"${zone === 'US time' ? zone : zone.replace(/ time$/, '')}" is ambiguous`,
      ];
    }),
  ),
  ['Every other Friday at 9, post a summary to Slack', 'Every other Friday'],
  ['Every 30 seconds, post a summary to Slack', '30 seconds'],
  [
    'On the first and third Monday of the month, post a summary to Slack',
    'first and third Monday of the month',
  ],
  ['Every weekday at 9 UTC+5:30, post a summary to Slack', 'UTC+5:30'],
  ['On Mondays at 9 in Berlin and New York, post a summary to Slack', 'two different time zones'],
];
