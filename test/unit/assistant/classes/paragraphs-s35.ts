import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 35 (h1): long requests read in part (the paragraph problem, grammar/paragraph.ts). A rule core, from many
 * trades, with pieces of context that cannot change the workflow — background, who the business is, tools, feelings,
 * plans for later, thanks, a question about price, an aside in brackets or between dashes — placed before, between and
 * after its sentences. Twins: the same shapes one word away carrying a time, a condition, a step, a negation, a channel
 * or an amount the rule does not say — refused, quoting the piece, never dropped.
 */

/** [first sentence, second sentence or '', trigger, steps]. */
const RULES = [
  ['When a new patient books a cleaning, email them the intake form.', '', 'booking.created', 'email.send'],
  ['When an invoice is paid, send the customer a thank you email.', '', 'invoice.paid', 'email.send'],
  [
    'When a new lead comes in, send them our price list.',
    "If they don't reply within 3 days, send a follow-up.",
    'lead.created',
    'email.send; waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    'When a booking is cancelled, notify the team.',
    'Then add a note to the lead.',
    'booking.cancelled',
    'notify.team; crm.addNote',
  ],
  [
    'When a form is submitted, create a lead.',
    'Then email them a welcome message.',
    'form.submitted',
    'crm.createLead; email.send',
  ],
] as const;

/** Pieces said as sentences: background, who we are, tools, feelings, plans, thanks, questions about price. */
const SENTENCES = [
  'Background: we coach youth soccer in three towns.',
  'ok context: we sell wholesale coffee beans to cafes.',
  "I'm a dentist and my front desk is overwhelmed.",
  'Reviews matter a ton for us.',
  'Honestly this has been driving me crazy.',
  'I tried another tool but it was too confusing.',
  "That's all for now, I'll add more later.",
  'How much does this cost?',
  'Quick background: the shop is family run and my dad still does the books.',
  'Our plumbers are out on jobs most of the day.',
  'The travel agency has grown a lot since the pandemic.',
  'Guest communication problem: people email us at all hours.',
] as const;

/** Asides inside the rule's first sentence, before its comma. */
const ASIDES = [
  '(long story)',
  "(he's picky)",
  '(my partner does the paperwork)',
  '— we are a tiny studio —',
] as const;

const join = (...parts: readonly string[]): string => parts.filter((p) => p.length > 0).join(' ');

/** rule × sentence × before, between (two-sentence rules) or after. */
export const PARAGRAPH_CLASS: readonly Case[] = RULES.flatMap(([first, second, trigger, steps]) =>
  SENTENCES.flatMap((s) => [
    [join(s, first, second), trigger, steps] as Case,
    [join(first, second, s), trigger, steps] as Case,
    ...(second ? [[join(first, s, second), trigger, steps] as Case] : []),
  ]),
);

/** rule × aside, inside its first clause. */
export const ASIDE_CLASS: readonly Case[] = RULES.flatMap(([first, second, trigger, steps]) =>
  ASIDES.map((a): Case => [join(first.replace(/,/, ` ${a},`), second), trigger, steps]),
);

/** One word away: the piece carries a time, a condition, a step, a negation, a channel or an unsaid amount. */
const CARRIES = [
  ['Background: we never email clients on Sundays.', 'we never email clients on Sundays'],
  ['Background: we charge a $90 call-out fee.', 'we charge a $90 call-out fee'],
  ["We're closed on weekends.", "We're closed on weekends"],
  ['Most bookings come in after 6pm.', 'Most bookings come in after 6pm'],
  ['My assistant gets a copy.', 'My assistant gets a copy'],
  ['Only the VIP clients matter.', 'Only the VIP clients matter'],
  ['We reconcile the ledgers.', 'We reconcile the ledgers'],
] as const;

export const PARAGRAPH_REFUSED: readonly Refusal[] = RULES.flatMap(([first, second]) =>
  CARRIES.map(([piece, quoted]): Refusal => [join(piece, first, second), quoted]),
);

/** Said again after a break-off ("..."): [broken off, said again, trigger, steps]; the later choice wins. */
const RESTARTS = [
  ['When a quote is sent by', 'whenever a new lead comes in, notify the team', 'lead.created', 'notify.team'],
  [
    'When a client books a lesson, wait until the day before',
    'wait 2 days, then email them a reminder',
    'booking.created',
    'wait(P2D); email.send',
  ],
  [
    'Every Monday at 9, post',
    'Every Tuesday at 9am send the team a summary of the week',
    'cron(0 9 ? * TUE *)',
    'report.summarize; notify.team',
  ],
  [
    'If an invoice is overdue by more than',
    'when an invoice goes overdue, send the customer a reminder',
    'invoice.overdue',
    'invoice.sendReminder',
  ],
  [
    'Each morning at 7, text',
    'each morning at 8 post a summary in #dispatch',
    'cron(0 8 * * ? *)',
    'report.summarize; notify.slack',
  ],
] as const;

const CORRECTIONS = [
  '... no wait. ',
  '... actually just ',
  '... ok just ',
  '... sorry, ',
  '… actually, ',
] as const;

