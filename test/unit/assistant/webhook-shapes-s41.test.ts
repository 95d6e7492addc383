import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/** A webhook said by its sender's name in the shapes writers use (issue #16, sets 32–34). */
const SENDERS: readonly Case[] = [
  // "<name>'s … webhook" pointed at us, then "when it fires"
  [
    "we pointed shopify's abandoned checkout webhook at you - when it fires wait 1 hour then email the customer a cart reminder",
    'webhook:shopify',
    'wait(PT1H); email.send',
  ],
  [
    "we hooked up gusto's payroll webhook to you - when it fires post in #payroll",
    'webhook:gusto',
    'notify.slack',
  ],
  // "the <name> webhook fires when …", then the steps
  ['the untappd webhook fires when someone checks in one of our beers. log it', 'webhook:untappd', 'log'],
  // the name in brackets after what sends it; the next sentence an order with no start of its own
  [
    "our POS (square) hits a webhook when a new keg gets tapped. post 'new keg on!' in #taproom",
    'webhook:square',
    'notify.slack',
  ],
  ['our door system (kisi) sends a webhook when a door is forced. tell Sam', 'webhook:kisi', 'notify.team'],
  // what it posts said before "to our webhook"
  [
    'our comparison site partner posts leads to our webhook (source quotehub) - add them as a lead and email them',
    'webhook:quotehub',
    'crm.createLead; email.send',
  ],
  // a source "called" when we set it up, bare; "each one:" as a heading
  [
    "I've set up a webhook source called etsy for new etsy orders. each one: create a lead and ping Mia",
    'webhook:etsy',
    'crm.createLead; notify.team',
  ],
  [
    "I've set up a webhook called carrier-portal. when it fires email the client that their docs are ready",
    'webhook:carrier-portal',
    'email.send',
  ],
  // a known tool sending us its record
  ['when shopify sends us a paid order post it in #orders', 'webhook:shopify', 'notify.slack'],
  ['whenever stripe sends us a failed payment, email Sam', 'webhook:stripe', 'notify.team'],
];

/** The provider's event type in brackets after "<tool> webhook for …": tested as webhook.type. */
const TYPED: readonly Case[] = [
  [
    'stripe webhook for failed payments (invoice.payment_failed) → slack #finance',
    'webhook:stripe {"webhook.type":["invoice.payment_failed"]}',
    'notify.slack',
  ],
  [
    "shopify webhook for paid orders ('orders/paid') -> post in #orders",
    'webhook:shopify {"webhook.type":["orders/paid"]}',
    'notify.slack',
  ],
];

/** A form tool's submission said as a header before an arrow, or with a local word for it ("rego"). */
const FORMS: readonly Case[] = [
  ['Typeform quote request → slack #new-quotes', 'form.submitted {"source":["typeform"]}', 'notify.slack'],
  ['Tally volunteer signup -> add them to the crm', 'form.submitted {"source":["tally"]}', 'crm.createLead'],
  [
    'typeform event rego comes in -> add them as a lead and send a confirmation email',
    'form.submitted {"source":["typeform"]}',
    'crm.createLead; email.send',
  ],
];

/** Near-misses: a person, a test, no steps, a name not set up by us, a sentence with its own start, a question. */
const TWINS = [
  'when Maria sends us a paid order post it in #orders',
  'when shopify sends us a paid order over $500 post it in #orders',
  'we have a webhook called orders. when it fires email Sam',
  "we pointed shopify's abandoned checkout webhook at you",
  'the form webhook fires when someone signs up. log it',
  'stripe webhook for failed payments (invoice.payment_failed) over $500 → slack #finance',
  'our partner posts leads to our webhook (source quotehub)',
  "I've set up a webhook source called etsy for new etsy orders. each one over $50: ping Mia",
  'shopify sends us a webhook for big orders. post it in #orders',
  'our POS (square) hits a webhook when a new keg gets tapped.',
  "our POS (square) hits a webhook when a big keg gets tapped. post 'new keg on!' in #taproom",
  "our POS (square) hits a webhook when a new keg gets tapped. every monday post 'new keg on!' in #taproom",
  'Typeform quote request',
  'jotform enquiry over $500 → email Sam',
  'the stripe webhook fires when a payment fails. refund it',
];

describe('a webhook said by its sender in the shapes writers use (issue #16)', () => {
  it('GIVEN "<name>\'s webhook pointed at you", "the <name> webhook fires", "our POS (name) hits a webhook", "posts leads to our webhook (source x)", "a webhook source called x", "<tool> sends us <record>" WHEN parsed THEN a webhook from that sender', () => {
    expect(misread(SENDERS)).toStrictEqual([]);
  });

  it('GIVEN "<tool> webhook for <what> (<event type>)" WHEN parsed THEN the type is tested as webhook.type', () => {
    expect(misread(TYPED)).toStrictEqual([]);
  });

  it('GIVEN a form tool\'s submission as a header before an arrow or as a "rego" WHEN parsed THEN that tool\'s form submitted', () => {
    expect(misread(FORMS)).toStrictEqual([]);
  });

  it('GIVEN a person, a test of what is sent, no steps, an unquoted name we did not set up, or a next sentence with its own start WHEN parsed THEN refused', () => {
    expect(TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });

  it('GIVEN a named webhook and a note on "the lead" with no lead created WHEN parsed THEN refused, saying a webhook carries no lead of ours', () => {
    const refused = parsePrompt(
      "I've set up a webhook called carrier-portal. when it fires email the client that their docs are ready and put a note on the lead",
    );
    expect(refused.ok ? 'a workflow' : refused.problems.join(' ')).toContain('a webhook carries no lead');
  });

  it('GIVEN a webhook pointed at us WHEN parsed THEN the note quotes the words as written, not as restated', () => {
    const result = parsePrompt(
      "we pointed shopify's abandoned checkout webhook at you - when it fires wait 1 hour then email the customer a cart reminder",
    );
    expect(result.ok && result.notes.join(' ')).toContain(
      `"we pointed shopify's abandoned checkout webhook at you" is read as a webhook from shopify`,
    );
  });

  it('GIVEN a typed webhook WHEN parsed THEN the note says the type is tested and the description is not', () => {
    const result = parsePrompt(
      'stripe webhook for failed payments (invoice.payment_failed) → slack #finance',
    );
    expect(result.ok && result.notes.join(' ')).toContain('invoice.payment_failed is tested (webhook.type)');
  });
});
