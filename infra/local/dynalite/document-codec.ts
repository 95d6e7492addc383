import { convertToNative } from '@aws-sdk/util-dynamodb';

/**
 * The document client's (un)marshalling for the direct path (./direct-client.ts), written for the values a
 * repository stores: plain objects, arrays, strings, booleans, null and safe numbers. It gives what
 * lib-dynamodb's key-node walk gives, the request as wire JSON text and the answer as documents, without its
 * intermediate objects (an Object.entries array and a pair per attribute, a copy of every level): that walk was
 * the largest allocator of a lead run (~13% of the bytes allocated, docs/performance.md).
 *
 * Anything else (a Set, a Map, binary, a NumberValue or bigint, a class instance, a number the marshaller refuses,
 * undefined where it is not simply dropped, options other than the repositories') is left to lib-dynamodb: the
 * request text is then undefined and the answer null, and the caller runs lib-dynamodb's own functions, so every
 * error message and every edge case stays theirs. test/unit/dynalite-document-codec.test.ts compares both on
 * generated requests and answers.
 */

/** A command's key nodes: null = the value itself, {} or [] = each member, {'*': n} = each member by n, else named keys. */
export type KeyNodes = { readonly [key: string]: KeyNodes } | readonly unknown[] | null;

export interface CodecOptions {
  readonly removeUndefinedValues?: boolean;
  readonly convertClassInstanceToMap?: boolean;
  readonly convertTopLevelContainer?: boolean;
  readonly convertEmptyValues?: boolean;
  readonly allowImpreciseNumbers?: boolean;
  readonly wrapNumbers?: unknown;
  readonly convertWithoutMapWrapper?: boolean;
}

/** Thrown (not an Error: no stack to capture) when a value is not of the subset; the caller falls back. */
const NOT_HERE: unique symbol = Symbol('not of the fast subset');
/** lib-dynamodb copies members by assignment, where this key sets the copy's prototype instead. */
const PROTO = '__proto__';
const MAX = Number.MAX_SAFE_INTEGER;
const MIN = Number.MIN_SAFE_INTEGER;

type Plain = Record<string, unknown>;

/** An object whose for-in order is its own enumerable keys' (Object.entries'), as lib-dynamodb walks key nodes. */
const ownKeysOnly = (v: object): v is Plain => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The constructor names the marshaller dispatches on before it maps an object by its enumerable properties. */
const DISPATCHED = new Set([
  'Set',
  'Map',
  'Boolean',
  'Number',
  'String',
  'ArrayBuffer',
  'Blob',
  'Buffer',
  'DataView',
  'File',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
]);

/** Such an object that the marshaller also turns into a map (a member named `constructor` may name a type). */
const isPlain = (v: object): v is Plain => {
  if (!ownKeysOnly(v)) return false;
  const c = (v as { constructor?: unknown }).constructor;
  if (c === Object || c === undefined || c === null) return true;
  const name = (c as { name?: unknown }).name;
  return typeof name !== 'string' || !DISPATCHED.has(name);
};

type Plan =
  | { readonly kind: 'value' }
  | { readonly kind: 'members' }
  | { readonly kind: 'each'; readonly of: Plan }
  | { readonly kind: 'keys'; readonly keys: ReadonlyMap<string, Plan> };

const VALUE: Plan = { kind: 'value' };
const MEMBERS: Plan = { kind: 'members' };

/** lib-dynamodb's reading of a key node (processObj). */
const planOf = (nodes: KeyNodes): Plan => {
  if (nodes === null) return VALUE;
  const keys = Object.keys(nodes);
  if (keys.length === 0) return MEMBERS;
  if (keys.length === 1 && keys[0] === '*')
    return { kind: 'each', of: planOf((nodes as Plain)['*'] as KeyNodes) };
  return {
    kind: 'keys',
    keys: new Map(keys.map((k) => [k, planOf((nodes as Plain)[k] as KeyNodes)])),
  };
};

export type { Plan };

