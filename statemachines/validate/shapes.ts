import * as zc from 'zod/v4/core';
import { itemFileElement } from '../catalogue/spec';
import { executionSchemas } from '../contracts';
import { EVENT_DETAIL_FIELDS, EVENT_DETAILS } from '../event-details';
import type { EventName } from '../events';
import { builtOnFirstUse } from '../zod-kit';
import { isRecord } from './issues';
import { article, didYouMean, list } from './messages';

/**
 * Whether a value may be missing when the run reads it: `null` (a nullable field: the reference yields null) or
 * `absent` (an optional field, a record's key: the reference finds nothing, which fails a JSONPath on AWS).
 */
export type Maybe = 'null' | 'absent';

/** What a reference can point into: the type of trigger data, context and step results. */
export type Shape = (
  | { readonly t: 'open' }
  | {
      readonly t: 'leaf';
      readonly type?: string;
      /** The only values the field can hold (an enum: a lead's status), when it is one of a fixed set. */
      readonly values?: readonly string[];
    }
  | {
      readonly t: 'object';
      readonly fields: ReadonlyMap<string, Shape>;
      /** The element shape when the object is an item file (see catalogue itemFile). */
      readonly items?: Shape;
      /** A loose object (an event's lead, booking…): fields beyond the declared ones are allowed, untyped. */
      readonly loose?: boolean;
    }
  | { readonly t: 'array'; readonly element: Shape }
  | { readonly t: 'record'; readonly value: Shape }
  | { readonly t: 'forbidden'; readonly message: string; readonly code: string }
) & { readonly maybe?: Maybe };

export const OPEN: Shape = { t: 'open' };
export const leaf = (type?: string): Shape => (type === undefined ? { t: 'leaf' } : { t: 'leaf', type });
export const object = (fields: Record<string, Shape>): Shape => ({
  t: 'object',
  fields: new Map(Object.entries(fields)),
});

export const shapeOfZod = (schema: unknown, depth = 0): Shape => {
  if (depth > 20) return OPEN;
  if (schema instanceof zc.$ZodNullable || schema instanceof zc.$ZodOptional) {
    const inner = shapeOfZod(schema._zod.def.innerType, depth + 1);
    const maybe = schema instanceof zc.$ZodOptional || inner.maybe === 'absent' ? 'absent' : 'null';
    return { ...inner, maybe };
  }
  if (schema instanceof zc.$ZodObject) {
    const fields: Record<string, Shape> = {};
    for (const [k, v] of Object.entries(schema._zod.def.shape as Record<string, unknown>))
      fields[k] = shapeOfZod(v, depth + 1);
    const element = itemFileElement(schema);
    if (!element) return object(fields);
    return { t: 'object', fields: new Map(Object.entries(fields)), items: shapeOfZod(element, depth + 1) };
  }
  if (schema instanceof zc.$ZodArray)
    return { t: 'array', element: shapeOfZod(schema._zod.def.element, depth + 1) };
  if (schema instanceof zc.$ZodRecord)
    return { t: 'record', value: shapeOfZod(schema._zod.def.valueType, depth + 1) };
  if (schema instanceof zc.$ZodEnum)
    return { t: 'leaf', type: 'string', values: Object.values(schema._zod.def.entries).map(String) };
  if (schema instanceof zc.$ZodString) return leaf('string');
  if (schema instanceof zc.$ZodNumber) return leaf('number');
  if (schema instanceof zc.$ZodBoolean) return leaf('boolean');
  return OPEN;
};

const unwrapZod = (schema: unknown): unknown => {
  let s = schema;
  while (s instanceof zc.$ZodOptional || s instanceof zc.$ZodNullable || s instanceof zc.$ZodDefault)
    s = s._zod.def.innerType;
  return s;
};

/** The type of one field of an event's detail (`invoice.lines[].amountCents`), from EVENT_DETAILS. */
const detailLeaf = (event: EventName, path: string): Shape => {
  let s: unknown = EVENT_DETAILS[event];
  for (const segment of path.split('.')) {
    s = unwrapZod(s);
    if (!(s instanceof zc.$ZodObject)) return leaf();
    s = (s._zod.def.shape as Record<string, unknown>)[segment.replace(/\[\]$/, '')];
    if (segment.endsWith('[]')) {
      s = unwrapZod(s);
      if (!(s instanceof zc.$ZodArray)) return leaf();
      s = s._zod.def.element;
    }
  }
  const field = unwrapZod(s);
  return field instanceof zc.$ZodObject ? OPEN : shapeOfZod(field);
};

/** Whether the detail field at a dotted path (`lead`, `booking.attendeeEmail`) is nullable or optional. */
const detailMaybe = (event: EventName, path: string): Maybe | undefined => {
  let s: unknown = EVENT_DETAILS[event];
  for (const segment of path.split('.')) {
    s = unwrapZod(s);
    if (!(s instanceof zc.$ZodObject)) return undefined;
    s = (s._zod.def.shape as Record<string, unknown>)[segment.replace(/\[\]$/, '')];
    if (segment.endsWith('[]')) {
      s = unwrapZod(s);
      if (!(s instanceof zc.$ZodArray)) return undefined;
      s = s._zod.def.element;
    }
  }
  let maybe: Maybe | undefined;
  while (s instanceof zc.$ZodOptional || s instanceof zc.$ZodNullable || s instanceof zc.$ZodDefault) {
    if (s instanceof zc.$ZodOptional) maybe = 'absent';
    else if (s instanceof zc.$ZodNullable) maybe ??= 'null';
    s = s._zod.def.innerType;
  }
  return maybe;
};

