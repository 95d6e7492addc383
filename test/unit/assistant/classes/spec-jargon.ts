import type { Case } from '../table/case';

/**
 * Spec lines in sales-ops words (grammar/notation.ts, grammar/scope.ts), as slots: events said by their sales-ops
 * noun after "On" × marking × action, a status said as the trigger, bare comparisons where a step stands, headings,
 * IF … THEN, dunning, roles as teammates, Slack DMs, team email, end of month; scope notes around a rule (harmless
 * notes × rule × place, a report's purpose, restrictions the rule keeps) and the restrictions it breaks (refused).
 */
/** Sales-ops nouns for events, said where a trigger stands ("On form fill ->"), and the event each is. */
const EVENT_NOUNS: readonly [nouns: readonly string[], trigger: string][] = [
  [['form submit', 'form fill', 'form fill-out', 'form submission', 'form-fill'], 'form.submitted'],
  [['inbound reply', 'reply', 'reply received', 'inbound email', 'response'], 'email.received'],
  [['booking', 'demo booked', 'meeting booked'], 'booking.created'],
  [['cancellation', 'booking cancelled'], 'booking.cancelled'],
  [['payment', 'payment received'], 'invoice.paid'],
  [['signup', 'sign-up', 'inbound lead'], 'lead.created'],
  [['closed-won', 'Closed Won', 'deal won'], 'lead.updated {"changes.status.to":["customer"]}'],
  [['closed-lost', 'closed_lost', 'deal lost'], 'lead.updated {"changes.status.to":["lost"]}'],
  [['overdue invoice', 'invoice overdue'], 'invoice.overdue'],
];

const ON_MARKS: readonly ((noun: string, action: string) => string)[] = [
  (n, a) => `On ${n} -> ${a}`,
  (n, a) => `Upon ${n}: ${a}`,
  (n, a) => `On ${n}, ${a}`,
  (n, a) => `On every ${n} → ${a}`,
];

/** Who sales-ops people name, and where a report goes, in their words. */
const ROLES: readonly string[] = [
  'the AM',
  'the AE',
  'the assigned AE',
  'the SE',
  'the CSM',
  'the SDR',
  'our BDR',
];

