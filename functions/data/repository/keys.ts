import { randomBytes } from 'node:crypto';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../../shared/errors';
import { KEY, tenantKey } from '../table';

/** Typed errors, key builders and ids of the repositories. */

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

export const KEY_ATTRIBUTES = new Set<string>([
  KEY.pk,
  KEY.sk,
  KEY.gsi1pk,
  KEY.gsi1sk,
  KEY.gsi2pk,
  KEY.gsi2sk,
  KEY.ttl,
]);

const NOTHING: ReadonlySet<string> = new Set();
const TENANT: ReadonlySet<string> = new Set(['tenantId']);

/**
 * The item's own fields without its keys, index attributes, type tag and `drop`, in one pass into one new object.
 * Every item of every page goes through here: `Object.entries` and a second copy without the tenant made ~10% of
 * what the API allocated under 48 clients (a page of 25 leads, ~20 fields each). `__proto__` is never copied (it
 * would set the copy's prototype, never a field).
 */
export const fieldsOf = <T>(item: Item, drop: ReadonlySet<string>): T => {
  const out: Item = {};
  for (const k in item) {
    if (!Object.hasOwn(item, k) || KEY_ATTRIBUTES.has(k) || k === 'type' || k === '__proto__' || drop.has(k))
      continue;
    out[k] = item[k];
  }
  return out as T;
};

/** The domain view of a stored item: keys, index attributes and the type tag removed. */
export const stripKeys = <T>(item: Item): T => fieldsOf<T>(item, NOTHING);

/** stripKeys without the tenantId either: what a repository hands out (the caller already knows the tenant). */
export const withoutTenant = <T>(item: Item): T => fieldsOf<T>(item, TENANT);
