import type { PreparedScope } from './asl-types';
import { type Execution, ExecutionStoppedError } from './execution';
import { recordEvents } from './history';
import type { ChainStart, Frame, Interpreter } from './interpreter';
import { type IterationTrace, type NestedTrace, ScopeFailure } from './trace';

/**
 * Runs the iterations of an inline Map or the branches of a Parallel as chains of the same execution: at most
 * `concurrency` at once, in order of index; the first failure stops the others (Step Functions aborts them) and
 * fails the state with that error. What each iteration did is kept for a redrive, which re-runs only those that
 * failed or were aborted, each from the state it stopped in.
 */

export interface IterationSet {
  readonly count: number;
  readonly scopeOf: (index: number) => PreparedScope;
  /** The input of iteration `index` (evaluated only when the iteration starts). */
  readonly inputOf: (index: number) => Promise<unknown>;
  readonly concurrency: number;
  /** Map iterations carry their index in the timeline; Parallel branches do not. */
  readonly indexed: boolean;
  /** History events around each iteration: MapIterationStarted + MapIteration<outcome> (Map), none (Parallel). */
  readonly eventsPerIteration: number;
  /** The Parallel/Map state's visit order (Visit.order): each iteration's states are ordered under it. */
  readonly path: readonly number[];
}

export const runIterations = async (
  interpreter: Interpreter,
  parent: Frame,
  set: IterationSet,
  redo: NestedTrace | undefined,
  blockedOn: <T>(e: Execution, stateName: string | undefined, wait: Promise<T>) => Promise<T>,
  onTraces: (trace: NestedTrace) => void,
): Promise<unknown[]> => {
  const { e } = parent;
  const previous =
    redo?.kind === 'iterations' && redo.iterations.length === set.count ? redo.iterations : undefined;
  const traces: IterationTrace[] = Array.from({ length: set.count }, (_, i) => {
    const before = previous?.[i];
    return before?.done ? before : { done: false };
  });
  const results: unknown[] = traces.map((t) => (t.done ? t.output : undefined));
  const stop = new AbortController();
  const signal = AbortSignal.any([parent.signal, stop.signal]);
  let failure: ScopeFailure | undefined;
  let nextIndex = 0;

  const runOne = async (index: number): Promise<void> => {
    const frame: Frame = {
      e,
      scope: set.scopeOf(index),
      topLevel: false,
      signal,
      ...(set.indexed ? { itemIndex: index } : {}),
      path: [...set.path, index],
    };
    const before = previous?.[index];
    const resumeAt = before && !before.done ? before.trace : undefined;
    try {
      recordEvents(e, set.eventsPerIteration / 2); // MapIterationStarted
      const start: ChainStart = resumeAt
        ? { state: resumeAt.state, input: resumeAt.input, redo: resumeAt.nested }
        : { state: frame.scope.startAt, input: await set.inputOf(index) };
      results[index] = await interpreter.runChain(frame, start);
      traces[index] = { done: true, output: results[index] };
      recordEvents(e, set.eventsPerIteration / 2); // MapIterationSucceeded
    } catch (error) {
      const scopeFailure =
        error instanceof ScopeFailure
          ? error
          : new ScopeFailure(
              error instanceof Error ? error : new Error(String(error)),
              { state: frame.scope.startAt, input: undefined },
              false,
            );
      traces[index] = { done: false, trace: scopeFailure.trace };
      if (!scopeFailure.stopped && !failure) {
        failure = scopeFailure;
        stop.abort();
      }
      if (!scopeFailure.stopped || !parent.signal.aborted) {
        try {
          recordEvents(e, set.eventsPerIteration / 2); // MapIterationFailed | Aborted
        } catch (limit) {
          if (!failure) failure = new ScopeFailure(limit as Error, scopeFailure.trace, false);
        }
      }
    }
  };

  const worker = async (): Promise<void> => {
    for (;;) {
      if (signal.aborted) return;
      const index = nextIndex++;
      if (index >= set.count) return;
      if (traces[index]?.done) continue;
      await runOne(index);
    }
  };

  const workers = Array.from({ length: Math.max(1, Math.min(set.concurrency, set.count)) }, worker);
  await blockedOn(e, undefined, Promise.all(workers));
  onTraces({ kind: 'iterations', iterations: traces });
  if (parent.signal.aborted) throw new ExecutionStoppedError();
  if (failure) throw failure.error;
  return results;
};
