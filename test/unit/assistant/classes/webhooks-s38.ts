import type { Case } from '../table/case';

/**
 * Session 38 (a4): webhook-triggered requests as the fresh writers of sets 23-25 say them (issue 16, the webhook
 * class). A webhook introduced in one sentence with the source name it arrives under and referred to in the next
 * ("… a webhook (source "ruby") whenever they take a message. When that comes in, …"), and a form tool (Typeform,
 * Tally, Jotform, Webflow) said in brackets, inside the form's name, as where something comes in, or in a sentence
 * saying what it is for. Rows are [request, trigger outline, steps outline]; twins are requests that must be refused.
 */

const ACTIONS: readonly (readonly [said: string, steps: string])[] = [
  ['create a lead and post in #intake', 'crm.createLead; notify.slack'],
  ['email the front desk at desk@example.com', 'email.send'],
  ['post it in #service on slack', 'notify.slack'],
  ['let the office know', 'notify.team'],
];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** The introduction, with its source name said in one of the ways writers say it. */
const INTROS: readonly ((source: string, about: string) => string)[] = [
  (s, about) => `we get a webhook from our answering service (source "${s}")${about}.`,
  (s, about) => `Hi, our vendor posts our leads to a webhook (source: ${s})${about}.`,
  (s) => `Our portal can send new jobs to a webhook, I set the source name as ${s}.`,
  (s, about) => `our generator monitoring portal can post a webhook (source name "${s}")${about}.`,
  (s, about) => `Our website vendor can send a webhook called "${s}"${about}.`,
  (s, about) => `We get a webhook from ${s}${about}.`,
];
const ABOUTS = [
  '',
  ' when someone requests a callback',
  ' whenever they take a message',
  ' every time a unit faults',
];
const REFERRALS = [
  'When that comes in, ',
  'when one arrives, ',
  'Whenever one comes in, ',
  'when that happens ',
  'Once it fires, ',
];
const SOURCES = ['ruby', 'genmon', 'homeadvisor', 'webform', 'donorbox', 'angi'];

export const WEBHOOK_INTRO_CLASS: readonly Case[] = INTROS.flatMap((intro, i) =>
  SOURCES.flatMap((source, j) =>
    REFERRALS.map((referral, k): Case => {
      const [said, steps] = pick(ACTIONS, i + j + k);
      return [`${intro(source, pick(ABOUTS, j + k))} ${referral}${said}`, `webhook:${source}`, steps];
    }),
  ),
);

/** "Turn each one into a new lead": each webhook as the first step's object. */
export const WEBHOOK_EACH_ONE_CLASS: readonly Case[] = SOURCES.map(
  (source, j): Case => [
    `${pick(INTROS, j)(source, pick(ABOUTS, j))} Turn each one into a new lead and post in #intake`,
    `webhook:${source}`,
    'crm.createLead; notify.slack',
  ],
);

/** An introduction that says a test, names two sources, is not a webhook, or is never referred to. */
export const WEBHOOK_INTRO_REFUSED: readonly string[] = [
  'we get a webhook from donorbox (source donorbox) when someone gives over $100. When that comes in, post it in #donations',
  'we get a webhook (source genmon) only for alarms. When that comes in, post it in #service',
  'our portal sends a webhook called "alarms", I set the source name as genmon. When one comes in, post it in #service',
  'we get an email from donorbox (source donorbox) when someone gives online. When that comes in, post it in #donations',
  'Our website vendor can send a webhook called "webform" when someone requests a callback. Email the front desk at desk@example.com',
  'we get a webhook from ruby when a VIP calls. When one comes in, post it in #intake',
];

const TOOLS = [
  ['Typeform', 'typeform'],
  ['Tally', 'tally'],
  ['Jotform', 'jotform'],
  ['Webflow', 'webflow'],
] as const;
const NAMES = ['financing application', 'volunteer FAQ', 'estate planning', 'grant'];
const NOUNS = ['enquiry', 'question', 'application', 'referral'];
const FORM_ACTIONS: readonly (readonly [said: string, steps: string])[] = [
  ['create a lead', 'crm.createLead'],
  ['email them the pack', 'email.send'],
  ['post it in #intake', 'notify.slack'],
  ['let the office know', 'notify.team'],
];

