import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 34 (h5): the wrong workflows known on main at aba2fc0, each as a CLASS (the shape, crossed over triggers,
 * subjects and wordings), each with the rows one word away that must be refused — quoting what was not understood —
 * or must keep meaning what they meant. Rows are [request, trigger outline, steps outline]; must-refuse rows are
 * [request, words the refusal quotes].
 */

/** [trigger said, trigger outline]: events whose steps act on a person. */
const TRIGGERS = [
  ['When a new lead comes in, ', 'lead.created'],
  ['Whenever someone fills in the contact form, ', 'form.submitted'],
  ['When a client books a consultation, ', 'booking.created'],
  ['Once an invoice is paid, ', 'invoice.paid'],
] as const;

/** A step with WHEN it runs said in words no wait reads: dropping them would send at once. */
const UNREAD_WHEN = [
  'email them next week',
  'send them a follow-up next month',
  'send them a check-in email later on',
  'email them later this week',
  'send them our brochure this afternoon',
  'email them at the end of the month',
  'email them soon',
  'send them a survey next quarter',
] as const;

/** A step with HOW it reaches someone said in a channel the catalogue has not: never an email or a team message. */
const UNREAD_HOW = [
  'let Sam know by phone',
  'notify Sam by text',
  'tell the office via SMS',
  'send them the contract by post',
  'thank them in person',
  'send them a letter by courier',
  'let Priya know over the phone',
] as const;

/** Something physical to send: no action sends a parcel, so never an email. */
const UNREAD_THING = [
  'send them flowers',
  'send them some swag',
  'send them a parcel',
  'send them a care package',
  'send them a gift',
  'send them a hamper',
  'mail them a postcard',
] as const;

/** A tag taken from a field of the record: no fixed tag is it, so never a tag named after the field. */
const FIELD_TAGS = [
  'tag them with their source',
  'tag them with the source',
  'tag them with their city',
  'label them with their status',
  'tag them with the lead’s industry',
  'tag them as their plan',
] as const;

export const UNREAD_STEP_REFUSED: readonly Refusal[] = [
  ...cross(
    TRIGGERS.map(([said]) => said),
    UNREAD_WHEN.map((s) => `${s}.`),
  ).map((r): Refusal => [r, '']),
  ...cross(
    TRIGGERS.map(([said]) => said),
    UNREAD_HOW.map((s) => `${s}.`),
  ).map((r): Refusal => [r, '']),
  ...cross(
    TRIGGERS.map(([said]) => said),
    UNREAD_THING.map((s) => `${s}.`),
  ).map((r): Refusal => [r, '']),
  ...cross(
    TRIGGERS.filter(([, event]) => event !== 'invoice.paid').map(([said]) => said),
    FIELD_TAGS.map((s) => `${s}.`),
  ).map((r): Refusal => [r, '']),
];

/** The twins: the same steps said with what the catalogue reads, which must stay read. */
export const READ_STEP_CLASS: readonly Case[] = TRIGGERS.flatMap(([said, event]) => [
  [`${said}email them in a week.`, event, 'wait(P7D); email.send'],
  [`${said}send them a follow-up in 3 days.`, event, 'wait(P3D); email.send'],
  [`${said}let Sam know.`, event, 'notify.team'],
  [`${said}tell the office on Slack.`, event, 'notify.slack'],
  [`${said}send them a brochure.`, event, 'email.send'],
  [`${said}send them a welcome email a week later.`, event, 'wait(P7D); email.send'],
]);

/**
 * Which occurrence of a person's events starts it ("their second session", "for the first time"): no record counts
 * them, so never every booking or payment. who × verb and ordinal × action.
 */
const OCCURRING_WHO = ['a client', 'a patient', 'someone', 'a customer'] as const;
const OCCURRENCES = [
  'books their second session',
  'books a 3rd appointment',
  'books for the first time',
  'pays their first invoice',
  'pays for the second time',
  'makes another purchase',
  'attends their fourth class',
  'replies for the first time',
  'comes back for a second visit',
] as const;
const ACTIONS = ['send them a thank-you email', 'notify me', 'tag them as loyal'] as const;

export const OCCURRENCE_REFUSED: readonly Refusal[] = cross(
  OCCURRING_WHO.map((w) => `When ${w} `),
  OCCURRENCES.map((o) => `${o}, `),
  ACTIONS.map((a) => `${a}.`),
).map((r): Refusal => [r, '']);

/** The twins: the event without the ordinal, and an ordinal of a negative wait ("hasn't booked their first"). */
export const OCCURRENCE_TWIN_CLASS: readonly Case[] = OCCURRING_WHO.flatMap((who) => [
  [`When ${who} books a session, notify me.`, 'booking.created', 'notify.team'],
  [`When ${who} books their next session, notify me.`, 'booking.created', 'notify.team'],
  [
    `If a new patient fills in the registration form but hasn't booked their first appointment within 2 weeks, notify me`,
    'form.submitted',
    'waitFor(booking.created,P14D,timeout:[notify.team])',
  ],
]);

/** A step the writer does, with the reminder the workflow sends in brackets: the reminder only, never both. */
const MINE = [
  'thank them personally',
  'call them',
  'send them a card',
  'welcome them',
  'drop them a handwritten note',
] as const;
const BRACKET = ['(notify me)', '(remind me)', '(ping me)', '(remind us)', '(notify us)'] as const;

export const MY_STEP_CLASS: readonly Case[] = TRIGGERS.flatMap(([said, event]) =>
  MINE.flatMap((step) =>
    BRACKET.map((bracket): Case => [`${said}${step} ${bracket}.`, event, 'notify.team']),
  ),
);

