import { BatchGetCommand, BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Database } from '../../shared/ports';
import { POLICIES, retry } from '../../shared/retry';
import type { Item } from './keys';
import type { ItemKey } from './reads';

/**
 * Batch reads and writes that finish what DynamoDB leaves unprocessed. A 200 answer may leave keys or requests
 * unprocessed (throttled inside the batch), which the SDK does not retry: they are sent again with
 * POLICIES.unprocessedItems; what is still left after the last attempt is an error, never silently dropped.
 */

/** BatchGetItem takes at most 100 keys; BatchWriteItem 25 requests. */
const GET_BATCH = 100;
const WRITE_BATCH = 25;

export class UnprocessedItemsError extends Error {
  constructor(operation: string, left: number) {
    super(
      `${operation} left ${left} item(s) unprocessed after ${POLICIES.unprocessedItems.attempts} attempts`,
    );
    this.name = 'UnprocessedItemsError';
  }
}

/** Every item of these keys that exists (strongly consistent), in no particular order. */
export const batchGetAll = async (db: Database, keys: readonly ItemKey[]): Promise<Item[]> => {
  const found: Item[] = [];
  for (let i = 0; i < keys.length; i += GET_BATCH) {
    let pending: Item[] = keys.slice(i, i + GET_BATCH).map((k) => ({ ...k }));
    await retry(
      async () => {
        const out = await db.doc.send(
          new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: pending, ConsistentRead: true } } }),
        );
        found.push(...(out.Responses?.[db.tableName] ?? []));
        pending = (out.UnprocessedKeys?.[db.tableName]?.Keys as Item[] | undefined) ?? [];
        if (pending.length > 0) throw new UnprocessedItemsError('BatchGetItem', pending.length);
      },
      POLICIES.unprocessedItems,
      { retryOn: (error) => error instanceof UnprocessedItemsError },
    );
  }
  return found;
};

/** Writes every put and delete request (BatchWriteItem: no conditions, no order between requests). */
export const batchWriteAll = async (db: Database, requests: readonly Item[]): Promise<void> => {
  for (let i = 0; i < requests.length; i += WRITE_BATCH) {
    let pending: Item[] = requests.slice(i, i + WRITE_BATCH);
    await retry(
      async () => {
        const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: pending } }));
        pending = (out.UnprocessedItems?.[db.tableName] as Item[] | undefined) ?? [];
        if (pending.length > 0) throw new UnprocessedItemsError('BatchWriteItem', pending.length);
      },
      POLICIES.unprocessedItems,
      { retryOn: (error) => error instanceof UnprocessedItemsError },
    );
  }
};

/** Deletes every item of a partition (what is left of an entity once its main item is gone). */
export const deletePartition = async (db: Database, pk: string): Promise<void> => {
  let startKey: Item | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ProjectionExpression: 'pk, sk',
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    await batchWriteAll(
      db,
      (page.Items ?? []).map((i) => ({ DeleteRequest: { Key: { pk: i.pk, sk: i.sk } } })),
    );
    startKey = page.LastEvaluatedKey;
  } while (startKey);
};
