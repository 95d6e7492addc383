import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventBridgeClient, PutEventsCommand } from '../../functions/adapters/aws-lean/eventbridge';
import { GetObjectCommand, S3Client } from '../../functions/adapters/aws-lean/s3';
import { DescribeStateMachineCommand, SFNClient } from '../../functions/adapters/aws-lean/sfn';
import { parseAllowList } from '../../functions/agents/http/addresses';
import { sendGuarded } from '../../functions/agents/http/outbound';
import {
  type FakeDaemon,
  LAMBDA_SEGMENT,
  type StubAnswer,
  startDaemon,
  stubbedDynamoDb,
  TRACE_HEADER,
  TRACE_ID,
  type XrayDocument,
} from './xray-daemon';

/**
 * The segment documents a traced Lambda handler sends to the X-Ray daemon, as scenarios any tracer must pass:
 * Dynaris' own (functions/shared/xray, through observed()) and Powertools Tracer with the X-Ray SDK, which it
 * replaced, run the same ones (test/integration/tracing-xray*.test.ts). Fields per the AWS X-Ray developer guide
 * ("AWS X-Ray segment documents"): subsegments of Lambda's segment (the header's Parent), namespace aws with the
 * operation, http.response.status, error 4xx / fault 5xx / throttle, the cause's exceptions, end_time set.
 */

export interface Tracing {
  /** The handler wrapped as a deployed function wraps it. */
  readonly wrap: (work: () => Promise<unknown>) => (event: unknown, context: Context) => Promise<unknown>;
  readonly traceClient: <T>(client: T) => T;
}

