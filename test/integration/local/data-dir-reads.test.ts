import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataDir } from '../../../infra/local/data-dir';

/**
 * The --data-dir store reads a key with a one-entry range read instead of LevelDB's Get (infra/local/data-dir.ts):
 * LevelDB charges a Get that looks in two or more table files to the first one, and compacts a file once it has been
 * charged about 100 times (a "seek compaction"). Gets of keys that are not in the newest file (every new item's
 * existence check, every item older than the write buffer) then compacted each new table file again and again:
 * the server's CPU per run climbed with the stored runs (docs/performance.md, "Memory of the local runtime").
 */

interface Level {
  open(): Promise<void>;
  close(): Promise<void>;
  get(key: string, options?: object): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  batch(operations: { type: 'put'; key: string; value: unknown }[]): Promise<void>;
  compactRange(start: string, end: string): Promise<void>;
  snapshot(): { close(): Promise<void> };
}

const randomKeys = (n: number) => Array.from({ length: n }, () => randomBytes(8).toString('hex'));

describe('Reads of the --data-dir store', () => {
  // The LevelDB binding dynalite opens its store with.
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as { Level: new (folder: string, options: object) => Level };
  let dir: string;
  let folder: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-reads-'));
    // Installs the store's reads and settings on every LevelDB; the store's own folder holds a key of the data dir's.
    await openDataDir(dir);
    folder = path.join(dir, 'store');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN items, a deleted one and a snapshot WHEN keys are read THEN each read answers what LevelDB holds for it at that moment, in the encodings asked for', async () => {
    const db = new Level(folder, { valueEncoding: 'json' });
    await db.open();
    try {
      await db.put('a', { S: 'first' });
      await db.put('ab', { S: 'longer key' });
      await db.put('b', { S: 'gone' });
      await db.del('b');
      expect(await db.get('a')).toEqual({ S: 'first' });
      expect(await db.get('ab')).toEqual({ S: 'longer key' });
      // Neither a deleted key nor a prefix or an extension of a stored key is found.
      expect(await db.get('b')).toBeUndefined();
      expect(await db.get('')).toBeUndefined();
      expect(await db.get('abc')).toBeUndefined();
      expect(await db.get('a', { valueEncoding: 'utf8' })).toBe('{"S":"first"}');
      const buffer = (await db.get('a', { keyEncoding: 'buffer', valueEncoding: 'buffer' })) as Buffer;
      expect(buffer.toString('utf8')).toBe('{"S":"first"}');
      const snapshot = db.snapshot();
      await db.put('a', { S: 'second' });
      expect(await db.get('a', { snapshot })).toEqual({ S: 'first' });
      expect(await db.get('a')).toEqual({ S: 'second' });
      await snapshot.close();
    } finally {
      await db.close();
    }
  });

  it('GIVEN a table file over an older one WHEN 1,000 keys in neither are read THEN LevelDB does not compact the newer file (its Get would have, after about 100 reads)', async () => {
    const db = new Level(folder, { valueEncoding: 'json' });
    await db.open();
    const value = { S: 'x'.repeat(200) };
    let before: string[] = [];
    try {
      // Each compaction of a range holding no key writes the write buffer to a table file and moves nothing else:
      // the first file goes to the deepest level a flush may reach, the second one level above it (it overlaps).
      for (let file = 0; file < 2; file++) {
        await db.batch(randomKeys(2000).map((key) => ({ type: 'put' as const, key, value })));
        await db.compactRange('x', 'y');
      }
      before = (await readdir(folder)).filter((file) => file.endsWith('.ldb')).sort();
      for (const key of randomKeys(1000)) expect(await db.get(key)).toBeUndefined();
    } catch (error) {
      await db.close();
      throw error;
    }
    // Closing waits for a compaction LevelDB has scheduled, which deletes the files it compacted.
    await db.close();
    const after = (await readdir(folder)).filter((file) => file.endsWith('.ldb')).sort();
    expect(before).toHaveLength(2);
    expect(after).toEqual(before);
  });
});
