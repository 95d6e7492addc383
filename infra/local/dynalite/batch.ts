import { createRequire } from 'node:module';

/**
 * One LevelDB batch per transaction. While `inOneBatch` runs, the writes dynalite makes to one store (items and
 * their index entries, through LevelDB's put/del/batch) are collected instead of written; when the work says commit
 * they are written as one LevelDB batch, which LevelDB applies whole or not at all, also across a kill or a full
 * disk. So a TransactWriteItems that is refused or cancelled has written nothing, and one answered 200 is all there.
 *
 * Installed on the LevelDB classes before dynalite opens its store (dynalite binds their methods then). Writes are
 * collected per store (the LevelDB instance, dynalite's `store.db`): the caller holds the store's exclusive lock, so
 * no other request writes to it meanwhile; other stores in the process are written as usual.
 */

type Write = (this: unknown, ...args: unknown[]) => unknown;
export type LevelOperation = { type: 'put'; key: unknown; value: unknown } | { type: 'del'; key: unknown };
interface Collection {
  readonly operations: LevelOperation[];
  /** Writes made while true are dropped (a ConditionCheck evaluated through an UpdateItem). */
  dropping: boolean;
}

/** The write methods installed here (a later wrapper of the prototype, such as data-dir's, gets wrapped again). */
const ours = new WeakSet<object>();
const collecting = new Map<unknown, Collection>();

const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
const classes = (): { prototype: Record<string, unknown> }[] => [
  (fromDynalite('classic-level') as { ClassicLevel: { prototype: Record<string, unknown> } }).ClassicLevel,
  (fromDynalite('memory-level') as { MemoryLevel: { prototype: Record<string, unknown> } }).MemoryLevel,
];

const collect = (c: Collection, operations: readonly LevelOperation[]): Promise<void> => {
  if (!c.dropping) c.operations.push(...operations);
  return Promise.resolve();
};

/** True when the store's default value encoding is JSON (dynalite opens both its stores with it). */
const storesJson = (db: unknown): boolean =>
  (db as { valueEncoding?(): { commonName?: string } }).valueEncoding?.().commonName === 'json';

/**
 * The operations with every put's value written as its JSON text (valueEncoding 'utf8'), each distinct object once.
 * An item and its index entries of ALL projection are the same object (dynalite's getIndexActions), which the JSON
 * encoding stringified once per entry: 2 GSIs, three times. The stored text is the same (the JSON encoding is
 * JSON.stringify, then the same utf8 format). A value that is not a plain object, or an operation that names its
 * own encoding, is left to the store; if stringifying throws, the store gets the operations as they came.
 */
const encodedOnce = (operations: readonly LevelOperation[]): LevelOperation[] => {
  const texts = new Map<object, string>();
  try {
    return operations.map((op) => {
      if (op.type !== 'put' || typeof op.value !== 'object' || op.value === null || 'valueEncoding' in op)
        return op;
      let text = texts.get(op.value);
      if (text === undefined) {
        text = JSON.stringify(op.value);
        texts.set(op.value, text);
      }
      return { ...op, value: text, valueEncoding: 'utf8' } as LevelOperation;
    });
  } catch {
    return [...operations];
  }
};

const marked = (method: Write): Write => {
  ours.add(method);
  return method;
};

/** Idempotent; call before dynalite creates its store. */
export const installTransactionBatches = (): void => {
  for (const { prototype } of classes()) {
    if (ours.has(prototype.put as object)) continue;
    const put = prototype.put as Write;
    const del = prototype.del as Write;
    const batch = prototype.batch as Write;
    prototype.put = marked(function (this: unknown, key: unknown, value: unknown, ...rest: unknown[]) {
      const c = collecting.get(this);
      return c && rest.length === 0
        ? collect(c, [{ type: 'put', key, value }])
        : put.call(this, key, value, ...rest);
    });
    prototype.del = marked(function (this: unknown, key: unknown, ...rest: unknown[]) {
      const c = collecting.get(this);
      return c && rest.length === 0 ? collect(c, [{ type: 'del', key }]) : del.call(this, key, ...rest);
    });
    prototype.batch = marked(function (this: unknown, ...args: unknown[]) {
      const [operations, ...rest] = args;
      const c = collecting.get(this);
      if (c && Array.isArray(operations) && rest.length === 0)
        return collect(c, operations as LevelOperation[]);
      if (Array.isArray(operations) && rest.length === 0 && storesJson(this))
        return batch.call(this, encodedOnce(operations as LevelOperation[]));
      return batch.apply(this, args);
    });
  }
};

export interface BatchScope {
  /** Runs `work` with its writes dropped (a check that must not write). */
  dropping<T>(work: () => Promise<T>): Promise<T>;
}

/** Runs `work` with the store's writes collected, written as one batch when it returns true. */
export type OneBatch = (work: (scope: BatchScope) => Promise<boolean>) => Promise<void>;

/**
 * Runs `work` collecting the writes to `level`, then writes them as one batch when it returns true (nothing when
 * it returns false). A commit the store refuses throws, with nothing written.
 */
export const inOneBatch = async (
  level: unknown,
  work: (scope: BatchScope) => Promise<boolean>,
): Promise<void> => {
  if (collecting.has(level)) throw new Error('invariant: transactions on one store do not overlap');
  const collection: Collection = { operations: [], dropping: false };
  collecting.set(level, collection);
  let commit: boolean;
  try {
    commit = await work({
      async dropping(inner) {
        collection.dropping = true;
        try {
          return await inner();
        } finally {
          collection.dropping = false;
        }
      },
    });
  } finally {
    collecting.delete(level);
  }
  const { operations } = collection;
  if (!commit || operations.length === 0) return;
  // Through the store's own batch: it no longer collects, so the operations reach LevelDB as one batch.
  await (level as { batch(operations: LevelOperation[]): Promise<unknown> }).batch(operations);
};
