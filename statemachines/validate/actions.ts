import type * as z from 'zod/mini';
import { CATALOGUE, getAction, isActionName } from '../catalogue';
import type { EventName } from '../events';
import { parseTemplate, type Reference, wholeReference } from '../references';
import type { Scope, ValidationContext } from './context';
import { checkDuration } from './durations';
import { isEventName, requiredDetailFields } from './event-fields';
import { isRecord, type Key, type Path, toJsonPath } from './issues';
import { article, didYouMean, list } from './messages';
import { checkAnyOfPresence, checkPresence, type Receiver } from './presence';
import { checkReference, checkReferences, listAsText } from './references';
import { leaf, OPEN, object, type Shape, shapeOfZod } from './shapes';
import { type RawZodIssue, shapeKeys, zodToIssues } from './structure';
import { oneValueHint } from './template-types';
import { coarseSchemaType, coarseShapeType, schemaAt } from './types';

/**
 * Actions: the action exists in the catalogue, its input fits the catalogue's schema (a whole reference must hold
 * the input's type, a template is text), an emitted event carries its required fields, and no action publishes the
 * event that starts its own workflow. Returns the shape of the action's result.
 */

const SENTINEL = '\u0000dynaris-reference\u0000';

export const checkAction = (
  ctx: ValidationContext,
  step: Record<string, unknown>,
  path: Path,
  scope: Scope,
): Shape => {
  const name = step.action;
  if (typeof step.timeout === 'string') checkDuration(ctx, step.timeout, [...path, 'timeout']);
  const input = step.input;
  if (input !== undefined) checkReferences(ctx, input, [...path, 'input'], scope);
  if (typeof name !== 'string') return OPEN;
  const spec = getAction(name);
  if (!spec) {
    ctx.add(
      [...path, 'action'],
      'unknown-action',
      `unknown action "${name}"${didYouMean(name, Object.keys(CATALOGUE))} See the action catalogue in docs/workflow-language.md.`,
    );
    return OPEN;
  }
  if (input === undefined || isRecord(input)) {
    checkActionInput(ctx, name, spec.input, input ?? {}, [...path, 'input'], scope);
    for (const rule of spec.inputRules ?? []) {
      if (!('anyOf' in rule)) continue;
      const given = rule.anyOf
        .filter((k) => input?.[k] !== undefined && input[k] !== null)
        .map((k) => {
          const v = input?.[k];
          return {
            input: k,
            ref: typeof v === 'string' ? wholeReference(v) : undefined,
            path: [...path, 'input', k],
          };
        });
      checkAnyOfPresence(ctx, name, rule.anyOf, given, scope);
    }
  }
  if (name === 'events.emit' && isRecord(input) && isEventName(input.event))
    checkEmittedDetail(ctx, input.event, input.detail, [...path, 'input']);
  const emitted =
    name === 'events.emit' && isRecord(input) && typeof input.event === 'string' ? input.event : spec.emits;
  if (emitted !== undefined && emitted === ctx.triggerEvent && !ctx.triggerFiltered) {
    ctx.add(
      [...path, 'action'],
      'self-trigger-loop',
      `"${name}" publishes "${emitted}", the event that starts this workflow, so every run would start another one forever; add a trigger filter that the new event does not match`,
    );
  }
  let shape = shapeOfZod(spec.output);
  if (step.onError === 'continue' && shape.t === 'object') {
    const fields = new Map(shape.fields);
    fields.set('error', object({ Error: leaf('string'), Cause: leaf('string') }));
    shape = { t: 'object', fields };
  }
  if (isActionName(name) && name === 'ai.task') return OPEN;
  return shape;
};

/**
 * An emitted platform event carries what every publisher of it sends (the required fields of EVENT_DETAILS), so
 * the workflows it starts can read them. A detail that is one whole reference is not checked.
 */
