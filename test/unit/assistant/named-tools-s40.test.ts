import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/** A known tool telling us something, said as the webhook it sends (issue #16, sets 27–31). */
const TOOL_SAYS: readonly Case[] = [
  [
    'when stripe tells us a payment has gone through email the parent a receipt',
    'webhook:stripe',
    'email.send',
  ],
  ['When Stripe says a refund was issued, post in #billing', 'webhook:stripe', 'notify.slack'],
  ['whenever paypal lets us know a payment has cleared -> notify Sam', 'webhook:paypal', 'notify.team'],
  [
    'When DocuSign tells us the contract has been signed, email the client the welcome pack',
    'webhook:docusign',
    'email.send',
  ],
  [
    'When stripe says a payment failed (invoice.payment_failed) email the member and let Emma know',
    'webhook:stripe {"webhook.type":["invoice.payment_failed"]}',
    'email.send; notify.team',
  ],
  [
    "when Shopify tells us an order was paid ('orders/paid'), post in #shop",
    'webhook:shopify {"webhook.type":["orders/paid"]}',
    'notify.slack',
  ],
];

/** The tool's own record, then its event; a header over the event. */
const TOOL_EVENT: readonly Case[] = [
  ['stripe payment came in -> email the couple a thank you receipt', 'webhook:stripe', 'email.send'],
  // a Shopify order paid is Shopify's orders/paid, tested (session 42: docs/api.md documents the type)
  [
    'when a Shopify order gets paid send the buyer a thank you email',
    'webhook:shopify {"webhook.type":["orders/paid"]}',
    'email.send',
  ],
  ['shopify order paid -> post in #shop', 'webhook:shopify {"webhook.type":["orders/paid"]}', 'notify.slack'],
  ['When a new Square payment arrives, log it', 'webhook:square', 'log'],
  ['new stripe payment received -> notify the team', 'webhook:stripe', 'notify.team'],
  [
    'stripe webhook: when a day pass payment succeeds email the buyer the door code instructions',
    'webhook:stripe',
    'email.send',
  ],
  ['Mollie webhook - when a payment fails, tell Sam', 'webhook:mollie', 'notify.team'],
  // a receipt that thanks is one email (it had been two: a thank-you and a receipt)
  [
    'When an invoice is paid, send them a thank you receipt and tell Sam',
    'invoice.paid',
    'email.send; notify.team',
  ],
  // a booking tool's booking stays a booking, as documented
  [
    'When a new Calendly meeting is booked, email the invitee a confirmation',
    'booking.created',
    'email.send',
  ],
];

/** A sender glossed in brackets, a webhook "for" what it carries, each one in the next sentence. */
const SENDERS: readonly Case[] = [
  [
    'Kisi (our door system) sends a webhook for after-hours door unlocks. post every one in #security',
    'webhook:kisi',
    'notify.slack',
  ],
  ['Brivo (our access control) posts to our webhook for door events. log each one', 'webhook:brivo', 'log'],
  ['calendly webhook for tour bookings -> email the parent our directions', 'webhook:calendly', 'email.send'],
  ['Zenoti webhook for new appointments -> notify the front desk', 'webhook:zenoti', 'notify.team'],
];

/** A form tool named with its form: the tool's submission (form.submitted from that source). */
const FORM_TOOLS: readonly Case[] = [
  [
    'When a Typeform registration comes in, email the applicant + post it in #applications',
    'form.submitted {"source":["typeform"]}',
    'email.send; notify.slack',
  ],
  [
    'when a typeform enquiry comes in email the couple our brochure',
    'form.submitted {"source":["typeform"]}',
    'email.send',
  ],
  [
    'jotform wedding questionnaire submitted → save the answers as a file in the couples folder',
    'form.submitted {"source":["jotform"]}',
    'files.create',
  ],
  [
    'new membership application on typeform -> create the lead + notify Jana',
    'form.submitted {"source":["typeform"]}',
    'crm.createLead; notify.team',
  ],
  [
    'volunteer signups come in via Tally -> add them to the crm',
    'form.submitted {"source":["tally"]}',
    'crm.createLead',
  ],
  [
    'our enquiry form is on Typeform - when it comes through add them to the crm and post in slack',
    'form.submitted {"source":["typeform"]}',
    'crm.createLead; notify.slack',
  ],
  [
    'our waivers are on typeform. every time one is submitted save it as a file in the Waivers folder',
    'form.submitted {"source":["typeform"]}',
    'files.create',
  ],
  [
    'The intake questionnaire is on Jotform; when one is submitted, notify Aisha',
    'form.submitted {"source":["jotform"]}',
    'notify.team',
  ],
];

