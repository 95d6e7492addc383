import { HttpError } from '../shared/errors';
import type { DryRunner } from './context';

/**
 * How long a dry run may take on AWS, end to end (POST /workflows/{id}/test): API Gateway waits for api-workflows,
 * which invokes api-dry-run synchronously and waits for it. Each wait must end before the one around it, so that the
 * caller hears a clear answer (a 504 with a JSON body naming the problem) instead of API Gateway's bare 504 or a 500:
 *
 *   api-dry-run's timeout (20 s) < api-workflows' one Invoke attempt (25 s) < API Gateway's integration timeout (29 s)
 *
 * - API Gateway: an HTTP API waits at most 30 s for an integration (a quota that cannot be raised); CDK allows 29 s at
 *   most and the stack sets it on every route.
 * - api-dry-run: Lambda stops a run that reaches the function's timeout and Invoke (RequestResponse) answers 200 with
 *   FunctionError `Unhandled` and `Sandbox.Timedout` ("Task timed out after 20.00 seconds").
 * - api-workflows: one attempt only (a retry after a run that took 20 s would outlive API Gateway's 29 s; a dry run
 *   has no side effects, but the client would hear API Gateway's bare 504 instead of ours), which may wait 5 s more
 *   than the run for the call itself and api-dry-run's cold start. That leaves 4 s before API Gateway's 29 s for
 *   api-workflows' own work (authentication, the lookup, validation), which takes milliseconds when warm.
 * The local runtime dry-runs in process with the same 20 s limit, so it is not more lenient than AWS.
 */
export const DRY_RUN_LIMITS = {
  /** API Gateway's integration timeout on every route, in seconds. */
  apiSeconds: 29,
  /** api-dry-run's function timeout, in seconds: the longest a dry run may run. */
  functionSeconds: 20,
  /** api-workflows' wait for the Invoke (its one attempt), in milliseconds. */
  invokeMs: 25_000,
} as const;

/** 504 with a body naming the problem: the dry run did not finish within DRY_RUN_LIMITS.functionSeconds. */
export class DryRunTimeoutError extends HttpError {
  constructor() {
    super(
      504,
      'GatewayTimeout',
      `The dry run did not finish within ${DRY_RUN_LIMITS.functionSeconds} s, the longest a dry run may take; nothing was performed (a dry run has no side effects)`,
    );
  }
}

/**
 * The in-process dry runner of the local runtime held to api-dry-run's timeout: a dry run still running after `ms`
 * answers DryRunTimeoutError, as on AWS, and is aborted as Lambda ends the function: no further step runs and no
 * further action is performed (the one under way finishes, its result unused). A timer ends a run that waits (for
 * I/O); the run's checkpoints (DryRunControl) end one that keeps the event loop busy, at the first state or answer
 * step past the deadline. `now` (milliseconds, monotonic) is the clock the deadline is read on.
 */
export const withDryRunDeadline = (
  runner: DryRunner,
  ms: number = DRY_RUN_LIMITS.functionSeconds * 1000,
  now: () => number = () => performance.now(),
): DryRunner => ({
  async dryRun(input) {
    const controller = new AbortController();
    const endsAt = now() + ms;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let expire: () => void = () => undefined;
    const deadline = new Promise<never>((_, reject) => {
      expire = () => {
        if (controller.signal.aborted) return;
        const timedOut = new DryRunTimeoutError();
        controller.abort(timedOut);
        reject(timedOut);
      };
      timer = setTimeout(expire, ms);
    });
    const checkpoint = (): void => {
      if (now() >= endsAt) expire();
    };
    try {
      return await Promise.race([runner.dryRun(input, { signal: controller.signal, checkpoint }), deadline]);
    } finally {
      clearTimeout(timer);
    }
  },
});
