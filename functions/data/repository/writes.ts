import type { AttributeValue, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type NativeAttributeValue,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../shared/errors';
import type { Database } from '../../shared/ports';
import { POLICIES, retry } from '../../shared/retry';
import { KEY } from '../table';
import { type Item, VersionConflictError } from './keys';
import { assertExpectedVersion, type ItemKey } from './reads';

// ---------------------------------------------------------------------------------------------------------------
// Writes

export const isConditionalCheckFailed = (error: unknown): boolean =>
  (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';

/** A DynamoDB condition: the expression with the attribute names and values it uses. */
export interface Condition {
  readonly expression: string;
  readonly names?: Readonly<Record<string, string>>;
  readonly values?: Readonly<Record<string, NativeAttributeValue>>;
}

/** Puts `item` where `condition` holds: true when written, false when the condition failed (other errors throw). */
export const putIf = async (db: Database, item: Item, condition: Condition): Promise<boolean> => {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: item,
        ConditionExpression: condition.expression,
        ...(condition.names ? { ExpressionAttributeNames: { ...condition.names } } : {}),
        ...(condition.values ? { ExpressionAttributeValues: { ...condition.values } } : {}),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
};

/** No item at the key, or one past its TTL (DynamoDB deletes expired items late: they count as absent). */
export const absentOrExpired = (now: number): Condition => ({
  expression: 'attribute_not_exists(#pk) OR #ttl < :now',
  names: { '#pk': KEY.pk, '#ttl': KEY.ttl },
  values: { ':now': now },
});

export const isTransactionCanceled = (error: unknown): error is TransactionCanceledException =>
  (error as { name?: string } | null)?.name === 'TransactionCanceledException';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface TransactStep {
  readonly item: TransactItem;
  /**
   * The error to raise when this item's condition fails (given the item as it was when the write asks for it with
   * ReturnValuesOnConditionCheckFailure ALL_OLD); a generic conflict naming `label` otherwise.
   */
  readonly onConditionFailed?: (old?: Item) => Error;
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

/**
 * An item in DynamoDB's wire format as plain values (a cancellation reason's item is not converted by the document
 * client): strings, numbers, booleans, null, maps, lists and string/number sets.
 */
const plainValue = (v: AttributeValue): NativeAttributeValue => {
  if (v.S !== undefined) return v.S;
  if (v.N !== undefined) return Number(v.N);
  if (v.BOOL !== undefined) return v.BOOL;
  if (v.M !== undefined) return plainItem(v.M);
  if (v.L !== undefined) return v.L.map(plainValue);
  if (v.SS !== undefined) return new Set(v.SS);
  if (v.NS !== undefined) return new Set(v.NS.map(Number));
  return null;
};
const plainItem = (item: Record<string, AttributeValue>): Item =>
  Object.fromEntries(Object.entries(item).map(([k, v]) => [k, plainValue(v)]));

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
      const old = reasons[failed]?.Item;
      throw (
        step.onConditionFailed?.(old ? plainItem(old) : undefined) ??
        new ConflictError(`${step.label}: condition failed`)
      );
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
