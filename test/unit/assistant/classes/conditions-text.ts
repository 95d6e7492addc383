import type { Case } from '../table/case';

/**
 * Conditions on what a lead is (its source, company, status) and on its value written every way, as a grammar of
 * slots: the trigger × the condition (positive and negated, text and numbers with units and formats) × where the
 * condition stands ("if" before, "if"/"only if"/"but only when" after the action, "unless", with the trigger) ×
 * a second condition joined by and/or × what happens otherwise. Each row's expected outline follows from its slots.
 */

const TRIGGERS: readonly string[] = [
  'When a new lead comes in',
  'When a lead is added',
  'Whenever we get a new lead',
  'When someone signs up as a lead',
];

/** [wording, its condition in the outline, the same condition negated as the parser writes "isn't"]. */
type Test = readonly [words: string, outline: string];

const TESTS: readonly Test[] = [
  ['the lead came from the website', 'trigger.lead.source eq "website"'],
  ['the lead is from LinkedIn', 'trigger.lead.source eq "LinkedIn"'],
  ['the source is Facebook', 'trigger.lead.source eq "Facebook"'],
  ['they came in through Google Ads', 'trigger.lead.source eq "Google Ads"'],
  ["the lead's source is referral", 'trigger.lead.source eq "referral"'],
  ['the lead works at Acme', 'trigger.lead.company eq "Acme"'],
  ['the company is Acme', 'trigger.lead.company eq "Acme"'],
  ['the status is qualified', 'trigger.lead.status eq "qualified"'],
  [
    'the source is LinkedIn, Google or Bing',
    '(trigger.lead.source eq "LinkedIn" or trigger.lead.source eq "Google" or trigger.lead.source eq "Bing")',
  ],
  ['the value is over $5k', 'trigger.lead.value gt 5000'],
  ['it is worth at least 1,000', 'trigger.lead.value gte 1000'],
  ['the deal is worth more than ten thousand', 'trigger.lead.value gt 10000'],
  ["it's worth 10k or more", 'trigger.lead.value gte 10000'],
  ['the budget is under 500', 'trigger.lead.value lt 500'],
  ['the value is above 2,500 euros', 'trigger.lead.value gt 2500'],
  ['the deal size exceeds $1.5M', 'trigger.lead.value gt 1500000'],
  ['the lead is worth less than 20K', 'trigger.lead.value lt 20000'],
  ['it is worth north of 10k', 'trigger.lead.value gt 10000'],
  ['the value is more than a million', 'trigger.lead.value gt 1000000'],
  ['the value is 5k or higher', 'trigger.lead.value gte 5000'],
];

/** The first tests are on text (source, company, status), the rest on the value. */
const TEXT_TESTS = 9;

/** Negated wordings: [wording, outline]. */
const NEGATED: readonly Test[] = [
  ["the lead isn't from LinkedIn", 'trigger.lead.source ne "LinkedIn"'],
  ['the source is not Facebook', 'trigger.lead.source ne "Facebook"'],
  ["the lead didn't come from the website", 'trigger.lead.source ne "website"'],
  ['the status is not lost', 'trigger.lead.status ne "lost"'],
  ["the company isn't Acme", 'trigger.lead.company ne "Acme"'],
  ['the status is no longer new', 'trigger.lead.status ne "new"'],
];

const ACTIONS: readonly [string, string][] = [
  ['notify the team', 'notify.team'],
  ['send them a welcome email', 'email.send'],
  ['post it in #sales', 'notify.slack'],
];
const OTHERWISE: readonly [string, string][] = [
  ['add a note', 'crm.addNote'],
  ['send the standard welcome email', 'email.send'],
];

type Place = (trigger: string, test: string, action: string) => string;

/** Where the condition stands; each governs the action alone. */
const PLACES: readonly Place[] = [
  (t, c, a) => `${t}, if ${c}, ${a}`,
  (t, c, a) => `${t}, ${a} if ${c}`,
  (t, c, a) => `${t}, ${a}, but only if ${c}`,
  (t, c, a) => `${t}, ${a} only if ${c}`,
  (t, c, a) => `${t}, ${a} but only when ${c}`,
  (t, c, a) => `${t} and ${c}, ${a}`,
  (t, c, a) => `${t}: only if ${c}, ${a}`,
  (t, c, a) => `${t}, as long as ${c}, ${a}`,
  (t, c, a) => `${t}, ${a} - provided ${c}`,
  (t, c, a) => `Only if ${c}: ${t.charAt(0).toLowerCase()}${t.slice(1)}, ${a}`,
];

