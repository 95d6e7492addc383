import type { z } from 'zod';

/**
 * A plausible value for a zod schema: what a dry run returns in place of an action's real output, so later steps
 * that reference it (`{{steps.find.leads}}`, `{{steps.send.messageId}}`) see the right shape.
 * Strings are labelled with their path (`dry-run:send.messageId`) so a person can tell where they came from.
 */
export const synthesize = (schema: z.core.$ZodType, label: string): unknown => {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'string': {
      const format = def.format as string | undefined;
      if (format === 'email') return 'dry-run@example.com';
      if (format === 'datetime') return new Date(0).toISOString();
      if (format === 'url') return 'https://example.com/dry-run';
      return `dry-run:${label}`;
    }
    case 'number':
    case 'int':
    case 'bigint':
      return 0;
    case 'boolean':
      return true;
    case 'null':
    case 'undefined':
    case 'void':
    case 'unknown':
    case 'any':
      return null;
    case 'literal': {
      const values = def.values as unknown[] | undefined;
      return values?.[0] ?? null;
    }
    case 'enum': {
      const entries = def.entries as Record<string, unknown>;
      return Object.values(entries)[0] ?? null;
    }
    case 'array':
      return [];
    case 'record':
    case 'map':
      return {};
    case 'date':
      return new Date(0).toISOString();
    case 'object': {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(shape)) out[key] = synthesize(child, `${label}.${key}`);
      return out;
    }
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return synthesize(def.innerType as z.core.$ZodType, label);
    case 'union': {
      const options = def.options as z.core.$ZodType[];
      return options[0] ? synthesize(options[0], label) : null;
    }
    case 'intersection':
      return synthesize(def.left as z.core.$ZodType, label);
    case 'pipe':
      return synthesize(def.in as z.core.$ZodType, label);
    case 'lazy':
      return synthesize((def.getter as () => z.core.$ZodType)(), label);
    default:
      return null;
  }
};
