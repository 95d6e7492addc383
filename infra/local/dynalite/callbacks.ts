import { createRequire } from 'node:module';

type CallbackOperation = 'get' | 'put' | 'del' | 'batch';
type LevelDb = Record<CallbackOperation, (...args: unknown[]) => unknown>;
interface DynaliteDb {
  create(options: unknown): { db: LevelDb };
}

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
const callbacksSooner = (db: LevelDb): void => {
  for (const name of ['get', 'put', 'del', 'batch'] as const) {
    const operation = db[name].bind(db);
    db[name] = (...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback !== 'function') return operation(...args);
      (operation(...args.slice(0, -1)) as Promise<unknown>).then(
        (value) => answerSoon(callback as (...a: unknown[]) => void, null, value),
        (error: unknown) => answerSoon(callback as (...a: unknown[]) => void, error),
      );
      return undefined;
    };
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
    callbacksSooner(store.db);
    return store;
  };
};
