import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 34 (h1): sentences that state context or a mapping, not a step (class 3 of fresh sets 31/32, told as a
 * class): what is done today by hand ("Right now we email the engagement letter manually."), how things tend not to be
 * ("tbh most new leads never book."), who the business is ("We're a 3-person team.", "It's just me and Sam."), and a
 * mapping of words ("Retainer paid = client signed.", "PNC = potential new client."), read into the rule when it uses
 * one side. Twins: the same sentences tied to the rule or asking for something, a practice that may be a step, and
 * notation ("Status = customer.") — refused, or read as the step they are.
 */

/** [rule, trigger, steps]. */
const RULES = [
  ['When a consultation is booked, email the client the intake form.', 'booking.created', 'email.send'],
  ['When a new lead comes in, notify Sam.', 'lead.created', 'notify.team'],
  ['When an invoice is overdue, send a reminder.', 'invoice.overdue', 'invoice.sendReminder'],
] as const;

/** Context said after the rule (and, for [, true], before it too). */
const CONTEXT: readonly (readonly [sentence: string, before: boolean])[] = [
  ['We usually send the engagement letter by hand after the consultation.', false],
  ['Right now we email the engagement letter manually.', false],
  ['Currently Priya sends the quote herself.', false],
  ['At the moment I call every client personally.', false],
  ['We normally post the paperwork on paper.', false],
  ['tbh most new leads never book.', true],
  ['Honestly, most clients never reply.', true],
  ['FWIW half our leads come from Instagram.', true],
  ['Most of them never pay on time anyway.', false],
  ["We're a 3-person team.", true],
  ["We're a small law firm of 4 lawyers.", true],
  ["It's just me and Sam.", true],
  ['There are 5 of us.', true],
  ['Retainer paid = client signed.', true],
  ['PNC = potential new client.', true],
  ['Matter = case, for us.', true],
  ['lmk if that makes sense!', false],
  ['Ping me if questions.', false],
  ["Thanks so much, you're a lifesaver!", false],
  ['Sent from my iPhone', false],
  ['Priya is our intake paralegal.', true],
];

/** rule × context × after (or before) the rule. */
export const CONTEXT_CLASS: readonly Case[] = RULES.flatMap(([rule, trigger, steps]) =>
  CONTEXT.flatMap(([sentence, before]) => [
    [`${rule} ${sentence}`, trigger, steps] as Case,
    ...(before ? [[`${sentence} ${rule}`, trigger, steps] as Case] : []),
  ]),
);

/** A mapping whose side the rule uses: the rule read in the other side's words. */
export const MAPPED_CLASS: readonly Case[] = [
  ['Invoice paid = retainer signed. When a retainer is signed, notify Sam.', 'invoice.paid', 'notify.team'],
  [
    'Invoice paid = retainer signed. When the retainer gets signed, email the client.',
    'invoice.paid',
    'email.send',
  ],
  [
    'Booking made = consult booked. When a consult is booked, email the client.',
    'booking.created',
    'email.send',
  ],
  ['When a retainer is signed, notify Sam. Invoice paid = retainer signed.', 'invoice.paid', 'notify.team'],
  ['PL = prospective lead. When a new prospective lead comes in, notify Sam.', 'lead.created', 'notify.team'],
];

/** The twins: tied to the rule, asking, a practice that may be a step, notation, a mapping named otherwise. */
export const CONTEXT_REFUSED: readonly Refusal[] = RULES.flatMap(([rule]) =>
  [
    ['We send the engagement letter out by email after the consultation.', 'reads as what is done today'],
    ['We send the client a survey.', 'reads as what is done today'],
    ['Sam calls the lead back.', 'reads as what is done today'],
    ['Most new leads never book, so remind them.', ''],
    ['Most new leads never book within 2 days.', ''],
    ["It's just me and Sam, so notify me too.", ''],
    ['Status = customer.', ''],
    ['VIP = spent over 1000.', ''],
    ['Priya is our VIP client.', ''],
    ['Priya handles intake.', ''],
  ].map(([sentence, quoted]): Refusal => [`${rule} ${sentence}`, quoted ?? '']),
);

/** One word away, read as the step it is: tied to the rule by "then" or "also". */
export const CONTEXT_STEPS: readonly Case[] = [
  [
    'When a new lead comes in, notify Sam. Ping me if a lead is over 10k.',
    'lead.created',
    'notify.team; if(trigger.lead.value gt 10000)[notify.team]',
  ],
  [
    'When a new lead comes in, notify Sam. Then we send them a survey.',
    'lead.created',
    'notify.team; email.send',
  ],
  [
    'When a new lead comes in, notify Sam. We also send them a welcome email.',
    'lead.created',
    'notify.team; email.send',
  ],
];

export const MAPPING_REFUSED: readonly Refusal[] = [
  [
    'For new consultations we need to: 1. email the client the intake form 2. notify Sam. We send the engagement letter out by email after the consultation.',
    'reads as what is done today',
  ],
  [
    'Retainer paid = client signed. When the client has signed, email them the welcome pack.',
    'client signed',
  ],
];
