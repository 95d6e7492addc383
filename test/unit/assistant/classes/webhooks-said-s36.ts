import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 36 (h4): webhooks said as prose with the sender first (issue 16, class 3 of sets 21/22, as a class across
 * trades): "<Sender> sends us a webhook when …", "our <system> (<Sender>) hits a webhook when …", "when the <Sender>
 * app hits our webhook with …", "we get a webhook from <Multi Word Sender> every time …". The sender's name, its
 * words joined, is the webhook's source; what the webhook is said to be about is what it carries. A description
 * that says a test (an amount, "not", "VIP") is refused, quoted: a webhook's payload is not tested.
 */

const SENDERS: readonly (readonly [said: string, source: string])[] = [
  ['Tekmetric', 'tekmetric'],
  ['Gingr', 'gingr'],
  ['Time To Pet', 'timetopet'],
  ['Housecall Pro', 'housecallpro'],
  ['ServiceTitan', 'servicetitan'],
  ['Vagaro', 'vagaro'],
  ['Dentrix', 'dentrix'],
];
const ABOUT = [
  'when an RO is marked complete',
  'every time a job is finished',
  'when a new client signs up',
  'whenever an order ships',
  'when a dog checks out',
] as const;
const FORMS: readonly ((sender: string, about: string) => string)[] = [
  (s, a) => `${s} sends us a webhook ${a}`,
  (s, a) => `${s} hits a webhook ${a}`,
  (s, a) => `our booking system (${s}) fires a webhook ${a}`,
  (s, a) => `When ${s} sends a webhook ${a}`,
  (s, a) => `we get a webhook from ${s} ${a.replace(/^when(?:ever)? /, 'every time ')}`,
  (s, a) => `when the ${s} app hits our webhook ${a.replace(/^.*?(?:a|an) /, 'with a ')}`,
];
const JOINTS = [' → ', '. ', ' - ', ': ', ', '] as const;
const STEPS: readonly (readonly [said: string, step: string])[] = [
  ['notify the front desk', 'notify.team'],
  ['post in #ops', 'notify.slack'],
  ['add them to the CRM', 'crm.createLead'],
];

export const SENDER_FIRST_CLASS: readonly Case[] = SENDERS.flatMap(([sender, source], i) =>
  FORMS.flatMap((form, j) =>
    ABOUT.filter((_a, k) => (i + j + k) % 2 === 0).map((about, k): Case => {
      const joint = JOINTS[(i + j + k) % JOINTS.length] ?? JOINTS[0];
      const [said, step] = STEPS[(i + 2 * j + k) % STEPS.length] ?? ['', ''];
      const request = form(sender, about);
      const capital = joint === '. ' ? said.charAt(0).toUpperCase() + said.slice(1) : said;
      return [`${request}${joint}${capital}`, `webhook:${source}`, step];
    }),
  ),
);

/** A description that says a test, a device with no name, no webhook said: refused, never a webhook run for all. */
export const SENDER_FIRST_REFUSED: readonly Refusal[] = [
  ['Stripe sends us a webhook when a payment over $500 comes in, notify me', 'over $500'],
  ['Square hits a webhook when a sale is not refunded → notify me', 'not refunded'],
  ['we get a webhook from Time To Pet every time a VIP client signs up: add them to the CRM', 'VIP client'],
  ['Gingr fires a webhook when a stay is over 3 nights - notify the front desk', 'nights'],
  ['our lock sends a webhook when the door opens, notify me', 'our lock sends a webhook'],
  ['When a webhook from Stripe arrives about a refund, notify me', 'about a refund'],
  ['When a webhook from Stripe arrives from a VIP, notify me', 'from a VIP'],
];
