import type * as z from 'zod/mini';
import * as zc from 'zod/v4/core';
import '../zod-kit';
import type { Key } from './issues';
import type { Shape } from './shapes';

/** Types: what an action input expects (its zod schema) against what a reference holds (its shape). */

/** The part of an input schema at a path (objects, lists, records; optional/nullable unwrapped). */
export const schemaAt = (schema: z.ZodMiniType, path: readonly Key[]): z.ZodMiniType | undefined => {
  let current: z.ZodMiniType | undefined = schema;
  for (const key of path) {
    current = current && unwrapSchema(current);
    if (current instanceof zc.$ZodObject)
      current = (current._zod.def.shape as Record<string, z.ZodMiniType>)[String(key)];
    else if (current instanceof zc.$ZodArray && typeof key === 'number')
      current = current._zod.def.element as z.ZodMiniType;
    else if (current instanceof zc.$ZodRecord) current = current._zod.def.valueType as z.ZodMiniType;
    else return undefined;
  }
  return current;
};

const unwrapSchema = (schema: z.ZodMiniType): z.ZodMiniType => {
  let s = schema;
  for (
    let i = 0;
    i < 10 && (s instanceof zc.$ZodOptional || s instanceof zc.$ZodNullable || s instanceof zc.$ZodDefault);
    i++
  ) {
    s = s._zod.def.innerType as z.ZodMiniType;
  }
  return s;
};

export type Coarse = 'string' | 'number' | 'boolean' | 'array' | 'object';

export const coarseSchemaType = (schema: z.ZodMiniType): Coarse | undefined => {
  const s = unwrapSchema(schema);
  switch (s._zod.def.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'object':
    case 'record':
      return 'object';
    case 'enum':
      return s instanceof zc.$ZodEnum && Object.values(s._zod.def.entries).every((v) => typeof v === 'string')
        ? 'string'
        : undefined;
    default:
      return undefined;
  }
};

export const coarseShapeType = (shape: Shape): Coarse | undefined => {
  if (shape.t === 'leaf') return shape.type as Coarse | undefined;
  if (shape.t === 'array') return 'array';
  if (shape.t === 'object' || shape.t === 'record') return 'object';
  return undefined;
};
