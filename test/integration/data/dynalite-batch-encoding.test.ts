import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { installTransactionBatches, type LevelOperation } from '../../../infra/local/dynalite/batch';
import { keepMemoryStoresAsText } from '../../../infra/local/dynalite/memory-text';

/**
 * A LevelDB batch writes each put's value as its JSON text once per distinct object (infra/local/dynalite/batch.ts):
 * an item and its index entries of ALL projection are one object. These tests hold the stored text to what
 * abstract-level's own batch with the JSON encoding stores, in memory and on disk.
 */

interface Level {
  open(): Promise<void>;
  close(): Promise<void>;
  batch(operations: unknown[]): Promise<void>;
  iterator(options: object): { all(): Promise<[string, string][]> };
}
type LevelClass = new (...args: unknown[]) => Level;

const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
keepMemoryStoresAsText();
installTransactionBatches();
const { MemoryLevel } = fromDynalite('memory-level') as { MemoryLevel: LevelClass };
const { ClassicLevel } = fromDynalite('classic-level') as { ClassicLevel: LevelClass };
const { AbstractLevel } = fromDynalite('abstract-level') as {
  AbstractLevel: { prototype: { batch(this: Level, operations: unknown[]): Promise<void> } };
};

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

const open = async (kind: 'memory' | 'disk'): Promise<Level> => {
  if (kind === 'memory') {
    const db = new MemoryLevel({ valueEncoding: 'json' });
    await db.open();
    return db;
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'dynaris-batch-encoding-'));
  folders.push(folder);
  const db = new ClassicLevel(folder, { valueEncoding: 'json' });
  await db.open();
  return db;
};
const stored = (db: Level) => db.iterator({ keyEncoding: 'utf8', valueEncoding: 'utf8' }).all();

const attributeValue = fc.oneof(
  fc.record({ S: fc.string() }),
  fc.record({ N: fc.integer().map(String) }),
  fc.record({ BOOL: fc.boolean() }),
  fc.record({ L: fc.array(fc.record({ S: fc.string() }), { maxLength: 3 }) }),
);
const item = fc.dictionary(fc.constantFrom('pk', 'sk', 'gsi1pk', 'a', 'é', '__x'), attributeValue);
/** Batches as dynalite writes them: some puts share their value object (an item and its index entries). */
const batches = fc.array(
  fc.tuple(
    fc.array(item, { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.record({
        type: fc.constantFrom('put', 'put', 'del'),
        key: fc.constantFrom('item-t~a/', 'item-t~b/', 'index-global~t~gsi1~a/', 'index-global~t~gsi2~a/'),
        value: fc.nat(2),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  ),
  { minLength: 1, maxLength: 6 },
);

describe('LevelDB batches: each value written as JSON text once', () => {
  for (const kind of ['memory', 'disk'] as const) {
    it(`GIVEN random batches whose puts share value objects WHEN written to a ${kind} store THEN the stored text equals abstract-level's own JSON batch`, async () => {
      await fc.assert(
        fc.asyncProperty(batches, async (written) => {
          const ours = await open(kind);
          const theirs = await open(kind);
          try {
            for (const [values, ops] of written) {
              const operations = ops.map((op) =>
                op.type === 'put'
                  ? { type: 'put', key: op.key, value: values[op.value % values.length] }
                  : { type: 'del', key: op.key },
              );
              await ours.batch(operations);
              await AbstractLevel.prototype.batch.call(theirs, operations);
            }
            expect(await stored(ours)).toStrictEqual(await stored(theirs));
          } finally {
            await ours.close();
            await theirs.close();
          }
        }),
        { numRuns: kind === 'memory' ? 150 : 15 },
      );
    });
  }

  it('GIVEN one value object put under three keys in a batch WHEN written THEN it is stringified once and stored three times', async () => {
    const db = await open('memory');
    let stringified = 0;
    const value = {
      toJSON() {
        stringified += 1;
        return { pk: { S: 'a' } };
      },
    };
    const keys = ['item-t~a/', 'index-global~t~gsi1~a/', 'index-global~t~gsi2~a/'];
    await db.batch(keys.map((key) => ({ type: 'put', key, value })));
    expect(stringified).toBe(1);
    expect(await stored(db)).toStrictEqual(keys.sort().map((key) => [key, '{"pk":{"S":"a"}}']));
    await db.close();
  });

  it('GIVEN a put that names its own encoding, and a value that cannot be written as JSON WHEN batched THEN the store gets them as they came', async () => {
    const db = await open('memory');
    const raw: LevelOperation & { valueEncoding: string } = {
      type: 'put',
      key: 'raw',
      value: 'not json',
      valueEncoding: 'utf8',
    };
    await db.batch([raw]);
    expect(await stored(db)).toStrictEqual([['raw', 'not json']]);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const refusal = await db.batch([{ type: 'put', key: 'c', value: cyclic }]).then(
      () => 'written',
      (error: Error) => error.name,
    );
    const original = await AbstractLevel.prototype.batch
      .call(db, [{ type: 'put', key: 'c', value: cyclic }])
      .then(
        () => 'written',
        (error: Error) => error.name,
      );
    expect(refusal).toBe(original);
    await db.close();
  });
});
