import type { ExecutionStatus, TimelineEntry } from '../shared/ports';
import type { PreparedMachine } from './asl-types';
import type { EngineClock } from './clock';
import type { EngineEvent, OpenToken, StateMachineType, TaskInvoker } from './engine-types';
import type { MapRun } from './map-run';
import type { ScopeTrace } from './trace';

/** What the LocalEngine keeps per state machine and per execution, and the errors raised inside executions. */

/** An error as a task raises it: the name is what Retry/Catch match. */
export class TaskError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Errors that end the execution whatever the Catch says: States.DataLimitExceeded and States.Runtime are not
 * matched by States.ALL (the engine then treats them as uncatchable, which is never more lenient than AWS).
 */
export class TerminalError extends TaskError {
  readonly isRetryable = false;
  readonly isCatchable = false;
}

/** Step Functions' 256 KiB limit on a state's input (after Parameters), output, or a task's result. */
export class DataLimitError extends TerminalError {
  constructor(message: string) {
    super('States.DataLimitExceeded', message);
  }
}

/** Thrown inside an execution (or a Map/Parallel iteration) that is being stopped: neither retried nor caught. */
export class ExecutionStoppedError extends Error {
  readonly isRetryable = false;
  readonly isCatchable = false;
  constructor(message = 'Execution stopped') {
    super(message);
    this.name = 'States.Aborted';
  }
}

export interface MachineLogging {
  readonly level: 'ALL' | 'ERROR' | 'FATAL' | 'OFF';
  readonly includeExecutionData: boolean;
}

export interface RegisteredMachine {
  readonly arn: string;
  readonly name: string;
  readonly type: StateMachineType;
  readonly prepared: PreparedMachine;
  /** Identifies the definition (a hash of it, its type and state names): a stored execution ran this one. */
  readonly version: string;
  /** What its executions log (what an Express timeline can be read from). */
  readonly logging?: MachineLogging;
}

export interface MutableTimelineEntry {
  name: string;
  stepId?: string;
  action?: string;
  type: string;
  status: TimelineEntry['status'];
  input?: unknown;
  output?: unknown;
  error?: { error: string; cause?: string };
  startedAt: string;
  endedAt?: string;
  retries?: number;
  itemIndex?: number;
  /** What the task was called with (its effective Parameters, tokens substituted). */
  parameters?: unknown;
  topLevel: boolean;
  /**
   * Where a state inside a Parallel branch or a Map iteration sits in the run's tree of chains: its Parallel/Map
   * visit's order, the branch or iteration index, then its own timeline index (a top-level entry's order is
   * [its timeline index] and is not stored). Sorting by it lists each branch's states after its Parallel and before
   * the next branch's, whatever order their asynchronous steps interleaved in (dry runs list steps so).
   */
  order?: number[];
}

export interface Execution {
  readonly arn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly machine: RegisteredMachine;
  readonly input: unknown;
  readonly startDate: string;
  /** The Map Run this execution is a child of (Distributed Map). */
  readonly parentMapRun?: string;
  status: ExecutionStatus;
  stopDate?: string;
  output?: unknown;
  error?: { error: string; cause?: string };
  redriveCount: number;
  redriveDate?: string;
  timeline: MutableTimelineEntry[];
  /** Events the execution history holds (Standard executions stop at 25,000). */
  history: number;
  /** Where a redrive continues: every state entered and never exited when the execution ended. */
  redrivePlan?: ScopeTrace;
  /** Aborted when the execution stops or finishes: ends every sleep and token wait it owns. */
  controller: AbortController;
  /** Chains of states in progress (the top level, each Map iteration and Parallel branch) and how many wait. */
  chains: number;
  blocked: number;
  /** Task handlers working (invoking a function). */
  running: number;
  waitingStates: Map<string, number>;
  settled: Promise<void>;
  resolveSettled: () => void;
  /** Tokens this execution waits for: what a snapshot needs to resume the wait after a restart. */
  openTokens: Map<string, OpenToken>;
  /** Set when the execution was resumed from a snapshot: the first entry of that state continues, not restarts. */
  resumeAt?: { stateName: string; enteredAt: string; token?: OpenToken };
  /** Map Runs started by this execution's Distributed Map states. */
  mapRuns: MapRun[];
}

