import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColdTier } from '../../../infra/local/dynalite/cold-tier';
import { keepMemoryStoresAsText } from '../../../infra/local/dynalite/memory-text';
import type { TieredStore } from '../../../infra/local/dynalite/tiered-memory-level';

/**
 * The in-memory store with a disk tier (infra/local/dynalite/cold-tier.ts) answers as the store without one: random
 * writes, deletes and batches over a few partitions, with the heap holding only a handful of entries so that most
 * of them move to disk (and some are written or deleted again while or after they move), read back by get, getSync,
 * getMany and range reads (within one partition, across all, forwards, backwards, with limits) equal a model.
 */

interface Level {
  readonly status: string;
  open(): Promise<void>;
  close(): Promise<void>;
  put(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
  batch(
    operations: ({ type: 'put'; key: string; value: string } | { type: 'del'; key: string })[],
  ): Promise<void>;
  get(key: string): Promise<string | undefined>;
  getSync(key: string): string | undefined;
  getMany(keys: string[]): Promise<(string | undefined)[]>;
  iterator(options: Record<string, unknown>): { all(): Promise<[string, string][]> };
  keys(options: Record<string, unknown>): { all(): Promise<string[]> };
  values(options: Record<string, unknown>): { nextv(n: number): Promise<string[]>; close(): Promise<void> };
}
type Tiered = Level & TieredStore;

keepMemoryStoresAsText();
const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
const { MemoryLevel } = fromDynalite('memory-level') as { MemoryLevel: new (options: object) => Level };

let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'cold-tier-test-'));
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

let stores = 0;
const openTiered = async (heapEntries: number): Promise<{ db: Tiered; tier: ColdTier }> => {
  const db = new MemoryLevel({ valueEncoding: 'utf8' }) as Tiered;
  stores += 1;
  const tier = db.attachColdTier({
    folder: path.join(parent, `s${stores}`),
    heapEntries,
    batch: 3,
    filterBits: 64,
  });
  await db.open();
  return { db, tier };
};

const PARTITIONS = ['item-t~aa/01/', 'item-t~aa/02/', 'item-t~bb/03/', 'index-global~t~g~cc/04/'];
const keyArb = fc
  .tuple(fc.constantFrom(...PARTITIONS), fc.constantFrom('x/', 'y/', 'z/', 'zz/', ''))
  .map(([p, r]) => p + r);
const valueArb = fc.json().map((text) => text || '""');
const opArb = fc.oneof(
  fc.record({ type: fc.constant('put' as const), key: keyArb, value: valueArb }),
  fc.record({ type: fc.constant('del' as const), key: keyArb }),
  fc.record({
    type: fc.constant('batch' as const),
    ops: fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('put' as const), key: keyArb, value: valueArb }),
        fc.record({ type: fc.constant('del' as const), key: keyArb }),
      ),
      { maxLength: 4 },
    ),
  }),
  fc.record({ type: fc.constant('settle' as const) }),
);

