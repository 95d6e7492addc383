import { randomBytes } from 'node:crypto';
import type { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  type NativeAttributeValue,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../shared/errors';
import type { Database } from '../shared/ports';
import { POLICIES, retry } from '../shared/retry';
import { decodeCursor, encodeCursor } from './cursors';
import { GSI1, GSI2, KEY, tenantKey } from './table';

export { decodeCursor, encodeCursor };

/**
 * Helpers shared by the business repositories (leads, contacts, bookings, invoices, files, knowledge): typed
 * errors, key builders, optimistic versioning, cursor pagination and transactions with readable conflicts.
 */

export { NotFoundError };
export type Item = Record<string, NativeAttributeValue>;

/** Someone else changed the item since it was read (optimistic versioning). Retrying after a re-read is safe. */
export class VersionConflictError extends ConflictError {
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string, expectedVersion?: number) {
    super(
      expectedVersion === undefined
        ? `${entity} ${id} was changed concurrently; read it again and retry`
        : `${entity} ${id} is no longer at version ${expectedVersion}; read it again and retry`,
    );
    this.entity = entity;
    this.id = id;
  }
}

/** A uniqueness rule refused the write (same email, same path …). */
export class AlreadyExistsError extends ConflictError {
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string, message?: string) {
    super(message ?? `${entity} ${id} already exists`);
    this.entity = entity;
    this.id = id;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Keys and ids

/** The main item of an entity: pk `T#<t>#<ENTITY>#<id>`, sk `<ENTITY>`. */
export const entityKey = (tenantId: string, entity: string, id: string): { pk: string; sk: string } => ({
  pk: tenantKey(tenantId, entity, id),
  sk: entity,
});

/** A uniqueness marker: pk `T#<t>#<KIND>#<value>`, sk `<KIND>`. Written in the same transaction as its owner. */
export const uniqueKey = (tenantId: string, kind: string, value: string): { pk: string; sk: string } => ({
  pk: tenantKey(tenantId, kind, value),
  sk: kind,
});

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Time-ordered id (ULID layout: 10 chars of milliseconds, 16 random), with a short type prefix: `ld_01J…`. */
export const newId = (prefix: string, now: Date = new Date()): string => {
  let time = now.getTime();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const bytes = randomBytes(16);
  let tail = '';
  for (const b of bytes) tail += CROCKFORD[b % 32];
  return `${prefix}_${head}${tail}`;
};

/** Ids travel in keys: refuse separators and anything that is not a plain token. */
export const assertId = (entity: string, id: string): void => {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) throw new NotFoundError(entity, id.slice(0, 128));
};

const KEY_ATTRIBUTES = new Set<string>([
  KEY.pk,
  KEY.sk,
  KEY.gsi1pk,
  KEY.gsi1sk,
  KEY.gsi2pk,
  KEY.gsi2sk,
  KEY.ttl,
]);

/** The domain view of a stored item: keys, index attributes and the type tag removed. */
export const stripKeys = <T>(item: Item): T => {
  const out: Item = {};
  for (const [k, v] of Object.entries(item)) if (!KEY_ATTRIBUTES.has(k) && k !== 'type') out[k] = v;
  return out as T;
};

/** stripKeys without the tenantId either: what a repository hands out (the caller already knows the tenant). */
export const withoutTenant = <T>(item: Item): T => {
  const { tenantId: _t, ...rest } = stripKeys<Item>(item);
  return rest as T;
};

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

/** The LastEvaluatedKey DynamoDB would give after `item` in a query on `index`. */
const keyOf = (item: Item, index?: string): Item => {
  const key: Item = { [KEY.pk]: item[KEY.pk], [KEY.sk]: item[KEY.sk] };
  if (index === GSI1) Object.assign(key, { [KEY.gsi1pk]: item[KEY.gsi1pk], [KEY.gsi1sk]: item[KEY.gsi1sk] });
  if (index === GSI2) Object.assign(key, { [KEY.gsi2pk]: item[KEY.gsi2pk], [KEY.gsi2sk]: item[KEY.gsi2sk] });
  return key;
};

// ---------------------------------------------------------------------------------------------------------------
// Writes

