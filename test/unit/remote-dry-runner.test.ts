import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import type { DryRunner } from '../../functions/api/context';
import { DRY_RUN_LIMITS, DryRunTimeoutError, withDryRunDeadline } from '../../functions/api/dry-run-limits';
import { createLambdaDryRunner, dryRunClientConfig } from '../../functions/api/remote-dry-runner';
import { HttpError } from '../../functions/shared/errors';

/**
 * api-workflows' dry-run Invoke through the SDK's own client, built with dryRunClientConfig, against a local HTTP
 * server that answers as Lambda's Invoke endpoint does: every attempt the client makes reaches the server, so retries
 * are counted on the wire. The client's wait is shortened to 300 ms here; its real value is checked in
 * test/infra/resources-dry-run.test.ts against the synthesized template.
 */
type Answer = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server | undefined;
let requests: string[] = [];

const lambdaAt = async (answer: Answer): Promise<DryRunner> => {
  requests = [];
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => answer(req, res));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const client = new LambdaClient({
    ...dryRunClientConfig(300),
    endpoint: `http://127.0.0.1:${port}`,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });
  return createLambdaDryRunner({ functionName: 'dynaris-dev-api-dry-run', client });
};

afterEach(async () => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

const input = {
  tenantId: 'acme',
  workflowId: 'wf-1',
  timezone: 'UTC',
  definition: { name: 'w', trigger: { type: 'manual' }, steps: [] } as never,
  trigger: {},
};

const INVOKE = 'POST /2015-03-31/functions/dynaris-dev-api-dry-run/invocations';

const failureOf = async (runner: DryRunner): Promise<unknown> =>
  runner.dryRun(input).then(
    () => undefined,
    (error: unknown) => error,
  );

describe("api-workflows' Invoke of the dry-run function: one attempt, timeouts as 504", () => {
  it('GIVEN the dry-run function reaches its timeout (Invoke answers 200, FunctionError Unhandled, Sandbox.Timedout) WHEN a dry run is asked THEN it fails as a 504 naming the limit, after one Invoke', async () => {
    const runner = await lambdaAt((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
      res.end(
        JSON.stringify({
          errorType: 'Sandbox.Timedout',
          errorMessage: 'RequestId: 6f1e Error: Task timed out after 20.00 seconds',
        }),
      );
    });
    const error = await failureOf(runner);
    expect(error).toBeInstanceOf(DryRunTimeoutError);
    expect((error as HttpError).statusCode).toBe(504);
    expect((error as HttpError).message).toContain(`within ${DRY_RUN_LIMITS.functionSeconds} s`);
    expect(requests).toStrictEqual([INVOKE]);
  });

  it('GIVEN an older runtime’s timeout answer (no errorType, the message only) WHEN a dry run is asked THEN it is the same 504', async () => {
    const runner = await lambdaAt((_, res) => {
      res.writeHead(200, { 'x-amz-function-error': 'Unhandled' });
      res.end(
        JSON.stringify({ errorMessage: '2026-12-06T10:00:00.000Z 6f1e Task timed out after 20.02 seconds' }),
      );
    });
    expect(await failureOf(runner)).toBeInstanceOf(DryRunTimeoutError);
  });

  it('GIVEN an Invoke that never answers WHEN a dry run is asked THEN the client gives up after its wait as a 504, and does not try again (one request on the wire)', async () => {
    const runner = await lambdaAt(() => undefined);
    const error = await failureOf(runner);
    expect(error).toBeInstanceOf(DryRunTimeoutError);
    expect(requests).toStrictEqual([INVOKE]);
  });

  it('GIVEN Lambda throttles the Invoke (429 TooManyRequestsException) WHEN a dry run is asked THEN it fails as a 503 the client may retry, after one Invoke', async () => {
    const runner = await lambdaAt((_, res) => {
      res.writeHead(429, {
        'content-type': 'application/json',
        'x-amzn-errortype': 'TooManyRequestsException',
        'retry-after': '1',
      });
      res.end(JSON.stringify({ Type: 'User', message: 'Rate Exceeded.', Reason: 'CallerRateLimitExceeded' }));
    });
    const error = await failureOf(runner);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).statusCode).toBe(503);
    expect(requests).toStrictEqual([INVOKE]);
  });

  it('GIVEN the dry-run function crashes (FunctionError with another error type) WHEN a dry run is asked THEN it is not a timeout: an Error naming the function and the error type (a 500)', async () => {
    const runner = await lambdaAt((_, res) => {
      res.writeHead(200, { 'x-amz-function-error': 'Unhandled' });
      res.end(JSON.stringify({ errorType: 'TypeError', errorMessage: 'x is not a function' }));
    });
    const error = await failureOf(runner);
    expect(error).not.toBeInstanceOf(HttpError);
    expect(String(error)).toContain('The dry-run function failed (TypeError)');
  });

  it('GIVEN the local runtime’s in-process dry runner WHEN a dry run outlasts its limit THEN it fails as the same 504, and a dry run within it answers as before', async () => {
    const never: DryRunner = { dryRun: () => new Promise(() => undefined) };
    expect(await failureOf(withDryRunDeadline(never, 20))).toBeInstanceOf(DryRunTimeoutError);
    const quick: DryRunner = { dryRun: async () => ({ outcome: 'succeeded' }) };
    expect(await withDryRunDeadline(quick, 20).dryRun(input)).toStrictEqual({ outcome: 'succeeded' });
  });
});