/** Where the tool is said, as a sentence around the form ("the grant form (Tally) is submitted, …"). */
const FORM_SAYINGS: readonly ((
  tool: string,
  lower: string,
  name: string,
  noun: string,
  action: string,
) => string)[] = [
  (t, _l, n, _o, a) => `When the ${n} form (${t}) is submitted, ${a}`,
  (_t, l, n, _o, a) => `New ${n} application (${l} form) -> ${a}`,
  (t, _l, n, _o, a) => `When the ${n} application (on ${t}) is submitted, ${a}`,
  (t, _l, n, _o, a) => `When the ${t} ${n} form is submitted, ${a}`,
  (t, _l, _n, _o, a) => `When a client submits our ${t} questionnaire, ${a}`,
  (_t, l, _n, o, a) =>
    `${o[0]?.toUpperCase()}${o.slice(1)}s come in on a ${l}. ${a[0]?.toUpperCase()}${a.slice(1)}`,
  (_t, l, n, o, a) => `when a ${o} comes in on the ${n} ${l}, ${a}`,
  (t, _l, _n, o, a) => `When a new ${o} comes in via our ${t}, ${a}`,
  (t, _l, n, _o, a) => `We use ${t} for our ${n} questionnaire. When a client submits it, ${a}`,
  (t, _l, n, _o, a) => `Hi! We use ${t} for our ${n} form. Once it is submitted, ${a}`,
  (t, _l, n, _o, a) => `New ${t} response (our ${n} form) -> ${a}`,
  (t, _l, n, o, a) => `${t}: when a new ${n} ${o} comes through, ${a}`,
  (t, _l, _n, o, a) => `${t} - whenever a ${o} comes in, ${a}`,
];

export const FORM_TOOL_CLASS: readonly Case[] = FORM_SAYINGS.flatMap((saying, i) =>
  TOOLS.flatMap(([tool, lower], j) =>
    NAMES.map((name, k): Case => {
      const [said, steps] = pick(FORM_ACTIONS, i + j + k);
      return [
        saying(tool, lower, name, pick(NOUNS, j + k), said),
        `form.submitted {"source":["${lower}"]}`,
        steps,
      ];
    }),
  ),
);

/** A form tool said with a test, or a form service the catalogue does not receive. */
export const FORM_TOOL_REFUSED: readonly string[] = [
  'Sponsor enquiries over $500 come in on a typeform. Send them the pack by email',
  'New Typeform response (only the referral form) -> post it in #foodbank',
  'When the Tally form for VIP clients is submitted, create a lead',
  'When a payment comes in through Stripe, post in #payments',
  'When the intake form (Tally) is submitted, only if they are a VIP post it in #intake',
];

const SENDERS = ['CARFAX', 'Podium', 'Tekmetric', 'gingr', 'Vagaro', 'Mollie'];
const CARRIED = [
  'service due reminder',
  'new booking',
  'payment received',
  'the boarding questionnaire',
  'order shipped',
];

/** What the webhook carries in brackets right after its sender: said back, never a step ("reminder") or a test. */
export const WEBHOOK_CARRIES_CLASS: readonly Case[] = SENDERS.flatMap((sender, i) =>
  CARRIED.map((what, j): Case => {
    const [said, steps] = pick(ACTIONS, i + j);
    const source = sender.toLowerCase();
    return [
      pick(
        [
          `When we get a webhook from ${sender} (${what}), ${said}`,
          `${sender} webhook (${what}) -> ${said}`,
          `When a webhook from ${sender} (${what}) arrives, ${said}`,
        ],
        i + j,
      ),
      `webhook:${source}`,
      steps,
    ];
  }),
);

/** The sender said after the webhook's verb, with what it carries before it ("a payment webhook arrives from Square"). */
export const SENDER_AFTER_CLASS: readonly Case[] = SENDERS.flatMap((sender, i) =>
  ['payment', 'booking', 'order', ''].map((carries, j): Case => {
    const [said, steps] = pick(ACTIONS, i + j);
    const hook = carries ? `${carries} webhook` : 'webhook';
    return [
      pick(
        [
          `When a ${hook} arrives from ${sender}, ${said}`,
          `When a ${hook} comes in from ${sender}, ${said}`,
          `On a ${hook} from ${sender}, ${said}`,
          `when a ${hook} is received from ${sender}, ${said}`,
        ],
        i + j,
      ),
      `webhook:${sender.toLowerCase()}`,
      steps,
    ];
  }),
);

/** No sender but what it carries, two senders, an origin the webhook's detail cannot test, a test in brackets. */
export const SENDER_REFUSED: readonly string[] = [
  'When a payment webhook arrives, post in #payments',
  'When a booking webhook comes in, let the office know',
  'When a webhook from stripe arrives from square, post in #payments',
  'When a Zapier webhook comes in from Facebook Lead Ads, notify the team',
  'zapier webhook from our facebook lead ads -> add the person to the crm',
  'When a webhook from make comes in from our Instagram ads, notify the team',
  'When a webhook from carfax (only repeat customers) arrives, notify the team',
  'When a payment webhook arrives from a VIP, notify the team',
  'When a webhook comes in from our biggest clients, notify the team',
];
