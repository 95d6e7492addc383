import type { Case } from '../table/case';

/**
 * Conditions typed on a phone or in a hurry (held-out set 16's voice): the event and its test with no "when", "if" or
 * comma ("new lead works at Contoso notify …", "customer email mentions refund alert me"), "fwd", "less then", the
 * branch's action after "only" ("if less then $80 only log, else …") and the other branch as "rest …". Each is an if
 * on the typed field around its action, with its else branch.
 */

const TESTS: readonly [text: string, trigger: string, condition: string][] = [
  ['new lead value 2000 or less', 'lead.created', 'trigger.lead.value lte 2000'],
  ['new lead works at Contoso', 'lead.created', 'trigger.lead.company eq "Contoso"'],
  ['new lead w budget over 10k', 'lead.created', 'trigger.lead.value gt 10000'],
  ['customer email mentions refund', 'email.received', 'trigger.text contains "refund"'],
  ['client message says urgent', 'email.received', 'trigger.text contains "urgent"'],
  [
    'reply mentions price or discount',
    'email.received',
    '(trigger.text contains "price" or trigger.text contains "discount")',
  ],
  ['invoice paid if less then $80', 'invoice.paid', 'trigger.invoice.totalCents lt 8000'],
  ['invoice paid and total over 500 eur', 'invoice.paid', 'trigger.invoice.totalCents gt 50000'],
];

const ACTIONS: readonly [text: string, step: string][] = [
  ['notify sales on slack', 'notify.slack'],
  ['only log', 'log'],
  ['fwd to sales@acme.com', 'email.send'],
  ['alert me', 'notify.team'],
];

const OTHERWISE: readonly [text: string, step: string][] = [
  ['', ''],
  [', otherwise tell nora', 'notify.team'],
  [', rest post in #general', 'notify.slack'],
  [', else write log', 'log'],
];

/** Every test × action × other branch (the same action on both branches is left out). */
export const HURRIED_CONDITION_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  TESTS.map(([test, trigger, condition]): [string, Case[]] => [
    test,
    ACTIONS.flatMap(([a, step]) =>
      OTHERWISE.filter(([, other]) => other !== step).map(
        ([o, other]): Case => [
          `${test} ${a}${o}`,
          trigger,
          `if(${condition})[${step}]${other ? `else[${other}]` : ''}`,
        ],
      ),
    ),
  ]),
);

/** The full class, for the bench. */
export const HURRIED_CONDITION_PRODUCT: readonly Case[] = [...HURRIED_CONDITION_CLASS.values()].flat();

/** Tool users' filter words and hurried values: "only continue if", "exactly matches", "is exactly", "value now 30k". */
const FILTERS: readonly [text: string, trigger: string, condition: string][] = [
  [
    'Invoice created → only continue if the amount is €5,000 or more →',
    'invoice.created',
    'trigger.invoice.totalCents gte 500000',
  ],
  ['New lead → continue only if value is over 10k →', 'lead.created', 'trigger.lead.value gt 10000'],
  [
    'New lead → Filter: Company exactly matches "Northwind Traders" →',
    'lead.created',
    'trigger.lead.company eq "Northwind Traders"',
  ],
  ['New lead → Filter: company is exactly "Acme" →', 'lead.created', 'trigger.lead.company eq "Acme"'],
  [
    'New inbound email → only continue if the text contains "urgent" →',
    'email.received',
    'trigger.text contains "urgent"',
  ],
  ['lead updated and value now 30k or more', 'lead.updated', 'trigger.lead.value gte 30000'],
  ['when a lead is updated and its budget now over 5k,', 'lead.updated', 'trigger.lead.value gt 5000'],
];

export const HURRIED_FILTER_CASES: readonly Case[] = FILTERS.flatMap(([test, trigger, condition]) =>
  ACTIONS.filter(([a]) => a !== 'only log').map(
    ([a, step]): Case => [`${test} ${a}`, trigger, `if(${condition})[${step}]`],
  ),
);
