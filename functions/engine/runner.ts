import type { ExecutionStatus } from '../shared/ports';
import { createCompositeRunners } from './composites';
import {
  type EngineHost,
  EXPRESS_MAX_SECONDS,
  type Execution,
  ExecutionStoppedError,
  freshRunState,
  type RegisteredMachine,
  toErrorInfo,
} from './execution';
import { type FinishedExecutionStore, recordOf } from './finished';
import { recordClosingEvent, recordEvents } from './history';
import { Interpreter } from './interpreter';
import { type ChildExecutions, DistributedMaps } from './map-run';
import type { FastPaths } from './mini';
import { TaskRunner } from './task-runner';
import { type NestedTrace, ScopeFailure } from './trace';

/** Every run ends its waits with this reason: abort() without one builds a DOMException (a stack) per run. */
const RUN_ENDED = new DOMException('The execution ended', 'AbortError');

/**
 * Runs executions: the top-level chain on the interpreter, the outcome (SUCCEEDED, FAILED, and where a redrive
 * would continue), the execution's TimeoutSeconds (5 minutes at most for EXPRESS), stops, and the set of live
 * executions idle detection looks at, with the bounded list of finished ones.
 */
export class ExecutionRunner {
  /** Executions whose chains are still running (what idle detection looks at). */
  readonly active = new Set<Execution>();
  /** Finished executions still held live, oldest first, for eviction beyond maxFinished. */
  private readonly finishedOrder: string[] = [];
  private readonly interpreter: Interpreter;
  /** Set at shutdown: executions it stops are resumed at the next start, not stored as ABORTED. */
  closing = false;

  constructor(
    private readonly host: EngineHost,
    private readonly executions: Map<string, Execution>,
    private readonly maxFinished: number,
    private readonly finished: FinishedExecutionStore,
    children: Omit<ChildExecutions, 'start'>,
    fastPaths?: FastPaths,
  ) {
    const tasks = new TaskRunner(host);
    this.interpreter = new Interpreter(host, tasks.runTask, fastPaths);
    const distributed = new DistributedMaps(
      host,
      this.interpreter,
      {
        ...children,
        start: (parent, machine, name, input, mapRunArn) =>
          this.startChild(parent, machine, name, input, mapRunArn),
      },
      (e, stateName, wait) => tasks.blockedOn(e, stateName, wait),
    );
    tasks.composites = createCompositeRunners(this.interpreter, tasks, distributed);
  }

  /** A new execution record (not started). */
  create(
    arn: string,
    name: string,
    machine: RegisteredMachine,
    input: unknown,
    parentMapRun?: string,
  ): Execution {
    return {
      arn,
      name,
      stateMachineArn: machine.arn,
      machine,
      input: structuredClone(input),
      startDate: this.host.now(),
      ...(parentMapRun ? { parentMapRun } : {}),
      status: 'RUNNING',
      redriveCount: 0,
      timeline: [],
      history: 0,
      mapRuns: [],
      ...freshRunState(),
    };
  }

  /** Starts a new execution at its StartAt (ExecutionStarted is its first history event). */
  start(e: Execution): void {
    this.executions.set(e.arn, e);
    this.host.emit({ type: 'ExecutionStarted', executionArn: e.arn, name: e.name, at: e.startDate });
    e.history = 1;
    this.run(e, e.machine.prepared.top.startAt, e.input);
    this.enforceExecutionTimeout(e);
    this.evictFinished();
  }

  private startChild(
    parent: Execution,
    machine: RegisteredMachine,
    name: string,
    input: unknown,
    mapRunArn: string,
  ): Execution {
    const kind = machine.type === 'EXPRESS' ? 'express' : 'execution';
    const arn =
      machine.type === 'EXPRESS'
        ? `${machine.arn.replace(':stateMachine:', `:${kind}:`)}:${name}:${name}`
        : `${machine.arn.replace(':stateMachine:', `:${kind}:`)}:${name}`;
    const child = this.create(arn, name, machine, input, mapRunArn);
    void parent;
    this.start(child);
    return child;
  }

