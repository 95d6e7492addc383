import { createRequire } from 'node:module';

/**
 * Fast paths for dynalite's two per-attribute checks, which ran for every attribute value of every request (a tenth
 * of the local runtime's CPU per lead run): `checkTypes` (the wire format's types; it rebuilt the AttributeValue
 * type description and matched two regular expressions per value) and `validateAttributeValue` (numbers through
 * big.js, set duplicates). Both take the fast way only where the answer is known without dynalite's code: a value
 * in canonical form (one type key, the JSON type the wire format requires, numbers already written as dynalite
 * normalizes them). Anything else (wrong types, several or no type keys, binaries, numbers to normalize or refuse)
 * goes to dynalite's own code, value by value, so every error keeps its name, message and order.
 */

type Json = Record<string, unknown>;
type TypeSpec = string | { type?: string; children?: unknown; [rule: string]: unknown };
export interface DynaliteValidations {
  checkTypes(data: Json, types: Json): Json;
  validateAttributeValue(value: Json): string | undefined;
}

const load = createRequire(import.meta.url);
/** dynalite's own module; its exports are what its validators call (`validations.validateAttributeValue`). */
export const dynaliteValidations = (): DynaliteValidations & { fastPaths?: Originals } =>
  load('dynalite/validations') as DynaliteValidations & { fastPaths?: Originals };
type Originals = Pick<DynaliteValidations, 'checkTypes' | 'validateAttributeValue'>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The only key of `value`, or undefined when it has none or several. */
const onlyKey = (value: Json): string | undefined => {
  let only: string | undefined;
  for (const key in value) {
    if (only !== undefined) return undefined;
    only = key;
  }
  return only;
};

const allStrings = (list: unknown): list is string[] =>
  Array.isArray(list) && list.every((item) => typeof item === 'string');

/**
 * A number as dynalite stores it (big.js `toFixed()` of itself): no exponent, sign, leading or trailing zeros, at
 * most 38 characters (so at most 38 significant digits and an exponent well inside DynamoDB's range).
 */
const CANONICAL_NUMBER = /^(?:-?(?:[1-9]\d*(?:\.\d*[1-9])?|0\.\d*[1-9])|0)$/;
const canonicalNumber = (text: unknown): text is string =>
  typeof text === 'string' && text.length <= 38 && CANONICAL_NUMBER.test(text);

/**
 * `value` as checkTypes returns an AttributeValue (a fresh copy: the same keys, S/N as strings, BOOL/NULL as
 * booleans, sets of strings, lists and maps of such), or undefined when it is not in that form (B and BS too:
 * their base64 is checked by dynalite).
 */
const typedCopy = (value: unknown): Json | undefined => {
  if (!isObject(value)) return undefined;
  const key = onlyKey(value);
  const inner = value[key as string];
  switch (key) {
    case 'S':
      return typeof inner === 'string' ? { S: inner } : undefined;
    case 'N':
      return typeof inner === 'string' ? { N: inner } : undefined;
    case 'BOOL':
      return typeof inner === 'boolean' ? { BOOL: inner } : undefined;
    case 'NULL':
      return typeof inner === 'boolean' ? { NULL: inner } : undefined;
    case 'SS':
      return allStrings(inner) ? { SS: inner.slice() } : undefined;
    case 'NS':
      return allStrings(inner) ? { NS: inner.slice() } : undefined;
    case 'L': {
      if (!Array.isArray(inner)) return undefined;
      const list: Json[] = [];
      for (const item of inner) {
        const copy = typedCopy(item);
        if (!copy) return undefined;
        list.push(copy);
      }
      return { L: list };
    }
    case 'M': {
      if (!isObject(inner)) return undefined;
      const map: Json = {};
      for (const name of Object.keys(inner)) {
        const copy = typedCopy(inner[name]);
        if (!copy) return undefined;
        map[name] = copy;
      }
      return { M: map };
    }
    default:
      return undefined;
  }
};

