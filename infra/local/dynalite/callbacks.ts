import { AsyncLocalStorage } from 'node:async_hooks';
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

/**
 * Which lane the work in this async context is in (the local runtime sets it):
 *  - 'front': an HTTP request (webhooks, the API) or a bus delivery (the dispatcher's starts, the correlator's
 *    resumes): what someone outside is waiting for;
 *  - 'background': a run's task invocations (its Lambda functions and service integrations);
 *  - unset: anything else (timers and sweeps), which waits its turn as the background does.
 */
export type Lane = 'front' | 'background';
const lane = new AsyncLocalStorage<Lane>();

/** Runs `work` (and everything it sets going) in a lane. */
export const inLane = <T>(which: Lane, work: () => T): T => lane.run(which, work);

/**
 * Storage work everyone waits for: a transaction waiting for the store's lock (for the requests that hold it, a
 * run's background ones included, to finish) or holding it. Until the returned function is called, every callback is
 * answered at once and the deferred ones are all answered in the next turn: otherwise the front would wait behind
 * the whole background through the lock (a priority inversion).
 */
let urgent = 0;
export const urgentWhile = (): (() => void) => {
  urgent += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    urgent -= 1;
  };
};

/** The lane of the work running now (undefined: neither). */
export const currentLane = (): Lane | undefined => lane.getStore();

/**
 * While background work waits (the queue below is not empty), the front's storage steps answer on the next tick: a
 * webhook's few requests no longer wait behind every run in flight for a turn of the loop at each step (its handling
 * alone took 0.4-5 s under 50 webhooks/s with the server short of CPU). With nothing to pass, the front is sliced as
 * everything else (always answering it on the next tick cost the API bench +34% CPU per request, with no background
 * work at all). Work answers on the next tick while this turn of the event loop is young; past SLICE_MS it waits in
 * the queue below, so sockets and timers still get in. The order of work changes, not the work.
 */
export const answerSoon = (callback: (...args: unknown[]) => void, ...args: unknown[]): void => {
  if (urgent > 0 || (draining && lane.getStore() === 'front')) {
    process.nextTick(callback, ...args);
    return;
  }
  const now = performance.now();
  if (!sliceOpen) {
    sliceOpen = true;
    sliceStart = now;
    setImmediate(() => {
      sliceOpen = false;
    });
  }
  if (now - sliceStart < SLICE_MS) process.nextTick(callback, ...args);
  else {
    const inContext = AsyncLocalStorage.snapshot();
    later(() => inContext(callback, ...args));
  }
};

/**
 * Background callbacks past their turn's slice, oldest first. Each turn of the loop answers them for at most SLICE_MS
 * (what they set going counted: the next one is taken only once the microtasks queued before it have run) and
 * leaves the rest for the next turn: as setImmediate callbacks they all ran in the next turn, however many runs were
 * in flight, so a turn of the loop (and a webhook's wait for its socket to be read, and each of its hops) grew with
 * the load. Each runs in the async context it was deferred in (AsyncLocalStorage.snapshot).
 */
const deferred: ((() => void) | undefined)[] = [];
let deferredHead = 0;
let draining = false;

const later = (run: () => void): void => {
  deferred.push(run);
  if (!draining) {
    draining = true;
    setImmediate(drain);
  }
};

const drain = (): void => {
  const until = performance.now() + SLICE_MS;
  // What this turn answers: the callbacks deferred before it began (those deferred meanwhile wait their turn).
  const end = deferred.length;
  const next = (): void => {
    if (deferredHead < end && (urgent > 0 || performance.now() < until)) {
      const run = deferred[deferredHead] as () => void;
      deferred[deferredHead] = undefined;
      deferredHead += 1;
      try {
        run();
      } finally {
        // After what the callback queued: the next one is taken once its first continuations have run. A callback
        // that throws (an uncaught exception, as from setImmediate) does not stop the others.
        queueMicrotask(next);
      }
      return;
    }
    if (deferredHead >= 1024 && deferredHead * 2 >= deferred.length) {
      deferred.splice(0, deferredHead);
      deferredHead = 0;
    }
    if (deferredHead < deferred.length) setImmediate(drain);
    else draining = false;
  };
  next();
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
