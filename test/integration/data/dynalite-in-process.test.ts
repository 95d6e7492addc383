import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../functions/data/client';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/** One store, two ways in: the in-process request handler (what the runtime uses) and HTTP on loopback. */
describe('dynalite through the in-process request handler', () => {
  let db: TestDatabase;
  let overHttp: ReturnType<typeof createDocumentClient>;

  beforeAll(async () => {
    db = await startTestDatabase();
    overHttp = createDocumentClient({
      client: new DynamoDBClient({
        endpoint: db.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
        maxAttempts: 1,
      }),
    });
  });
  afterAll(async () => {
    overHttp.destroy();
    await db.close();
  });

  it('GIVEN an item written in process WHEN read over HTTP THEN it is the same item (one store)', async () => {
    const item = {
      pk: 'T#t#X#1',
      sk: 'X',
      type: 'x',
      n: 12.5,
      tags: ['a', 'b'],
      nested: { deep: [1, { k: 'v' }] },
    };
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: item }));
    const read = await overHttp.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: 'T#t#X#1', sk: 'X' }, ConsistentRead: true }),
    );
    expect(read.Item).toStrictEqual(item);
  });

  it('GIVEN a failing condition WHEN sent in process and over HTTP THEN both raise the same DynamoDB error', async () => {
    const put = new PutCommand({
      TableName: db.tableName,
      Item: { pk: 'T#t#X#1', sk: 'X' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    const inProcess = await db.doc.send(put).catch((e: Error) => e);
    const http = await overHttp.send(put).catch((e: Error) => e);
    expect(inProcess).toBeInstanceOf(Error);
    expect([(inProcess as Error).name, (inProcess as Error).message]).toStrictEqual([
      (http as Error).name,
      (http as Error).message,
    ]);
    expect((inProcess as Error).name).toBe('ConditionalCheckFailedException');
  });

  it('GIVEN an invalid request WHEN sent in process THEN the SDK gets DynamoDB’s ValidationException, not a crash', async () => {
    const error = await db.doc
      .send(new GetCommand({ TableName: db.tableName, Key: { pk: 'only-half-the-key' } }))
      .catch((e: Error) => e);
    expect((error as Error).name).toBe('ValidationException');
  });

  it('GIVEN writes of every kind WHEN the stats are read THEN requests count by operation and items by item', async () => {
    const before = db.dynalite.stats();
    await db.doc.send(
      new BatchWriteCommand({
        RequestItems: {
          [db.tableName]: [1, 2, 3].map((i) => ({ PutRequest: { Item: { pk: `T#t#B#${i}`, sk: 'B' } } })),
        },
      }),
    );
    await db.doc.send(new GetCommand({ TableName: db.tableName, Key: { pk: 'T#t#B#1', sk: 'B' } }));
    const after = db.dynalite.stats();
    expect((after.requests.BatchWriteItem ?? 0) - (before.requests.BatchWriteItem ?? 0)).toBe(1);
    expect((after.requests.GetItem ?? 0) - (before.requests.GetItem ?? 0)).toBe(1);
    expect(after.itemsWritten - before.itemsWritten).toBe(3);
  });
});