const detailShapes = new Map<string, Shape>();

/** The detail shape of an event, built once per event (shapes are never changed once built). */
export const eventDetailShape = (event: string): Shape => {
  let shape = detailShapes.get(event);
  if (!shape) {
    shape = buildDetailShape(event);
    detailShapes.set(event, shape);
  }
  return shape;
};

/** The detail shape from EVENT_DETAIL_FIELDS: dotted paths nest, `[]` is a list's element, `.*` opens an object. */
const buildDetailShape = (event: string): Shape => {
  const fields = EVENT_DETAIL_FIELDS[event as EventName];
  if (!fields) return OPEN;
  const shapeAt = (prefix: string): Shape => {
    const shape = shapeBelow(prefix);
    const maybe = detailMaybe(event as EventName, prefix);
    return maybe ? { ...shape, maybe } : shape;
  };
  const shapeBelow = (prefix: string): Shape => {
    const loose = fields.includes(`${prefix}.*`);
    const children = new Set<string>();
    for (const f of fields) {
      if (f.startsWith(`${prefix}[].`)) return { t: 'array', element: shapeAt(`${prefix}[]`) };
      if (f.startsWith(`${prefix}.`))
        children.add((f.slice(prefix.length + 1).split('.')[0] as string).replace(/\[\]$/, ''));
    }
    if (children.size === 0) return loose ? OPEN : detailLeaf(event as EventName, prefix);
    const shape = object(Object.fromEntries([...children].map((c) => [c, shapeAt(`${prefix}.${c}`)])));
    return loose && shape.t === 'object' ? { ...shape, loose: true } : shape;
  };
  const out: Record<string, Shape> = { tenantId: leaf('string') };
  for (const f of fields) {
    const top = f.split('.')[0]?.replace(/\[\]$/, '') as string;
    out[top] ??= shapeAt(top);
  }
  return object(out);
};

export const triggerShape = (trigger: unknown): Shape => {
  if (!isRecord(trigger)) return OPEN;
  switch (trigger.type) {
    case 'event':
      return typeof trigger.event === 'string' ? eventDetailShape(trigger.event) : OPEN;
    case 'manual':
      return Array.isArray(trigger.inputs)
        ? object(
            Object.fromEntries(trigger.inputs.filter((i) => typeof i === 'string').map((i) => [i, OPEN])),
          )
        : OPEN;
    case 'schedule':
      return object({ scheduledTime: leaf('string') });
    default:
      return OPEN;
  }
};

/** The fields of `{{context.…}}` (the execution input's context and what the supervisor adds), derived on first use. */
export const contextShape = /* @__PURE__ */ builtOnFirstUse((): Shape => {
  const { ExecutionContext, ExecutionInput } = executionSchemas();
  const a = shapeOfZod(ExecutionContext);
  const b = shapeOfZod(ExecutionInput.shape.context);
  const fields = new Map<string, Shape>();
  if (b.t === 'object') for (const [k, v] of b.fields) fields.set(k, v);
  if (a.t === 'object') for (const [k, v] of a.fields) fields.set(k, v);
  return { t: 'object', fields };
});

export const describeShape = (s: Shape): string =>
  s.t === 'leaf'
    ? s.type === undefined
      ? 'a single value'
      : article(s.type)
    : s.t === 'array'
      ? 'a list'
      : 'an object';

/** A place on a reference's way that may hold no value: its path (`trigger.lead`) and how it may miss. */
export interface MaybeMissing {
  readonly at: string;
  readonly maybe: Maybe;
}

export type WalkResult =
  | {
      ok: true;
      shape: Shape;
      /** The places on the way (the end included) that may be null or absent, outermost first. */
      missing: readonly MaybeMissing[];
    }
  | { ok: false; code: string; message: string };

export const walkShape = (start: Shape, segments: readonly string[], label: string): WalkResult => {
  let shape = start;
  let at = label;
  const missing: MaybeMissing[] = [];
  for (const seg of segments) {
    switch (shape.t) {
      case 'open':
        return { ok: true, shape: OPEN, missing };
      case 'forbidden':
        return { ok: false, code: shape.code, message: shape.message };
      case 'leaf':
        return {
          ok: false,
          code: 'unknown-field',
          message: `${at} is ${describeShape(shape)}; it has no field "${seg}"`,
        };
      case 'record':
        shape = { ...shape.value, maybe: 'absent' };
        break;
      case 'array':
        if (!/^\d+$/.test(seg)) {
          return {
            ok: false,
            code: 'unknown-field',
            message: `${at} is a list; use an index (${at}.0) or go through it with forEach`,
          };
        }
        // a list may be shorter than the index (an empty find): the item may be absent, as a record's key
        shape = { ...shape.element, maybe: 'absent' };
        break;
      case 'object': {
        const next = shape.fields.get(seg);
        if (!next && shape.loose) return { ok: true, shape: OPEN, missing };
        if (!next) {
          const names = [...shape.fields.keys()];
          return {
            ok: false,
            code: 'unknown-field',
            message: `${at} has no field "${seg}"${didYouMean(seg, names)}${names.length ? ` It has: ${list(names)}` : ''}`,
          };
        }
        shape = next;
        break;
      }
    }
    at = `${at}.${seg}`;
    if (shape.maybe) missing.push({ at, maybe: shape.maybe });
  }
  if (shape.t === 'forbidden') return { ok: false, code: shape.code, message: shape.message };
  return { ok: true, shape, missing };
};
