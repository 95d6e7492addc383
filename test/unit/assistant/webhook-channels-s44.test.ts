import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * A named outside tool that sends, posts, hits or calls our webhook (issue #16, session 44): the sender is read from
 * the subject of the sending verb, whatever it says it sends ("a reservation", "a completed job") and however the
 * sending is put ("is going to post to a webhook", "will hit our webhook"); a name in lower case only after the word
 * that says when or the kind of tool it is ("our maintenance portal fixflo").
 */
const SENDERS: readonly Case[] = [
  [
    'when expedia sends a reservation to our webhook, email the guest a welcome',
    'webhook:expedia',
    'email.send',
  ],
  ['when vagaro posts an appointment to our webhook, post in #front-desk', 'webhook:vagaro', 'notify.slack'],
  ['whenever jobber sends a completed job to our webhook, tell Dan', 'webhook:jobber', 'notify.team'],
  [
    'our maintenance portal fixflo is going to post to a webhook when a job is completed. when it does email the tenant and let the PM know',
    'webhook:fixflo',
    'email.send; notify.team',
  ],
  [
    'servicem8 is going to call our webhook when a job is done. when it does tell the office',
    'webhook:servicem8',
    'notify.team',
  ],
  [
    'our rota app deputy will hit our webhook when a shift is swapped - post it in #rota',
    'webhook:deputy',
    'notify.slack',
  ],
];

/** A known tool's event in quotes, or in plain words, before "webhooks": the webhook, typed where docs/api.md types it. */
const TOOL_EVENTS: readonly Case[] = [
  [
    "stripe 'payment failed' webhooks → post in #accounts",
    'webhook:stripe {"webhook.type":["invoice.payment_failed"]}',
    'notify.slack',
  ],
  [
    'stripe payment failed webhooks -> tell accounts',
    'webhook:stripe {"webhook.type":["invoice.payment_failed"]}',
    'notify.team',
  ],
  [
    'shopify "order paid" notifications -> post in #shop',
    'webhook:shopify {"webhook.type":["orders/paid"]}',
    'notify.slack',
  ],
  ["xero 'invoice paid' webhooks -> post in #billing", 'webhook:xero', 'notify.slack'],
];

/** A purchase on a shop said as a header, or what we sell there and then its order: the shop's webhook. */
const SHOPS: readonly Case[] = [
  [
    "We sell our own eco cleaning kits on Shopify - when an order's paid email the customer a thank you + how-to-use guide",
    'webhook:shopify {"webhook.type":["orders/paid"]}',
    'email.send',
  ],
  [
    'We sell candles on Shopify - when an order is placed, post in #orders',
    'webhook:shopify',
    'notify.slack',
  ],
  ['someone buys a gift card in our shopify store: email them a thank you', 'webhook:shopify', 'email.send'],
  ['merch orders from our shopify store -> post in #merch', 'webhook:shopify', 'notify.slack'],
];

/** A limit on what is bought or which orders: a test, refused as before. */
const SHOP_TWINS = [
  'someone buys something over $100 in our shopify store → email Sam',
  'vip orders from our shopify store -> post in #vip',
  'We sell candles on Shopify - when a big order is placed, post in #orders',
];

/**
 * Near-misses: a person or a customer as the sender, a lower-case name after "the", a test of what is sent, no steps,
 * an unnamed portal, a quoted event that is no event ("big payment"), a name we do not know with a quoted event.
 */
const TWINS = [
  'when the client sends a file to our webhook, post in #files',
  'when a customer sends an order to our webhook, post in #orders',
  'when someone sends a message to our webhook, tell Sam',
  'when expedia sends a reservation over $500 to our webhook, email the guest a welcome',
  'when expedia sends a reservation to our webhook',
  'our maintenance portal is going to post to a webhook when a job is completed. when it does email the tenant',
  'our maintenance portal fixflo is going to post to a webhook when a big job is completed. when it does email the tenant',
  "stripe 'big payment' webhooks → post in #accounts",
  "stripe 'payment failed' webhooks",
  "maria 'payment failed' webhooks → post in #accounts",
  'fixflo -> post in #jobs',
];

/**
 * A payment webhook's invoice marked paid: the writers' reading of every such row (sets 8–20, 43), the invoice being
 * the one the webhook's body names (`{{trigger.payload.invoiceId}}`; a delivery without it fails that step).
 */
const MARKED_PAID: readonly Case[] = [
  [
    'PayProp will hit our webhook (source payprop) when a payment lands - mark the invoice in it as paid and post in #accounts',
    'webhook:payprop',
    'invoice.markPaid; notify.slack',
  ],
  [
    'When GoCardless sends us a payment webhook, record the bill as settled',
    'webhook:gocardless',
    'invoice.markPaid',
  ],
  [
    'our rent portal (arthur) hits a webhook when rent is received. when it does mark the invoice it names as paid and thank the tenant',
    'webhook:arthur',
    'invoice.markPaid; email.send',
  ],
];

/** Not an invoice of the webhook's: "it" with no invoice said, a note on "the lead" (no lead of ours in a webhook). */
const NOT_MARKED = [
  'When a webhook from github arrives, mark it as paid',
  'When a webhook from stripe arrives, add a note to the lead',
  'When a webhook from stripe arrives, mark the lead as paid',
];

describe('a webhook said by the tool that sends it (issue #16, session 44)', () => {
  it('GIVEN "<tool> sends a <thing> to our webhook", "<kind> <tool> is going to post to a webhook", "<tool> will hit our webhook" WHEN parsed THEN a webhook from that tool', () => {
    expect(misread(SENDERS)).toStrictEqual([]);
  });

  it('GIVEN a known tool\'s event before "webhooks" in quotes or plain words WHEN parsed THEN its webhook, typed where the provider documents the type', () => {
    expect(misread(TOOL_EVENTS)).toStrictEqual([]);
  });

  it('GIVEN "<someone> buys <thing> in our shopify store:", "<kind> orders from our shopify store ->", "we sell <thing> on Shopify - when an order is paid" WHEN parsed THEN the shop\'s webhook, typed when paid', () => {
    expect(misread(SHOPS)).toStrictEqual([]);
    expect(SHOP_TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });

  it('GIVEN a customer or person as the sender, a test of what is sent, no steps, an unnamed portal or a quoted non-event WHEN parsed THEN refused', () => {
    expect(TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });

  it('GIVEN a lower-case tool after the kind of tool it is WHEN parsed THEN the note names the tool as the source', () => {
    const result = parsePrompt(
      'our maintenance portal fixflo is going to post to a webhook when a job is completed. when it does email the tenant',
    );
    expect(result.ok && result.notes.join(' ')).toContain('is read as a webhook from fixflo');
  });

  it('GIVEN a payment webhook and "mark the invoice (in it) as paid" WHEN parsed THEN the invoice its body names is marked paid, said back', () => {
    expect(misread(MARKED_PAID)).toStrictEqual([]);
    const result = parsePrompt(MARKED_PAID[0]?.[0] ?? '');
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      action: 'invoice.markPaid',
      input: { invoiceId: '{{trigger.payload.invoiceId}}' },
    });
    expect(result.ok && result.notes.join(' ')).toContain('carries as "invoiceId"');
  });

  it('GIVEN a webhook and "mark it as paid" with no invoice said, or a note or status on "the lead" WHEN parsed THEN refused', () => {
    expect(NOT_MARKED.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });
});
