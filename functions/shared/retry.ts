/**
 * Retries, written down once.
 *
 * AWS calls are retried by the SDK and by nothing else. Every client is built with AWS_RETRY: the SDK's standard
 * strategy, AWS_MAX_ATTEMPTS = 3 attempts (the call and 2 retries) for throttling, 5xx, timeouts and transient
 * network errors, full-jitter exponential backoff from 100 ms (so at most about 0.3 s of waiting per call before the
 * error reaches our code), and the SDK's retry-token bucket that stops retrying when a service keeps failing. Code
 * never wraps an SDK call in another retry loop: 6 retries of a call the SDK already tries 3 times made 18 calls and
 * up to 20 s of backoff per start in the dispatcher. What still fails goes to the caller's own retry: Step Functions
 * Retry for tasks (statemachines/compile/policy.ts), Lambda's async retries and DLQs for bus targets, the HTTP
 * client's retry for the API (a 503).
 *
 * Everything else that is worth retrying at once (lost optimistic-concurrency races, entries a batch call left
 * unprocessed or failed) goes through retry() with one of the POLICIES below: full-jitter exponential backoff,
 * a fixed number of attempts, and therefore a bounded total wait (maxTotalDelayMs).
 */

export const AWS_MAX_ATTEMPTS = 3;

/** The retry settings of every AWS SDK client (`new XClient({ ...AWS_RETRY })`). */
export const AWS_RETRY = { maxAttempts: AWS_MAX_ATTEMPTS, retryMode: 'standard' } as const;

export interface Backoff {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** The cap of the first pause; each later pause doubles it, up to maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * The retry policies of the code, each with its worst-case total wait (the sum of the pause caps):
 * - versionConflict: a record updated concurrently, re-read and written again: 8 attempts, at most 0.5 s.
 * - invoiceNumber: concurrent invoices race for the next number: 200 attempts, at most 4.9 s.
 * - unprocessedItems: DynamoDB batch calls that leave items unprocessed (throttled within a 200 answer, which the
 *   SDK does not retry): 8 attempts, at most 3.6 s.
 * - failedPutEvents: PutEvents entries that failed inside a 200 answer: 5 attempts, at most 3 s.
 * - taskResume: resuming a run after an approval decision was recorded (SendTaskSuccess/SendTaskFailure through
 *   the engine port): 3 attempts, at most 0.3 s. The one engine call retried in code, on purpose: the decision is
 *   already stored exactly once, so a throttled resume is tried again before the caller gets a 503 (the local engine
 *   has no SDK retry under it; on AWS each attempt is an SDK call with its own 3).
 */
export const POLICIES = {
  versionConflict: { attempts: 8, baseDelayMs: 10, maxDelayMs: 100 },
  invoiceNumber: { attempts: 200, baseDelayMs: 2, maxDelayMs: 25 },
  unprocessedItems: { attempts: 8, baseDelayMs: 50, maxDelayMs: 1000 },
  failedPutEvents: { attempts: 5, baseDelayMs: 200, maxDelayMs: 2000 },
  taskResume: { attempts: 3, baseDelayMs: 100, maxDelayMs: 200 },
} as const satisfies Record<string, Backoff>;

/** The pause before retry number `retry` (1 = the first retry): full jitter, random in [0, cap). */
export const backoffDelay = (retry: number, policy: Backoff, random: () => number = Math.random): number =>
  Math.floor(random() * pauseCap(retry, policy));

const pauseCap = (retry: number, policy: Backoff): number =>
  Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));

/** The longest a policy can wait in all: the sum of every pause's cap. */
export const maxTotalDelayMs = (policy: Backoff): number => {
  let total = 0;
  for (let retry = 1; retry < policy.attempts; retry++) total += pauseCap(retry, policy);
  return total;
};

export interface RetryOptions {
  /** Whether this error is worth another attempt; anything else is thrown at once. */
  readonly retryOn: (error: unknown) => boolean;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `action` (given the attempt number, from 1) until it succeeds, the error is not retryable, or attempts run out. */
export const retry = async <T>(
  action: (attempt: number) => Promise<T>,
  policy: Backoff,
  options: RetryOptions,
): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action(attempt);
    } catch (error) {
      if (attempt >= policy.attempts || !options.retryOn(error)) throw error;
      await (options.sleep ?? wait)(backoffDelay(attempt, policy, options.random));
    }
  }
};

const TRANSIENT = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'InternalFailure',
  'RetriableError',
  'TimeoutError',
]);

/**
 * Throttling, 5xx and network errors: a later try may succeed. For deciding what to hand back to a caller that
 * retries (the provisioner rethrows these for the stream to redeliver), not for retrying an SDK call again here.
 */
export const isTransient = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const meta = (error as { $metadata?: { httpStatusCode?: number }; $retryable?: unknown }).$metadata;
  if (TRANSIENT.has(error.name)) return true;
  if ((error as { $retryable?: unknown }).$retryable) return true;
  if (meta?.httpStatusCode !== undefined && meta.httpStatusCode >= 500) return true;
  return ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED'].includes(
    (error as { code?: string }).code ?? '',
  );
};
