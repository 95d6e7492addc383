import fc from 'fast-check';
import { JSONPath as jsonpathPlus } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import { JSONPath as lean } from '../../functions/engine/jsonpath-lean';

/**
 * The api-dry-run function's stand-in for jsonpath-plus must answer every reference path exactly as jsonpath-plus
 * does with `wrap: false` (aws-local-stepfunctions turns its answer into the state's data or States.Runtime), and
 * refuse any other path form instead of answering differently.
 */

// Names as references and step ids write them, the `$` segment, and names jsonpath-plus finds on strings and arrays.
const KEYS = ['a', 'b', 'steps', 'await-reply', '1st', '0', '1', '$', '$x', '_y', 'length'] as const;
const key = fc.constantFrom(...KEYS);
const scalar = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -2, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;
const segment = fc.oneof(
  key.map((k) => `.${k}`),
  fc.integer({ min: 0, max: 3 }).map((i) => `[${i}]`),
);
const path = fc.array(segment, { maxLength: 4 }).map((segments) => `$${segments.join('')}`);

describe("the api-dry-run function's JSONPath", () => {
  it('GIVEN any reference path and any JSON value WHEN evaluated THEN the answer is the one jsonpath-plus gives', () => {
    fc.assert(
      fc.property(path, json, (p, value) => {
        expect(lean({ path: p, json: value, wrap: false })).toStrictEqual(
          jsonpathPlus({ path: p, json: value as null, wrap: false }),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('GIVEN the quirks of jsonpath-plus WHEN the stand-in evaluates them THEN it answers the same', () => {
    const cases: [string, unknown][] = [
      ['$.name.length', { name: 'abc' }],
      ['$.list.length', { list: [1, 2] }],
      ['$.a.$', { a: { b: 1 } }],
      ['$.a.$.b', { a: { $: { b: 2 }, b: 3 } }],
      ['$.a[0]', { a: { 0: 'zero' } }],
      ['$', 0],
      ['$', ''],
      ['$.a', { a: null }],
      ['$.a.b', { a: 0 }],
      ['$.steps.1st', { steps: { '1st': { ok: true } } }],
    ];
    for (const [p, value] of cases)
      expect(lean({ path: p, json: value, wrap: false }), p).toStrictEqual(
        jsonpathPlus({ path: p, json: value as null, wrap: false }),
      );
  });

  it('GIVEN a path that is not a reference path WHEN evaluated THEN the stand-in refuses it, naming the path', () => {
    for (const p of ['$.a[*]', '$..a', "$['a']", '$.a[?(@.b)]', '$.a[0:1]', '$.a.*', 'a.b', '$.a~'])
      expect(() => lean({ path: p, json: { a: 1 }, wrap: false }), p).toThrow(`JSONPath '${p}'`);
  });
});
