import {
  BatchWriteCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';

/** The local store's capacity meter: what DynamoDB would bill for each request, table and index entries included. */
let db: TestDatabase;
const units = () => {
  const c = db.dynalite.stats().capacity;
  if (!c) throw new Error('meter off');
  return { w: c.writeUnits, r: c.readUnits };
};
const billed = async (send: () => Promise<unknown>) => {
  const before = units();
  await send().catch(() => undefined);
  const after = units();
  return { w: after.w - before.w, r: after.r - before.r };
};

beforeAll(async () => {
  db = await startTestDatabase({ meterCapacity: true });
});
afterAll(async () => {
  await db?.close();
});

const T = () => db.tableName;
const setOnA = (expression: string, values: Record<string, unknown>) =>
  db.doc.send(
    new UpdateCommand({
      TableName: T(),
      Key: { pk: 'T#t#X#a', sk: 'X' },
      UpdateExpression: expression,
      ExpressionAttributeValues: values,
    }),
  );
const indexed = (id: string, extra: Record<string, unknown> = {}) => ({
  pk: `T#t#X#${id}`,
  sk: 'X',
  gsi1pk: 'T#t#XS',
  gsi1sk: id,
  gsi2pk: 'T#t#XS2',
  gsi2sk: id,
  ...extra,
});

describe('capacity meter of the local DynamoDB', () => {
  it('GIVEN an item in both indexes WHEN put, updated and re-keyed THEN the item and each index entry bill their units', async () => {
    expect(await billed(() => db.doc.send(new PutCommand({ TableName: T(), Item: indexed('a') })))).toEqual({
      w: 3,
      r: 0,
    });
    // Over 1 KB: 2 units for the item and each entry.
    const big = 'x'.repeat(1100);
    expect(await billed(() => setOnA('SET body = :b', { ':b': big }))).toEqual({ w: 6, r: 0 });
    // gsi1's key changes: its old entry deleted and the new one put (2 + 2); gsi2's entry rewritten (2); item 2.
    expect(await billed(() => setOnA('SET gsi1sk = :k', { ':k': 'b' }))).toEqual({ w: 2 + 4 + 2, r: 0 });
  });

  it('GIVEN a failed conditional put, a batch and a transaction WHEN metered THEN the failure bills 1, the batch each item, the transaction 2 an item with its entries at 1', async () => {
    const failed = await billed(() =>
      db.doc.send(
        new PutCommand({
          TableName: T(),
          Item: indexed('a'),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    expect(failed.w).toBe(2); // the stored item is over 1 KB
    const batch = await billed(() =>
      db.doc.send(
        new BatchWriteCommand({
          RequestItems: {
            [T()]: [
              { PutRequest: { Item: { pk: 'T#t#P#1', sk: 'P' } } },
              { PutRequest: { Item: indexed('c') } },
            ],
          },
        }),
      ),
    );
    expect(batch.w).toBe(1 + 3);
    const tx = await billed(() =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: T(), Item: indexed('d') } },
            {
              ConditionCheck: {
                TableName: T(),
                Key: { pk: 'T#t#P#1', sk: 'P' },
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
          ],
        }),
      ),
    );
    expect(tx.w).toBe(2 + 2 + 2);
  });

  it('GIVEN a Query with a projection WHEN metered THEN it bills the full items it read, summed before rounding', async () => {
    const read = await billed(() =>
      db.doc.send(
        new QueryCommand({
          TableName: T(),
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :p',
          ExpressionAttributeValues: { ':p': 'T#t#XS2' },
          ProjectionExpression: 'pk',
        }),
      ),
    );
    // a (~1.2 KB), c, d: under 4 KB together, eventually consistent
    expect(read).toEqual({ w: 0, r: 0.5 });
  });
});
