import { randomUUID } from 'node:crypto';
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { WireResponse } from './store';

/**
 * DynamoDB for the AWS SDK without a socket: a request handler that hands each request's target and JSON body to
 * the local store in this process and gives back its JSON answer, so everything the SDK does above the wire
 * (marshalling, the JSON protocol, error mapping, retries) is exactly what it does against DynamoDB. The request
 * is not signed: nothing on the other side checks a signature (dynalite only checks that one is present).
 */

export const API_PREFIX = 'DynamoDB_20120810';

/** Answers one request: the operation (from X-Amz-Target) and the raw JSON body. */
export type WireHandler = (operation: string, text: string) => Promise<WireResponse>;

interface SdkRequest {
  readonly headers: Record<string, string | undefined>;
  readonly body?: unknown;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

const bodyText = (body: unknown): string => {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return decoder.decode(body);
  return '';
};

/** A @smithy HttpHandler (handle + destroy) over the store. */
export const inProcessRequestHandler = (handle: WireHandler) => ({
  async handle(request: SdkRequest) {
    const target = request.headers['x-amz-target'] ?? request.headers['X-Amz-Target'] ?? '';
    const [api, operation] = target.split('.');
    const answer: WireResponse =
      api === API_PREFIX && operation
        ? await handle(operation, bodyText(request.body))
        : { status: 400, body: { __type: 'com.amazon.coral.service#UnknownOperationException' } };
    return {
      response: {
        statusCode: answer.status,
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': randomUUID() },
        body: encoder.encode(JSON.stringify(answer.body)),
      },
    };
  },
  destroy() {},
});

export type InProcessRequestHandler = ReturnType<typeof inProcessRequestHandler>;

/** A DynamoDB client on the in-process handler (region and credentials are placeholders the SDK insists on). */
export const inProcessDynamoDbClient = (
  requestHandler: InProcessRequestHandler,
  options: { readonly region?: string; readonly maxAttempts?: number } = {},
): DynamoDBClient => {
  const client = new DynamoDBClient({
    region: options.region ?? 'us-east-1',
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    endpoint: 'http://dynalite.in-process',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    // Typed as the SDK's NodeHttpHandler; what it calls is handle() (and destroy() when the client is destroyed).
    requestHandler: requestHandler as unknown as NonNullable<DynamoDBClientConfig['requestHandler']>,
  });
  client.middlewareStack.remove('httpSigningMiddleware');
  return client;
};
