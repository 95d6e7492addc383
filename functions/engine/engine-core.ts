import { randomUUID } from 'node:crypto';
import type {
  ExecutionDescription,
  MapRunDescription,
  StartExecutionRequest,
  TimelineEntry,
} from '../shared/ports';
import { createRealClock, type EngineClock } from './clock';
import {
  EngineError,
  type EngineEvent,
  type ExecutionFilter,
  type ExecutionSummary,
  type LocalEngineOptions,
  type PendingTask,
  type StateMachineType,
} from './engine-types';
import {
  byteLength,
  type EngineHost,
  type Execution,
  isValidExecutionName,
  MAX_PAYLOAD_BYTES,
  type PendingToken,
  type RegisteredMachine,
  TaskError,
} from './execution';
import { type FinishedExecutionStore, requestFinishedExecutions } from './finished';
import { busyReport, hasExecutionTimers, isIdle, runUntilSettled, waitForIdle } from './idle';
import { type AslCheck, prepareMachine, type RegisterOptions } from './machines';
import type { FastPaths } from './mini';
import { type Describe, doesNotExist, ExecutionReads } from './reads';
import { ExecutionRunner } from './runner';
import { describe, pendingTasksOf, type StepEntry } from './views';

/**
 * What LocalEngine adds to the executions EngineCore runs (a dry run's engine has none of it): the fast paths
 * (FastPaths in mini.ts), its finished-executions store when the options name none (bounded, for a long-lived
 * engine), and DescribeExecution's redrive status.
 */
export interface EngineExtras {
  /** CreateStateMachine's check of a definition (asl-check.ts): its problems, none when valid. */
  readonly checkAsl?: AslCheck;
  readonly fastPaths?: FastPaths;
  readonly finishedExecutions?: () => FinishedExecutionStore;
  readonly describe?: Describe;
}

/**
 * The local engine without what only a long-lived engine does (LocalEngine, local-engine.ts: the WorkflowEngine
 * port's describe, stop and redrive, snapshots and resume after a restart, starts made again, the ASL check): state machines,
 * executions with their timers, task tokens, Retry and Catch, Map and Parallel, limits, and every read of them. A dry
 * run (dry-run.ts) runs on it, so the api-dry-run bundle carries no persistence or redrive code; LocalEngine adds
 * those to it and runs executions by the same code.
 */
export class EngineCore {
  readonly clock: EngineClock;
  private readonly region: string;
  private readonly accountId: string;
  protected readonly machines = new Map<string, RegisteredMachine>();
  /** Running executions and the last few finished ones; the others are read back from `finished`. */
  protected readonly executions = new Map<string, Execution>();
  protected readonly finished: FinishedExecutionStore;
  protected readonly reads: ExecutionReads;
  private readonly tokens = new Map<string, PendingToken>();
  private readonly timedOutTokens = new Set<string>();
  protected readonly host: EngineHost;
  protected readonly runner: ExecutionRunner;
  private readonly beforeStart: LocalEngineOptions['beforeStart'];
  private readonly checkAsl: AslCheck | undefined;

  /**
   * `extras`: LocalEngine's (EngineExtras). Without them every state runs in the library, finished executions are all
   * kept for the engine's life (requestFinishedExecutions), describe names no redrive status and every definition
   * must be registered with `validate: false` (a dry run's, compiled just before).
   */
  constructor(options: LocalEngineOptions, extras: EngineExtras = {}) {
    this.beforeStart = options.beforeStart;
    this.checkAsl = extras.checkAsl;
    this.clock = options.clock ?? createRealClock();
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? '000000000000';
    const clock = this.clock;
    const { onEvent, onChange, checkpoint } = options;
    const emit = (event: EngineEvent): void => {
      try {
        onEvent?.(event);
      } catch {
        // a logger must never break an execution
      }
    };
    this.host = {
      clock,
      invoke: options.invoke,
      random: options.random ?? Math.random,
      accountId: this.accountId,
      region: this.region,
      functionTimeouts: options.functionTimeouts ?? {},
      tokens: this.tokens,
      timedOutTokens: this.timedOutTokens,
      now: () => clock.now().toISOString(),
      emit,
      emitLater: (event) => {
        if (onEvent) setImmediate(() => emit(event));
      },
      checkpoint: () => {
        try {
          checkpoint?.();
        } catch {
          // a deadline check stops executions through close(), never by throwing into one
        }
      },
      notifyChange: () => {
        try {
          onChange?.();
        } catch {
          // persistence must never break an execution
        }
      },
    };
    this.finished =
      options.finishedExecutions ?? extras.finishedExecutions?.() ?? requestFinishedExecutions();
    this.reads = new ExecutionReads(
      this.executions,
      this.finished,
      this.machines,
      () => this.clock.now(),
      extras.describe ?? describe,
    );
    const live = options.maxFinishedExecutions ?? 100;
    this.runner = new ExecutionRunner(
      this.host,
      this.executions,
      live,
      this.finished,
      {
        redrive: (child) => this.redriveChild(child),
        stop: (child, cause) => this.runner.terminate(child, 'ABORTED', { error: 'States.Aborted', cause }),
      },
      extras.fastPaths,
    );
  }

