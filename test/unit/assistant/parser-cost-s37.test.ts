import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ctx, uniqueId } from '../../../functions/assistant/grammar/context';
import {
  type Bar,
  type Candidate,
  candidateOf,
  chooseReading,
  Kept,
  type Outcome,
  onlyFraming,
  outOfTheRunning,
  placesAll,
  unplacedWords,
} from '../../../functions/assistant/grammar/registry';
import { remembered } from '../../../functions/assistant/grammar/remembered';
import { parsePrompt } from '../../../functions/assistant/parser';
import { ADVERSARIAL_HEADS, ADVERSARIAL_RUNS, atTheBound, COUNTED_RUNS } from './adversarial';

type Result = Outcome & { readonly index: number };

/** One whole reading as it reads on, a clause at a time: a clause read whole, or one leaving a run or a problem. */
type Step = { readonly read: true } | { readonly unread: string } | { readonly problem: string };

/**
 * The choice as session 33 made it, reading every reading to its end: the first that places every word; else the
 * workflow that places the most content words when what it leaves could only be framing and it places more than the
 * first; else the first. The rule the lazy chooser must keep.
 */
const chosenReading = (results: readonly Result[]): Result | undefined => {
  const read: Candidate<Result>[] = [];
  for (const result of results) {
    const candidate = candidateOf(result);
    if (placesAll(candidate)) return result;
    read.push(candidate);
  }
  const [first] = read;
  if (!first) return undefined;
  let best = first;
  for (const candidate of read)
    if (candidate.ok && onlyFraming(candidate) && unplacedWords(candidate) < unplacedWords(best))
      best = candidate;
  return best.result;
};

/** Reads a reading step by step, stopping as soon as it is out of the running, as parser.ts's readWith does. */
const readOn = (index: number, steps: readonly Step[], bar: Bar | undefined, full: boolean): Result => {
  const problems: string[] = [];
  const notUnderstood: string[] = [];
  for (const step of steps) {
    // stopped: any refusal (parser.ts gives back its problems so far)
    if (!full && outOfTheRunning(bar, problems, notUnderstood))
      return { ok: false, problems: [...problems, 'stopped'], notUnderstood, index };
    if ('problem' in step) problems.push(step.problem);
    else if ('unread' in step) notUnderstood.push(step.unread);
  }
  return problems.length > 0
    ? { ok: false, problems, notUnderstood, index }
    : { ok: true, notUnderstood, index };
};

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ read: true as const }),
  fc
    .constantFrom(
      'the',
      'to the',
      'with our logo',
      'for them',
      'urgent ones',
      'only VIPs',
      'in 2 days',
      'asap',
    )
    .map((unread) => ({ unread })),
  fc.constantFrom('I did not understand "blue"', 'no action').map((problem) => ({ problem })),
);

