/**
 * Where a redrive continues. Step Functions redrives every state that was entered and never exited when the
 * execution ended: at the top level that is one state; inside a failed inline Map or Parallel it is the state
 * each failed or aborted iteration/branch stopped in, while the iterations that succeeded keep their output.
 */
export interface ScopeTrace {
  readonly state: string;
  /** The state's raw input (before InputPath), as it was entered. */
  readonly input: unknown;
  /** For a Map or Parallel state: what became of each iteration or branch. */
  readonly nested?: NestedTrace;
}

export type IterationTrace =
  | { readonly done: true; readonly output: unknown }
  /** `trace` is missing when the iteration never started. */
  | { readonly done: false; readonly trace?: ScopeTrace };

export type NestedTrace =
  | { readonly kind: 'iterations'; readonly iterations: readonly IterationTrace[] }
  | { readonly kind: 'mapRun'; readonly mapRunArn: string };

/** A chain of states (an execution, an iteration, a branch) ended without reaching an end state. */
export class ScopeFailure extends Error {
  constructor(
    readonly error: Error,
    readonly trace: ScopeTrace,
    /** The chain was stopped (execution stopped or timed out, or a sibling iteration failed). */
    readonly stopped: boolean,
  ) {
    super(error.message);
    this.name = error.name;
  }
}
