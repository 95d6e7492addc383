import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * "Nothing by then? tell Marius" after time given to pay (sealed set 50 of session 40): the other outcome of the
 * wait before it. On main it was dropped unsaid ("wait 5 days. Nothing by then? …" notified every time) or, after
 * "give them 5 days to pay", read as the outcome where they DID pay.
 */

const GIVEN = [
  ['give them 5 days to pay', 'P5D'],
  ['give them 5 business days to pay', '5BD'],
  ['give the client 10 days to pay', 'P10D'],
  ['give them 2 working days to pay', '2BD'],
] as const;
const NOTHING = [
  'Nothing by then? tell Marius',
  'nothing by then, tell Marius',
  'Still nothing by then -> tell Marius',
];

const TIME_TO_PAY: readonly Case[] = GIVEN.flatMap(([given, span]) =>
  NOTHING.map(
    (nothing): Case => [
      `When an invoice goes overdue send a reminder, then ${given}. ${nothing}`,
      'invoice.overdue',
      `invoice.sendReminder; waitFor(invoice.paid,${span},timeout:[notify.team])`,
    ],
  ),
);

const STILL_READ: readonly Case[] = [
  [
    'when someone books, wait for them to book a call with us, up to 3 days. no booking by then? email them the link again',
    'booking.created',
    'waitFor(booking.created,P3D,timeout:[email.send])',
  ],
  [
    'When an invoice goes overdue, wait 5 days for payment. Nothing by then? tell Marius',
    'invoice.overdue',
    'waitFor(invoice.paid,P5D,timeout:[notify.team])',
  ],
];

/** A plain wait says nothing that could fail to come: "nothing by then" has no wait to be the other side of. */
const REFUSED = [
  'When an invoice goes overdue, wait 5 days. Nothing by then? tell Marius',
  'When a new lead is added, wait 2 days. nothing by then, notify the team',
];

describe('"nothing by then" after a wait (session 40)', () => {
  it('GIVEN time given to pay × "nothing by then" said three ways WHEN parsed THEN a wait for the payment whose timeout tells Marius', () => {
    expect(TIME_TO_PAY).toHaveLength(12);
    expect(misread(TIME_TO_PAY)).toStrictEqual([]);
  });

  it('GIVEN a wait for something named ("no booking by then?", "wait 5 days for payment") WHEN parsed THEN it reads as before', () => {
    expect(misread(STILL_READ)).toStrictEqual([]);
  });

  it('GIVEN a plain wait then "nothing by then" WHEN parsed THEN it is refused, never a wait then the step for everyone', () => {
    expect(REFUSED.filter((p) => parsePrompt(p).ok)).toStrictEqual([]);
  });
});