/** The twin: the bracket adds to the step ("too", "as well"), which is said back refused or as two steps, never one. */
export const MY_STEP_TWIN_CLASS: readonly Case[] = TRIGGERS.map(([said, event]) => [
  `${said}email them and notify me.`,
  event,
  'email.send; notify.team',
]);

/** A person leaving with two statuses in brackets: the change to the status both name, or refused; never a new lead. */
const LEAVERS = ['a lead', 'a client', 'a subscriber', 'a member', 'someone'] as const;
const LEAVE_VERBS = ['cancels', 'drops out', 'unsubscribes', 'goes quiet', 'churns'] as const;

export const TWO_STATUS_CLASS: readonly Case[] = LEAVERS.flatMap((who) =>
  LEAVE_VERBS.flatMap((verb) =>
    ['(lost or cold)', '(lost/dead)', '(cold or lost)'].map(
      (bracket): Case => [
        `When ${who} ${verb} ${bracket}, notify the team.`,
        'lead.updated {"changes.status.to":["lost"]}',
        'notify.team',
      ],
    ),
  ),
);

export const TWO_STATUS_REFUSED: readonly Refusal[] = cross(
  LEAVERS.map((w) => `When ${w} `),
  LEAVE_VERBS.map((v) => `${v} `),
  ['(lost or qualified), ', '(customer or lost), '],
  ['notify the team.'],
).map((r): Refusal => [r, '']);

/** A form's answer compared with no field named: never a field named after the comparison word. */
export const FORM_AMOUNT_CLASS: readonly Case[] = cross(
  ['When a form comes in ', 'When a form is submitted '],
  ['over ', 'above '],
  ['$500, ', '500, '],
).flatMap((r) => [
  [`${r}notify me.`, 'form.submitted', 'if(trigger.fields.amount gt 500)[notify.team]'],
  [`${r}post in #sales.`, 'form.submitted', 'if(trigger.fields.amount gt 500)[notify.slack]'],
]);

/**
 * A thing of ours awaited to be accepted, said bare in a hurried line ("quote not accepted in a week → follow up"):
 * no record of the catalogue is a quote, so never a booking's confirmation. thing × negation × duration × action.
 */
export const ACCEPTED_THING_REFUSED: readonly Refusal[] = cross(
  ['quote ', 'proposal ', 'estimate ', 'the offer ', 'contract '],
  ['not accepted ', 'still not accepted ', 'unaccepted ', 'not signed off '],
  ['in a week ', 'within 5 days '],
  ['→ follow up', '-> ping me'],
).map((r): Refusal => [r, '']);

/** The twin: a booking not confirmed is still awaited as its confirmation (a reply), as before. */
export const CONFIRMED_BOOKING_CLASS: readonly Case[] = cross(
  ['booking ', 'appointment '],
  ['not confirmed within 2 days ', 'unconfirmed after 2 days '],
  ['→ email them', '-> ping me'],
).map(
  (r): Case => [
    r,
    'booking.created',
    `waitFor(email.received,P2D,timeout:[${r.endsWith('me') ? 'notify.team' : 'email.send'}])`,
  ],
);

/**
 * What a reply carries, said as a kind of reply ("replies with a question", "answers with a complaint", "responds
 * asking for a discount", "if they reply with a yes"): no field says what kind a reply is, so never every reply; the
 * words it contains stay tested ("replies mentioning pricing", "a question about pricing"). who × verb × kind × action.
 */
export const REPLY_KIND_REFUSED: readonly Refusal[] = cross(
  ['When a lead ', 'When a client ', 'Whenever a customer '],
  [
    'replies with a question, ',
    'replies with a complaint, ',
    'responds with a yes, ',
    'answers with an attachment, ',
    'replies asking for a discount, ',
    'writes back with a note, ',
  ],
  ['notify me.', 'tag them as engaged.'],
).map((r): Refusal => [r, 'a reply is recognised by the words it contains']);

export const REPLY_WORDS_CLASS: readonly Case[] = cross(
  ['When a lead ', 'When a client '],
  ['replies mentioning pricing, ', 'replies with a question about pricing, ', 'replies saying pricing, '],
).map((r): Case => [`${r}notify me.`, 'email.received', 'if(trigger.text contains "pricing")[notify.team]']);

/**
 * Someone writing to one of our addresses ("a customer emails hello@ourshop.com"): the email that arrives at that
 * address (session 39 reads it; main had read it as lead.created tested for email = "s hello@ourshop.com"), never a
 * test of their own address. who × address × action.
 */
export const EMAILS_ADDRESS_CLASS: readonly Case[] = [
  'When a customer ',
  'When a client ',
  'Whenever a lead ',
].flatMap((who) =>
  ['hello@ourshop.com', 'support@acme.io'].flatMap((address) =>
    (
      [
        ['forward it to Sam.', 'notify.team'],
        ['notify me.', 'notify.team'],
        ['post it in #inbox.', 'notify.slack'],
      ] as const
    ).map(
      ([action, step]): Case => [
        `${who}emails ${address}, ${action}`,
        `email.received {"to":["${address}"]}`,
        step,
      ],
    ),
  ),
);

export const OWN_ADDRESS_CLASS: readonly Case[] = [
  [
    "When a lead's email is hello@acme.com, notify me.",
    'lead.created',
    'if(trigger.lead.email eq "hello@acme.com")[notify.team]',
  ],
];
