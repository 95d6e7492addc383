import { asRfc3339 } from '../compile/conditions';
import type { ValidationContext } from './context';
import type { Path } from './issues';
import { article, closest, list } from './messages';
import type { Shape } from './shapes';

/** One comparison of a condition, with the shape its path points to. */
export interface Comparison {
  /** The path as written, e.g. `trigger.lead.value`. */
  readonly path: string;
  readonly op: string;
  readonly value: unknown;
  readonly shape: Shape;
}

/** A comparison whose operator or value cannot fit the compared value's known type can never be true. */
export const checkComparisonType = (ctx: ValidationContext, c: Comparison, path: Path): void => {
  const { shape, op, value } = c;
  if (shape.t === 'array') {
    checkListComparison(ctx, c, shape.element, path);
    return;
  }
  // A condition compiles to a Choice rule on one value (IsString/IsNumeric/IsBoolean guards): on an object only
  // "exists" can ever be true.
  if ((shape.t === 'object' || shape.t === 'record') && op !== 'exists') {
    ctx.add(
      [...path, op],
      'type-mismatch',
      `${c.path} is an object; "${op}" compares one value (text, a number or a timestamp), so it can never be true (compare one of its fields)`,
    );
    return;
  }
  if (shape.t !== 'leaf' || shape.type === undefined) return;
  if (
    ['eq', 'ne', 'in'].includes(op) &&
    checkFixedValues(ctx, [...path, op], c.path, shape, op === 'in' && Array.isArray(value) ? value : [value])
  )
    return;
  const mismatch =
    (shape.type === 'number' && ['contains', 'startsWith'].includes(op)) ||
    (shape.type === 'number' &&
      typeof value === 'string' &&
      ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'].includes(op)) ||
    (shape.type === 'boolean' && !['eq', 'ne', 'exists'].includes(op)) ||
    (shape.type === 'string' &&
      typeof value === 'number' &&
      ['gt', 'gte', 'lt', 'lte', 'eq', 'ne', 'contains'].includes(op));
  // text is ordered only as a date: "gt" on text needs a timestamp ("2026-01-01T00:00:00Z")
  const unordered =
    shape.type === 'string' &&
    typeof value === 'string' &&
    ['gt', 'gte', 'lt', 'lte'].includes(op) &&
    asRfc3339(value) === undefined;
  if (unordered) {
    ctx.add(
      [...path, op],
      'type-mismatch',
      `${c.path} is text; "${op}" compares numbers or timestamps, and ${JSON.stringify(value)} is neither (use eq, contains or startsWith for text)`,
    );
    return;
  }
  if (mismatch) {
    ctx.add(
      [...path, op],
      'type-mismatch',
      `${c.path} is ${article(shape.type)}; "${op}" ${JSON.stringify(value)} can never be true`,
    );
  }
};

const elementType = (element: Shape): string | undefined =>
  element.t === 'leaf' ? element.type : element.t === 'open' ? undefined : 'structure';

/**
 * On a list, `exists` tests presence and `contains` membership (compile/list-contains.ts): the list holds an element
 * equal to the value, so the value has the elements' type, and elements must be text or numbers. Any other operator
 * compares one value and can never be true on a list.
 */
const checkListComparison = (ctx: ValidationContext, c: Comparison, element: Shape, path: Path): void => {
  const { op, value } = c;
  if (op === 'exists') return;
  const type = elementType(element);
  if (op !== 'contains') {
    const hint = typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : '…';
    ctx.add(
      [...path, op],
      'type-mismatch',
      `${c.path} is a list; "${op}" compares one value (text, a number or a timestamp), so it can never be true (to test whether the list holds a value, use "contains": { "path": "${c.path}", "contains": ${hint} })`,
    );
    return;
  }
  if (type === 'structure' || type === 'boolean') {
    ctx.add(
      [...path, op],
      'type-mismatch',
      `${c.path} is a list of ${type === 'boolean' ? 'true/false values' : 'records'}; "contains" tests whether a list of text or numbers holds a value, so it can never be true here`,
    );
    return;
  }
  if (type !== undefined && typeof value !== type) {
    ctx.add(
      [...path, op],
      'type-mismatch',
      `${c.path} is a list of ${type === 'number' ? 'numbers' : 'text'}; it can never hold ${JSON.stringify(value)} (use a ${type === 'number' ? 'number' : 'text'} value)`,
    );
  }
};

/**
 * A field that holds one of a fixed set of values (an enum) given another value never matches: each such text in
 * `given` is an unknown-value (at `path`, or at its index there when `indexed`). Whether one was found.
 */
export const checkFixedValues = (
  ctx: ValidationContext,
  path: Path,
  field: string,
  shape: Shape | undefined,
  given: readonly unknown[],
  indexed?: boolean,
): boolean => {
  const values = shape?.t === 'leaf' ? shape.values : undefined;
  let found = false;
  given.forEach((v, i) => {
    if (!values || typeof v !== 'string' || values.includes(v)) return;
    const guess = closest(v, values);
    ctx.add(
      indexed ? [...path, i] : path,
      'unknown-value',
      `${field} is one of ${list(values)}; "${v}" never matches${guess ? `; did you mean "${guess}"?` : ''}`,
    );
    found = true;
  });
  return found;
};
