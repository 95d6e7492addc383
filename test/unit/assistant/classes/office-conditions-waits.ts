import type { Case } from '../table/case';

/**
 * Conditions and negative waits as office staff write them for their boss (held-out set 14's weak classes, as
 * slots): thresholds in rupees, lakh, crore, Indian digit grouping and words ("ten grand", "5,00,000", "Rs. 75,000"),
 * the comparison after an adverb ("its value is now above"), a qualifier with a value in the trigger's subject ("a
 * new lead from LinkedIn has a value above …"), the other branch as "in all other cases", "for the rest", "or
 * else", "if it isn't", "otherwise just …"; negative waits with no subject or no copula ("payment not received
 * within 7 days", "reply not received in 2 days", "form not filled"), "remains unpaid for", "is still pending",
 * "has not filled the registration form even after", "24 hrs", an overdue invoice still outstanding; a customer's
 * email that mentions a word (its text, never the lead's address); roles ("the customer care mgr", "the directors").
 */

interface Threshold {
  readonly trigger: string;
  /** `{c}` is where the comparison and the amount go. */
  readonly when: readonly string[];
  readonly test: (op: string, value: number) => string;
}

const THRESHOLDS: readonly Threshold[] = [
  {
    trigger: 'lead.created',
    when: [
      'When a new lead is worth {c}',
      'When a new lead comes in and its value is {c}',
      'For new leads worth {c}',
      'If a new lead has a budget {c}',
    ],
    test: (op, v) => `trigger.lead.value ${op} ${v}`,
  },
  {
    trigger: 'lead.updated',
    when: [
      'When a lead is updated and its value is now {c}',
      'When a lead is updated and the deal value is currently {c}',
    ],
    test: (op, v) => `trigger.lead.value ${op} ${v}`,
  },
  {
    trigger: 'lead.created',
    when: [
      'When a new lead from LinkedIn has a value {c}',
      'When a new lead from LinkedIn is worth {c}',
      'If a lead from LinkedIn is worth {c}',
    ],
    test: (op, v) => `(trigger.lead.source eq "LinkedIn" and trigger.lead.value ${op} ${v})`,
  },
  {
    trigger: 'invoice.created',
    when: ['When an invoice is created and its total is {c}', 'When a new invoice comes in for {c}'],
    test: (op, v) => `trigger.invoice.totalCents ${op} ${v * 100}`,
  },
];

/** [wording, operator]; `{n}` puts the amount first. */
const COMPARISONS: readonly [string, string][] = [
  ['more than', 'gt'],
  ['above', 'gt'],
  ['beyond', 'gt'],
  ['in excess of', 'gt'],
  ['{n} and above', 'gte'],
  ['{n} or more', 'gte'],
  ['no less than', 'gte'],
  ['below', 'lt'],
];

const AMOUNTS: readonly [string, number][] = [
  ['5 lakh', 500000],
  ['2.5 lakh', 250000],
  ['five lakh', 500000],
  ['₹50,000', 50000],
  ['Rs 75,000', 75000],
  ['Rs. 75,000', 75000],
  ['INR 1,20,000', 120000],
  ['5,00,000', 500000],
  ['40,000 rupees', 40000],
  ['1 crore', 10000000],
  ['ten grand', 10000],
  ['fifty thousand', 50000],
  ['twenty-five thousand', 25000],
];

const THEN: readonly [string, string][] = [
  ['notify the team', 'notify.team'],
  ['post it in #big-deals', 'notify.slack'],
  ['book a call w/ them', 'calendar.schedule'],
  ['intimate the finance team', 'notify.team'],
];

/** The other branch, or none; `{else}` is its action. */
const ELSES: readonly string[] = [
  '',
  '; otherwise just {else}',
  '; or else {else}',
  '; in all other cases, {else}',
  '. For the rest, {else}',
  "; if it isn't, {else}",
  ', else simply {else}',
  '; in any other case {else}',
];

const threshold = (t: Threshold, w: number, c: number, a: number, e: number): Case => {
  const [cmp, op] = COMPARISONS[c % COMPARISONS.length] ?? ['more than', 'gt'];
  const [amount, value] = AMOUNTS[a % AMOUNTS.length] ?? ['5 lakh', 500000];
  const [then, thenStep] = THEN[(w + c + a) % THEN.length] ?? ['notify the team', 'notify.team'];
  const other = ELSES[e % ELSES.length] ?? '';
  const said = cmp.includes('{n}') ? cmp.replace('{n}', amount) : `${cmp} ${amount}`;
  const when = (t.when[w % t.when.length] ?? '').replace('{c}', said);
  return [
    `${when}, ${then}${other.replace('{else}', 'add a note')}`,
    t.trigger,
    `if(${t.test(op, value)})[${thenStep}]${other ? 'else[crm.addNote]' : ''}`,
  ];
};

