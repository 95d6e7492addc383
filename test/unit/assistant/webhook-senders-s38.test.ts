import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/** A sender said as the subject of a webhook, with a name the parser has never seen (issue #16, sets 26-28). */
const SENDERS: readonly Case[] = [
  [
    "Karbon fires a webhook when a job's marked complete. when that happens send the client a 'your return is ready' email",
    'webhook:karbon',
    'email.send',
  ],
  [
    'gusto posts to our webhook after each payroll run — email the client a confirmation and log it',
    'webhook:gusto',
    'email.send; log',
  ],
  ['Acme posts to our webhook. When that happens, notify Sam', 'webhook:acme', 'notify.team'],
  ['Zenbooker sends a webhook when a job is booked - post in #jobs', 'webhook:zenbooker', 'notify.slack'],
  [
    'our multiposter Broadbean posts new applicants to a webhook - create them as candidates and tell the team',
    'webhook:broadbean',
    'crm.createLead; notify.team',
  ],
  [
    'Our typeform new client intake posts to the webhook. When it does, create the lead and tell Kate',
    'webhook:typeform',
    'crm.createLead; notify.team',
  ],
  ['Our Jotform payroll form posts to the webhook -> notify Aisha', 'webhook:jotform', 'notify.team'],
  [
    'our portal sends a webhook (source: portalx) when a ticket opens. when it arrives, notify Sam',
    'webhook:portalx',
    'notify.team',
  ],
  [
    "Karbon fires a webhook when a job's marked complete - email the client and post in #jobs",
    'webhook:karbon',
    'email.send; notify.slack',
  ],
  ['jotform webhook for the payroll change form -> notify Aisha', 'webhook:jotform', 'notify.team'],
  ['our Stripe webhook for the deposit form - post in #deposits', 'webhook:stripe', 'notify.slack'],
];

/** Near-misses: a question, an email (not a webhook), a sender with no name, a description with a step of its own. */
const TWINS = [
  'can you set up a webhook?',
  "Karbon fires a webhook when a job's marked complete?",
  'when we get an email from Stripe, post in #billing',
  'Stripe emails us when a payment fails - post in #billing',
  'our booking system posts to a webhook - notify Sam',
  'our booking system posts to a webhook and emails Sam - notify Sam',
  'can you set up a jotform webhook for the payroll form?',
  'it posts to a webhook - notify Sam',
  'when it hits the webhook, notify Sam',
  'jotform webhook for the payroll change form',
];

describe('a webhook whose sender is the subject of the sentence (issue #16)', () => {
  it('GIVEN "<name> sends / posts / fires / hits a webhook" or "<name> webhook for the … form", the name capitalised, first, a form tool or a stated source name, and the steps after a dash, arrow or a sentence referring back WHEN parsed THEN a webhook from that name, lower-cased, with those steps', () => {
    expect(misread(SENDERS)).toStrictEqual([]);
  });

  it('GIVEN the sender read WHEN parsed THEN the note names the source and says what the webhook is about is not tested', () => {
    const result = parsePrompt('Zenbooker sends a webhook when a job is booked - post in #jobs');
    expect(result.ok && result.notes.join(' ')).toContain('webhook from zenbooker');
    expect(result.ok && result.notes.join(' ')).toContain('not tested');
  });

  it('GIVEN a question, an email from a sender, a webhook sender with no name, or a description with a step WHEN parsed THEN refused', () => {
    expect(TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });
});
