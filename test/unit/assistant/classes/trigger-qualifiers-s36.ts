import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 36 (h4): what is said right after a trigger's event — "with …", "from …", "about …", "for …", "that …" —
 * chooses which events start the workflow. Each trigger shape × a qualifier the product can read (words in an
 * email, what was booked, an amount, a source, a tag) gives the event with its test; × a qualifier it cannot read
 * ("from a VIP", "about a warranty claim", "for a client", "in the evening") is refused, quoting it: left out, the
 * workflow would run for every event. Rows are [request, trigger outline, steps outline]; twins [request, quoted].
 */

const TEAM_STEPS: readonly (readonly [said: string, step: string])[] = [
  ['notify the front desk', 'notify.team'],
  ['post it in #service', 'notify.slack'],
  ['let me know', 'notify.team'],
];

/** Ways a trade says an email arrives. */
const EMAIL_ARRIVES = [
  'When an email comes in',
  'When we get an email',
  'If an email arrives',
  'Whenever a new email lands',
  'Each time an inbound email comes in',
] as const;
const EMAIL_WORDS: readonly (readonly [said: string, test: string])[] = [
  ['with "refund" in it', 'trigger.text contains "refund"'],
  ['with "5 stars" in it', 'trigger.text contains "5 stars"'],
  ["with 'recall' in it", 'trigger.text contains "recall"'],
  ['with the word "emergency"', 'trigger.text contains "emergency"'],
  [
    'with the words "cancel" or "reschedule"',
    '(trigger.text contains "cancel" or trigger.text contains "reschedule")',
  ],
  ['with "urgent" in the subject', 'trigger.subject contains "urgent"'],
];
export const EMAIL_WORDS_CLASS: readonly Case[] = EMAIL_ARRIVES.flatMap((arrives, i) =>
  EMAIL_WORDS.map(([words, test], j): Case => {
    const [said, step] = TEAM_STEPS[(i + j) % TEAM_STEPS.length] ?? ['', ''];
    return [`${arrives} ${words}, ${said}`, 'email.received', `if(${test})[${step}]`];
  }),
);

/** Ways a trade says something was booked, before what was booked, quoted. */
const BOOKED = [
  'When an appointment is booked for',
  'When a booking is made for',
  'Whenever a session gets booked for',
  'When someone books',
  'If a client books',
  'New booking for',
  'Appointment booked for',
] as const;
const BOOKED_WHAT: readonly (readonly [said: string, title: string])[] = [
  ['a "state inspection"', 'state inspection'],
  ['a "Full Groom"', 'Full Groom'],
  ["an 'engagement shoot'", 'engagement shoot'],
  ['a "deep clean"', 'deep clean'],
  ['the "Bridal Trial"', 'Bridal Trial'],
  ['a "new patient exam"', 'new patient exam'],
];
const BOOKED_STEPS: readonly (readonly [said: string, step: string])[] = [
  ['notify the team', 'notify.team'],
  ['email them the prep checklist', 'email.send'],
  ['post in #bookings', 'notify.slack'],
];
export const BOOKED_WHAT_CLASS: readonly Case[] = BOOKED.flatMap((booked, i) =>
  BOOKED_WHAT.map(([what, title], j): Case => {
    const [said, step] = BOOKED_STEPS[(i + j) % BOOKED_STEPS.length] ?? ['', ''];
    const joint = /^(?:New|Appointment)\b/.test(booked) ? ' →' : ',';
    return [
      `${booked} ${what}${joint} ${said}`,
      'booking.created',
      `if(trigger.booking.title contains "${title}")[${step}]`,
    ];
  }),
);

/**
 * Qualifiers no record keeps or no reader reads, after each shape: refused, quoting them. Said with each event's
 * own verb so that the trigger itself is read.
 */
const SHAPES = [
  'When an email comes in',
  'When a new lead comes in',
  'When a booking is made',
  'When an invoice is paid',
  'When a form is submitted',
  'When a new client is added',
  'When an appointment is cancelled',
] as const;
const UNREAD = [
  'from a VIP',
  'about a warranty claim',
  'for a repeat customer',
  'with an attachment',
  'that looks urgent',
  'from one of our regulars',
] as const;
export const UNREAD_QUALIFIER_REFUSED: readonly Refusal[] = SHAPES.flatMap((shape, i) =>
  UNREAD.filter((_q, j) => (i + j) % 2 === 0).map((qualifier, j): Refusal => {
    const [said] = TEAM_STEPS[(i + j) % TEAM_STEPS.length] ?? [''];
    // the refusal quotes the words as read ("one" is read as the number 1)
    return [`${shape} ${qualifier}, ${said}`, qualifier.replace(/^from one /, '')];
  }),
);

/** A time right after the event, a person said as a number: refused (were left out, or read as source "1"). */
export const TIME_AFTER_EVENT_REFUSED: readonly Refusal[] = [
  ['When a new lead comes in after hours, email them', 'after hours'],
  ['When a booking is made outside business hours, notify the front desk', 'outside business hours'],
  ['When an invoice is paid before the due date, send a thank you email', 'before the due date'],
  ['When a form is submitted during the weekend, let me know', 'during the weekend'],
  ['notify the team about every new lead from one of our regulars', '1 of'],
];

/** The same shapes with words about our own system where they happen: no qualifier (must differ from the twins). */
export const EVERY_ONE_CLASS: readonly Case[] = [
  ['When a new lead comes in to the CRM, notify the front desk', 'lead.created', 'notify.team'],
  ['When an email lands in our inbox, post it in #service', 'email.received', 'notify.slack'],
  ['When an appointment is booked on our calendar, let me know', 'booking.created', 'notify.team'],
  ['When a booking is made, notify the team', 'booking.created', 'notify.team'],
  ['When someone books a cleaning, notify the team', 'booking.created', 'notify.team'],
];