interface Awaiting {
  readonly trigger: string;
  readonly starts: readonly string[];
  /** Said after the trigger: `{d}` is the duration. */
  readonly waits: readonly string[];
  readonly event: string;
  readonly actions: readonly [string, string][];
}

const AWAITING: readonly Awaiting[] = [
  {
    trigger: 'invoice.created',
    starts: ['When an invoice is created', 'When an invoice is sent', 'When a new invoice is raised'],
    waits: [
      ', if payment not received within {d}',
      ' and payment not received within {d}',
      ', payment not received within {d}',
      ', if pmt not made within {d}',
      ' and payment is still pending after {d}',
      ' and the payment is pending for {d}',
      ' and it remains unpaid for {d}',
      ' and it is still outstanding {d} later',
      ', if payment has not been received {d} after we raised it',
    ],
    event: 'invoice.paid',
    actions: [
      ['send a reminder', 'invoice.sendReminder'],
      ['escalate to the finance mgr', 'notify.team'],
      ['post in #credit-control', 'notify.slack'],
    ],
  },
  {
    trigger: 'lead.created',
    starts: ['When a new lead comes in', 'When someone signs up as a lead'],
    waits: [
      ', if reply not received within {d}',
      ' and no reply received in {d}',
      ', reply not received within {d}:',
    ],
    event: 'email.received',
    actions: [
      ['send a follow up email', 'email.send'],
      ['notify the team', 'notify.team'],
    ],
  },
  {
    trigger: 'lead.created',
    starts: ['When a new lead comes in', 'When someone signs up as a lead'],
    waits: [
      ' and they have not filled the registration form even after {d}',
      ', if form not filled within {d}',
      ' and the form is not submitted within {d}',
    ],
    event: 'form.submitted',
    actions: [
      ['email them the link again', 'email.send'],
      ['notify the team', 'notify.team'],
    ],
  },
  {
    trigger: 'booking.created',
    starts: ['When a customer books an appt', 'When a client books a meeting'],
    waits: [
      " and doesn't confirm within {d}",
      ', if not confirmed within {d}',
      ' and confirmation not received in {d}',
    ],
    event: 'email.received',
    actions: [
      ['cancel it', 'calendar.cancel'],
      ['notify the team', 'notify.team'],
    ],
  },
  {
    // a positive wait whose duration is said first, and what happens when nothing comes
    trigger: 'lead.created',
    starts: ['When someone joins as a lead', 'When a new lead comes in'],
    waits: [
      ', wait up to {d} for the welcome form; if it never arrives',
      ', wait up to {d} for the form; if not',
      ", wait for them to complete the questionnaire; if they haven't after {d}",
      ", wait up to {d} for the intake form and if it doesn't come",
    ],
    event: 'form.submitted',
    actions: [
      ['let Priya know', 'notify.team'],
      ['send a reminder email', 'email.send'],
    ],
  },
  {
    trigger: 'invoice.overdue',
    starts: ['When an invoice becomes overdue', 'When an invoice goes overdue'],
    waits: [
      ", give the customer {d} and if it's still unpaid",
      ', give it {d} and if no payment comes in',
      ", wait up to {d} for the payment; if there's none",
    ],
    event: 'invoice.paid',
    actions: [
      ['tell finance', 'notify.team'],
      ['send another reminder', 'invoice.sendReminder'],
    ],
  },
  {
    trigger: 'invoice.overdue',
    starts: [''],
    waits: [
      'If an overdue invoice is still outstanding {d} later',
      'If an overdue inv remains unpaid for {d}',
      'When an overdue invoice is still not paid after {d}',
    ],
    event: 'invoice.paid',
    actions: [
      ['escalate to the finance mgr', 'notify.team'],
      ['send another reminder', 'invoice.sendReminder'],
    ],
  },
];