/** Plans by command class: a command class's key nodes are the same for every instance. */
const planCache = () => {
  const plans = new WeakMap<object, Plan>();
  return (commandClass: object, nodes: KeyNodes): Plan => {
    let plan = plans.get(commandClass);
    if (!plan) {
      plan = planOf(nodes);
      plans.set(commandClass, plan);
    }
    return plan;
  };
};
export const inputPlan = planCache();
export const outputPlan = planCache();

// ---- marshalling: a document to the text of its attribute value ----

const attribute = (v: unknown): string => {
  switch (typeof v) {
    case 'string':
      return `{"S":${JSON.stringify(v)}}`;
    case 'number':
      // NaN, infinities and unsafe integers: the marshaller refuses them (its messages)
      if (v <= MAX && v >= MIN) return `{"N":"${v}"}`;
      throw NOT_HERE;
    case 'boolean':
      return v ? '{"BOOL":true}' : '{"BOOL":false}';
    case 'object':
      if (v === null) return '{"NULL":true}';
      if (Array.isArray(v)) return `{"L":${list(v)}}`;
      if (isPlain(v)) return `{"M":${map(v)}}`;
      throw NOT_HERE;
    default:
      throw NOT_HERE;
  }
};

const list = (items: readonly unknown[]): string => {
  let text = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    // dropped, as removeUndefinedValues and the function filter drop them (a hole reads undefined too)
    if (item === undefined || typeof item === 'function') continue;
    text += text ? `,${attribute(item)}` : attribute(item);
  }
  return `[${text}]`;
};

const map = (value: Plain): string => {
  let text = '';
  for (const key in value) {
    const v = value[key];
    if (v === undefined || typeof v === 'function') continue;
    if (key === PROTO) throw NOT_HERE;
    const entry = `${JSON.stringify(key)}:${attribute(v)}`;
    text += text ? `,${entry}` : entry;
  }
  return `{${text}}`;
};

/** processObj then JSON.stringify: undefined when the value is left out. */
const marshalled = (value: unknown, plan: Plan): string | undefined => {
  if (value === undefined) return undefined;
  switch (plan.kind) {
    case 'value':
      return attribute(value);
    case 'members':
      if (typeof value !== 'object' || value === null) throw NOT_HERE;
      if (Array.isArray(value)) {
        let text = '';
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (item === undefined) throw NOT_HERE; // lib-dynamodb keeps it as null, a hole it drops
          if (typeof item === 'function') continue;
          text += text ? `,${attribute(item)}` : attribute(item);
        }
        return `[${text}]`;
      }
      if (!ownKeysOnly(value)) throw NOT_HERE;
      return map(value);
    case 'each':
      if (typeof value !== 'object') throw NOT_HERE;
      if (value === null) return '{}';
      if (Array.isArray(value)) {
        let text = '';
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (item === undefined || typeof item === 'function') throw NOT_HERE;
          const entry = marshalled(item, plan.of) as string;
          text += text ? `,${entry}` : entry;
        }
        return `[${text}]`;
      }
      if (!ownKeysOnly(value)) throw NOT_HERE;
      return fields(value, (_key, v) => marshalled(v, plan.of));
    case 'keys':
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !ownKeysOnly(value))
        throw NOT_HERE;
      return fields(value, (key, v) => {
        const inner = plan.keys.get(key);
        return inner ? marshalled(v, inner) : plainJson(v);
      });
  }
};

/** A member that is not a key node, as JSON.stringify writes it inside its parent. */
const plainJson = (v: unknown): string | undefined => {
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function')
    throw NOT_HERE; // toJSON(key) would see another key
  return JSON.stringify(v);
};

const fields = (value: Plain, text: (key: string, v: unknown) => string | undefined): string => {
  let out = '';
  for (const key in value) {
    const v = value[key];
    if (typeof v === 'function') continue;
    if (key === PROTO) throw NOT_HERE;
    const t = text(key, v);
    if (t === undefined) continue;
    const entry = `${JSON.stringify(key)}:${t}`;
    out += out ? `,${entry}` : entry;
  }
  return `{${out}}`;
};

