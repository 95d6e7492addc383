import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DescribeTimeToLiveCommand,
  TransactionCanceledException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactGetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

describe('dynalite transaction shim', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const get = async (pk: string) =>
    (await db.doc.send(new GetCommand({ TableName: db.tableName, Key: { pk, sk: 'x' } }))).Item;

  it('GIVEN a transaction whose last condition fails WHEN it is written THEN nothing is applied and the reasons name the failing item', async () => {
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'a1', sk: 'x', v: 1 } }));
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'a3', sk: 'x', v: 3 } }));
    const attempt = db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: db.tableName, Item: { pk: 'a1', sk: 'x', v: 10 } } },
          { Put: { TableName: db.tableName, Item: { pk: 'a2', sk: 'x', v: 20 } } },
          {
            Update: {
              TableName: db.tableName,
              Key: { pk: 'a3', sk: 'x' },
              UpdateExpression: 'SET v = :n',
              ConditionExpression: 'v = :expected',
              ExpressionAttributeValues: { ':n': 30, ':expected': 99 },
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            },
          },
        ],
      }),
    );
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
    expect(reasons.map((r) => r.Code)).toEqual(['None', 'None', 'ConditionalCheckFailed']);
    expect(reasons[2]?.Item).toEqual({ pk: { S: 'a3' }, sk: { S: 'x' }, v: { N: '3' } });
    expect((error as Error).message).toContain('[None, None, ConditionalCheckFailed]');
    expect(await get('a1')).toEqual({ pk: 'a1', sk: 'x', v: 1 });
    expect(await get('a2')).toBeUndefined();
    expect(await get('a3')).toEqual({ pk: 'a3', sk: 'x', v: 3 });
  });

  it('GIVEN passing conditions WHEN a transaction with put, update, delete and check is written THEN all of it is applied', async () => {
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'b1', sk: 'x', v: 1 } }));
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'b2', sk: 'x', v: 2 } }));
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'b4', sk: 'x', v: 4 } }));
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.tableName,
              Item: { pk: 'b0', sk: 'x', v: 0 },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: db.tableName,
              Key: { pk: 'b1', sk: 'x' },
              UpdateExpression: 'SET v = v + :one',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
          { Delete: { TableName: db.tableName, Key: { pk: 'b2', sk: 'x' } } },
          {
            ConditionCheck: {
              TableName: db.tableName,
              Key: { pk: 'b4', sk: 'x' },
              ConditionExpression: 'v = :four',
              ExpressionAttributeValues: { ':four': 4 },
            },
          },
          {
            ConditionCheck: {
              TableName: db.tableName,
              Key: { pk: 'b5', sk: 'x' },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
    expect(await get('b0')).toEqual({ pk: 'b0', sk: 'x', v: 0 });
    expect(await get('b1')).toEqual({ pk: 'b1', sk: 'x', v: 2 });
    expect(await get('b2')).toBeUndefined();
    expect(await get('b4')).toEqual({ pk: 'b4', sk: 'x', v: 4 });
    expect(await get('b5')).toBeUndefined();
  });

  it('GIVEN two operations on one item WHEN the transaction is written THEN it is refused as invalid', async () => {
    const error = await db.doc
      .send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: db.tableName, Item: { pk: 'c1', sk: 'x' } } },
            { Delete: { TableName: db.tableName, Key: { pk: 'c1', sk: 'x' } } },
          ],
        }),
      )
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('ValidationException');
    expect(await get('c1')).toBeUndefined();
  });

  it('GIVEN a client request token WHEN the same transaction is sent twice THEN it is applied once, and a different request with that token is refused', async () => {
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'd1', sk: 'x', v: 0 } }));
    const increment = {
      ClientRequestToken: 'token-d1',
      TransactItems: [
        {
          Update: {
            TableName: db.tableName,
            Key: { pk: 'd1', sk: 'x' },
            UpdateExpression: 'SET v = v + :one',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ],
    };
    await db.doc.send(new TransactWriteCommand(increment));
    await db.doc.send(new TransactWriteCommand(increment));
    expect(await get('d1')).toEqual({ pk: 'd1', sk: 'x', v: 1 });
    const mismatch = await db.doc
      .send(
        new TransactWriteCommand({
          ...increment,
          TransactItems: [{ Delete: { TableName: db.tableName, Key: { pk: 'd1', sk: 'x' } } }],
        }),
      )
      .catch((e: unknown) => e);
    expect((mismatch as Error).name).toBe('IdempotentParameterMismatchException');
  });

  it('GIVEN 20 concurrent increments guarded by the read value WHEN they race THEN every committed one saw the latest value', async () => {
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'e1', sk: 'x', v: 0 } }));
    const attempts = Array.from({ length: 20 }, () =>
      db.doc
        .send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: db.tableName,
                  Key: { pk: 'e1', sk: 'x' },
                  UpdateExpression: 'SET v = :one',
                  ConditionExpression: 'v = :zero',
                  ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
                },
              },
            ],
          }),
        )
        .then(
          () => 'won',
          () => 'lost',
        ),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
  });

  it('GIVEN items WHEN they are read in a transaction THEN present items are returned in order and missing ones are empty', async () => {
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'f1', sk: 'x', v: 1 } }));
    const r = await db.doc.send(
      new TransactGetCommand({
        TransactItems: [
          { Get: { TableName: db.tableName, Key: { pk: 'f1', sk: 'x' } } },
          { Get: { TableName: db.tableName, Key: { pk: 'f2', sk: 'x' } } },
        ],
      }),
    );
    expect(r.Responses).toEqual([{ Item: { pk: 'f1', sk: 'x', v: 1 } }, {}]);
  });

  it('GIVEN TTL enabled WHEN expired items are swept THEN they are deleted and live ones stay', async () => {
    await db.client.send(
      new UpdateTimeToLiveCommand({
        TableName: db.tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' },
      }),
    );
    const d = await db.client.send(new DescribeTimeToLiveCommand({ TableName: db.tableName }));
    expect(d.TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'ttl' });
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'g1', sk: 'x', ttl: 1000 } }));
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'g2', sk: 'x', ttl: 3000 } }));
    expect(await db.dynalite.sweepExpiredItems(2000)).toBe(1);
    expect(await get('g1')).toBeUndefined();
    expect(await get('g2')).toBeDefined();
  });
});

