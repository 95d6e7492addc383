import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Schemas on zod's tree-shakable API (`zod/mini`): a Lambda bundle carries only the schema kinds and checks it
 * uses (~30 KB) instead of classic zod's methods on every schema and its JSON Schema processors (~100 KB).
 * Classic zod sets English messages and its memoizer (parses of cyclic input) when it loads; zod/mini does not, so
 * this module does, and every module that builds schemas on zod/mini imports it first: the 4xx bodies name the same
 * problems either way.
 */
z.config({ ...en(), memoizer: z.memoizer() });

/** Classic zod's `schema.describe(text)`: a copy of the schema carrying the description (JSON Schema, docs). */
export const described = <T extends z.core.$ZodType>(schema: T, description: string): T => {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, { description });
  return copy;
};

/** Classic zod's `schema.meta(data)`: a copy of the schema registered with `data` (an `id` names it in OpenAPI). */
export const withMeta = <T extends z.core.$ZodType>(schema: T, data: z.core.GlobalMeta): T => {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, data);
  return copy;
};

/**
 * A schema built on its first call and kept, written `/* @__PURE__ *\/ builtOnFirstUse(() => …)`: for a schema that
 * a function's cold start need not build because what reads it is not its work: API responses (only the OpenAPI
 * document reads them, `ResponseSpec.schema`), the tenant settings PATCH (only the settings route parses it, yet every
 * function that reads settings carries the repository). Not for a schema the function's own invocations parse: that
 * would move init work into the first invocation, which Lambda waits for all the same (docs/performance.md). One
 * instance, so its registered `id` names one component.
 */
export const builtOnFirstUse = <T>(build: () => T): (() => T) => {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
};
