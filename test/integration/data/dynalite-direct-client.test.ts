import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, UnstorableValueError } from '../../../functions/data/client';
import { sendDirectly } from '../../../infra/local/dynalite/direct-client';
import { inProcessDynamoDbClient } from '../../../infra/local/dynalite/sdk-handler';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/** The direct document client (data commands without the SDK's middleware) answers as the SDK does. */
describe('the direct document client', () => {
  let db: TestDatabase;
  let viaSdk: ReturnType<typeof createDocumentClient>;

  beforeAll(async () => {
    db = await startTestDatabase();
    viaSdk = createDocumentClient({
      client: inProcessDynamoDbClient(db.dynalite.requestHandler, { maxAttempts: 1 }),
    });
  });
  afterAll(async () => {
    viaSdk.destroy();
    await db.close();
  });

  const key = (id: string) => ({ pk: `T#t#D#${id}`, sk: 'D' });

  it('GIVEN an item with numbers, lists, maps and sets WHEN written directly and read both ways THEN both reads are the same item', async () => {
    const item = {
      ...key('1'),
      type: 'd',
      n: 12.5,
      big: 2 ** 40,
      list: [1, 'x', { k: true }],
      tags: new Set(['a', 'b']),
      none: null,
    };
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: item }));
    const read = new GetCommand({ TableName: db.tableName, Key: key('1'), ConsistentRead: true });
    const direct = await db.doc.send(read);
    const sdk = await viaSdk.send(
      new GetCommand({ TableName: db.tableName, Key: key('1'), ConsistentRead: true }),
    );
    expect(direct.Item).toStrictEqual(sdk.Item);
    expect(direct.Item).toStrictEqual(item);
    expect(direct.$metadata.httpStatusCode).toBe(200);
  });

  it('GIVEN a query over several items WHEN sent directly THEN items, count and the next page key are the SDK answer', async () => {
    for (const i of [1, 2, 3]) {
      await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'T#t#Q', sk: `Q#${i}`, i } }));
    }
    const query = () =>
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'T#t#Q' },
        Limit: 2,
      });
    const direct = await db.doc.send(query());
    const sdk = await viaSdk.send(query());
    expect({ items: direct.Items, count: direct.Count, next: direct.LastEvaluatedKey }).toStrictEqual({
      items: sdk.Items,
      count: sdk.Count,
      next: sdk.LastEvaluatedKey,
    });
    expect(direct.LastEvaluatedKey).toStrictEqual({ pk: 'T#t#Q', sk: 'Q#2' });
  });

  it('GIVEN a condition that fails WHEN sent directly THEN it throws the ConditionalCheckFailedException the SDK throws', async () => {
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { ...key('2'), v: 1 } }));
    const update = () =>
      new UpdateCommand({
        TableName: db.tableName,
        Key: key('2'),
        UpdateExpression: 'SET v = :n',
        ConditionExpression: 'v = :old',
        ExpressionAttributeValues: { ':n': 3, ':old': 2 },
      });
    const shape = (e: unknown) => {
      const failed = e as ConditionalCheckFailedException;
      return [failed.name, failed.$fault, failed.$metadata.httpStatusCode, failed.message, failed.Item];
    };
    const direct = await db.doc.send(update()).catch((e: unknown) => e);
    const sdk = await viaSdk.send(update()).catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(ConditionalCheckFailedException);
    expect(shape(direct)).toStrictEqual(shape(sdk));
    expect(shape(direct).slice(0, 3)).toStrictEqual(['ConditionalCheckFailedException', 'client', 400]);
  });

  it('GIVEN a transaction whose second condition fails WHEN sent directly THEN TransactionCanceledException names the reason per item and nothing is written', async () => {
    const error = await db.doc
      .send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: db.tableName, Item: { ...key('3'), v: 1 } } },
            {
              Put: {
                TableName: db.tableName,
                Item: { ...key('2'), v: 9 },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error as TransactionCanceledException).CancellationReasons?.map((r) => r.Code)).toStrictEqual([
      'None',
      'ConditionalCheckFailed',
    ]);
    const read = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: key('3'), ConsistentRead: true }),
    );
    expect(read.Item).toBeUndefined();
  });

  it('GIVEN a number no item can hold WHEN put directly THEN it is refused as an unstorable value', async () => {
    const error = await db.doc
      .send(new PutCommand({ TableName: db.tableName, Item: { ...key('4'), n: 2 ** 60 } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnstorableValueError);
  });

  it('GIVEN a binary attribute WHEN put and read THEN it goes through the SDK and comes back as bytes', async () => {
    const bytes = new Uint8Array([0, 1, 254, 255]);
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { ...key('5'), bytes } }));
    const read = await viaSdk.send(
      new GetCommand({ TableName: db.tableName, Key: key('5'), ConsistentRead: true }),
    );
    expect(read.Item?.bytes).toStrictEqual(bytes);
  });

  it('GIVEN attributes named B and BS, and bytes nested in a map WHEN put directly THEN each reads back as written', async () => {
    const named = { ...key('6'), B: 'text', BS: ['a'], m: { B: { S: 'x' }, BS: 1 } };
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: named }));
    const nested = { ...key('7'), m: { B: new Uint8Array([1, 2]), l: [new Uint8Array([3])] } };
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: nested }));
    const read = async (id: string) =>
      (await viaSdk.send(new GetCommand({ TableName: db.tableName, Key: key(id), ConsistentRead: true })))
        .Item;
    expect(await read('6')).toStrictEqual(named);
    expect(await read('7')).toStrictEqual(nested);
  });

  it('GIVEN a store that answers 500 WHEN sent directly THEN it is retried up to maxAttempts and fails as a server fault', async () => {
    let calls = 0;
    const failing = sendDirectly(
      createDocumentClient({
        client: inProcessDynamoDbClient(db.dynalite.requestHandler, { maxAttempts: 3 }),
      }),
      async () => {
        calls += 1;
        return {
          status: 500,
          body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'disk' },
        };
      },
    );
    const error = (await failing
      .send(new GetCommand({ TableName: db.tableName, Key: key('1') }))
      .catch((e: unknown) => e)) as { name: string; $fault: string; $metadata: { attempts: number } };
    failing.destroy();
    expect([calls, error.name, error.$fault, error.$metadata.attempts]).toStrictEqual([
      3,
      'InternalServerError',
      'server',
      3,
    ]);
  });
});
