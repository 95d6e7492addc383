import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { LevelOperation } from './batch';
import { holdIndexWrites, indexStoreKey, itemStoreKey } from './item-writes';

/**
 * dynalite places every item and index entry under an MD5 prefix of its hash key (`hashPrefix`: a hash object, three
 * Buffers and a hex digest each time), computed again for every key it builds: item keys, index keys (twice per
 * index on a write, for the new and the old entry) and query starts. The prefix depends on the key values only, so
 * it is remembered per value (at most MAX_PREFIXES, the least recently used forgotten first, by generations).
 *
 * dynalite's own functions call each other directly, so the ones that build keys are replaced on its db module
 * (which its actions call): createKey, createIndexKey and hashPrefix, and updateIndexes with getIndexActions, which
 * are dynalite 4.0.0's code (Apache-2.0, https://github.com/architect/dynalite, db/index.js) calling the
 * remembering createIndexKey.
 */

type Json = Record<string, unknown>;
type Item = Record<string, Record<string, string>>;
type Callback = (error?: unknown) => void;
interface KeySchemaElement {
  AttributeName: string;
}
interface Index {
  IndexName: string;
  KeySchema: KeySchemaElement[];
  Projection: { ProjectionType: string; NonKeyAttributes?: string[] };
}
interface Table {
  TableName: string;
  KeySchema: KeySchemaElement[];
  LocalSecondaryIndexes?: Index[];
  GlobalSecondaryIndexes?: Index[];
}
interface LevelSubDb {
  put(key: string, value: unknown, callback: Callback): void;
  del(key: string, callback: Callback): void;
}
interface Store {
  /** The LevelDB instance every sub-store writes to (prefixed keys). */
  db?: unknown;
  getIndexDb(indexType: string, tableName: string, indexName: string): LevelSubDb;
}
type Visit = (attr: string, type: string, isHash: boolean) => unknown;
interface DynaliteDb {
  hashPrefix(hashKey: string, hashType: string, rangeKey?: string, rangeType?: string): string;
  createKey(item: Item, table: Table, keySchema?: KeySchemaElement[] | null): string;
  createIndexKey(item: Item, table: Table, keySchema: KeySchemaElement[]): string;
  traverseKey(table: Table, keySchema: KeySchemaElement[] | Visit, visit?: Visit): unknown;
  toRangeStr(keyPiece: string, type: string): string;
  updateIndexes(store: Store, table: Table, existingItem: Item | null, item: Item | null, cb: Callback): void;
  getIndexActions(indexes: Index[], existingItem: Item | null, item: Item | null, table: Table): Json;
  /** dynalite's own functions, kept when replaced (the differential tests call them). */
  originalKeys?: Pick<DynaliteDb, 'hashPrefix' | 'createKey' | 'createIndexKey' | 'getIndexActions'>;
}

/**
 * 4,000 keys hold what is built again within a run: replaying the key sequence of 3,000 lead runs (460,000 prefix
 * lookups, 17.6% of them keys seen for the first time) through first-in-first-out caches of several sizes, 4,000
 * entries missed 0.05% more often than 20,000 (0.2% more than an unbounded cache), 2,000 0.6% more, 1,000 19% more. At
 * 20,000 (about 5 MB of heap) the cache filled only after 2k-3k runs: live heap that grew after the memory bench's
 * 1k checkpoint for no hit (docs/performance.md).
 */
