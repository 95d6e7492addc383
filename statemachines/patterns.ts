/**
 * EventBridge event patterns (content filtering), matched and validated the way EventBridge does it.
 * One module for AWS (dispatcher), the local runtime, the validator and `dynaris match`.
 *
 * Semantics (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html):
 * - A pattern is an object; every key must match (AND). A key maps to a nested pattern (object) or to a
 *   non-empty array of matchers (OR). `$or: [p1, p2, …]` (at least 2 patterns) matches when one of them does.
 * - Matchers: exact values (strings, numbers compared numerically, booleans, null), and objects with one
 *   operator: prefix, suffix, equals-ignore-case, wildcard, anything-but, numeric, exists, cidr.
 * - An event array matches when one of its elements matches; arrays of objects are matched element by element
 *   (array consistency: fields of one nested pattern must come from the same element).
 * - Operators only look at leaf values; `exists: true` needs a leaf value, `exists: false` matches an absent
 *   field or a field holding an object.
 */

export type EventPattern = { readonly [key: string]: unknown };

export interface PatternProblem {
  readonly path: string;
  readonly message: string;
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const OPERATORS = [
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'anything-but',
  'numeric',
  'exists',
  'cidr',
] as const;
type Operator = (typeof OPERATORS)[number];
const isOperator = (key: string): key is Operator => (OPERATORS as readonly string[]).includes(key);

/** EventBridge limits numeric matching to ±5.0e9. */
export const NUMERIC_LIMIT = 5e9;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isLeaf = (v: unknown): boolean => v === null || (typeof v !== 'object' && v !== undefined);

// ---------------------------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------------------------

/**
 * Whether `event` matches `pattern`. Patterns are assumed valid (see validatePattern); an invalid matcher
 * never matches. The event is any JSON value: usually the EventBridge envelope ({ source, detail-type, detail }).
 */
export const matchPattern = (pattern: EventPattern, event: unknown): boolean => matchObject(pattern, event);

const matchObject = (pattern: EventPattern, value: unknown): boolean => {
  if (Array.isArray(value)) {
    const objects = flatten(value).filter(isPlainObject);
    return objects.length > 0 ? objects.some((o) => matchFields(pattern, o)) : matchFields(pattern, {});
  }
  return matchFields(pattern, isPlainObject(value) ? value : {});
};

const matchFields = (pattern: EventPattern, obj: Record<string, unknown>): boolean => {
  for (const [key, expected] of Object.entries(pattern)) {
    if (key === '$or' && Array.isArray(expected)) {
      if (!expected.some((sub) => isPlainObject(sub) && matchObject(sub, obj))) return false;
      continue;
    }
    const actual = lookup(obj, key);
    if (Array.isArray(expected)) {
      if (!matchLeaf(expected, actual)) return false;
    } else if (isPlainObject(expected)) {
      if (!matchObject(expected, actual)) return false;
    } else {
      return false;
    }
  }
  return true;
};

/** A key with dots also reaches nested fields (EventBridge flattens keys with "."). */
const lookup = (obj: Record<string, unknown>, key: string): unknown => {
  if (Object.hasOwn(obj, key)) return obj[key];
  if (!key.includes('.')) return undefined;
  let current: unknown = obj;
  for (const part of key.split('.')) {
    if (!isPlainObject(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
};

const flatten = (values: readonly unknown[]): unknown[] =>
  values.flatMap((v) => (Array.isArray(v) ? flatten(v) : [v]));

const leafValues = (actual: unknown): unknown[] => {
  if (actual === undefined) return [];
  if (Array.isArray(actual)) return flatten(actual).filter(isLeaf);
  return isLeaf(actual) ? [actual] : [];
};

const matchLeaf = (matchers: readonly unknown[], actual: unknown): boolean => {
  const values = leafValues(actual);
  return matchers.some((m) => {
    if (isPlainObject(m) && 'exists' in m) return m.exists === true ? values.length > 0 : values.length === 0;
    return values.some((v) => matchValue(m, v));
  });
};

const matchValue = (matcher: unknown, value: unknown): boolean => {
  if (!isPlainObject(matcher)) return exactEquals(matcher, value);
  const [op, operand] = Object.entries(matcher)[0] ?? [];
  switch (op) {
    case 'prefix':
      return typeof value === 'string' && affixMatches(operand, value, 'prefix');
    case 'suffix':
      return typeof value === 'string' && affixMatches(operand, value, 'suffix');
    case 'equals-ignore-case':
      return typeof value === 'string' && typeof operand === 'string' && equalsIgnoreCase(value, operand);
    case 'wildcard':
      return typeof value === 'string' && typeof operand === 'string' && wildcardMatches(operand, value);
    case 'anything-but':
      return anythingBut(operand, value);
    case 'numeric':
      return typeof value === 'number' && Array.isArray(operand) && numericMatches(operand, value);
    case 'cidr':
      return typeof value === 'string' && typeof operand === 'string' && cidrContains(operand, value);
    default:
      return false;
  }
};

const exactEquals = (expected: unknown, value: unknown): boolean => {
  if (typeof expected === 'number') return typeof value === 'number' && expected === value;
  return expected === value;
};

const foldCase = (s: string): string => s.toLowerCase();
const equalsIgnoreCase = (a: string, b: string): boolean =>
  foldCase(a) === foldCase(b) || a.toUpperCase() === b.toUpperCase();

const affixMatches = (operand: unknown, value: string, kind: 'prefix' | 'suffix'): boolean => {
  const test = (needle: string, hay: string) =>
    kind === 'prefix' ? hay.startsWith(needle) : hay.endsWith(needle);
  if (typeof operand === 'string') return test(operand, value);
  if (isPlainObject(operand) && typeof operand['equals-ignore-case'] === 'string') {
    return test(foldCase(operand['equals-ignore-case']), foldCase(value));
  }
  return false;
};

const anythingBut = (operand: unknown, value: unknown): boolean => {
  if (typeof operand === 'string' || typeof operand === 'number') return !exactEquals(operand, value);
  if (Array.isArray(operand)) return !operand.some((o) => exactEquals(o, value));
  if (!isPlainObject(operand) || typeof value !== 'string') return false;
  const [op, inner] = Object.entries(operand)[0] ?? [];
  const many = (Array.isArray(inner) ? inner : [inner]).filter((s): s is string => typeof s === 'string');
  switch (op) {
    case 'prefix':
      return typeof inner === 'string' && !value.startsWith(inner);
    case 'suffix':
      return typeof inner === 'string' && !value.endsWith(inner);
    case 'equals-ignore-case':
      return !many.some((s) => equalsIgnoreCase(s, value));
    case 'wildcard':
      return !many.some((s) => wildcardMatches(s, value));
    default:
      return false;
  }
};

const numericMatches = (spec: readonly unknown[], value: number): boolean => {
  for (let i = 0; i + 1 < spec.length; i += 2) {
    const op = spec[i];
    const bound = spec[i + 1];
    if (typeof bound !== 'number') return false;
    const ok =
      op === '='
        ? value === bound
        : op === '<'
          ? value < bound
          : op === '<='
            ? value <= bound
            : op === '>'
              ? value > bound
              : op === '>='
                ? value >= bound
                : false;
    if (!ok) return false;
  }
  return spec.length >= 2;
};

/** Splits a wildcard pattern into its literal segments (between unescaped `*`), or undefined when invalid. */
const wildcardSegments = (pattern: string): string[] | undefined => {
  const segments: string[] = [];
  let current = '';
  let previousStar = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') return undefined;
      current += next;
      i++;
      previousStar = false;
    } else if (c === '*') {
      if (previousStar) return undefined;
      segments.push(current);
      current = '';
      previousStar = true;
    } else {
      current += c;
      previousStar = false;
    }
  }
  segments.push(current);
  return segments;
};

const wildcardMatches = (pattern: string, value: string): boolean => {
  const segments = wildcardSegments(pattern);
  if (!segments) return false;
  if (segments.length === 1) return value === segments[0];
  const first = segments[0] as string;
  const last = segments[segments.length - 1] as string;
  if (value.length < first.length + last.length) return false;
  if (!value.startsWith(first) || !value.endsWith(last)) return false;
  // Greedy left-to-right search of the middle segments is exact for `*`-only globs.
  let position = first.length;
  const end = value.length - last.length;
  for (const segment of segments.slice(1, -1)) {
    const found = value.indexOf(segment, position);
    if (found < 0 || found + segment.length > end) return false;
    position = found + segment.length;
  }
  return true;
};

// ---------------------------------------------------------------------------------------------------------------
// IP addresses and CIDR blocks
// ---------------------------------------------------------------------------------------------------------------

interface IpAddress {
  readonly version: 4 | 6;
  readonly value: bigint;
}

const parseIpv4 = (text: string): bigint | undefined => {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
};

const parseIpv6 = (text: string): bigint | undefined => {
  let normalized = text;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    // Embedded IPv4 (::ffff:10.0.0.1): rewrite it as two hex groups.
    const v4 = parseIpv4(tail);
    if (v4 === undefined) return undefined;
    normalized = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = normalized.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (s: string): bigint[] | undefined => {
    if (s === '') return [];
    const out: bigint[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(BigInt(`0x${g}`));
    }
    return out;
  };
  const head = parseGroups(halves[0] as string);
  const rest = halves.length === 2 ? parseGroups(halves[1] as string) : [];
  if (!head || !rest) return undefined;
  const explicit = head.length + rest.length;
  if (halves.length === 2 ? explicit > 7 : explicit !== 8) return undefined;
  const groups = [...head, ...Array<bigint>(8 - explicit).fill(0n), ...rest];
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
};

const parseIp = (text: string): IpAddress | undefined => {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { version: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { version: 4, value };
};

interface CidrBlock {
  readonly version: 4 | 6;
  readonly network: bigint;
  readonly bits: number;
}

export const parseCidr = (text: string): CidrBlock | undefined => {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (!address || !/^(0|[1-9][0-9]{0,2})$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  const width = address.version === 4 ? 32 : 128;
  if (bits > width) return undefined;
  return { version: address.version, network: address.value >> BigInt(width - bits), bits };
};

const cidrContains = (cidr: string, ip: string): boolean => {
  const block = parseCidr(cidr);
  const address = parseIp(ip);
  if (!block || !address || block.version !== address.version) return false;
  const width = address.version === 4 ? 32 : 128;
  return address.value >> BigInt(width - block.bits) === block.network;
};

// ---------------------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------------------

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v;

/**
 * Every reason EventBridge would refuse the pattern, each with the path of the offending part
 * (`detail.lead.status[0].prefix`). Empty when the pattern is valid. An empty top-level pattern is accepted
 * here and matches every event (a trigger with no filter); empty nested objects are refused.
 */
export const validatePattern = (pattern: unknown): PatternProblem[] => {
  const problems: PatternProblem[] = [];
  if (!isPlainObject(pattern)) {
    problems.push({ path: '', message: `a pattern must be a JSON object, not ${describe(pattern)}` });
    return problems;
  }
  validateObject(pattern, '', problems);
  return problems;
};

const validateObject = (pattern: Record<string, unknown>, path: string, problems: PatternProblem[]): void => {
  for (const [key, value] of Object.entries(pattern)) {
    const at = join(path, key);
    if (key === '$or') {
      validateOr(value, at, problems);
    } else if (Array.isArray(value)) {
      validateMatchers(value, at, problems);
    } else if (isPlainObject(value)) {
      if (Object.keys(value).length === 0)
        problems.push({ path: at, message: 'a nested pattern must not be empty' });
      else validateObject(value, at, problems);
    } else {
      problems.push({
        path: at,
        message: `must be an array of values to match (e.g. [${JSON.stringify(value) ?? 'null'}]) or a nested object, not ${describe(value)}`,
      });
    }
  }
};

const validateOr = (value: unknown, path: string, problems: PatternProblem[]): void => {
  if (!Array.isArray(value) || value.length < 2) {
    problems.push({ path, message: '$or must be an array of at least 2 patterns' });
    return;
  }
  value.forEach((sub, i) => {
    if (!isPlainObject(sub) || Object.keys(sub).length === 0) {
      problems.push({
        path: join(path, i),
        message: 'each $or alternative must be a non-empty object pattern',
      });
    } else {
      validateObject(sub, join(path, i), problems);
    }
  });
};

const validateMatchers = (matchers: readonly unknown[], path: string, problems: PatternProblem[]): void => {
  if (matchers.length === 0) {
    problems.push({ path, message: 'an array of values to match must not be empty' });
    return;
  }
  matchers.forEach((m, i) => {
    const at = join(path, i);
    if (Array.isArray(m)) problems.push({ path: at, message: 'nested arrays are not allowed in a pattern' });
    else if (isPlainObject(m)) validateOperator(m, at, problems);
  });
};

const validateOperator = (
  matcher: Record<string, unknown>,
  path: string,
  problems: PatternProblem[],
): void => {
  const keys = Object.keys(matcher);
  if (keys.length !== 1) {
    problems.push({
      path,
      message:
        keys.length === 0
          ? 'an empty object is not a matcher; use one operator such as {"prefix": "…"}'
          : `a matcher holds exactly one operator, found ${keys.map((k) => `"${k}"`).join(', ')}`,
    });
    return;
  }
  const op = keys[0] as string;
  const operand = matcher[op];
  const at = join(path, op);
  const problem = (message: string) => problems.push({ path: at, message });
  if (!isOperator(op)) {
    problem(`unknown operator "${op}"; expected one of ${OPERATORS.join(', ')}`);
    return;
  }
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (typeof operand === 'string') return;
      if (isPlainObject(operand) && Object.keys(operand).length === 1 && 'equals-ignore-case' in operand) {
        if (typeof operand['equals-ignore-case'] !== 'string') {
          problems.push({
            path: join(at, 'equals-ignore-case'),
            message: `must be a string, not ${describe(operand['equals-ignore-case'])}`,
          });
        }
        return;
      }
      problem(`${op} takes a string or {"equals-ignore-case": "…"}, not ${describe(operand)}`);
      return;
    case 'equals-ignore-case':
      if (typeof operand !== 'string') problem(`equals-ignore-case takes a string, not ${describe(operand)}`);
      return;
    case 'wildcard':
      if (typeof operand !== 'string') problem(`wildcard takes a string, not ${describe(operand)}`);
      else checkWildcard(operand, at, problems);
      return;
    case 'exists':
      if (typeof operand !== 'boolean') problem(`exists takes true or false, not ${describe(operand)}`);
      return;
    case 'cidr':
      if (typeof operand !== 'string')
        problem(`cidr takes a string such as "10.0.0.0/24", not ${describe(operand)}`);
      else if (!parseCidr(operand))
        problem(`"${operand}" is not a valid IPv4 or IPv6 CIDR block (address/prefix length)`);
      return;
    case 'numeric':
      validateNumeric(operand, at, problems);
      return;
    case 'anything-but':
      validateAnythingBut(operand, at, problems);
      return;
  }
};

const checkWildcard = (pattern: string, path: string, problems: PatternProblem[]): void => {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') {
        problems.push({
          path,
          message: `"${pattern}" has an invalid escape at position ${i}: a backslash may only escape "*" or "\\"`,
        });
        return;
      }
      i++;
    } else if (c === '*' && pattern[i + 1] === '*') {
      problems.push({
        path,
        message: `"${pattern}" has consecutive wildcard characters ("**"), which are not allowed`,
      });
      return;
    }
  }
};

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);

