import { STATEMENT_VERBS } from '../../../../functions/assistant/grammar/rule-words';
import { VERBS } from '../../../../functions/assistant/grammar/split';
import type { Case } from '../table/case';

/**
 * Session 36 (h1): the context rule audited as a whole. Every verb of the catalogue (split.ts VERBS, the verbs a
 * clause may start its action with) and every branch word, said by someone in each place a reader sets words aside
 * — a background sentence before or after the rule, a parenthesis, an aside between dashes, a heading before a colon,
 * a story of what is done today — is never dropped: the request is read with it (another workflow) or refused,
 * quoting it. Each row is [request, trigger, steps] of the rule ALONE: the outline the request must NOT come back as.
 * The statement verbs (rule-words.ts STATEMENT_VERBS: "we have", "we use", "by hand") are left out: a business
 * says them of itself in any sentence.
 */

const VERB_LIST: readonly string[] = [
  ...new Set(VERBS.split('|').map((v) => v.replace('[sz]', v.startsWith('organi') ? 's' : 'z'))),
].filter((v) => !STATEMENT_VERBS.has(v));

const third = (v: string): string =>
  /(?:s|sh|ch|x|z|o)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;

/** [first part, comma and the rest, trigger, steps]: rules of several trades, each with one comma. */
const RULES = [
  ['When a new lead comes in', ', email them the price list.', 'lead.created', 'email.send'],
  ['When a booking is cancelled', ', notify the team.', 'booking.cancelled', 'notify.team'],
  ['When an invoice is paid', ', send the customer a thank you email.', 'invoice.paid', 'email.send'],
  ['When the intake form is submitted', ', create a lead.', 'form.submitted', 'crm.createLead'],
] as const;

/** Who does it today, across trades: named, a role, or the writer's own business. */
const DOERS = [
  'Karen',
  'our groomer',
  'the office manager',
  'Tara',
  'my dispatcher',
  'the front desk',
] as const;

const PLACES: readonly ((doer: string, verb: string, first: string, rest: string) => string)[] = [
  (d, v, f, r) => `Right now ${d} ${third(v)} them. ${f}${r}`,
  (d, v, f, r) => `${f}${r} Right now ${d} ${third(v)} them by hand.`,
  (d, v, f, r) => `${f} (${d} usually ${third(v)} them)${r}`,
  (d, v, f, r) => `${f} — ${d} ${third(v)} them too —${r}`,
  (d, v, f, r) => `${d[0]?.toUpperCase()}${d.slice(1)} ${third(v)} them: ${f.toLowerCase()}${r}`,
  (d, v, f, r) => `ok so heres what we do now by hand. ${d} ${third(v)} them. ${f}${r}`,
];

/** verb × place, the rule and the doer turning with each row. */
export const CATALOGUE_ASIDES: readonly Case[] = VERB_LIST.flatMap((verb, i) =>
  PLACES.map((place, j): Case => {
    const [first, rest, trigger, steps] = RULES[(i + j) % RULES.length] ?? RULES[0];
    const doer = DOERS[(i * PLACES.length + j) % DOERS.length] ?? DOERS[0];
    return [place(doer, verb, first, rest), trigger, steps];
  }),
);

/** Branch words in the same places: what to do otherwise, unless, instead, only when, except. */
const BRANCHES = [
  'Otherwise Karen handles them',
  'Unless they are VIPs',
  'Only for the new ones',
  'Except the regulars',
  'Instead the front desk does it',
  'Else we leave them',
  'If not, Tara takes over',
] as const;

export const BRANCH_ASIDES: readonly Case[] = BRANCHES.flatMap((branch, i) =>
  RULES.flatMap(([first, rest, trigger, steps], j): Case[] =>
    (i + j) % 2 === 0
      ? [
          [`${first}${rest} ${branch}.`, trigger, steps],
          [`${first} (${branch.toLowerCase()})${rest}`, trigger, steps],
        ]
      : [[`${branch}. ${first}${rest}`, trigger, steps]],
  ),
);
