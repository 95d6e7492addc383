import { createSocket, type Socket } from 'node:dgram';
import { Readable } from 'node:stream';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The Tracer as Lambda runs it (functions/shared/tracing.ts, loaded through its CommonJS build): the X-Ray SDK in
 * Lambda mode sends each closed subsegment to the daemon over UDP, here a socket on loopback standing in for the
 * daemon Lambda runs beside the function. No AWS call leaves the process: the client answers from a stub handler.
 */

interface Document {
  readonly name: string;
  readonly trace_id: string;
  readonly namespace?: string;
  readonly aws?: { readonly operation?: string };
  readonly annotations?: Record<string, unknown>;
}

const TRACE_ID = '1-5759e988-bd862e3fe1be46a994272793';
let daemon: Socket;
const received: Document[] = [];

beforeAll(async () => {
  daemon = createSocket('udp4');
  daemon.on('message', (message) => {
    // "{header}\n{document}" per datagram (the X-Ray daemon protocol).
    const body = message.toString('utf8').split('\n')[1];
    if (body) received.push(JSON.parse(body) as Document);
  });
  await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
  vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'traced');
  vi.stubEnv('AWS_EXECUTION_ENV', 'AWS_Lambda_nodejs24.x');
  vi.stubEnv('LAMBDA_TASK_ROOT', '/var/task');
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  vi.stubEnv('_HANDLER', 'index.handler');
  vi.stubEnv('AWS_XRAY_DAEMON_ADDRESS', `127.0.0.1:${daemon.address().port}`);
  vi.stubEnv('_X_AMZN_TRACE_ID', `Root=${TRACE_ID};Parent=53995c3f42cd8ad8;Sampled=1`);
  vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'traced');
});

afterAll(() => {
  vi.unstubAllEnvs();
  daemon.close();
});

const stubbedDynamoDb = () =>
  new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: {
      handle: async () => ({
        response: {
          statusCode: 200,
          reason: 'OK',
          headers: { 'content-type': 'application/x-amz-json-1.0' },
          body: Readable.from([Buffer.from('{}')]),
        },
      }),
    },
  });

describe('X-Ray tracing in Lambda', () => {
  it('GIVEN the Lambda environment WHEN a handler made by observed() calls a client passed through traceClient THEN the daemon receives the handler subsegment and the SDK call subsegment of that trace', async () => {
    const { observed, traceClient } = await import('../../functions/shared/observability');
    const client = traceClient(stubbedDynamoDb());
    const handler = observed(
      async () => client.send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' } } })),
      new Logger({ logLevel: 'ERROR' }),
    );

    await handler({}, { functionName: 'traced', awsRequestId: 'r-1' } as Context);
    await vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(2), { timeout: 5_000 });

    const call = received.find((d) => d.name === 'DynamoDB');
    expect(call).toMatchObject({ namespace: 'aws', aws: { operation: 'GetItem' }, trace_id: TRACE_ID });
    const invocation = received.find((d) => d.name === '## index.handler');
    expect(invocation).toMatchObject({
      trace_id: TRACE_ID,
      annotations: { ColdStart: true, Service: 'traced' },
    });
  });
});
