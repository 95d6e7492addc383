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
 * function that reads settings carries the repository). A schema only some of the function's invocations parse is
 * built by the first of them (`builtOnFirstParse` for a route's body or query): that moves work into that first
 * invocation, which Lambda waits for all the same, so bench/lambdas.ts shows init + that request beside the init
 * (docs/performance.md, session 31). One instance, so its registered `id` names one component.
 */
export const builtOnFirstUse = <T>(build: () => T): (() => T) => {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
};

const BUILT_ON_FIRST_PARSE = new WeakSet<z.core.$ZodType>();

/**
 * A request schema (a route's body, query or path parameters) built on the first request that parses with it:
 * `z.lazy` over `build`, which should be a `builtOnFirstUse` thunk when the schema has an `id` (one instance). For
 * a schema only some of a function's routes parse (api-workflows builds the workflow language for POST, PUT and
 * validate only), so the others do not pay for it at cold start; the request that parses pays it once, and the
 * bench shows init + that request. It parses exactly as the built schema (same answers, same issues), and the
 * OpenAPI document shows the built schema (`documentedSchema`), so the document does not change.
 */
export const builtOnFirstParse = <T extends z.ZodMiniType>(build: () => T): z.ZodMiniLazy<T> => {
  const lazy = z.lazy(build);
  BUILT_ON_FIRST_PARSE.add(lazy);
  return lazy;
};

/** What a document shows for a route's schema: the built schema of a `builtOnFirstParse`, else the schema itself. */
export const documentedSchema = <T extends z.core.$ZodType>(schema: T): z.core.$ZodType =>
  BUILT_ON_FIRST_PARSE.has(schema) ? (schema as unknown as z.ZodMiniLazy)._zod.innerType : schema;