  // ---- state machines ------------------------------------------------------------------------------------

  stateMachineArn(name: string): string {
    return `arn:aws:states:${this.region}:${this.accountId}:stateMachine:${name}`;
  }

  /**
   * Creates or updates a state machine. Running executions keep the definition they started with.
   * `stateNames` (step id -> state name, as CompiledWorkflow.stateNames) labels the timeline with step ids.
   * `validate: false` skips the ASL check (asl-validator's, asl-check.ts) for a definition the compiler just produced,
   * whose output the compiler's tests hold to that check.
   */
  registerStateMachine(
    arn: string,
    definition: unknown,
    type: StateMachineType = 'STANDARD',
    options: RegisterOptions = {},
  ): void {
    this.machines.set(arn, prepareMachine(arn, definition, type, options, this.checkAsl));
  }

  deleteStateMachine(arn: string): void {
    this.machines.delete(arn);
  }

  hasStateMachine(arn: string): boolean {
    return this.machines.has(arn);
  }

  /** STANDARD or EXPRESS; undefined for a state machine that does not exist. */
  stateMachineType(arn: string): StateMachineType | undefined {
    return this.machines.get(arn)?.type;
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
    const express = machine.type === 'EXPRESS';
    // Express start is not idempotent: every call is a new execution (its ARN ends with a fresh id).
    const executionArn = express
      ? `${req.stateMachineArn.replace(':stateMachine:', ':express:')}:${req.name}:${randomUUID()}`
      : `${req.stateMachineArn.replace(':stateMachine:', ':execution:')}:${req.name}`;
    if (this.executions.has(executionArn) || (!express && this.finished.has(executionArn)))
      return { executionArn, alreadyStarted: true };
    const inputBytes = byteLength(req.input);
    if (inputBytes > MAX_PAYLOAD_BYTES) {
      throw new EngineError(
        'InvalidExecutionInput',
        `Execution input is ${inputBytes} bytes; the limit is 256 KiB`,
      );
    }
    const started = { executionArn, stateMachineArn: machine.arn, name: req.name, input: req.input };
    await this.beforeStart?.(started);
    // A start of the same Standard name made while this one was being recorded: the first one runs.
    if (this.executions.has(executionArn)) return { executionArn, alreadyStarted: true };
    this.runner.start(this.runner.create(executionArn, req.name, machine, req.input));
    return { executionArn, alreadyStarted: false };
  }

  /** The engine's own view of any execution, Express included (what CloudWatch Logs would show on AWS). */
  inspectExecution(executionArn: string): ExecutionDescription | undefined {
    return this.reads.describe(executionArn);
  }

  /** ListExecutions: by state machine, or (`mapRunArn`) the child executions of a Distributed Map run. */
  listExecutions(filter: ExecutionFilter = {}): ExecutionSummary[] {
    return this.reads.list(filter);
  }

  /**
   * The run timeline: the execution history of a Standard execution; for an Express one (which has no history)
   * what its CloudWatch Logs hold, as on AWS: every state only with log level ALL, the data only when included.
   */
  async getTimeline(executionArn: string): Promise<TimelineEntry[]> {
    return this.reads.timeline(executionArn);
  }

  /**
   * Timeline entries with the catalogue action (or step kind) of each state and, for tasks, the payload they were
   * called with: for `dynaris run` and dry runs (any execution type).
   */
  async getSteps(executionArn: string): Promise<StepEntry[]> {
    return this.reads.steps(executionArn);
  }

  /**
   * getSteps without copies: each entry's input, output and parameters are the engine's own, so reading a long run
   * takes time in proportion to its entries (a copy of every entry's input grows with the square of a Map's items).
   * For a caller that owns the engine and only reads them (a dry run's answer).
   */
  readSteps(executionArn: string): StepEntry[] {
    return this.reads.steps(executionArn, false);
  }