const validateNumeric = (operand: unknown, path: string, problems: PatternProblem[]): void => {
  const problem = (message: string) => problems.push({ path, message });
  if (!Array.isArray(operand) || operand.length === 0) {
    problem('numeric takes an array such as [">", 0, "<=", 5]');
    return;
  }
  if (operand.length !== 2 && operand.length !== 4) {
    problem('numeric takes one comparison [op, number] or a range [">"|">=", low, "<"|"<=", high]');
    return;
  }
  const pairs: [unknown, unknown][] = [];
  for (let i = 0; i < operand.length; i += 2) pairs.push([operand[i], operand[i + 1]]);
  let ok = true;
  pairs.forEach(([op, bound], n) => {
    if (typeof op !== 'string' || !['=', '<', '<=', '>', '>='].includes(op)) {
      problems.push({
        path: join(path, n * 2),
        message: `unknown numeric operator ${JSON.stringify(op)}; use =, <, <=, > or >=`,
      });
      ok = false;
    }
    if (typeof bound !== 'number' || !Number.isFinite(bound)) {
      problems.push({ path: join(path, n * 2 + 1), message: `must be a number, not ${describe(bound)}` });
      ok = false;
    } else if (Math.abs(bound) > NUMERIC_LIMIT) {
      problems.push({
        path: join(path, n * 2 + 1),
        message: `${bound} is out of range: numeric matching allows values between -5.0e9 and 5.0e9`,
      });
      ok = false;
    }
  });
  if (!ok || pairs.length === 1) return;
  const [[op1, b1], [op2, b2]] = pairs as [[string, number], [string, number]];
  if (op1 === '=' || op2 === '=') {
    problem('"=" cannot be combined with another comparison');
    return;
  }
  const lower = LOWER.has(op1) ? b1 : LOWER.has(op2) ? b2 : undefined;
  const upper = UPPER.has(op1) ? b1 : UPPER.has(op2) ? b2 : undefined;
  if (lower === undefined || upper === undefined) {
    problem('a numeric range needs one lower bound (> or >=) and one upper bound (< or <=)');
  } else if (lower >= upper) {
    problem(`the range is empty: the lower bound ${lower} must be less than the upper bound ${upper}`);
  }
};

