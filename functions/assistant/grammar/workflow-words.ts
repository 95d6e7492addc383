import * as zc from 'zod/v4/core';
import { CATALOGUE } from '../../../statemachines/catalogue';
import { EVENT_DETAILS } from '../../../statemachines/event-details';
import { EVENT_NAMES } from '../../../statemachines/events';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { LEAD_STATUS_WORDS } from './statuses';

/**
 * The words a workflow can be made of, read from the tables themselves rather than listed: every field name and
 * every enum or literal value of the workflow language (trigger types, step kinds, comparison operators), of each
 * event's detail (lead.source, booking.location, invoice.currency, the lead statuses) and of each action's input
 * (email.send's `to`, notify.slack's `channel`), the event names and the action names, split into words
 * ("attendeeEmail" → attendee, email). A field or a value added to a schema is a workflow word the day it is added.
 */

/** "attendeeEmail" → ["attendee", "email"]; "booking.cancelled" → ["booking", "cancelled"]. */
const wordsOfName = (name: string): string[] =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2);

/** Keys and string values of a schema and everything inside it (each schema visited once: the language recurses). */
const collect = (schema: unknown, into: Set<string>, seen: Set<unknown>): void => {
  if (!(schema instanceof zc.$ZodType) || seen.has(schema)) return;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (schema instanceof zc.$ZodObject)
    for (const [key, child] of Object.entries(schema._zod.def.shape)) {
      for (const w of wordsOfName(key)) into.add(w);
      collect(child, into, seen);
    }
  if (schema instanceof zc.$ZodEnum)
    for (const v of Object.values(schema._zod.def.entries))
      if (typeof v === 'string') for (const w of wordsOfName(v)) into.add(w);
  if (schema instanceof zc.$ZodLiteral)
    for (const v of schema._zod.def.values)
      if (typeof v === 'string') for (const w of wordsOfName(v)) into.add(w);
  if (schema instanceof zc.$ZodLazy) collect(schema._zod.def.getter(), into, seen);
  if (schema instanceof zc.$ZodUnion) for (const o of schema._zod.def.options) collect(o, into, seen);
  for (const key of ['innerType', 'element', 'valueType', 'in', 'out', 'left', 'right'])
    collect(def[key], into, seen);
};

/** The stems a word may be an inflection of: "tagged" → tagged, tagg, tag; "replies" → replies, reply, repli. */
export const stemsOf = (word: string): string[] => {
  const w = word.toLowerCase().replace(/'s$/, '');
  const out = [w];
  const strip = (suffix: string, add = '') => {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) out.push(w.slice(0, -suffix.length) + add);
  };
  strip('s');
  strip('es');
  strip('ies', 'y');
  strip('ied', 'y');
  strip('ed');
  strip('ed', 'e');
  strip('ing');
  strip('ing', 'e');
  for (const s of [...out]) if (/([b-df-hj-np-tv-z])\1$/.test(s)) out.push(s.slice(0, -1));
  return out;
};

let vocabulary: ReadonlySet<string> | undefined;

/** The workflow words, each under every stem it has; built on first use (only a refused request asks). */
export const workflowVocabulary = (): ReadonlySet<string> => {
  if (vocabulary) return vocabulary;
  const words = new Set<string>();
  const seen = new Set<unknown>();
  collect(WorkflowDefinition, words, seen);
  for (const name of EVENT_NAMES) {
    for (const w of wordsOfName(name)) words.add(w);
    collect(EVENT_DETAILS[name], words, seen);
  }
  for (const [name, spec] of Object.entries(CATALOGUE)) {
    for (const w of wordsOfName(name)) words.add(w);
    collect(spec.input, words, seen);
  }
  for (const said of Object.keys(LEAD_STATUS_WORDS)) for (const w of wordsOfName(said)) words.add(w);
  const stems = new Set<string>();
  for (const w of words) for (const s of stemsOf(w)) stems.add(s);
  vocabulary = stems;
  return stems;
};

/** The first word of `text` that is a workflow word (in any inflection), or undefined. */
export const workflowWordIn = (text: string): string | undefined => {
  const vocab = workflowVocabulary();
  for (const word of text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [])
    if (stemsOf(word).some((s) => vocab.has(s))) return word;
  return undefined;
};
