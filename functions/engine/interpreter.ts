import type { PreparedScope } from './asl-types';
import {
  byteLength,
  DataLimitError,
  type EngineHost,
  type Execution,
  ExecutionStoppedError,
  MAX_PAYLOAD_BYTES,
  type MutableTimelineEntry,
  TerminalError,
  toErrorInfo,
} from './execution';
import { recordEvents } from './history';
import { type FastPaths, MAX_CACHED_SCOPES, StateStepper, type TaskHandler } from './mini';
import { ENGINE_CONTEXT } from './prepare-states';
import { applyResultPath } from './result-path';
import { errorMatches } from './retry';
import { type NestedTrace, ScopeFailure, type ScopeTrace } from './trace';

/**
 * Runs chains of states: an execution's top level, a Map iteration, a Parallel branch. Each state runs alone in
 * the library (StateStepper); the interpreter records the timeline and the history, checks the 256 KiB limit on
 * every state output, applies Catch with Step Functions' matching rules, and follows the transitions. A chain that
 * ends without reaching an end state throws a ScopeFailure carrying where a redrive would continue.
 */

/** Where a chain runs: its execution, scope, cancellation and (inside a Map) its iteration. */
export interface Frame {
  readonly e: Execution;
  readonly scope: PreparedScope;
  readonly topLevel: boolean;
  /** Aborted when the execution stops or a sibling iteration/branch fails. */
  readonly signal: AbortSignal;
  readonly itemIndex?: number;
  /** Inside a Parallel branch or a Map iteration: its Parallel/Map visit's order and its index (MutableTimelineEntry.order). */
  readonly path?: readonly number[];
}

/** One visit of a state: its timeline entry, and what a Map/Parallel inside it left for a redrive. */
export interface Visit {
  readonly entry: MutableTimelineEntry;
  /** The entry's place in the run's tree of chains (MutableTimelineEntry.order), stored or not. */
  readonly order: readonly number[];
  readonly enteredAt: string;
  /** What the previous run of this Map/Parallel state left (redrive): iterations done or where they stopped. */
  redo: NestedTrace | undefined;
  nested?: NestedTrace;
}

export type VisitTaskHandler = (frame: Frame, input: unknown, visit: Visit) => Promise<unknown>;

export interface ChainStart {
  readonly state: string;
  readonly input: unknown;
  readonly redo?: NestedTrace | undefined;
}

export class Interpreter {
  private readonly stepper: StateStepper;

  constructor(
    private readonly host: EngineHost,
    private readonly runTask: VisitTaskHandler,
    fastPaths?: FastPaths,
  ) {
    this.stepper = new StateStepper(MAX_CACHED_SCOPES, fastPaths);
  }

  /** The context object the library sees for one state. */
  contextFor(
    e: Execution,
    stateName: string,
    enteredAt: string,
    mapItem?: { Index: number; Value: unknown },
  ) {
    return {
      Execution: {
        Id: e.arn,
        Name: e.name,
        RoleArn: `arn:aws:iam::${this.host.accountId}:role/dynaris-local`,
        RedriveCount: e.redriveCount,
        [ENGINE_CONTEXT.input]: e.input,
        [ENGINE_CONTEXT.startTime]: e.startDate,
      },
      StateMachine: { Id: e.stateMachineArn, Name: e.machine.name },
      State: { Name: stateName, EnteredTime: enteredAt, RetryCount: 0 },
      ...(mapItem ? { Map: { Item: mapItem } } : {}),
    };
  }

  /** A payload template (ItemSelector, BatchInput) evaluated as Parameters would be. */
  evaluate(template: object, input: unknown, context: Record<string, unknown>): Promise<unknown> {
    return this.stepper.evaluate(template, input, context);
  }

  async runChain(frame: Frame, start: ChainStart): Promise<unknown> {
    const { e } = frame;
    e.chains += 1;
    try {
      let name = start.state;
      let input = start.input;
      let redo = start.redo;
      for (;;) {
        this.host.checkpoint();
        if (frame.signal.aborted) {
          throw new ScopeFailure(new ExecutionStoppedError(), { state: name, input }, true);
        }
        const outcome = await this.step(frame, name, input, redo);
        redo = undefined;
        if (outcome.next === null) return outcome.output;
        name = outcome.next;
        input = outcome.output;
      }
    } finally {
      e.chains -= 1;
    }
  }