/** "unless" before or after its action: the action runs when the test fails. */
const UNLESS: readonly Place[] = [
  (t, c, a) => `${t}, ${a} unless ${c}`,
  (t, c, a) => `${t}, unless ${c}, ${a}`,
  (t, c, a) => `${t}, ${a}, except if ${c}`,
];

/** Where the other branch goes, for conditions written before their action. */
const ELSES: readonly ((t: string, c: string, a: string, o: string) => string)[] = [
  (t, c, a, o) => `${t}, if ${c}, ${a}; otherwise ${o}`,
  (t, c, a, o) => `${t}, if ${c} then ${a}, else ${o}`,
  (t, c, a, o) => `${t}: if ${c}, ${a}. If not, ${o}.`,
  (t, c, a, o) => `${t} and ${c}, ${a}, otherwise ${o}`,
];

const JOINTS: readonly [string, 'and' | 'or'][] = [
  ['and', 'and'],
  ['or', 'or'],
  ['and also', 'and'],
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const single = (t: number, c: number, p: number): Case => {
  const [words, outline] = pick(TESTS, c);
  const [action, step] = pick(ACTIONS, t + c + p);
  return [pick(PLACES, p)(pick(TRIGGERS, t), words, action), 'lead.created', `if(${outline})[${step}]`];
};

const negated = (t: number, c: number, p: number): Case => {
  const [words, outline] = pick(NEGATED, c);
  const [action, step] = pick(ACTIONS, t + c + p);
  return [pick(PLACES, p)(pick(TRIGGERS, t), words, action), 'lead.created', `if(${outline})[${step}]`];
};

const unless = (t: number, c: number, u: number): Case => {
  const [words, outline] = pick(TESTS, c);
  const [action, step] = pick(ACTIONS, t + c + u);
  return [pick(UNLESS, u)(pick(TRIGGERS, t), words, action), 'lead.created', `if(not ${outline})[${step}]`];
};

const otherwise = (t: number, c: number, e: number): Case => {
  const [words, outline] = pick(TESTS, c);
  const [action, step] = pick(ACTIONS, t + c);
  const [other, otherStep] = pick(OTHERWISE, t + e);
  return [
    pick(ELSES, e)(pick(TRIGGERS, t), words, action, other),
    'lead.created',
    `if(${outline})[${step}]else[${otherStep}]`,
  ];
};

/** Two tests joined: the first from the text tests, the second a number (so the two never name one field). */
const joined = (t: number, c: number, j: number, p: number): Case => {
  const [first, one] = pick(TESTS.slice(0, TEXT_TESTS), c);
  const [second, two] = pick(TESTS.slice(TEXT_TESTS), c + j);
  const [joint, op] = pick(JOINTS, j);
  const [action, step] = pick(ACTIONS, t + c + j);
  return [
    pick(PLACES.slice(0, 5), p)(pick(TRIGGERS, t), `${first} ${joint} ${second}`, action),
    'lead.created',
    `if((${one} ${op} ${two}))[${step}]`,
  ];
};

/** Every pair of slot values, grouped by the test's wording (one unit test per group). */
export const CONDITION_TEXT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  ...TESTS.map(([words], c): [string, Case[]] => [
    words,
    [
      ...PLACES.map((_, p) => single(c + p, c, p)),
      ...UNLESS.map((_, u) => unless(c + u, c, u)),
      ...ELSES.map((_, e) => otherwise(c + e, c, e)),
      ...JOINTS.map((_, j) => joined(c + j, c, j, c + j)),
    ],
  ]),
  ...NEGATED.map(([words], c): [string, Case[]] => [words, PLACES.map((_, p) => negated(c + p, c, p))]),
]);

/** The full cross product, measured by the bench. */
export const CONDITION_TEXT_PRODUCT: readonly Case[] = TRIGGERS.flatMap((_t, t) => [
  ...TESTS.flatMap((_c, c) => [
    ...PLACES.map((_p, p) => single(t, c, p)),
    ...UNLESS.map((_u, u) => unless(t, c, u)),
    ...ELSES.map((_e, e) => otherwise(t, c, e)),
    ...JOINTS.flatMap((_j, j) => PLACES.slice(0, 5).map((_p, p) => joined(t, c, j, p))),
  ]),
  ...NEGATED.flatMap((_c, c) => PLACES.map((_p, p) => negated(t, c, p))),
]);
