/** Types and helpers shared by the EventBridge pattern modules. */

export type EventPattern = { readonly [key: string]: unknown };

export interface PatternProblem {
  readonly path: string;
  readonly message: string;
}

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export const OPERATORS = [
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'anything-but',
  'numeric',
  'exists',
  'cidr',
] as const;
export type Operator = (typeof OPERATORS)[number];
export const isOperator = (key: string): key is Operator => (OPERATORS as readonly string[]).includes(key);

/** EventBridge limits numeric matching to ±5.0e9. */
export const NUMERIC_LIMIT = 5e9;

/** PutRule / TestEventPattern: an event pattern is at most 4096 characters of JSON. */
export const MAX_PATTERN_LENGTH = 4096;

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isLeaf = (v: unknown): boolean => v === null || (typeof v !== 'object' && v !== undefined);

export const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

export const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v;

/**
 * EventBridge joins nested keys with "." before matching, so `{"state.status": x}` and `{"state": {"status": x}}`
 * are the same field, in patterns and in events alike. This rewrites dotted keys as nesting; two values for one
 * field are kept together (a pattern's matcher lists are concatenated, an event's values become a list).
 */
export const nestDottedKeys = (value: unknown, kind: 'pattern' | 'event'): unknown => {
  if (Array.isArray(value)) return kind === 'event' ? value.map((v) => nestDottedKeys(v, kind)) : value;
  if (!isPlainObject(value)) return value;
  if (!hasDottedKey(value, kind)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (kind === 'pattern' && key === '$or') {
      const alternatives = Array.isArray(raw) ? raw.map((alt) => nestDottedKeys(alt, kind)) : raw;
      mergeField(out, ['$or'], alternatives, kind);
      continue;
    }
    mergeField(out, key.split('.'), nestDottedKeys(raw, kind), kind);
  }
  return out;
};

const hasDottedKey = (value: unknown, kind: 'pattern' | 'event'): boolean => {
  if (Array.isArray(value)) return kind === 'event' ? value.some((v) => hasDottedKey(v, kind)) : false;
  if (!isPlainObject(value)) return false;
  for (const [key, v] of Object.entries(value)) {
    if (key.includes('.')) return true;
    if (kind === 'pattern' && key === '$or' && Array.isArray(v)) {
      if (v.some((alt) => hasDottedKey(alt, kind))) return true;
    } else if (hasDottedKey(v, kind)) return true;
  }
  return false;
};

/** A field's own value: a key such as `__proto__` or `constructor` is a field like any other, never inherited. */
const ownField = (target: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(target, key) ? target[key] : undefined;

/** A shallow copy keeping every own member as it is (spreading would turn an own `__proto__` into a prototype). */
const copyFields = (source: Record<string, unknown>): Record<string, unknown> =>
  Object.defineProperties({}, Object.getOwnPropertyDescriptors(source));

/** Sets a field as an own member (plain assignment to `__proto__` would change the object's prototype instead). */
const setField = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
};

const mergeField = (
  target: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
  kind: 'pattern' | 'event',
): void => {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length > 0) {
    const existing = ownField(target, head);
    // Copied before merging: the object may be the caller's own event or pattern, which matching never changes.
    const child = isPlainObject(existing) ? copyFields(existing) : {};
    if (existing !== undefined && !isPlainObject(existing) && kind === 'event') {
      // A leaf and an object under one name: keep both, as a list (the object's fields stay reachable).
      setField(target, head, [existing, child]);
    } else setField(target, head, child);
    mergeField(child, rest, value, kind);
    return;
  }
  if (!Object.hasOwn(target, head)) {
    setField(target, head, value);
    return;
  }
  const existing = target[head];
  if (isPlainObject(existing) && isPlainObject(value)) {
    const merged = copyFields(existing);
    for (const [k, v] of Object.entries(value)) mergeField(merged, [k], v, kind);
    setField(target, head, merged);
  } else if (Array.isArray(existing) && Array.isArray(value)) {
    setField(target, head, [...existing, ...value]);
  } else if (kind === 'event') {
    setField(target, head, [
      ...(Array.isArray(existing) ? existing : [existing]),
      ...(Array.isArray(value) ? value : [value]),
    ]);
  } else {
    setField(target, head, value);
  }
};
