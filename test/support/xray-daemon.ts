import { createSocket, type Socket } from 'node:dgram';
import { Readable } from 'node:stream';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { vi } from 'vitest';

/**
 * A socket on loopback standing in for the X-Ray daemon Lambda runs beside a function, and the Lambda environment
 * the tracer reads (functions/shared/xray): every datagram is kept as its header line and its segment document.
 */

export interface XrayDocument {
  readonly id: string;
  readonly name: string;
  readonly trace_id: string;
  readonly parent_id: string;
  readonly type: string;
  readonly start_time: number;
  readonly end_time?: number;
  readonly in_progress?: boolean;
  readonly namespace?: string;
  readonly aws?: Record<string, unknown>;
  readonly http?: { request?: Record<string, unknown>; response?: Record<string, unknown> };
  readonly annotations?: Record<string, unknown>;
  readonly error?: boolean;
  readonly fault?: boolean;
  readonly throttle?: boolean;
  readonly cause?: {
    readonly working_directory: string;
    readonly exceptions: { id: string; message: string; type: string; remote: boolean; stack: unknown[] }[];
  };
}

export const TRACE_ID = '1-5759e988-bd862e3fe1be46a994272793';
export const LAMBDA_SEGMENT = '53995c3f42cd8ad8';
export const TRACE_HEADER = `Root=${TRACE_ID};Parent=${LAMBDA_SEGMENT};Sampled=1;Lineage=a87bd80c:0`;

export interface FakeDaemon {
  readonly headers: string[];
  readonly documents: XrayDocument[];
  close(): void;
}

/** Binds the daemon and sets Lambda's variables (the trace header of one invocation included). */
export const startDaemon = async (): Promise<FakeDaemon> => {
  const socket: Socket = createSocket('udp4');
  const headers: string[] = [];
  const documents: XrayDocument[] = [];
  socket.on('message', (message) => {
    const text = message.toString('utf8');
    const newline = text.indexOf('\n');
    headers.push(text.slice(0, newline));
    documents.push(JSON.parse(text.slice(newline + 1)) as XrayDocument);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'traced');
  vi.stubEnv('AWS_EXECUTION_ENV', 'AWS_Lambda_nodejs24.x');
  vi.stubEnv('LAMBDA_TASK_ROOT', '/var/task');
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  vi.stubEnv('_HANDLER', 'index.handler');
  vi.stubEnv('AWS_XRAY_DAEMON_ADDRESS', `127.0.0.1:${socket.address().port}`);
  vi.stubEnv('_X_AMZN_TRACE_ID', TRACE_HEADER);
  vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'traced');
  return { headers, documents, close: () => socket.close() };
};

export interface StubAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers?: Record<string, string>;
}

/** A DynamoDB client answering every call with `answer()`, keeping each request's headers; no network, no retry. */
export const stubbedDynamoDb = (answer: () => StubAnswer, sent: Record<string, string>[] = []) =>
  new DynamoDBClient({
    region: 'eu-west-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: {
      handle: async (request: { headers: Record<string, string> }) => {
        sent.push({ ...request.headers });
        const { status, body, headers } = answer();
        return {
          response: {
            statusCode: status,
            reason: '',
            headers: {
              'content-type': 'application/x-amz-json-1.0',
              'content-length': String(Buffer.byteLength(body)),
              ...headers,
            },
            body: Readable.from([Buffer.from(body)]),
          },
        };
      },
    },
  });
