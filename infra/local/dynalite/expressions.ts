import { createRequire } from 'node:module';

/**
 * dynalite parses every expression of every request with its PEG parsers (a tenth of the local runtime's CPU
 * under API load). The parse of an expression depends on its text, whether it is a key condition, the attribute
 * names, and the attribute values' keys and types only (its checks read a value's type, never its content, except
 * BETWEEN's bounds and attribute_type's type name). So a parse is kept per (parser, text, key condition, names,
 * value keys and types) and replayed: the same answer, the same error, the same attribute names and values marked
 * used, the tree rebuilt around this request's own value objects, as a fresh parse would have embedded them. Nothing
 * is checked less: a replay is exactly what the parser answered for an identical request shape.
 *
 * BETWEEN reads its bounds' content in one place only: `compare('GT', lower, upper)` when both bounds are values
 * of one type. So for an expression naming BETWEEN the key also holds, for every ordered pair of the request's
 * values of one type, what that comparison answers: two requests with the same key then take the same path through
 * the parser. Its error quotes the bounds, so a BETWEEN expression's errors are not kept (parsed again each time).
 * Key conditions of range reads (`sk BETWEEN :from AND :to`) are most of them: two of a lead run's Queries.
 * attribute_type's type name is a value's content itself: expressions naming it are always parsed.
 */

type Json = Record<string, unknown>;
interface ParseContext {
  attrNames?: Record<string, string> | null;
  attrVals?: Record<string, Json> | null;
  unusedAttrNames: Record<string, boolean>;
  unusedAttrVals: Record<string, boolean>;
  isKeyCondition?: boolean;
  [other: string]: unknown;
}
export interface Parser {
  parse(text: string, options: { context: ParseContext }): unknown;
  /** The parser's own parse, kept when memoized. */
  unmemoized?: (text: string, options: { context: ParseContext }) => unknown;
}
/** Where a parsed tree embedded one of the request's attribute values. */
class ValueRef {
  constructor(readonly key: string) {}
}
interface Parsed {
  /** The tree with a ValueRef in place of each embedded value (no request's values are kept). */
  readonly tree?: unknown;
  readonly error?: unknown;
  readonly usedNames: readonly string[];
  readonly usedVals: readonly string[];
}

const MAX_ENTRIES = 2000;
const VALUE_DEPENDENT = /attribute_type/i;
const BOUNDS = /between/i;
/** Above this many values a BETWEEN expression is parsed each time (the comparisons grow with their square). */
const MAX_COMPARED_VALUES = 8;
const TYPES = ['S', 'N', 'B', 'NULL', 'BOOL', 'SS', 'NS', 'BS', 'L', 'M'] as const;

/** The type dynalite's parsers read off a value (the first type key it carries). */
const typeOf = (value: Json): string => TYPES.find((t) => value[t] != null) ?? '?';

/**
 * For each ordered pair of values of one type, what `compare('GT', a, b)` answers (`1`/`0`): all a BETWEEN check
 * can read of its bounds' content. Undefined when the context carries no comparison or too many values.
 */
const comparisons = (context: ParseContext, vals: Record<string, Json>): string | undefined => {
  const compare = context.compare as ((op: string, a: Json, b: Json) => boolean) | undefined;
  if (typeof compare !== 'function') return undefined;
  const entries = Object.values(vals);
  if (entries.length > MAX_COMPARED_VALUES) return undefined;
  let out = '';
  for (const a of entries)
    for (const b of entries)
      if (a !== b && typeOf(a) !== '?' && typeOf(a) === typeOf(b)) out += compare('GT', a, b) ? '1' : '0';
  return out;
};

/** The parse's key, and whether an error of it may be kept (not when it can quote a value's content). */
const shapeKey = (text: string, context: ParseContext): { key: string; keepErrors: boolean } | undefined => {
  if (VALUE_DEPENDENT.test(text)) return undefined;
  let key = `${context.isKeyCondition ? 'k' : 'e'}\u0000${text}\u0000`;
  if (context.attrNames) key += JSON.stringify(context.attrNames);
  key += '\u0000';
  const vals = context.attrVals;
  if (vals) {
    const seen = new Set<unknown>();
    for (const name in vals) {
      const value = vals[name];
      if (!value || typeof value !== 'object' || seen.has(value)) return undefined;
      seen.add(value);
      key += `${name}:${typeOf(value)},`;
    }
  }
  if (!BOUNDS.test(text)) return { key, keepErrors: true };
  const order = comparisons(context, vals ?? {});
  return order === undefined ? undefined : { key: `${key}\u0000${order}`, keepErrors: false };
};

