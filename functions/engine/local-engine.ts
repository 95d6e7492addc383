import { randomBytes } from 'node:crypto';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { ExecutionAbortedError, ExecutionError, StateMachine } from 'aws-local-stepfunctions';
import type {
  ExecutionDescription,
  ExecutionStatus,
  StartExecutionRequest,
  TimelineEntry,
  WorkflowEngine,
} from '../shared/ports';
import { aslProblems } from './asl-check';
import { createRealClock, type EngineClock, isVirtualClock } from './clock';
import {
  type PreparedMachine,
  prepareDefinition,
  substituteMarkers,
  type TaskSpec,
  WAIT_RESOURCE,
} from './prepare';
import { decideRetry } from './retry';

/**
 * A Step Functions engine in this process, on aws-local-stepfunctions, implementing the WorkflowEngine port.
 * It adds what the library lacks: task tokens (`.waitForTaskToken`, SendTaskSuccess/Failure), Task TimeoutSeconds,
 * Retry and Wait on an injectable clock (virtual in tests and `dynaris run`), execution history (the run
 * timeline), stop, redrive, idempotent execution names and describe/list.
 *
 * Task resources are executed by the injected `invoke`: Lambda resources (plain function ARN or
 * `arn:aws:states:::lambda:invoke[.waitForTaskToken]` with FunctionName/Payload) as kind "function", other
 * service integrations (`arn:aws:states:::dynamodb:putItem`, `…:events:putEvents`) as kind "service".
 */

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
  /** Finished executions kept for describe/timeline/name de-duplication; the oldest are dropped first. */
  readonly maxFinishedExecutions?: number;
  /** Called synchronously for every state transition (console logs, tests). Must not throw. */
  readonly onEvent?: (event: EngineEvent) => void;
  /** For retry jitter; injectable for deterministic tests. */
  readonly random?: () => number;
  /** Called when a snapshot() would differ (a run started, moved to another top-level state, waits, ended). */
  readonly onChange?: () => void;
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

/** An error as a task raises it: the name is what Retry/Catch match. */
class TaskError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** A result over the 256 KiB limit: Step Functions fails the state with States.DataLimitExceeded, unretried. */
class DataLimitError extends TaskError {
  readonly isRetryable = false;
  constructor(message: string) {
    super('States.DataLimitExceeded', message);
  }
}

/** Thrown inside an execution that is being stopped: neither retried nor caught by the library. */
class ExecutionStoppedError extends Error {
  readonly isRetryable = false;
  readonly isCatchable = false;
  constructor() {
    super('Execution stopped');
    this.name = 'States.Aborted';
  }
}

interface RegisteredMachine {
  readonly arn: string;
  readonly name: string;
  readonly type: StateMachineType;
  readonly prepared: PreparedMachine;
}