export const SPEC_JARGON_CLASS: ReadonlyMap<string, readonly Case[]> = new Map<string, readonly Case[]>([
  ...EVENT_NOUNS.map(([nouns, trigger]): [string, Case[]] => [
    `On ${nouns[0]}`,
    nouns.flatMap((noun) =>
      ON_MARKS.flatMap((mark) => [
        [mark(noun, 'post in #revops'), trigger, 'notify.slack'] as Case,
        [mark(noun, 'notify the AM'), trigger, 'notify.team'] as Case,
      ]),
    ),
  ]),
  [
    'a status said as the trigger',
    [
      ['When lead.status = customer', 'customer'],
      ['When lead.status becomes closed-won', 'customer'],
      ['When the deal stage == Closed_Won', 'customer'],
      ['Whenever lead.status = qualified', 'qualified'],
      ['When `lead.status` changes to closed-lost', 'lost'],
    ].flatMap(([when, status]) =>
      [
        [' -> post in #revops', 'notify.slack'],
        [', notify the AM', 'notify.team'],
      ].map(
        ([what, steps]): Case => [
          `${when}${what}`,
          `lead.updated {"changes.status.to":["${status}"]}`,
          steps ?? '',
        ],
      ),
    ),
  ],
  [
    'a bare comparison where a step stands, and no other branch',
    [
      ['invoice.created:', 'total ≥ €250', 'trigger.invoice.totalCents gte 25000'],
      ['invoice.created ->', 'total > 15k', 'trigger.invoice.totalCents gt 1500000'],
      ['lead.created:', 'value < 1000', 'trigger.lead.value lt 1000'],
      ['lead.created ->', 'lead.value >= 50k', 'trigger.lead.value gte 50000'],
    ].flatMap(([t, test, condition]) =>
      [
        ' → notify finance',
        ' -> notify finance; else nothing',
        ': notify finance. Otherwise: no action.',
      ].map(
        (rest): Case => [
          `${t} ${test}${rest}`,
          `${t}`.replace(/\s*(?:->|:)$/, ''),
          `if(${condition})[notify.team]`,
        ],
      ),
    ),
  ],
  [
    'a heading before the rule, and days overdue compared',
    ['Escalation', 'Dunning', 'AR follow-up', 'Collections'].flatMap((heading) =>
      [
        ['if an invoice is overdue > 60 days, email the CFO', 'if(trigger.daysOverdue gt 60)[notify.team]'],
        ['when an invoice is overdue ≥ 30d, notify finance', 'if(trigger.daysOverdue gte 30)[notify.team]'],
      ].map(([rule, steps]): Case => [`${heading}: ${rule}`, 'invoice.overdue', steps ?? '']),
    ),
  ],
  [
    'IF … THEN, a test in brackets after the event, roles alone after an arrow, a person without "the"',
    [
      [
        'IF invoice.overdue AND daysOverdue >= 14 THEN send reminder',
        'invoice.overdue',
        'if(trigger.daysOverdue gte 14)[invoice.sendReminder]',
      ],
      [
        'if invoice.overdue and daysOverdue > 30 then notify finance',
        'invoice.overdue',
        'if(trigger.daysOverdue gt 30)[notify.team]',
      ],
      [
        'WHEN lead.created AND lead.source = "LinkedIn" THEN send welcome email',
        'lead.created',
        'if(trigger.lead.source eq "LinkedIn")[email.send]',
      ],
      [
        'lead.created (source: webinar) -> welcome email',
        'lead.created',
        'if(trigger.lead.source eq "webinar")[email.send]',
      ],
      [
        'lead.created (status = qualified) -> notify the AE',
        'lead.created',
        'if(trigger.lead.status eq "qualified")[notify.team]',
      ],
      [
        'lead.created: value > 2k -> AE; value <= 2k -> SDR',
        'lead.created',
        'if(trigger.lead.value gt 2000)[notify.team]; if(trigger.lead.value lte 2000)[notify.team]',
      ],
      ['new lead -> email lead', 'lead.created', 'email.send'],
      ['lead.created -> email contact', 'lead.created', 'email.send'],
      ['booking.created -> remind attendee', 'booking.created', 'email.send'],
      ['invoice.paid -> thank customer', 'invoice.paid', 'email.send'],
      [
        'Weekly (Mon 9am): pipeline summary -> me, email',
        'cron(0 9 ? * MON *)',
        'report.summarize; notify.team',
      ],
      ['lead.created -> me (email)', 'lead.created', 'notify.team'],
      [
        'invoice.overdue → dunning: day 3 reminder, day 10 reminder, day 30 escalate to finance',
        'invoice.overdue',
        'wait(P3D); invoice.sendReminder; wait(P7D); invoice.sendReminder; wait(P20D); notify.team',
      ],
    ].map(([said, trigger, steps]): Case => [said ?? '', trigger ?? '', steps ?? '']),
  ],
  [
    'dunning',
    ['invoice.overdue ->', 'When an invoice is overdue,', 'On overdue invoice:'].flatMap((t) =>
      [
        'start dunning',
        'kick off the dunning sequence',
        'send a dunning email',
        'send the dunning reminder',
        'run dunning',
      ].map((a): Case => [`${t} ${a}`, 'invoice.overdue', 'invoice.sendReminder']),
    ),
  ],
  [
    'roles as teammates',
    ['lead.created ->', 'On closed-won,', 'When a lead replies,'].flatMap((t) =>
      ROLES.flatMap((role) =>
        [`notify ${role}`, `email ${role}`, `tell ${role}`].map(
          (a): Case => [
            `${t} ${a}`,
            t.startsWith('lead')
              ? 'lead.created'
              : t.startsWith('On')
                ? 'lead.updated {"changes.status.to":["customer"]}'
                : 'email.received',
            'notify.team',
          ],
        ),
      ),
    ),
  ],
  [
    'a person on Slack',
    ['approval.requested ->', 'lead.created:'].flatMap((t) =>
      ['Slack DM to Anna', 'DM Anna on Slack', 'send a Slack DM to Anna', 'Slack message to Priya'].map(
        (a): Case => [`${t} ${a}`, t.replace(/\s*(?:->|:)$/, ''), 'notify.team'],
      ),
    ),
  ],
  [
    'my email, team email',
    ['lead.created', 'invoice.paid'].flatMap((e) =>
      ['-> my email', '-> team email', ': to my inbox', '-> sales team inbox', '-> finance team email'].map(
        (a): Case => [`${e} ${a}`, e, 'notify.team'],
      ),
    ),
  ],
  [
    'end of month',
    [
      'EOM',
      'EOM (last calendar day)',
      'On the last calendar day of the month',
      'Every month on the last day',
      'Monthly, on the last day',
      'At month-end',
    ].flatMap((when) =>
      [
        [': send the AR report to the team email', 'report.summarize; notify.team'],
        [' -> post a pipeline summary in #revops', 'report.summarize; notify.slack'],
      ].map(([what, steps]): Case => [`${when}${what}`, 'cron(0 9 L * ? *)', steps ?? '']),
    ),
  ],
]);

