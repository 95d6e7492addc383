import type { Case } from '../table/case';

/**
 * Session 40 (a15), issue 16: approvals in any words (development sets 26–31: 7 of 21 approval rows right on the
 * last three stops' sealed sets). One reader of an approver (a name, a role, me, "compliance (Lerato)", an address)
 * and an approval verb, wherever they are: it gates the step it names ("before emailing …"), the step before it
 * ("…, but Lukas approves it first") or the step after it ("Peter needs to approve it and then …"), and
 * "approved = …, rejected = …" are its two branches. Rows are [request, trigger, steps].
 */

/** Someone's approval said in its many shapes, before or after the step it gates. */
const APPROVERS = [
  'Karen has to approve it',
  'Dan has to OK it',
  'the office manager must sign off on it',
  'Lena needs to approve it',
  'check with the partner',
  "get Dave's OK",
] as const;

/** "before any overdue reminder goes out (to a family), <approval>": the overdue invoice starts it. */
const OVERDUE_OPENINGS = [
  'before any overdue reminder goes out, ',
  'before any overdue fee reminder goes out to a family, ',
  'before the overdue reminder goes out to a client ',
  'Before an overdue payment reminder is sent to a client, ',
] as const;

export const OVERDUE_OPENING_CLASS: readonly Case[] = [
  ...OVERDUE_OPENINGS.flatMap((opening) =>
    APPROVERS.map((ok): Case => [`${opening}${ok}`, 'invoice.overdue', 'approval; invoice.sendReminder']),
  ),
  [
    'before any overdue reminder goes out to a client I (Pieter) want to approve it first',
    'invoice.overdue',
    'approval; invoice.sendReminder',
  ],
  [
    'before any overdue reminder goes out, check with the partner first',
    'invoice.overdue',
    'approval; invoice.sendReminder',
  ],
];

/** "<approval> before <the step it names>": the approval, then that step. */
const NAMED_GATES = [
  ['before emailing the client a confirmation', 'email.send'],
  ['before we send the welcome email', 'email.send'],
  ['before sending them the welcome pack', 'email.send'],
  ['before we post in #intake', 'notify.slack'],
] as const;
const GATE_APPROVALS = [
  'get approval from ops@thegranary.ie',
  'Karen has to approve it',
  'ask the manager to approve it',
  'it needs sign-off from compliance (Lerato)',
  'check with Tom',
] as const;

export const NAMED_GATE_CLASS: readonly Case[] = NAMED_GATES.flatMap(([gate, outline]) =>
  GATE_APPROVALS.map(
    (ok): Case => [
      `When an enquiry form is submitted, ${ok} ${gate}`,
      'form.submitted',
      `approval; ${outline}`,
    ],
  ),
);

/** "<subject> needs sign-off from <someone> before …": what starts it, then the approval, then the step. */
export const NEEDS_FROM_CLASS: readonly Case[] = [
  [
    'new candidate tagged sponsorship needs sign off from compliance (Lerato) before we send the welcome email. if rejected mark them lost',
    'lead.created {"lead.tags":["sponsorship"]}',
    'approval(rejected:[crm.updateLead]); email.send',
  ],
  [
    'new lead tagged vip needs sign-off from the partner before we send the welcome email',
    'lead.created {"lead.tags":["vip"]}',
    'approval; email.send',
  ],
  [
    'New bookings need approval from Raj before emailing the guest a confirmation',
    'booking.created',
    'approval; email.send',
  ],
];

/** "<step>, but <someone> approves it first / only after <someone> approves it / … before it's issued". */
const GATED_BEFORE = [
  ['raise an invoice for the $500 setup fee', 'invoice.create'],
  ['email them the fee agreement', 'email.send'],
] as const;
const AFTER_STEP = [
  ', but Lukas approves it first',
  ' but only after Julie approves it',
  ' but Margaret has to approve it before it is sent',
  ', but the owner has to OK it first',
  ', but the partner will check it first',
] as const;

export const STEP_BEFORE_CLASS: readonly Case[] = [
  ...GATED_BEFORE.flatMap(([step, outline]) =>
    AFTER_STEP.map(
      (ok): Case => [
        `When a new client form comes in, ${step}${ok}`,
        'form.submitted',
        `approval; ${outline}`,
      ],
    ),
  ),
  [
    "When a new client form comes in, raise an invoice for the $500 setup fee but Margaret has to approve it before it's issued",
    'form.submitted',
    'approval; invoice.create',
  ],
  [
    'every friday 4pm send the newsletter to all members, but only after I approve it',
    'cron(0 16 ? * FRI *)',
    'approval; crm.findLeads; forEach[email.send]',
  ],
];

/** Their approval as a step of its own, then what follows it. */
export const STEP_OF_ITS_OWN_CLASS: readonly Case[] = [
  [
    'When a new lead comes in, draft a welcome email and Karen will approve it before it goes out',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    'When an invoice is created, the manager is going to OK it and then it gets emailed to the client',
    'invoice.created',
    'approval; email.send',
  ],
  [
    'When an invoice is created Peter needs to approve it and then it gets emailed to the client',
    'invoice.created',
    'approval; email.send',
  ],
  [
    'When an invoice is created, Anna has to approve it, then email it to the client',
    'invoice.created',
    'approval; email.send',
  ],
  [
    'When an invoice is created the bookkeeper must OK it and then it is sent to the client',
    'invoice.created',
    'approval; email.send',
  ],
  [
    'new waitlist enquiry (tag waitlist) -> manager approves offering a place -> email the offer',
    'lead.created {"lead.tags":["waitlist"]}',
    'approval; email.send',
  ],
  ['new lead -> Jamie approves -> email them the offer', 'lead.created', 'approval; email.send'],
  [
    'When a lead turns into a customer ask Sam to OK the engagement letter email, then send it to them',
    'lead.updated {"changes.status.to":["customer"]}',
    'approval; email.send',
  ],
  [
    'When a lead becomes a customer, ask Nora to approve the welcome email, then send it',
    'lead.updated {"changes.status.to":["customer"]}',
    'approval; email.send',
  ],
];

