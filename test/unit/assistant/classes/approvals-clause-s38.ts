import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 38 (a7), issue 16: an approval said as a clause of its own (development sets 26–28: 4 of 21 approval rows
 * right). "New bookings need Raj's approval.", "any invoice over $20,000 that gets created needs Helen to approve it"
 * as the opening words (what starts it, then the approval), "Aroha has to approve each one - if yes …, if no …",
 * "don't email them X until Siobhan has approved it", "-> Coach Ben approves it ->". Rows are [request, trigger, steps].
 */

const OPENINGS = [
  ['New bookings', 'booking.created'],
  ['New leads', 'lead.created'],
  ['Every new booking', 'booking.created'],
] as const;
const NEEDS = [
  " need Raj's approval",
  " need the manager's sign-off",
  ' need Raj to approve it',
  ' need the office manager to approve them',
  " require Raj's approval",
] as const;
const REJECTED = [
  ['. If he says no, email them that we are full', 'approval(rejected:[email.send])'],
  ['. If she rejects it, notify me', 'approval(rejected:[notify.team])'],
  ['', 'approval'],
] as const;

/** "<X> needs <Y>'s approval" opening the request: X starts it, then the approval (its rejection after it). */
export const NEEDS_THEIR_OK_CLASS: readonly Case[] = [
  ...OPENINGS.flatMap(([x, trigger]) =>
    NEEDS.flatMap((needs) =>
      REJECTED.map(
        ([no, steps]): Case => [
          `${x}${x.startsWith('Every') ? needs.replace(/^ need\b/, ' needs').replace(/^ require\b/, ' requires') : needs}${no}`,
          trigger,
          steps,
        ],
      ),
    ),
  ),
  [
    'any invoice over $20,000 that gets created needs Helen to approve it. if she rejects it post in #billing',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 2000000)[approval(rejected:[notify.slack])]',
  ],
];

const WHEN = [
  ['When a new booking is made, ', 'booking.created'],
  ['When the website form is submitted, ', 'form.submitted'],
] as const;
const HAS_TO = [
  'Aroha has to approve each one',
  'Dave must approve it',
  'the manager needs to approve it',
  'Coach Ben has to approve them',
] as const;

/** "<Y> has to approve it" followed by its branches ("if yes …, if no …", "If she says no …") or "then …". */
export const HAS_TO_APPROVE_CLASS: readonly Case[] = WHEN.flatMap(([when, trigger]) =>
  HAS_TO.flatMap((who): Case[] => [
    [
      `${when}${who} - if yes email them a confirmation, if no email them that we couldn't do it`,
      trigger,
      'approval(rejected:[email.send]); email.send',
    ],
    [
      `${when}${who}. If yes, email them a confirmation. If no, notify me`,
      trigger,
      'approval(rejected:[notify.team]); email.send',
    ],
    [`${when}${who}, then email them the welcome pack`, trigger, 'approval; email.send'],
  ]),
);

const GUARDS = [
  'but nobody should email them our terms of business',
  "but don't email them the contract",
  'but we should not send them the price list',
  'but never email them the quote',
] as const;
const UNTIL = [
  'until Siobhan has approved it',
  'until the partner approves it',
  'until Dave signs off on it',
] as const;

/** "create the lead, but nobody should email them X until Siobhan has approved it": the approval guards the email. */
export const UNTIL_APPROVED_CLASS: readonly Case[] = GUARDS.flatMap((guard) =>
  UNTIL.map(
    (until): Case => [
      `When a form is submitted, create the lead, ${guard} ${until}`,
      'form.submitted',
      'crm.createLead; approval; email.send',
    ],
  ),
);

/** Their approval as an arrow step, their title said ("Coach Ben approves it"). */
export const TITLED_STEP_CLASS: readonly Case[] = [
  [
    'new lead -> AI drafts a welcome email -> Coach Ben approves it -> send',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    'new lead -> draft a welcome email -> Coach Sarah approves it -> send',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    'New booking → draft a confirmation email → Coach Ben OKs it → send',
    'booking.created',
    'email.draft; approval; email.send',
  ],
];

/** Near-misses kept as main reads them. */
export const CLAUSE_TWINS_KEPT: readonly Case[] = [
  ['When a new lead comes in, email them the approved quote', 'lead.created', 'email.send'],
  [
    'When a lead is added, ask Dana for approval, then email them. If no reply in 2 days, notify me',
    'lead.created',
    'approval; email.send; waitFor(email.received,P2D,timeout:[notify.team])',
  ],
];

/** Near-misses that must stay refused: an approval said after the step it would guard, a one-off, a pronoun opening. */
export const CLAUSE_TWINS_REFUSED: readonly Refusal[] = [
  ['When a new lead comes in, email them. Sam has to approve it.', 'Sam has to approve it'],
  ["When a new booking is made, email the client. The booking needs Raj's approval.", "needs Raj's approval"],
  ["It needs Raj's approval. When a new booking is made, email the client.", "needs Raj's approval"],
  ['approve the invoice', 'approve the invoice'],
  [
    'When a new lead comes in, email them the fee agreement. Dave has to approve it before he leaves',
    'before he leaves',
  ],
];

const HAS_TO_FIRST = [
  ', but the partner has to approve it first',
  ', but Dave must sign off on it before it goes out',
  ', but Peter has to sign off before anything goes out',
  ', but Margaret needs to approve it beforehand',
] as const;

/** "but Peter has to sign off before anything goes out": their approval, before the step it guards. */
export const HAS_TO_FIRST_CLASS: readonly Case[] = [
  ...HAS_TO_FIRST.flatMap((first): Case[] => [
    [
      `When a new lead comes in, email them the fee agreement${first}`,
      'lead.created',
      'approval; email.send',
    ],
    [
      `When a client books a consult, send them the intake form${first}`,
      'booking.created',
      'approval; email.send',
    ],
  ]),
  [
    'I want to email all leads tagged tax-2026 the fee increase notice whenever I run it, but Peter has to sign off before anything goes out',
    'manual',
    'approval; crm.findLeads; forEach[email.send]',
  ],
];
