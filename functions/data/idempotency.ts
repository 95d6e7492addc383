import { createHash, randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NonRetriableError, RetriableError } from '../shared/errors';
import type { Clock, Database } from '../shared/ports';
import { systemClock } from '../shared/ports';
import { isConditionalCheckFailed } from './repository';
import { tenantKey } from './table';

/**
 * Exactly-once effects for retried work (Step Functions retries, duplicated events), by conditional writes:
 *
 *   pk T#<t>#IDEMPOTENCY#<sha256(key)>   sk IDEMPOTENCY
 *   status IN_PROGRESS | COMPLETED, attemptId, lockedUntil (epoch s), result (JSON), ttl (epoch s)
 *
 * The first caller claims the key (IN_PROGRESS, with a lock that expires so a crashed attempt does not block the
 * key forever), runs the work and stores its result (COMPLETED). Later callers get the stored result without
 * running the work; a caller arriving while the first is still running gets IdempotencyInProgressError
 * (retriable). Records live `ttlSeconds` (default 2 days: longer than Step Functions, EventBridge and Scheduler
 * retry windows); readers ignore expired records even before DynamoDB's TTL deletes them.
 */

export const DEFAULT_IDEMPOTENCY_TTL_SECONDS = 86_400 * 2;
export const MIN_IDEMPOTENCY_TTL_SECONDS = 86_400;
/** How long an attempt may hold the key before another attempt may take over (longest agent timeout + margin). */
export const DEFAULT_LOCK_SECONDS = 15 * 60;
/** Results larger than this are not stored (items are limited to 400 KB); replays of them are refused. */
const MAX_RESULT_BYTES = 300_000;

export class IdempotencyInProgressError extends RetriableError {
  constructor(key: string) {
    super(`Another attempt of ${key} is still in progress; retry later`);
  }
}

export interface IdempotencyOptions {
  readonly tenantId: string;
  /** Unique per unit of work, e.g. `<executionId>#<stepId>#<itemIndex>`. */
  readonly key: string;
  readonly ttlSeconds?: number;
  readonly lockSeconds?: number;
  readonly clock?: Clock;
  /** Called when the stored result is returned instead of running the work. */
  readonly onReplay?: () => void;
  /**
   * Called before the work runs again when an earlier attempt claimed the key and stopped without a result (its
   * process was killed, or its lock ran out): that attempt may already have acted.
   */
  readonly onInterrupted?: () => Promise<void> | void;
  /** Called when the work succeeded but its result could not be stored (the result is returned all the same). */
  readonly onResultNotStored?: (error: unknown) => void;
}

interface IdempotencyRecord {
  status: 'IN_PROGRESS' | 'COMPLETED';
  attemptId: string;
  lockedUntil: number;
  ttl: number;
  result?: string;
  resultOmitted?: boolean;
}

export const idempotencyKey = (tenantId: string, key: string) => ({
  pk: tenantKey(tenantId, 'IDEMPOTENCY', createHash('sha256').update(key).digest('base64url')),
  sk: 'IDEMPOTENCY',
});

export const withIdempotency = async <T>(
  db: Database,
  options: IdempotencyOptions,
  fn: () => Promise<T>,
): Promise<T> => {
  const clock = options.clock ?? systemClock;
  const ttlSeconds = Math.max(
    options.ttlSeconds ?? DEFAULT_IDEMPOTENCY_TTL_SECONDS,
    MIN_IDEMPOTENCY_TTL_SECONDS,
  );
  const lockSeconds = options.lockSeconds ?? DEFAULT_LOCK_SECONDS;
  const Key = idempotencyKey(options.tenantId, options.key);
  const attemptId = randomUUID();
  const now = Math.floor(clock.now().getTime() / 1000);

  let interrupted = false;
  try {
    const claimed = await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        ReturnValues: 'ALL_OLD',
        Item: {
          ...Key,
          type: 'idempotency',
          tenantId: options.tenantId,
          status: 'IN_PROGRESS',
          attemptId,
          lockedUntil: now + lockSeconds,
          ttl: now + ttlSeconds,
        },
        ConditionExpression:
          'attribute_not_exists(pk) OR #ttl < :now OR (#status = :inProgress AND lockedUntil < :now)',
        ExpressionAttributeNames: { '#ttl': 'ttl', '#status': 'status' },
        ExpressionAttributeValues: { ':now': now, ':inProgress': 'IN_PROGRESS' },
      }),
    );
    interrupted = (claimed.Attributes as IdempotencyRecord | undefined)?.status === 'IN_PROGRESS';
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const existing = (
      await db.doc.send(new GetCommand({ TableName: db.tableName, Key, ConsistentRead: true }))
    ).Item as IdempotencyRecord | undefined;
    if (existing?.status === 'COMPLETED') {
      if (existing.resultOmitted || existing.result === undefined) {
        throw new NonRetriableError(`${options.key} already completed; its result was too large to keep`);
      }
      options.onReplay?.();
      return JSON.parse(existing.result) as T;
    }
    throw new IdempotencyInProgressError(options.key);
  }

  let result: T;
  try {
    if (interrupted) await options.onInterrupted?.();
    result = await fn();
  } catch (error) {
    // Release the key so that a retry can try again; only this attempt's claim is removed.
    await db.doc
      .send(
        new DeleteCommand({
          TableName: db.tableName,
          Key,
          ConditionExpression: 'attemptId = :attempt',
          ExpressionAttributeValues: { ':attempt': attemptId },
        }),
      )
      .catch(() => undefined);
    throw error;
  }

  const json = JSON.stringify(result ?? null);
  const omitted = Buffer.byteLength(json) > MAX_RESULT_BYTES;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key,
        UpdateExpression: omitted
          ? 'SET #status = :completed, resultOmitted = :true, completedAt = :at'
          : 'SET #status = :completed, #result = :result, completedAt = :at',
        ConditionExpression: 'attemptId = :attempt',
        ExpressionAttributeNames: omitted
          ? { '#status': 'status' }
          : { '#status': 'status', '#result': 'result' },
        ExpressionAttributeValues: {
          ':completed': 'COMPLETED',
          ':attempt': attemptId,
          ':at': clock.now().toISOString(),
          ...(omitted ? { ':true': true } : { ':result': json }),
        },
      }),
    );
  } catch (error) {
    // Conditional failure: another attempt took over after our lock expired and its result is the stored one.
    // Anything else: the effect has happened, so failing now would only make the caller retry it.
    if (!isConditionalCheckFailed(error)) options.onResultNotStored?.(error);
  }
  return result;
};
