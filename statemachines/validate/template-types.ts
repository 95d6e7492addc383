import type { Reference } from '../references';
import type { ValidationContext } from './context';
import type { Path } from './issues';
import { article, list } from './messages';
import type { Shape } from './shapes';
import { type Coarse, coarseShapeType } from './types';

/**
 * What a reference may hold where it is used. Text around a reference is compiled to States.Format (statemachines/
 * compile/templates.ts), which takes only text, numbers, true/false and null: a list or an object there fails the
 * run ("The arguments must be string, number, boolean or null" on AWS; the same error in the local engine, whose
 * fast path and library share the rule). A whole reference passes its value as is, so it must be what the place
 * it fills expects.
 */

/** A reference inside text (with text around it) must hold one value, never a list or an object. */
export const checkReferenceInText = (
  ctx: ValidationContext,
  ref: Reference,
  shape: Shape,
  path: Path,
  /** The same list as one text (a find's `text`), offered first. */
  asText?: string,
): void => {
  const have = coarseShapeType(shape);
  if (have !== 'array' && have !== 'object') return;
  ctx.add(
    path,
    'type-mismatch',
    `{{${ref.expression}}} is ${article(have)}; ${oneValueHint(ref, shape, asText)}`,
  );
};

/** What to write instead of a list or an object where text is needed. */
export const oneValueHint = (ref: Reference, shape: Shape, asText?: string): string => {
  const e = ref.expression;
  const fields = shape.t === 'object' ? [...shape.fields.keys()].filter((k) => k !== '*') : [];
  return `text holds one value: ${coarseShapeType(shape) === 'array' ? `${asText ? `use {{${asText}}} (the list as text), or ` : ''}use forEach and {{item.<field>}}, or {{${e}.0.<field>}}` : `name a field, as in {{${e}.<field>}}${fields.length ? ` (${list(fields)})` : ''}`}`;
};

/** A whole reference where the language or the receiving function expects one type (`want`). */
export const checkWholeReferenceType = (
  ctx: ValidationContext,
  ref: Reference,
  shape: Shape,
  want: Coarse,
  path: Path,
): void => {
  const have = coarseShapeType(shape);
  if (have === undefined || have === want) return;
  ctx.add(
    path,
    'type-mismatch',
    `{{${ref.expression}}} is ${article(have)}, but this needs ${article(want)}${want !== 'string' ? '' : have === 'array' || have === 'object' ? `; ${oneValueHint(ref, shape)}` : '; put text around it to make a string'}`,
  );
};

/** A whole reference in a waitFor match, compared by value with an event field that holds a single value. */
export const checkMatchReferenceType = (
  ctx: ValidationContext,
  ref: Reference,
  shape: Shape,
  field: Shape,
  path: Path,
): void => {
  const want = coarseShapeType(field);
  const have = coarseShapeType(shape);
  if (want && want !== 'array' && want !== 'object' && (have === 'array' || have === 'object'))
    checkWholeReferenceType(ctx, ref, shape, want, path);
};
