import type { Case } from '../table/case';

/**
 * Conditions on a number as a grammar of slots: who (the record and how its number is named) × comparison ×
 * amount wording × where the condition stands (with the trigger, on its own, after its action, the subject first)
 * × what happens otherwise. Each row's expected outline follows from its slots alone.
 */

interface Measured {
  readonly trigger: string;
  readonly path: string;
  /** Cents when the field is in cents. */
  readonly scale: number;
  /** `{cmp}` and `{n}` mark where the comparison and the amount go; `{new}` the event's arrival. */
  readonly when: readonly string[];
  /** The same record as a subject with its number ("a new lead {cmp} {n}"), for the subject-first order. */
  readonly subject: string;
}

const MEASURED: readonly Measured[] = [
  {
    trigger: 'lead.created',
    path: 'trigger.lead.value',
    scale: 1,
    when: [
      'When a new lead comes in and its value is {cmp} {n}',
      'When a lead is added with a value {cmp} {n}',
      'When a new deal is worth {cmp} {n}',
      "When a new lead arrives and it's worth {cmp} {n}",
      "When a lead signs up, if the deal's value is {cmp} {n}",
      'When we get a new lead and the value is {cmp} {n}',
      'For new leads worth {cmp} {n}',
      'When is coming new lead with value {cmp} {n}',
      'New lead with a budget {cmp} {n}:',
    ],
    subject: 'new leads worth {cmp} {n}',
  },
  {
    trigger: 'invoice.created',
    path: 'trigger.invoice.totalCents',
    scale: 100,
    when: [
      'When an invoice is created and its total is {cmp} {n}',
      'When a new invoice comes in for {cmp} {n}',
      'When an invoice is created, if the amount is {cmp} {n}',
      "When an invoice gets created and it's {cmp} {n}",
      'For new invoices {cmp} {n}',
    ],
    subject: 'new invoices of {cmp} {n}',
  },
];

/** [wording, operator]; `{n} or more` words put the amount first. */
const COMPARISONS: readonly [string, string][] = [
  ['more than', 'gt'],
  ['over', 'gt'],
  ['above', 'gt'],
  ['greater than', 'gt'],
  ['bigger than', 'gt'],
  ['higher than', 'gt'],
  ['bigger as', 'gt'],
  ['>', 'gt'],
  ['exceeding', 'gt'],
  ['at least', 'gte'],
  ['{n} or more', 'gte'],
  ['{n} or above', 'gte'],
  ['less than', 'lt'],
  ['under', 'lt'],
  ['below', 'lt'],
];

const AMOUNTS: readonly [string, number][] = [
  ['10000', 10000],
  ['10,000', 10000],
  ['10k', 10000],
  ['$10,000', 10000],
  ['10 000 euros', 10000],
  ['€10k', 10000],
  ['ten thousand dollars', 10000],
  ['2.5M', 2500000],
  ['25K', 25000],
  ['1,500 EUR', 1500],
];

const ELSES: readonly string[] = [
  'otherwise {else}',
  'else {else}',
  'if not, {else}',
  'and if not, {else}',
  'for everything else, {else}',
  'everyone else: {else}',
  "if it's under that, {else}",
  'smaller ones: {else}',
  'all others: {else}',
];

const THEN: readonly [string, string][] = [
  ['notify the team', 'notify.team'],
  ['tell Victor on Slack', 'notify.team'],
  ['post it in #big-deals', 'notify.slack'],
];
const OTHERWISE: readonly [string, string][] = [
  ['send the standard welcome email', 'email.send'],
  ['add a note', 'crm.addNote'],
];

const compare = (cmp: string, n: string): string =>
  cmp.includes('{n}') ? cmp.replace('{n}', n) : `${cmp} ${n}`;

const wording = (m: Measured, w: number, c: number, a: number, e: number): Case => {
  const [cmp, op] = COMPARISONS[c % COMPARISONS.length] ?? ['over', 'gt'];
  const [amount, value] = AMOUNTS[a % AMOUNTS.length] ?? ['10000', 10000];
  const [then, thenStep] = THEN[(w + c + a) % THEN.length] ?? ['notify the team', 'notify.team'];
  const [other, otherStep] = OTHERWISE[(w + a + e) % OTHERWISE.length] ?? ['add a note', 'crm.addNote'];
  const when = (m.when[w % m.when.length] ?? '').replace('{cmp} {n}', compare(cmp, amount));
  const otherwise = (ELSES[e % ELSES.length] ?? 'otherwise {else}').replace('{else}', other);
  return [
    `${when}${when.endsWith(':') ? '' : ','} ${then}; ${otherwise}`,
    m.trigger,
    `if(${m.path} ${op} ${value * m.scale})[${thenStep}]else[${otherStep}]`,
  ];
};

/** Every pair of slot values, grouped by the way the condition is written. */
export const CONDITION_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  MEASURED.flatMap((m) =>
    m.when.map((when, w): [string, Case[]] => [
      when,
      [
        ...COMPARISONS.map((_, c) => wording(m, w, c, w + c, c)),
        ...AMOUNTS.map((_, a) => wording(m, w, w + a, a, a)),
        ...ELSES.map((_, e) => wording(m, w, w + e, w + 2 * e, e)),
      ],
    ]),
  ),
);

export const CONDITION_PRODUCT: readonly Case[] = MEASURED.flatMap((m) =>
  m.when.flatMap((_, w) =>
    COMPARISONS.flatMap((_c, c) => AMOUNTS.flatMap((_a, a) => ELSES.map((_e, e) => wording(m, w, c, a, e)))),
  ),
);