/** Rule bodies in spec notation, each with its outline, for the scope notes around them. */
const BODIES: readonly [body: string, trigger: string, steps: string, writes: boolean][] = [
  ['lead.created -> send welcome email', 'lead.created', 'email.send', false],
  [
    'invoice.overdue: start dunning, notify AR',
    'invoice.overdue',
    'invoice.sendReminder; notify.team',
    false,
  ],
  ['On form fill -> create lead', 'form.submitted', 'crm.createLead', true],
  ['lead.created -> status = contacted', 'lead.created', 'crm.updateLead', true],
];

/** Notes that change nothing, before or after the rule, as a sentence or in brackets. */
const HARMLESS_NOTES: readonly string[] = [
  'No other side effects.',
  '(placeholder copy OK for v1)',
  'No further actions.',
  'Nothing else.',
  "That's it for now.",
  'Placeholder copy is OK for v1.',
  'Placeholder text is fine for now.',
  'Copy TBD.',
  'Email copy to follow.',
  '(AR wants both)',
  '(Sales asked for this)',
];

const NOTE_PLACES: readonly ((body: string, note: string) => string)[] = [
  (b, n) => `${b}. ${n}`,
  (b, n) => `${n} ${b}.`,
];

/** A report's purpose said after it: a meeting, not a second schedule. */
const PURPOSES: readonly string[] = [
  'before the pipeline review',
  "for Friday's forecast call",
  'ahead of the weekly QBR',
  'in time for the Monday standup',
  "for tomorrow's deal review",
];

export const SPEC_SCOPE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map<string, readonly Case[]>([
  ...BODIES.map(([body, trigger, steps]): [string, Case[]] => [
    `notes around ${body}`,
    HARMLESS_NOTES.flatMap((note) =>
      NOTE_PLACES.map((place): Case => [place(body, note).replace(/\.\)\.$/, '.)'), trigger, steps]),
    ),
  ]),
  [
    'purposes of a report',
    PURPOSES.flatMap((purpose) =>
      [
        [
          'Every Thursday at 4pm, email the team the pipeline report',
          'cron(0 16 ? * THU *)',
          'report.summarize; notify.team',
        ],
        [
          'EOM: post a summary of unpaid invoices in #finance',
          'cron(0 9 L * ? *)',
          'report.summarize; notify.slack',
        ],
      ].map(([rule, trigger, steps]): Case => [`${rule} ${purpose}.`, trigger ?? '', steps ?? '']),
    ),
  ],
  [
    'restrictions the rule keeps',
    BODIES.filter(([, , , writes]) => !writes).flatMap(([body, trigger, steps]) =>
      ['No CRM write.', 'No CRM writes.', "Don't touch the CRM.", 'No Slack.', 'No HubSpot updates.'].map(
        (note): Case => [`${body}. ${note}`, trigger, steps],
      ),
    ),
  ],
]);

/** Restrictions the rule breaks: refused, quoting the note, never a workflow doing what it forbids. */
export const SPEC_SCOPE_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ...BODIES.filter(([, , , writes]) => writes).flatMap(([body]) =>
    ['No CRM write', 'No CRM writes', "Don't touch the CRM", 'No HubSpot updates'].map(
      (note) => [`${body}. ${note}.`, note] as const,
    ),
  ),
  ['lead.created -> post in #sales. No Slack.', 'would do notify.slack'],
  [
    'booking.created -> email the attendee the agenda. No customer-facing emails.',
    'No customer-facing emails',
  ],
  ["lead.created -> send welcome email. Don't email the lead.", "Don't email the lead"],
];
