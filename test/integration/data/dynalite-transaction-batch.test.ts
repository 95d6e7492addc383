import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDataDir } from '../../../infra/local/data-dir';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { gateLevelWrites } from '../../support/level-writes';

/**
 * A transaction on the local store is one LevelDB batch: a disk that fills up in the middle of it cannot leave part
 * of it written (before, each item was written on its own and a rollback on a full disk could not be written either).
 */

describe('TransactWriteItems on a LevelDB store that refuses writes part-way', () => {
  let dir: string;
  let db: TestDatabase;
  /** Writes LevelDB still accepts before the disk is full (Infinity: not full). */
  let room = Number.POSITIVE_INFINITY;
  let writes = 0;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-tx-'));
    await openDataDir(dir);
    gateLevelWrites(() => {
      writes += 1;
      return room-- > 0;
    }, 'IO error: 000003.log: No space left on device');
    db = await startTestDatabase({ path: path.join(dir, 'dynamodb') });
  });
  afterEach(async () => {
    room = Number.POSITIVE_INFINITY;
    await db.close();
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (pk: string) =>
    (await db.doc.send(new GetCommand({ TableName: db.tableName, Key: { pk, sk: 'x' } }))).Item;
  const transaction = () =>
    new TransactWriteCommand({
      TransactItems: ['t1', 't2', 't3'].map((pk) => ({
        Put: {
          TableName: db.tableName,
          Item: { pk, sk: 'x', v: 1 },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      })),
    });

  it('GIVEN a disk with room for one more LevelDB write WHEN a transaction of three puts is written THEN all three or none are stored, as the answer says', async () => {
    writes = 0;
    room = 1;
    const outcome = await db.doc.send(transaction()).then(
      () => 'written',
      (error: unknown) => (error as Error).name,
    );
    room = Number.POSITIVE_INFINITY;
    const stored = [await get('t1'), await get('t2'), await get('t3')].filter(Boolean).length;
    expect({ outcome, stored }).toEqual({ outcome: 'written', stored: 3 });
    expect(writes).toBe(1);
  });

  it('GIVEN a full disk WHEN a transaction is written THEN it is refused as a server error, nothing is stored, and the same transaction succeeds once there is room', async () => {
    room = 0;
    const refused = await db.doc
      .send(transaction())
      .catch((error: unknown) => error as Error & { $fault?: string });
    expect(refused).toMatchObject({ name: 'InternalServerError', $fault: 'server' });
    room = Number.POSITIVE_INFINITY;
    expect([await get('t1'), await get('t2'), await get('t3')]).toEqual([undefined, undefined, undefined]);
    await db.doc.send(transaction());
    expect(await get('t3')).toEqual({ pk: 't3', sk: 'x', v: 1 });
  });
});