  /** Events in the execution's history so far (a Standard execution fails at 25,000). */
  historyEventCount(executionArn: string): number {
    return this.reads.view(executionArn)?.history ?? 0;
  }

  /** ListMapRuns + DescribeMapRun: the Distributed Map runs of an execution and their item counts. */
  async listMapRuns(executionArn: string): Promise<MapRunDescription[]> {
    return this.reads.mapRuns(executionArn);
  }

  /** The workflow step id of a state of an execution's state machine. */
  stepIdOf(executionArn: string, stateName: string): string | undefined {
    return this.reads.stepIdOf(executionArn, stateName);
  }

  /** Tasks currently waiting for SendTaskSuccess/Failure (optionally of one execution). */
  pendingTasks(executionArn?: string): PendingTask[] {
    return pendingTasksOf(this.tokens, executionArn);
  }

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    const pending = this.takeToken(taskToken);
    pending.resolve(structuredClone(output ?? null));
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    const pending = this.takeToken(taskToken);
    pending.reject(new TaskError(error || 'States.TaskFailed', cause ?? ''));
  }

  async sendTaskHeartbeat(taskToken: string): Promise<void> {
    const pending = this.tokens.get(taskToken);
    if (!pending) throw this.tokenGone(taskToken);
    pending.heartbeat?.();
  }

  /** Stops any execution, Express included (shutdown, dry runs); StopExecution is the AWS API's. */
  abortExecution(executionArn: string, cause: string): void {
    const e = this.executions.get(executionArn);
    if (e) this.runner.terminate(e, 'ABORTED', { error: 'States.Aborted', cause });
    else if (!this.finished.has(executionArn)) throw doesNotExist(executionArn);
  }

  /** Stops every running execution (shutdown): their timers and token waits end, nothing more runs. */
  close(): void {
    this.runner.closing = true;
    for (const e of [...this.runner.active]) {
      if (e.status === 'RUNNING')
        this.runner.terminate(e, 'ABORTED', {
          error: 'States.Aborted',
          cause: 'The local engine was shut down',
        });
    }
  }

  /** Resolves once the execution is no longer running (its timeline complete); returns its description. */
  async waitForExecution(executionArn: string): Promise<ExecutionDescription> {
    for (;;) {
      const e = this.executions.get(executionArn);
      if (e) await e.settled;
      if (e?.status === 'RUNNING') continue;
      const d = this.inspectExecution(executionArn);
      if (d) return d;
      throw doesNotExist(executionArn);
    }
  }

  /**
   * True when nothing inside the engine can progress without outside help: every running execution is waiting
   * for a timer or a task token (no task function is working, no state is between tasks).
   */
  isIdle(): boolean {
    return isIdle(this.runner.active);
  }

  /** What keeps the engine busy (for diagnostics): running executions and the states they are in. */
  busyReport(): string[] {
    return busyReport(this.runner.active);
  }

  /** Resolves when isIdle() holds across a full turn of the event loop. */
  waitForIdle(): Promise<void> {
    return waitForIdle(this.runner.active);
  }

  /** Whether the clock has a timer owned by a running execution (a Wait, a retry pause, a task timeout). */
  hasExecutionTimers(): boolean {
    return hasExecutionTimers(this.clock, this.executions);
  }

  /**
   * Virtual clock only: runs until every execution has finished or waits for something outside the engine
   * (a task token), jumping virtual time to the next due timer whenever nothing else can progress.
   */
  runUntilSettled(maxTimerJumps = 10_000): Promise<void> {
    return runUntilSettled(this.clock, this.runner.active, this.executions, maxTimerJumps);
  }

  /** Redrives a Map Run's child when its parent is redriven: only LocalEngine redrives (redriveExecution). */
  protected redriveChild(child: Execution): Promise<void> {
    return Promise.reject(new Error(`invariant: this engine does not redrive (${child.arn})`));
  }

  // ---- internals -----------------------------------------------------------------------------------------

  private takeToken(taskToken: string): PendingToken {
    const pending = this.tokens.get(taskToken);
    if (!pending) throw this.tokenGone(taskToken);
    this.tokens.delete(taskToken);
    return pending;
  }

  /** SendTask* on a token no task waits for: TaskTimedOut when its task timed out, TaskDoesNotExist otherwise. */
  private tokenGone(taskToken: string): EngineError {
    return this.timedOutTokens.has(taskToken)
      ? new EngineError('TaskTimedOut', 'Task Timed Out: the task of this token timed out')
      : new EngineError('TaskDoesNotExist', 'Task token is unknown, already used, or its execution ended');
  }
}