describe('dynalite persistence', () => {
  it('GIVEN a store path WHEN the database is restarted THEN items and the TTL setting survive', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dynalite-'));
    try {
      const first = await startTestDatabase({ path: path.join(dir, 'store'), tableName: 'persisted' });
      await first.doc.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: { TableName: 'persisted', Item: { pk: 'p', sk: 'x', v: 7 } } }],
        }),
      );
      await first.client.send(
        new UpdateTimeToLiveCommand({
          TableName: 'persisted',
          TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' },
        }),
      );
      await first.close();
      const second = await startTestDatabase({ path: path.join(dir, 'store'), tableName: 'persisted' });
      try {
        const r = await second.doc.send(
          new GetCommand({ TableName: 'persisted', Key: { pk: 'p', sk: 'x' } }),
        );
        expect(r.Item).toEqual({ pk: 'p', sk: 'x', v: 7 });
        const d = await second.client.send(new DescribeTimeToLiveCommand({ TableName: 'persisted' }));
        expect(d.TimeToLiveDescription?.TimeToLiveStatus).toBe('ENABLED');
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('dynalite start-up', () => {
  it('GIVEN a port already in use WHEN another instance starts on it THEN it fails and the first keeps serving', async () => {
    const first = await startTestDatabase();
    try {
      const { startDynalite } = await import('../../../infra/local/dynalite');
      const port = Number(new URL(first.endpoint).port);
      await expect(startDynalite({ port })).rejects.toThrow(/EADDRINUSE/);
      await first.doc.send(new PutCommand({ TableName: first.tableName, Item: { pk: 'still', sk: 'x' } }));
      const r = await first.doc.send(
        new GetCommand({ TableName: first.tableName, Key: { pk: 'still', sk: 'x' } }),
      );
      expect(r.Item).toEqual({ pk: 'still', sk: 'x' });
    } finally {
      await first.close();
    }
  });
});
