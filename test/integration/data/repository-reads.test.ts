import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAll, readPartition } from '../../../functions/data/repository';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

describe('reading item sets whole', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
    for (const [pk, sk] of [
      ...['a', 'b', 'c', 'd', 'e'].map((sk) => ['T#t1#SET', sk]),
      ['T#t1#OTHER', 'x'],
    ] as const) {
      await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk, sk, n: sk } }));
    }
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN a partition larger than one page WHEN queried whole THEN every item comes back, in key order, and no other partition', async () => {
    const items = await queryAll(db, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'T#t1#SET' },
      Limit: 2,
    });
    expect(items.map((i) => i.sk)).toStrictEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('GIVEN a partition WHEN read with readPartition THEN it holds exactly its items; an empty partition is an empty list', async () => {
    expect((await readPartition(db, 'T#t1#OTHER')).map((i) => [i.sk, i.n])).toStrictEqual([['x', 'x']]);
    expect(await readPartition(db, 'T#t1#NONE')).toStrictEqual([]);
  });
});
