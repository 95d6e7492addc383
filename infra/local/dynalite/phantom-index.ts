import { createRequire } from 'node:module';

/**
 * Data dirs written before an item and its index entries became one LevelDB batch (item-writes.ts) may hold index
 * entries a kill left without the write of their item: a record a GSI Query lists (a run `running` forever, a run
 * listed twice) that GetItem does not find, or under an index key its item does not have (an update's new entries
 * written, the item not: its entries under the old key deleted too). Once per data dir, at the start that opens it,
 * every index entry is checked against its item and deleted when it does not match it, and every item gets the
 * entries it should have, as DynamoDB's indexes would hold them. A marker key outside dynalite's key space records
 * that it was done.
 */

type Item = Record<string, Record<string, unknown>>;
interface KeySchemaElement {
  readonly AttributeName: string;
}
interface IndexDescription {
  readonly IndexName: string;
  readonly KeySchema: readonly KeySchemaElement[];
}
interface TableDescription {
  readonly TableName: string;
  readonly GlobalSecondaryIndexes?: readonly IndexDescription[];
  readonly LocalSecondaryIndexes?: readonly IndexDescription[];
}
interface DynaliteKeys {
  createKey(item: Item, table: TableDescription, keySchema?: readonly KeySchemaElement[]): string;
  createIndexKey(item: Item, table: TableDescription, keySchema: readonly KeySchemaElement[]): string;
  getIndexActions(
    indexes: readonly IndexDescription[],
    existingItem: Item | null,
    item: Item,
    table: TableDescription,
  ): { puts: { index: string; key: string; item: Item }[] };
}
/** The slice of an opened LevelDB (valueEncoding json) the sweep uses. */
export interface SweptLevel {
  iterator(options: {
    gte: string;
    lt: string;
  }): AsyncIterable<[string, unknown]> & { close(): Promise<void> };
  get(key: string): Promise<unknown>;
  batch(operations: { type: 'del' | 'put'; key: string; value?: unknown }[]): Promise<void>;
}

export const INDEX_SWEEP_MARKER = 'dynaris~index-entries-checked';

/** The repair's one write failed (nothing of it was applied): space or permissions, not damage. */
export class IndexRepairWriteError extends Error {
  constructor(cause: unknown) {
    super((cause as Error).message, { cause });
    this.name = 'IndexRepairWriteError';
  }
}

const tableOf = (key: string, value: unknown): TableDescription => {
  const table = value as Partial<TableDescription> | null;
  if (typeof table?.TableName !== 'string') throw new Error(`the table description ${key} is not one`);
  return table as TableDescription;
};

const dynaliteKeys = (): DynaliteKeys =>
  createRequire(createRequire(import.meta.url).resolve('dynalite'))('./db') as DynaliteKeys;

const entries = async function* (level: SweptLevel, prefix: string) {
  const iterator = level.iterator({ gte: prefix, lt: `${prefix}\xff` });
  try {
    for await (const entry of iterator) yield entry;
  } finally {
    await iterator.close();
  }
};

/** The index entries that match no item deleted, and those items lack put back; once per data dir. */
export const repairIndexEntries = async (
  level: SweptLevel,
): Promise<{ deleted: number; restored: number }> => {
  if ((await level.get(INDEX_SWEEP_MARKER)) !== undefined) return { deleted: 0, restored: 0 };
  const { createKey, createIndexKey, getIndexActions } = dynaliteKeys();
  const writes: { type: 'del' | 'put'; key: string; value?: unknown }[] = [];
  let deleted = 0;
  for await (const [tableKey, value] of entries(level, 'table~')) {
    const table = tableOf(tableKey, value);
    for (const [type, indexes] of [
      ['global', table.GlobalSecondaryIndexes ?? []],
      ['local', table.LocalSecondaryIndexes ?? []],
    ] as const) {
      const indexPrefix = (index: string) => `index-${type}~${table.TableName}~${index}~`;
      for (const index of indexes) {
        const prefix = indexPrefix(index.IndexName);
        for await (const [key, projected] of entries(level, prefix)) {
          const item = (await level.get(`item-${table.TableName}~${createKey(projected as Item, table)}`)) as
            | Item
            | undefined;
          const indexed = item !== undefined && index.KeySchema.every((k) => item[k.AttributeName] != null);
          if (!indexed || createIndexKey(item, table, index.KeySchema) !== key.slice(prefix.length)) {
            writes.push({ type: 'del', key });
            deleted += 1;
          }
        }
      }
      if (indexes.length === 0) continue;
      for await (const [, item] of entries(level, `item-${table.TableName}~`)) {
        for (const entry of getIndexActions(indexes, null, item as Item, table).puts) {
          const key = `${indexPrefix(entry.index)}${entry.key}`;
          if ((await level.get(key)) === undefined) writes.push({ type: 'put', key, value: entry.item });
        }
      }
    }
  }
  const restored = writes.length - deleted;
  writes.push({
    type: 'put',
    key: INDEX_SWEEP_MARKER,
    value: { at: new Date().toISOString(), deleted, restored },
  });
  try {
    await level.batch(writes);
  } catch (error) {
    throw new IndexRepairWriteError(error);
  }
  return { deleted, restored };
};