/** Near-misses: a person (not a tool) telling us, a tool named in a message or as a recipient, a tool with no event, a test. */
const TWINS = [
  'When Maria says a payment failed email the member',
  'when the client says a payment failed, email Maria',
  'Tell Stripe support when a payment fails',
  'stripe -> email the couple',
  'When stripe says a payment over $500 failed, email the member',
  'When a stripe payment comes in from a VIP, email Sam',
  'stripe webhook for big payments -> post in #money',
  'Kisi (our door system) sends a webhook for unlocks over 5 minutes. post every one in #security',
  'Kisi (our door system) sends a webhook for after-hours door unlocks',
  'can stripe tell us when a payment fails?',
  'new membership application over $500 on typeform -> create the lead',
  'our enquiry form is on Typeform',
  'a webhook from our site -> notify Sam',
  'When a webhook from our booking page arrives, notify Sam',
  'zapier webhook from our vip clients -> notify Sam',
  'zapier webhook from Facebook -> notify Sam',
];

describe('a named tool telling us something is the webhook it sends (issue #16)', () => {
  it('GIVEN "<tool> says / tells us / lets us know <event>" with a known tool WHEN parsed THEN a webhook from that tool, its bracketed event type tested as webhook.type', () => {
    expect(misread(TOOL_SAYS)).toStrictEqual([]);
  });

  it('GIVEN "<tool> <record> came in / paid / failed" or "<tool> webhook: when <event>" WHEN parsed THEN a webhook from that tool, and a booking tool\'s booking still a booking', () => {
    expect(misread(TOOL_EVENT)).toStrictEqual([]);
  });

  it('GIVEN a sender glossed in brackets or a webhook "for" what it carries, with each one in the next sentence WHEN parsed THEN a webhook from that sender', () => {
    expect(misread(SENDERS)).toStrictEqual([]);
  });

  it('GIVEN a form tool with its form ("a Typeform registration", "application on typeform", "our form is on Typeform. When it comes through") WHEN parsed THEN that tool\'s form submitted', () => {
    expect(misread(FORM_TOOLS)).toStrictEqual([]);
  });

  it('GIVEN a tool read as a webhook WHEN parsed THEN the note names the source and says what it carries is not tested', () => {
    const result = parsePrompt('stripe payment came in -> email the couple a receipt');
    expect(result.ok && result.notes.join(' ')).toContain('webhook from stripe');
    expect(result.ok && result.notes.join(' ')).toContain('not tested');
  });

  it('GIVEN a person telling us, a tool as a recipient, a tool with no event, a test or a question WHEN parsed THEN refused', () => {
    expect(TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });

  it('GIVEN a webhook with a note on "the lead" and no lead created before it WHEN parsed THEN refused, saying a webhook carries no lead of ours; with the lead created first THEN read', () => {
    const refused = parsePrompt(
      'HoneyBook sends us a webhook when a contract is signed - when that happens notify Erin and add a note to the lead',
    );
    expect(refused.ok ? 'a workflow' : refused.problems.join(' ')).toContain('a webhook carries no lead');
    expect(
      misread([
        [
          'HoneyBook sends us a webhook when a contract is signed - when that happens notify Erin, create the lead and add a note to the lead',
          'webhook:honeybook',
          'notify.team; crm.createLead; crm.addNote',
        ],
      ]),
    ).toStrictEqual([]);
  });
});
