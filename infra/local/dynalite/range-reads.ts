import { createRequire } from 'node:module';

/**
 * dynalite answers every Query and Scan with `queryTable` (db/index.js), which reads its range as a chain of streams
 * and events: a Readable over the LevelDB iterator (./streams.ts), a `lazy` emitter over it, a takeWhile stage for
 * Limit and the 1 MB page, then a join, one event per item through each stage. That chain, not the reading, made a
 * Query cost about six GetItems in instructions (a Readable, two Lazy emitters with their closures, and a promise
 * per item). The range is read here from the same iterator, with the same options, in batches (`nextv`), and the
 * answer is built by dynalite's own code of its join: the same items in the same order, the same Limit and 1 MB
 * page, the same LastEvaluatedKey, filters, projections and consumed capacity.
 *
 * One case keeps dynalite's own path: a local secondary index whose projection is not ALL, read with
 * Select ALL_ATTRIBUTES (each entry fetches its item; `fetchFromItemDb`).
 */

type Item = Record<string, Record<string, unknown>>;
type Json = Record<string, unknown>;
type Callback = (error: unknown, result?: Json) => void;
interface KeySchemaElement {
  readonly AttributeName: string;
}
interface Table {
  readonly TableName: string;
  readonly KeySchema: readonly KeySchemaElement[];
}
/** The range options dynalite's query and scan actions build (keys within a sub-store, without its prefix). */
interface RangeOptions {
  reverse?: boolean;
  limit?: number;
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
}
interface ValueIterator {
  nextv(size: number): Promise<Item[]>;
  close(): Promise<void>;
}
interface Store {
  readonly db: { values(options: RangeOptions): ValueIterator };
}
/** What queryTable reads of the request (the action validated it). */
interface RangeRequest {
  readonly TableName: string;
  readonly IndexName?: string;
  readonly Limit?: number;
  readonly ReturnConsumedCapacity?: string;
  readonly ConsistentRead?: boolean;
  readonly QueryFilter?: Json;
  readonly ScanFilter?: Json;
  readonly ConditionalOperator?: string;
  readonly AttributesToGet?: string[];
  readonly Select?: string;
  readonly _filter?: { expression: unknown };
  readonly _projection?: { paths: unknown };
}
type QueryTable = (
  store: Store,
  table: Table,
  data: RangeRequest,
  opts: RangeOptions,
  isLocal: boolean | undefined,
  fetchFromItemDb: boolean,
  startKeyNames: string[],
  cb: Callback,
) => void;
export interface DynaliteRangeDb {
  queryTable: QueryTable;
  itemSize(item: Item, compress?: boolean, addMetaSize?: boolean, rangeKey?: string): number;
  matchesExprFilter(item: Item, expression: unknown): boolean;
  matchesFilter(item: Item, filter: Json, conditionalOperator?: string): boolean;
  mapPaths(paths: unknown, item: Item): Item;
  /** dynalite's own queryTable, kept when replaced (the differential tests call it). */
  streamedQueryTable?: QueryTable;
}

/** dynalite's page: a Query or Scan stops once it has read 1 MB (its compressed item size). */
const PAGE_BYTES = 1024 * 1024;
/** Entries read per step of the iterator; a page of small items is one or two steps. */
const BATCH = 64;

/** The sub-store's key prefix, as dynalite's getItemDb / getIndexDb name them (db/index.js, getSubDb). */
const prefixOf = (data: RangeRequest, isLocal: boolean | undefined): string =>
  data.IndexName
    ? `index-${isLocal ? 'local' : 'global'}~${data.TableName}~${data.IndexName}~`
    : `item-${data.TableName}~`;

/** dynalite's prefixed sub-store's createValueStream options (createPrefixedDbWrapper), as it builds them. */
const prefixed = (options: RangeOptions, prefix: string): RangeOptions => {
  const out = { ...options };
  if (out.gte) out.gte = prefix + out.gte;
  else if (out.gt) out.gt = prefix + out.gt;
  else out.gte = prefix;
  if (out.lte) out.lte = prefix + out.lte;
  else if (out.lt) out.lt = prefix + out.lt;
  else out.lt = `${prefix}\xFF`;
  return out;
};

