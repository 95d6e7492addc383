import { asRfc3339 } from '../compile/conditions';
import type { ValidationContext } from './context';
import type { Path } from './issues';
import { article } from './messages';
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
  // A condition compiles to a Choice rule on one value (IsString/IsNumeric/IsBoolean guards): on a list or an object
  // only "exists" can ever be true.
  if ((shape.t === 'array' || shape.t === 'object' || shape.t === 'record') && op !== 'exists') {
    ctx.add(
      [...path, op],
      'type-mismatch',
      shape.t === 'array'
        ? `${c.path} is a list; "${op}" compares one value (text, a number or a timestamp), so it can never be true (to test whether the list holds a value, filter the trigger on it: an event filter matches a list holding any of its values)`
        : `${c.path} is an object; "${op}" compares one value (text, a number or a timestamp), so it can never be true (compare one of its fields)`,
    );
    return;
  }
  if (shape.t !== 'leaf' || shape.type === undefined) return;
  const mismatch =
    (shape.type === 'number' && ['contains', 'startsWith'].includes(op)) ||
    (shape.type === 'number' &&
      typeof value === 'string' &&
      ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'].includes(op)) ||
    (shape.type === 'boolean' && !['eq', 'ne', 'exists'].includes(op)) ||
    (shape.type === 'string' &&
      typeof value === 'number' &&
      ['gt', 'gte', 'lt', 'lte', 'eq', 'ne'].includes(op));
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
