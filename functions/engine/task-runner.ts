import type { TaskSpec } from './asl-types';
import {
  byteLength,
  DataLimitError,
  type EngineHost,
  type Execution,
  ExecutionStoppedError,
  MAX_PAYLOAD_BYTES,
  TaskError,
  toErrorInfo,
} from './execution';
import { recordEvents, taskAttemptEvents } from './history';
import type { Frame, Visit } from './interpreter';
import { type AttemptParams, abortable, Invocation } from './invocation';
import { decideRetry } from './retry';

/**
 * Runs one Task-like state of an execution as aws-local-stepfunctions' task handler: Retry (Step Functions'
 * rules, on the engine clock), the 256 KiB limit on the task's input and result, Wait states, and the engine's
 * Map and Parallel runners. Each attempt of a real task goes through Invocation.
 */

/** The engine's Map and Parallel runners (map-runner.ts, parallel.ts). */
export interface CompositeRunners {
  map(frame: Frame, spec: TaskSpec, params: Record<string, unknown>, visit: Visit): Promise<unknown>;
  parallel(frame: Frame, spec: TaskSpec, params: Record<string, unknown>, visit: Visit): Promise<unknown>;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type WrappedParams = AttemptParams & { seconds?: unknown; timestamp?: unknown } & Record<string, unknown>;

export class TaskRunner {
  private readonly invocation: Invocation;
  composites: CompositeRunners | undefined;

  constructor(private readonly host: EngineHost) {
    this.invocation = new Invocation(
      host,
      (e, stateName, wait) => this.blockedOn(e, stateName, wait),
      (e, stateName) => this.emitWaiting(e, stateName),
    );
  }

  /** Marks the chain as waiting (timer, token, iterations) while `wait` is pending: what idle detection reads. */
  async blockedOn<T>(e: Execution, stateName: string | undefined, wait: Promise<T>): Promise<T> {
    e.blocked += 1;
    if (stateName) e.waitingStates.set(stateName, (e.waitingStates.get(stateName) ?? 0) + 1);
    try {
      return await wait;
    } finally {
      e.blocked -= 1;
      if (stateName) {
        const w = (e.waitingStates.get(stateName) ?? 1) - 1;
        if (w > 0) e.waitingStates.set(stateName, w);
        else e.waitingStates.delete(stateName);
      }
    }
  }

