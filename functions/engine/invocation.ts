import { randomBytes, randomUUID } from 'node:crypto';
import type { TaskSpec } from './asl-types';
import type { OpenToken, TaskInvocation } from './engine-types';
import {
  type EngineHost,
  type Execution,
  ExecutionStoppedError,
  rememberTimedOut,
  TaskError,
} from './execution';
import type { Frame } from './interpreter';
import { substituteMarkers } from './prepare-states';

/**
 * One attempt of a Task state that calls something: a Lambda function (plain ARN or `lambda:invoke`), a service
 * integration, or a callback (`.waitForTaskToken`). Enforces, on the engine clock:
 *  - TimeoutSeconds (States.Timeout), covering the call and the wait for the token;
 *  - HeartbeatSeconds (States.HeartbeatTimeout) between SendTaskHeartbeat calls while waiting for a token;
 *  - the function's own timeout (the Lambda setting): past it the invocation fails with Sandbox.Timedout.
 */

export interface AttemptParams {
  readonly p?: unknown;
  readonly t?: unknown;
  readonly h?: unknown;
}

const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
const CALLBACK = /\.waitForTaskToken$/;
const SUFFIX = /\.(waitForTaskToken|sync(:2)?)$/;

/** Never settles: a timer that was cancelled. */
/**
 * The reason an attempt's timers stop when it ends, one for every attempt: abort() without a reason builds a new
 * DOMException (and its stack) each time, once per task state run.
 */
const ATTEMPT_ENDED = new DOMException('The task attempt ended', 'AbortError');
const never = <T>(): Promise<T> => new Promise<T>(() => {});

/** Resolves with `p`, or rejects with ExecutionStoppedError as soon as `signal` aborts. */
export const abortable = <T>(signal: AbortSignal, p: Promise<T>): Promise<T> => {
  if (signal.aborted) return Promise.reject(new ExecutionStoppedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ExecutionStoppedError());
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
};

const functionNameOf = (resource: string): string =>
  resource.split(':function:')[1]?.split(':')[0] ?? resource;

export class Invocation {
  constructor(
    private readonly host: EngineHost,
    private readonly blockedOn: <T>(
      e: Execution,
      stateName: string | undefined,
      wait: Promise<T>,
    ) => Promise<T>,
    private readonly emitWaiting: (e: Execution, stateName: string) => void,
  ) {}

  async attempt(
    frame: Frame,
    spec: TaskSpec,
    params: AttemptParams,
    attempt: { retryCount: number; onPayload: (payload: unknown) => void },
    resumed: { token?: OpenToken } | undefined,
  ): Promise<unknown> {
    const { e, signal } = frame;
    const waitsForToken = CALLBACK.test(spec.resource);
    const resumedToken = waitsForToken ? resumed?.token : undefined;
    const fullTimeout = spec.timeoutSeconds ?? (typeof params.t === 'number' ? params.t : undefined);
    const heartbeat = spec.heartbeatSeconds ?? (typeof params.h === 'number' ? params.h : undefined);
    // A resumed token wait keeps its deadline, counted from when it began waiting.
    const timeoutSeconds =
      fullTimeout !== undefined && resumedToken
        ? Math.max(0, fullTimeout - (this.host.clock.now().getTime() - Date.parse(resumedToken.since)) / 1000)
        : fullTimeout;
    const baseResource = spec.resource.replace(SUFFIX, '');
    const token = waitsForToken ? (resumedToken?.token ?? randomBytes(48).toString('base64url')) : undefined;
    const payload = substituteMarkers(params.p, {
      ...(token ? { taskToken: token } : {}),
      retryCount: attempt.retryCount,
    });
    attempt.onPayload(payload);
    const call = this.callOf(e, spec, baseResource, payload, attempt.retryCount, token);

    // One timer per attempt, covering the invocation and (for token tasks) the wait for the token.
    const timers = new AbortController();
    const onStop = () => timers.abort();
    signal.addEventListener('abort', onStop, { once: true });
    const timedOut =
      timeoutSeconds !== undefined
        ? this.host.clock.sleep(timeoutSeconds * 1000, timers.signal, e.arn).then(() => {
            if (timers.signal.aborted) return never<never>();
            if (token) rememberTimedOut(this.host.timedOutTokens, token);
            throw new TaskError('States.Timeout', `Task timed out after ${timeoutSeconds} seconds`);
          })
        : undefined;
    const race = <T>(p: Promise<T>): Promise<T> =>
      abortable(signal, timedOut ? Promise.race([p, timedOut]) : p);

    try {
      if (!token) {
        const result = await race(this.invoke(e, call, timers.signal));
        return baseResource === LAMBDA_INVOKE
          ? { ExecutedVersion: '$LATEST', Payload: result, StatusCode: 200 }
          : result;
      }
      return await this.waitForToken(frame, spec, call, token, resumedToken, heartbeat, timers.signal, race);
    } finally {
      signal.removeEventListener('abort', onStop);
      timers.abort(ATTEMPT_ENDED);
    }
  }

