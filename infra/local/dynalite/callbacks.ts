import { createRequire } from 'node:module';

type CallbackOperation = 'get' | 'put' | 'del' | 'batch';
type LevelDb = Record<CallbackOperation, (...args: unknown[]) => unknown> & {
  readonly status?: string;
  getSync?(key: unknown): unknown;
};
interface Lifecycle {
  getState(): string;
}
interface DynaliteDb {
  create(options: unknown): { db: LevelDb; lifecycleManager?: Lifecycle };
}
interface MemoryLevelModule {
  MemoryLevel: abstract new (...args: never[]) => object;
}

const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));

/** How long storage callbacks may run back to back before the event loop takes its next turn (sockets, timers). */
const SLICE_MS = 4;
let sliceStart = 0;
let sliceOpen = false;

/** Next tick while this turn of the event loop is young; past SLICE_MS, after the loop's I/O (setImmediate). */
export const answerSoon = (callback: (...args: unknown[]) => void, ...args: unknown[]): void => {
  const now = performance.now();
  if (!sliceOpen) {
    sliceOpen = true;
    sliceStart = now;
    setImmediate(() => {
      sliceOpen = false;
    });
  }
  if (now - sliceStart < SLICE_MS) process.nextTick(callback, ...args);
  else setImmediate(callback, ...args);
};

/**
 * dynalite's callback style over LevelDB's promises answers every get, put, del and batch from setImmediate: each
 * storage step of a request waits for a whole turn of the event loop (behind every socket and timer due), several
 * per request. The same operations, called as promises (dynalite's own wrapper: the same tracking for a graceful
 * close, the same 'Database is closed' errors), answer their callback on the next tick while the loop's turn is
 * young, so a request's storage steps run back to back, and still let sockets and timers in every SLICE_MS.
 */
const callbacksSooner = (db: LevelDb, lifecycle: Lifecycle | undefined): void => {
  const readsInPlace = readsWithoutWaiting(db);
  for (const name of ['get', 'put', 'del', 'batch'] as const) {
    const operation = db[name].bind(db);
    db[name] = (...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback !== 'function') return operation(...args);
      if (name === 'get' && readsInPlace && args.length === 2 && lifecycle?.getState() === 'open') {
        const value = readInPlace(db, args[0]);
        if (value !== FAILED) return answerSoon(callback as (...a: unknown[]) => void, null, value);
      }
      (operation(...args.slice(0, -1)) as Promise<unknown>).then(
        (value) => answerSoon(callback as (...a: unknown[]) => void, null, value),
        (error: unknown) => answerSoon(callback as (...a: unknown[]) => void, error),
      );
      return undefined;
    };
  }
};

/**
 * An in-memory store (memory-level) reads a key from its tree synchronously: its asynchronous `get` is the same read
 * wrapped in an async function, a promise, dynalite's error mapping and its tracking of pending operations for a
 * graceful close, four promise reactions per read, of which a lead run's storage makes ~50 (every write reads the
 * item it replaces, every conditional write checks that its key is absent). `getSync` reads the same tree with the
 * same key and value encodings, at the moment of the call as `get` does (memory-level's `_get` runs before its first
 * await), so the answer is the same; only the promise machinery is skipped. Not for LevelDB on disk (classic-level):
 * its synchronous read would block the event loop on the disk.
 */
const readsWithoutWaiting = (db: LevelDb): boolean => {
  const { MemoryLevel } = fromDynalite('memory-level') as MemoryLevelModule;
  return db instanceof MemoryLevel && typeof db.getSync === 'function';
};

const FAILED: unique symbol = Symbol('failed');

/** The value under `key` read in place, or FAILED when the store is not open or the read throws (then the caller
 * takes the asynchronous path, which answers with dynalite's own error). */
const readInPlace = (db: LevelDb, key: unknown): unknown => {
  if (db.status !== 'open' || !db.getSync) return FAILED;
  try {
    return db.getSync(key);
  } catch {
    return FAILED;
  }
};

/**
 * Every store dynalite creates from now on (the local runtime's, the tests') answers its storage callbacks sooner.
 * Idempotent. Installed on dynalite's db module, whose `create` the in-process store calls.
 */
export const answerStorageCallbacksSooner = (): void => {
  const db = createRequire(import.meta.url)('dynalite/db') as DynaliteDb & { sooner?: true };
  if (db.sooner) return;
  db.sooner = true;
  const create = db.create.bind(db);
  db.create = (options) => {
    const store = create(options);
    callbacksSooner(store.db, store.lifecycleManager);
    return store;
  };
};
