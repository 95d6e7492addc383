import { randomUUID } from 'node:crypto';
import type {
  ExecutionDescription,
  MapRunDescription,
  StartExecutionRequest,
  TimelineEntry,
  WorkflowEngine,
} from '../shared/ports';
import { createRealClock, type EngineClock } from './clock';
import {
  EngineError,
  type EngineEvent,
  type ExecutionFilter,
  type ExecutionSnapshot,
  type ExecutionSummary,
  type LocalEngineOptions,
  type PendingTask,
  type StartedExecution,
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
import { type FinishedExecutionStore, MemoryFinishedExecutions } from './finished';
import { busyReport, hasExecutionTimers, isIdle, runUntilSettled, waitForIdle } from './idle';
import { prepareMachine, type RegisterOptions } from './machines';
import { type ResumeReport, resumeSnapshots, snapshotsOf } from './persistence';
import { doesNotExist, ExecutionReads } from './reads';
import { reopenForRedrive } from './redrive';
import { ExecutionRunner } from './runner';
import { pendingTasksOf, refuseExpress } from './views';

export * from './engine-types';

/**
 * A Step Functions engine in this process, implementing the WorkflowEngine port, as strict as the service: each
 * state runs in aws-local-stepfunctions while the engine does time (an injectable clock), task tokens, Retry and
 * Catch, Map and Parallel, payload and history limits, redrive and the Express rules (see docs/local-runtime.md).
 * Task resources run through the injected `invoke`: Lambda resources as kind "function", other service
 * integrations (`arn:aws:states:::dynamodb:putItem`, `…:events:putEvents`, `…:s3:getObject`) as kind "service".
 */
export class LocalEngine implements WorkflowEngine {
  readonly clock: EngineClock;
  private readonly region: string;
  private readonly accountId: string;
  private readonly machines = new Map<string, RegisteredMachine>();
  /** Running executions and the last few finished ones; the others are read back from `finished`. */
  private readonly executions = new Map<string, Execution>();
  private readonly finished: FinishedExecutionStore;
  private readonly reads: ExecutionReads;
  private readonly tokens = new Map<string, PendingToken>();
  private readonly timedOutTokens = new Set<string>();
  private readonly host: EngineHost;
  private readonly runner: ExecutionRunner;
  private readonly beforeStart: LocalEngineOptions['beforeStart'];

  constructor(options: LocalEngineOptions) {
    this.beforeStart = options.beforeStart;
    this.clock = options.clock ?? createRealClock();
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? '000000000000';
    const clock = this.clock;
    const { onEvent, onChange } = options;
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
      notifyChange: () => {
        try {
          onChange?.();
        } catch {
          // persistence must never break an execution
        }
      },
    };
    this.finished = options.finishedExecutions ?? new MemoryFinishedExecutions();
    this.reads = new ExecutionReads(this.executions, this.finished, this.machines, () => this.clock.now());
    const live = options.maxFinishedExecutions ?? 100;
    this.runner = new ExecutionRunner(this.host, this.executions, live, this.finished, {
      redrive: (child) => this.redrive(child),
      stop: (child, cause) => this.runner.terminate(child, 'ABORTED', { error: 'States.Aborted', cause }),
    });
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
    options: RegisterOptions = {},
  ): void {
    this.machines.set(arn, prepareMachine(arn, definition, type, options));
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

  /**
   * Makes a start that was acknowledged but lost (the process stopped before it was saved) again: the same ARN,
   * name and input, from the start, without `beforeStart` (it is recorded already). Express executions keep their
   * ARN, so their run and idempotency records (keyed by it) are found again. False when its state machine is gone
   * or the engine already has it (running or finished).
   */
  startAgain(started: StartedExecution): boolean {
    const machine = this.machines.get(started.stateMachineArn);
    if (!machine || this.executions.has(started.executionArn) || this.finished.has(started.executionArn))
      return false;
    this.runner.start(this.runner.create(started.executionArn, started.name, machine, started.input));
    return true;
  }

  /** DescribeExecution: refused for Express executions, as on AWS (inspectExecution reads any execution). */
  async describeExecution(executionArn: string): Promise<ExecutionDescription | undefined> {
    refuseExpress(executionArn);
    return this.inspectExecution(executionArn);
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
  async getSteps(
    executionArn: string,
  ): Promise<(TimelineEntry & { action?: string; parameters?: unknown })[]> {
    return this.reads.steps(executionArn);
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

  async stopExecution(executionArn: string, cause: string): Promise<void> {
    refuseExpress(executionArn);
    this.abortExecution(executionArn, cause);
  }

  /** Stops any execution, Express included (shutdown, dry runs); StopExecution is the AWS API's. */
  abortExecution(executionArn: string, cause: string): void {
    const e = this.executions.get(executionArn);
    if (e) this.runner.terminate(e, 'ABORTED', { error: 'States.Aborted', cause });
    else if (!this.finished.has(executionArn)) throw doesNotExist(executionArn);
  }

  /**
   * RedriveExecution: continues a FAILED, TIMED_OUT or ABORTED Standard execution from every state it entered and
   * never left (see redrive.ts), keeping the same execution (ARN, name, history; agents' idempotency keys
   * therefore still match). States that succeeded are not run again.
   */
  async redriveExecution(executionArn: string): Promise<void> {
    refuseExpress(executionArn);
    const live = this.executions.get(executionArn);
    if (live) return this.redrive(live);
    const restored = this.reads.restore(executionArn);
    this.executions.set(restored.arn, restored);
    await this.redrive(restored).catch((error: unknown) => {
      if (this.executions.get(restored.arn) === restored && restored.status !== 'RUNNING')
        this.executions.delete(restored.arn);
      throw error;
    });
  }

  private async redrive(e: Execution): Promise<void> {
    const plan = await reopenForRedrive(e, () => this.clock.now(), this.host.now());
    // A stored (or evicted Map Run child) execution is live again while it runs.
    this.executions.set(e.arn, e);
    this.runner.recordRedrive(e);
    this.host.emit({ type: 'ExecutionStarted', executionArn: e.arn, name: e.name, at: this.host.now() });
    this.runner.run(e, plan.state, plan.input, plan.nested);
    this.runner.enforceExecutionTimeout(e);
  }

  /** Running executions as they can be resumed later (see ExecutionSnapshot); those in no resumable spot are left out. */
  snapshot(): ExecutionSnapshot[] {
    return snapshotsOf(this.runner.active);
  }

  /**
   * Continues executions from snapshots (after a restart). Their state machines must be registered again first;
   * a snapshot whose state machine or state no longer exists is skipped and reported.
   */
  resume(snapshots: readonly ExecutionSnapshot[]): ResumeReport {
    return resumeSnapshots(snapshots, this.machines, this.executions, this.runner, this.finished);
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
