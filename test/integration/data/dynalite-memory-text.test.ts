import { createRequire } from 'node:module';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));

/** The in-memory store keeps its items as JSON text (memory-level's storeEncoding 'utf8'), in the same key order. */
describe('dynalite in memory, items kept as text', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN the local store module loaded WHEN dynalite creates an in-memory store THEN it keeps strings, not Buffers', async () => {
    const { MemoryLevel } = fromDynalite('memory-level') as {
      MemoryLevel: new (
        options: object,
      ) => {
        supports: { encodings: Record<string, boolean> };
        open(): Promise<void>;
        put(k: string, v: unknown): Promise<void>;
        get(k: string, o: object): Promise<unknown>;
        close(): Promise<void>;
      };
    };
    const level = new MemoryLevel({ valueEncoding: 'json' });
    expect([level.supports.encodings.utf8, level.supports.encodings.buffer]).toStrictEqual([true, undefined]);
    await level.open();
    await level.put('item~a', { pk: { S: 'a' } });
    expect(await level.get('item~a', { valueEncoding: 'utf8' })).toBe('{"pk":{"S":"a"}}');
    await level.close();
  });

  it('GIVEN sort keys across the whole of Unicode WHEN queried THEN they come back in UTF-8 byte order, both ways', async () => {
    const sortKeys = ['a', 'Z', '~', 'é', '\u0800', '\uE000', '\uFFFD', '\u{1F600}', '\u{10FFFF}', 'a\u0000'];
    for (const sk of sortKeys)
      await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'T#t#ORDER', sk } }));
    const byteOrder = [...sortKeys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    const query = async (ScanIndexForward: boolean) =>
      (
        await db.doc.send(
          new QueryCommand({
            TableName: db.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': 'T#t#ORDER' },
            ScanIndexForward,
          }),
        )
      ).Items?.map((item) => item.sk);
    expect(await query(true)).toStrictEqual(byteOrder);
    expect(await query(false)).toStrictEqual([...byteOrder].reverse());
  });
});
