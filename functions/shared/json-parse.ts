/**
 * JSON.parse without V8's escaped-key bug. Node 24's V8 (13.6; 14.6 too) can decode an escaped object key wrongly
 * once an earlier parse created an object with the same keys before it and a key whose raw text the new one starts
 * with: after `{"h":[],"\\\\":0}` the key of `{"h":1,"\\"":2}` comes back as `\` (nodejs/node#63785,
 * crbug.com/521080746; our compile property test met it: a step named `"` became a state named `\`). Any payload can
 * poison a warm process for every later one, another tenant's included; values are not affected.
 *
 * parseJsonExactly returns what a correct JSON.parse returns. Text without a backslash (nearly all) goes straight to
 * JSON.parse; text whose keys have no escape too; otherwise each escaped key is swapped for a placeholder key that
 * needs none, the text parsed natively and the keys put back in order.
 */

type Reviver = (this: unknown, key: string, value: unknown, context?: unknown) => unknown;

/** The engine's own JSON.parse, kept before installExactJsonParse replaces it. */
export const nativeJsonParse: typeof JSON.parse = JSON.parse;

interface EscapedKeys {
  readonly text: string;
  readonly prefix: string;
  readonly keys: readonly string[];
}

const BACKSLASH = 0x5c;
const COLON = 0x3a;
const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

const decodeKey = (token: string): string | undefined => {
  try {
    return nativeJsonParse(token) as string;
  } catch {
    return undefined;
  }
};

/**
 * The text with every escaped key replaced by `prefix` + its index, when it has any. Only the strings that hold a
 * backslash are looked at: in valid JSON a backslash is always inside a string, and the first backslash after the
 * end of a string (or of the text's start) begins an escape of the next string that has one. From there the string's
 * closing quote is the first quote after an even run of backslashes, and its opening quote the last quote before
 * that first backslash (a quote in between would have closed it). Strings without a backslash, nearly all of them,
 * cost nothing but the native indexOf that skips them. Exact on valid JSON; invalid text is left to JSON.parse.
 */
const swapEscapedKeys = (text: string, firstBackslash: number): EscapedKeys | undefined => {
  const keys: string[] = [];
  const cuts: number[] = [];
  for (let back = firstBackslash; back !== -1; ) {
    // back + 1 is the escaped character (maybe a quote): the closing quote is after it.
    let close = text.indexOf('"', back + 2);
    while (close !== -1) {
      let b = close - 1;
      while (text.charCodeAt(b) === BACKSLASH) b--; // stops at the opening quote at the latest
      if ((close - 1 - b) % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (close === -1) break; // not JSON: JSON.parse says why
    let after = close + 1;
    while (isJsonSpace(text.charCodeAt(after))) after++;
    if (text.charCodeAt(after) === COLON) {
      const open = text.lastIndexOf('"', back);
      const key = open === -1 ? undefined : decodeKey(text.slice(open, close + 1));
      if (key === undefined) return undefined; // not JSON: JSON.parse says why
      cuts.push(open, close + 1);
      keys.push(key);
    }
    back = text.indexOf('\\', close + 1);
  }
  if (keys.length === 0) return undefined;
  let prefix = '\uE000';
  while (text.includes(prefix)) prefix += '\uE001';
  let out = '';
  let from = 0;
  for (let k = 0; k < keys.length; k++) {
    out += `${text.slice(from, cuts[2 * k] as number)}"${prefix}${k}"`;
    from = cuts[2 * k + 1] as number;
  }
  return { text: out + text.slice(from), prefix, keys };
};

/** The decoded escaped keys of valid JSON text, in text order (what parseJsonExactly swaps; for its tests). */
export const escapedKeysOf = (text: string): readonly string[] =>
  swapEscapedKeys(text, text.indexOf('\\'))?.keys ?? [];

const keyOf = (key: string, swapped: EscapedKeys): string =>
  key.startsWith(swapped.prefix) ? (swapped.keys[Number(key.slice(swapped.prefix.length))] ?? key) : key;

/** Renames one object's placeholder keys in place, keeping the order (and JSON.parse's duplicate-key rule). */
const restoreObject = (object: Record<string, unknown>, swapped: EscapedKeys): void => {
  const names = Object.keys(object);
  if (!names.some((k) => k.startsWith(swapped.prefix))) return;
  const values = names.map((k) => object[k]);
  for (const k of names) delete object[k];
  names.forEach((k, i) => {
    Object.defineProperty(object, keyOf(k, swapped), {
      value: values[i],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });
};

/** Every object of a parsed value, without recursion (JSON.parse accepts nesting deeper than the stack). */
const restoreAll = (root: unknown, swapped: EscapedKeys): void => {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const object = value as Record<string, unknown>;
    for (const k of Object.keys(object)) stack.push(object[k]);
    restoreObject(object, swapped);
  }
};

/** JSON.parse's result, exact for escaped keys on every V8 (the reviver, if any, sees the true keys). */
export const parseJsonExactly = (text: string, reviver?: Reviver): unknown => {
  const source = typeof text === 'string' ? text : `${text as unknown as string}`;
  const firstBackslash = source.indexOf('\\');
  if (firstBackslash === -1) return nativeJsonParse(source, reviver);
  const swapped = swapEscapedKeys(source, firstBackslash);
  if (swapped === undefined) return nativeJsonParse(source, reviver);
  nativeJsonParse(source); // invalid text throws JSON.parse's own error
  if (typeof reviver !== 'function') {
    const value = nativeJsonParse(swapped.text) as unknown;
    restoreAll(value, swapped);
    return value;
  }
  // The engine walks members bottom-up: an object's members are revived (under their true keys) before the object
  // itself reaches the reviver, so its keys are put back just before that.
  return nativeJsonParse(
    swapped.text,
    function (this: unknown, key: string, value: unknown, context?: unknown) {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        restoreObject(value as Record<string, unknown>, swapped);
      }
      return reviver.call(this, keyOf(key, swapped), value, context);
    },
  );
};

/** Whether this engine's JSON.parse decodes escaped keys correctly (a probe that only touches its own key). */
export const jsonParseIsExact = (): boolean => {
  nativeJsonParse('{"dynaris json probe":[],"\\\\":0}');
  const probe = nativeJsonParse('{"dynaris json probe":1,"\\"":2}') as Record<string, unknown>;
  return Object.keys(probe)[1] === '"';
};

/**
 * Replaces the global JSON.parse with parseJsonExactly when the engine has the bug, so that every parse in the process (the
 * AWS SDK's, middy's, the Lambda runtime's) is exact. Idempotent; a fixed engine keeps its own.
 */
export const installExactJsonParse = (): boolean => {
  if (JSON.parse === (parseJsonExactly as unknown) || jsonParseIsExact()) return false;
  Object.defineProperty(JSON, 'parse', {
    value: parseJsonExactly,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return true;
};
