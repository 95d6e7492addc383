/**
 * The registry of readings (session 33). A reader says what it read and where, marking nothing (trigger.ts: `Read`,
 * `Reading`); the request is then read whole once per reading of its trigger, and each whole reading is a candidate:
 * its result and the writer's content words that no reader placed. The assembly chooses among the candidates here,
 * by what they place over the WHOLE request, never by one clause alone.
 */

/**
 * The items of a sequence read as far as asked and kept: the trigger's readings of one request, shared by its whole
 * readings (one per choice), so each clause is offered to the trigger readers once per request, not once per choice.
 */
export class Kept<T> {
  private readonly kept: T[] = [];
  private readonly rest: Iterator<T>;
  private done = false;

  constructor(items: Iterable<T>) {
    this.rest = items[Symbol.iterator]();
  }

  /** The item numbered `n` (from 0), undefined when there are fewer. */
  at(n: number): T | undefined {
    while (this.kept.length <= n && !this.done) {
      const next = this.rest.next();
      if (next.done) this.done = true;
      else this.kept.push(next.value);
    }
    return this.kept[n];
  }
}

/** A part of a clause a reader read: where it starts and how long it is (the clause's own offsets). */
export type Span = readonly [index: number, length: number];

/** One whole reading of the request: whether it came back as a workflow, and the writer's words it left unplaced. */
export interface Candidate<R> {
  readonly result: R;
  readonly ok: boolean;
  /** Runs of the writer's words no reader placed: not understood, or quoted by a refusal as not understood. */
  readonly unplaced: readonly string[];
}

/** Words that carry no content of their own: articles, joints, pronouns, auxiliaries, politeness. */
const FUNCTION_WORD =
  /^(?:a|an|the|and|or|but|so|then|to|of|in|on|at|by|for|with|as|it|its|is|are|was|be|been|this|that|these|those|there|here|i|we|you|they|me|us|them|my|our|your|their|please|just|also|too|very|really|do|does|did)$/;

/** The content words of a text (lower case): every word but the function words above. */
export const contentWords = (text: string): readonly string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}£$€#@][\p{L}\p{N}'’£$€#@._-]*/gu) ?? []).filter(
    (w) => !FUNCTION_WORD.test(w),
  );

/** The quoted phrases of the problems that say a part was not understood ("I did not understand "…""). */
const NOT_UNDERSTOOD_QUOTE = /\bdid not understand "([^"]+)"/g;

/** The runs a candidate left unplaced: its not-understood runs, and those its problems quote as not understood. */
export const unplacedOf = (
  notUnderstood: readonly string[],
  problems: readonly string[] = [],
): readonly string[] => [
  ...notUnderstood,
  ...problems.flatMap((p) => [...p.matchAll(NOT_UNDERSTOOD_QUOTE)].map((m) => m[1] ?? '')),
];

/** How many content words a candidate left unplaced (fewer is more of the request placed). */
export const unplacedWords = (candidate: Candidate<unknown>): number =>
  candidate.unplaced.reduce((n, run) => n + contentWords(run).length, 0);

/** Whether a candidate placed every word of the request (a workflow with nothing left unread). */
export const placesAll = (candidate: Candidate<unknown>): boolean =>
  candidate.ok && candidate.unplaced.length === 0;

/** What a whole reading comes back as (parser.ts's ParseResult, by its shape). */
export type Outcome =
  | { readonly ok: true; readonly notUnderstood: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[]; readonly notUnderstood: readonly string[] };

export const candidateOf = <R extends Outcome>(result: R): Candidate<R> => ({
  result,
  ok: result.ok,
  unplaced: unplacedOf(result.notUnderstood, result.ok ? [] : result.problems),
});

/**
 * Words that could restrict who, when or which, or add a step: a run left unplaced with one of them is never framing,
 * so a reading that leaves it loses to a refusal (coverage never wins by dropping a restriction).
 */
const RESTRICTING =
  /\d|[$€£₹#@"'⟦<>=]|\b(?:only|just|except|excluding|unless|if|when|whenever|once|not|never|no|none|without|over|under|above|below|more|less|least|most|between|from|via|through|tagged|with|whose|who|which|that|status|source|value|amount|budget|total|each|every|all|any|some|first|last|new|before|after|until|within|daily|weekly|monthly|and|or|then|also|too|send|email|notify|tell|post|add|create|mark|tag|remind|book|schedule)\b|(?:^|\s)[A-Z]/i;

/** Whether a candidate's unplaced runs could only be framing (none could restrict or add a step). */
export const onlyFraming = (candidate: Candidate<unknown>): boolean =>
  candidate.unplaced.every((run) => !RESTRICTING.test(run));

/**
 * What a whole reading must do to matter: for a reading after the first, place better than the best so far (its
 * unplaced content words); for a first reading whose caller keeps only a workflow, be one, when no other reading
 * will be compared with it (`workflowWanted`, asked only once the reading meets a problem).
 */
export type Bar = { readonly unplacedWords: number } | { readonly workflowWanted: () => boolean };

/**
 * Whether a whole reading can no longer matter (`bar`), from what it has read so far: a problem (it can only be
 * refused); after the first, also words left unread that could restrict, or as many unread content words as the
 * best reading left. A reading's problems and unread words only grow as it reads on, so it may stop here.
 */
export const outOfTheRunning = (
  bar: Bar | undefined,
  problems: readonly string[],
  notUnderstood: readonly string[],
): boolean => {
  if (bar === undefined) return false;
  if ('workflowWanted' in bar) return problems.length > 0 && bar.workflowWanted();
  return (
    problems.length > 0 ||
    (notUnderstood.length > 0 &&
      (notUnderstood.some((run) => RESTRICTING.test(run)) ||
        notUnderstood.reduce((n, run) => n + contentWords(run).length, 0) >= bar.unplacedWords))
  );
};

/**
 * The whole reading chosen among those of the trigger's readings numbered 0 … `readings` - 1 (`readAt` reads the
 * request with one; undefined when there is no such reading): the first that places every word; else, by coverage,
 * the workflow that places the most content words when what it leaves could only be framing and it places more
 * than the first reading; else the first (the old order decides ties). Read lazily: nothing is read after the first
 * that places every word, and each reading after the first is told the bar it must pass (`outOfTheRunning`), so one
 * that cannot be chosen stops early and comes back as any refusal (never chosen).
 */
export const chooseReading = <R extends Outcome>(
  readAt: (choice: number, bar: Bar | undefined) => R | undefined,
  readings: number,
): R | undefined => {
  let best: Candidate<R> | undefined;
  for (let choice = 0; choice < readings; choice++) {
    const result = readAt(choice, best && { unplacedWords: unplacedWords(best) });
    if (!result) break;
    const candidate = candidateOf(result);
    if (placesAll(candidate)) return result;
    if (!best || (candidate.ok && onlyFraming(candidate) && unplacedWords(candidate) < unplacedWords(best)))
      best = candidate;
  }
  return best?.result;
};
