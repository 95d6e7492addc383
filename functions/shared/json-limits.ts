import { BadRequestError, type FieldIssue, PayloadTooLargeError } from './errors';

/**
 * Limits on free-form JSON (lead `fields`, workflow and run inputs, webhook payloads), checked at every edge where
 * JSON comes in, before anything is stored or published:
 *
 * - depth: at most 32 nested objects/arrays, counting the outermost one: a body within the limit can be stored as
 *   a DynamoDB item (32 levels, a top-level attribute counting as level 1), and no recursive code downstream
 *   (JSON.stringify, structuredClone, DynamoDB marshalling) can exhaust the stack. The depth is measured on the
 *   text, before JSON.parse, so a 100k-level body costs one linear scan;
 * - keys: at most 1,000 members per object, 50,000 values in all;
 * - size: the caller's byte limit (413);
 * - numbers: one rule everywhere a number can end up in DynamoDB (see isStorableNumber);
 * - no key named `__proto__`: JSON.parse makes it an own member, but zod's records and DynamoDB's document client
 *   (lib-dynamodb, on AWS too) copy members by assignment, which sets the copy's prototype instead, so the member
 *   would vanish between the answer and the item stored.
 *
 * A refusal is a 400 (413 for size) naming the path and the limit.
 */

export interface JsonLimits {
  /** Nested objects/arrays, the outermost counting as 1. */
  readonly maxDepth: number;
  /** Members of one object. */
  readonly maxKeys: number;
  /** Values in the whole document (objects, arrays and scalars). */
  readonly maxValues: number;
  /** UTF-8 bytes of the text; unchecked when absent. */
  readonly maxBytes?: number;
}

export const JSON_LIMITS: JsonLimits = { maxDepth: 32, maxKeys: 1000, maxValues: 50_000 };

/** DynamoDB numbers: magnitudes from 1e-130 up to (but excluding) 1e126. */
const DYNAMODB_MIN_MAGNITUDE = 1e-130;

/**
 * The number rule: a number is kept only where JavaScript and DynamoDB both hold it exactly as sent: finite, at
 * most 2^53 - 1 in magnitude (JSON.parse already changed 12345678901234567890; the SDK refuses to marshal it)
 * and, when not 0, at least 1e-130 (DynamoDB's smallest). Anything else is refused with a 400 naming the field:
 * send such values as strings.
 */
export const isStorableNumber = (n: number): boolean =>
  Number.isFinite(n) &&
  Math.abs(n) <= Number.MAX_SAFE_INTEGER &&
  (n === 0 || Math.abs(n) >= DYNAMODB_MIN_MAGNITUDE);

export const NUMBER_RULE =
  'numbers must be finite, within ±(2^53 - 1) and not smaller than 1e-130 in magnitude; send larger or more precise values as strings';

/** The one key no free-form JSON may hold (see the rules above). */
export const PROTO_KEY = '__proto__';
export const PROTO_KEY_RULE =
  'is a key named __proto__, which cannot be stored (copying the object would drop it): rename the key';

/** A JSON document over a limit or against one of the rules above (400). */
export class JsonLimitError extends BadRequestError {
  constructor(issue: FieldIssue) {
    super(`JSON refused: ${issue.path} ${issue.message}`, [issue]);
  }
}

type PathPart = string | number;