  evictFinished(): void {
    while (this.finishedOrder.length > this.maxFinished) {
      const arn = this.finishedOrder.shift();
      const e = arn ? this.executions.get(arn) : undefined;
      // A redriven execution is running again (and queued again when it finishes).
      if (e && e.status !== 'RUNNING' && !this.active.has(e)) this.executions.delete(e.arn);
    }
  }

  enforceExecutionTimeout(e: Execution): void {
    const own = e.machine.prepared.timeoutSeconds;
    // Express executions end after 5 minutes at most.
    const seconds =
      e.machine.type === 'EXPRESS' ? Math.min(own ?? EXPRESS_MAX_SECONDS, EXPRESS_MAX_SECONDS) : own;
    if (seconds === undefined) return;
    const controller = e.controller;
    void this.host.clock.sleep(seconds * 1000, controller.signal, e.arn).then(() => {
      if (!controller.signal.aborted && e.status === 'RUNNING') {
        this.terminate(e, 'TIMED_OUT', {
          error: 'States.Timeout',
          cause: `Execution timed out after ${seconds} seconds`,
        });
      }
    });
  }

  /** Ends a running execution from outside its chains (stop, timeout, shutdown). */
  terminate(e: Execution, status: ExecutionStatus, error: { error: string; cause?: string }): void {
    if (e.status !== 'RUNNING') return;
    this.finish(e, status, { error });
    this.finishRun(e);
  }

  /** Ends every wait the execution owns (tokens, timers); its chains unwind with ExecutionStoppedError. */
  private finishRun(e: Execution): void {
    e.controller.abort(RUN_ENDED);
    for (const [token, pending] of this.host.tokens) {
      if (pending.execution === e) {
        this.host.tokens.delete(token);
        pending.reject(new ExecutionStoppedError());
      }
    }
  }

  private finish(
    e: Execution,
    status: ExecutionStatus,
    outcome: { output?: unknown; error?: { error: string; cause?: string } },
  ): void {
    e.status = status;
    e.stopDate = this.host.now();
    if (outcome.error) e.error = outcome.error;
    if (status === 'SUCCEEDED') e.output = outcome.output;
    recordClosingEvent(e);
    this.host.emitLater({
      type: 'ExecutionFinished',
      executionArn: e.arn,
      name: e.name,
      status,
      ...(outcome.error ? { error: outcome.error } : {}),
      at: e.stopDate,
    });
  }

  /** Runs the top-level chain from `startAt` (a fresh start, a redrive, or a resume after a restart). */
  run(e: Execution, startAt: string, input: unknown, redo?: NestedTrace): void {
    this.active.add(e);
    delete e.redrivePlan;
    const chain = this.interpreter.runChain(
      { e, scope: e.machine.prepared.top, topLevel: true, signal: e.controller.signal },
      { state: startAt, input, redo },
    );
    chain.then(
      (output) => {
        if (e.status !== 'RUNNING') return;
        this.finish(e, 'SUCCEEDED', { output });
        this.finishRun(e);
      },
      (error: unknown) => {
        if (error instanceof ScopeFailure) e.redrivePlan = error.trace;
        if (e.status !== 'RUNNING') return;
        const cause = error instanceof ScopeFailure ? error.error : error;
        this.finish(e, 'FAILED', { error: toErrorInfo(cause) });
        this.finishRun(e);
      },
    );
    void chain
      .catch(() => {})
      .then(() => {
        this.active.delete(e);
        if (e.status !== 'RUNNING' && !this.closing) this.store(e);
        this.evictFinished();
        this.host.notifyChange();
        e.resolveSettled();
      });
  }

  /** Hands a finished execution to the store (what reads fall back to once it leaves the heap). */
  private store(e: Execution): void {
    try {
      this.finished.put(recordOf(e));
    } catch {
      // a store must never break an execution (stores say themselves what they could not keep)
    }
    this.finishedOrder.push(e.arn);
  }

  /** An ExecutionRedriven event for a redrive (the caller checked the history has room). */
  recordRedrive(e: Execution): void {
    recordEvents(e, 1);
  }
}