const validateAnythingBut = (operand: unknown, path: string, problems: PatternProblem[]): void => {
  const problem = (message: string) => problems.push({ path, message });
  if (typeof operand === 'string') return;
  if (typeof operand === 'number') {
    if (!Number.isFinite(operand)) problem('anything-but takes a finite number');
    return;
  }
  if (Array.isArray(operand)) {
    if (operand.length === 0) problem('anything-but must not be an empty array');
    else if (!operand.every((v) => typeof v === 'string') && !operand.every((v) => typeof v === 'number')) {
      problem('an anything-but list must contain only strings or only numbers');
    }
    return;
  }
  if (!isPlainObject(operand)) {
    problem(`anything-but takes a string, a number, a list or an operator object, not ${describe(operand)}`);
    return;
  }
  const keys = Object.keys(operand);
  if (keys.length !== 1) {
    problem('anything-but takes exactly one of prefix, suffix, equals-ignore-case or wildcard');
    return;
  }
  const op = keys[0] as string;
  const inner = operand[op];
  const at = join(path, op);
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (typeof inner !== 'string' || inner === '') {
        problems.push({ path: at, message: `anything-but ${op} takes a non-empty string` });
      }
      return;
    case 'equals-ignore-case':
    case 'wildcard': {
      const values = Array.isArray(inner) ? inner : [inner];
      if (values.length === 0 || !values.every((v) => typeof v === 'string')) {
        problems.push({
          path: at,
          message: `anything-but ${op} takes a string or a non-empty list of strings`,
        });
      } else if (op === 'wildcard') {
        values.forEach((v, i) => {
          checkWildcard(v as string, Array.isArray(inner) ? join(at, i) : at, problems);
        });
      }
      return;
    }
    default:
      problems.push({
        path: at,
        message: `unknown operator "${op}" inside anything-but; expected prefix, suffix, equals-ignore-case or wildcard`,
      });
  }
};