interface Described {
  readonly kind: string;
  readonly subtype: string | undefined;
  readonly children: TypeSpec | undefined;
}
const described = new Map<TypeSpec, Described>();
/** A type of dynalite's validation tables read as its checkType reads it, once per type object. */
const describe = (type: TypeSpec): Described => {
  let found = described.get(type);
  if (found) return found;
  const spec = typeof type === 'string' ? { type } : type;
  const children = typeof spec.children === 'string' ? { type: spec.children } : spec.children;
  const name = spec.type ?? '';
  // `Kind<Subtype>` as dynalite's /(.+?)<(.+)>$/ reads it.
  const open = name.indexOf('<', 1);
  const generic = open > 0 && name.endsWith('>') && name.length - open > 2;
  found = {
    kind: generic ? name.slice(0, open) : name,
    subtype: generic ? name.slice(open + 1, -1) : undefined,
    children: children as TypeSpec | undefined,
  };
  described.set(type, found);
  return found;
};

/** checkTypes with dynalite's answers: the wire format's well-typed values checked here, any other by dynalite. */
const fastCheckTypes = (original: Originals['checkTypes']) => {
  const slow = (value: unknown, type: TypeSpec): unknown => original({ value }, { value: type }).value;

  const check = (value: unknown, type: TypeSpec): unknown => {
    if (value == null) return null;
    const { kind, subtype, children } = describe(type);
    switch (kind) {
      case 'AttrStruct':
        return (subtype === 'ValueStruct' && typedCopy(value)) || slow(value, type);
      case 'Map':
      case 'ParameterizedMap': {
        if (!isObject(value) || !children) return slow(value, type);
        const map: Json = {};
        for (const key of Object.keys(value)) map[key] = check(value[key], children);
        return map;
      }
      case 'List':
      case 'ParameterizedList':
        return Array.isArray(value) && children
          ? value.map((item) => check(item, children))
          : slow(value, type);
      case 'ValueStruct':
      case 'FieldStruct':
        return isObject(value) && isObject(children) ? checkTypes(value, children) : slow(value, type);
      case 'String':
        return typeof value === 'string' ? value : slow(value, type);
      case 'Boolean':
        return typeof value === 'boolean' ? value : slow(value, type);
      case 'Double':
        return typeof value === 'number' ? value : slow(value, type);
      case 'Short':
      case 'Integer':
      case 'Long':
        return typeof value === 'number' ? Math.floor(value) : slow(value, type);
      default:
        return slow(value, type);
    }
  };

  /** As dynalite's: drops unknown and null members of `data` (in place), answers the typed members in `types` order. */
  const checkTypes = (data: Json, types: Json): Json => {
    for (const key in data) if (!types[key] || data[key] == null) delete data[key];
    const out: Json = {};
    for (const key of Object.keys(types)) {
      const value = check(data[key], types[key] as TypeSpec);
      if (value != null) out[key] = value;
    }
    return out;
  };
  return checkTypes;
};

/** True when dynalite's validateAttributeValue would accept `value` as it is (no message, no number rewritten). */
const validAsIs = (value: unknown): boolean => {
  if (!isObject(value)) return false;
  const key = onlyKey(value);
  const inner = value[key as string];
  switch (key) {
    case 'S':
    case 'B':
    case 'BOOL':
      return true;
    case 'N':
      return canonicalNumber(inner);
    case 'NULL':
      return Boolean(inner);
    case 'SS':
    case 'BS':
      return allStrings(inner) && inner.length > 0 && new Set(inner).size === inner.length;
    case 'NS':
      return (
        allStrings(inner) &&
        inner.length > 0 &&
        inner.every(canonicalNumber) &&
        new Set(inner).size === inner.length
      );
    case 'L':
      return Array.isArray(inner) && inner.every(validAsIs);
    case 'M':
      return isObject(inner) && Object.keys(inner).every((name) => validAsIs(inner[name]));
    default:
      return false;
  }
};

/**
 * Installs both fast paths on dynalite's validations module (idempotent) and answers the checkTypes the store calls.
 * The originals stay reachable as `fastPaths` for the differential tests.
 */
export const installAttributeFastPaths = (): Originals['checkTypes'] => {
  const validations = dynaliteValidations();
  if (!validations.fastPaths) {
    const originals: Originals = {
      checkTypes: validations.checkTypes,
      validateAttributeValue: validations.validateAttributeValue,
    };
    validations.fastPaths = originals;
    validations.checkTypes = fastCheckTypes(originals.checkTypes);
    validations.validateAttributeValue = (value) =>
      validAsIs(value) ? undefined : originals.validateAttributeValue(value);
  }
  return validations.checkTypes;
};
