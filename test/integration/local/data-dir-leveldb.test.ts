import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR_LEVELDB_OPTIONS, openDataDir } from '../../../infra/local/data-dir';

/**
 * The --data-dir store opens LevelDB with bounded table files (infra/local/data-dir.ts): LevelDB maps each open table
 * file into the process, so the number of open files times their size bounds that part of the server's RSS.
 */

interface Level {
  open(): Promise<void>;
  close(): Promise<void>;
  batch(operations: { type: 'put'; key: string; value: string }[]): Promise<void>;
  compactRange(start: string, end: string): Promise<void>;
}

describe('LevelDB settings of the --data-dir store', () => {
  // The LevelDB binding dynalite opens its store with.
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as { Level: new (folder: string, options: object) => Level };
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-leveldb-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN a data dir opened by the runtime WHEN 28 MB are written in random key order THEN LevelDB compacts them into table files of at most its 1 MB bound (its default is 2 MB)', async () => {
    await openDataDir(dir);
    const folder = path.join(dir, 'dynamodb');
    const db = new Level(folder, { valueEncoding: 'json' });
    await db.open();
    try {
      for (let round = 0; round < 35; round++) {
        await db.batch(
          Array.from({ length: 200 }, () => ({
            type: 'put' as const,
            key: randomBytes(8).toString('hex'),
            value: randomBytes(3000).toString('base64'),
          })),
        );
      }
      await db.compactRange('0', 'g');
    } finally {
      await db.close();
    }
    const tables = (await readdir(folder)).filter((file) => file.endsWith('.ldb'));
    const sizes = await Promise.all(tables.map(async (file) => (await stat(path.join(folder, file))).size));
    // Compacted: the write buffer's 4 MB level-0 files were merged into smaller ones.
    expect(sizes.length).toBeGreaterThan(12);
    // A table is closed at the first block past the bound (4 KB blocks, ~4 KB values).
    expect(Math.max(...sizes)).toBeLessThan(DATA_DIR_LEVELDB_OPTIONS.maxFileSize + 64 * 1024);
  });

  it('GIVEN a data dir opened by the runtime WHEN 3 MB of repetitive JSON are written and compacted THEN the table files hold them uncompressed (blocks read in place, no block cache to fill)', async () => {
    await openDataDir(dir);
    const folder = path.join(dir, 'dynamodb');
    const db = new Level(folder, { valueEncoding: 'json' });
    await db.open();
    const written = 1000 * 3000;
    try {
      for (let round = 0; round < 5; round++) {
        await db.batch(
          Array.from({ length: 200 }, (_, i) => ({
            type: 'put' as const,
            key: `${round}-${String(i).padStart(4, '0')}`,
            value: 'x'.repeat(3000),
          })),
        );
      }
      await db.compactRange('0', '9');
    } finally {
      await db.close();
    }
    const tables = (await readdir(folder)).filter((file) => file.endsWith('.ldb'));
    const sizes = await Promise.all(tables.map(async (file) => (await stat(path.join(folder, file))).size));
    // Snappy would store these values in about a twentieth of their size.
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeGreaterThan(written);
  });

  it('GIVEN tables written compressed by an earlier version WHEN the runtime opens the data dir and compacts THEN every value reads back the same', async () => {
    await openDataDir(dir);
    const folder = path.join(dir, 'dynamodb');
    const values = Array.from({ length: 300 }, (_, i) => ({
      key: `k${String(i).padStart(3, '0')}`,
      value: `v${i}`.repeat(500),
    }));
    const old = new Level(folder, { valueEncoding: 'json', compression: true });
    await old.open();
    await old.batch(values.map(({ key, value }) => ({ type: 'put' as const, key, value })));
    await old.compactRange('k', 'l');
    await old.close();
    const db = new Level(folder, { valueEncoding: 'json' }) as Level & { get(key: string): Promise<unknown> };
    await db.open();
    try {
      for (const { key, value } of values) expect(await db.get(key)).toBe(value);
      await db.compactRange('k', 'l');
      for (const { key, value } of values) expect(await db.get(key)).toBe(value);
    } finally {
      await db.close();
    }
  });
});