// ---------------------------------------------------------------------------------------------------------------
// Trigger filters
// ---------------------------------------------------------------------------------------------------------------

const expandDotted = (filter: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$or') {
      const expanded = Array.isArray(value)
        ? value.map((v) => (isPlainObject(v) ? expandDotted(v) : v))
        : value;
      mergeInto(out, ['$or'], expanded);
      continue;
    }
    const expandedValue = isPlainObject(value) ? expandDotted(value) : value;
    mergeInto(out, key.split('.'), expandedValue);
  }
  return out;
};

const mergeInto = (target: Record<string, unknown>, path: readonly string[], value: unknown): void => {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length > 0) {
    const existing = target[head];
    const child = isPlainObject(existing) ? existing : {};
    target[head] = child;
    mergeInto(child, rest, value);
    return;
  }
  const existing = target[head];
  if (isPlainObject(existing) && isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) mergeInto(existing, [k], v);
  } else if (Array.isArray(existing) && Array.isArray(value) && head !== '$or') {
    target[head] = [...existing, ...value];
  } else if (head === '$or' && Array.isArray(existing) && Array.isArray(value)) {
    target[head] = [...existing, ...value];
  } else {
    target[head] = value;
  }
};

/**
 * Turns a trigger filter (dotted keys `{ "lead.status": ["new"] }` or nested objects, `$or` allowed) into an
 * EventBridge pattern on the event's `detail`. No filter (or an empty one) gives `{}`, which matches every event.
 */
