import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { BadRequestError } from '../shared/errors';

/**
 * Small helpers shared by the platform repositories (tenants, workflows, runs, logs, approvals): opaque cursors
 * bound to the tenant, page shapes, and DynamoDB error recognition.
 */

export type Item = Record<string, NativeAttributeValue>;

export interface Page<T> {
  readonly items: T[];
  /** Opaque; pass back as `cursor` for the next page. Absent on the last page. */
  readonly nextCursor?: string;
}

export interface PageRequest {
  readonly limit?: number;
  readonly cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export const pageSize = (limit: number | undefined): number =>
  Math.min(Math.max(Math.trunc(limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);

/** Cursors carry the DynamoDB LastEvaluatedKey and the tenant; a cursor of another tenant is refused. */
export const encodeCursor = (tenantId: string, key: Item | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify({ t: tenantId, k: key }), 'utf8').toString('base64url') : undefined;

export const decodeCursor = (tenantId: string, cursor: string | undefined): Item | undefined => {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      t?: unknown;
      k?: unknown;
    };
    if (parsed.t === tenantId && parsed.k && typeof parsed.k === 'object') return parsed.k as Item;
  } catch {
    // fall through
  }
  throw new BadRequestError('Invalid cursor');
};

export const isConditionFailure = (error: unknown): boolean => {
  const name = (error as { name?: string }).name;
  if (name === 'ConditionalCheckFailedException') return true;
  if (name === 'TransactionCanceledException') {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    return reasons === undefined || reasons.some((r) => r.Code === 'ConditionalCheckFailed');
  }
  return false;
};

/** Removes the key attributes (pk, sk, gsi*, ttl) and the item type from a stored item. */
export const stripKeys = (item: Item): Item => {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _a,
    gsi1sk: _b,
    gsi2pk: _c,
    gsi2sk: _d,
    ttl: _t,
    type: _type,
    ...rest
  } = item;
  return rest;
};

/** DynamoDB items are limited to 400 KB: large JSON blobs are stored truncated with a marker. */
export const boundedJson = (value: unknown, maxBytes: number): { json: string; truncated: boolean } => {
  const json = JSON.stringify(value ?? null);
  if (Buffer.byteLength(json, 'utf8') <= maxBytes) return { json, truncated: false };
  return {
    json: JSON.stringify({ truncated: true, preview: json.slice(0, Math.floor(maxBytes / 2)) }),
    truncated: true,
  };
};
