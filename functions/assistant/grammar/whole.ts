import { Clause } from './clause';
import { Kept } from './registry';
import { type Piece, splitClauses } from './split';
import type { Prepared } from './text';
import { type Reading, triggerReadings } from './trigger';

/** Words around the request itself, in any clause: "please", "pls", "kindly", "can you", "can it", "I want you to", "automatically". */
export const PREAMBLE =
  /^(\s*(?:(?:and|then|also|so|but)\s+)?)((?:(?:please|pls|plz|kindly|automatically|auto|immediately|instantly|promptly|just|simply|always|ok|okay|so)[\s,]+|(?:can|could|would|will) (?:you|it)\s+(?:(?:please|pls)\s+)?|i(?:'d| would)? (?:want|like|need|wish|love)(?: you)?(?: to)?\s+|we(?:'d| would)? (?:want|like|need|wish)(?: you)?(?: to)?\s+|(?:help me\s+)?(?:create|make|build|set up|setup|add|write|design) (?:me\s+|us\s+)?(?:(?:a|an) (?:new\s+|simple\s+|small\s+)?(?:workflow|automation|zap|flow|rule|process|scenario|thing)|something)(?: that| which| to| where|:)?\s*|automate(?: this)?:?\s*|make sure (?:that\s+)?(?:to\s+)?|i'd like it if\s+|(?:is it possible|is there a way|would it be possible) (?:for you )?to\s+|(?:(?:would|will) you )?be able to\s+|can we (?:please\s+)?|(?:(?:i|we)(?:'d| would)? (?:need|want|like) )?(?:something|an automation|a workflow|a zap|a flow|a rule) (?:that|which)\s+)+)/;

/** Marks the words around the request at the start of `said`: the clause's text, or its view once the trigger is read. */
export const withoutPreamble = (clause: Clause, said: string): Clause => {
  const preamble = PREAMBLE.exec(said);
  if (preamble?.[2]) clause.mark(preamble[1]?.length ?? 0, preamble[2].length);
  return clause;
};

/** How many other readings of the trigger are tried (the worst request's time is bounded by it). */
export const OTHER_READINGS = 3;

/**
 * A request prepared once for all its whole readings (parser.ts reads it whole once per reading of its trigger): its
 * clauses' pieces, and the trigger's readings, read as far as a choice asks, on clauses of their own that are never
 * marked. So each clause is offered to the trigger readers once per request, not once per whole reading.
 */
export class Whole {
  readonly pieces: readonly Piece[];
  readonly readings: Kept<Reading>;

  constructor(readonly prepared: Prepared) {
    this.pieces = splitClauses(prepared.text.replace(/(?<![.!])[.!]+$/, ''));
    this.readings = new Kept(triggerReadings(this.clauses()));
  }

  /** The request's clauses for one whole reading, fresh, with the words around the request set aside. */
  clauses(): Clause[] {
    return this.pieces.map((p) => withoutPreamble(new Clause(this.prepared, p.text), p.text));
  }
}

/** What the request is refused with when no reading of it finds what starts the workflow. */
export const NO_TRIGGER =
  'I could not find what starts the workflow. Say when it runs: "When a new lead is added, …", "Every Monday at 9, …", "If a lead doesn\'t reply in 2 days, …"';
