import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Database } from '../../shared/ports';
import { KEY } from '../table';
import { assertId, type Item, NotFoundError, VersionConflictError } from './keys';

// ---------------------------------------------------------------------------------------------------------------
// Reads

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** A strongly consistent GetItem: the stored item, or undefined. */
export const readItem = async (db: Database, key: ItemKey): Promise<Item | undefined> => {
  const out = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }));
  return out.Item;
};

/** Every item a query matches, page after page: for item sets read whole (small by design). */
export const queryAll = async (
  db: Database,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Item[]> => {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        ...input,
        TableName: db.tableName,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
};

/** Every item of one partition, read consistently. */
export const readPartition = (db: Database, pk: string): Promise<Item[]> =>
  queryAll(db, {
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': KEY.pk },
    ExpressionAttributeValues: { ':pk': pk },
    ConsistentRead: true,
  });

/** Find by id: a malformed id is a NotFoundError (never a key), the item is read consistently and parsed. */
export const findById = async <T>(
  db: Database,
  entity: string,
  id: string,
  key: ItemKey,
  parse: (item: Item) => T,
): Promise<T | undefined> => {
  assertId(entity, id);
  const item = await readItem(db, key);
  return item ? parse(item) : undefined;
};

/** The value, or NotFoundError(entity, id) (404) when there is none. */
export const mustExist = <T>(entity: string, id: string, value: T | undefined): T => {
  if (value === undefined) throw new NotFoundError(entity, id);
  return value;
};

/** Follows a uniqueness marker (see uniqueKey) to its owner: reads the marker, then finds the id it names. */
export const findByUniqueKey = async <T>(
  db: Database,
  marker: ItemKey,
  ownerIdAttribute: string,
  find: (id: string) => Promise<T | undefined>,
): Promise<T | undefined> => {
  const id = (await readItem(db, marker))?.[ownerIdAttribute] as string | undefined;
  return id ? find(id) : undefined;
};

/** A caller that names the version it read gets VersionConflictError (409) when the item has moved on. */
export const assertExpectedVersion = (
  entity: string,
  id: string,
  current: { readonly version: number },
  expectedVersion: number | undefined,
): void => {
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    throw new VersionConflictError(entity, id, expectedVersion);
  }
};
