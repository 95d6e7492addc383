import type * as LambdaSdk from '@aws-sdk/client-lambda';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { lazyClient, onFirstUse } from '../adapters/lazy-sdk';
import { requireCommonJs } from '../shared/commonjs';
import { ENV } from '../shared/config';
import { traceClient } from '../shared/observability';
import { AWS_RETRY } from '../shared/retry';
import type { DryRunner } from './context';

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
 * api-workflows' dry runner on AWS: POST /workflows/{id}/test finds and validates the workflow here, then runs it in
 * the api-dry-run function (a synchronous Invoke with the definition, the trigger, the principal's tenant and its time
 * zone), which carries the engine and not the validator. The answer is the function's, unchanged; a function error
 * (a crash, a timeout) is thrown as an Error naming the function, the 500 the route answered when it ran there.
 */
export const createLambdaDryRunner = (options: {
  readonly functionName: string;
  readonly client?: LambdaClient;
}): DryRunner => {
  const lambda = lazyClient(
    loadLambdaSdk,
    (m) => traceClient(new m.LambdaClient({ ...AWS_RETRY })),
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
      );
      const body = decode(response.Payload);
      if (response.FunctionError) {
        const error = (typeof body === 'object' && body !== null ? body : {}) as FunctionErrorPayload;
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