const MAX_PREFIXES = 4_000;
const load = createRequire(import.meta.url);
const async = createRequire(load.resolve('dynalite'))('async') as {
  parallel(tasks: ((cb: Callback) => void)[], cb: Callback): void;
};

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * dynalite's prefix of string keys (`md5('Outliers' + utf8(hash) + utf8(range))`, its first six hex digits) by one
 * `crypto.hash` call of the joined text instead of a Hash object, three updates and a Buffer per key: 1.7-3.3 ->
 * 0.5-1.4 us per prefix. The UTF-8 of the joined text is the join of the UTF-8 of each part except where a high
 * surrogate ends the hash key and a low one starts the range key (each alone is U+FFFD, together one character):
 * then, and for number and binary keys, undefined (dynalite's own function computes it).
 */
const stringPrefix = (
  hashKey: string,
  hashType: string,
  rangeKey?: string,
  rangeType?: string,
): string | undefined => {
  if (hashType !== 'S') return undefined;
  if (!rangeKey) return hash('md5', `Outliers${hashKey}`, 'hex').slice(0, 6);
  if (rangeType !== 'S') return undefined;
  if (isHighSurrogate(hashKey.charCodeAt(hashKey.length - 1)) && isLowSurrogate(rangeKey.charCodeAt(0)))
    return undefined;
  return hash('md5', `Outliers${hashKey}${rangeKey}`, 'hex').slice(0, 6);
};

/** Idempotent; dynalite's actions call the db module's functions at request time, so this applies at once. */
export const rememberKeyPrefixes = (): DynaliteDb => {
  const db = load('dynalite/db') as DynaliteDb;
  if (db.originalKeys) return db;
  db.originalKeys = {
    hashPrefix: db.hashPrefix,
    createKey: db.createKey,
    createIndexKey: db.createIndexKey,
    getIndexActions: db.getIndexActions,
  };
  const computePrefix = db.hashPrefix;
  // Two generations of MAX_PREFIXES / 2: a key is looked up in the recent one, then the older one (and kept again
  // in the recent one); when the recent one is full it becomes the older one. The bound and the hit rate are those
  // of a first-in-first-out map of MAX_PREFIXES (the same misses, ±0.1%, replaying 75,000 lookups of lead runs), but
  // forgetting costs nothing: a Map's oldest entry, deleted one at a time, leaves a hole that every later
  // `keys().next()` steps over again until the table is rebuilt (0.54-0.97 -> 0.20-0.51 us per lookup in that replay).
  let recent = new Map<string, string>();
  let older = new Map<string, string>();

  const hashPrefix = (hashKey: string, hashType: string, rangeKey?: string, rangeType?: string): string => {
    const id = rangeKey
      ? `${hashType}\u0000${hashKey}\u0000${rangeType}\u0000${rangeKey}`
      : `${hashType}\u0000${hashKey}`;
    let prefix = recent.get(id);
    if (prefix !== undefined) return prefix;
    prefix =
      older.get(id) ??
      stringPrefix(hashKey, hashType, rangeKey, rangeType) ??
      computePrefix(hashKey, hashType, rangeKey, rangeType);
    if (recent.size >= MAX_PREFIXES / 2) {
      older = recent;
      recent = new Map();
    }
    recent.set(id, prefix);
    return prefix;
  };

  const createKey = (item: Item, table: Table, keySchema?: KeySchemaElement[] | null): string => {
    let keyStr = '';
    db.traverseKey(table, keySchema ?? table.KeySchema, (attr, type, isHash) => {
      const piece = (item[attr] as Record<string, string>)[type] as string;
      if (isHash) keyStr = `${hashPrefix(piece, type)}/`;
      keyStr += `${db.toRangeStr(piece, type)}/`;
      return undefined;
    });
    return keyStr;
  };

  const createIndexKey = (item: Item, table: Table, keySchema: KeySchemaElement[]): string => {
    const pieces: string[] = [];
    db.traverseKey(table, (attr, type) => {
      pieces.push((item[attr] as Record<string, string>)[type] as string, type);
      return undefined;
    });
    return (
      createKey(item, table, keySchema) +
      hashPrefix(pieces[0] as string, pieces[1] as string, pieces[2], pieces[3])
    );
  };

  // dynalite's getIndexActions and updateIndexes, unchanged but for the createIndexKey they call.
  const getIndexActions = (indexes: Index[], existingItem: Item | null, item: Item | null, table: Table) => {
    const puts: { index: string; key: string; item: Item }[] = [];
    const deletes: { index: string; key: string }[] = [];
    const tableKeys = table.KeySchema.map((key) => key.AttributeName);
    for (const index of indexes) {
      const indexKeys = index.KeySchema.map((key) => key.AttributeName);
      let key: string | null = null;
      let itemPieces = item;
      if (item && indexKeys.every((k) => item[k] != null)) {
        if (index.Projection.ProjectionType !== 'ALL') {
          const indexAttrs = indexKeys.concat(tableKeys, index.Projection.NonKeyAttributes || []);
          itemPieces = indexAttrs.reduce((obj, attr) => {
            obj[attr] = item[attr] as Record<string, string>;
            return obj;
          }, Object.create(null) as Item);
        }
        key = createIndexKey(itemPieces as Item, table, index.KeySchema);
        puts.push({ index: index.IndexName, key, item: itemPieces as Item });
      }
      if (existingItem && indexKeys.every((k) => existingItem[k] != null)) {
        const existingKey = createIndexKey(existingItem, table, index.KeySchema);
        if (existingKey !== key) deletes.push({ index: index.IndexName, key: existingKey });
      }
    }
    return { puts, deletes };
  };

  /** The entries go to the store with the write of their item, in one batch (item-writes.ts); false if not installed. */
  const holdWithItem = (
    store: Store,
    table: Table,
    existingItem: Item | null,
    item: Item | null,
  ): boolean => {
    const operations: LevelOperation[] = [];
    for (const indexType of ['Local', 'Global'] as const) {
      const indexes = table[`${indexType}SecondaryIndexes`] || [];
      const actions = getIndexActions(indexes, existingItem, item, table);
      const storeKey = (index: string, key: string) => indexStoreKey(indexType, table.TableName, index, key);
      for (const del of actions.deletes) operations.push({ type: 'del', key: storeKey(del.index, del.key) });
      for (const put of actions.puts)
        operations.push({ type: 'put', key: storeKey(put.index, put.key), value: put.item });
    }
    const itemKey = itemStoreKey(table.TableName, createKey((item ?? existingItem) as Item, table));
    return operations.length === 0 || holdIndexWrites(store.db, itemKey, operations);
  };

  const updateIndexes = (
    store: Store,
    table: Table,
    existingItem: Item | null,
    item: Item | null,
    cb: Callback,
  ) => {
    if (!existingItem && !item) return cb();
    if (holdWithItem(store, table, existingItem, item)) return cb();
    const puts: ((cb: Callback) => void)[] = [];
    const deletes: ((cb: Callback) => void)[] = [];
    for (const indexType of ['Local', 'Global'] as const) {
      const indexes = table[`${indexType}SecondaryIndexes`] || [];
      const actions = getIndexActions(indexes, existingItem, item, table);
      for (const action of actions.puts) {
        const indexDb = store.getIndexDb(indexType, table.TableName, action.index);
        puts.push(indexDb.put.bind(indexDb, action.key, action.item));
      }
      for (const action of actions.deletes) {
        const indexDb = store.getIndexDb(indexType, table.TableName, action.index);
        deletes.push(indexDb.del.bind(indexDb, action.key));
      }
    }
    async.parallel(deletes, (err) => {
      if (err) return cb(err);
      async.parallel(puts, cb);
    });
  };

  db.hashPrefix = hashPrefix;
  db.createKey = createKey;
  db.createIndexKey = createIndexKey;
  db.getIndexActions = getIndexActions;
  db.updateIndexes = updateIndexes;
  return db;
};