const checkEmittedDetail = (ctx: ValidationContext, event: EventName, detail: unknown, path: Path): void => {
  if (detail !== undefined && !isRecord(detail)) return;
  const present = new Set(Object.keys(detail ?? {}));
  for (const field of requiredDetailFields(event)) {
    if (present.has(field)) continue;
    ctx.add(
      detail === undefined ? path : [...path, 'detail'],
      'missing-detail-field',
      `a "${event}" event needs the detail field "${field}": every "${event}" carries it and the workflows it starts read it (fields: see the events table in docs/workflow-language.md)`,
    );
  }
};

/** The input against the catalogue schema; whole references may be of any type, templates are text. */
const checkActionInput = (
  ctx: ValidationContext,
  action: string,
  schema: z.ZodMiniType,
  input: Record<string, unknown>,
  path: Path,
  scope: Scope,
): void => {
  const referencePaths: string[] = [];
  const templatePaths = new Set<string>();
  const receiver = (at: Key[], expected: z.ZodMiniType | undefined): Receiver => ({
    action,
    input: at.join('.'),
    schema: expected,
  });
  const replace = (v: unknown, at: Key[]): unknown => {
    if (typeof v === 'string') {
      const ref = wholeReference(v);
      if (ref) {
        referencePaths.push(toJsonPath(at));
        const expected = schemaAt(schema, at);
        checkReferenceType(ctx, ref, expected, [...path, ...at], scope);
        checkPresence(ctx, ref, [...path, ...at], scope, receiver(at, expected), true);
        return SENTINEL;
      }
      const parts = parseTemplate(v);
      if (parts.some((p) => p.kind === 'ref')) templatePaths.add(toJsonPath(at));
      for (const p of parts)
        if (p.kind === 'ref')
          checkPresence(ctx, p.ref, [...path, ...at], scope, receiver(at, undefined), false);
      return v;
    }
    if (Array.isArray(v)) return v.map((x, i) => replace(x, [...at, i]));
    if (isRecord(v))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x, [...at, k])]));
    return v;
  };
  const prepared = replace(input, []);
  const parsed = schema.safeParse(prepared);
  if (parsed.success) return;
  for (const issue of parsed.error.issues as unknown as RawZodIssue[]) {
    const rel = (issue.path ?? []).map((k) => (typeof k === 'number' ? k : String(k)));
    const jp = toJsonPath(rel);
    if (referencePaths.some((r) => jp === r || jp.startsWith(`${r}.`) || jp.startsWith(`${r}[`))) continue;
    const templated = templatePaths.has(jp);
    if (
      templated &&
      (issue.format !== undefined || issue.values !== undefined || issue.maximum !== undefined)
    )
      continue;
    if (issue.keys && rel.length === 0) {
      const allowed = shapeKeys(schema);
      for (const key of issue.keys) {
        ctx.add(
          [...path, key],
          'unknown-input',
          `unknown input "${key}"${didYouMean(key, allowed)} Inputs of this action: ${list(allowed)}`,
        );
      }
      continue;
    }
    for (const out of zodToIssues(issue, input, [])) {
      ctx.issues.push({
        path: toJsonPath([...path]) + out.path.slice(1),
        code: out.code === 'unknown-key' ? 'unknown-input' : 'bad-input',
        message: out.message,
      });
    }
  }
};

/** A whole reference passes its value as is: refuse it when its known type differs from the input's type. */
const checkReferenceType = (
  ctx: ValidationContext,
  ref: Reference,
  expected: z.ZodMiniType | undefined,
  path: Path,
  scope: Scope,
): void => {
  const want = expected ? coarseSchemaType(expected) : undefined;
  if (want === undefined) return;
  const shape = checkReference(ctx, ref, path, scope, true);
  const have = shape ? coarseShapeType(shape) : undefined;
  if (have === undefined || have === want) return;
  ctx.add(
    path,
    'type-mismatch',
    `{{${ref.expression}}} is ${article(have)}, but this input needs ${article(want)}${want !== 'string' ? '' : shape && (have === 'array' || have === 'object') ? `; ${oneValueHint(ref, shape, listAsText(ref, scope))}` : '; put text around it to make a string'}`,
  );
};
