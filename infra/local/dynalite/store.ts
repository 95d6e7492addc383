import { createRequire } from 'node:module';
import { installAttributeFastPaths } from './attribute-checks';
import { inOneBatch, installTransactionBatches, type OneBatch } from './batch';
import type { ColdTierOptions } from './cold-tier';
import { memoizeDynaliteParsers } from './expressions';
import { writeItemsWithTheirIndexes } from './item-writes';
import { rememberKeyPrefixes } from './key-prefixes';
import { keepMemoryStoresAsText } from './memory-text';
import { readRangesDirectly } from './range-reads';
import { closeRangeIterators, type RangeReadable } from './streams';
import { rememberTables, type TableStore } from './table-memo';
import type { TieredStore } from './tiered-memory-level';

/**
 * dynalite's store driven directly: the same request validation and actions its HTTP server runs for each request
 * (validations.checkTypes/checkValidations, then actions/<operation>), without the HTTP server, the socket, the
 * signature check or the CRC: a request is the operation name and the parsed JSON body of the wire format, the
 * answer is the status and JSON body dynalite would have sent.
 */

export type Json = Record<string, unknown>;
export type AttributeMap = Record<string, Record<string, unknown>>;

export interface WireResponse {
  readonly status: number;
  readonly body: Json;
}

export interface DynaliteStore {
  /** One DynamoDB operation as dynalite answers it; rejects only on an internal failure of the store. */
  call(operation: string, body: Json): Promise<WireResponse>;
  /** Runs `work` with the store's writes collected, written as one LevelDB batch when it returns true. */
  readonly inOneBatch: OneBatch;
  close(): Promise<void>;
}

/** What dynalite itself implements (the front adds transactions and TTL). */
export const DYNALITE_OPERATIONS = [
  'BatchGetItem',
  'BatchWriteItem',
  'CreateTable',
  'DeleteItem',
  'DeleteTable',
  'DescribeTable',
  'GetItem',
  'ListTables',
  'PutItem',
  'Query',
  'Scan',
  'TagResource',
  'UntagResource',
  'ListTagsOfResource',
  'UpdateItem',
  'UpdateTable',
] as const;

interface DynaliteError extends Error {
  statusCode?: number;
  body?: Json;
}
type Callback = (error: DynaliteError | null, result?: Json) => void;
interface Store {
  lifecycleManager?: { gracefulClose(callback: (error?: Error | null) => void): void };
  db: { close(callback: (error?: Error | null) => void): void };
}
interface Validation {
  types: Json;
  custom?: unknown;
}
interface Validations {
  checkTypes(data: Json, types: Json): Json;
  checkValidations(data: Json, types: Json, custom: unknown, store: Store): void;
  toLowerFirst(name: string): string;
}

// dynalite is CommonJS without type declarations; its modules are required as its own index requires them.
const load = createRequire(import.meta.url);
keepMemoryStoresAsText();
const db = load('dynalite/db') as { create(options: Json): Store };
const validations = load('dynalite/validations') as Validations;
const actions = new Map<string, (store: Store, data: Json, callback: Callback) => void>();
const rules = new Map<string, Validation>();
for (const operation of DYNALITE_OPERATIONS) {
  const name = validations.toLowerFirst(operation);
  actions.set(operation, load(`dynalite/actions/${name}`));
  rules.set(operation, load(`dynalite/validations/${name}`));
}

memoizeDynaliteParsers();
installAttributeFastPaths();
rememberKeyPrefixes();
readRangesDirectly();

const failure = (status: number, type: string, message?: string): WireResponse => ({
  status,
  body: { __type: type, ...(message ? { message } : {}) },
});

export const openDynaliteStore = (options: {
  readonly path?: string;
  /** In memory (no path): move older items to a LevelDB in this folder (./cold-tier.ts). */
  readonly coldTier?: ColdTierOptions;
}): DynaliteStore => {
  installTransactionBatches();
  const store = db.create({
    ...(options.path ? { path: options.path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  if (options.coldTier && !options.path)
    (store.db as unknown as TieredStore).attachColdTier(options.coldTier);
  writeItemsWithTheirIndexes(store.db as unknown as Parameters<typeof writeItemsWithTheirIndexes>[0]);
  closeRangeIterators(store.db as unknown as RangeReadable);
  rememberTables(store as unknown as TableStore);
  let closed: Promise<void> | undefined;
  return {
    inOneBatch: (work) => inOneBatch(store.db, work),
    call(operation, body) {
      const action = actions.get(operation);
      const rule = rules.get(operation);
      if (!action || !rule) {
        return Promise.resolve(failure(400, 'com.amazon.coral.service#UnknownOperationException'));
      }
      let data: Json;
      try {
        data = validations.checkTypes(body, rule.types);
        validations.checkValidations(data, rule.types, rule.custom, store);
      } catch (error) {
        const e = error as DynaliteError;
        if (e.statusCode && e.body) return Promise.resolve({ status: e.statusCode, body: e.body });
        return Promise.reject(error);
      }
      return new Promise((resolve, reject) => {
        action(store, data, (error, result) => {
          if (error?.statusCode && error.body) resolve({ status: error.statusCode, body: error.body });
          else if (error) reject(error);
          else resolve({ status: 200, body: result ?? {} });
        });
      });
    },
    close() {
      closed ??= new Promise((resolve, reject) => {
        const done = (error?: Error | null) => (error ? reject(error) : resolve());
        if (store.lifecycleManager) store.lifecycleManager.gracefulClose(done);
        else store.db.close(done);
      });
      return closed;
    },
  };
};