const load = createRequire(import.meta.url);

/** Idempotent; dynalite's query and scan actions call `db.queryTable` at request time, so this applies at once. */
export const readRangesDirectly = (): DynaliteRangeDb => {
  const db = load('dynalite/db') as DynaliteRangeDb;
  if (db.streamedQueryTable) return db;
  const streamed = db.queryTable;
  db.streamedQueryTable = streamed;

  db.queryTable = (store, table, data, opts, isLocal, fetchFromItemDb, startKeyNames, cb) => {
    if (fetchFromItemDb) {
      streamed(store, table, data, opts, isLocal, fetchFromItemDb, startKeyNames, cb);
      return;
    }
    readRange(store, table, data, opts, isLocal, startKeyNames).then(
      (result) => cb(null, result),
      (error: unknown) => cb(error),
    );
  };

  const readRange = async (
    store: Store,
    table: Table,
    data: RangeRequest,
    opts: RangeOptions,
    isLocal: boolean | undefined,
    startKeyNames: string[],
  ): Promise<Json> => {
    const calculateCapacity =
      data.ReturnConsumedCapacity === 'TOTAL' || data.ReturnConsumedCapacity === 'INDEXES';
    const rangeKey = table.KeySchema[1]?.AttributeName;
    const limit = data.Limit;
    const full = () => (limit !== undefined && count >= limit) || size >= PAGE_BYTES;
    let tableCapacity = 0;
    let indexCapacity = 0;
    let size = 0;
    let count = 0;
    let items: Item[] = [];

    // dynalite's takeWhile: an item is taken while the page is not full, then counted and measured.
    const iterator = store.db.values(prefixed(opts, prefixOf(data, isLocal)));
    try {
      reading: for (;;) {
        const batch = await iterator.nextv(BATCH);
        if (batch.length === 0) break;
        for (const val of batch) {
          if (full()) break reading;
          if (calculateCapacity) {
            if (data.IndexName) indexCapacity += db.itemSize(val);
            else tableCapacity += db.itemSize(val);
          }
          count++;
          size += db.itemSize(val, true, true, rangeKey);
          items.push(val);
        }
      }
    } finally {
      await iterator.close();
    }

    // dynalite's join (db/index.js queryTable), unchanged.
    const lastItem = items[items.length - 1];
    const queryFilter = data.QueryFilter || data.ScanFilter;
    if (data._filter) {
      const expression = data._filter.expression;
      items = items.filter((val) => db.matchesExprFilter(val, expression));
    } else if (queryFilter) {
      items = items.filter((val) => db.matchesFilter(val, queryFilter, data.ConditionalOperator));
    }
    const result: Json = { ScannedCount: count };
    if (full()) {
      if (data.Limit) items.splice(data.Limit);
      if (lastItem) {
        result.LastEvaluatedKey = startKeyNames.reduce((key: Item, attr) => {
          key[attr] = lastItem[attr] as Record<string, unknown>;
          return key;
        }, {});
      }
    }
    const paths = data._projection ? data._projection.paths : data.AttributesToGet;
    if (paths) items = items.map((item) => db.mapPaths(paths, item));
    result.Count = items.length;
    if (data.Select !== 'COUNT') result.Items = items;
    if (calculateCapacity) {
      const tableUnits = Math.ceil(tableCapacity / 1024 / 4) * (data.ConsistentRead ? 1 : 0.5);
      const indexUnits = Math.ceil(indexCapacity / 1024 / 4) * (data.ConsistentRead ? 1 : 0.5);
      const consumed: Json = { CapacityUnits: tableUnits + indexUnits, TableName: data.TableName };
      if (data.ReturnConsumedCapacity === 'INDEXES') {
        consumed.Table = { CapacityUnits: tableUnits };
        if (data.IndexName) {
          consumed[isLocal ? 'LocalSecondaryIndexes' : 'GlobalSecondaryIndexes'] = {
            [data.IndexName]: { CapacityUnits: indexUnits },
          };
        }
      }
      result.ConsumedCapacity = consumed;
    }
    return result;
  };

  return db;
};