/** "approved = …, rejected = …" (and ":", "→"), "if it gets rejected …": the approval's branches. */
const OUTCOMES = [
  'approved = email the guest that the refund is coming, rejected = email them our refund policy',
  'approved: email the guest that the refund is coming. rejected: email them our refund policy',
  'approved → email the guest that the refund is coming; rejected → email them our refund policy',
  'if approved, email the guest that the refund is coming. if rejected, email them our refund policy',
] as const;
const ASKED = [
  'Booking cancelled -> Femke approves a refund. ',
  'when a booking is cancelled ask Gemma to approve refunding the deposit. ',
  'When a booking is cancelled, the manager has to approve a refund. ',
] as const;

export const OUTCOMES_CLASS: readonly Case[] = [
  ...ASKED.flatMap((asked) =>
    OUTCOMES.map(
      (said): Case => [`${asked}${said}`, 'booking.cancelled', 'approval(rejected:[email.send]); email.send'],
    ),
  ),
  [
    "when a booking is cancelled ask Gemma to approve refunding the deposit. approved → email the couple it's on the way; rejected → note it on the lead",
    'booking.cancelled',
    'approval(rejected:[crm.addNote]); email.send',
  ],
  [
    'when a booking is cancelled, Gemma has to approve it before we email the guest a refund notice. if it gets rejected, notify me',
    'booking.cancelled',
    'approval(rejected:[notify.team]); email.send',
  ],
];

/**
 * Near-misses: "approved" inside a message or as a state of a record, an approval with nothing to gate, outcomes with
 * no approval asked, a reminder not said overdue. [request, quoted].
 */
export const APPROVALS_SAID_REFUSED: readonly (readonly [string, string])[] = [
  ['When a form is submitted, Karen has to approve it.', 'Karen has to approve it'],
  ['When a form is submitted, Karen approves it', 'Karen approves it'],
  ['When a new lead comes in, email them. Karen will approve it.', 'Karen will approve it'],
  ['when a quote is approved, email the client', 'when a quote is approved'],
  ['when a booking is cancelled, email the guest. rejected: email them our policy', 'rejected'],
  ['When a form is submitted, email the client. approved = email them, rejected = notify me', 'approved'],
  ['before any reminder goes out, Karen has to approve it', 'Karen has to approve it'],
];
export const APPROVALS_SAID_KEPT: readonly Case[] = [
  ['When a lead is created, email them that their request is approved', 'lead.created', 'email.send'],
  [
    'When a booking is cancelled, email the guest that the refund was approved',
    'booking.cancelled',
    'email.send',
  ],
  ['When a lead is tagged vip, email them', 'lead.updated {"lead.tags":["vip"]}', 'email.send'],
];

/** "raise the £300 deposit invoice", "invoice for the €200 deposit": the amount before what it is for. */
const AMOUNT_FIRST = [
  'raise the £300 deposit invoice',
  'create the $50 deposit invoice',
  'issue a €120 membership invoice',
  'send them the £75 registration fee invoice',
  'invoice for the €200 deposit',
  'invoice them for the $150 setup fee',
] as const;
const INVOICED_ON = [
  ['When the enrolment form comes in, ', 'form.submitted'],
  ['new lead -> ', 'lead.created'],
] as const;

export const AMOUNT_FIRST_CLASS: readonly Case[] = [
  ...INVOICED_ON.flatMap(([said, event]) =>
    AMOUNT_FIRST.map((invoice): Case => [`${said}${invoice}`, event, 'invoice.create']),
  ),
  ...INVOICED_ON.map(
    ([said, event]): Case => [
      `${said}raise the £300 deposit invoice but only after Julie approves it`,
      event,
      'approval; invoice.create',
    ],
  ),
];
/** No currency, or a word after the amount no invoice reads: refused, quoted. */
export const AMOUNT_FIRST_REFUSED: readonly (readonly [string, string])[] = [
  ['When the enrolment form comes in, raise the 300 deposit invoice', 'currency'],
  ['When the enrolment form comes in, raise the £300 blue invoice', 'raise the £300 blue invoice'],
];

/** "ask the owner to approve a 10% discount, then …": what is approved, said after the verb, is the approval's. */
const APPROVED_THINGS = [
  'a 10% discount',
  'a £20 refund',
  'the late fee waiver',
  'their deposit refund',
] as const;
const APPROVERS_ASKED = [
  'ask the owner to approve',
  'have Gemma approve',
  'get the manager to approve',
] as const;

export const APPROVED_THING_CLASS: readonly Case[] = APPROVERS_ASKED.flatMap((asked) =>
  APPROVED_THINGS.map(
    (thing): Case => [
      `When a booking is cancelled, ${asked} ${thing}, then email the guest. if rejected, notify the front desk`,
      'booking.cancelled',
      'approval(rejected:[notify.team]); email.send',
    ],
  ),
);
/** What is approved may not hide a test of the records ("for leads over 10k"): refused, quoted. */
export const APPROVED_THING_REFUSED: readonly (readonly [string, string])[] = [
  [
    'When a lead is created, ask the owner to approve a discount for leads over 10k, then email them',
    'a discount for leads over 10k',
  ],
  [
    'When a lead is created, ask the owner to approve a discount if they are vip, then email them',
    'if they are vip',
  ],
];
