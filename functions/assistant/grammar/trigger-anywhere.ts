import type { Clause } from './clause';
import { readEventPhrase } from './event-nouns';
import type { EventPhrase } from './events';
import { VERB_START } from './split';
import { meaningful } from './text';

/**
 * The trigger said where the actions are: at the end of an action's clause, as the person or record the action is
 * for ("Email the joining details to anyone who signs up", "Thank whoever pays an invoice", "Chase every invoice
 * that goes overdue"). Offered every word start of every clause once the fixed trigger shapes found nothing; a
 * reading counts only when it places every word to the clause's end (what is left must be the action before it).
 */

/** Where such a phrase starts: a quantified person or record, or a noun phrase with a relative clause of its own. */
const OPENING =
  /^(?:(?:any|every|each|all)(?:one|body)?|whoever|whomever|people|those|(?:a|an|the|any|every|each|all)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*\s+(?:who|that|which))\b/;

/** "whoever pays", "everyone who pays": said as the event grammars' "anyone who". */
const ANYONE = /^(?:whoever|whomever|every(?:one|body) who|anybody who)\b/;

/**
 * What happened before (the records a list would find, not one arriving) or did not happen (a wait): "everyone who
 * booked last week", "anyone who hasn't paid", "leads that came from LinkedIn". Those stay with the list and wait
 * readers; read as an event they would be a wrong workflow.
 */
const NOT_AN_ARRIVAL =
  /\b(?:(?:who|that|which|whoever)\s+(?:[a-z]+ed|came|paid|sent|got|gave|made|did|had|has|have|was|were|left|took|bought|went|wrote|became|already)|not|never|no|nobody|hasn't|haven't|didn't|doesn't|don't|isn't|aren't|won't|still|yet|last|ago|yesterday|so far|since|within|until|by)\b|n't\b/;

/**
 * A qualifier of one word: a relative pronoun whose clause was not read ("any client who"), or a preposition cut
 * from its object ("each new lead in | our Discord server").
 */
const LONE = /^\S+$/;

/**
 * The phrase as the event grammars say it: "whoever pays" as "anyone who pays"; "any client who signs up" also as
 * "any client signs up" (the relative pronoun out, before the verb). Each form keeps the tail's words after the
 * change, so the length read maps back to the tail.
 */
const said = (tail: string): string[] => {
  const anyone = ANYONE.exec(tail);
  if (anyone) return [`anyone who${tail.slice(anyone[0].length)}`];
  const relative = /^((?:\S+\s+){1,3}?)(?:who|that|which)\s/.exec(tail);
  return relative ? [tail, `${relative[1]}${tail.slice(relative[0].length)}`] : [tail];
};

/** Where a verb's direct object may start, after its person: "… the joining details", "… a thank-you email". */
const OBJECT_CUT = /\s(?=(?:the|a|an|our|their|my|your|this|these|some)\s+\S)/g;
/** Whether the clause before the phrase is its verb alone ("send", "please email"). */
const oneVerb = (before: string): boolean => {
  const verb = VERB_START.exec(before);
  return verb !== null && !/\S/.test(before.slice(verb[0].length));
};

export interface AnywhereReading {
  readonly phrase: EventPhrase;
  /** Where the phrase starts in the clause; it runs to the clause's end. */
  readonly index: number;
}

/** The event phrase at the start of `tail`, in any of its forms, with the length it covers of `tail`. */
const readPhrase = (tail: string): { phrase: EventPhrase; length: number } | undefined => {
  const read = said(tail)
    .map((form) => ({ form, phrase: readEventPhrase(form) }))
    .find(({ phrase }) => phrase && !phrase.problem && !LONE.test(phrase.qualifier ?? ''));
  return read?.phrase
    ? { phrase: read.phrase, length: read.phrase.length - (read.form.length - tail.length) }
    : undefined;
};

/** Reads, in one clause, the event said as the object or recipient of the action before it. */
export const readTrailingRecord = (clause: Clause, first: boolean): AnywhereReading | undefined => {
  const view = clause.view;
  // the action comes before the phrase, or, after the first clause, the phrase stands alone (", for anyone who …")
  for (const m of view.matchAll(/(?:^|\s)(?=\S)/g)) {
    const index = m.index + m[0].length;
    const tail = view.slice(index);
    const before = view.slice(0, index);
    if (!OPENING.test(tail) || NOT_AN_ARRIVAL.test(tail)) continue;
    const alone = !first && /^(?:(?:and|but)\s+)?(?:for|to|with|about|of)?$/.test(before.trim());
    if (!alone && !meaningful(before)) continue;
    const whole = readPhrase(tail);
    if (whole && !meaningful(tail.slice(whole.length).replace(/[?!:]/g, '')))
      return { phrase: { ...whole.phrase, length: whole.length }, index };
    // "Send anyone who signs up the joining details": the phrase between the verb and its object, the longest read
    if (!oneVerb(before)) continue;
    for (const cut of [...tail.matchAll(OBJECT_CUT)].reverse()) {
      const part = readPhrase(tail.slice(0, cut.index));
      if (part && !meaningful(tail.slice(part.length, cut.index)))
        return { phrase: { ...part.phrase, length: cut.index }, index };
    }
  }
  return undefined;
};
