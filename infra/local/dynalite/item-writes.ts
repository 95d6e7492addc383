import type { LevelOperation } from './batch';

/**
 * An item and its index entries in one LevelDB batch. dynalite's PutItem, UpdateItem and DeleteItem (BatchWriteItem
 * runs them item by item) write the index entries of an item first and the item after, as separate LevelDB writes.
 * A kill in between kept the entries without the write of their item: a run record created then was listed by its
 * workflow's GSI Query (status running, forever) while GetItem and Scan did not find it, and the run's next attempt,
 * started at another time, was listed a second time under its own index key (crash-recovery: "51 runs, 50 emails").
 *
 * Here the replaced updateIndexes (key-prefixes.ts) hands the entries to the store's write of their item, which
 * sends them to LevelDB in one batch with it: all or nothing across a kill or a refusing disk, as DynamoDB writes an
 * item and its indexes. The item is locked for the whole action (dynalite's item lock), so nothing else writes it in
 * between; the entries wait under the item's key in the store (`item-<table>~<key>`, dynalite's prefix).
 */

type Write = (...args: unknown[]) => unknown;
interface Level {
  put: Write;
  del: Write;
  batch: Write;
}

/** Index entries waiting for the write of their item, per store (LevelDB instance), by the item's store key. */
const waiting = new WeakMap<object, Map<string, LevelOperation[]>>();

/**
 * Entries of the item at `itemKey` (the store's key) written with it, in the store's next put or del of that key.
 * False when the store writes its items separately (not installed): the caller writes them itself.
 */
export const holdIndexWrites = (level: unknown, itemKey: string, operations: LevelOperation[]): boolean => {
  const held = typeof level === 'object' && level !== null ? waiting.get(level) : undefined;
  if (!held) return false;
  held.set(itemKey, operations);
  return true;
};

/** dynalite's item sub-store key: `item-<table>~` then the item's key (dynalite/db getItemDb, getSubDb). */
export const itemStoreKey = (tableName: string, key: string): string => `item-${tableName}~${key}`;

/** An index sub-store key: `index-<local|global>~<table>~<index>~` then the entry's key (dynalite/db getIndexDb). */
export const indexStoreKey = (indexType: string, tableName: string, indexName: string, key: string): string =>
  `index-${indexType.toLowerCase()}~${tableName}~${indexName}~${key}`;

/** Idempotent: the store's put and del of an item carry the entries held for it, as one batch. */
export const writeItemsWithTheirIndexes = (level: Level): void => {
  if (waiting.has(level)) return;
  const held = new Map<string, LevelOperation[]>();
  waiting.set(level, held);
  const put = level.put.bind(level);
  const del = level.del.bind(level);
  const batch = level.batch.bind(level);
  const withHeld = (key: unknown, own: LevelOperation, rest: unknown[], alone: () => unknown) => {
    const operations = typeof key === 'string' ? held.get(key) : undefined;
    if (!operations) return alone();
    held.delete(key as string);
    return batch([...operations, own], ...rest);
  };
  level.put = (key: unknown, value: unknown, ...rest: unknown[]) =>
    withHeld(key, { type: 'put', key, value }, rest, () => put(key, value, ...rest));
  level.del = (key: unknown, ...rest: unknown[]) =>
    withHeld(key, { type: 'del', key }, rest, () => del(key, ...rest));
};
