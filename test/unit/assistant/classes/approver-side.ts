import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 35 (h5), issue 16's miss classes 11 and 12: approvals said from the approver's side ("I approve, then it's
 * sent", "I need to approve it before it goes out", "if I reject it, …", "If he approves, …; if not, …") and drafts
 * said with the AI as who writes them ("have AI draft a welcome", "AI writes a personal reply"). The rejection is the
 * approval's own other branch (its onReject), never a test of something else. Rows are [request, trigger, steps].
 */

/** [what starts it, trigger outline] across trades. */
const STARTS = [
  ['When a new lead comes in, ', 'lead.created'],
  ['When a client books a session, ', 'booking.created'],
  ['When someone fills in the quote form, ', 'form.submitted'],
  ['When an email comes in, ', 'email.received'],
] as const;

/** A draft the AI writes. */
const AI_DRAFTS = [
  'have AI draft a personal welcome',
  'have AI write a reply',
  'AI writes a personal reply',
  'ask AI to draft an intro email',
  'draft a reply with AI',
  'let the AI draft an apology',
] as const;

/** The writer approving it, then it goes out. */
const I_APPROVE = [
  ", I approve, then it's sent.",
  ", let me approve it, then it's sent.",
  ' and ask me to approve it first, then it goes out.',
  '. I need to approve it before it goes out.',
  ', but I want to check it before it goes out.',
] as const;

/** start × AI draft × approval: drafted, approved, sent. */
export const AI_DRAFT_APPROVED_CLASS: readonly Case[] = STARTS.flatMap(([said, event]) =>
  cross([said], AI_DRAFTS, I_APPROVE).map((r): Case => [r, event, 'email.draft; approval; email.send']),
);

/** The AI's draft sent as soon as it is written, or kept as a draft. */
export const AI_DRAFT_CLASS: readonly Case[] = STARTS.flatMap(([said, event]) => [
  ...cross([said], AI_DRAFTS, [' and send it.', ', then send it.', ' and it gets sent straight away.']).map(
    (r): Case => [r, event, 'email.draft; email.send'],
  ),
  ...cross([said], AI_DRAFTS, ['.']).map((r): Case => [r, event, 'email.draft']),
]);

/** An approval asked for, then the step it guards. */
const ASKED = [
  'ask me to approve it first, then email them the details. ',
  'get my approval, then email them the details. ',
  'ask my manager to approve it, then email them the details. ',
] as const;

/** The approval's other branch, said from the approver's side, and its step. */
const REJECTED = [
  'If I reject it, ',
  "If it's rejected, ",
  'If I decline, ',
  'If it is not approved, ',
  "If I don't approve it, ",
  'If the manager rejects it, ',
] as const;

const ON_REJECT = [
  ['notify Sam.', 'notify.team'],
  ["email them that we can't help.", 'email.send'],
  ['post in #ops.', 'notify.slack'],
] as const;

/** start × approval asked × rejection × its step: the approval with that branch, then the step it guards. */
export const REJECTED_CLASS: readonly Case[] = STARTS.flatMap(([said, event]) =>
  ASKED.flatMap((asked) =>
    REJECTED.flatMap((rejected) =>
      ON_REJECT.map(
        ([step, outline]): Case => [
          `${said}${asked}${rejected}${step}`,
          event,
          `approval(rejected:[${outline}]); email.send`,
        ],
      ),
    ),
  ),
);

/** "If he approves, X; if not, Y", "Once approved, X. If rejected, Y": X after the approval, Y its other branch. */
export const APPROVED_OR_NOT_CLASS: readonly Case[] = STARTS.flatMap(([said, event]) =>
  cross(
    [said],
    ['ask my manager to approve it. ', 'get Dana to approve it. ', 'ask the owner for approval. '],
    [
      'If he approves, email them the quote; if not, notify me.',
      'If approved, email them the quote, otherwise notify me.',
      'Once approved, email them the quote. If rejected, notify me.',
    ],
  ).map((r): Case => [r, event, 'approval(rejected:[notify.team]); email.send']),
);

/** Twins: with no approval asked, a rejection is no branch of ours (refused, quoted); an approval alone stays one. */
export const NO_APPROVAL_REFUSED: readonly Refusal[] = cross(
  ['When a new lead comes in, ', 'When an email comes in, '],
  ['email them. ', 'send them a quote. '],
  ['If I reject it, notify me.', 'If they decline, notify me.', 'If it is rejected, notify me.'],
).map((r): Refusal => [r, /they decline/.test(r) ? 'they decline' : 'reject']);

export const APPROVAL_ALONE_CLASS: readonly Case[] = STARTS.map(
  ([said, event]): Case => [
    `${said}ask me to approve it first, then email them the details.`,
    event,
    'approval; email.send',
  ],
);

/** The whole class, as the bench counts it. */
export const APPROVER_SIDE_CLASS: readonly Case[] = [
  ...AI_DRAFT_APPROVED_CLASS,
  ...AI_DRAFT_CLASS,
  ...REJECTED_CLASS,
  ...APPROVED_OR_NOT_CLASS,
  ...APPROVAL_ALONE_CLASS,
];
