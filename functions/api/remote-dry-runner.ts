import type * as LambdaSdk from '@aws-sdk/client-lambda';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { lazyClient, onFirstUse } from '../adapters/lazy-sdk';
import { requireCommonJs } from '../shared/commonjs';
import { ENV } from '../shared/config';
import { ServiceUnavailableError } from '../shared/http';
import { traceClient } from '../shared/observability';
import { AWS_RETRY } from '../shared/retry';
import type { DryRunner } from './context';
import { DRY_RUN_LIMITS, DryRunTimeoutError } from './dry-run-limits';

/** @aws-sdk/client-lambda, loaded on the first dry run (`npm run bench -- lambdas` prints init + that load). */
const loadLambdaSdk = onFirstUse(async () => requireCommonJs('@aws-sdk/client-lambda') as typeof LambdaSdk);

/** What a Node.js function's unhandled error comes back as (Invoke's Payload when FunctionError is set). */
interface FunctionErrorPayload {
  readonly errorType?: unknown;
  readonly errorMessage?: unknown;
}

const decode = (payload: Uint8Array | undefined): unknown => {
  const text = payload ? new TextDecoder().decode(payload) : '';
  return text === '' ? null : (JSON.parse(text) as unknown);
};

/**
 * The Lambda client's configuration for dry runs (dry-run-limits.ts): one attempt, which waits at most `invokeMs`
 * (the function's timeout plus the call and a cold start) and then fails with the HTTP handler's TimeoutError.
 * Lambda itself does not retry a synchronous invocation; the SDK would retry a throttled call, a 5xx or a timed-out
 * socket, and a second attempt after a first that waited 25 s would outlive API Gateway's 29 s.
 */
export const dryRunClientConfig = (invokeMs: number = DRY_RUN_LIMITS.invokeMs) =>
  ({
    ...AWS_RETRY,
    maxAttempts: 1,
    requestHandler: { requestTimeout: invokeMs, throwOnRequestTimeout: true },
  }) as const;

/** Invoke's answer for a function that reached its timeout (RequestResponse: status 200, FunctionError set). */
const timedOut = (error: FunctionErrorPayload): boolean =>
  error.errorType === 'Sandbox.Timedout' ||
  (typeof error.errorMessage === 'string' && /\bTask timed out after\b/.test(error.errorMessage));

const nameOf = (error: unknown): unknown => (error instanceof Error ? error.name : undefined);

/**
 * api-workflows' dry runner on AWS: POST /workflows/{id}/test finds and validates the workflow here, then runs it in
 * the api-dry-run function (a synchronous Invoke with the definition, the trigger, the principal's tenant and its time
 * zone), which carries the engine and not the validator. The answer is the function's, unchanged. A run that reached
 * the function's timeout, or an Invoke that outwaited its own limit, is a 504 naming the limit; a throttled Invoke a
 * 503 (the client retries); any other function error (a crash) is thrown as an Error naming the function, a 500.
 */
export const createLambdaDryRunner = (options: {
  readonly functionName: string;
  readonly client?: LambdaClient;
}): DryRunner => {
  const lambda = lazyClient(
    loadLambdaSdk,
    (m) => traceClient(new m.LambdaClient(dryRunClientConfig())),
    options.client,
  );
  return {
    async dryRun(input) {
      const response = await lambda((m, client) =>
        client.send(
          new m.InvokeCommand({
            FunctionName: options.functionName,
            InvocationType: 'RequestResponse',
            Payload: new TextEncoder().encode(JSON.stringify(input)),
          }),
        ),
      ).catch((error: unknown) => {
        if (nameOf(error) === 'TimeoutError') throw new DryRunTimeoutError();
        if (nameOf(error) === 'TooManyRequestsException')
          throw new ServiceUnavailableError(
            'The dry-run function is busy (Lambda throttled the call); retry',
          );
        throw error;
      });
      const body = decode(response.Payload);
      if (response.FunctionError) {
        const error = (typeof body === 'object' && body !== null ? body : {}) as FunctionErrorPayload;
        if (timedOut(error)) throw new DryRunTimeoutError();
        throw new Error(
          `The dry-run function failed (${String(error.errorType ?? response.FunctionError)}): ${String(error.errorMessage ?? '')}`,
        );
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new Error('The dry-run function answered something other than a JSON object');
      return body as Record<string, unknown>;
    },
  };
};

/** The dry runner from DRY_RUN_FUNCTION (the stack sets it on api-workflows); unset, dry runs answer 501. */
export const lambdaDryRunnerFromEnv = (env: NodeJS.ProcessEnv = process.env): DryRunner | undefined => {
  const functionName = env[ENV.dryRunFunction];
  return functionName ? createLambdaDryRunner({ functionName }) : undefined;
};
