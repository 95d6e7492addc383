import type { Case } from '../table/case';
import { cross } from './comparisons-s32';

/**
 * Session 36 (h5), issue 16's miss classes 11-13 as fresh writers of sets 21/22 said them, in many trades' words:
 * - the approval as a step of its own ("→ I approve it → send", ", let me approve it, then send"), asked before
 *   something goes out ("ask me before any reminder goes out"), or before it is sent to someone ("I want to approve
 *   it before it's emailed to the customer");
 * - an answer the AI writes from the knowledge base ("have AI answer it using the knowledge base"): searched, then
 *   sent, never a bare AI task; the topic asked about tested without the writer's "our";
 * - a file uploaded to a folder named: the trigger's filter on that folder.
 * Rows are [request, trigger outline, steps outline]; twins (must refuse, must differ) follow each class.
 */

/** [how the new record is said, its trigger]. */
const NEW_PEOPLE = [
  ['new client → ', 'lead.created'],
  ['New patient: ', 'lead.created'],
  ['When a new customer signs up, ', 'lead.created'],
  ['new tenant - ', 'lead.created'],
  ['When a customer emails us, ', 'email.received'],
] as const;

/** The draft the AI writes. */
const DRAFTS = [
  'AI drafts a welcome email',
  'have AI draft a reply',
  'draft a welcome email with AI',
  'AI writes a personal note',
] as const;

/** The approval said as a step between the draft and its sending. */
const APPROVAL_STEPS = [
  ' → I approve it → send',
  ', let me approve it, then send',
  ', I OK it, then send it',
  ' → I sign off on it → send it',
  ', let me approve it and then send',
] as const;

export const APPROVAL_STEP_CLASS: readonly Case[] = NEW_PEOPLE.flatMap(([said, trigger]) =>
  cross([said], DRAFTS, APPROVAL_STEPS).map((r): Case => [r, trigger, 'email.draft; approval; email.send']),
);

/** [the overdue invoice, said]. */
const OVERDUE = [
  'Overdue invoices: ',
  'When an invoice goes overdue, ',
  'When a payment is late, ',
  'if a bill goes past due, ',
] as const;

/** What goes out once I have said yes: [said, its step]. */
const ASKED_BEFORE = [
  ['ask me before any reminder goes out', 'invoice.sendReminder'],
  ['check with me before the reminder is sent', 'invoice.sendReminder'],
  ['ask me first before each reminder gets sent', 'invoice.sendReminder'],
  ['ask me before any follow-up email goes out', 'email.send'],
] as const;

export const ASKED_BEFORE_CLASS: readonly Case[] = OVERDUE.flatMap((said) =>
  ASKED_BEFORE.map(([asked, step]): Case => [`${said}${asked}`, 'invoice.overdue', `approval; ${step}`]),
);

/** [an invoice created, its test]. */
const CREATED = [
  ['when an invoice is created, ', ''],
  ['when an invoice is created over $1,000 ', 'trigger.invoice.totalCents gt 100000'],
  ['invoices over $800: ', 'trigger.invoice.totalCents gt 80000'],
  ['When a new invoice is raised, ', ''],
] as const;

/** The approval before it is sent to someone. */
const BEFORE_SENT = [
  "I want to approve it before it's emailed to the customer",
  "let me OK it before it's sent to the client",
  "I'd like to approve it before it goes out to the customer",
  "I need to review it before it's emailed to them",
  "I want to approve them before they're emailed to the client",
] as const;

export const BEFORE_SENT_CLASS: readonly Case[] = CREATED.flatMap(([said, test]) =>
  BEFORE_SENT.map(
    (approve): Case => [
      `${said}${approve}`,
      'invoice.created',
      test ? `if(${test})[approval; email.send]` : 'approval; email.send',
    ],
  ),
);

/**
 * Twins: the approval said as a condition ("if I approve it") or with nothing after it, someone else asked ("ask
 * them"), or "send" with no draft before it: refused, quoting it (each was refused before too).
 */
export const APPROVAL_TWINS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['new client → email them the intake form → I approve it', 'I approve it'],
  ['Overdue invoices: ask them before any reminder goes out', 'ask them before any reminder goes out'],
  ['When a payment is late, ask the client before any reminder goes out', 'ask the client'],
  ['when a new lead comes in, email them a welcome, then send', 'send'],
  ['When a new patient signs up, email them the forms, I approve it', 'I approve it'],
];

/** [what an email asks about, the topic tested]. */
const ASKS_ABOUT = [
  ['our warranty', 'warranty'],
  ['boarding', 'boarding'],
  ['the return policy', 'return policy'],
  ['parking', 'parking'],
  ['our opening hours', 'opening hours'],
] as const;

/** The AI asked to answer from the business's own documents. */
const ANSWERED_FROM = [
  'have AI answer it using the knowledge base',
  'have AI answer it from the knowledge base',
  'get the AI to answer it using our FAQ',
  'let AI reply to it based on our help docs',
] as const;

export const KNOWLEDGE_ANSWER_CLASS: readonly Case[] = ASKS_ABOUT.flatMap(([topic, tested]) =>
  ANSWERED_FROM.map(
    (answer): Case => [
      `If an email asks about ${topic}, ${answer}`,
      'email.received',
      `if(trigger.text contains "${tested}")[knowledge.search; email.send]`,
    ],
  ),
);

/** Must differ: the AI asked to answer with no documents named is an AI task, as before. */
export const KNOWLEDGE_TWIN_CLASS: readonly Case[] = [
  ['When an email comes in, have AI answer it', 'email.received', 'ai.task'],
  [
    'If an email asks about parking, have AI answer it',
    'email.received',
    'if(trigger.text contains "parking")[ai.task]',
  ],
  [
    'When an email comes in, have AI answer it. Log it using the knowledge base',
    'email.received',
    'ai.task; log',
  ],
];

/** [a file arriving, said]. */
const FILE_ARRIVES = [
  'when a file is uploaded to',
  'When a document is added in',
  'when a photo gets uploaded into',
  'When a new PDF is saved to',
] as const;

/** [the folder said, the folder tested]. */
const FOLDERS = [
  ['the inspections folder', 'inspections'],
  ['the vaccines folder', 'vaccines'],
  ['our "Signed Contracts" folder', 'Signed Contracts'],
  ['the Before-After folder', 'Before-After'],
  ['the x-rays folder', 'x-rays'],
] as const;

/** [the step after it, said with or without a comma, its outline]. */
const FILE_STEPS = [
  [' notify the service advisor', 'notify.team'],
  [', tell the front desk', 'notify.team'],
  [', post it in #uploads', 'notify.slack'],
] as const;

export const FOLDER_CLASS: readonly Case[] = FILE_ARRIVES.flatMap((arrives) =>
  FOLDERS.flatMap(([folder, name]) =>
    FILE_STEPS.map(
      ([step, outline]): Case => [
        `${arrives} ${folder}${step}`,
        `file.updated {"file.folder":["${name}"]}`,
        outline,
      ],
    ),
  ),
);

/** Must differ: any folder ("a folder", "our shared folder") or a folder tested in a condition is no filter. */
export const FOLDER_TWIN_CLASS: readonly Case[] = [
  ['when a file is uploaded to a folder, notify me', 'file.updated', 'notify.team'],
  ['When a file is uploaded to our shared folder, tell the ops team', 'file.updated', 'notify.team'],
  ['when a document is added to the team folder, tell the office', 'file.updated', 'notify.team'],
  [
    'when a file is uploaded, if the folder is inspections notify me',
    'file.updated',
    'if(trigger.file.folder eq "inspections")[notify.team]',
  ],
];
