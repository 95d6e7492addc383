import { randomUUID } from 'node:crypto';
import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import type { TaskInvocation, TaskInvoker } from '../../functions/engine/local-engine';
import type { EventPublisher, FileStore } from '../../functions/shared/ports';
import { inLane } from './dynalite/callbacks';
import { tenantScope } from './outbox';

/**
 * How the local engine performs Task states: Lambda resources call the same handler functions the deployed
 * Lambdas run (with a Lambda-like context object), `dynamodb:putItem` is a real PutItem on dynalite and
 * `events:putEvents` publishes on the local bus. Every call runs in the tenant's scope (outbox tagging).
 */

export type LambdaLike = (event: unknown, context: Context) => Promise<unknown>;

export interface LocalInvokerOptions {
  /** Function ARN -> handler. */
  readonly functions: ReadonlyMap<string, LambdaLike>;
  readonly dynamodb: DynamoDBClient;
  readonly bus: EventPublisher;
  /** The files bucket, served by the file store: `s3:getObject` and `s3:putObject` (Distributed Map). */
  readonly files?: { readonly bucket: string; readonly store: FileStore };
  /** Explains a missing function (e.g. which module failed to load). */
  readonly missing?: (functionArn: string) => string | undefined;
  readonly timeoutMs?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The tenant a task works for, from the payload shapes the compiler writes. */
export const tenantOfPayload = (payload: unknown): string | undefined => {
  if (!isRecord(payload)) return undefined;
  const meta = isRecord(payload.meta) ? payload.meta : undefined;
  if (typeof meta?.tenantId === 'string') return meta.tenantId;
  const context = isRecord(payload.context) ? payload.context : undefined;
  if (typeof context?.tenantId === 'string') return context.tenantId;
  const input = isRecord(payload.input) ? payload.input : undefined;
  const inputContext = input && isRecord(input.context) ? input.context : undefined;
  if (typeof inputContext?.tenantId === 'string') return inputContext.tenantId;
  const item = isRecord(payload.Item) ? payload.Item : undefined;
  const tenant = item && isRecord(item.tenantId) ? item.tenantId.S : undefined;
  if (typeof tenant === 'string') return tenant;
  const entries = Array.isArray(payload.Entries) ? payload.Entries : [];
  const detail = isRecord(entries[0]) ? entries[0].Detail : undefined;
  if (isRecord(detail) && typeof detail.tenantId === 'string') return detail.tenantId;
  return undefined;
};

const functionNameOf = (arnOrName: string): string =>
  arnOrName.split(':function:')[1]?.split(':')[0] ?? arnOrName;

export const lambdaContext = (functionArn: string, timeoutMs: number): Context => {
  const deadline = Date.now() + timeoutMs;
  const functionName = functionNameOf(functionArn);
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: functionArn,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
};

class ServiceError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export const createLocalInvoker = (options: LocalInvokerOptions): TaskInvoker => {
  const byName = new Map<string, LambdaLike>();
  for (const [arn, fn] of options.functions) byName.set(functionNameOf(arn), fn);

  const invokeFunction = async (call: TaskInvocation): Promise<unknown> => {
    const fn = options.functions.get(call.resource) ?? byName.get(functionNameOf(call.resource));
    if (!fn) {
      const why = options.missing?.(call.resource);
      throw new ServiceError(
        'Lambda.ResourceNotFoundException',
        `Function not found: ${call.resource}${why ? ` (${why})` : ''}`,
      );
    }
    // A Lambda receives a serialised copy of its event.
    const event = JSON.parse(JSON.stringify(call.payload ?? null)) as unknown;
    const result = await fn(event, lambdaContext(call.resource, options.timeoutMs ?? 900_000));
    return result === undefined ? null : (JSON.parse(JSON.stringify(result)) as unknown);
  };

  const bucketStore = (bucket: unknown): FileStore => {
    if (!options.files || bucket !== options.files.bucket)
      throw new ServiceError(
        'S3.NoSuchBucketException',
        `The specified bucket does not exist: ${String(bucket)}`,
      );
    return options.files.store;
  };

  const invokeService = async (call: TaskInvocation): Promise<unknown> => {
    const payload = isRecord(call.payload) ? call.payload : {};
    switch (call.resource) {
      case 'arn:aws:states:::dynamodb:putItem':
        try {
          await options.dynamodb.send(new PutItemCommand(payload as never));
          return {};
        } catch (error) {
          const name = error instanceof Error ? error.name : 'Error';
          throw new ServiceError(`DynamoDB.${name}`, error instanceof Error ? error.message : String(error));
        }
      case 'arn:aws:states:::events:putEvents': {
        const entries = (Array.isArray(payload.Entries) ? payload.Entries : []).filter(isRecord);
        const ids = entries.map(() => randomUUID());
        await options.bus.publish(
          entries.map((e, i) => {
            const detail = typeof e.Detail === 'string' ? (JSON.parse(e.Detail) as unknown) : e.Detail;
            if (!isRecord(detail) || typeof detail.tenantId !== 'string') {
              throw new ServiceError('EventBridge.FailedEntry', 'Event detail has no tenantId');
            }
            return {
              id: ids[i] as string,
              source: String(e.Source),
              detailType: String(e.DetailType),
              detail: detail as { tenantId: string } & Record<string, unknown>,
            };
          }),
        );
        return { Entries: ids.map((EventId) => ({ EventId })), FailedEntryCount: 0 };
      }
      case 'arn:aws:states:::s3:getObject': {
        const store = bucketStore(payload.Bucket);
        const body = await store.get(String(payload.Key));
        if (!body)
          throw new ServiceError(
            'S3.NoSuchKeyException',
            `The specified key does not exist: ${String(payload.Key)}`,
          );
        return { Body: Buffer.from(body).toString('utf8') };
      }
      case 'arn:aws:states:::s3:putObject': {
        const store = bucketStore(payload.Bucket);
        const body = typeof payload.Body === 'string' ? payload.Body : JSON.stringify(payload.Body ?? null);
        await store.put(String(payload.Key), body, 'application/json');
        return {};
      }
      default:
        throw new ServiceError('States.Runtime', `The local runtime has no integration for ${call.resource}`);
    }
  };

  return (call) => {
    const tenantId = tenantOfPayload(call.payload);
    const run = () => (call.kind === 'function' ? invokeFunction(call) : invokeService(call));
    // A run's work is background work: HTTP requests and the bus's deliveries (starts) go first (callbacks.ts).
    return inLane('background', () => (tenantId ? tenantScope.run(tenantId, run) : run()));
  };
};
