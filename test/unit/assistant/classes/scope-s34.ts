import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 34 (h5), issue 16's miss class 6: conditions said as scope or contrast — "only" after what it restricts
 * ("for VIPs only", "from LinkedIn only"), the records' test said before the trigger ("For invoices over $10,000
 * only: when one is paid, …"), the step alone ("under $500 — just the reminder, nothing else"), and the other
 * branch with its verb left out ("notify Sam, otherwise Priya"). Rows are [request, trigger outline, steps outline].
 */

/** [action said, its outline]. */
const ACTIONS = [
  ['notify me', 'notify.team'],
  ['post in #billing', 'notify.slack'],
] as const;

/** The records' test said before the trigger, "one" standing for the record. */
const BEFORE_INVOICE = [
  'For invoices over $10,000 only: ',
  'Only for invoices over $10,000: ',
  'Just for invoices over $10,000: ',
  'For retainers above $10,000 only: ',
  'Only for bills over $10,000: ',
] as const;

/** The same test said after the step. */
const AFTER_INVOICE = [
  ', only for ones over $10k.',
  ', but only for the ones over $10k.',
  ', only for those above $10,000.',
  ' - only for ones over $10k.',
] as const;

export const SCOPE_INVOICE_CLASS: readonly Case[] = [
  ...BEFORE_INVOICE.flatMap((before) =>
    ACTIONS.map(
      ([action, step]): Case => [
        `${before}when one is paid, ${action}.`,
        'invoice.paid',
        `if(trigger.invoice.totalCents gt 1000000)[${step}]`,
      ],
    ),
  ),
  ...AFTER_INVOICE.flatMap((after) =>
    ACTIONS.map(
      ([action, step]): Case => [
        `When an invoice is paid, ${action}${after}`,
        'invoice.paid',
        `if(trigger.invoice.totalCents gt 1000000)[${step}]`,
      ],
    ),
  ),
];

/** A source said with "only" after it, before or after the trigger's verb. */
export const SCOPE_SOURCE_CLASS: readonly Case[] = cross(
  [
    'For leads from LinkedIn only: when one comes in, ',
    'Just for leads from LinkedIn: when one comes in, ',
    'Only for leads from LinkedIn: when one comes in, ',
    'When a lead comes in from LinkedIn only, ',
    'When a new lead comes in via LinkedIn only, ',
  ],
  ['email them.', 'notify me.', 'tag them as social.'],
).map(
  (r): Case => [
    r,
    'lead.created',
    `if(trigger.lead.source eq "LinkedIn")[${r.endsWith('email them.') ? 'email.send' : r.endsWith('notify me.') ? 'notify.team' : 'crm.updateLead'}]`,
  ],
);

/** Under an amount, the step alone: joint × step × tail. */
export const STEP_ALONE_CLASS: readonly Case[] = cross(
  ['When an invoice is overdue: under $500'],
  [' — ', ' - ', ', ', ' → '],
  ['just the reminder', 'reminder only', 'just the automatic reminder', 'the usual reminder only'],
  ['', ', nothing else'],
  ['.'],
).map((r): Case => [r, 'invoice.overdue', 'if(trigger.invoice.totalCents lt 50000)[invoice.sendReminder]']);

/** [the test, its outline]. */
const TESTS = [
  ['if the value is over $5,000', 'trigger.lead.value gt 5000'],
  ['if their budget is under 1k', 'trigger.lead.value lt 1000'],
  ["if they're from LinkedIn", 'trigger.lead.source eq "LinkedIn"'],
] as const;

/** [first step, other branch said without its verb, the step both are]. */
const ELIDED = [
  ['notify Sam', 'Priya', 'notify.team'],
  ['post in #vip', 'in #sales', 'notify.slack'],
  ['email them the premium offer', 'the standard one', 'email.send'],
  ['email the VIP team', 'the general one', 'notify.team'],
] as const;

export const ELIDED_ELSE_CLASS: readonly Case[] = TESTS.flatMap(([test, cond]) =>
  ELIDED.flatMap(([first, other, step]) =>
    [', otherwise ', ', else ', '; otherwise '].map(
      (joint): Case => [
        `When a lead is created, ${test} ${first}${joint}${other}.`,
        'lead.created',
        `if(${cond})[${step}]else[${step}]`,
      ],
    ),
  ),
);

/** The twin: "otherwise nothing" is no other branch. */
export const NOTHING_ELSE_CLASS: readonly Case[] = TESTS.flatMap(([test, cond]) =>
  [', otherwise nothing', ', else nothing'].map(
    (joint): Case => [
      `When a lead is created, ${test} notify Sam${joint}.`,
      'lead.created',
      `if(${cond})[notify.team]`,
    ],
  ),
);

/**
 * The twins that must be refused: "only" after a kind of person no record names ("for VIPs only") or a bare value
 * after the step ("email them - LinkedIn only"), never the step alone nor the value taken as the message.
 */
export const SCOPE_REFUSED: readonly Refusal[] = cross(
  ['When a lead is created, ', 'When a client books a call, '],
  [
    'notify Sam for VIPs only.',
    'notify Sam — VIPs only.',
    'email them - LinkedIn only.',
    'email them (LinkedIn leads only).',
    'email them, for enterprise accounts only.',
  ],
).map((r): Refusal => [r, 'only']);