  private async waitForToken(
    frame: Frame,
    spec: TaskSpec,
    call: TaskInvocation,
    token: string,
    resumedToken: OpenToken | undefined,
    heartbeatSeconds: number | undefined,
    timers: AbortSignal,
    race: <T>(p: Promise<T>) => Promise<T>,
  ): Promise<unknown> {
    const { e } = frame;
    // Heartbeats: each SendTaskHeartbeat restarts the timer.
    let beat: AbortController | undefined;
    let rejectToken: (error: Error) => void = () => {};
    const armHeartbeat = () => {
      if (heartbeatSeconds === undefined) return;
      beat?.abort();
      const current = new AbortController();
      beat = current;
      timers.addEventListener('abort', () => current.abort(), { once: true });
      void this.host.clock.sleep(heartbeatSeconds * 1000, current.signal, e.arn).then(() => {
        if (current.signal.aborted) return;
        rememberTimedOut(this.host.timedOutTokens, token);
        rejectToken(
          new TaskError('States.HeartbeatTimeout', `No heartbeat within ${heartbeatSeconds} seconds`),
        );
      });
    };
    const tokenResult = new Promise<unknown>((resolve, reject) => {
      rejectToken = reject;
      this.host.tokens.set(token, {
        execution: e,
        stateName: spec.name,
        payload: call.payload,
        heartbeat: armHeartbeat,
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
      if (!resumedToken) await race(this.invoke(e, call, timers));
      armHeartbeat();
      this.host.notifyChange();
      this.emitWaiting(e, spec.name);
      return await this.blockedOn(e, spec.name, race(tokenResult));
    } finally {
      beat?.abort();
      this.host.tokens.delete(token);
      e.openTokens.delete(token);
    }
  }

  private callOf(
    e: Execution,
    spec: TaskSpec,
    baseResource: string,
    payload: unknown,
    attempt: number,
    token: string | undefined,
  ): TaskInvocation {
    const common = {
      executionArn: e.arn,
      stateName: spec.name,
      attempt,
      ...(token ? { taskToken: token } : {}),
    };
    if (baseResource === LAMBDA_INVOKE) {
      return {
        kind: 'function',
        resource: String((payload as { FunctionName?: unknown })?.FunctionName ?? ''),
        payload: (payload as { Payload?: unknown })?.Payload ?? {},
        ...common,
      };
    }
    return {
      kind: baseResource.startsWith('arn:aws:states:::') ? 'service' : 'function',
      resource: baseResource,
      payload,
      ...common,
    };
  }

  /** The call, failing as Step Functions reports it: a function's error type and a Lambda-style JSON cause. */
  private async invoke(e: Execution, call: TaskInvocation, timers: AbortSignal): Promise<unknown> {
    const limit =
      call.kind === 'function'
        ? (this.host.functionTimeouts[call.resource] ??
          this.host.functionTimeouts[functionNameOf(call.resource)])
        : undefined;
    const sandbox =
      limit === undefined
        ? undefined
        : this.host.clock.sleep(limit * 1000, timers, e.arn).then(() => {
            if (timers.aborted) return never<never>();
            throw new TaskError(
              'Sandbox.Timedout',
              JSON.stringify({
                errorType: 'Sandbox.Timedout',
                errorMessage: `RequestId: ${randomUUID()} Error: Task timed out after ${limit.toFixed(2)} seconds`,
              }),
            );
          });
    const run = async () => {
      try {
        return await this.host.invoke(call);
      } catch (error) {
        if (error instanceof ExecutionStoppedError || error instanceof TaskError) throw error;
        const name = error instanceof Error ? error.name : 'Error';
        const message = error instanceof Error ? error.message : String(error);
        if (call.kind === 'function') {
          throw new TaskError(name, JSON.stringify({ errorType: name, errorMessage: message }));
        }
        throw new TaskError(name, message);
      }
    };
    return sandbox ? Promise.race([run(), sandbox]) : run();
  }
}
