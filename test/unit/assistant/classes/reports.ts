import type { Case } from '../table/case';

/**
 * Scheduled reports as a grammar of slots: the report's noun (with its modifier: "KPI digest", "activity summary",
 * "briefing") × the schedule × where it goes (Slack, a channel, email to me, the team, an address, two places) ×
 * the order of the three. Each row's expected outline follows from its slots alone.
 */

const NOUNS = [
  'summary',
  'report',
  'recap',
  'digest',
  'overview',
  'briefing',
  'rundown',
  'KPI digest',
  'round-up',
  'activity summary',
];

const WHEN: readonly [string, string][] = [
  ['every Monday at 9', 'cron(0 9 ? * MON *)'],
  ['each Friday at 4pm', 'cron(0 16 ? * FRI *)'],
  ['every weekday at 7', 'cron(0 7 ? * MON-FRI *)'],
  ['daily at 17:30', 'cron(30 17 * * ? *)'],
  ['every morning at 8', 'cron(0 8 * * ? *)'],
];

const TO: readonly [string, string][] = [
  ['on Slack', 'notify.slack'],
  ['in #sales', 'notify.slack'],
  ['to #management', 'notify.slack'],
  ['by email', 'notify.team'],
  ['to me', 'notify.team'],
  ['emailed to me', 'notify.team'],
  ['to the team', 'notify.team'],
  ['to ceo@northwind.io', 'email.send'],
  ['by email to me and in #all-hands', 'notify.team; notify.slack'],
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** [wording, whether it needs a Slack destination ("post")]. */
const ORDERS: readonly [(n: string, w: string, t: string) => string, boolean][] = [
  [(n, w, t) => `${cap(w)}, send a ${n} ${t}`, false],
  [(n, w, t) => `A ${n} ${w} ${t}`, false],
  [(n, w, t) => `Send a ${n} ${t} ${w}`, false],
  [(n, w, t) => `${cap(w)}: ${n} ${t}`, false],
  [(n, w, t) => `${cap(n)} ${t} ${w}`, false],
  [(n, w, t) => `${cap(w)} post a ${n} ${t}`, true],
];

const wording = (n: number, w: number, t: number, o: number): Case | undefined => {
  const noun = NOUNS[n % NOUNS.length] ?? 'summary';
  const [when, cron] = WHEN[w % WHEN.length] ?? ['every Monday at 9', 'cron(0 9 ? * MON *)'];
  const [to, steps] = TO[t % TO.length] ?? ['on Slack', 'notify.slack'];
  const [order, slackOnly] = ORDERS[o % ORDERS.length] ?? [(x: string) => x, false];
  if (slackOnly && !steps.includes('slack')) return undefined;
  return [order(noun, when, to), cron, `report.summarize; ${steps}`];
};

/** Every noun with every destination and every order (schedules rotated), grouped by noun. */
export const REPORT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  NOUNS.map((noun, n): [string, Case[]] => [
    noun,
    [
      ...TO.map((_, t) => wording(n, n + t, t, n + t)),
      ...ORDERS.map((_, o) => wording(n, o, n + o, o)),
      ...WHEN.map((_, w) => wording(n, w, n + w + 1, w)),
    ].filter((c): c is Case => c !== undefined),
  ]),
);

/** The full cross product (2,450 wordings), for the bench. */
export const REPORT_PRODUCT: readonly Case[] = NOUNS.flatMap((_n, n) =>
  WHEN.flatMap((_w, w) => TO.flatMap((_t, t) => ORDERS.map((_o, o) => wording(n, w, t, o)))),
).filter((c): c is Case => c !== undefined);
