import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * A webhook introduced in a sentence of its own ("Our vendor can send a webhook called 'webform' when someone
 * requests a callback.", "(source name 'genmon')") and referred back to ("When that comes in", "when that happens").
 */
const DESCRIBED: readonly Case[] = [
  [
    'Our website vendor can send a webhook called "webform" when someone requests a callback. When that comes in, email the front desk at frontdesk@harlowlaw.example',
    'webhook:webform',
    'email.send',
  ],
  [
    'our generator monitoring portal can post a webhook (source name "genmon") when a unit throws a fault. when that happens post it in #service on slack',
    'webhook:genmon',
    'notify.slack',
  ],
  [
    'Our booking site sends a webhook named "bookit". When it arrives, notify the team',
    'webhook:bookit',
    'notify.team',
  ],
  ['when a webhook called "webform" comes in, notify me', 'webhook:webform', 'notify.team'],
  [
    'Shopify order webhook (source shopify-orders): when one of those comes in, post in #orders',
    'webhook:shopify-orders',
    'notify.slack',
  ],
  // session 41 (set 34: "our POS (square) hits a webhook when a new keg gets tapped. post … in #taproom"): the last
  // sentence, an order with no start of its own, is the webhook's steps with no "when that happens" before it
  [
    'our portal can post a webhook (source genmon) when a unit throws a fault. notify me',
    'webhook:genmon',
    'notify.team',
  ],
];

/**
 * Twins: a described webhook nothing follows, or followed by a sentence with a start of its own or by two sentences,
 * keeps its description, unread; "when that happens" alone is none.
 */
const STILL_REFUSED = [
  'our portal can post a webhook (source genmon) when a unit throws a fault.',
  'our portal can post a webhook (source genmon) when a unit throws a fault. every monday notify me',
  'our portal can post a webhook (source genmon) when a unit throws a fault. notify me. email Sam',
  'When that happens, notify the team',
];

describe('webhooks described, then referred to (session 38, a2)', () => {
  it('GIVEN a webhook introduced by its name or source, then "when that comes in / happens" WHEN parsed THEN the trigger is that webhook', () => {
    expect(misread(DESCRIBED)).toStrictEqual([]);
  });

  it('GIVEN a description nothing refers back to, or an anaphor with nothing before it WHEN parsed THEN it stays refused', () => {
    expect(STILL_REFUSED.filter((p) => parsePrompt(p).ok)).toStrictEqual([]);
  });
});
