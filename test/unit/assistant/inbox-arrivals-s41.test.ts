import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/** Anything said to arrive at one of our addresses: an email received there, tested on its "to" (issue #16, set 32). */
const ARRIVALS: readonly Case[] = [
  [
    'anything that lands in hello@fernco.co.uk should get posted in #support',
    'email.received {"to":["hello@fernco.co.uk"]}',
    'notify.slack',
  ],
  [
    'when an email lands in hello@fernco.com, post it in #support',
    'email.received {"to":["hello@fernco.com"]}',
    'notify.slack',
  ],
  [
    'whenever a new order arrives at orders@fernco.com, tell Mia',
    'email.received {"to":["orders@fernco.com"]}',
    'notify.team',
  ],
  [
    'everything that arrives at jobs@fernco.com -> slack #hiring',
    'email.received {"to":["jobs@fernco.com"]}',
    'notify.slack',
  ],
  ['all mail delivered to info@fernco.com: log it', 'email.received {"to":["info@fernco.com"]}', 'log'],
  [
    'when a supplier invoice arrives at bills@fernco.co.uk wait 3 business days then remind Gemma to pay it',
    'email.received {"to":["bills@fernco.co.uk"]}',
    'wait(3BD); notify.team',
  ],
  // "every email that comes in to … gets posted": it had dropped the address and posted twice
  [
    'every email that comes in to hello@fernco.co.uk gets posted in #support',
    'email.received {"to":["hello@fernco.co.uk"]}',
    'notify.slack',
  ],
];

/** Sent, emailed or forwarded to an address, with the sender said: theirs, arriving. */
const THEIRS: readonly Case[] = [
  [
    'supplier invoices emailed to bills@fernco.co.uk - save the email text as a file in the invoices folder',
    'email.received {"to":["bills@fernco.co.uk"]}',
    'files.create',
  ],
  [
    'client documents sent to docs@fernco.com: save it as a file in the client-docs folder',
    'email.received {"to":["docs@fernco.com"]}',
    'files.create',
  ],
  [
    'when a customer receipt is forwarded to receipts@fernco.com, tell Sam',
    'email.received {"to":["receipts@fernco.com"]}',
    'notify.team',
  ],
];

/** An inbox named by its address, or by its start with the address in brackets. */
const INBOXES: readonly Case[] = [
  [
    'New email in the orders@ inbox (orders@fernco.com): save it as a file in the archive folder, then tell Mia',
    'email.received {"to":["orders@fernco.com"]}',
    'files.create; notify.team',
  ],
  [
    'new messages in the support@fernco.com inbox -> post in #support',
    'email.received {"to":["support@fernco.com"]}',
    'notify.slack',
  ],
];

/** Near-misses: ours going out, an inbox whose start is not its address's, a test left in, a step's address. */
const TWINS = [
  'invoices emailed to accounts@client.com -> post in #billing',
  'when an invoice is sent to bills@client.com post in #billing',
  'New email in the sales@ inbox (bob@fernco.com): tell Mia',
  'anything that lands in hello@fernco.com from a VIP should get posted in #support',
  // an amount of the thing arriving, which the email does not carry (it had been dropped in silence)
  'when a payment arrives at bills@fernco.com over $500, tell Mia',
  'supplier invoices over $500 emailed to bills@fernco.co.uk - tell Gemma',
];

describe('an email said by the address it arrives at (issue #16)', () => {
  it('GIVEN anything said to land in / arrive at / be delivered to an address WHEN parsed THEN an email received, tested on that "to"', () => {
    expect(misread(ARRIVALS)).toStrictEqual([]);
  });

  it('GIVEN their records (supplier, client, customer) emailed, sent or forwarded to an address WHEN parsed THEN an email received there', () => {
    expect(misread(THEIRS)).toStrictEqual([]);
  });

  it('GIVEN an inbox named by its address, or its start with the address in brackets WHEN parsed THEN an email received at that address', () => {
    expect(misread(INBOXES)).toStrictEqual([]);
  });

  it("GIVEN ours sent to an address, an inbox start not the address's, a test of the sender or an amount of the thing arriving WHEN parsed THEN refused", () => {
    expect(TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });

  it("GIVEN a step emailing an address after another trigger WHEN parsed THEN the address is the step's, not a trigger filter", () => {
    expect(
      misread([['when a lead arrives, email it to hello@fernco.com', 'lead.created', 'email.send']]),
    ).toStrictEqual([]);
  });
});
