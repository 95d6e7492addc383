import type { Case } from '../table/case';

/**
 * Branches pasted from n8n, Zapier and Make (session 27): n8n's "IF node:" with "True:"/"False:" (or "IF (test) →
 * true branch: … → false branch: …"), Zapier's "Paths → Path A: test → …, Path B: they don't → …", Make's "Router →
 * Route 1: test → … ; fallback route → …", a "Wait node", a "Filter (OR):". Trigger × layout × test × actions; each
 * must be the test with both branches (never one branch dropped, never the test read as a step).
 */

const TRIGGERS: readonly [labelled: string, arrow: string, trigger: string][] = [
  ['Trigger: new lead.', 'New lead', 'lead.created'],
  ['Trigger: New Lead in CRM.', 'Zapier: New lead', 'lead.created'],
];

const TESTS: readonly [said: string, negation: string, test: string][] = [
  ['value > 10000', "it isn't", 'trigger.lead.value gt 10000'],
  ['they are from LinkedIn', "they don't", 'trigger.lead.source eq "LinkedIn"'],
  ['source is LinkedIn', 'they are not', 'trigger.lead.source eq "LinkedIn"'],
  ['source equals "Facebook Ads"', "it isn't", 'trigger.lead.source eq "Facebook Ads"'],
  ['source = Google Ads', 'they are not', 'trigger.lead.source eq "Google Ads"'],
];

const ACTIONS: readonly [yes: string, no: string, steps: readonly [string, string]][] = [
  ['notify the sales team', 'add a note', ['notify.team', 'crm.addNote']],
  ['post it in #sales', 'send a welcome email', ['notify.slack', 'email.send']],
];

type Layout = (
  labelled: string,
  arrow: string,
  test: string,
  negation: string,
  yes: string,
  no: string,
) => string;

const LAYOUTS: readonly [name: string, layout: Layout][] = [
  ['IF node, True, False', (l, _a, t, _n, y, n) => `${l} IF node: ${t}. True: ${y}. False: ${n}`],
  ['IF → true: … false: …', (_l, a, t, _n, y, n) => `${a} → IF node: ${t} → true: ${y}, false: ${n}`],
  [
    'Path A: test → …, Path B: negation → …',
    (l, _a, t, ng, y, n) => `${l} Path A: ${t} → ${y}. Path B: ${ng} → ${n}`,
  ],
  [
    'Paths → Path A (test), Path B (otherwise)',
    (_l, a, t, _n, y, n) => `${a} → Paths → Path A (${t}): ${y} → Path B (otherwise): ${n}`,
  ],
  [
    'Router → Route 1: test → …; fallback route → …',
    (_l, a, t, _n, y, n) => `${a} → Router → Route 1: ${t} → ${y}; fallback route → ${n}`,
  ],
  [
    'IF (test) → true branch → false branch',
    (_l, a, t, _n, y, n) => `${a} → IF (${t}) → true branch: ${y} → false branch: ${n}`,
  ],
];

export const TOOL_BRANCH_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  LAYOUTS.map(([name, layout]): [string, Case[]] => [
    name,
    TRIGGERS.flatMap(([labelled, arrow, trigger]) =>
      TESTS.flatMap(([said, negation, test]) =>
        ACTIONS.map(
          ([yes, no, [a, b]]): Case => [
            layout(labelled, arrow, said, negation, yes, no),
            trigger,
            `if(${test})[${a}]else[${b}]`,
          ],
        ),
      ),
    ),
  ]),
);

/** A wait node and a filter of alternatives, in a tool's labels. */
export const TOOL_WAIT_FILTER_CASES: readonly Case[] = [
  [
    'Trigger: new lead. Wait node: 3 days. Then send them a follow-up email',
    'lead.created',
    'wait(P3D); email.send',
  ],
  ['Trigger: new lead. Delay node: 2 days. Action: add a note', 'lead.created', 'wait(P2D); crm.addNote'],
  [
    'Inbound email → Filter (OR): text contains "invoice" OR text contains "payment" → forward it to billing@acme.com',
    'email.received',
    'if((trigger.text contains "invoice" or trigger.text contains "payment"))[email.send]',
  ],
  [
    'Trigger: new email. Filter (OR): text contains refund OR text contains cancel. Action: notify the team',
    'email.received',
    'if((trigger.text contains "refund" or trigger.text contains "cancel"))[notify.team]',
  ],
];

export const TOOL_BRANCH_PRODUCT: readonly Case[] = [
  ...[...TOOL_BRANCH_CLASS.values()].flat(),
  ...TOOL_WAIT_FILTER_CASES,
];