const sorted = (model: Map<string, string>) => [...model].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('in-memory store with a disk tier', () => {
  it('GIVEN random puts, deletes and batches with a heap of 4 entries WHEN everything is read back, during and after the moves THEN every get and range read equals the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), async (ops) => {
        const { db, tier } = await openTiered(4);
        const model = new Map<string, string>();
        try {
          for (const op of ops) {
            if (op.type === 'put') {
              await db.put(op.key, op.value);
              model.set(op.key, op.value);
            } else if (op.type === 'del') {
              await db.del(op.key);
              model.delete(op.key);
            } else if (op.type === 'batch') {
              await db.batch(op.ops);
              for (const o of op.ops) {
                if (o.type === 'put') model.set(o.key, o.value);
                else model.delete(o.key);
              }
            } else await tier.idle();
            // Reads while a move may be in flight.
            const probe = op.type === 'batch' ? op.ops[0]?.key : op.type === 'settle' ? undefined : op.key;
            if (probe) expect(await db.get(probe)).toBe(model.get(probe));
          }
          for (const settle of [false, true]) {
            if (settle) await tier.idle();
            const all = sorted(model);
            for (const key of new Set([...model.keys(), ...PARTITIONS.map((p) => `${p}x/`)])) {
              expect(db.getSync(key)).toBe(model.get(key));
              expect(await db.get(key)).toBe(model.get(key));
            }
            expect(await db.getMany(all.map(([k]) => k))).toEqual(all.map(([, v]) => v));
            expect(await db.iterator({}).all()).toEqual(all);
            expect(await db.iterator({ reverse: true, limit: 3 }).all()).toEqual(
              [...all].reverse().slice(0, 3),
            );
            for (const p of PARTITIONS) {
              const inside = all.filter(([k]) => k.startsWith(p));
              expect(await db.iterator({ gte: p, lt: `${p}~` }).all()).toEqual(inside);
              expect(await db.keys({ gt: `${p}x/`, lte: `${p}~`, limit: 2 }).all()).toEqual(
                inside
                  .filter(([k]) => k > `${p}x/`)
                  .slice(0, 2)
                  .map(([k]) => k),
              );
              const values = db.values({ gte: p, lt: `${p}~`, reverse: true });
              expect(await values.nextv(64)).toEqual(inside.map(([, v]) => v).reverse());
              await values.close();
            }
          }
          expect(tier.lastError).toBeUndefined();
        } finally {
          await db.close();
        }
      }),
      { numRuns: 120 },
    );
  });

  it('GIVEN more entries than the heap keeps WHEN the moves settle THEN the heap holds at most its bound and the rest is read from disk', async () => {
    const { db, tier } = await openTiered(10);
    try {
      for (let i = 0; i < 100; i++) await db.put(`item-t~aa/${String(i).padStart(3, '0')}/`, `{"n":${i}}`);
      await tier.idle();
      expect(tier.moved).toBeGreaterThanOrEqual(90);
      const heapOnly = new MemoryLevel({ valueEncoding: 'utf8' });
      const base = Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(db))) as {
        _getSync(this: unknown, key: string, options: object): string | undefined;
      };
      let inHeap = 0;
      for (let i = 0; i < 100; i++)
        if (base._getSync.call(db, `item-t~aa/${String(i).padStart(3, '0')}/`, {}) !== undefined) inHeap += 1;
      expect(inHeap).toBeLessThanOrEqual(10);
      expect(await db.get('item-t~aa/000/')).toBe('{"n":0}');
      expect((await db.iterator({ gte: 'item-t~aa/', lt: 'item-t~aa/~' }).all()).length).toBe(100);
      await heapOnly.close();
    } finally {
      await db.close();
    }
  });

  it('GIVEN an item moved to disk WHEN it is read again and again THEN only the first read goes to disk, and it still moves out once newer writes push it', async () => {
    const { db, tier } = await openTiered(10);
    try {
      for (let i = 0; i < 30; i++) await db.put(`item-t~aa/${String(i).padStart(3, '0')}/`, `{"n":${i}}`);
      await tier.moveAll();
      expect(tier.heapCount).toBe(0);
      for (let read = 0; read < 5; read++) {
        expect(db.getSync('item-t~aa/000/')).toBe('{"n":0}');
        expect(await db.get('item-t~aa/000/')).toBe('{"n":0}');
      }
      expect(tier.diskReads).toBe(1);
      await db.put('item-t~aa/000/', '{"n":"new"}');
      for (let i = 30; i < 60; i++) await db.put(`item-t~aa/${String(i).padStart(3, '0')}/`, `{"n":${i}}`);
      await tier.idle();
      expect(tier.heapCount).toBeLessThanOrEqual(10);
      expect(await db.get('item-t~aa/000/')).toBe('{"n":"new"}');
      expect((await db.iterator({ gte: 'item-t~aa/', lt: 'item-t~aa/~' }).all()).length).toBe(60);
    } finally {
      await db.close();
    }
  });
});