  private async step(
    frame: Frame,
    name: string,
    input: unknown,
    redo: NestedTrace | undefined,
  ): Promise<{ next: string | null; output: unknown }> {
    const { e, scope } = frame;
    const prepared = e.machine.prepared;
    const info = prepared.states.get(name);
    const type = info?.type ?? scope.states[name]?.Type ?? 'Task';
    const enteredAt = this.host.now();
    const entry = this.enter(frame, name, type, input, enteredAt);
    const visit: Visit = { entry, order: entry.order ?? [frame.e.timeline.length - 1], enteredAt, redo };
    const trace = (): ScopeTrace => ({
      state: name,
      input,
      ...(visit.nested ? { nested: visit.nested } : {}),
    });
    const spec = prepared.tasks.get(name);
    const handler: TaskHandler | undefined = spec
      ? (wrapped) => {
          const task = this.runTask(frame, wrapped, visit);
          // The library can drop this promise when it fails after calling the handler; its later rejection (an
          // ExecutionStoppedError once the execution ends) must not end the process as an unhandled rejection.
          task.catch(() => {});
          return task;
        }
      : undefined;

    let outcome: { next: string | null; output: unknown };
    try {
      recordEvents(e, 1); // <Type>StateEntered
      outcome = await this.stepper.step(scope, name, input, this.contextFor(e, name, enteredAt), handler);
      if (frame.signal.aborted) throw new ExecutionStoppedError();
      const bytes = byteLength(outcome.output);
      if (bytes > MAX_PAYLOAD_BYTES) {
        throw new DataLimitError(
          `The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
        );
      }
      if (type !== 'Fail') recordEvents(e, 1); // <Type>StateExited
    } catch (raw) {
      const error = raw instanceof Error ? raw : new Error(String(raw));
      const stopped = error instanceof ExecutionStoppedError || frame.signal.aborted;
      this.close(
        frame,
        visit.entry,
        'failed',
        undefined,
        stopped ? toErrorInfo(new ExecutionStoppedError()) : toErrorInfo(error),
      );
      if (stopped) throw new ScopeFailure(new ExecutionStoppedError(), trace(), true);
      // Terminal errors (States.DataLimitExceeded, States.Runtime) end the execution whatever the Catch says.
      const catchable = !(error instanceof TerminalError) && error.name !== 'States.Runtime';
      const catcher = catchable
        ? prepared.catchers.get(name)?.find((c) => errorMatches(c.ErrorEquals, error.name))
        : undefined;
      if (!catcher) throw new ScopeFailure(error, trace(), false);
      const output = applyResultPath(input, catcher.ResultPath, { Error: error.name, Cause: error.message });
      if (byteLength(output) > MAX_PAYLOAD_BYTES) {
        throw new ScopeFailure(
          new DataLimitError(
            `The state '${name}' produced an output over the maximum number of bytes service limit.`,
          ),
          trace(),
          false,
        );
      }
      return { next: catcher.Next, output };
    }
    this.close(frame, visit.entry, 'succeeded', outcome.output);
    return outcome;
  }

  private enter(frame: Frame, name: string, type: string, input: unknown, at: string): MutableTimelineEntry {
    const { e } = frame;
    const info = e.machine.prepared.states.get(name);
    const entry: MutableTimelineEntry = {
      name,
      type,
      status: 'running',
      input,
      startedAt: at,
      topLevel: frame.topLevel,
    };
    if (info?.stepId) entry.stepId = info.stepId;
    if (info?.action) entry.action = info.action;
    if (frame.itemIndex !== undefined) entry.itemIndex = frame.itemIndex;
    if (frame.path) entry.order = [...frame.path, e.timeline.length];
    e.timeline.push(entry);
    if (frame.topLevel) this.host.notifyChange();
    this.host.emit({
      type: 'StateEntered',
      executionArn: e.arn,
      name: e.name,
      stateName: name,
      stateType: type,
      stepId: info?.stepId,
      action: info?.action,
      at,
    });
    return entry;
  }

  private close(
    frame: Frame,
    entry: MutableTimelineEntry,
    status: 'succeeded' | 'failed',
    output: unknown,
    error?: { error: string; cause?: string },
  ): void {
    const { e } = frame;
    entry.status = status;
    entry.endedAt = this.host.now();
    if (status === 'succeeded') entry.output = output;
    if (error) entry.error = error;
    this.host.emitLater({
      type: status === 'succeeded' ? 'StateSucceeded' : 'StateFailed',
      executionArn: e.arn,
      name: e.name,
      stateName: entry.name,
      stateType: entry.type,
      stepId: entry.stepId,
      action: entry.action,
      ...(error ? { error } : {}),
      at: entry.endedAt,
    });
  }
}