/** What describe, timeline, steps and a redrive need of an execution, live or stored. */
export interface ExecutionView {
  readonly arn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly machine: { readonly type: StateMachineType; readonly logging?: MachineLogging };
  readonly input: unknown;
  readonly startDate: string;
  readonly parentMapRun?: string;
  readonly status: ExecutionStatus;
  readonly stopDate?: string;
  readonly output?: unknown;
  readonly error?: { error: string; cause?: string };
  readonly redriveCount: number;
  readonly redriveDate?: string;
  readonly timeline: readonly MutableTimelineEntry[];
  readonly history: number;
  readonly redrivePlan?: ScopeTrace;
  /** Tasks blocked on a timer or a token, by state (running executions only). */
  readonly waitingStates?: ReadonlyMap<string, number>;
}

export interface PendingToken {
  readonly execution: Execution;
  readonly stateName: string;
  readonly payload: unknown;
  readonly heartbeat?: () => void;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

const FORBIDDEN_NAME_CHARS = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;

/** Step Functions execution names: 1-80 characters, no whitespace, brackets, wildcards or control characters. */
export const isValidExecutionName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= 80 &&
  !FORBIDDEN_NAME_CHARS.test(name) &&
  ![...name].some((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

/** Step Functions' limit on execution input and on the data passed between states. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;
export const EXPRESS_MAX_SECONDS = 300;

export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/** "This run is over" as a promise and its resolve: each start, resume and redrive gets a fresh one. */
export const settledSignal = (): { settled: Promise<void>; resolveSettled: () => void } => {
  let resolveSettled!: () => void;
  const settled = new Promise<void>((resolve) => {
    resolveSettled = resolve;
  });
  return { settled, resolveSettled };
};

/** What an execution tracks while it runs, fresh when it starts or is resumed. */
export const freshRunState = () => ({
  controller: new AbortController(),
  chains: 0,
  blocked: 0,
  running: 0,
  waitingStates: new Map<string, number>(),
  openTokens: new Map<string, OpenToken>(),
  ...settledSignal(),
});

export const toErrorInfo = (error: unknown): { error: string; cause?: string } => {
  if (error instanceof Error) return { error: error.name, cause: error.message };
  return { error: 'Error', cause: String(error) };
};

/** Timed-out tokens answered TaskTimedOut: the newest 10,000 (older ones are answered TaskDoesNotExist). */
export const rememberTimedOut = (tokens: Set<string>, token: string): void => {
  tokens.add(token);
  if (tokens.size <= 10_000) return;
  for (const oldest of tokens) {
    tokens.delete(oldest);
    break;
  }
};

export const byteLength = (value: unknown): number => Buffer.byteLength(JSON.stringify(value ?? null));

/** The engine as its parts (interpreter, task runner, Map and Parallel runners) see it. */
export interface EngineHost {
  readonly clock: EngineClock;
  readonly invoke: TaskInvoker;
  readonly random: () => number;
  readonly accountId: string;
  readonly region: string;
  /** Function timeouts in seconds by function ARN or name (the Lambda setting; Sandbox.Timedout past it). */
  readonly functionTimeouts: Readonly<Record<string, number>>;
  /** Task tokens being waited for, across executions. */
  readonly tokens: Map<string, PendingToken>;
  /** Tokens whose task timed out: answered TaskTimedOut rather than TaskDoesNotExist. */
  readonly timedOutTokens: Set<string>;
  now(): string;
  emit(event: EngineEvent): void;
  /** For events raised inside a state after its StateEntered: kept in order by deferring them a turn. */
  emitLater(event: EngineEvent): void;
  notifyChange(): void;
  /** LocalEngineOptions.checkpoint: before every state an execution enters. */
  checkpoint(): void;
}
