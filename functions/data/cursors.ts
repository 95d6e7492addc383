import { BadRequestError } from '../shared/errors';
import { GSI1, GSI2, KEY, tenantKey } from './table';

/**
 * Page cursors: base64url of `{ t: tenantId, k: LastEvaluatedKey }`, bound to the query that made them. A cursor is
 * only turned back into an ExclusiveStartKey when it has exactly the key attributes of the queried index, the
 * partition value the query asks for and a sort value inside the query's key condition; anything else (garbage,
 * another tenant's, another list's, a forged key with the right tenant prefix) is a 400 on `query.cursor`,
 * never a ValidationException from DynamoDB ("The provided starting key is invalid") answered as a 500.
 */

type Key = Record<string, unknown>;

/** The parts of a Query a cursor is checked against. */
export interface CursorQuery {
  readonly IndexName?: string | undefined;
  readonly KeyConditionExpression?: string | undefined;
  readonly ExpressionAttributeNames?: Record<string, string> | undefined;
  readonly ExpressionAttributeValues?: Record<string, unknown> | undefined;
}

// Calls marked pure (as TABLE_DESIGN): bundles that never decode a cursor leave these out, which esbuild does not do
// for an object reading KEY or a RegExp built at module scope.
const INDEX_KEYS: Readonly<Record<string, readonly [string, string]>> = /* @__PURE__ */ (() => ({
  [GSI1]: [KEY.gsi1pk, KEY.gsi1sk],
  [GSI2]: [KEY.gsi2pk, KEY.gsi2sk],
}))();

type SortCondition =
  | { readonly op: 'begins_with'; readonly values: readonly [string] }
  | { readonly op: '=' | '<' | '<=' | '>' | '>='; readonly values: readonly [string] }
  | { readonly op: 'BETWEEN'; readonly values: readonly [string, string] };

interface KeyCondition {
  readonly partitionName: string;
  readonly partition: string;
  readonly sortName?: string;
  readonly sort?: SortCondition;
}

const NAME = '(#?[A-Za-z0-9_]+)';
const VALUE = '(:[A-Za-z0-9_]+)';
const CONDITION = /* @__PURE__ */ (() => ({
  PARTITION: new RegExp(String.raw`^\s*${NAME}\s*=\s*${VALUE}\s*(?:AND\s+(\S.*))?$`, 'is'),
  BEGINS: new RegExp(String.raw`^begins_with\s*\(\s*${NAME}\s*,\s*${VALUE}\s*\)\s*$`, 'i'),
  COMPARE: new RegExp(String.raw`^${NAME}\s*(<=|>=|=|<|>)\s*${VALUE}\s*$`),
  BETWEEN: new RegExp(String.raw`^${NAME}\s+BETWEEN\s+${VALUE}\s+AND\s+${VALUE}\s*$`, 'i'),
}))();

/** `pk = :p AND begins_with(sk, :x)` -> its attribute names and values; throws on anything else (a bug). */
const keyConditionOf = (query: CursorQuery): KeyCondition => {
  const expression = query.KeyConditionExpression ?? '';
  const names = query.ExpressionAttributeNames ?? {};
  const values = query.ExpressionAttributeValues ?? {};
  const name = (n: string) => names[n] ?? n;
  const value = (v: string) => {
    const found = values[v];
    if (typeof found !== 'string') throw new Error(`Key condition value ${v} is not a string`);
    return found;
  };
  const m = CONDITION.PARTITION.exec(expression.slice(0, 500));
  if (!m) throw new Error(`Unsupported key condition for a cursor: ${expression}`);
  const [, partitionName, partitionValue, rest] = m as unknown as [string, string, string, string?];
  const base = { partitionName: name(partitionName), partition: value(partitionValue) };
  if (!rest) return base;
  const begins = CONDITION.BEGINS.exec(rest);
  if (begins)
    return { ...base, sortName: name(begins[1]!), sort: { op: 'begins_with', values: [value(begins[2]!)] } };
  const between = CONDITION.BETWEEN.exec(rest);
  if (between)
    return {
      ...base,
      sortName: name(between[1]!),
      sort: { op: 'BETWEEN', values: [value(between[2]!), value(between[3]!)] },
    };
  const compare = CONDITION.COMPARE.exec(rest);
  if (compare)
    return {
      ...base,
      sortName: name(compare[1]!),
      sort: { op: compare[2] as '=', values: [value(compare[3]!)] },
    };
  throw new Error(`Unsupported key condition for a cursor: ${expression}`);
};

/** DynamoDB orders strings by their UTF-8 bytes. */
const compare = (a: string, b: string): number =>
  Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const satisfies = (value: string, sort: SortCondition): boolean => {
  const [first, second] = sort.values as readonly [string, string?];
  switch (sort.op) {
    case 'begins_with':
      return value.startsWith(first);
    case '=':
      return value === first;
    case '<':
      return compare(value, first) < 0;
    case '<=':
      return compare(value, first) <= 0;
    case '>':
      return compare(value, first) > 0;
    case '>=':
      return compare(value, first) >= 0;
    case 'BETWEEN':
      return compare(value, first) >= 0 && compare(value, second ?? first) <= 0;
  }
};

export const invalidCursor = (): BadRequestError =>
  new BadRequestError('Invalid cursor', [
    {
      path: 'query.cursor',
      message: 'not a cursor of this list (pass back the cursor the previous page gave)',
    },
  ]);

/** base64url of `{ t: tenantId, k: LastEvaluatedKey }`; absent when there is no next page. */
export const encodeCursor = (tenantId: string, lastKey: Key | undefined): string | undefined =>
  lastKey
    ? Buffer.from(JSON.stringify({ t: tenantId, k: lastKey }), 'utf8').toString('base64url')
    : undefined;

/** The ExclusiveStartKey of a cursor made by this query for this tenant, or 400 (see the module comment). */
export const decodeCursor = (
  tenantId: string,
  cursor: string | undefined,
  query: CursorQuery,
): Key | undefined => {
  if (cursor === undefined || cursor === '') return undefined;
  if (cursor.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const { t, k } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as {
    t?: unknown;
    k?: unknown;
  };
  if (t !== tenantId || typeof k !== 'object' || k === null || Array.isArray(k)) throw invalidCursor();
  const key = k as Key;

  const condition = keyConditionOf(query);
  const indexKeys = query.IndexName ? INDEX_KEYS[query.IndexName] : undefined;
  if (query.IndexName && !indexKeys) throw new Error(`Unknown index ${query.IndexName}`);
  const expected = [KEY.pk, KEY.sk, ...(indexKeys ?? [])];
  const names = Object.keys(key);
  if (names.length !== expected.length || !expected.every((n) => typeof key[n] === 'string'))
    throw invalidCursor();
  if (!(key[KEY.pk] as string).startsWith(tenantKey(tenantId, ''))) throw invalidCursor();
  if (key[condition.partitionName] !== condition.partition) throw invalidCursor();
  if (condition.sort && condition.sortName && !satisfies(key[condition.sortName] as string, condition.sort))
    throw invalidCursor();
  return key;
};
