import { answerSoon } from './callbacks';

/**
 * dynalite reads the table's description from storage at the start of every data request (`getTable`: a LevelDB
 * get and a JSON.parse of the whole description, key schema and indexes, for each Get, Put, Update, Delete, Query,
 * Scan and each table of a batch). The description changes only when the table itself is written (CreateTable,
 * UpdateTable, DeleteTable and their status changes, all through `store.tableDb`), so the data requests' reads are
 * remembered per table and forgotten at every table write, before it and again once it is stored; a read that
 * overlapped a table write is not kept. Remembered descriptions are frozen: data actions only read them.
 *
 * Only the data requests' form, `getTable(name, callback)` (which refuses a CREATING or DELETING table), is
 * answered from memory; table management (`getTable(name, false, callback)`) reads storage, then edits and writes
 * its own copy, as before.
 */

type Json = Record<string, unknown>;
type TableCallback = (error: Error | null, table?: Json) => void;
type WriteCallback = (...args: unknown[]) => void;
interface TableDb {
  put(key: string, value: unknown, callback?: WriteCallback): unknown;
  del(key: string, callback?: WriteCallback): unknown;
  batch(operations: unknown[], callback?: WriteCallback): unknown;
}
export interface TableStore {
  tableDb: TableDb;
  getTable(name: string, checkStatus: boolean | TableCallback, callback?: TableCallback): void;
  remembersTables?: true;
}

const deepFreeze = (value: unknown): void => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
};

/** Idempotent per store. */
export const rememberTables = (store: TableStore): void => {
  if (store.remembersTables) return;
  store.remembersTables = true;
  const remembered = new Map<string, Json>();
  let generation = 0;
  const forget = () => {
    generation += 1;
    remembered.clear();
  };

  const { tableDb } = store;
  for (const name of ['put', 'del', 'batch'] as const) {
    const write = (tableDb[name] as (...args: unknown[]) => unknown).bind(tableDb);
    (tableDb as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      forget();
      const callback = args.at(-1);
      if (typeof callback !== 'function') return write(...args);
      return write(...args.slice(0, -1), (...result: unknown[]) => {
        forget();
        (callback as WriteCallback)(...result);
      });
    };
  }

  const read = store.getTable.bind(store);
  store.getTable = (name, checkStatus, callback) => {
    if (typeof checkStatus !== 'function') return read(name, checkStatus, callback);
    const table = remembered.get(name);
    if (table) return answerSoon(checkStatus as (...args: unknown[]) => void, null, table);
    const started = generation;
    read(name, (error, found) => {
      if (!error && found && generation === started) {
        deepFreeze(found);
        remembered.set(name, found);
      }
      checkStatus(error, found);
    });
  };
};
