import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataDir } from '../../../infra/local/data-dir';
import { INDEX_SWEEP_MARKER } from '../../../infra/local/dynalite/phantom-index';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/**
 * A data dir written before an item and its index entries were one LevelDB batch: a kill between the entries and
 * their item left entries a GSI Query lists and no item matches. Opening such a data dir repairs its indexes once.
 * The kill states are made by hand in LevelDB (the writes that made them no longer exist).
 */

interface RawLevel {
  open(): Promise<void>;
  close(): Promise<void>;
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(options: { gte: string; lt: string }): AsyncIterable<string>;
}
const { Level } = createRequire(createRequire(import.meta.url).resolve('dynalite'))('level') as {
  Level: new (folder: string, options: { valueEncoding: string }) => RawLevel;
};

describe('index entries an older data dir kept from a kill', () => {
  let dir: string;
  let db: TestDatabase | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-index-repair-'));
  });
  afterEach(async () => {
    await db?.close();
    db = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  const open = async () => {
    db = await startTestDatabase({ path: path.join(dir, 'dynamodb'), tableName: 'repair' });
    return db;
  };
  const close = async () => {
    await db?.close();
    db = undefined;
  };
  /** Runs `edit` on the LevelDB folder as the earlier process left it (no marker: written before the repair existed). */
  const asLeftByOlderProcess = async (edit: (level: RawLevel) => Promise<void>) => {
    const level = new Level(path.join(dir, 'dynamodb'), { valueEncoding: 'json' });
    await level.open();
    try {
      await level.del(INDEX_SWEEP_MARKER);
      await edit(level);
    } finally {
      await level.close();
    }
  };
  const itemKeyOf = async (level: RawLevel, pk: string) => {
    for await (const key of level.keys({ gte: 'item-repair~', lt: 'item-repair~\xff' })) {
      const item = (await level.get(key)) as { pk: { S: string } };
      if (item.pk.S === pk) return key;
    }
    throw new Error(`no item ${pk}`);
  };
  const listed = async (d: TestDatabase) =>
    (
      await d.doc.send(
        new QueryCommand({
          TableName: d.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': 'RUNS' },
        }),
      )
    ).Items?.map((i) => `${i.pk}:${i.gsi1sk}`) ?? [];

  it('GIVEN a created item whose record the kill cut off, and an updated one whose new index key was written without it WHEN the data dir is opened THEN the entry with no item is deleted, the entry of the key the item does not have is deleted, the entry it does have is put back, and a GSI Query lists what GetItem finds', async () => {
    expect(await openDataDir(dir)).toStrictEqual({ indexEntriesDeleted: 0, indexEntriesRestored: 0 });
    const d = await open();
    const put = (pk: string, gsi1sk: string) =>
      d.doc.send(new PutCommand({ TableName: d.tableName, Item: { pk, sk: 'x', gsi1pk: 'RUNS', gsi1sk } }));
    await put('kept', 'running#1');
    await put('cut-off', 'running#2');
    await put('updated', 'running#3');
    const before = (
      await d.doc.send(new GetCommand({ TableName: d.tableName, Key: { pk: 'updated', sk: 'x' } }))
    ).Item;
    await d.doc.send(
      new UpdateCommand({
        TableName: d.tableName,
        Key: { pk: 'updated', sk: 'x' },
        UpdateExpression: 'SET gsi1sk = :s',
        ExpressionAttributeValues: { ':s': 'succeeded#3' },
      }),
    );
    await close();
    await asLeftByOlderProcess(async (level) => {
      // The created item's entries reached the disk, its record did not.
      await level.del(await itemKeyOf(level, 'cut-off'));
      // The update's entries reached the disk (old key deleted, new key put), its record did not.
      const { marshall } = await import('@aws-sdk/util-dynamodb');
      await level.put(await itemKeyOf(level, 'updated'), marshall(before));
    });

    const phantoms = await open();
    expect((await listed(phantoms)).sort()).toStrictEqual([
      'cut-off:running#2',
      'kept:running#1',
      'updated:succeeded#3',
    ]);
    await close();

    const said: string[] = [];
    expect(await openDataDir(dir, (line) => said.push(line))).toStrictEqual({
      indexEntriesDeleted: 2,
      indexEntriesRestored: 1,
    });
    expect(said).toStrictEqual([
      '↺ index entries left by a kill in an older data dir: 2 deleted, 1 restored',
    ]);
    const repaired = await open();
    expect((await listed(repaired)).sort()).toStrictEqual(['kept:running#1', 'updated:running#3']);
    await close();
  });

  it.each([
    ['bytes that are not JSON', '{"TableName": "repair", "KeySch'],
    ['JSON that is not a table description', '[1, 2, 3]'],
  ])(
    'GIVEN an older data dir whose table description holds %s WHEN it is opened THEN the start stops naming the folder and the damage, advises moving or restoring it, and nothing is changed',
    async (_, damaged) => {
      await open();
      await close();
      const raw = new Level(path.join(dir, 'dynamodb'), { valueEncoding: 'utf8' });
      await raw.open();
      await raw.del(INDEX_SWEEP_MARKER);
      await raw.put('table~repair', damaged);
      await raw.close();
      const opened = openDataDir(dir);
      await expect(opened).rejects.toThrow(
        /dynamodb: holds a damaged record .*Move the folder out of the data directory/,
      );
      await expect(opened).rejects.toMatchObject({ name: 'DataFileError' });
      const level = new Level(path.join(dir, 'dynamodb'), { valueEncoding: 'utf8' });
      await level.open();
      try {
        expect(await level.get('table~repair')).toBe(damaged);
        expect(await level.get(INDEX_SWEEP_MARKER)).toBeUndefined();
      } finally {
        await level.close();
      }
    },
  );

  it('GIVEN a data dir whose indexes were repaired once WHEN it is opened again THEN its entries are not read again', async () => {
    await openDataDir(dir);
    const d = await open();
    await d.doc.send(
      new PutCommand({ TableName: d.tableName, Item: { pk: 'one', sk: 'x', gsi1pk: 'RUNS', gsi1sk: 'a' } }),
    );
    await close();
    expect(await openDataDir(dir)).toStrictEqual({ indexEntriesDeleted: 0, indexEntriesRestored: 0 });
    const level = new Level(path.join(dir, 'dynamodb'), { valueEncoding: 'json' });
    await level.open();
    // An entry with no item, left now: a repaired data dir is not swept again (no kill leaves one any more).
    await level.del(await itemKeyOf(level, 'one'));
    await level.close();
    expect(await openDataDir(dir)).toStrictEqual({ indexEntriesDeleted: 0, indexEntriesRestored: 0 });
  });
});
