import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 38 (a1), issue 16: approvals as the population says them (development sets 23–25: law firms, trades,
 * charities; 2 of 18 approval rows were right). Each class is a way of saying it that was refused: the approval asked
 * of someone else ("have Jen approve it first", "get Dave's OK first"), their approval as a step ("Deirdre approves
 * it, then …"), a yes/no question ("ask me whether …; if I say yes …, if I say no …"), a draft "sent to me to
 * approve", the overdue reminder gated from the first words ("Before any overdue reminder goes out, ask me first"),
 * one approval for all the records found, and the check said in other words ("look it over", "before its sent").
 * Rows are [request, trigger, steps].
 */

const STARTS = [
  ['When a new lead comes in, ', 'lead.created'],
  ['When a client books a consult, ', 'booking.created'],
] as const;

/** An approval asked of someone else, before the step it guards. */
const THEIR_OK = [
  ', but ask the owner to approve first',
  ', but have Jen approve it first',
  ', but check with the partner first',
  ", but get Dave's OK first",
  ', but run it by the supervising attorney first',
  ', but ask Margaret to sign off on it first',
] as const;

const GUARDED = [
  ['email them the fee agreement', 'email.send'],
  ['post in #intake', 'notify.slack'],
] as const;

/** start × guarded step × whose approval: the approval, then the step. */
export const THEIR_OK_CLASS: readonly Case[] = STARTS.flatMap(([said, event]) =>
  GUARDED.flatMap(([step, outline]) =>
    THEIR_OK.map((ok): Case => [`${said}${step}${ok}.`, event, `approval; ${outline}`]),
  ),
);

/** A draft, someone else approves it, then it goes out. */
export const THEY_APPROVE_STEP_CLASS: readonly Case[] = STARTS.flatMap(([said, event]) =>
  cross(
    [said],
    [
      'draft a reply',
      'have the AI draft a personal welcome',
      'get the AI to write a draft of the welcome email',
    ],
    [
      ', Deirdre approves it, then send it.',
      ' → the manager OKs it → send it.',
      ', Helen approves it, then email it to them.',
    ],
  ).map((r): Case => [r, event, 'email.draft; approval; email.send']),
);

/** A yes/no question to the approver: yes, the step; no, the approval's other branch. */
export const ASK_WHETHER_CLASS: readonly Case[] = [
  ...cross(
    ['When a lead is created, '],
    [
      'ask me whether to book them in; if I say yes ',
      'ask me if we should take the case, and if I say yes ',
      'ask Fr Tom whether to offer a consult, and if he says yes ',
      'ask the office manager if we want them; if she says yes ',
    ],
    ['book a 30 min consult, if I say no mark them lost.'],
  ).map((r): Case => [r, 'lead.created', 'approval(rejected:[crm.updateLead]); calendar.schedule']),
  ...cross(
    ['When a booking is cancelled '],
    [
      'ask Fr Tom if we should offer the slot to the waiting list, and if he says yes ',
      'ask me whether to refill the slot; if I say yes ',
    ],
    ['email waitinglist@stmarys.example.org.', 'post in #bookings.'],
  ).map((r): Case => [r, 'booking.cancelled', `approval; ${/#/.test(r) ? 'notify.slack' : 'email.send'}`]),
];

/** A draft "sent to me to approve": approved, then sent where the draft goes. */
export const SENT_TO_ME_CLASS: readonly Case[] = cross(
  ['When an email comes in, '],
  ['draft an answer', 'have the AI write a reply'],
  [
    ' and send it to me to approve.',
    ' and send it to me for approval.',
    ', then forward it to me for my OK.',
    ' and send it to me to check first.',
  ],
).flatMap((r): Case[] => [
  [r, 'email.received', 'email.draft; approval; email.send'],
  [
    `${r} If I reject it, add a note on the customer.`,
    'email.received',
    'email.draft; approval(rejected:[crm.addNote]); email.send',
  ],
]);

/** The overdue reminder gated from the first words, or drafted and approved: the reminder, sent once approved. */
export const BEFORE_REMINDER_CLASS: readonly Case[] = [
  ...cross(
    ['when an invoice is overdue ', 'When an invoice goes overdue, '],
    [
      'draft a reminder but ask me before sending it',
      'prepare a payment reminder and check with me first before it goes out',
    ],
  ).map((r): Case => [r, 'invoice.overdue', 'approval; invoice.sendReminder']),
  ...cross(
    [
      'Before any overdue reminder goes to a customer, ',
      'before a reminder goes out for an overdue invoice, ',
      'Before any invoice reminder goes out for an overdue invoice, ',
      'Before each late payment reminder is sent, ',
    ],
    [
      'ask me first.',
      'check with me first',
      'have me approve it.',
      'I want to approve it first.',
      'get my OK first.',
    ],
  ).map((r): Case => [r, 'invoice.overdue', 'approval; invoice.sendReminder']),
];

/** One approval for every record found, before the step done for each (and its other branch outside the loop). */
export const FOUND_THEN_APPROVED_CLASS: readonly Case[] = [
  ...cross(
    ['Every Friday at 3 find the unpaid invoices '],
    [
      'and check with me before the reminders go out.',
      'and check with me before any reminder goes out.',
      ', ask for my approval, then send them reminders.',
      ', get my OK, then send the reminders.',
    ],
  ).map((r): Case => [r, 'cron(0 15 ? * FRI *)', 'invoice.find; approval; forEach[invoice.sendReminder]']),
  ...cross(
    ['Every Monday at 9 send a reminder to all clients with unpaid invoices, but '],
    ['have Jen approve the batch first. ', 'run it by the office manager first. ', 'get my approval first. '],
    [
      'If she says no, just post in #billing that it was skipped.',
      'If rejected, post in #billing that it was skipped.',
    ],
  ).map(
    (r): Case => [
      r,
      'cron(0 9 ? * MON *)',
      'approval(rejected:[notify.slack]); invoice.find; forEach[invoice.sendReminder]',
    ],
  ),
];

/** The writer's own check in other words, after a draft: drafted, approved, sent. */
export const CHECK_SAID_CLASS: readonly Case[] = cross(
  ['When a new lead comes in, ', 'New lead -> '],
  ['write them a reply', 'have the AI write a personal reply', 'draft a personal thank you'],
  [
    ' but let me look it over before it goes out.',
    ', but I want to OK every reply before its sent.',
    ', but let me see it before it goes.',
    ', but I want to approve it before it goes out.',
  ],
).map((r): Case => [r, 'lead.created', 'email.draft; approval; email.send']);

/**
 * An approval said after the step it guards, which the step's reader used to swallow (a wrong workflow with no
 * approval): "make an invoice …, but get my OK first before it's created", "draft a reply but ask me before sending it".
 */
export const SWALLOWED_CLASS: readonly Case[] = [
  ...cross(
    ['When someone pays, '],
    ['make an invoice for 199 USD', 'create an invoice for 199 USD'],
    [
      ' but get my OK first before its created.',
      " but I need to approve it before it's created.",
      ' but ask me first.',
      ', but let me approve it first.',
    ],
  ).map((r): Case => [r, 'invoice.paid', 'approval; invoice.create']),
  ...cross(
    ['When a lead comes in, '],
    ['draft a reply', 'draft a personal welcome'],
    [
      ' but ask me before sending it.',
      ' but ask me first before it goes out.',
      ', but get my OK first before its sent.',
    ],
  ).map((r): Case => [r, 'lead.created', 'email.draft; approval; email.send']),
  ...cross(
    ['When a lead comes in, '],
    ['email them the brochure', 'book a consult'],
    [' but ask me first.'],
  ).map((r): Case => [r, 'lead.created', `approval; ${/book/.test(r) ? 'calendar.schedule' : 'email.send'}`]),
];

/**
 * Someone else's approval after the step ("… once the partner approves it", "… only after Dave signs off", "…, but it
 * needs sign-off from the partner first"), which the step's reader used to swallow, and the approval asked of a role
 * the reader did not know ("ask the partner to approve it. Once approved, …").
 */
export const ONCE_THEY_APPROVE_CLASS: readonly Case[] = cross(
  ['When a new lead comes in, '],
  [
    'email them the fee agreement once the partner approves it.',
    'email them the fee agreement after the supervising attorney approves it.',
    'email them the fee agreement once Dave has approved it.',
    'email them the fee agreement only after Dave signs off.',
    'email them the fee agreement, but it needs sign-off from the partner first.',
    'ask the partner to approve it. Once approved, email them the fee agreement.',
    'ask the bookkeeper to approve it, then email them the fee agreement.',
  ],
).map((r): Case => [r, 'lead.created', 'approval; email.send']);

/** The approver's silence is the approval's timeout and other branch, never a wait for the lead's reply. */
export const UNANSWERED_CLASS: readonly (readonly [request: string, steps: string, timeout: string])[] =
  cross(
    ['When a new lead comes in, '],
    [
      'ask the partner to approve it, then email them. ',
      "get Dave's OK, then email them. ",
      'ask my manager for approval, then email them. ',
    ],
    [
      "If she doesn't respond in 2 days, ",
      'If he does not answer within 2 days, ',
      "If Dave hasn't approved it in 2 days, ",
    ],
    ['notify me.', 'post in #intake.'],
  ).map(
    (r) =>
      [r, `approval(rejected:[${/#/.test(r) ? 'notify.slack' : 'notify.team'}]); email.send`, 'P2D'] as const,
  );

/**
 * An approval said in a phrase after the step that the step's reader swallowed (the email sent with no approval):
 * "after approval", "subject to approval", "with the partner's approval", "once it's approved", "after I approve",
 * "but it has to be approved first", "the partner approves, then we email them".
 */
export const APPROVAL_PHRASE_CLASS: readonly Case[] = cross(
  ['When a new lead comes in, '],
  [
    'email them the quote after approval.',
    'email them the quote subject to approval.',
    "email them the quote with the partner's approval.",
    "email them the quote pending the partner's sign-off.",
    "email them the quote, but only with Dave's OK.",
    "email them the quote once it's approved.",
    'email them the quote once approved by the partner.',
    'send them the quote after I approve.',
    'send them the quote but it has to be approved first.',
    'send them the quote but it must be signed off by the partner first.',
    'the partner approves, then we email them the quote.',
  ],
).map((r): Case => [r, 'lead.created', 'approval; email.send']);

/** An approval asked in words no reader takes is refused, quoted: never a workflow without it. */
export const APPROVAL_UNREAD_REFUSED: readonly Refusal[] = [
  ['When a new lead comes in, email them the quote (approval required)', 'approval'],
  ['When a new lead comes in, email them the quote, needs approval', 'approval'],
  ['When a new lead comes in, email them the quote. Approval by the partner.', 'approval'],
];

/** Twins that must stay refused (quoted) or stay no approval. */
export const APPROVAL_TWINS_REFUSED: readonly Refusal[] = [
  // no trigger known: a reminder not said overdue, or about something else
  ['before a reminder goes out, ask me first', 'starts the workflow'],
  // a reminder drafted with no approval asked is no reminder sent
  ['when an invoice is overdue draft a reminder', 'draft a reminder'],
  ['before any reminder goes out for a booking, check with me first', 'starts the workflow'],
  // "approve the invoice" as a one-off, "the quote is approved" as a state: no approval step
  ['When an invoice is created, approve the invoice', 'approve the invoice'],
  ['When the quote is approved, email the client', 'starts the workflow'],
  // "if approved", "if she says no" with no approval asked
  ['When a new lead comes in, email them. If approved, notify me.', 'If approved'],
  ['When a new lead comes in, email them. If she says no, notify me.', 'If she says no'],
  // someone asked to do something else first, a customer asked a question: no approval
  [
    'When a new lead comes in, book a consult, but ask Dana to check the calendar first',
    'check the calendar',
  ],
  [
    'When a new lead comes in, ask them whether they want a call, and if they say yes book a call',
    'whether they want a call',
  ],
];

/** Twins that stay as they were: an approval said as a state word is no step. */
export const APPROVAL_TWINS_KEPT: readonly Case[] = [
  // a form tool named is the form's source, never any form's submissions
  [
    'New grant application (tally form) -> draft a response, Helen approves it, then email it to the applicant',
    'form.submitted {"source":["tally"]}',
    'email.draft; approval; email.send',
  ],
  // an approval word inside a compound, or the approval.requested event: no approval step, and no refusal
  [
    'lead updated to qualified -> send them the pre-approval checklist email',
    'lead.updated {"changes.status.to":["qualified"]}',
    'email.send',
  ],
  ['When something needs my approval send me a slack message', 'approval.requested', 'notify.slack'],
  // "for approval" as what a message is for: the team is told, no approval step
  [
    'When a customer emails in with a question, draft a reply and pass it on to the team for approval',
    'email.received',
    'email.draft; notify.team',
  ],
  // with no approval asked, "if she doesn't respond" is the lead's reply
  [
    "When a new lead comes in, email them. If she doesn't respond in 2 days, notify me.",
    'lead.created',
    'email.send; waitFor(email.received,P2D,timeout:[notify.team])',
  ],
  ['When a new lead comes in, email them the approved quote', 'lead.created', 'email.send'],
  ['When an email comes in, draft an answer and send it to me', 'email.received', 'email.draft; notify.team'],
];