  readonly runTask = async (frame: Frame, wrapped: unknown, visit: Visit): Promise<unknown> => {
    const { e, signal } = frame;
    const spec = e.machine.prepared.tasks.get(visit.entry.name);
    if (!spec) throw new Error(`invariant: no task spec for "${visit.entry.name}"`);
    // A state rewritten without Parameters hands over its effective input itself.
    const params = (
      'Parameters' in (frame.scope.states[spec.name] ?? {}) ? (wrapped ?? {}) : { p: wrapped }
    ) as WrappedParams;
    if (spec.kind === 'task' && byteLength(params.p) > MAX_PAYLOAD_BYTES) {
      throw new DataLimitError(
        `The state/task '${spec.name}' input after Parameters exceeds the maximum number of bytes service limit.`,
      );
    }
    // TimeoutSecondsPath / HeartbeatSecondsPath must select a positive integer, as on AWS.
    for (const [key, field] of [
      ['t', 'TimeoutSecondsPath'],
      ['h', 'HeartbeatSecondsPath'],
    ] as const) {
      const v = params[key];
      if (key in params && !(typeof v === 'number' && Number.isInteger(v) && v > 0))
        throw new TaskError(
          'States.Runtime',
          `The ${field} of state '${spec.name}' selected ${JSON.stringify(v)}, not a positive integer`,
        );
    }
    const attempts = spec.retry.map(() => 0);
    let retryCount = 0;
    e.running += 1;
    try {
      for (;;) {
        if (signal.aborted) throw new ExecutionStoppedError();
        try {
          const result = await this.attempt(frame, spec, params, visit, retryCount);
          if (signal.aborted) throw new ExecutionStoppedError();
          if (byteLength(result) > MAX_PAYLOAD_BYTES) {
            throw new DataLimitError(
              `The state/task '${spec.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
            );
          }
          return result;
        } catch (error) {
          if (error instanceof DataLimitError || error instanceof ExecutionStoppedError || signal.aborted)
            throw error;
          if (error instanceof Error && error.name === 'States.Runtime') throw error;
          const name = error instanceof Error ? error.name : 'Error';
          const decision = decideRetry(spec.retry, attempts, name, this.host.random);
          if (!decision) {
            throw error instanceof Error ? error : new TaskError(name, String(error));
          }
          this.emitRetrying(e, spec.name, error);
          await this.blockedOn(
            e,
            spec.name,
            abortable(signal, this.host.clock.sleep(decision.delayMs, signal, e.arn)),
          );
          retryCount += 1;
          visit.entry.retries = retryCount;
        }
      }
    } finally {
      e.running -= 1;
    }
  };

  private async attempt(
    frame: Frame,
    spec: TaskSpec,
    params: WrappedParams,
    visit: Visit,
    retryCount: number,
  ): Promise<unknown> {
    const { e } = frame;
    // The first entry of the state an execution was resumed in continues where it was.
    const resumed = e.resumeAt?.stateName === spec.name && frame.topLevel ? e.resumeAt : undefined;
    if (resumed) delete e.resumeAt;
    switch (spec.kind) {
      case 'wait':
        return this.wait(frame, spec, params, resumed?.enteredAt);
      case 'map':
        return this.compositesOrFail().map(frame, spec, params, visit);
      case 'parallel':
        return this.compositesOrFail().parallel(frame, spec, params, visit);
      default: {
        let failed = true;
        try {
          const result = await this.invocation.attempt(
            frame,
            spec,
            params,
            {
              retryCount,
              onPayload: (payload) => {
                visit.entry.parameters = payload;
              },
            },
            resumed,
          );
          failed = false;
          return result;
        } finally {
          // Scheduled, started, [submitted], succeeded | failed | timed out; none when the execution was stopped.
          if (!frame.signal.aborted || !failed) recordEvents(e, taskAttemptEvents(spec.resource));
        }
      }
    }
  }

  private compositesOrFail(): CompositeRunners {
    if (!this.composites) throw new Error('invariant: Map and Parallel runners are not wired');
    return this.composites;
  }

  private async wait(frame: Frame, spec: TaskSpec, params: WrappedParams, resumedAt: string | undefined) {
    const { e, signal } = frame;
    const elapsedMs = resumedAt ? Math.max(0, this.host.clock.now().getTime() - Date.parse(resumedAt)) : 0;
    const ms = Math.max(
      0,
      this.waitMilliseconds(spec, params) -
        (spec.wait?.timestamp || spec.wait?.timestampPath ? 0 : elapsedMs),
    );
    this.emitWaiting(e, spec.name);
    await this.blockedOn(e, spec.name, abortable(signal, this.host.clock.sleep(ms, signal, e.arn)));
    return params.p;
  }

  private waitMilliseconds(spec: TaskSpec, params: { seconds?: unknown; timestamp?: unknown }): number {
    const w = spec.wait ?? {};
    if (w.secondsPath && !(Number.isInteger(params.seconds) && (params.seconds as number) >= 0))
      throw new TaskError(
        'States.Runtime',
        `The SecondsPath of Wait state '${spec.name}' selected ${JSON.stringify(params.seconds)}, not an integer`,
      );
    const seconds = w.seconds ?? (typeof params.seconds === 'number' ? params.seconds : undefined);
    if (seconds !== undefined) return Math.max(0, seconds * 1000);
    const timestamp = w.timestamp ?? (typeof params.timestamp === 'string' ? params.timestamp : undefined);
    if (timestamp !== undefined) {
      // RFC 3339 with an uppercase T and Z (AWS); Date.parse alone would take "March 5, 2026".
      const at = RFC3339.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
      if (Number.isNaN(at)) throw new TaskError('States.Runtime', `Invalid Wait timestamp "${timestamp}"`);
      return Math.max(0, at - this.host.clock.now().getTime());
    }
    throw new TaskError('States.Runtime', `Wait state "${spec.name}" has no duration`);
  }

  private emitRetrying(e: Execution, stateName: string, error: unknown): void {
    const info = e.machine.prepared.states.get(stateName);
    this.host.emitLater({
      type: 'StateRetrying',
      executionArn: e.arn,
      name: e.name,
      stateName,
      stateType: info?.type ?? 'Task',
      stepId: info?.stepId,
      action: info?.action,
      error: toErrorInfo(error),
      at: this.host.now(),
    });
  }

  emitWaiting(e: Execution, stateName: string): void {
    const info = e.machine.prepared.states.get(stateName);
    this.host.emitLater({
      type: 'StateWaiting',
      executionArn: e.arn,
      name: e.name,
      stateName,
      stateType: info?.type ?? 'Task',
      stepId: info?.stepId,
      action: info?.action,
      at: this.host.now(),
    });
  }
}
