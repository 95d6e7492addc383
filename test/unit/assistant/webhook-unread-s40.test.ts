import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/** Webhook phrases read whole: a16's tool words, an event type after "of type" or in brackets, a glossed sender. */
const READ: readonly Case[] = [
  ['When a webhook from stripe arrives, email ops@acme.com', 'webhook:stripe', 'email.send'],
  ['When a stripe webhook comes in, email ops@acme.com', 'webhook:stripe', 'email.send'],
  [
    'When a webhook from stripe of type invoice.payment_failed arrives, email ops@acme.com',
    'webhook:stripe {"webhook.type":["invoice.payment_failed"]}',
    'email.send',
  ],
  [
    'When stripe says a payment failed (invoice.payment_failed) email the member and let Emma know',
    'webhook:stripe {"webhook.type":["invoice.payment_failed"]}',
    'email.send; notify.team',
  ],
  [
    'when Stripe tells us a deposit was paid (webhook), email the guest a confirmation',
    'webhook:stripe',
    'email.send',
  ],
  [
    'when Stripe tells us a deposit was paid via webhook, email the guest a confirmation',
    'webhook:stripe',
    'email.send',
  ],
  ['stripe payment came in -> email the couple a thank you receipt', 'webhook:stripe', 'email.send'],
  [
    'Kisi (our door system) sends a webhook for after-hours door unlocks. post every one in #security',
    'webhook:kisi',
    'notify.slack',
  ],
];

/** The same phrases with a word no reader reads, before, inside and after the arrival: [request, quoted]. */
const UNREAD: readonly (readonly [string, string])[] = [
  ['When a webhook from stripe zzz arrives, email ops@acme.com', 'zzz arrives'],
  ['When a webhook from stripe arrives zzz, email ops@acme.com', 'zzz'],
  ['When a webhook from stripe comes in quickly, email ops@acme.com', 'quickly'],
  ['When a webhook from stripe refunds arrives, email ops@acme.com', 'refunds arrives'],
  ['When stripe sends us a webhook zzz, email ops@acme.com', 'zzz'],
  ['When a stripe webhook zzz comes in, email ops@acme.com', 'zzz comes in'],
  ['When a stripe webhook refunds comes in, email ops@acme.com', 'refunds comes in'],
  [
    'When a webhook from stripe of type invoice.payment_failed zzz arrives, email ops@acme.com',
    'of type invoice',
  ],
  ['Email ops@acme.com when a webhook from stripe arrives zzz', 'zzz'],
];

/** A test of a webhook's open body on a word that names none of its fields. */
const GUESSED_FIELD: readonly (readonly [string, string])[] = [
  [
    'When a webhook from stripe with an amount over 500 arrives, email ops@acme.com',
    'with an amount over 500',
  ],
  [
    'When a webhook from stripe arrives with an amount over 500, email ops@acme.com',
    'with an amount over 500',
  ],
  [
    'When a webhook from stripe arrives and the amount is over 500, email ops@acme.com',
    'the amount is over 500',
  ],
  [
    'When a webhook from stripe arrives, if the total is over 500, email ops@acme.com',
    'the total is over 500',
  ],
  [
    'When a webhook from stripe arrives, if the budget is over 500, email ops@acme.com',
    'the budget is over 500',
  ],
  ['When a webhook from stripe arrives, if the status is paid, email ops@acme.com', 'the status is paid'],
];

/** The field named as one is read as written; a form's answers and a lead's value keep their catalogue fields. */
const NAMED_FIELD: readonly Case[] = [
  [
    'When a webhook from stripe arrives, if the amount field is over 500, email ops@acme.com',
    'webhook:stripe',
    'if(trigger.payload.amount gt 500)[email.send]',
  ],
  [
    'When a webhook from stripe arrives, if the amount_total field is over 500, email ops@acme.com',
    'webhook:stripe',
    'if(trigger.payload.amount_total gt 500)[email.send]',
  ],
  [
    'When a form is submitted and the budget is over 500, email ops@acme.com',
    'form.submitted',
    'if(trigger.fields.budget gt 500)[email.send]',
  ],
  [
    'When a new lead comes in with a value over 500, email ops@acme.com',
    'lead.created',
    'if(trigger.lead.value gt 500)[email.send]',
  ],
];

describe('a webhook trigger reads every word of its phrase (issue #16)', () => {
  it('GIVEN a webhook phrase a reader reads whole (tool words, an event type, "(webhook)", a glossed sender) WHEN parsed THEN read', () => {
    expect(misread(READ)).toStrictEqual([]);
  });

  it("GIVEN an unread word before, inside or after a webhook's arrival WHEN parsed THEN refused, the words quoted", () => {
    expect(notRefused(UNREAD)).toStrictEqual([]);
  });

  it('GIVEN a comparison on a webhook body\'s word that names no field ("the amount", "the total") WHEN parsed THEN refused, the words quoted', () => {
    expect(notRefused(GUESSED_FIELD)).toStrictEqual([]);
  });

  it("GIVEN the webhook body's field named as one (\"the amount field\") or a form's or lead's catalogue field WHEN parsed THEN read", () => {
    expect(misread(NAMED_FIELD)).toStrictEqual([]);
  });
});
