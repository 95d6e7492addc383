import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerStorageCallbacksSooner } from '../../../infra/local/dynalite/callbacks';

/**
 * The in-memory store answers dynalite's `get` from memory-level's tree in place (getSync) instead of through
 * abstract-level's promise, dynalite's error mapping and its operation tracking (infra/local/dynalite/callbacks.ts).
 * These tests hold it to the asynchronous read it replaces: the same values, read at the same moment, and the same
 * error once the store is closed.
 */

type Callback = (error: Error | null, value?: unknown) => void;
interface WrappedLevel {
  status: string;
  get(key: string, callback: Callback): void;
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown, callback: (error: Error | null) => void): void;
  del(key: string, callback: (error: Error | null) => void): void;
  getSync(key: string): unknown;
}
interface DynaliteStore {
  db: WrappedLevel;
  lifecycleManager: { gracefulClose(callback: (error?: Error | null) => void): void };
}

const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
answerStorageCallbacksSooner();
const dynaliteDb = fromDynalite('dynalite/db') as { create(options: object): DynaliteStore };
const { MemoryLevel } = fromDynalite('memory-level') as { MemoryLevel: { prototype: WrappedLevel } };

const opened = async (): Promise<DynaliteStore> => {
  const store = dynaliteDb.create({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => {
    if (store.db.status === 'open') resolve();
    else (store.db as unknown as { once(e: string, f: () => void): void }).once('open', resolve);
  });
  return store;
};
const getWithCallback = (db: WrappedLevel, key: string) =>
  new Promise<{ error: string | null; value: unknown }>((resolve) =>
    db.get(key, (error, value) => resolve({ error: error ? error.message : null, value })),
  );
const close = (store: DynaliteStore) =>
  new Promise<void>((resolve, reject) =>
    store.lifecycleManager.gracefulClose((error) => (error ? reject(error) : resolve())),
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('dynalite in memory: gets answered in place', () => {
  it('GIVEN random puts, deletes and gets of a few keys, several in one tick WHEN each get is answered THEN it equals the asynchronous read issued at the same moment and the model', async () => {
    const spy = vi.spyOn(MemoryLevel.prototype, 'getSync');
    const key = fc.constantFrom('item-t~a/', 'item-t~b/', 'item-t~c/', 'index-global~t~i~a/');
    const value = fc.dictionary(
      fc.constantFrom('pk', 'sk', 'n', 'list'),
      fc.oneof(fc.record({ S: fc.string() }), fc.record({ N: fc.integer().map(String) })),
    );
    const step = fc.oneof(
      fc.record({ op: fc.constant('put' as const), key, value }),
      fc.record({ op: fc.constant('del' as const), key }),
      fc.record({ op: fc.constant('get' as const), key }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { maxLength: 6 }), { maxLength: 8 }), async (ticks) => {
        const store = await opened();
        const model = new Map<string, unknown>();
        try {
          for (const tick of ticks) {
            const answers: Promise<unknown>[] = [];
            for (const s of tick) {
              if (s.op === 'put') {
                model.set(s.key, JSON.parse(JSON.stringify(s.value)));
                store.db.put(s.key, s.value, () => {});
              } else if (s.op === 'del') {
                model.delete(s.key);
                store.db.del(s.key, () => {});
              } else {
                const expected = model.get(s.key);
                const inPlace = getWithCallback(store.db, s.key);
                const asynchronous = store.db.get(s.key);
                answers.push(
                  Promise.all([inPlace, asynchronous]).then(([a, b]) => {
                    expect(a).toStrictEqual({ error: null, value: b });
                    expect(a.value).toStrictEqual(expected);
                  }),
                );
              }
            }
            await Promise.all(answers);
          }
        } finally {
          await close(store);
        }
      }),
      { numRuns: 150 },
    );
    expect(spy).toHaveBeenCalled();
  });

  it('GIVEN a store that was closed WHEN dynalite gets a key THEN the callback gets dynalite\'s "Database is closed" error, as before', async () => {
    const store = await opened();
    store.db.put('item-t~a/', { pk: { S: 'a' } }, () => {});
    await close(store);
    const answer = await getWithCallback(store.db, 'item-t~a/');
    expect(answer).toStrictEqual({ error: 'Database is closed', value: undefined });
  });

  it("GIVEN a value the store cannot decode WHEN dynalite gets it THEN the callback gets the asynchronous read's decode error", async () => {
    const store = await opened();
    try {
      // abstract-level's own put (dynalite's replaces it), writing text that is not JSON.
      const levelPut = MemoryLevel.prototype.put as unknown as (
        this: WrappedLevel,
        k: string,
        v: string,
        o: object,
      ) => Promise<void>;
      await levelPut.call(store.db, 'item-t~bad/', '{not json', { valueEncoding: 'utf8' });
      const inPlace = await getWithCallback(store.db, 'item-t~bad/');
      const asynchronous = await store.db.get('item-t~bad/').then(
        () => null,
        (error: Error) => error.message,
      );
      expect(inPlace.error).toBe(asynchronous);
      expect(inPlace.error).toMatch(/decode/i);
    } finally {
      await close(store);
    }
  });
});