const DURATIONS: readonly [string, string][] = [
  ['7 days', 'P7D'],
  ['24 hrs', 'P1D'],
  ['48 hours', 'P2D'],
  ['a week', 'P7D'],
  ['ten days', 'P10D'],
  ['two weeks', 'P14D'],
  ['72 hrs', 'P3D'],
  ['sixty days', 'P60D'],
];

const awaiting = (a: Awaiting, s: number, w: number, d: number, x: number): Case => {
  const start = a.starts[s % a.starts.length] ?? '';
  const [duration, iso] = DURATIONS[d % DURATIONS.length] ?? ['7 days', 'P7D'];
  const [action, step] = a.actions[x % a.actions.length] ?? ['notify the team', 'notify.team'];
  const wait = (a.waits[w % a.waits.length] ?? '').replace('{d}', duration);
  const said = `${start}${wait}`;
  return [
    `${said}${said.endsWith(':') ? '' : ','} ${action}`,
    a.trigger,
    `waitFor(${a.event},${iso},timeout:[${step}])`,
  ];
};

/** A message from someone that mentions a word: the email's text, never the lead's address. */
const MESSAGES: readonly string[] = [
  'When a customer email mentions {w}',
  "When a client's email mentions {w}",
  "If a customer's message contains {w}",
  'When an email from a customer mentions {w}',
  "When a client's reply says {w}",
  'Whenever a prospect email talks about {w}',
];
const WORDS: readonly string[] = ['refund', 'complaint', 'pricing', 'urgent'];
/** Who is told: roles as office staff name them. */
const ROLES: readonly [string, string][] = [
  ['alert the service mgr', 'notify.team'],
  ['escalate it to the customer care mgr', 'notify.team'],
  ['tell the directors', 'notify.team'],
  ['let Mr. Sharma know', 'notify.team'],
  ['inform the accountant', 'notify.team'],
  ['forward it to support@acme.com', 'email.send'],
];

const mentions = (m: number, w: number, r: number, e: number): Case => {
  const word = WORDS[w % WORDS.length] ?? 'refund';
  const [role, step] = ROLES[r % ROLES.length] ?? ['notify the team', 'notify.team'];
  const other = ELSES[e % ELSES.length] ?? '';
  return [
    `${(MESSAGES[m % MESSAGES.length] ?? '').replace('{w}', word)}, ${role}${other.replace('{else}', 'add a note')}`,
    'email.received',
    `if(trigger.text contains "${word}")[${step}]${other ? 'else[crm.addNote]' : ''}`,
  ];
};

/** Every pair of slot values, grouped by the wording of the test or the wait. */
export const OFFICE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  ...THRESHOLDS.flatMap((t) =>
    t.when.map((when, w): [string, Case[]] => [
      when,
      [
        ...COMPARISONS.map((_, c) => threshold(t, w, c, w + c, c)),
        ...AMOUNTS.map((_, a) => threshold(t, w, w + a, a, a)),
        ...ELSES.map((_, e) => threshold(t, w, w + e, w + 2 * e, e)),
      ],
    ]),
  ),
  ...MESSAGES.map((said, m): [string, Case[]] => [
    said,
    [...ROLES.map((_, r) => mentions(m, r, r, r + m)), ...ELSES.map((_, e) => mentions(m, e + m, e + 1, e))],
  ]),
  ...AWAITING.flatMap((a) =>
    a.waits.map((wait, w): [string, Case[]] => [
      `${a.starts[0]}${wait}`,
      [
        ...DURATIONS.map((_, d) => awaiting(a, d, w, d, d + w)),
        ...a.starts.map((_, s) => awaiting(a, s, w, s + w, s)),
      ],
    ]),
  ),
]);

export const OFFICE_PRODUCT: readonly Case[] = [
  ...MESSAGES.flatMap((_m, m) =>
    WORDS.flatMap((_w, w) => ROLES.flatMap((_r, r) => ELSES.map((_e, e) => mentions(m, w, r, e)))),
  ),
  ...THRESHOLDS.flatMap((t) =>
    t.when.flatMap((_, w) =>
      COMPARISONS.flatMap((_c, c) =>
        AMOUNTS.flatMap((_a, a) => ELSES.map((_e, e) => threshold(t, w, c, a, e))),
      ),
    ),
  ),
  ...AWAITING.flatMap((a) =>
    a.starts.flatMap((_s, s) =>
      a.waits.flatMap((_w, w) =>
        DURATIONS.flatMap((_d, d) => a.actions.map((_x, x) => awaiting(a, s, w, d, x))),
      ),
    ),
  ),
];
