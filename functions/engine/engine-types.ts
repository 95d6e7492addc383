import type { ExecutionStatus } from '../shared/ports';
import type { EngineClock } from './clock';
import type { FinishedExecutionStore } from './finished';

/** The LocalEngine's public types: what callers (local runtime, dry run, CLI, tests) pass in and get back. */

export interface TaskInvocation {
  readonly kind: 'function' | 'service';
  /** Function ARN (or name) for "function"; the integration resource without `.waitForTaskToken` for "service". */
  readonly resource: string;
  readonly payload: unknown;
  readonly executionArn: string;
  readonly stateName: string;
  /** Retries before this attempt. */
  readonly attempt: number;
  /** Set for `.waitForTaskToken` resources (already substituted into the payload). */
  readonly taskToken?: string;
}

export type TaskInvoker = (call: TaskInvocation) => Promise<unknown>;

export type StateMachineType = 'STANDARD' | 'EXPRESS';

export type EngineEvent =
  | {
      readonly type: 'ExecutionStarted';
      readonly executionArn: string;
      readonly name: string;
      readonly at: string;
    }
  | {
      readonly type: 'ExecutionFinished';
      readonly executionArn: string;
      readonly name: string;
      readonly status: ExecutionStatus;
      readonly error?: { error: string; cause?: string };
      readonly at: string;
    }
  | {
      readonly type: 'StateEntered' | 'StateSucceeded' | 'StateFailed' | 'StateWaiting' | 'StateRetrying';
      readonly executionArn: string;
      readonly name: string;
      readonly stateName: string;
      readonly stateType: string;
      readonly stepId: string | undefined;
      readonly action: string | undefined;
      readonly error?: { error: string; cause?: string };
      readonly at: string;
    };

export interface LocalEngineOptions {
  readonly invoke: TaskInvoker;
  readonly clock?: EngineClock;
  readonly region?: string;
  readonly accountId?: string;
  /** Finished executions kept live in the heap (the others are read back from finishedExecutions). @default 100 */
  readonly maxFinishedExecutions?: number;
  /**
   * Where finished executions go (describe, timeline, redrive, name de-duplication read them back).
   * @default LocalEngine: in memory, bounded to 32 MiB of JSON and 10,000 executions (the oldest forgotten first);
   * EngineCore (a dry run's): in memory, all of them (the request's own)
   */
  readonly finishedExecutions?: FinishedExecutionStore;
  /**
   * Called synchronously before every state an execution enters (the first of each Map iteration and Parallel branch
   * too): a caller that must stop at a deadline even while nothing yields to the event loop (a timer cannot fire
   * then) checks it here and stops the executions (close()), which end at this transition. Must not throw.
   */
  readonly checkpoint?: () => void;
  /** Called synchronously for every state transition (console logs, tests). Must not throw. */
  readonly onEvent?: (event: EngineEvent) => void;
  /** For retry jitter; injectable for deterministic tests. */
  readonly random?: () => number;
  /** Called when a snapshot() would differ (a run started, moved to another top-level state, waits, ended). */
  readonly onChange?: () => void;
  /**
   * Each Lambda function's own timeout in seconds, by function ARN or name (the infra construct's setting): an
   * invocation running longer fails with Sandbox.Timedout, as Lambda ends it. Functions not listed never do.
   */
  readonly functionTimeouts?: Readonly<Record<string, number>>;
  /**
   * Called by StartExecution once the execution's ARN is known and before it runs; the start waits for it (a
   * rejection fails the start). The local runtime journals every start there, so that an acknowledged start
   * survives a kill (see infra/local/start-journal.ts); startAgain makes a journaled start again.
   */
  readonly beforeStart?: (start: StartedExecution) => Promise<void>;
}

/** An execution as StartExecution made it: enough to make the same start again (same ARN, name and input). */
export interface StartedExecution {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly input: unknown;
}

/** ListExecutions' filters: a state machine's executions, or (`mapRunArn`) a Distributed Map run's children. */
export interface ExecutionFilter {
  readonly stateMachineArn?: string;
  readonly status?: ExecutionStatus;
  readonly mapRunArn?: string;
}

export interface ExecutionSummary {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: ExecutionStatus;
  readonly startDate: string;
  readonly stopDate?: string;
  readonly redriveCount: number;
}

export interface PendingTask {
  readonly taskToken: string;
  readonly executionArn: string;
  readonly stateName: string;
  readonly stepId: string | undefined;
  readonly payload: unknown;
}

/** Errors carry the AWS SDK exception names, so callers handle the local and the AWS engine alike. */
export class EngineError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** A task waiting for its token, as a snapshot keeps it. */
export interface OpenToken {
  readonly token: string;
  readonly stateName: string;
  /** When the task began waiting (its TimeoutSeconds runs from here). */
  readonly since: string;
  readonly payload: unknown;
}

/**
 * A running execution as it can be written to disk and resumed later (local runtime with --data-dir): it continues
 * from the top-level state it was in, with that state's input; a Wait keeps its deadline and a task waiting for a
 * token keeps that token (no new registration), so waits, approvals and their records survive a restart.
 */
export interface ExecutionSnapshot {
  readonly executionArn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly input: unknown;
  readonly startDate: string;
  readonly redriveCount: number;
  /** History events so far (absent in snapshots written before it was kept). */
  readonly history?: number;
  readonly timeline: unknown[];
  readonly resume: { readonly stateName: string; readonly input: unknown; readonly enteredAt: string };
  readonly token?: OpenToken;
}