export const isConditionalCheckFailed = (error: unknown): boolean =>
  (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';

export const isTransactionCanceled = (error: unknown): error is TransactionCanceledException =>
  (error as { name?: string } | null)?.name === 'TransactionCanceledException';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface TransactStep {
  readonly item: TransactItem;
  /** The error to raise when this item's condition fails; a generic conflict naming `label` otherwise. */
  readonly onConditionFailed?: () => Error;
  /** What the item is, for error messages: "lead ld_…", "calendar day 2026-03-01". */
  readonly label: string;
}

/** Creates an item that must not exist yet (a new entity, a uniqueness marker). */
export const putNewStep = (
  db: Database,
  label: string,
  item: Item,
  onConditionFailed?: () => Error,
): TransactStep => ({
  label,
  ...(onConditionFailed ? { onConditionFailed } : {}),
  item: { Put: { TableName: db.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
});

/** The label, conflict error and condition of a write that holds only while the entity is still at `version`. */
const atVersion = (entity: string, id: string, version: number) => ({
  label: `${entity} ${id}`,
  onConditionFailed: () => new VersionConflictError(entity, id, version),
  condition: { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': version } },
});

/** Replaces an entity only while it is still at `version`; otherwise VersionConflictError (409). */
export const putAtVersionStep = (
  db: Database,
  entity: string,
  id: string,
  item: Item,
  version: number,
): TransactStep => {
  const { label, onConditionFailed, condition } = atVersion(entity, id, version);
  return { label, onConditionFailed, item: { Put: { TableName: db.tableName, Item: item, ...condition } } };
};

/** Deletes an item unconditionally (markers and index items that go with their owner). */
export const deleteStep = (db: Database, label: string, key: ItemKey): TransactStep => ({
  label,
  item: { Delete: { TableName: db.tableName, Key: key } },
});

/** Deletes an entity only while it is still at `version`; otherwise VersionConflictError (409). */
export const deleteAtVersionStep = (
  db: Database,
  entity: string,
  id: string,
  key: ItemKey,
  version: number,
): TransactStep => {
  const { label, onConditionFailed, condition } = atVersion(entity, id, version);
  return { label, onConditionFailed, item: { Delete: { TableName: db.tableName, Key: key, ...condition } } };
};

/** Index of the first item whose condition failed, or -1. */
export const failedConditionIndex = (error: unknown): number =>
  isTransactionCanceled(error)
    ? (error.CancellationReasons ?? []).findIndex((r) => r.Code === 'ConditionalCheckFailed')
    : -1;

/**
 * TransactWriteItems with conflicts mapped to typed errors: the first failed condition raises its step's error
 * (or a ConflictError naming the item). Transaction conflicts with concurrent writers raise VersionConflictError
 * (retry after re-reading).
 */
export const transact = async (
  db: Database,
  steps: readonly TransactStep[],
  token?: string,
): Promise<void> => {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: steps.map((s) => s.item),
        ...(token ? { ClientRequestToken: token } : {}),
      }),
    );
  } catch (error) {
    if (!isTransactionCanceled(error)) throw error;
    const reasons = error.CancellationReasons ?? [];
    const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
    if (failed >= 0) {
      const step = steps[failed]!;
      throw step.onConditionFailed?.() ?? new ConflictError(`${step.label}: condition failed`);
    }
    const conflicting = reasons.findIndex((r) => r.Code === 'TransactionConflict');
    if (conflicting >= 0) throw new VersionConflictError('item', steps[conflicting]!.label);
    throw error;
  }
};

/** `SET #a = :a, …` / `REMOVE #b` for a patch (undefined = untouched, null = removed). */
export const buildUpdate = (
  patch: Record<string, NativeAttributeValue>,
): { expression: string; names: Record<string, string>; values: Record<string, NativeAttributeValue> } => {
  const sets: string[] = [];
  const removes: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, NativeAttributeValue> = {};
  let i = 0;
  for (const [attribute, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const n = `#u${i}`;
    names[n] = attribute;
    if (value === null) removes.push(n);
    else {
      values[`:u${i}`] = value;
      sets.push(`${n} = :u${i}`);
    }
    i++;
  }
  const expression = [
    sets.length ? `SET ${sets.join(', ')}` : '',
    removes.length ? `REMOVE ${removes.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { expression, names, values };
};

/** Retries `attempt` on VersionConflictError (optimistic read-modify-write loops): POLICIES.versionConflict. */
export const retryOnVersionConflict = <T>(attempt: () => Promise<T>): Promise<T> =>
  retry(attempt, POLICIES.versionConflict, { retryOn: (error) => error instanceof VersionConflictError });

/**
 * Optimistic read-modify-write of one entity. With `expectedVersion` the caller gets one attempt and a 409 when the
 * entity has moved on; without, a lost race is retried on a fresh read.
 */
export const updateAtVersion = <E extends { readonly version: number }, R>(
  entity: string,
  id: string,
  expectedVersion: number | undefined,
  read: () => Promise<E>,
  write: (current: E) => Promise<R>,
): Promise<R> => {
  const attempt = async (): Promise<R> => {
    const current = await read();
    assertExpectedVersion(entity, id, current, expectedVersion);
    return write(current);
  };
  return expectedVersion === undefined ? retryOnVersionConflict(attempt) : attempt();
};

/** Sort key fragment that keeps numbers in order as strings. */
export const padNumber = (n: number, width = 10): string => String(n).padStart(width, '0');
