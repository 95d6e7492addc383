import { type NativeAttributeValue, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Database } from '../../shared/ports';
import { decodeCursor, encodeCursor } from '../cursors';
import { GSI1, GSI2, KEY } from '../table';
import type { Item } from './keys';

export { decodeCursor, encodeCursor };

// ---------------------------------------------------------------------------------------------------------------
// Pagination

export interface PageRequest {
  readonly limit?: number;
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: T[];
  /** Opaque; pass back as `cursor` for the next page. Absent on the last page. */
  readonly cursor?: string;
}

/** A repository page of domain values from a page of stored items. */
export const mapPage = <T>(page: Page<Item>, parse: (item: Item) => T): Page<T> => ({
  items: page.items.map(parse),
  ...(page.cursor ? { cursor: page.cursor } : {}),
});

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export const clampLimit = (
  limit: number | undefined,
  max = MAX_PAGE_SIZE,
  fallback = DEFAULT_PAGE_SIZE,
): number => {
  if (limit === undefined || !Number.isFinite(limit)) return Math.min(fallback, max);
  return Math.min(Math.max(Math.trunc(limit), 1), max);
};

export interface QueryPageRequest {
  readonly tenantId: string;
  readonly index?: typeof GSI1 | typeof GSI2;
  readonly keyCondition: string;
  readonly names: Record<string, string>;
  readonly values: Record<string, NativeAttributeValue>;
  readonly filter?: string;
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly newestFirst?: boolean;
}

/**
 * One page of a Query. With a filter, keeps reading (bounded) until the page is full, so callers get `limit` items
 * whenever that many exist; the cursor resumes exactly after the last item returned.
 */
export const queryPage = async (db: Database, req: QueryPageRequest): Promise<Page<Item>> => {
  let startKey = decodeCursor(req.tenantId, req.cursor, {
    IndexName: req.index,
    KeyConditionExpression: req.keyCondition,
    ExpressionAttributeNames: req.names,
    ExpressionAttributeValues: req.values,
  });
  const items: Item[] = [];
  for (let round = 0; round < 20; round++) {
    const input: QueryCommandInput = {
      TableName: db.tableName,
      KeyConditionExpression: req.keyCondition,
      ...(Object.keys(req.names).length ? { ExpressionAttributeNames: req.names } : {}),
      ExpressionAttributeValues: req.values,
      ScanIndexForward: !req.newestFirst,
      Limit: req.filter ? Math.max(req.limit - items.length, 25) : req.limit - items.length,
      ...(req.index ? { IndexName: req.index } : {}),
      ...(req.filter ? { FilterExpression: req.filter } : {}),
      ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    };
    const out = await db.doc.send(new QueryCommand(input));
    const page = out.Items ?? [];
    for (const [i, item] of page.entries()) {
      items.push(item);
      if (items.length === req.limit) {
        const more = i < page.length - 1 || out.LastEvaluatedKey !== undefined;
        return { items, ...(more ? { cursor: encodeCursor(req.tenantId, keyOf(item, req.index))! } : {}) };
      }
    }
    startKey = out.LastEvaluatedKey;
    if (!startKey) return { items };
  }
  const last = items.at(-1);
  return { items, ...(startKey && last ? { cursor: encodeCursor(req.tenantId, startKey)! } : {}) };
};

/** The query part of a page request; tenant, limit and cursor come from the caller's PageRequest. */
export type ListQuery = Omit<QueryPageRequest, 'tenantId' | 'limit' | 'cursor'>;

/**
 * One page of an index, parsed with `fromItem`: the entity store's `list` (entity-store.ts), on its own for a reader
 * that writes nothing (a lead list in a dry run) and so need not carry the store's writes and transactions.
 */
export const listPage =
  <T>(db: Database, fromItem: (item: Item) => T) =>
  async (tenantId: string, query: ListQuery, page: PageRequest = {}): Promise<Page<T>> =>
    mapPage(
      await queryPage(db, { ...query, tenantId, limit: clampLimit(page.limit), cursor: page.cursor }),
      fromItem,
    );

/** The LastEvaluatedKey DynamoDB would give after `item` in a query on `index`. */
const keyOf = (item: Item, index?: string): Item => {
  const key: Item = { [KEY.pk]: item[KEY.pk], [KEY.sk]: item[KEY.sk] };
  if (index === GSI1) Object.assign(key, { [KEY.gsi1pk]: item[KEY.gsi1pk], [KEY.gsi1sk]: item[KEY.gsi1sk] });
  if (index === GSI2) Object.assign(key, { [KEY.gsi2pk]: item[KEY.gsi2pk], [KEY.gsi2sk]: item[KEY.gsi2sk] });
  return key;
};