/** restart × the words that break it off. */
export const RESTART_CLASS: readonly Case[] = RESTARTS.flatMap(([broken, again, trigger, steps]) =>
  CORRECTIONS.map((c): Case => [`${broken}${c}${again}`, trigger, steps]),
);

/** Twins: "..." with no correction word, or a correction whose first word was never said: nothing taken back. */
export const NO_RESTART_CLASS: readonly Case[] = [
  ['When a new lead comes in... email them our price list', 'lead.created', 'email.send'],
  [
    'When a booking is cancelled, notify the team... and add a note to the lead',
    'booking.cancelled',
    'notify.team; crm.addNote',
  ],
  ['When an invoice is paid, thank them by email... no wait, notify the team', 'invoice.paid', 'notify.team'],
];

/** A heading naming the trigger's own records, before a rule that says its trigger: [heading, rule, trigger, steps]. */
const TITLES = [
  [
    'Overdue invoices',
    'when an invoice is overdue, send the customer a reminder',
    'invoice.overdue',
    'invoice.sendReminder',
  ],
  [
    'Late payments',
    'when an invoice goes overdue, send a reminder and notify me',
    'invoice.overdue',
    'invoice.sendReminder; notify.team',
  ],
  ['Cancelled bookings', 'when a booking is cancelled, notify the team', 'booking.cancelled', 'notify.team'],
  ['New leads', 'when a new lead comes in, send them a welcome email', 'lead.created', 'email.send'],
  ['Paid invoices', 'when an invoice is paid, send a thank you email', 'invoice.paid', 'email.send'],
] as const;

/** heading × the colon's spacing × case. */
export const TITLE_CLASS: readonly Case[] = TITLES.flatMap(([heading, rule, trigger, steps]) => [
  [`${heading}: ${rule}`, trigger, steps] as Case,
  [`${heading}: ${rule[0]?.toUpperCase()}${rule.slice(1)}.`, trigger, steps] as Case,
  [`${heading.toLowerCase()}: ${rule}`, trigger, steps] as Case,
]);

/** "For <state> <records>," before the steps: the records in that state start the workflow. */
const STATED = [
  ['cancelled bookings', 'booking.cancelled'],
  ['overdue invoices', 'invoice.overdue'],
  ['paid invoices', 'invoice.paid'],
  ['all overdue invoices', 'invoice.overdue'],
] as const;
const STATED_STEPS = [
  ['notify the team', 'notify.team'],
  ['post in #billing', 'notify.slack'],
  ['add a note to the lead and notify me', 'crm.addNote; notify.team'],
] as const;

export const STATED_HEADING_CLASS: readonly Case[] = STATED.flatMap(([records, trigger]) =>
  STATED_STEPS.flatMap(([step, steps]) => [
    [`For ${records}, ${step}.`, trigger, steps] as Case,
    [`For ${records}: ${step}`, trigger, steps] as Case,
  ]),
);

/** Arrow notes whose step is where the record goes ("→ crm", "→ CRM + thank you email"). */
const NOTED_TRIGGERS = [
  ['form submitted', 'form.submitted'],
  ['booking made', 'booking.created'],
  ['new form entry', 'form.submitted'],
] as const;
const NOTED_STEPS = [
  ['crm', 'crm.createLead'],
  ['CRM + thank you email', 'crm.createLead; email.send'],
  ['into the crm, slack', 'crm.createLead; notify.slack'],
  ['add to crm + welcome email', 'crm.createLead; email.send'],
] as const;

export const ARROW_NOTE_CLASS: readonly Case[] = NOTED_TRIGGERS.flatMap(([said, trigger]) =>
  NOTED_STEPS.flatMap(([step, steps]) => [
    [`${said} → ${step}`, trigger, steps] as Case,
    [`${said} -> ${step}`, trigger, steps] as Case,
  ]),
);

/** Twins: a heading that narrows the records, a lead sent to the CRM it starts in. */
export const HEADING_REFUSED: readonly Refusal[] = [
  ['VIP leads: when a new lead comes in, send them a welcome email', ''],
  ['new lead → crm', 'already in the CRM'],
  ['For VIP clients, notify the team.', ''],
];

/** "Can you have it email her …?": the workflow acting, asked of us. [trigger, action, trigger outline, steps]. */
const HAVE_IT_RULES = [
  ['When an invoice is created', 'email the client', 'invoice.created', 'email.send'],
  ['When a new lead comes in', 'post to #sales', 'lead.created', 'notify.slack'],
  ['When a booking is cancelled', 'notify the team', 'booking.cancelled', 'notify.team'],
  ['When a form is submitted', 'create a lead', 'form.submitted', 'crm.createLead'],
] as const;
const HAVE_IT_FRAMES = [
  (t: string, a: string) => `${t}, can you have it ${a}?`,
  (t: string, a: string) => `${t}, could you please have the system ${a}?`,
  (t: string, a: string) => `${t}, please have it ${a}.`,
  (t: string, a: string) => `${t}. Can you have it ${a}?`,
] as const;

export const HAVE_IT_CLASS: readonly Case[] = HAVE_IT_RULES.flatMap(([t, a, trigger, steps]) =>
  HAVE_IT_FRAMES.map((frame): Case => [frame(t, a), trigger, steps]),
);
