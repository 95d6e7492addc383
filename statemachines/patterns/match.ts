import { cidrContains } from './ip';
import { type EventPattern, isLeaf, isPlainObject, nestDottedKeys } from './shape';
import { wildcardMatches } from './wildcard';

/**
 * Matching, as EventBridge does it (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html):
 * - every key of the pattern must match (AND); a key holds a nested pattern or a non-empty list of matchers (OR);
 *   `$or: [p1, p2, …]` matches when one alternative does;
 * - keys are joined with "." before matching, so dotted keys and nesting are the same field, in both pattern and
 *   event;
 * - an event array matches when one of its elements does; fields of one nested pattern must come from the same
 *   element of an array of objects (array consistency);
 * - operators look at leaf values only; `exists: true` needs a leaf value, `exists: false` matches an absent
 *   field or a field holding an object.
 */

/**
 * Whether `event` matches `pattern`. Patterns are assumed valid (see validatePattern); an invalid matcher never
 * matches. The event is any JSON value: usually the EventBridge envelope ({ source, detail-type, detail }).
 */
export const matchPattern = (pattern: EventPattern, event: unknown): boolean =>
  matchObject(nestDottedKeys(pattern, 'pattern') as EventPattern, nestDottedKeys(event, 'event'));

/**
 * matchPattern for a pattern and an event whose dotted keys are already nested (nestDottedKeys), so that one
 * event tested against many patterns is prepared once.
 */
export const matchNested = (pattern: EventPattern, event: unknown): boolean => matchObject(pattern, event);

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
    const actual = Object.hasOwn(obj, key) ? obj[key] : undefined;
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

/** Whether one matcher of a list (an exact value or an operator object, not `exists`) accepts one leaf value. */
export const matchValue = (matcher: unknown, value: unknown): boolean => {
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

/**
 * `anything-but` with a value or a list: every value but those (any type). With an operator object (prefix, suffix,
 * equals-ignore-case, wildcard; each a string or a list of strings): every string the operator does not match,
 * and every value that is not a string (a number, a boolean, null), since the operator cannot match those.
 */
const anythingBut = (operand: unknown, value: unknown): boolean => {
  if (typeof operand === 'string' || typeof operand === 'number') return !exactEquals(operand, value);
  if (Array.isArray(operand)) return !operand.some((o) => exactEquals(o, value));
  if (!isPlainObject(operand)) return false;
  if (typeof value !== 'string') return true;
  const [op, inner] = Object.entries(operand)[0] ?? [];
  const many = (Array.isArray(inner) ? inner : [inner]).filter((s): s is string => typeof s === 'string');
  switch (op) {
    case 'prefix':
      return !many.some((s) => value.startsWith(s));
    case 'suffix':
      return !many.some((s) => value.endsWith(s));
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
