import type { Case } from '../table/case';
import { CONDITION_PRODUCT } from './conditions';
import { EVENT_PRODUCT } from './events';
import { LIST_PRODUCT } from './lists';
import { MANY_RECORDS_PRODUCT } from './many-records';
import { NEGATIVE_WAIT_PRODUCT } from './negative-waits';
import { RECORD_PRODUCT } from './records';
import { REPORT_PRODUCT } from './reports';

/**
 * The rule inside a message: framing pieces (greetings, thanks, sign-offs, closers, statements of context, labelled
 * notes) around rule bodies the other classes already cover. Framing carries no rule word, so every combination
 * must come back as the body's own workflow. The negative class puts framing that does carry a rule word (a
 * condition, a recipient, a time) around the same bodies: it must never be dropped in silence.
 */

type Frame = (body: string) => string;

const bare = (s: string) => s.replace(/[.!]$/, '');
const sentence = (s: string) => `${bare(s)}.`;

/** Bodies from the other classes: a few of each, spread over each class's cross product. */
const spread = (cases: readonly Case[], n: number): Case[] => {
  const step = Math.max(1, Math.floor(cases.length / n));
  return cases.filter((_c, i) => i % step === 0).slice(0, n);
};

const BODIES: readonly Case[] = [
  ...spread(EVENT_PRODUCT, 4),
  ...spread(CONDITION_PRODUCT, 4),
  ...spread(NEGATIVE_WAIT_PRODUCT, 4),
  ...spread(LIST_PRODUCT, 4),
  ...spread(REPORT_PRODUCT, 3),
  ...spread(RECORD_PRODUCT, 3),
  ...spread(MANY_RECORDS_PRODUCT, 3),
].filter(([prompt]) => !prompt.includes('\n'));

/** Framing that names nothing of a rule, before or after the body. */
const FRAMES: Readonly<Record<string, Frame>> = {
  'a greeting line': (b) => `Hi team,\n${b}`,
  'a greeting and well-wishing': (b) => `Hello Sam! Hope you're well. ${sentence(b)}`,
  'thanks after': (b) => `${sentence(b)} Thanks so much!`,
  'a sign-off with a name': (b) => `${sentence(b)}\nCheers,\nAna`,
  'let me know if this works': (b) => `${sentence(b)} Let me know if this works.`,
  "I'll write the copy later": (b) => `${sentence(b)} I'll write the copy later.`,
  'happy to jump on a call': (b) => `${sentence(b)} Happy to jump on a call if that helps.`,
  'does that make sense?': (b) => `${sentence(b)} Does that make sense?`,
  'thanks in a parenthesis': (b) => `${bare(b)} (thanks for this!)`,
  'following up on our call': (b) => `Following up on our call. ${sentence(b)}`,
  'a quick one, not urgent': (b) => `Hey! Quick one. ${sentence(b)} Not urgent.`,
  'a labelled requirement alone': (b) => `Requirement: ${sentence(b)}`,
  'who we are': (b) => `We're a small agency and things get hectic. ${sentence(b)}`,
  'how it is done today': (b) => `Right now we do this by hand and it's slow. ${sentence(b)}`,
  'labelled context, requirement and rationale': (b) =>
    `Context: we are a tiny agency. Requirement: ${sentence(b)} Rationale: it saves us a lot of time.`,
  'a goal before, notes after': (b) =>
    `Goal: less manual work. ${sentence(b)} Notes: the wording is in the shared drive.`,
  'a whole message': (b) =>
    `Hi Sam,\nHope you had a good weekend. Right now this is all manual and it's painful.\n${sentence(b)}\nLet me know if you have any questions. Thanks in advance!\nBest,\nPriya`,
};

export const FRAMING_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  Object.entries(FRAMES).map(([name, frame]): [string, Case[]] => [
    name,
    BODIES.map(([prompt, trigger, steps]): Case => [frame(prompt), trigger, steps]),
  ]),
);

/**
 * Framing that carries a rule word — a condition, a recipient, a time, an amount — around the same bodies: the
 * request is refused quoting it (or the words are read into the workflow), never the body's workflow alone.
 */
const RULE_BEARING: readonly (readonly [name: string, frame: Frame, quoted: string])[] = [
  [
    'a condition said as context',
    (b) => `We only do this for German customers. ${sentence(b)}`,
    'German customers',
  ],
  ['a condition after the rule', (b) => `${sentence(b)} This is only for VIP clients.`, 'VIP clients'],
  ['a condition in a context note', (b) => `Context: only for leads from Berlin. ${sentence(b)}`, 'Berlin'],
  ['a recipient added', (b) => `${sentence(b)} Make sure Anna sees it too.`, 'Anna'],
  ['a source said as a fact', (b) => `${sentence(b)} They usually come from Bing.`, 'Bing'],
  [
    'something we do, in words nobody reads',
    (b) => `${sentence(b)} We frobnicate the widgets.`,
    'frobnicate',
  ],
  ['a time said as a wish', (b) => `${sentence(b)} Ideally within 5 minutes.`, '5 minutes'],
  ['a time in a rationale', (b) => `${sentence(b)} Rationale: it has to happen before 9am.`, '9am'],
  ['an amount in a note of context', (b) => `Background: just for deals over $10k. ${sentence(b)}`, '$10k'],
];

export const FRAMING_REFUSALS: ReadonlyMap<string, readonly (readonly [prompt: string, quoted: string])[]> =
  new Map(
    RULE_BEARING.map(([name, frame, quoted]): [string, (readonly [string, string])[]] => [
      name,
      BODIES.map(([prompt]) => [frame(prompt), quoted] as const),
    ]),
  );