/** A copy of `node`: each value object found in `refs` becomes a ValueRef (when storing a parse). */
const detach = (node: unknown, refs: ReadonlyMap<object, string>): unknown => {
  if (node === null || typeof node !== 'object') return node;
  const key = refs.get(node);
  if (key !== undefined) return new ValueRef(key);
  if (Array.isArray(node)) return node.map((item) => detach(item, refs));
  const copy: Json = Object.getPrototypeOf(node) === null ? Object.create(null) : {};
  for (const k in node) copy[k] = detach((node as Json)[k], refs);
  return copy;
};

/** A copy of a stored tree with each ValueRef replaced by this request's value of that key (when replaying). */
const attach = (node: unknown, vals: Record<string, Json>): unknown => {
  if (node === null || typeof node !== 'object') return node;
  if (node instanceof ValueRef) return vals[node.key];
  if (Array.isArray(node)) return node.map((item) => attach(item, vals));
  const copy: Json = Object.getPrototypeOf(node) === null ? Object.create(null) : {};
  for (const k in node) copy[k] = attach((node as Json)[k], vals);
  return copy;
};

const valueRefs = (vals: Record<string, Json> | null | undefined): Map<object, string> => {
  const refs = new Map<object, string>();
  if (vals) for (const name in vals) refs.set(vals[name] as object, name);
  return refs;
};

/** Makes `parser.parse` replay the parses of a shape seen before (exported for the tests). */
export const memoize = (parser: Parser): void => {
  const parse = parser.parse.bind(parser);
  parser.unmemoized = parse;
  const cache = new Map<string, Parsed>();
  parser.parse = (text, options) => {
    const context = options.context;
    const shape = shapeKey(text, context);
    if (shape === undefined) return parse(text, options);
    const { key, keepErrors } = shape;
    let parsed = cache.get(key);
    if (!parsed) {
      const unusedAttrNames: Record<string, boolean> = {};
      const unusedAttrVals: Record<string, boolean> = {};
      for (const name in context.attrNames ?? {}) unusedAttrNames[name] = true;
      for (const name in context.attrVals ?? {}) unusedAttrVals[name] = true;
      const fresh = { context: { ...context, unusedAttrNames, unusedAttrVals } };
      let tree: unknown;
      let error: unknown;
      let failed = false;
      try {
        tree = parse(text, fresh);
      } catch (e) {
        error = e;
        failed = true;
      }
      parsed = {
        ...(failed ? { error } : { tree: detach(tree, valueRefs(context.attrVals)) }),
        usedNames: Object.keys(context.attrNames ?? {}).filter((name) => !(name in unusedAttrNames)),
        usedVals: Object.keys(context.attrVals ?? {}).filter((name) => !(name in unusedAttrVals)),
      };
      // dynalite's parsers answer a refused expression with its message (a string) or throw a syntax error.
      if (keepErrors || !(failed || typeof tree === 'string')) {
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
        cache.set(key, parsed);
      }
      for (const name of parsed.usedNames) delete context.unusedAttrNames[name];
      for (const name of parsed.usedVals) delete context.unusedAttrVals[name];
      if (failed) throw error;
      return tree;
    }
    for (const name of parsed.usedNames) delete context.unusedAttrNames[name];
    for (const name of parsed.usedVals) delete context.unusedAttrVals[name];
    if ('error' in parsed) throw parsed.error;
    return attach(parsed.tree, context.attrVals ?? {});
  };
};

export const DYNALITE_PARSERS = ['conditionParser', 'updateParser', 'projectionParser'] as const;

/** dynalite's parser module of that name (the module its validations call). */
export const dynaliteParser = (name: (typeof DYNALITE_PARSERS)[number]): Parser =>
  createRequire(import.meta.url)(`dynalite/db/${name}`) as Parser;

/** Memoizes dynalite's condition, update and projection parsers (once per process). */
export const memoizeDynaliteParsers = (): void => {
  for (const name of DYNALITE_PARSERS) {
    const parser = dynaliteParser(name);
    if (!parser.unmemoized) memoize(parser);
  }
};
