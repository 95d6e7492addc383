import { collectReferences, isWellFormedReference, type Reference } from '../references';
import type { Scope, StepInfo, ValidationContext } from './context';
import { isRecord, type Path, toJsonPath } from './issues';
import { didYouMean } from './messages';
import { contextShape, leaf, type Shape, walkShape } from './shapes';
import { checkReferenceInText } from './template-types';

/**
 * References: every `{{…}}` names a root that exists here (trigger, steps, context; item and index inside forEach),
 * a step that has run on every path to here, and a field its shape has.
 */

const BRANCH_KEYS = new Set(['then', 'else', 'onEvent', 'onTimeout', 'onReject', 'parallel', 'steps']);

/** Every `{{…}}` inside a value (any depth): unclosed braces, roots, steps run so far, fields. */
export const checkReferences = (ctx: ValidationContext, value: unknown, path: Path, scope: Scope): void => {
  const visit = (v: unknown, at: Path): void => {
    if (typeof v === 'string') {
      const stripped = v.replace(/\{\{[^{}]*\}\}/g, '');
      if (stripped.includes('{{') || stripped.includes('}}')) {
        ctx.add(
          at,
          'bad-reference',
          'unbalanced "{{" or "}}"; a reference looks like {{trigger.lead.email}}',
        );
      }
    } else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) visit(x, [...at, i]);
    } else if (isRecord(v)) {
      for (const [k, x] of Object.entries(v)) visit(x, [...at, k]);
    }
  };
  visit(value, path);
  for (const { ref, path: rel, inText } of collectReferences(value)) {
    const at = [...path, ...rel];
    const shape = checkReference(ctx, ref, at, scope);
    if (shape && inText) checkReferenceInText(ctx, ref, shape, at, listAsText(ref, scope));
  }
};

/** `steps.<id>.text` when `ref` is a list a find step also renders as text (calendar.find's bookings). */
export const listAsText = (ref: Reference, scope: Scope): string | undefined => {
  const [id, field, ...deeper] = ref.segments;
  const step =
    ref.root === 'steps' &&
    id !== undefined &&
    field !== 'text' &&
    deeper.length === 0 &&
    scope.steps.get(id);
  if (!step) return undefined;
  const text = walkShape(step, ['text'], `steps.${id}`);
  return text.ok && text.shape.t === 'leaf' && text.shape.type === 'string' ? `steps.${id}.text` : undefined;
};

/** Checks one reference; returns the shape it points to, or undefined when it is wrong (already reported). */
export const checkReference = (
  ctx: ValidationContext,
  ref: Reference,
  path: Path,
  scope: Scope,
  quiet = false,
): Shape | undefined => {
  const shown = `{{${ref.expression}}}`;
  if (!isWellFormedReference(ref)) {
    if (!quiet)
      ctx.add(
        path,
        'bad-reference',
        `${shown} is not a reference; write it as {{trigger.lead.email}}, {{steps.<id>.<field>}} or {{context.tenantId}}`,
      );
    return undefined;
  }
  const fail = (code: string, message: string): undefined => {
    if (!quiet) ctx.add(path, code, message);
    return undefined;
  };
  const walk = (shape: Shape, segments: readonly string[], label: string): Shape | undefined => {
    const r = walkShape(shape, segments, label);
    return r.ok ? r.shape : fail(r.code, `${shown}: ${r.message}`);
  };
  switch (ref.root) {
    case 'trigger':
      return walk(ctx.triggerData, ref.segments, 'trigger');
    case 'context':
      return walk(contextShape(), ref.segments, 'context');
    case 'item':
      if (!scope.item)
        return fail('item-outside-foreach', `${shown}: "item" exists only inside a forEach body`);
      return walk(scope.item, ref.segments, 'item');
    case 'index':
      if (!scope.item)
        return fail('item-outside-foreach', `${shown}: "index" exists only inside a forEach body`);
      if (ref.segments.length > 0)
        return fail('unknown-field', `${shown}: index is a number; it has no fields`);
      return leaf('number');
    case 'steps': {
      const [id, ...rest] = ref.segments;
      if (id === undefined)
        return fail('bad-reference', `${shown}: name a step, as in {{steps.<id>.<field>}}`);
      const shape = scope.steps.get(id);
      if (!shape) return fail('step-not-run', `${shown}: ${whyNotAvailable(ctx, id, path)}`);
      return walk(shape, rest, `steps.${id}`);
    }
    default:
      return fail(
        'unknown-reference-root',
        `${shown}: a reference starts with trigger, steps or context (item and index inside forEach)${didYouMean(ref.root, ['trigger', 'steps', 'context', 'item', 'index'])}`,
      );
  }
};

/** Why `steps.<id>` is not available at `path`: unknown, later, in another branch, inside a loop body. */
const whyNotAvailable = (ctx: ValidationContext, id: string, path: Path): string => {
  const target = ctx.stepsById.get(id);
  if (!target) return `there is no step "${id}"${didYouMean(id, [...ctx.stepsById.keys()])}`;
  const here = enclosingStep(ctx, path);
  if (here && here.id === id) return `a step cannot use its own result`;
  if (!here || target.order > here.order) {
    return `step "${id}" (${toJsonPath(target.path)}) runs after this point; only results of steps that already ran can be used`;
  }
  let common = 0;
  while (common < target.path.length && common < path.length && target.path[common] === path[common])
    common++;
  for (let i = Math.max(1, common - 1); i < target.path.length; i++) {
    const key = target.path[i];
    if (typeof key !== 'string' || !BRANCH_KEYS.has(key)) continue;
    if (key === 'steps' && target.path[i - 1] !== 'forEach') continue;
    const owner = ctx.stepsByPath.get(toJsonPath(target.path.slice(0, key === 'steps' ? i - 1 : i)));
    const ownerName = owner ? `"${owner.id}"` : 'its parent step';
    switch (key) {
      case 'steps':
        return `step "${id}" is inside the body of forEach ${ownerName}; outside the loop use {{steps.${owner?.id ?? '<loop>'}.results}}`;
      case 'parallel':
        return `step "${id}" runs in another branch of parallel ${ownerName} at the same time; branches cannot use each other's results`;
      case 'then':
      case 'else':
        return `step "${id}" runs only in the "${key}" branch of if ${ownerName}, so it has not run on every path to here`;
      case 'onEvent':
      case 'onTimeout':
        return `step "${id}" runs only in "${key}" of waitFor ${ownerName}, so it has not run on every path to here`;
      case 'onReject':
        return `step "${id}" runs only when approval ${ownerName} is rejected, and the run ends after it`;
    }
  }
  return `step "${id}" has not run on every path to here`;
};

const enclosingStep = (ctx: ValidationContext, path: Path): StepInfo | undefined => {
  for (let i = path.length; i > 0; i--) {
    const info = ctx.stepsByPath.get(toJsonPath(path.slice(0, i)));
    if (info) return info;
  }
  return undefined;
};