interface MutableTimelineEntry {
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

interface Execution {
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

interface OpenToken {
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
  readonly timeline: unknown[];
  readonly resume: { readonly stateName: string; readonly input: unknown; readonly enteredAt: string };
  readonly token?: OpenToken;
}

interface PendingToken {
  readonly execution: Execution;
  readonly stateName: string;
  readonly payload: unknown;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

const FORBIDDEN_NAME_CHARS = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;

/** Step Functions execution names: 1-80 characters, no whitespace, brackets, wildcards or control characters. */
const isValidExecutionName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= 80 &&
  !FORBIDDEN_NAME_CHARS.test(name) &&
  ![...name].some((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

/** Step Functions' limit on execution input and on the data passed between states. */
const MAX_PAYLOAD_BYTES = 256 * 1024;
const EXPRESS_MAX_SECONDS = 300;

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/** "This run is over" as a promise and its resolve: each start, resume and redrive gets a fresh one. */
const settledSignal = (): { settled: Promise<void>; resolveSettled: () => void } => {
  let resolveSettled!: () => void;
  const settled = new Promise<void>((resolve) => {
    resolveSettled = resolve;
  });
  return { settled, resolveSettled };
};

/** What an execution tracks while it runs, fresh when it starts or is resumed. */
const freshRunState = () => ({
  controller: new AbortController(),
  running: 0,
  blocked: 0,
  waitingStates: new Map<string, number>(),
  retries: new Map<string, { retries: number; parameters: unknown }[]>(),
  logging: false,
  openTokens: new Map<string, OpenToken>(),
  ...settledSignal(),
});

const toErrorInfo = (error: unknown): { error: string; cause?: string } => {
  if (error instanceof Error) return { error: error.name, cause: error.message };
  return { error: 'Error', cause: String(error) };
};

export class LocalEngine implements WorkflowEngine {
  readonly clock: EngineClock;
  private readonly invoke: TaskInvoker;
  private readonly region: string;
  private readonly accountId: string;
  private readonly maxFinished: number;
  private readonly onEvent: ((event: EngineEvent) => void) | undefined;
  private readonly random: () => number;
  private readonly onChange: (() => void) | undefined;
  private readonly machines = new Map<string, RegisteredMachine>();
  private readonly executions = new Map<string, Execution>();
  private readonly tokens = new Map<string, PendingToken>();
  /** Executions running or still completing their timeline (what idle detection looks at). */
  private readonly active = new Set<Execution>();
  /** Finished executions, oldest first, for eviction beyond maxFinishedExecutions. */
  private readonly finishedOrder: string[] = [];
  /**
   * `$$.State` as paths outside Task Parameters see it (e.g. inside States.Format): the library shares this object
   * across states and reads it when a state's fields are evaluated, i.e. when the state is entered.
   */
  private readonly stateContext: Record<string, unknown>;

  constructor(options: LocalEngineOptions) {
    this.invoke = options.invoke;
    this.clock = options.clock ?? createRealClock();
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? '000000000000';
    this.maxFinished = options.maxFinishedExecutions ?? 2_000;
    this.onEvent = options.onEvent;
    this.random = options.random ?? Math.random;
    this.onChange = options.onChange;
    const clock = this.clock;
    this.stateContext = Object.defineProperties(
      {},
      {
        EnteredTime: { enumerable: true, get: () => clock.now().toISOString() },
        RetryCount: { enumerable: true, value: 0 },
      },
    );
  }

  // ---- state machines ------------------------------------------------------------------------------------

  stateMachineArn(name: string): string {
    return `arn:aws:states:${this.region}:${this.accountId}:stateMachine:${name}`;
  }

  /**
   * Creates or updates a state machine. Running executions keep the definition they started with.
   * `stateNames` (step id -> state name, as CompiledWorkflow.stateNames) labels the timeline with step ids.
   * `validate: false` skips the ASL schema check (asl-validator, ~100 ms a call) for a definition the compiler just
   * produced, whose output the compiler's tests hold to that check.
   */
  registerStateMachine(
    arn: string,
    definition: unknown,
    type: StateMachineType = 'STANDARD',
    options: { stateNames?: Readonly<Record<string, string>>; validate?: boolean } = {},
  ): void {
    const name = arn.split(':stateMachine:')[1];
    if (!name) throw new EngineError('InvalidArn', `Not a state machine ARN: ${arn}`);
    let prepared: PreparedMachine;
    try {
      prepared = prepareDefinition(definition, options.stateNames);
    } catch (error) {
      throw new EngineError('InvalidDefinition', error instanceof Error ? error.message : String(error));
    }
    // The original definition is checked (on a copy: asl-validator writes into its input); the rewritten one is
    // run without validation.
    const problems = options.validate === false ? [] : aslProblems(prepared.original, { checkArn: false });
    if (problems.length > 0) {
      throw new EngineError(
        'InvalidDefinition',
        `State machine definition is invalid: ${problems.join('; ')}`,
      );
    }
    if (type === 'EXPRESS') {
      const callback = [...prepared.tasks.values()].find((t) =>
        /\.(waitForTaskToken|sync(:2)?)$/.test(t.resource),
      );
      if (callback) {
        throw new EngineError(
          'InvalidDefinition',
          `Express state machines do not support ${callback.resource} (state "${callback.name}"); use STANDARD`,
        );
      }
    }
    this.machines.set(arn, { arn, name, type, prepared });
  }

  deleteStateMachine(arn: string): void {
    this.machines.delete(arn);
  }

  hasStateMachine(arn: string): boolean {
    return this.machines.has(arn);
  }

  getDefinition(arn: string): unknown {
    return this.machines.get(arn)?.prepared.original;
  }

  listStateMachines(): { arn: string; name: string; type: StateMachineType }[] {
    return [...this.machines.values()].map(({ arn, name, type }) => ({ arn, name, type }));
  }

  // ---- executions ----------------------------------------------------------------------------------------

  async startExecution(
    req: StartExecutionRequest,
  ): Promise<{ executionArn: string; alreadyStarted: boolean }> {
    const machine = this.machines.get(req.stateMachineArn);
    if (!machine)
      throw new EngineError(
        'StateMachineDoesNotExist',
        `State machine ${req.stateMachineArn} does not exist`,
      );
    if (!isValidExecutionName(req.name)) {
      throw new EngineError('InvalidName', `Invalid execution name "${req.name}"`);
    }
    const executionArn = `${req.stateMachineArn.replace(':stateMachine:', ':execution:')}:${req.name}`;
    if (this.executions.has(executionArn)) return { executionArn, alreadyStarted: true };
    const inputBytes = Buffer.byteLength(JSON.stringify(req.input ?? null));
    if (inputBytes > MAX_PAYLOAD_BYTES) {
      throw new EngineError(
        'InvalidExecutionInput',
        `Execution input is ${inputBytes} bytes; the limit is 256 KiB`,
      );
    }

    const execution: Execution = {
      arn: executionArn,
      name: req.name,
      stateMachineArn: req.stateMachineArn,
      machine,
      input: structuredClone(req.input),
      startDate: this.now(),
      status: 'RUNNING',
      redriveCount: 0,
      timeline: [],
      ...freshRunState(),
    };
    this.executions.set(executionArn, execution);
    this.emit({ type: 'ExecutionStarted', executionArn, name: req.name, at: execution.startDate });
    this.run(execution, machine.prepared.definition.StartAt, execution.input);
    this.enforceExecutionTimeout(execution);
    this.evictFinished();
    return { executionArn, alreadyStarted: false };
  }

  async describeExecution(executionArn: string): Promise<ExecutionDescription | undefined> {
    const e = this.executions.get(executionArn);
    if (!e) return undefined;
    return {
      executionArn: e.arn,
      stateMachineArn: e.stateMachineArn,
      name: e.name,
      status: e.status,
      startDate: e.startDate,
      ...(e.stopDate !== undefined ? { stopDate: e.stopDate } : {}),
      input: structuredClone(e.input),
      ...(e.output !== undefined ? { output: structuredClone(e.output) } : {}),
      ...(e.error ? { error: { ...e.error } } : {}),
    };
  }

  listExecutions(filter: { stateMachineArn?: string; status?: ExecutionStatus } = {}): ExecutionSummary[] {
    return [...this.executions.values()]
      .filter((e) => !filter.stateMachineArn || e.stateMachineArn === filter.stateMachineArn)
      .filter((e) => !filter.status || e.status === filter.status)
      .map((e) => ({
        executionArn: e.arn,
        stateMachineArn: e.stateMachineArn,
        name: e.name,
        status: e.status,
        startDate: e.startDate,
        ...(e.stopDate !== undefined ? { stopDate: e.stopDate } : {}),
        redriveCount: e.redriveCount,
      }));
  }

  async getTimeline(executionArn: string): Promise<TimelineEntry[]> {
    const e = this.executions.get(executionArn);
    if (!e) return [];
    const waiting = new Map(e.waitingStates);
    return e.timeline.map((t) => {
      let status = t.status;
      const w = waiting.get(t.name) ?? 0;
      if (status === 'running' && w > 0) {
        status = 'waiting';
        waiting.set(t.name, w - 1);
      }
      const { topLevel: _topLevel, action: _action, parameters: _parameters, ...entry } = t;
      return structuredClone({ ...entry, status }) as TimelineEntry;
    });
  }

  /**
   * Timeline entries with the catalogue action (or step kind) of each state and, for tasks, the payload they were
   * called with: for `dynaris run` and dry runs.
   */
  async getSteps(
    executionArn: string,
  ): Promise<(TimelineEntry & { action?: string; parameters?: unknown })[]> {
    const e = this.executions.get(executionArn);
    if (!e) return [];
    const timeline = await this.getTimeline(executionArn);
    return timeline.map((t, i) => {
      const source = e.timeline[i];
      return {
        ...t,
        ...(source?.action ? { action: source.action } : {}),
        ...(source?.parameters !== undefined ? { parameters: structuredClone(source.parameters) } : {}),
      };
    });
  }

  /** The workflow step id of a state of an execution's state machine. */
  stepIdOf(executionArn: string, stateName: string): string | undefined {
    return this.executions.get(executionArn)?.machine.prepared.states.get(stateName)?.stepId;
  }

  /** Tasks currently waiting for SendTaskSuccess/Failure (optionally of one execution). */
  pendingTasks(executionArn?: string): PendingTask[] {
    return [...this.tokens.entries()]
      .filter(([, t]) => !executionArn || t.execution.arn === executionArn)
      .map(([taskToken, t]) => ({
        taskToken,
        executionArn: t.execution.arn,
        stateName: t.stateName,
        stepId: t.execution.machine.prepared.states.get(t.stateName)?.stepId,
        payload: structuredClone(t.payload),
      }));
  }

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    const pending = this.takeToken(taskToken);
    pending.resolve(structuredClone(output ?? null));
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    const pending = this.takeToken(taskToken);
    pending.reject(new TaskError(error || 'States.TaskFailed', cause ?? ''));
  }

  async stopExecution(executionArn: string, cause: string): Promise<void> {
    const e = this.requireExecution(executionArn);
    if (e.status !== 'RUNNING') return;
    this.terminate(e, 'ABORTED', { error: 'States.Aborted', cause });
  }

  /**
   * Re-runs a FAILED, TIMED_OUT or ABORTED execution from the top-level state where it failed, with the input that
   * state had, keeping the same execution (ARN, name, history; agents' idempotency keys therefore still match).
   * For a failure inside a Parallel or Map the whole Parallel/Map state runs again (successful inner steps are
   * not repeated by the agents because of their idempotency records). States that succeeded before are not rerun.
   */
  async redriveExecution(executionArn: string): Promise<void> {
    const e = this.requireExecution(executionArn);
    if (e.status === 'RUNNING' || e.status === 'SUCCEEDED') {
      throw new EngineError('ExecutionNotRedrivable', `Execution ${executionArn} is ${e.status}`);
    }
    await e.settled;
    const point = this.redrivePoint(e);
    if (!point)
      throw new EngineError('ExecutionNotRedrivable', `Execution ${executionArn} has no state to redrive`);
    e.status = 'RUNNING';
    delete e.stopDate;
    delete e.error;
    delete e.output;
    e.redriveCount += 1;
    e.controller = new AbortController();
    Object.assign(e, settledSignal());
    this.emit({ type: 'ExecutionStarted', executionArn: e.arn, name: e.name, at: this.now() });
    this.run(e, point.stateName, point.input);
    this.enforceExecutionTimeout(e);
  }

  /** Running executions as they can be resumed later (see ExecutionSnapshot); those in no resumable spot are left out. */
  snapshot(): ExecutionSnapshot[] {
    const out: ExecutionSnapshot[] = [];
    for (const e of this.active) {
      if (e.status !== 'RUNNING') continue;
      const current = [...e.timeline].reverse().find((t) => t.topLevel && t.endedAt === undefined);
      if (!current) continue;
      const token = [...e.openTokens.values()].find((t) => t.stateName === current.name);
      out.push({
        executionArn: e.arn,
        name: e.name,
        stateMachineArn: e.stateMachineArn,
        input: structuredClone(e.input),
        startDate: e.startDate,
        redriveCount: e.redriveCount,
        timeline: structuredClone(e.timeline.filter((t) => t.endedAt !== undefined)),
        resume: {
          stateName: current.name,
          input: structuredClone(current.input),
          enteredAt: current.startedAt,
        },
        ...(token ? { token: structuredClone(token) } : {}),
      });
    }
    return out;
  }

  /**
   * Continues executions from snapshots (after a restart). Their state machines must be registered again first;
   * a snapshot whose state machine or state no longer exists is skipped and reported.
   */
  resume(snapshots: readonly ExecutionSnapshot[]): {
    resumed: string[];
    skipped: { executionArn: string; reason: string }[];
  } {
    const resumed: string[] = [];
    const skipped: { executionArn: string; reason: string }[] = [];
    for (const snap of snapshots) {
      const machine = this.machines.get(snap.stateMachineArn);
      if (this.executions.has(snap.executionArn)) {
        skipped.push({ executionArn: snap.executionArn, reason: 'already known' });
        continue;
      }
      if (!machine || !(snap.resume.stateName in machine.prepared.definition.States)) {
        skipped.push({
          executionArn: snap.executionArn,
          reason: 'its state machine or state no longer exists',
        });
        continue;
      }
      const e: Execution = {
        arn: snap.executionArn,
        name: snap.name,
        stateMachineArn: snap.stateMachineArn,
        machine,
        input: structuredClone(snap.input),
        startDate: snap.startDate,
        status: 'RUNNING',
        redriveCount: snap.redriveCount,
        timeline: structuredClone(snap.timeline) as MutableTimelineEntry[],
        ...freshRunState(),
        resumeAt: {
          stateName: snap.resume.stateName,
          enteredAt: snap.resume.enteredAt,
          ...(snap.token ? { token: snap.token } : {}),
        },
      };
      this.executions.set(e.arn, e);
      this.run(e, snap.resume.stateName, structuredClone(snap.resume.input));
      this.enforceExecutionTimeout(e);
      resumed.push(e.arn);
    }
    return { resumed, skipped };
  }

  /** Stops every running execution (shutdown): their timers and token waits end, nothing more runs. */
  close(): void {
    for (const e of [...this.active]) {
      if (e.status === 'RUNNING')
        this.terminate(e, 'ABORTED', { error: 'States.Aborted', cause: 'The local engine was shut down' });
    }
  }

  /** Resolves once the execution is no longer running (its timeline complete); returns its description. */
  async waitForExecution(executionArn: string): Promise<ExecutionDescription> {
    for (;;) {
      const e = this.requireExecution(executionArn);
      await e.settled;
      if (e.status !== 'RUNNING') {
        const d = await this.describeExecution(executionArn);
        if (d) return d;
      }
    }
  }

  /**
   * True when nothing inside the engine can progress without outside help: every running execution is waiting
   * for a timer or a task token (no task function is working, no state is between tasks).
   */
  isIdle(): boolean {
    for (const e of this.active) {
      if (e.status === 'RUNNING' && (e.running > 0 || e.blocked === 0)) return false;
      if (e.logging && e.status !== 'RUNNING') return false;
    }
    return true;
  }

  /** What keeps the engine busy (for diagnostics): running executions and the states they are in. */
  busyReport(): string[] {
    const out: string[] = [];
    for (const e of this.active) {
      if (e.status !== 'RUNNING' || (e.running === 0 && e.blocked > 0)) continue;
      const open = e.timeline.filter((t) => t.endedAt === undefined).map((t) => t.name);
      out.push(`${e.name}: ${e.running} task(s) working, in ${open.join(', ') || 'transition'}`);
    }
    return out;
  }

  /** Resolves when isIdle() holds across a full turn of the event loop. */
  async waitForIdle(): Promise<void> {
    for (let spins = 0; ; spins++) {
      // Busy work is usually I/O: after a few turns, poll gently instead of spinning the event loop.
      await (spins < 20 ? settle() : pause());
      if (!this.isIdle()) continue;
      await settle();
      if (this.isIdle()) return;
    }
  }

  /** Whether the clock has a timer owned by a running execution (a Wait, a retry pause, a task timeout). */
  hasExecutionTimers(): boolean {
    if (!isVirtualClock(this.clock)) return false;
    return (
      this.clock.nextDue(
        (owner) => owner !== undefined && this.executions.get(owner)?.status === 'RUNNING',
      ) !== undefined
    );
  }

  /**
   * Virtual clock only: runs until every execution has finished or waits for something outside the engine
   * (a task token), jumping virtual time to the next due timer whenever nothing else can progress.
   */
  async runUntilSettled(maxTimerJumps = 10_000): Promise<void> {
    const clock = this.clock;
    if (!isVirtualClock(clock)) {
      await this.waitForIdle();
      return;
    }
    for (let i = 0; i < maxTimerJumps; i++) {
      await this.waitForIdle();
      if (!this.hasExecutionTimers()) return;
      clock.fireNext();
    }
    throw new Error(`runUntilSettled: still running after ${maxTimerJumps} timer jumps`);
  }

  // ---- internals -----------------------------------------------------------------------------------------

  private now(): string {
    return this.clock.now().toISOString();
  }

  private emit(event: EngineEvent): void {
    try {
      this.onEvent?.(event);
    } catch {
      // a logger must never break an execution
    }
  }

  private notifyChange(): void {
    try {
      this.onChange?.();
    } catch {
      // persistence must never break an execution
    }
  }

  /** For events raised by task handlers: after the timeline consumer has reported the states before. */
  private emitLater(event: EngineEvent): void {
    if (this.onEvent) setImmediate(() => this.emit(event));
  }

  private requireExecution(executionArn: string): Execution {
    const e = this.executions.get(executionArn);
    if (!e) throw new EngineError('ExecutionDoesNotExist', `Execution ${executionArn} does not exist`);
    return e;
  }

  private takeToken(taskToken: string): PendingToken {
    const pending = this.tokens.get(taskToken);
    if (!pending) {
      throw new EngineError('TaskDoesNotExist', 'Task token is unknown, already used, or its task timed out');
    }
    this.tokens.delete(taskToken);
    return pending;
  }

  private evictFinished(): void {
    while (this.finishedOrder.length > this.maxFinished) {
      const arn = this.finishedOrder.shift();
      const e = arn ? this.executions.get(arn) : undefined;
      // A redriven execution is running again (and queued again when it finishes).
      if (e && e.status !== 'RUNNING' && !this.active.has(e)) this.executions.delete(e.arn);
    }
  }

  private enforceExecutionTimeout(e: Execution): void {
    const own = e.machine.prepared.timeoutSeconds;
    // Express executions end after 5 minutes at most.
    const seconds =
      e.machine.type === 'EXPRESS' ? Math.min(own ?? EXPRESS_MAX_SECONDS, EXPRESS_MAX_SECONDS) : own;
    if (seconds === undefined) return;
    const controller = e.controller;
    void this.clock.sleep(seconds * 1000, controller.signal, e.arn).then(() => {
      if (!controller.signal.aborted && e.status === 'RUNNING') {
        this.terminate(e, 'TIMED_OUT', {
          error: 'States.Timeout',
          cause: `Execution timed out after ${seconds} seconds`,
        });
      }
    });
  }

  private terminate(e: Execution, status: ExecutionStatus, error: { error: string; cause?: string }): void {
    e.status = status;
    e.stopDate = this.now();
    e.error = error;
    this.finishRun(e);
    e.libraryAbort?.();
    this.emitLater({
      type: 'ExecutionFinished',
      executionArn: e.arn,
      name: e.name,
      status,
      error,
      at: e.stopDate,
    });
  }

  /** Ends every wait the execution owns (tokens, timers). */
  private finishRun(e: Execution): void {
    e.controller.abort();
    for (const [token, pending] of this.tokens) {
      if (pending.execution === e) {
        this.tokens.delete(token);
        pending.reject(new ExecutionStoppedError());
      }
    }
  }

  private redrivePoint(e: Execution): { stateName: string; input: unknown } | undefined {
    const top = e.timeline.filter((t) => t.topLevel);
    const failed = [...top].reverse().find((t) => t.status === 'failed' && t.type !== 'Fail');
    const chosen = failed ?? [...top].reverse().find((t) => t.status === 'failed');
    return chosen ? { stateName: chosen.name, input: chosen.input } : undefined;
  }

  private run(e: Execution, startAt: string, input: unknown): void {
    const { prepared } = e.machine;
    const definition = { ...prepared.definition, StartAt: startAt } as unknown as StateMachineDefinition;
    const machine = new StateMachine(definition, { validationOptions: { noValidate: true } });
    const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const spec of prepared.tasks.values()) {
      handlers[spec.name] = (wrapped) => this.runTask(e, spec, wrapped);
    }
    const execution = machine.run(input as never, {
      overrides: { taskResourceLocalHandlers: handlers as never },
      context: {
        Execution: {
          Id: e.arn,
          Name: e.name,
          RoleArn: `arn:aws:iam::${this.accountId}:role/dynaris-local`,
          RedriveCount: e.redriveCount,
        },
        StateMachine: { Id: e.stateMachineArn, Name: e.machine.name },
        State: this.stateContext,
      },
    });
    e.libraryAbort = execution.abort;
    e.logging = true;
    this.active.add(e);
    const consumer = this.consumeEvents(e, execution.eventLogs).finally(() => {
      e.logging = false;
    });
    const controller = e.controller;
    execution.result.then(
      (output) => {
        if (controller.signal.aborted || e.status !== 'RUNNING') return;
        e.status = 'SUCCEEDED';
        e.output = output;
        e.stopDate = this.now();
        this.finishRun(e);
        this.emitLater({
          type: 'ExecutionFinished',
          executionArn: e.arn,
          name: e.name,
          status: 'SUCCEEDED',
          at: e.stopDate,
        });
      },
      (error: unknown) => {
        if (error instanceof ExecutionAbortedError || controller.signal.aborted || e.status !== 'RUNNING')
          return;
        const cause = error instanceof ExecutionError ? error.cause : error;
        const info = toErrorInfo(cause);
        e.status = 'FAILED';
        e.error = info;
        e.stopDate = this.now();
        this.finishRun(e);
        this.emitLater({
          type: 'ExecutionFinished',
          executionArn: e.arn,
          name: e.name,
          status: 'FAILED',
          error: info,
          at: e.stopDate,
        });
      },
    );
    void Promise.allSettled([execution.result, consumer]).then(() => {
      if (e.status !== 'RUNNING') {
        this.active.delete(e);
        this.finishedOrder.push(e.arn);
        this.evictFinished();
        this.notifyChange();
      }
      e.resolveSettled();
    });
  }

  private async consumeEvents(e: Execution, events: AsyncGenerator<unknown>): Promise<void> {
    const { states } = e.machine.prepared;
    const openEntry = (name: string, index: number | undefined): MutableTimelineEntry | undefined => {
      for (let i = e.timeline.length - 1; i >= 0; i--) {
        const t = e.timeline[i];
        if (t && t.name === name && t.itemIndex === index && t.endedAt === undefined) return t;
      }
      return undefined;
    };
    for await (const raw of events) {
      const ev = raw as {
        type: string;
        index?: number;
        state?: { name: string; type: string; input: unknown; output?: unknown };
        Error?: string;
        Cause?: unknown;
      };
      if (!ev.state) continue;
      const info = states.get(ev.state.name);
      const at = this.now();
      const base = {
        executionArn: e.arn,
        name: e.name,
        stateName: ev.state.name,
        stateType: info?.type ?? ev.state.type,
        stepId: info?.stepId,
        action: info?.action,
        at,
      };
      switch (ev.type) {
        case 'StateEntered': {
          const entry: MutableTimelineEntry = {
            name: ev.state.name,
            type: info?.type ?? ev.state.type,
            status: 'running',
            input: ev.state.input,
            startedAt: at,
            topLevel: info?.topLevel ?? false,
          };
          if (info?.stepId) entry.stepId = info.stepId;
          if (info?.action) entry.action = info.action;
          if (ev.index !== undefined) entry.itemIndex = ev.index;
          e.timeline.push(entry);
          if (entry.topLevel) this.notifyChange();
          this.emit({ type: 'StateEntered', ...base });
          break;
        }
        case 'StateExited': {
          // The library also reports a caught failure as exited; that entry is already closed as failed.
          const entry = openEntry(ev.state.name, ev.index);
          if (!entry) break;
          entry.status = 'succeeded';
          entry.output = ev.state.output;
          entry.endedAt = at;
          this.applyRetries(e, entry);
          this.emit({ type: 'StateSucceeded', ...base });
          break;
        }
        case 'StateFailed': {
          const entry = openEntry(ev.state.name, ev.index);
          const error = {
            error: ev.Error ?? 'States.TaskFailed',
            cause:
              typeof ev.Cause === 'string'
                ? ev.Cause
                : ev.Cause instanceof Error
                  ? ev.Cause.message
                  : JSON.stringify(ev.Cause ?? ''),
          };
          if (entry) {
            entry.status = 'failed';
            entry.error = error;
            entry.endedAt = at;
            this.applyRetries(e, entry);
          }
          this.emit({ type: 'StateFailed', ...base, error });
          break;
        }
        default:
          break;
      }
    }
    // States the library abandoned (stopped execution, sibling branch failed) never exit.
    const at = this.now();
    for (const entry of e.timeline) {
      if (entry.endedAt !== undefined) continue;
      entry.status = 'failed';
      entry.error = { error: 'States.Aborted', cause: 'The state was interrupted before it finished' };
      entry.endedAt = at;
    }
  }

  private applyRetries(e: Execution, entry: MutableTimelineEntry): void {
    const report = e.retries.get(entry.name)?.shift();
    if (!report) return;
    if (report.retries > 0) entry.retries = report.retries;
    if (report.parameters !== undefined) entry.parameters = report.parameters;
  }

  private async blockedOn<T>(e: Execution, stateName: string, wait: Promise<T>): Promise<T> {
    e.running -= 1;
    e.blocked += 1;
    e.waitingStates.set(stateName, (e.waitingStates.get(stateName) ?? 0) + 1);
    try {
      return await wait;
    } finally {
      e.blocked -= 1;
      e.running += 1;
      const w = (e.waitingStates.get(stateName) ?? 1) - 1;
      if (w > 0) e.waitingStates.set(stateName, w);
      else e.waitingStates.delete(stateName);
    }
  }

  private async runTask(e: Execution, spec: TaskSpec, wrapped: unknown): Promise<unknown> {
    const controller = e.controller;
    const params = (wrapped ?? {}) as { p?: unknown; t?: unknown; seconds?: unknown; timestamp?: unknown };
    const enteredTime = this.now();
    const attempts = spec.retry.map(() => 0);
    const info = e.machine.prepared.states.get(spec.name);
    let retryCount = 0;
    let parameters: unknown;
    const report = () => {
      const queue = e.retries.get(spec.name) ?? [];
      queue.push({ retries: retryCount, parameters });
      e.retries.set(spec.name, queue);
    };
    e.running += 1;
    try {
      for (;;) {
        if (controller.signal.aborted) throw new ExecutionStoppedError();
        try {
          const result = await this.attemptTask(e, spec, params, {
            retryCount,
            enteredTime,
            onPayload: (p) => {
              parameters = p;
            },
          });
          if (controller.signal.aborted) throw new ExecutionStoppedError();
          const bytes = Buffer.byteLength(JSON.stringify(result ?? null));
          if (bytes > MAX_PAYLOAD_BYTES) {
            report();
            throw new DataLimitError(`The task result is ${bytes} bytes; the limit is 256 KiB`);
          }
          report();
          return result;
        } catch (error) {
          if (error instanceof DataLimitError) throw error;
          if (controller.signal.aborted || error instanceof ExecutionStoppedError)
            throw new ExecutionStoppedError();
          const name = error instanceof Error ? error.name : 'Error';
          const decision = decideRetry(spec.retry, attempts, name, this.random);
          if (!decision) {
            report();
            throw error instanceof TaskError
              ? error
              : new TaskError(name, error instanceof Error ? error.message : String(error));
          }
          this.emitLater({
            type: 'StateRetrying',
            executionArn: e.arn,
            name: e.name,
            stateName: spec.name,
            stateType: info?.type ?? 'Task',
            stepId: info?.stepId,
            action: info?.action,
            error: toErrorInfo(error),
            at: this.now(),
          });
          await this.blockedOn(e, spec.name, this.clock.sleep(decision.delayMs, controller.signal, e.arn));
          retryCount += 1;
        }
      }
    } finally {
      e.running -= 1;
    }
  }

  private async attemptTask(
    e: Execution,
    spec: TaskSpec,
    params: { p?: unknown; t?: unknown; seconds?: unknown; timestamp?: unknown },
    attempt: { retryCount: number; enteredTime: string; onPayload: (payload: unknown) => void },
  ): Promise<unknown> {
    const signal = e.controller.signal;
    // The first entry of the state an execution was resumed in continues where it was.
    const resumed = e.resumeAt?.stateName === spec.name ? e.resumeAt : undefined;
    if (resumed) delete e.resumeAt;
    const elapsedMs = resumed ? Math.max(0, this.clock.now().getTime() - Date.parse(resumed.enteredAt)) : 0;
    if (spec.resource === WAIT_RESOURCE) {
      const ms = Math.max(
        0,
        this.waitMilliseconds(spec, params) -
          (spec.wait?.timestamp || spec.wait?.timestampPath ? 0 : elapsedMs),
      );
      this.emitWaiting(e, spec.name);
      await this.blockedOn(e, spec.name, this.clock.sleep(ms, signal, e.arn));
      if (signal.aborted) throw new ExecutionStoppedError();
      return params.p;
    }

    const waitsForToken = spec.resource.endsWith('.waitForTaskToken');
    const resumedToken = waitsForToken ? resumed?.token : undefined;
    const fullTimeout = spec.timeoutSeconds ?? (typeof params.t === 'number' ? params.t : undefined);
    // A resumed token wait keeps its deadline, counted from when it began waiting.
    const timeoutSeconds =
      fullTimeout !== undefined && resumedToken
        ? Math.max(0, fullTimeout - (this.clock.now().getTime() - Date.parse(resumedToken.since)) / 1000)
        : fullTimeout;
    const baseResource = spec.resource.replace(/\.(waitForTaskToken|sync(:2)?)$/, '');
    const token = waitsForToken ? (resumedToken?.token ?? randomBytes(48).toString('base64url')) : undefined;
    const payload = substituteMarkers(params.p, {
      ...(token ? { taskToken: token } : {}),
      retryCount: attempt.retryCount,
      enteredTime: attempt.enteredTime,
      startTime: e.startDate,
    });
    attempt.onPayload(payload);

    const isLambdaIntegration = baseResource === 'arn:aws:states:::lambda:invoke';
    const call: TaskInvocation = isLambdaIntegration
      ? {
          kind: 'function',
          resource: String((payload as { FunctionName?: unknown })?.FunctionName ?? ''),
          payload: (payload as { Payload?: unknown })?.Payload ?? {},
          executionArn: e.arn,
          stateName: spec.name,
          attempt: attempt.retryCount,
          ...(token ? { taskToken: token } : {}),
        }
      : {
          kind: baseResource.startsWith('arn:aws:states:::') ? 'service' : 'function',
          resource: baseResource,
          payload,
          executionArn: e.arn,
          stateName: spec.name,
          attempt: attempt.retryCount,
          ...(token ? { taskToken: token } : {}),
        };

    // One timer per attempt, covering the invocation and (for token tasks) the wait for the token.
    const timeoutController = new AbortController();
    const onStop = () => timeoutController.abort();
    signal.addEventListener('abort', onStop, { once: true });
    const timedOut =
      timeoutSeconds !== undefined
        ? this.clock.sleep(timeoutSeconds * 1000, timeoutController.signal, e.arn).then(() => {
            if (timeoutController.signal.aborted) return new Promise<never>(() => {});
            throw new TaskError('States.Timeout', `Task timed out after ${timeoutSeconds} seconds`);
          })
        : undefined;
    const race = <T>(p: Promise<T>): Promise<T> => (timedOut ? Promise.race([p, timedOut]) : p);

    try {
      if (!token) {
        const result = await race(this.invokeFunction(call));
        return isLambdaIntegration
          ? { ExecutedVersion: '$LATEST', Payload: result, StatusCode: 200 }
          : result;
      }
      const tokenResult = new Promise<unknown>((resolve, reject) => {
        this.tokens.set(token, {
          execution: e,
          stateName: spec.name,
          payload: call.payload,
          resolve,
          reject,
        });
      });
      tokenResult.catch(() => {});
      const open: OpenToken = resumedToken ?? {
        token,
        stateName: spec.name,
        since: this.now(),
        payload: call.payload,
      };
      e.openTokens.set(token, open);
      try {
        // A resumed wait was registered before the restart (the waiting records hold this token): not again.
        if (!resumedToken) await race(this.invokeFunction(call));
        this.notifyChange();
        this.emitWaiting(e, spec.name);
        return await this.blockedOn(e, spec.name, race(tokenResult));
      } finally {
        this.tokens.delete(token);
        e.openTokens.delete(token);
      }
    } finally {
      signal.removeEventListener('abort', onStop);
      timeoutController.abort();
    }
  }

  private async invokeFunction(call: TaskInvocation): Promise<unknown> {
    try {
      return await this.invoke(call);
    } catch (error) {
      if (error instanceof ExecutionStoppedError || error instanceof TaskError) throw error;
      const name = error instanceof Error ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      // Lambda failures reach Step Functions with the function's error type as Error and a JSON Cause.
      if (call.kind === 'function') {
        throw new TaskError(name, JSON.stringify({ errorType: name, errorMessage: message }));
      }
      throw new TaskError(name, message);
    }
  }

  private waitMilliseconds(spec: TaskSpec, params: { seconds?: unknown; timestamp?: unknown }): number {
    const w = spec.wait ?? {};
    const seconds = w.seconds ?? (typeof params.seconds === 'number' ? params.seconds : undefined);
    if (seconds !== undefined) return Math.max(0, seconds * 1000);
    const timestamp = w.timestamp ?? (typeof params.timestamp === 'string' ? params.timestamp : undefined);
    if (timestamp !== undefined) {
      const at = Date.parse(timestamp);
      if (Number.isNaN(at)) throw new TaskError('States.Runtime', `Invalid Wait timestamp "${timestamp}"`);
      return Math.max(0, at - this.clock.now().getTime());
    }
    throw new TaskError('States.Runtime', `Wait state "${spec.name}" has no duration`);
  }

  private emitWaiting(e: Execution, stateName: string): void {
    const info = e.machine.prepared.states.get(stateName);
    this.emitLater({
      type: 'StateWaiting',
      executionArn: e.arn,
      name: e.name,
      stateName,
      stateType: info?.type ?? 'Task',
      stepId: info?.stepId,
      action: info?.action,
      at: this.now(),
    });
  }
}
