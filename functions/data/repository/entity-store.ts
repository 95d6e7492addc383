import type { Database } from '../../shared/ports';
import { entityKey, type Item, withoutTenant } from './keys';
import { type ListQuery, listPage } from './pages';
import { assertExpectedVersion, findById, findByUniqueKey, type ItemKey, mustExist } from './reads';
import {
  deleteAtVersionStep,
  deleteStep,
  putAtVersionStep,
  putNewStep,
  type TransactStep,
  transact,
  updateAtVersion,
} from './writes';

/**
 * The repository shape every business entity (lead, contact, file, knowledge entry, booking, invoice) shares,
 * written once: read by id (a malformed id is a 404), follow a uniqueness marker to its owner, create with a
 * condition that it is new, replace and delete only at the version read (409 otherwise; without an expected
 * version a lost race is retried on a fresh read), and list a page of an index with an opaque cursor.
 *
 * An entity may own companion items written and removed in the same transaction: uniqueness markers (an email, a
 * path) and copies or documents that follow every change (index copies of a lead, a knowledge entry's search
 * document). Each module keeps only what is its own: its schema, its keys and indexes, its business rules.
 */

export interface Versioned {
  readonly id: string;
  readonly version: number;
}

export interface Companion {
  readonly key: ItemKey;
  /** For error messages: "lead email ann@acme.io". */
  readonly label: string;
  /** The item to write, keys included. */
  readonly item: Item;
  /**
   * A uniqueness marker: created only where it did not exist (this error when another owner holds it), and left
   * alone while the entity keeps it. Other companions are rewritten with every change of their entity.
   */
  readonly unique?: () => Error;
  /** When replacing the entity drops this companion, the delete holds only under this condition. */
  readonly dropWhen?: { readonly expression: string; readonly values: Item; readonly onFailed: () => Error };
}

export interface EntityDef<T extends Versioned> {
  /** The entity's name in messages and errors: `lead`, `knowledge entry`. */
  readonly entity: string;
  /** The key kind: the main item is pk `T#<t>#<KIND>#<id>`, sk `<KIND>` (entityKey). */
  readonly kind: string;
  /** The stored `type` attribute. @default entity */
  readonly type?: string;
  /** The index attributes of the stored item (gsi1pk/gsi1sk, …). */
  readonly indexes?: (tenantId: string, value: T) => Item;
  /** The value of a stored item. @default the item without its keys and tenant */
  readonly fromItem?: (item: Item) => T;
  readonly companions?: (tenantId: string, value: T) => Companion[];
  /** The error when the main item already exists. @default a generic conflict naming it */
  readonly exists?: (value: T) => Error;
}

const sameKey = (a: ItemKey, b: ItemKey) => a.pk === b.pk && a.sk === b.sk;

/** The stored main item of an entity: its key, type and tenant, the value, and its index attributes. */
export const entityItem = (
  key: ItemKey,
  type: string,
  tenantId: string,
  value: object,
  indexes: Item = {},
): Item => ({ ...key, type, tenantId, ...value, ...indexes });

/** The bookkeeping fields of a new entity. */
export const firstVersion = (at: string) => ({ createdAt: at, updatedAt: at, version: 1 });

/** The options every write by id takes: the version the caller read (409 when the entity has moved on). */
export interface VersionOptions {
  readonly expectedVersion?: number;
}

const putCompanion = (db: Database, c: Companion): TransactStep =>
  c.unique
    ? putNewStep(db, c.label, c.item, c.unique)
    : { label: c.label, item: { Put: { TableName: db.tableName, Item: c.item } } };

const dropCompanion = (db: Database, c: Companion): TransactStep =>
  c.dropWhen
    ? {
        label: c.label,
        onConditionFailed: c.dropWhen.onFailed,
        item: {
          Delete: {
            TableName: db.tableName,
            Key: c.key,
            ConditionExpression: c.dropWhen.expression,
            ExpressionAttributeValues: c.dropWhen.values,
          },
        },
      }
    : deleteStep(db, c.label, c.key);