/** A key B or BS followed by anything but a string: where the SDK's path would see bytes (./direct-client.ts). */
export const MAYBE_BINARY = /"BS?":[^"]/;

/** The options this codec implements; with others the caller uses lib-dynamodb. */
const marshalsHere = (o: CodecOptions): boolean =>
  o.removeUndefinedValues === true &&
  o.convertClassInstanceToMap === true &&
  o.convertTopLevelContainer === true &&
  !o.convertEmptyValues &&
  !o.allowImpreciseNumbers;

/**
 * JSON.stringify(marshallInput(input, nodes, options)) for a request of the fast subset; undefined otherwise (or
 * when the text may hold bytes), for the caller to marshal with lib-dynamodb.
 */
export const requestText = (input: unknown, plan: Plan, options: CodecOptions): string | undefined => {
  if (!marshalsHere(options) || plan.kind !== 'keys') return undefined;
  try {
    const text = marshalled(input, plan);
    return text === undefined || MAYBE_BINARY.test(text) ? undefined : text;
  } catch (error) {
    if (error === NOT_HERE) return undefined;
    throw error;
  }
};

// ---- unmarshalling: an answer's attribute values to documents ----

const native = (value: unknown, options: CodecOptions): unknown => {
  const v = value as Plain;
  for (const key in v) {
    const inner = v[key];
    if (inner === undefined) continue;
    switch (key) {
      case 'S':
        return inner;
      case 'N': {
        const n = Number(inner);
        return n <= MAX && n >= MIN ? n : convertToNative(v as never, options as never);
      }
      case 'BOOL':
        return Boolean(inner);
      case 'NULL':
        return null;
      case 'M': {
        if (typeof inner !== 'object' || inner === null) break;
        const out: Plain = {};
        for (const k in inner as Plain) {
          if (k === PROTO) throw NOT_HERE;
          out[k] = native((inner as Plain)[k], options);
        }
        return out;
      }
      case 'L':
        if (!Array.isArray(inner)) break;
        return inner.map((item) => native(item, options));
    }
    // sets, binary, an unknown type, a malformed value: lib-dynamodb's answer or error
    return convertToNative(v as never, options as never);
  }
  return convertToNative(v as never, options as never);
};

const unmarshalled = (value: unknown, plan: Plan, options: CodecOptions): unknown => {
  if (value === undefined) return undefined;
  switch (plan.kind) {
    case 'value':
      return native(value, options);
    case 'members': {
      if (Array.isArray(value))
        return value.map((item) => (item === undefined ? undefined : native(item, options)));
      const out: Plain = {};
      for (const key in value as Plain) {
        const v = (value as Plain)[key];
        if (key === PROTO) throw NOT_HERE;
        if (v !== undefined) out[key] = native(v, options);
      }
      return out;
    }
    case 'each': {
      if (Array.isArray(value)) return value.map((item) => unmarshalled(item, plan.of, options));
      const out: Plain = {};
      for (const key in value as Plain) {
        if (key === PROTO) throw NOT_HERE;
        out[key] = unmarshalled((value as Plain)[key], plan.of, options);
      }
      return out;
    }
    case 'keys': {
      const out: Plain = {};
      for (const key in value as Plain) {
        const v = (value as Plain)[key];
        if (key === PROTO) throw NOT_HERE;
        const inner = plan.keys.get(key);
        if (!inner) out[key] = v;
        else {
          const u = unmarshalled(v, inner, options);
          if (u !== undefined) out[key] = u;
          else if (v === undefined) out[key] = v;
        }
      }
      return out;
    }
  }
};

/**
 * unmarshallOutput(body, nodes, options) for an answer of the wire format (parsed JSON: plain objects and arrays,
 * no functions, no holes); null when the options are not the repositories' or a member is named __proto__, for
 * the caller to use lib-dynamodb.
 */
export const answerDocuments = (body: Plain, plan: Plan, options: CodecOptions): Plain | null => {
  if (options.wrapNumbers || options.convertWithoutMapWrapper !== true || plan.kind !== 'keys') return null;
  try {
    return unmarshalled(body, plan, options) as Plain;
  } catch (error) {
    if (error === NOT_HERE) return null;
    throw error;
  }
};
