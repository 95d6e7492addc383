import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { ExecutionAbortedError, ExecutionError, StateMachine } from 'aws-local-stepfunctions';
import type { ExecutionStatus } from '../shared/ports';
import {
  type EngineHost,
  EXPRESS_MAX_SECONDS,
  type Execution,
  ExecutionStoppedError,
  toErrorInfo,
} from './execution';
import { TaskRunner } from './task-runner';
import { consumeEvents } from './timeline';

/**
 * Runs executions on aws-local-stepfunctions: hands the library the rewritten definition with the engine's task
 * handlers, records the outcome, enforces the execution's TimeoutSeconds and keeps the set of live executions
 * (what idle detection looks at) and the bounded list of finished ones.
 */
export class ExecutionRunner {
  /** Executions running or still completing their timeline (what idle detection looks at). */
  readonly active = new Set<Execution>();
  /** Finished executions, oldest first, for eviction beyond maxFinished. */
  private readonly finishedOrder: string[] = [];
  private readonly tasks: TaskRunner;
  /**
   * `$$.State` as paths outside Task Parameters see it (e.g. inside States.Format): the library shares this object
   * across states and reads it when a state's fields are evaluated, i.e. when the state is entered.
   */
  private readonly stateContext: Record<string, unknown>;

  constructor(
    private readonly host: EngineHost,
    private readonly executions: Map<string, Execution>,
    private readonly accountId: string,
    private readonly maxFinished: number,
  ) {
    this.tasks = new TaskRunner(host);
    const clock = host.clock;
    this.stateContext = Object.defineProperties(
      {},
      {
        EnteredTime: { enumerable: true, get: () => clock.now().toISOString() },
        RetryCount: { enumerable: true, value: 0 },
      },
    );
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

  terminate(e: Execution, status: ExecutionStatus, error: { error: string; cause?: string }): void {
    e.status = status;
    e.stopDate = this.host.now();
    e.error = error;
    this.finishRun(e);
    e.libraryAbort?.();
    this.host.emitLater({
      type: 'ExecutionFinished',
      executionArn: e.arn,
      name: e.name,
      status,
      error,
      at: e.stopDate,
    });
  }

  /** Ends every wait the execution owns (tokens, timers). */
  finishRun(e: Execution): void {
    e.controller.abort();
    for (const [token, pending] of this.host.tokens) {
      if (pending.execution === e) {
        this.host.tokens.delete(token);
        pending.reject(new ExecutionStoppedError());
      }
    }
  }

  run(e: Execution, startAt: string, input: unknown): void {
    const { prepared } = e.machine;
    const definition = { ...prepared.definition, StartAt: startAt } as unknown as StateMachineDefinition;
    const machine = new StateMachine(definition, { validationOptions: { noValidate: true } });
    const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const spec of prepared.tasks.values()) {
      handlers[spec.name] = (wrapped) => this.tasks.runTask(e, spec, wrapped);
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
    const consumer = consumeEvents(this.host, e, execution.eventLogs).finally(() => {
      e.logging = false;
    });
    const controller = e.controller;
    execution.result.then(
      (output) => {
        if (controller.signal.aborted || e.status !== 'RUNNING') return;
        e.status = 'SUCCEEDED';
        e.output = output;
        e.stopDate = this.host.now();
        this.finishRun(e);
        this.host.emitLater({
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
        e.stopDate = this.host.now();
        this.finishRun(e);
        this.host.emitLater({
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
        this.host.notifyChange();
      }
      e.resolveSettled();
    });
  }
}