export const filterToPattern = (filter: Readonly<Record<string, unknown>> | undefined): EventPattern => {
  if (!filter || Object.keys(filter).length === 0) return {};
  return { detail: expandDotted(filter) };
};

/** validatePattern for a trigger filter, with paths relative to the filter (`lead.status[0].prefix`). */
export const validateFilter = (filter: unknown): PatternProblem[] => {
  if (filter === undefined) return [];
  if (!isPlainObject(filter))
    return [{ path: '', message: `a filter must be a JSON object, not ${describe(filter)}` }];
  return validatePattern(filterToPattern(filter)).map((p) => ({
    path: p.path.replace(/^detail\.?/, ''),
    message: p.message,
  }));
};

/** The shape EventBridge matches patterns against, built from a bus event envelope. */
export interface MatchableEvent {
  readonly id: string;
  readonly source: string;
  readonly detailType: string;
  readonly time: string;
  readonly detail: unknown;
  readonly account?: string;
  readonly region?: string;
  readonly resources?: readonly string[];
}

export const toEventBridgeShape = (event: MatchableEvent): Record<string, Json | unknown> => ({
  version: '0',
  id: event.id,
  'detail-type': event.detailType,
  source: event.source,
  account: event.account ?? '000000000000',
  time: event.time,
  region: event.region ?? 'local',
  resources: event.resources ?? [],
  detail: event.detail,
});
