import type { Trigger } from '../../../statemachines/schema';
import { PERSON_PLURAL } from './nouns';

/**
 * A run by hand whose steps act on one person, with nothing typed said (issue #16, session 44): "a workflow I can kick
 * off by hand for move-outs: email the tenant …", "when I run it, send them the welcome pack". The run is given that
 * person: their name and email are its inputs, asked when it is started, and the steps address them. Never for many
 * ("email each one", "every client", "the tenants"), never when the run is given something else ("with a topic").
 */

/** What a run by hand is given when its steps act on one person and nothing given was said. */
const PERSON_GIVEN = ['name', 'email'];
const PERSON_GIVEN_NOTE =
  'the run by hand is for one person: their name and email are asked when you run it (inputs name, email)';
const GIVEN_NO_ONE = 'a run started by hand is given no one';
/** A step said for many ("each one", "every client", "the tenants"): never one person given. */
const MANY_SAID = new RegExp(
  `^I understood "[^"]*\\b(?:each|every|all|everyone|everybody|people|${PERSON_PLURAL})\\b`,
  'i',
);

/** The trigger of the second reading: a run by hand with nothing given, given the person. */
export const personGiven = (trigger: Trigger | undefined, person: boolean): Trigger | undefined =>
  person && trigger?.type === 'manual' && !trigger.inputs?.length
    ? { ...trigger, inputs: [...PERSON_GIVEN] }
    : trigger;

type Read =
  | { readonly ok: true; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Reads once; when the only problems are steps for one person a run by hand is not given, reads it given them. */
export const givingPerson = <R extends Read>(read: (person: boolean) => R | undefined): R | undefined => {
  const first = read(false);
  if (!first || first.ok || first.problems.length === 0) return first;
  if (!first.problems.every((p) => p.includes(GIVEN_NO_ONE) && !MANY_SAID.test(p))) return first;
  const again = read(true);
  return again?.ok ? { ...again, notes: [...again.notes, PERSON_GIVEN_NOTE] } : first;
};