describe("the parser's cost: whole readings that cannot be chosen stop early, and the trigger is read once", () => {
  it('GIVEN any readings, each a list of words left unread and problems WHEN the chooser lets a reading after the first stop once it is out of the running THEN it chooses the same reading as reading every one to its end', () => {
    fc.assert(
      fc.property(fc.array(fc.array(step, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (readings) => {
        const whole = readings.map((steps, index) => readOn(index, steps, undefined, true));
        const lazy = chooseReading((choice, bar) => {
          const steps = readings[choice];
          return steps && readOn(choice, steps, bar, false);
        }, readings.length);
        expect(lazy).toStrictEqual(chosenReading(whole));
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN the best reading so far WHEN a later one has a problem, an unread restriction or as many unread words THEN it is out of the running; with no unread word it still may place every word', () => {
    const bar = { unplacedWords: 1 };
    expect(outOfTheRunning(undefined, ['a problem'], [])).toBe(false);
    expect(outOfTheRunning(bar, ['a problem'], [])).toBe(true);
    expect(outOfTheRunning(bar, [], ['only VIPs'])).toBe(true);
    expect(outOfTheRunning(bar, [], ['(thanks)'])).toBe(true);
    expect(outOfTheRunning({ unplacedWords: 2 }, [], ['(thanks)'])).toBe(false);
    expect(outOfTheRunning({ unplacedWords: 0 }, [], [])).toBe(false);
  });

  it('GIVEN a first reading whose caller keeps only a workflow WHEN it meets a problem THEN it stops only when no other reading will be compared with it, and is never stopped for words left unread', () => {
    let asked = 0;
    const alone = {
      workflowWanted: () => {
        asked++;
        return true;
      },
    };
    const compared = { workflowWanted: () => false };
    expect(outOfTheRunning(alone, [], ['only VIPs', '(thanks)'])).toBe(false);
    expect(asked).toBe(0);
    expect(outOfTheRunning(alone, ['a problem'], [])).toBe(true);
    expect(asked).toBe(1);
    expect(outOfTheRunning(compared, ['a problem'], [])).toBe(false);
  });

  it('GIVEN a sequence kept WHEN its items are asked for in any order and again THEN each is read once, only as far as asked', () => {
    let reads = 0;
    function* items() {
      for (const item of ['a', 'b', 'c']) {
        reads++;
        yield item;
      }
    }
    const kept = new Kept(items());
    expect(reads).toBe(0);
    expect(kept.at(1)).toBe('b');
    expect(reads).toBe(2);
    expect([kept.at(0), kept.at(1), kept.at(2), kept.at(3), kept.at(0)]).toStrictEqual([
      'a',
      'b',
      'c',
      undefined,
      'a',
    ]);
    expect(reads).toBe(3);
  });

  it('GIVEN a reader remembered by its text WHEN the same text is read again THEN it is read once; past its size it forgets and reads again, with the same answer', () => {
    const read: string[] = [];
    const length = remembered((text: string) => {
      read.push(text);
      return text.length > 3 ? { length: text.length } : undefined;
    }, 2);
    expect([length('when'), length('when'), length('if'), length('if')]).toStrictEqual([
      { length: 4 },
      { length: 4 },
      undefined,
      undefined,
    ]);
    expect(read).toStrictEqual(['when', 'if']);
    expect(length('once')).toStrictEqual({ length: 4 });
    expect(length('when')).toStrictEqual({ length: 4 });
    expect(read).toStrictEqual(['when', 'if', 'once', 'when']);
  });
});

describe('step ids', () => {
  it('GIVEN any order of bases asked for, and ids others took WHEN each is given an id THEN it is the first of base, base-2, base-3 … not taken, as counting from the start gives', () => {
    const reference = (ids: Set<string>, base: string): string => {
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      return id;
    };
    const ask = fc.oneof(
      fc.constantFrom('note', 'note-2', 'email').map((base) => ({ base })),
      fc.constantFrom('note-3', 'note-2-2', 'email-2').map((taken) => ({ taken })),
    );
    fc.assert(
      fc.property(fc.array(ask, { maxLength: 40 }), (asks) => {
        const ctx: Ctx = {
          event: undefined,
          subject: undefined,
          ids: new Set(),
          previous: undefined,
          cadence: undefined,
        };
        const ids = new Set<string>();
        for (const a of asks)
          if ('taken' in a) {
            ctx.ids.add(a.taken);
            ids.add(a.taken);
          } else expect(uniqueId(ctx, a.base)).toBe(reference(ids, a.base));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the worst requests at the 2,000-character bound', () => {
  const runs = [...ADVERSARIAL_RUNS, ...COUNTED_RUNS];
  it('GIVEN runs of clause starts, headings, bullets, quotes, brackets, conjunctions and numbers with units, in any order, after any head WHEN parsed THEN the parser answers, a workflow or a refusal that says why, and never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ADVERSARIAL_HEADS),
        fc.array(fc.constantFrom(...runs), { minLength: 1, maxLength: 4 }),
        (head, mixed) => {
          const result = parsePrompt(atTheBound(head, mixed.join('')));
          if (result.ok) expect(result.definition.steps.length).toBeGreaterThan(0);
          else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 30 },
    );
  }, 180_000);
});
