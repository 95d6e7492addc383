import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapedKeysOf,
  installExactJsonParse,
  jsonParseIsExact,
  nativeJsonParse,
  parseJsonExactly,
} from '../../functions/shared/json-parse';

/** Keys made of the characters JSON must escape, mixed with plain ones. */
const key = fc.string({
  unit: fc.constantFrom('"', '\\', '\n', '\t', '\u0001', '\u2028', 'a', 'h', '1', '_', 'é', ' '),
  maxLength: 4,
});
const jsonTree = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5, noNullPrototype: true }),
  ),
})).value;

/**
 * Values whose keys and strings hold JSON text (double-encoded: escaped quotes, colons and backslash runs inside a
 * string), written with random whitespace around every token: the scan must find a key whatever precedes its colon
 * and must not end a string early.
 */
const encoded = jsonTree.map((v) => JSON.stringify(v));
const encodedTree = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), encoded, fc.integer(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(key, encoded, fc.constantFrom('\\":', 'a\\\\', '\\\\\\"', '":"')), tie('value'), {
      maxKeys: 5,
      noNullPrototype: true,
    }),
  ),
})).value;
const spaces = fc.array(fc.stringMatching(/^[ \t\n\r]{0,2}$/), { minLength: 1, maxLength: 8 });
const spaced = (value: unknown, gaps: readonly string[]): string => {
  let next = 0;
  const gap = () => gaps[next++ % gaps.length] as string;
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${gap()}${v.map((item) => `${write(item)}${gap()}`).join(`,${gap()}`)}]`;
    if (typeof v !== 'object' || v === null) return JSON.stringify(v);
    const members = Object.entries(v).map(
      ([k, item]) => `${gap()}${JSON.stringify(k)}${gap()}:${gap()}${write(item)}${gap()}`,
    );
    return `{${members.join(',')}${gap()}}`;
  };
  return `${gap()}${write(value)}${gap()}`;
};

/** Poisons the engine's parse as a payload would: the same keys before an escaped one (nodejs/node#63785). */
const poison = (keys: readonly string[]): void => {
  const members = keys.map((k, i) => `${JSON.stringify(k)}:${i}`).join(',');
  nativeJsonParse(`{${members}}`);
};

/** For every escaped key of every object in `value`: a payload with the same keys before it and then a key `\\`. */
const poisonAhead = (value: unknown): void => {
  if (Array.isArray(value)) {
    for (const item of value) poisonAhead(item);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const keys = Object.keys(value);
  keys.forEach((k, i) => {
    if (JSON.stringify(k).includes('\\')) poison([...keys.slice(0, i), '\\']);
  });
  for (const k of keys) poisonAhead((value as Record<string, unknown>)[k]);
};

describe('JSON.parse exact for escaped keys', () => {
  it("GIVEN the engine's parse poisoned by a key `\\` WHEN an escaped quote key is parsed at the same place THEN parseJsonExactly keeps it a quote", () => {
    nativeJsonParse('{"h":[],"\\\\":0}');
    expect(Object.keys(parseJsonExactly('{"h":1,"\\"":2}') as object)).toStrictEqual(['h', '"']);
    expect(Object.keys(parseJsonExactly('{"h":1,"ab\\"":2,"\\u0022":3}') as object)).toStrictEqual([
      'h',
      'ab"',
      '"',
    ]);
  });

  it('GIVEN random values with escaped keys, after random poisoning parses WHEN each is stringified and parsed again THEN it comes back equal, key order included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(key, { maxLength: 4 }), { maxLength: 6 }), jsonTree, (poisons, value) => {
        for (const keys of poisons) poison(keys);
        poisonAhead(value);
        const text = JSON.stringify(value);
        const parsed = parseJsonExactly(text);
        expect(parsed).toStrictEqual(value);
        expect(JSON.stringify(parsed)).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN JSON text inside keys and values, and random whitespace around every token, after poisoning WHEN parsed THEN each value comes back equal, key order included', () => {
    fc.assert(
      fc.property(encodedTree, spaces, (value, gaps) => {
        poisonAhead(value);
        const text = spaced(value, gaps);
        expect(parseJsonExactly(text)).toStrictEqual(value);
        expect(JSON.stringify(parseJsonExactly(text))).toBe(JSON.stringify(value));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN such text WHEN its escaped keys are looked for THEN exactly the keys written with a backslash are found, in text order', () => {
    const written = (value: unknown, into: string[]): string[] => {
      if (Array.isArray(value)) for (const item of value) written(item, into);
      else if (typeof value === 'object' && value !== null) {
        for (const [k, item] of Object.entries(value)) {
          if (JSON.stringify(k).includes('\\')) into.push(k);
          written(item, into);
        }
      }
      return into;
    };
    fc.assert(
      fc.property(encodedTree, spaces, (value, gaps) => {
        expect(escapedKeysOf(spaced(value, gaps))).toStrictEqual(written(value, []));
      }),
      { numRuns: 400 },
    );
    expect(escapedKeysOf('{"x\\\\" :1,"a":"\\\\","\\"":{"b\\u0022":"\\":\\""}}')).toStrictEqual([
      'x\\',
      '"',
      'b"',
    ]);
  });

  it("GIVEN duplicate escaped keys, an escaped __proto__ and an escaped array index WHEN parsed THEN JSON.parse's own rules hold (last value at the first place, own members, indexes first)", () => {
    expect(JSON.stringify(parseJsonExactly('{"h":1,"\\"":2,"x":0,"\\"":3}'))).toBe('{"h":1,"\\"":3,"x":0}');
    const proto = parseJsonExactly('{"\\u005f_proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.hasOwn(proto, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parseJsonExactly('{"b":1,"\\u0031":2,"0":3}') as object)).toStrictEqual([
      '0',
      '1',
      'b',
    ]);
  });

  it('GIVEN invalid text WHEN parsed THEN the error is the one JSON.parse throws', () => {
    for (const text of ['{"a\\"":1,}', '{"a\\x":1}', '{"\\"":', '{"a\\"" 1}', '"\\', '{"\\u00":1}', '']) {
      let expected: unknown;
      try {
        nativeJsonParse(text);
      } catch (error) {
        expected = error;
      }
      expect(expected, text).toBeInstanceOf(SyntaxError);
      expect(() => parseJsonExactly(text), text).toThrow((expected as SyntaxError).message);
    }
  });

  it('GIVEN a reviver WHEN escaped keys are parsed THEN it is called bottom-up with the true keys and objects that hold them', () => {
    const calls: string[] = [];
    const revived = parseJsonExactly('{"a\\"":{"\\\\":1},"b":[2]}', (k, v) => {
      calls.push(`${k}=${JSON.stringify(v)}`);
      return typeof v === 'number' ? v * 10 : v;
    });
    expect(revived).toStrictEqual({ 'a"': { '\\': 10 }, b: [20] });
    expect(calls).toStrictEqual([
      '\\=1',
      'a"={"\\\\":10}',
      '0=2',
      'b=[20]',
      '={"a\\"":{"\\\\":10},"b":[20]}',
    ]);
  });

  it('GIVEN objects nested 20,000 levels with escaped keys WHEN parsed THEN the result is whole (no recursion of ours)', () => {
    const depth = 20_000;
    const text = `${'{"\\"":'.repeat(depth)}1${'}'.repeat(depth)}`;
    let node = parseJsonExactly(text) as Record<string, unknown>;
    for (let i = 1; i < depth; i++) node = node['"'] as Record<string, unknown>;
    expect(node['"']).toBe(1);
  });

  it('GIVEN this engine WHEN the exact parse is installed THEN JSON.parse is replaced exactly when the engine decodes escaped keys wrongly, and every JSON.parse is exact', () => {
    const needed = !jsonParseIsExact();
    installExactJsonParse();
    expect(JSON.parse === (parseJsonExactly as unknown)).toBe(needed);
    expect(installExactJsonParse()).toBe(false);
    nativeJsonParse('{"h":[],"\\\\":0}');
    expect(Object.keys(JSON.parse('{"h":1,"\\"":2}'))).toStrictEqual(['h', '"']);
  });
});
