import type {
  ExecutionDescription,
  ExecutionStatus,
  StartExecutionRequest,
  TimelineEntry,
  WorkflowEngine,
} from '../shared/ports';
import { createRealClock, type EngineClock } from './clock';
import {
  EngineError,
  type EngineEvent,
  type ExecutionSnapshot,
  type ExecutionSummary,
  type LocalEngineOptions,
  type PendingTask,
  type StateMachineType,
} from './engine-types';
import {
  type EngineHost,
  type Execution,
  freshRunState,
  isValidExecutionName,
  MAX_PAYLOAD_BYTES,
  type PendingToken,
  type RegisteredMachine,
  TaskError,
} from './execution';
import { busyReport, hasExecutionTimers, isIdle, runUntilSettled, waitForIdle } from './idle';
import { prepareMachine, type RegisterOptions } from './machines';
import { executionFromSnapshot, snapshotsOf } from './persistence';
import { reopenForRedrive } from './redrive';
import { ExecutionRunner } from './runner';
import { timelineOf } from './timeline';

export * from './engine-types';

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
export class LocalEngine implements WorkflowEngine {
  readonly clock: EngineClock;
  private readonly region: string;
  private readonly accountId: string;
  private readonly machines = new Map<string, RegisteredMachine>();
  private readonly executions = new Map<string, Execution>();
  private readonly tokens = new Map<string, PendingToken>();
  private readonly host: EngineHost;
  private readonly runner: ExecutionRunner;

  constructor(options: LocalEngineOptions) {
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
      tokens: this.tokens,
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
    this.runner = new ExecutionRunner(
      this.host,
      this.executions,
      this.accountId,
      options.maxFinishedExecutions ?? 2_000,
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
      startDate: this.host.now(),
      status: 'RUNNING',
      redriveCount: 0,
      timeline: [],
      ...freshRunState(),
    };
    this.executions.set(executionArn, execution);
    this.host.emit({ type: 'ExecutionStarted', executionArn, name: req.name, at: execution.startDate });
    this.runner.run(execution, machine.prepared.definition.StartAt, execution.input);
    this.runner.enforceExecutionTimeout(execution);
    this.runner.evictFinished();
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
    return e ? timelineOf(e) : [];
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
    return timelineOf(e).map((t, i) => {
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
    this.runner.terminate(e, 'ABORTED', { error: 'States.Aborted', cause });
  }

  /**
   * Re-runs a FAILED, TIMED_OUT or ABORTED execution from the top-level state where it failed, with the input that
   * state had, keeping the same execution (ARN, name, history; agents' idempotency keys therefore still match).
   * For a failure inside a Parallel or Map the whole Parallel/Map state runs again (successful inner steps are
   * not repeated by the agents because of their idempotency records). States that succeeded before are not rerun.
   */
  async redriveExecution(executionArn: string): Promise<void> {
    const e = this.requireExecution(executionArn);
    const point = await reopenForRedrive(e);
    this.host.emit({ type: 'ExecutionStarted', executionArn: e.arn, name: e.name, at: this.host.now() });
    this.runner.run(e, point.stateName, point.input);
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
      const e = executionFromSnapshot(snap, machine);
      this.executions.set(e.arn, e);
      this.runner.run(e, snap.resume.stateName, structuredClone(snap.resume.input));
      this.runner.enforceExecutionTimeout(e);
      resumed.push(e.arn);
    }
    return { resumed, skipped };
  }

  /** Stops every running execution (shutdown): their timers and token waits end, nothing more runs. */
  close(): void {
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
}
