import { randomBytes } from 'node:crypto';
import type { OpenToken, TaskInvocation } from './engine-types';
import {
  DataLimitError,
  type EngineHost,
  type Execution,
  ExecutionStoppedError,
  MAX_PAYLOAD_BYTES,
  TaskError,
  toErrorInfo,
} from './execution';
import { substituteMarkers, type TaskSpec, WAIT_RESOURCE } from './prepare';
import { decideRetry } from './retry';

/**
 * Runs one Task (or rewritten Wait) state of an execution, as aws-local-stepfunctions' task handler: Retry,
 * TimeoutSeconds, task tokens and waits on the engine clock, the invocation through the injected invoker.
 */
export class TaskRunner {
  constructor(private readonly host: EngineHost) {}

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

  async runTask(e: Execution, spec: TaskSpec, wrapped: unknown): Promise<unknown> {
    const controller = e.controller;
    const params = (wrapped ?? {}) as { p?: unknown; t?: unknown; seconds?: unknown; timestamp?: unknown };
    const enteredTime = this.host.now();
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
          const decision = decideRetry(spec.retry, attempts, name, this.host.random);
          if (!decision) {
            report();
            throw error instanceof TaskError
              ? error
              : new TaskError(name, error instanceof Error ? error.message : String(error));
          }
          this.host.emitLater({
            type: 'StateRetrying',
            executionArn: e.arn,
            name: e.name,
            stateName: spec.name,
            stateType: info?.type ?? 'Task',
            stepId: info?.stepId,
            action: info?.action,
            error: toErrorInfo(error),
            at: this.host.now(),
          });
          await this.blockedOn(
            e,
            spec.name,
            this.host.clock.sleep(decision.delayMs, controller.signal, e.arn),
          );
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
    const elapsedMs = resumed
      ? Math.max(0, this.host.clock.now().getTime() - Date.parse(resumed.enteredAt))
      : 0;
    if (spec.resource === WAIT_RESOURCE) {
      const ms = Math.max(
        0,
        this.waitMilliseconds(spec, params) -
          (spec.wait?.timestamp || spec.wait?.timestampPath ? 0 : elapsedMs),
      );
      this.emitWaiting(e, spec.name);
      await this.blockedOn(e, spec.name, this.host.clock.sleep(ms, signal, e.arn));
      if (signal.aborted) throw new ExecutionStoppedError();
      return params.p;
    }

    const waitsForToken = spec.resource.endsWith('.waitForTaskToken');
    const resumedToken = waitsForToken ? resumed?.token : undefined;
    const fullTimeout = spec.timeoutSeconds ?? (typeof params.t === 'number' ? params.t : undefined);
    // A resumed token wait keeps its deadline, counted from when it began waiting.
    const timeoutSeconds =
      fullTimeout !== undefined && resumedToken
        ? Math.max(0, fullTimeout - (this.host.clock.now().getTime() - Date.parse(resumedToken.since)) / 1000)
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
        ? this.host.clock.sleep(timeoutSeconds * 1000, timeoutController.signal, e.arn).then(() => {
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
        this.host.tokens.set(token, {
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
        since: this.host.now(),
        payload: call.payload,
      };
      e.openTokens.set(token, open);
      try {
        // A resumed wait was registered before the restart (the waiting records hold this token): not again.
        if (!resumedToken) await race(this.invokeFunction(call));
        this.host.notifyChange();
        this.emitWaiting(e, spec.name);
        return await this.blockedOn(e, spec.name, race(tokenResult));
      } finally {
        this.host.tokens.delete(token);
        e.openTokens.delete(token);
      }
    } finally {
      signal.removeEventListener('abort', onStop);
      timeoutController.abort();
    }
  }

  private async invokeFunction(call: TaskInvocation): Promise<unknown> {
    try {
      return await this.host.invoke(call);
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
      return Math.max(0, at - this.host.clock.now().getTime());
    }
    throw new TaskError('States.Runtime', `Wait state "${spec.name}" has no duration`);
  }

  private emitWaiting(e: Execution, stateName: string): void {
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
