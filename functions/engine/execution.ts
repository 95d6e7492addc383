import type { ExecutionStatus, TimelineEntry } from '../shared/ports';
import type { EngineClock } from './clock';
import type { EngineEvent, OpenToken, StateMachineType, TaskInvoker } from './engine-types';
import type { PreparedMachine } from './prepare';

/** What the LocalEngine keeps per state machine and per execution, and the errors raised inside executions. */

/** An error as a task raises it: the name is what Retry/Catch match. */
export class TaskError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** A result over the 256 KiB limit: Step Functions fails the state with States.DataLimitExceeded, unretried. */
export class DataLimitError extends TaskError {
  readonly isRetryable = false;
  constructor(message: string) {
    super('States.DataLimitExceeded', message);
  }
}

/** Thrown inside an execution that is being stopped: neither retried nor caught by the library. */
export class ExecutionStoppedError extends Error {
  readonly isRetryable = false;
  readonly isCatchable = false;
  constructor() {
    super('Execution stopped');
    this.name = 'States.Aborted';
  }
}

export interface RegisteredMachine {
  readonly arn: string;
  readonly name: string;
  readonly type: StateMachineType;
  readonly prepared: PreparedMachine;
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
}

export interface Execution {
  readonly arn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly machine: RegisteredMachine;
  readonly input: unknown;
  readonly startDate: string;
  status: ExecutionStatus;
  stopDate?: string;
  output?: unknown;
  error?: { error: string; cause?: string };
  redriveCount: number;
  timeline: MutableTimelineEntry[];
  /** Aborted when the execution stops or finishes: ends every sleep and token wait it owns. */
  controller: AbortController;
  libraryAbort?: () => void;
  /** Task handlers working (invoking a function) vs waiting (token, timer). */
  running: number;
  blocked: number;
  waitingStates: Map<string, number>;
  /** Retry counts and payloads reported by the task handler, consumed by the timeline when the state ends. */
  retries: Map<string, { retries: number; parameters: unknown }[]>;
  /** True while the library may still emit events for the current run (timeline not complete yet). */
  logging: boolean;
  settled: Promise<void>;
  resolveSettled: () => void;
  /** Tokens this execution waits for: what a snapshot needs to resume the wait after a restart. */
  openTokens: Map<string, OpenToken>;
  /** Set when the execution was resumed from a snapshot: the first entry of that state continues, not restarts. */
  resumeAt?: { stateName: string; enteredAt: string; token?: OpenToken };
}

export interface PendingToken {
  readonly execution: Execution;
  readonly stateName: string;
  readonly payload: unknown;
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
  running: 0,
  blocked: 0,
  waitingStates: new Map<string, number>(),
  retries: new Map<string, { retries: number; parameters: unknown }[]>(),
  logging: false,
  openTokens: new Map<string, OpenToken>(),
  ...settledSignal(),
});

export const toErrorInfo = (error: unknown): { error: string; cause?: string } => {
  if (error instanceof Error) return { error: error.name, cause: error.message };
  return { error: 'Error', cause: String(error) };
};

/** The engine as its parts (task runner, timeline) see it: shared state and the ways to report. */
export interface EngineHost {
  readonly clock: EngineClock;
  readonly invoke: TaskInvoker;
  readonly random: () => number;
  /** Task tokens being waited for, across executions. */
  readonly tokens: Map<string, PendingToken>;
  now(): string;
  emit(event: EngineEvent): void;
  /** For events raised by task handlers: after the timeline consumer has reported the states before. */
  emitLater(event: EngineEvent): void;
  notifyChange(): void;
}
