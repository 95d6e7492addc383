import type { Case } from '../table/case';

/**
 * Schedules as office staff write them (session 25): a hedged time ("at like half past nine", "at around 9"), "the
 * final working day", a summary email to the team, a "midday summary" at a given time, and many records chased "with
 * a reminder" or named with their source in two words ("leads from Google Ads"). Schedule × action × order.
 */

const SCHEDULES: readonly [said: string, cron: string][] = [
  ['every weekday at like half past nine', 'cron(30 9 ? * MON-FRI *)'],
  ['every day at around 9', 'cron(0 9 * * ? *)'],
  ['at 4pm on the final working day of each month', 'cron(0 16 LW * ? *)'],
  ['at 4pm on the final day of each month', 'cron(0 16 L * ? *)'],
  ['every Monday at about 8:30', 'cron(30 8 ? * MON *)'],
  ['at 1pm every day', 'cron(0 13 * * ? *)'],
];

const ACTIONS: readonly [said: string, steps: string][] = [
  ['send a summary email to the team', 'report.summarize; notify.team'],
  ['post a midday summary to Slack', 'report.summarize; notify.slack'],
  ['send the team the summary', 'report.summarize; notify.team'],
  [
    'chase every customer whose invoice is overdue with a payment reminder',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  ['chase all unpaid invoices with a reminder', 'invoice.find; forEach[invoice.sendReminder]'],
  ['email all leads from Google Ads', 'crm.findLeads; forEach[email.send]'],
  ['send our newsletter to all leads from Facebook Ads', 'crm.findLeads; forEach[email.send]'],
];

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ORDERS: readonly ((s: string, a: string) => string)[] = [
  (s, a) => `${upper(s)}, ${a}`,
  (s, a) => `${upper(a)} ${s}`,
  (s, a) => `${upper(s)} ${a}`,
];

const wording = (s: number, a: number, o: number): Case => {
  const [when, cron] = SCHEDULES[s % SCHEDULES.length] ?? ['every day at around 9', 'cron(0 9 * * ? *)'];
  const [what, steps] = ACTIONS[a % ACTIONS.length] ?? [
    'send the team the summary',
    'report.summarize; notify.team',
  ];
  return [(ORDERS[o % ORDERS.length] ?? ORDERS[0])?.(when, what) ?? '', cron, steps];
};

/** Every schedule with every action, each group in every order. */
export const OFFICE_SCHEDULE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  SCHEDULES.map(([when], s): [string, Case[]] => [
    when,
    ACTIONS.flatMap((_a, a) => ORDERS.map((_o, o) => wording(s, a, o))),
  ]),
);

export const OFFICE_SCHEDULE_PRODUCT: readonly Case[] = [...OFFICE_SCHEDULE_CLASS.values()].flat();