/** `['fields', 'a', 0]` under `body` -> `body.fields.a[0]`; long paths keep their first segments. */
export const formatJsonPath = (root: string, path: readonly PathPart[], maxSegments = 8): string => {
  let out = root;
  for (const part of path.slice(0, maxSegments)) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part.length > 40 ? `${part.slice(0, 40)}…` : part)}]`;
  }
  return path.length > maxSegments ? `${out}…` : out;
};

interface Frame {
  readonly array: boolean;
  index: number;
  /** The current member's key (objects), decoded. */
  key?: string;
  /** The keys seen so far in this object, decoded. */
  keys?: Set<string>;
}

const keyOf = (raw: string): string => {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw;
  }
};

const pathOf = (stack: readonly Frame[]): PathPart[] => stack.map((f) => (f.array ? f.index : (f.key ?? '')));

/**
 * One pass over JSON text: the path of the first container nested deeper than `maxDepth` (the scan stops there), and
 * the path of the first key given twice in one object (compared decoded: `"n"` and `"\u006e"` are one key; JSON.parse
 * keeps the last silently, so what a client meant by both is unknown). Linear, no recursion, and safe on any text
 * (malformed JSON is left to JSON.parse to report).
 */
export const scanJsonText = (
  text: string,
  maxDepth: number,
): { readonly tooDeep?: PathPart[]; readonly duplicate?: PathPart[] } => {
  const stack: Frame[] = [];
  let duplicate: PathPart[] | undefined;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          i++;
          escaped = true;
        } else if (d === 0x22) break;
      }
      const top = stack.at(-1);
      if (top && !top.array && expectKey) {
        const key = escaped ? keyOf(text.slice(start, i + 1)) : text.slice(start + 1, i);
        top.key = key;
        top.keys ??= new Set();
        if (duplicate === undefined && top.keys.has(key)) duplicate = pathOf(stack);
        top.keys.add(key);
        expectKey = false;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const array = c === 0x5b;
      stack.push({ array, index: 0 });
      expectKey = !array;
      if (stack.length > maxDepth) return { tooDeep: pathOf(stack.slice(0, -1)) };
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top) {
        top.index += 1;
        expectKey = !top.array;
      }
    }
  }
  return duplicate ? { duplicate } : {};
};

/** The path of the first container nested deeper than `maxDepth` in JSON text, or undefined (see scanJsonText). */
export const tooDeepAt = (text: string, maxDepth: number): PathPart[] | undefined =>
  scanJsonText(text, maxDepth).tooDeep;

/** String.prototype.isWellFormed (ES2024; Node 20+), which lib ES2023 does not type yet. */
const isWellFormed = (text: string): boolean =>
  (text as unknown as { isWellFormed(): boolean }).isWellFormed();
export const LONE_SURROGATE_RULE =
  'holds a lone surrogate (\\uD800-\\uDFFF without its pair): it has no UTF-8 form, so it cannot be stored or sent';

/** Checks an already parsed value (keys, value count, numbers, depth): throws JsonLimitError at the first problem. */
export const checkJsonValue = (value: unknown, root: string, limits: JsonLimits = JSON_LIMITS): void => {
  let values = 0;
  const path: PathPart[] = [];
  const fail = (message: string): never => {
    throw new JsonLimitError({ path: formatJsonPath(root, path), message });
  };
  const visit = (v: unknown, depth: number): void => {
    values += 1;
    if (values > limits.maxValues) fail(`holds more than ${limits.maxValues} values (the limit)`);
    if (typeof v === 'number') {
      if (!isStorableNumber(v)) fail(`is the number ${String(v)}: ${NUMBER_RULE}`);
      return;
    }
    if (typeof v === 'string') {
      if (!isWellFormed(v)) fail(LONE_SURROGATE_RULE);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (depth + 1 > limits.maxDepth) fail(`is nested deeper than ${limits.maxDepth} levels (the limit)`);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        visit(v[i], depth + 1);
        path.pop();
      }
      return;
    }
    const keys = Object.keys(v);
    if (keys.length > limits.maxKeys) fail(`has ${keys.length} keys; the limit is ${limits.maxKeys}`);
    for (const key of keys) {
      path.push(key);
      if (key === PROTO_KEY) fail(PROTO_KEY_RULE);
      if (!isWellFormed(key)) fail(LONE_SURROGATE_RULE);
      visit((v as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  visit(value, 0);
};

/**
 * JSON.parse under the limits: size (413) and depth on the text first, a key given twice once JSON.parse accepts
 * the text, then keys, value count and numbers on the parsed value. A syntax error is left to the caller (it is thrown as JSON.parse throws it).
 */
export const parseJsonWithinLimits = (
  text: string,
  root: string,
  limits: JsonLimits = JSON_LIMITS,
): unknown => {
  if (limits.maxBytes !== undefined && Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    throw new PayloadTooLargeError(limits.maxBytes);
  }
  const { tooDeep: deep, duplicate } = scanJsonText(text, limits.maxDepth);
  if (deep) {
    throw new JsonLimitError({
      path: formatJsonPath(root, deep),
      message: `is nested deeper than ${limits.maxDepth} levels (the limit)`,
    });
  }
  const value = JSON.parse(text) as unknown;
  if (duplicate) {
    throw new JsonLimitError({
      path: formatJsonPath(root, duplicate),
      message: 'is given more than once in the same object; give each key once',
    });
  }
  checkJsonValue(value, root, limits);
  return value;
};
