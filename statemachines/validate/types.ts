import * as z from 'zod';
import type { Key } from './issues';
import type { Shape } from './shapes';

/** Types: what an action input expects (its zod schema) against what a reference holds (its shape). */

/** The part of an input schema at a path (objects, lists, records; optional/nullable unwrapped). */
export const schemaAt = (schema: z.ZodType, path: readonly Key[]): z.ZodType | undefined => {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = current && unwrapSchema(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodArray && typeof key === 'number') current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return undefined;
  }
  return current;
};

const unwrapSchema = (schema: z.ZodType): z.ZodType => {
  let s = schema;
  for (
    let i = 0;
    i < 10 && (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault);
    i++
  ) {
    s = s.unwrap() as z.ZodType;
  }
  return s;
};

export type Coarse = 'string' | 'number' | 'boolean' | 'array' | 'object';

export const coarseSchemaType = (schema: z.ZodType): Coarse | undefined => {
  const s = unwrapSchema(schema);
  switch (s.def.type) {
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
      return s instanceof z.ZodEnum && Object.values(s.enum).every((v) => typeof v === 'string')
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
