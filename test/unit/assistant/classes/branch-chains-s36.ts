import type { Case } from '../table/case';

/**
 * A chain of branches on one field, said short (session 36, class 8): "if source is google send the google coupon
 * email, if it's yelp send the yelp one, anything else nothing", "source instagram → send the insta promo email,
 * source google → the google one". Each branch is read as the other branch of the test before it (else-if), never
 * dropped. Twins: tests of different fields stay side by side; "if it's over 5k" after a source test is a value test.
 */

const STARTS: readonly [said: string, event: string][] = [
  ['New customer comes in:', 'lead.created'],
  ['new client:', 'lead.created'],
  ['When a new patient is added,', 'lead.created'],
];
const PAIRS: readonly [string, string][] = [
  ['google', 'yelp'],
  ['instagram', 'facebook'],
  ['referral', 'website'],
  ['nextdoor', 'thumbtack'],
];
const chain = (a: string, b: string, second: string): string =>
  `if(trigger.lead.source eq "${a}")[email.send]else[if(trigger.lead.source eq "${b}")[${second}]]`;

const SAID: readonly [(a: string, b: string) => string, string][] = [
  [
    (a, b) =>
      `if source is ${a} send the ${a} coupon email, if it's ${b} send the ${b} one, anything else nothing`,
    'email.send',
  ],
  [
    (a, b) => `source ${a} → send the ${a} promo email, source ${b} → the ${b} one, anything else nothing`,
    'email.send',
  ],
  [
    (a, b) => `if the source is ${a} email them the ${a} offer email, if it is ${b} email them the ${b} one`,
    'email.send',
  ],
  [(a, b) => `if source is ${a} send the ${a} email, if source is ${b} send the ${b} email`, 'email.send'],
  [(a, b) => `source ${a} → send the ${a} welcome email, source ${b} → notify me`, 'notify.team'],
  [(a, b) => `if source is ${a} send the ${a} email, if it's ${b} tag them ${b}`, 'crm.updateLead'],
];

export const BRANCH_CHAIN_CLASS: readonly Case[] = STARTS.flatMap(([start, event]) =>
  PAIRS.flatMap(([a, b]) =>
    SAID.map(([say, second]): Case => [`${start} ${say(a, b)}`, event, chain(a, b, second)]),
  ),
);

/** Tests of different fields stay side by side; "if it's over 5k" is a value test, never a source. */
export const BRANCH_CHAIN_TWINS: readonly Case[] = [
  [
    'New customer comes in: if source is google send the google email, if the value is over 5k notify me',
    'lead.created',
    'if(trigger.lead.source eq "google")[email.send]; if(trigger.lead.value gt 5000)[notify.team]',
  ],
  [
    "New customer comes in: if source is google send the google email, if it's over 5k notify me",
    'lead.created',
    'if(trigger.lead.source eq "google")[email.send]; if(trigger.lead.value gt 5000)[notify.team]',
  ],
];

/** The other branch said of the people it leaves out: "Other new clients just get the normal welcome email." */
const OTHERS = [
  (p: string) => `Other new ${p} just get the normal welcome email.`,
  () => 'Everyone else gets our standard welcome message.',
  (p: string) => `All other ${p} get the regular intro email.`,
  () => 'The rest get the usual welcome email.',
  () => 'Anyone else just gets the normal welcome email.',
];
const REFERRED: readonly [people: string, start: string][] = [
  [
    'clients',
    'When a new client is added and the source is "vet referral", email them the referral coupon and tag them vet-ref.',
  ],
  ['customers', 'When a new customer comes in from Angi, send them the Angi discount email.'],
  [
    'patients',
    'When a new patient is added and the source is "dentist referral", email them the referral welcome.',
  ],
];
export const OTHERS_GET_CLASS: readonly Case[] = REFERRED.flatMap(([people, start]) =>
  OTHERS.map((say): Case => {
    const source = /"([^"]+)"/.exec(start)?.[1] ?? 'Angi';
    const first = start.includes('tag them') ? 'email.send; crm.updateLead' : 'email.send';
    return [
      `${start} ${say(people)}`,
      'lead.created',
      `if(trigger.lead.source eq "${source}")[${first}]else[email.send]`,
    ];
  }),
);
/** With no test before, or with no message got, it stays refused. */
export const OTHERS_GET_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  [
    'When a new lead comes in, email them the referral coupon. Everyone else gets the normal welcome email.',
    'otherwise',
  ],
  [
    'When a new lead comes in and the source is "referral", email them the coupon. Other leads get tagged cold.',
    'Other leads get tagged cold',
  ],
];
