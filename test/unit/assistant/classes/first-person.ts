import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 34 (h1): approval and knowledge steps said in the writer's own voice (class 10 of fresh sets 31/32, told as a
 * class): "let me approve it first", "run it by me", "I want to OK it before it goes out", "send it once I've
 * approved it"; "use our pricing doc to draft an answer", "draft a reply based on our FAQ". An approval guards the
 * step it is said of: a send comes after it; a draft comes before it, and is sent once approved only when the
 * request says it goes out. Twins: a statement of the writer's own in a sentence of its own, "let me know", a
 * colleague named in lower case, documents that are sent rather than read, templates.
 */

/** [rule up to its send, trigger]. */
const SENDS = [
  ['When a new lead comes in, send them a welcome email', 'lead.created'],
  ['When a booking is made, email the client a confirmation', 'booking.created'],
  ['When a form is submitted, send the person a thank-you email', 'form.submitted'],
] as const;

/** What is said after a send: the approval comes before it. */
const BEFORE_SEND = [
  ', but let me approve it first.',
  ' - let me OK it first.',
  ', but run it by me first.',
  ', but run it by Sam first.',
  ', but check with me first.',
  ' and let me check it before it goes out.',
  ", but I want to approve it before it's sent.",
  ", but I'd like to review it first.",
  " once I've approved it.",
  ' only after I have okayed it.',
  ' after my sign-off.',
  ', but only with my OK.',
  ', subject to my approval.',
  ' - I need to sign off on it first.',
  ', but I want to see it before it goes out.',
];

/** [rule up to its draft, trigger]. */
const DRAFTS = [
  ['When a client emails us, draft a reply', 'email.received'],
  ['When a new lead comes in, draft a welcome email', 'lead.created'],
  ['When an invoice is paid, draft a thank-you email', 'invoice.paid'],
] as const;

/** What is said after a draft, and whether it goes out once approved. */
const AFTER_DRAFT = [
  [' and let me approve it first.', false],
  [', then run it by me.', false],
  [' and run it by me before it goes out.', true],
  ['; I want to OK it before it goes out.', true],
  [' and have me review it before sending.', true],
  ['. Let me check it before it is sent.', true],
  [' and send it once I have approved it.', true],
  [' and check with me before sending it.', true],
  [' and send it after I sign off on it.', true],
  ['. Nothing goes out without my OK.', true],
  [", but don't send it until I've approved it.", true],
  [' and do not send anything without my approval.', true],
  [' for me to approve.', false],
  [' for me to review before it goes out.', true],
  [' and I approve it before it goes out.', true],
] as const;

export const APPROVAL_CLASS: readonly Case[] = [
  ...SENDS.flatMap(([rule, trigger]) =>
    BEFORE_SEND.map((said): Case => [`${rule}${said}`, trigger, 'approval; email.send']),
  ),
  ...DRAFTS.flatMap(([rule, trigger]) =>
    AFTER_DRAFT.map(
      ([said, sent]): Case => [
        `${rule}${said}`,
        trigger,
        sent ? 'email.draft; approval; email.send' : 'email.draft; approval',
      ],
    ),
  ),
];

/** [trigger said, trigger]: what the step reads is about the message or the form. */
const ASKS = [
  ['When a client emails us', 'email.received'],
  ['When a customer sends us a question', 'email.received'],
  ['When a form is submitted', 'form.submitted'],
] as const;
const DOCS = [
  'our FAQ',
  'the knowledge base',
  'our pricing doc',
  'the price list',
  'our help docs',
  'our policies',
];
/** [shape ({t} = trigger, {d} = documents), steps]. */
const READS = [
  ['{t}, pull the answer from {d} and draft a reply.', 'knowledge.search; email.draft'],
  ['{t}, use {d} to draft a reply.', 'knowledge.search; email.draft'],
  ['{t}, consult {d} and draft a reply.', 'knowledge.search; email.draft'],
  ['{t}, draft a reply based on {d}.', 'knowledge.search; email.draft'],
  ['{t}, draft an answer using {d}.', 'knowledge.search; email.draft'],
  ['{t}, check the question against {d} and draft a reply.', 'knowledge.search; email.draft'],
  ['{t}, look the answer up in {d} and draft a reply.', 'knowledge.search; email.draft'],
] as const;

export const KNOWLEDGE_CLASS: readonly Case[] = ASKS.flatMap(([said, trigger]) =>
  DOCS.flatMap((docs) =>
    READS.map(([shape, steps]): Case => [shape.replace('{t}', said).replace('{d}', docs), trigger, steps]),
  ),
);

/** One word away: no approval, no knowledge search — another workflow, or a refusal. */
export const FIRST_PERSON_TWINS: readonly Case[] = [
  // "send it to me for approval" is an approval (session 38: set 24's writers mean one); with no approval word, not
  ['When a client emails us, draft a reply and send it to me.', 'email.received', 'email.draft; notify.team'],
  ['When a new lead comes in, let me know.', 'lead.created', 'notify.team'],
  ['When a client emails us, draft a reply using our template.', 'email.received', 'email.draft'],
  ['When a new lead comes in, email them our price list.', 'lead.created', 'email.send'],
  [
    'When a new lead comes in, send them a welcome email and let me know.',
    'lead.created',
    'email.send; notify.team',
  ],
];

export const FIRST_PERSON_REFUSED: readonly Refusal[] = [
  ["When a new lead comes in, send them a welcome email. I'll approve it first.", 'approve it first'],
  ['When a new lead comes in, send them a welcome email, but run it by email first.', ''],
  ['when a client emails us draft a reply and run it by me before it goes out', ''],
];
