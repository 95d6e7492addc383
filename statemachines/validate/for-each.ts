import { wholeReference } from '../references';
import type { Scope, StepOutcome, ValidationContext } from './context';
import { isRecord, type Path } from './issues';
import { describe } from './messages';
import { checkReference } from './references';
import { describeShape, leaf, OPEN, object, type Shape } from './shapes';

/** steps.ts's walk over a body (passed in: steps.ts calls this module). */
type CheckSequence = (
  ctx: ValidationContext,
  steps: readonly unknown[],
  path: Path,
  scope: Scope,
) => StepOutcome;

/**
 * forEach: over `items` (a list in the run) or `itemsFrom` (an item file such as crm.exportLeads writes, run as a
 * Distributed Map of child executions); exactly one of them. `{{item}}` takes the element type of either.
 */

/** A forEach over an item file returns where its Map Run wrote the children's results. */
const DISTRIBUTED_RESULT: Shape = object({
  mapRunArn: leaf('string'),
  results: object({ Bucket: leaf('string'), Key: leaf('string') }),
});

const itemsOf = (
  ctx: ValidationContext,
  spec: Record<string, unknown>,
  path: Path,
  outer: Scope,
  inLoop: boolean,
): Shape => {
  const from = spec.itemsFrom !== undefined;
  if (from && spec.items !== undefined) {
    ctx.add(
      [...path, 'forEach'],
      'items-and-items-from',
      'give either "items" (a list) or "itemsFrom" (an item file), not both',
    );
    return OPEN;
  }
  if (!from && spec.items === undefined) {
    ctx.add(
      [...path, 'forEach'],
      'items-missing',
      'a forEach needs "items" (a list) or "itemsFrom" (an item file)',
    );
    return OPEN;
  }
  const field = from ? 'itemsFrom' : 'items';
  const value = spec[field];
  const at = [...path, 'forEach', field];
  const ref = typeof value === 'string' ? wholeReference(value) : undefined;
  if (!ref) {
    ctx.add(
      at,
      'items-not-reference',
      from
        ? `"itemsFrom" must be one whole reference to an item file, such as {{steps.export.leads}}, not ${describe(value)}`
        : `"items" must be one whole reference to a list, such as {{steps.find.leads}}, not ${describe(value)}`,
    );
    return OPEN;
  }
  const shape = checkReference(ctx, ref, at, outer);
  if (!from) {
    if (shape?.t === 'array') return shape.element;
    if (shape?.t === 'object' && shape.items)
      ctx.add(
        at,
        'items-is-file',
        `{{${ref.expression}}} is an item file; read it with "itemsFrom" instead of "items"`,
      );
    else if (shape && shape.t !== 'open' && shape.t !== 'forbidden')
      ctx.add(
        at,
        'items-not-array',
        `{{${ref.expression}}} is ${describeShape(shape)}, not a list; forEach needs a list`,
      );
    return OPEN;
  }
  if (inLoop)
    ctx.add(
      at,
      'items-from-nested',
      'a forEach with "itemsFrom" cannot be inside another forEach: run it at the top level',
    );
  if (ctx.express)
    ctx.add(
      at,
      'items-from-express',
      'a forEach with "itemsFrom" runs each item as a child execution (a Distributed Map), which EXPRESS workflows cannot do: remove settings.type or set it to "STANDARD"',
    );
  if (shape?.t === 'object' && shape.items) return shape.items;
  if (shape && shape.t !== 'open' && shape.t !== 'forbidden')
    ctx.add(
      at,
      'items-not-file',
      `{{${ref.expression}}} is ${describeShape(shape)}, not an item file; "itemsFrom" reads the file an action such as crm.exportLeads writes (for a list use "items")`,
    );
  return OPEN;
};

export const checkForEach = (
  ctx: ValidationContext,
  step: Record<string, unknown>,
  path: Path,
  scope: Scope,
  checkSequence: CheckSequence,
): Shape => {
  const spec = step.forEach;
  if (!isRecord(spec)) return OPEN;
  const outer: Scope = { ...scope, depth: scope.depth - 1 };
  const item = itemsOf(ctx, spec, path, outer, scope.item !== undefined);
  if (spec.toleratedFailurePercent !== undefined && spec.itemsFrom === undefined)
    ctx.add(
      [...path, 'forEach', 'toleratedFailurePercent'],
      'tolerance-needs-items-from',
      '"toleratedFailurePercent" applies to a forEach with "itemsFrom" (each item its own execution); with "items" one failed item fails the loop',
    );
  let body = new Map<string, Shape>();
  if (Array.isArray(spec.steps)) {
    if (spec.steps.length === 0)
      ctx.add([...path, 'forEach', 'steps'], 'empty-branch', 'the forEach body has no steps');
    body = checkSequence(ctx, spec.steps, [...path, 'forEach', 'steps'], {
      ...scope,
      item,
      // what an outer loop's if proved of its item says nothing of this loop's items
      present: new Set([...(scope.present ?? [])].filter((p) => !/^(item|index)(\.|$)/.test(p))),
    }).bindings;
  }
  if (spec.itemsFrom !== undefined) return DISTRIBUTED_RESULT;
  return object({ results: { t: 'array', element: { t: 'object', fields: body } }, count: leaf('number') });
};