export const tracingScenarios = (label: string, load: () => Promise<Tracing>): void => {
  describe(`X-Ray documents sent by ${label}`, () => {
    let daemon: FakeDaemon;
    let server: Server;
    let tracing: Tracing;
    beforeAll(async () => {
      daemon = await startDaemon();
      server = createServer((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('busy'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      tracing = await load();
    });
    afterAll(() => {
      vi.unstubAllEnvs();
      daemon.close();
      server.close();
    });

    let answer: StubAnswer = { status: 200, body: '{}' };
    const sent: Record<string, string>[] = [];
    const context = { functionName: 'traced', awsRequestId: 'r' } as Context;
    const client = () => tracing.traceClient(stubbedDynamoDb(() => answer, sent));
    const put = new PutItemCommand({ TableName: 'runs', Item: { pk: { S: 'a' } } });

    /** The documents of one invocation, its handler subsegment last. */
    const invoke = async (work: () => Promise<unknown>, count: number): Promise<XrayDocument[]> => {
      const from = daemon.documents.length;
      await tracing
        .wrap(work)({}, context)
        .catch(() => undefined);
      await vi.waitFor(() => expect(daemon.documents.length).toBe(from + count), { timeout: 5_000 });
      return daemon.documents.slice(from);
    };

    const dynamoError = (type: string, status: number): StubAnswer => ({
      status,
      body: JSON.stringify({
        __type: `com.amazonaws.dynamodb.v20120810#${type}`,
        message: `${type} message`,
      }),
      headers: { 'x-amzn-requestid': `REQ-${status}` },
    });

    it('GIVEN a cold environment WHEN the handler calls DynamoDB THEN the handler subsegment hangs under Lambda segment and the call under it, both closed, with the call fields and the trace header sent on', async () => {
      answer = { status: 200, body: '{}', headers: { 'x-amzn-requestid': 'REQ-1' } };
      const get = new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' } }, ConsistentRead: true });
      const dynamo = client();

      const [call, invocation] = await invoke(() => dynamo.send(get), 2);

      expect(daemon.headers.map((h) => JSON.parse(h))).toEqual([
        { format: 'json', version: 1 },
        { format: 'json', version: 1 },
      ]);
      expect(invocation).toMatchObject({
        name: '## index.handler',
        type: 'subsegment',
        trace_id: TRACE_ID,
        parent_id: LAMBDA_SEGMENT,
        annotations: { ColdStart: true, Service: 'traced' },
      });
      expect(invocation?.id).toMatch(/^[0-9a-f]{16}$/);
      expect(call).toMatchObject({
        name: 'DynamoDB',
        type: 'subsegment',
        trace_id: TRACE_ID,
        parent_id: invocation?.id,
        namespace: 'aws',
        aws: {
          operation: 'GetItem',
          region: 'eu-west-1',
          request_id: 'REQ-1',
          retries: 1,
          table_name: 't',
          consistent_read: true,
        },
        http: { response: { status: 200, content_length: 2 } },
      });
      for (const doc of [invocation, call]) {
        expect(doc?.end_time).toBeGreaterThanOrEqual(doc?.start_time ?? Number.POSITIVE_INFINITY);
        expect(doc?.in_progress).toBeUndefined();
        expect(doc).not.toHaveProperty('error');
        expect(doc).not.toHaveProperty('fault');
      }
      // The service's own segment joins the trace under the call's subsegment; Lambda's Lineage travels on.
      expect(sent.at(-1)?.['X-Amzn-Trace-Id']).toBe(
        `Root=${TRACE_ID};Parent=${call?.id};Sampled=1;Lineage=a87bd80c:0`,
      );
    });

    it('GIVEN a later invocation of the same environment WHEN it ends THEN its handler subsegment says ColdStart false', async () => {
      const [later] = await invoke(async () => 'ok', 1);

      expect(later?.annotations).toEqual({ ColdStart: false, Service: 'traced' });
    });

    it('GIVEN DynamoDB refuses a call with a 400 WHEN the handler lets the error through THEN the call has error and fault with the remote exception, and the handler subsegment the fault and the exception', async () => {
      answer = dynamoError('ValidationException', 400);
      const dynamo = client();

      const [call, invocation] = await invoke(() => dynamo.send(put), 2);

      expect(call).toMatchObject({
        name: 'DynamoDB',
        namespace: 'aws',
        parent_id: invocation?.id,
        aws: { operation: 'PutItem', request_id: 'REQ-400', table_name: 'runs' },
        http: { response: { status: 400 } },
        error: true,
        fault: true,
        cause: {
          exceptions: [{ type: 'ValidationException', message: 'ValidationException message', remote: true }],
        },
      });
      expect(call).not.toHaveProperty('throttle');
      expect(invocation).toMatchObject({
        name: '## index.handler',
        parent_id: LAMBDA_SEGMENT,
        fault: true,
        cause: {
          working_directory: process.cwd(),
          exceptions: [{ type: 'ValidationException', remote: false }],
        },
      });
      expect(invocation?.cause?.exceptions[0]?.stack.length).toBeGreaterThan(0);
    });

    it('GIVEN DynamoDB answers 500 or throttles WHEN called THEN the first is a fault without error and the second is throttled', async () => {
      const dynamo = client();
      answer = dynamoError('InternalServerError', 500);
      const [failed] = await invoke(() => dynamo.send(put), 2);
      answer = dynamoError('ThrottlingException', 400);
      const [throttled] = await invoke(() => dynamo.send(put), 2);

      expect(failed).toMatchObject({ fault: true, http: { response: { status: 500 } } });
      expect(failed).not.toHaveProperty('error');
      expect(throttled).toMatchObject({ throttle: true, error: true, aws: { operation: 'PutItem' } });
    });

    it('GIVEN a trace Lambda did not sample WHEN the handler calls DynamoDB THEN nothing reaches the daemon and the call still carries Sampled=0', async () => {
      answer = { status: 200, body: '{}' };
      const dynamo = client();
      vi.stubEnv('_X_AMZN_TRACE_ID', TRACE_HEADER.replace('Sampled=1', 'Sampled=0'));
      const before = daemon.documents.length;
      await tracing.wrap(() => dynamo.send(put))({}, context);
      vi.stubEnv('_X_AMZN_TRACE_ID', TRACE_HEADER);

      // A sampled invocation after it: its documents are the only new ones.
      const after = await invoke(async () => 'ok', 1);
      expect(daemon.documents.length).toBe(before + 1);
      expect(after[0]?.name).toBe('## index.handler');
      expect(sent.at(-1)?.['X-Amzn-Trace-Id']).toMatch(
        new RegExp(`^Root=${TRACE_ID};Parent=[0-9a-f]{16};Sampled=0;`),
      );
    });

    it('GIVEN an outbound HTTP request through the SSRF guard WHEN the server answers 503 THEN a remote subsegment names the host, method, URL without query and the status, as a fault', async () => {
      const { port } = server.address() as AddressInfo;
      const url = new URL(`http://127.0.0.1:${port}/hooks/a?token=secret`);
      const request = () =>
        sendGuarded(
          url,
          { method: 'POST', headers: {}, body: Buffer.from('{}'), signal: AbortSignal.timeout(5_000) },
          { what: 'http.request', allow: parseAllowList(['127.0.0.1']), maxBytes: 1_000 },
        );

      const [remote, invocation] = await invoke(request, 2);

      expect(remote).toMatchObject({
        name: '127.0.0.1',
        namespace: 'remote',
        parent_id: invocation?.id,
        trace_id: TRACE_ID,
        http: { request: { method: 'POST', url: 'http://127.0.0.1/hooks/a' }, response: { status: 503 } },
        fault: true,
      });
      expect(remote).not.toHaveProperty('error');
    });

    it('GIVEN the lean EventBridge client (functions/adapters/aws-lean) WHEN the handler publishes THEN its subsegment is filled as for a stock client: EventBridge, PutEvents, region, request id, status, the trace header sent on', async () => {
      const headers: Record<string, string>[] = [];
      const body = '{"FailedEntryCount":0,"Entries":[{"EventId":"e-1"}]}';
      const requestHandler = {
        handle: async (request: { headers: Record<string, string> }) => {
          headers.push({ ...request.headers });
          const response = {
            statusCode: 200,
            headers: { 'x-amzn-requestid': 'REQ-EB', 'content-length': String(body.length) },
            body: Readable.from([Buffer.from(body)]),
          };
          return { response };
        },
      };
      const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
      const config = { region: 'eu-west-1', credentials, maxAttempts: 1, retryMode: 'standard' } as const;
      const lean = tracing.traceClient(
        new EventBridgeClient({ ...config, requestHandler: requestHandler as never }),
      );
      const publish = new PutEventsCommand({ Entries: [{ Source: 's', DetailType: 'd', Detail: '{}' }] });

      const [call, invocation] = await invoke(() => lean.run(publish), 2);

      expect(call).toMatchObject({
        name: 'EventBridge',
        namespace: 'aws',
        trace_id: TRACE_ID,
        parent_id: invocation?.id,
        aws: { operation: 'PutEvents', region: 'eu-west-1', request_id: 'REQ-EB', retries: 1 },
        http: { response: { status: 200, content_length: body.length } },
      });
      expect(headers.at(-1)?.['X-Amzn-Trace-Id']).toContain(`Root=${TRACE_ID};Parent=${call?.id};Sampled=1`);
    });

    it('GIVEN the lean S3 client WHEN the handler reads an object THEN its subsegment is an S3 GetObject with the bucket, key, request ids and status, the trace header sent on', async () => {
      const headers: Record<string, string>[] = [];
      const requestHandler = {
        handle: async (request: { headers: Record<string, string> }) => {
          headers.push({ ...request.headers });
          const response = {
            statusCode: 200,
            headers: { 'x-amz-request-id': 'REQ-S3', 'x-amz-id-2': 'ID-2', 'content-length': '5' },
            body: Readable.from([Buffer.from('hello')]),
          };
          return { response };
        },
      };
      const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
      const config = { region: 'eu-west-1', credentials, maxAttempts: 1, retryMode: 'standard' } as const;
      const lean = tracing.traceClient(new S3Client({ ...config, requestHandler: requestHandler as never }));
      const read = new GetObjectCommand({ Bucket: 'dynaris-files', Key: 't-1/a.txt' });

      const [call, invocation] = await invoke(() => lean.run(read), 2);

      expect(call).toMatchObject({
        name: 'S3',
        namespace: 'aws',
        trace_id: TRACE_ID,
        parent_id: invocation?.id,
        aws: {
          operation: 'GetObject',
          region: 'eu-west-1',
          request_id: 'REQ-S3',
          id_2: 'ID-2',
          bucket_name: 'dynaris-files',
          key: 't-1/a.txt',
        },
        http: { response: { status: 200 } },
      });
      expect(headers.at(-1)?.['X-Amzn-Trace-Id']).toContain(`Root=${TRACE_ID};Parent=${call?.id};Sampled=1`);
    });

    it('GIVEN the lean Step Functions client WHEN the handler describes a state machine THEN its subsegment is an SFN DescribeStateMachine with the region, request id and status, the trace header sent on', async () => {
      const headers: Record<string, string>[] = [];
      const body = '{"stateMachineArn":"arn:aws:states:eu-west-1:1:stateMachine:m","status":"ACTIVE"}';
      const requestHandler = {
        handle: async (request: { headers: Record<string, string> }) => {
          headers.push({ ...request.headers });
          const response = {
            statusCode: 200,
            headers: { 'x-amzn-requestid': 'REQ-SFN', 'content-length': String(body.length) },
            body: Readable.from([Buffer.from(body)]),
          };
          return { response };
        },
      };
      const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
      const config = { region: 'eu-west-1', credentials, maxAttempts: 1, retryMode: 'standard' } as const;
      const lean = tracing.traceClient(new SFNClient({ ...config, requestHandler: requestHandler as never }));
      const describe = new DescribeStateMachineCommand({
        stateMachineArn: 'arn:aws:states:eu-west-1:1:stateMachine:m',
      });

      const [call, invocation] = await invoke(() => lean.run(describe), 2);

      expect(call).toMatchObject({
        name: 'SFN',
        namespace: 'aws',
        trace_id: TRACE_ID,
        parent_id: invocation?.id,
        aws: { operation: 'DescribeStateMachine', region: 'eu-west-1', request_id: 'REQ-SFN', retries: 1 },
        http: { response: { status: 200, content_length: body.length } },
      });
      expect(headers.at(-1)?.['X-Amzn-Trace-Id']).toContain(`Root=${TRACE_ID};Parent=${call?.id};Sampled=1`);
    });
  });
};