export const createEntityStore = <T extends Versioned>(db: Database, def: EntityDef<T>) => {
  const companionsOf = (tenantId: string, value: T) => def.companions?.(tenantId, value) ?? [];
  const key = (tenantId: string, id: string): ItemKey => entityKey(tenantId, def.kind, id);
  /** The stored main item of a value. */
  const item = (tenantId: string, value: T): Item =>
    entityItem(
      key(tenantId, value.id),
      def.type ?? def.entity,
      tenantId,
      value,
      def.indexes?.(tenantId, value),
    );
  const fromItem = def.fromItem ?? ((stored: Item) => withoutTenant<T>(stored));

  const find = (tenantId: string, id: string): Promise<T | undefined> =>
    findById(db, def.entity, id, key(tenantId, id), fromItem);

  const get = async (tenantId: string, id: string): Promise<T> =>
    mustExist(def.entity, id, await find(tenantId, id));

  /** The owner a uniqueness marker names (`ownerIdAttribute` holds its id). */
  const findByMarker = (
    tenantId: string,
    marker: ItemKey,
    ownerIdAttribute: string,
  ): Promise<T | undefined> => findByUniqueKey(db, marker, ownerIdAttribute, (id) => find(tenantId, id));

  /** The steps that create the entity (it must not exist) and its companions. */
  const insertSteps = (tenantId: string, value: T): TransactStep[] => [
    putNewStep(
      db,
      `${def.entity} ${value.id}`,
      item(tenantId, value),
      def.exists ? () => (def.exists as (v: T) => Error)(value) : undefined,
    ),
    ...companionsOf(tenantId, value).map((c) => putCompanion(db, c)),
  ];

  /**
   * The steps that replace `current` by `next` at `current.version`: companions `next` no longer has are dropped,
   * new markers created, the other companions rewritten. `stored` replaces the main item (extra attributes).
   */
  const replaceSteps = (tenantId: string, current: T, next: T, stored?: Item): TransactStep[] => {
    const before = companionsOf(tenantId, current);
    const after = companionsOf(tenantId, next);
    return [
      putAtVersionStep(db, def.entity, current.id, stored ?? item(tenantId, next), current.version),
      ...before.filter((c) => !after.some((n) => sameKey(n.key, c.key))).map((c) => dropCompanion(db, c)),
      ...after
        .filter((c) => !(c.unique && before.some((b) => sameKey(b.key, c.key))))
        .map((c) => putCompanion(db, c)),
    ];
  };

  /** The steps that delete the entity at its version, with every companion. */
  const removeSteps = (tenantId: string, current: T): TransactStep[] => [
    deleteAtVersionStep(db, def.entity, current.id, key(tenantId, current.id), current.version),
    ...companionsOf(tenantId, current).map((c) => deleteStep(db, c.label, c.key)),
  ];

  const insert = async (tenantId: string, value: T, extra: readonly TransactStep[] = []): Promise<T> => {
    await transact(db, [...insertSteps(tenantId, value), ...extra]);
    return value;
  };

  /**
   * Optimistic read-modify-write: `change` builds the next value from the current one (or returns it unchanged to
   * write nothing). With `expectedVersion` a concurrent change is a 409; without, the race is retried.
   */
  const update = (
    tenantId: string,
    id: string,
    expectedVersion: number | undefined,
    change: (current: T) => T | Promise<T>,
  ): Promise<T> =>
    updateAtVersion(
      def.entity,
      id,
      expectedVersion,
      () => get(tenantId, id),
      async (current) => {
        const next = await change(current);
        if (next !== current) await transact(db, replaceSteps(tenantId, current, next));
        return next;
      },
    );

  /** Deletes the entity and its companions; returns what was deleted. */
  const remove = async (tenantId: string, id: string, expectedVersion?: number): Promise<T> => {
    const current = await get(tenantId, id);
    assertExpectedVersion(def.entity, id, current, expectedVersion);
    await transact(db, removeSteps(tenantId, current));
    return current;
  };

  /** `update(tenantId, id, patch, options)` for a patch schema and how a parsed patch changes the entity. */
  const patcher =
    <P>(parse: (input: unknown) => P, apply: (current: T, patch: P) => T) =>
    (tenantId: string, id: string, input: P, options: VersionOptions = {}): Promise<T> => {
      const patch = parse(input);
      return update(tenantId, id, options.expectedVersion, (current) => apply(current, patch));
    };

  /** `delete(tenantId, id, options)`: the entity and its companions. */
  const deleter = async (tenantId: string, id: string, options: VersionOptions = {}): Promise<void> => {
    await remove(tenantId, id, options.expectedVersion);
  };

  /** One page of an index, parsed. */
  const list = listPage(db, fromItem);

  return {
    key,
    item,
    fromItem,
    find,
    get,
    findByMarker,
    insert,
    insertSteps,
    update,
    patcher,
    replaceSteps,
    remove,
    deleter,
    removeSteps,
    list,
  };
};

export type EntityStore<T extends Versioned> = ReturnType<typeof createEntityStore<T>>;
