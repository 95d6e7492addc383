import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError } from '../../functions/shared/errors';
import { parseForm } from '../../functions/shared/http/requests';
import {
  checkJsonValue,
  isStorableNumber,
  JSON_LIMITS,
  JsonLimitError,
  parseJsonWithinLimits,
  tooDeepAt,
} from '../../functions/shared/json-limits';

const nested = (levels: number, open = '{"a":', close = '}'): string =>
  `${open.repeat(levels)}1${close.repeat(levels)}`;

const refusal = (fn: () => unknown): JsonLimitError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof JsonLimitError) return error;
    throw error;
  }
  throw new Error('expected a JsonLimitError');
};

describe('free-form JSON limits', () => {
  it('GIVEN objects nested 32 levels WHEN parsed THEN accepted, and 33 levels are refused naming the path and the limit', () => {
    expect(parseJsonWithinLimits(nested(32), 'body')).toBeTypeOf('object');
    const error = refusal(() => parseJsonWithinLimits(nested(33), 'body'));
    expect(error.statusCode).toBe(400);
    expect(error.details?.[0]?.path).toBe('body.a.a.a.a.a.a.a.a…');
    expect(error.details?.[0]?.message).toContain('deeper than 32 levels');
  });

  it('GIVEN 100,000 nested arrays WHEN parsed THEN refused from the text without recursion', () => {
    const error = refusal(() => parseJsonWithinLimits(nested(100_000, '[', ']'), 'body'));
    expect(error.details?.[0]?.path).toBe('body[0][0][0][0][0][0][0][0]…');
  });

  it('GIVEN brackets inside strings and escaped quotes WHEN the depth is measured THEN only structure counts', () => {
    const text = JSON.stringify({ s: '[[[[{{{{"\\', k: [{ '[': ']]]' }] });
    expect(tooDeepAt(text, 3)).toBeUndefined();
    expect(tooDeepAt(text, 2)).toEqual(['k', 0]);
  });

  it('GIVEN an object with more keys than the limit WHEN checked THEN refused naming the object', () => {
    const fields = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i]));
    const error = refusal(() => checkJsonValue({ fields }, 'body'));
    expect(error.details?.[0]).toEqual({ path: 'body.fields', message: 'has 1001 keys; the limit is 1000' });
  });

  it('GIVEN more values than the limit WHEN checked THEN refused', () => {
    const error = refusal(() =>
      checkJsonValue({ list: new Array(JSON_LIMITS.maxValues).fill(0) }, 'body', JSON_LIMITS),
    );
    expect(error.details?.[0]?.message).toContain('more than 50000 values');
  });

  it('GIVEN a text over the byte limit WHEN parsed THEN 413', () => {
    expect(() => parseJsonWithinLimits('"abcdef"', 'body', { ...JSON_LIMITS, maxBytes: 4 })).toThrow(
      PayloadTooLargeError,
    );
  });

  it('GIVEN numbers JavaScript or DynamoDB cannot hold exactly WHEN checked THEN refused naming the field', () => {
    for (const text of ['9007199254740992', '12345678901234567890', '1e308', '-1e200', '1e-300']) {
      const error = refusal(() => parseJsonWithinLimits(`{"x":{"value":${text}}}`, 'body'));
      expect(error.details?.[0]?.path).toBe('body.x.value');
      expect(error.details?.[0]?.message).toContain('send larger or more precise values as strings');
    }
    expect(
      parseJsonWithinLimits('[9007199254740991, -9007199254740991, 0.1, 1e-130, 0, -0]', 'b'),
    ).toHaveLength(6);
  });

  it('GIVEN any finite number WHEN judged THEN storable exactly when it is a safe magnitude above the DynamoDB minimum', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        const expected =
          Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER && (n === 0 || Math.abs(n) >= 1e-130);
        expect(isStorableNumber(n)).toBe(expected);
      }),
    );
  });

  it('GIVEN any JSON value within the limits WHEN parsed from its text THEN it comes back equal', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        let storable = true;
        try {
          checkJsonValue(JSON.parse(text), 'body');
        } catch {
          storable = false;
        }
        if (storable) expect(parseJsonWithinLimits(text, 'body')).toEqual(JSON.parse(text));
        else expect(() => parseJsonWithinLimits(text, 'body')).toThrow(JsonLimitError);
      }),
    );
  });

  it('GIVEN a key named __proto__ at any depth of a JSON body or a form WHEN read THEN refused naming it (copies would drop it), and look-alike keys pass', () => {
    for (const [text, path] of [
      ['{"__proto__":1}', 'body.__proto__'],
      ['{"a":[{"b":1},{"__proto__":{"x":1}}]}', 'body.a[1].__proto__'],
      ['{"a":{"\\u005f_proto__":null}}', 'body.a.__proto__'],
    ] as const) {
      const error = refusal(() => parseJsonWithinLimits(text, 'body'));
      expect(error.details?.[0]).toStrictEqual({ path, message: expect.stringContaining('named __proto__') });
      expect(error.message).toBe(`JSON refused: ${path} ${error.details?.[0]?.message}`);
    }
    const form = refusal(() => parseForm(Buffer.from('a=1&__proto__=x')));
    expect(form.details?.[0]?.path).toBe('body.__proto__');
    expect(
      parseJsonWithinLimits('{"__proto":1,"constructor":{"prototype":2},"_proto__":3}', 'body'),
    ).toBeTypeOf('object');
    expect(parseForm(Buffer.from('constructor=1&prototype=2'))).toStrictEqual({
      constructor: '1',
      prototype: '2',
    });
  });

  it('GIVEN a string or a key holding a lone surrogate (no UTF-8 form) WHEN a JSON body is read THEN refused naming it, while paired surrogates pass', () => {
    for (const [text, path] of [
      ['{"name":"Ana \\ud800"}', 'body.name'],
      ['{"tags":["ok","\\udfff x"]}', 'body.tags[1]'],
      ['{"fields":{"\\udc00":"x"}}', 'body.fields["\\udc00"]'],
      ['{"name":"\\ude00\\ud83d"}', 'body.name'],
    ] as const) {
      const error = refusal(() => parseJsonWithinLimits(text, 'body'));
      expect(error.details?.[0]).toStrictEqual({ path, message: expect.stringContaining('lone surrogate') });
    }
    expect(parseJsonWithinLimits('{"name":"\\ud83d\\ude00 Zo\\u00eb"}', 'body')).toStrictEqual({
      name: '😀 Zoë',
    });
  });

  it('GIVEN an object with the same key twice, however it is escaped, WHEN a JSON body is read THEN refused naming it, while the same key in different objects passes', () => {
    for (const [text, path] of [
      ['{"email":"a@example.com","email":"b@example.com"}', 'body.email'],
      ['{"fields":{"a":1,"b":[{"x":1},{"x":2,"x":3}]}}', 'body.fields.b[1].x'],
      ['{"name":"A","\\u006eame":"B"}', 'body.name'],
    ] as const) {
      const error = refusal(() => parseJsonWithinLimits(text, 'body'));
      expect(error.details?.[0]).toStrictEqual({ path, message: expect.stringContaining('more than once') });
    }
    expect(
      parseJsonWithinLimits('{"a":{"x":1},"b":{"x":2},"c":[{"x":3},{"x":4}],"x":"x,\\"x\\":1"}', 'body'),
    ).toBeTypeOf('object');
  });
});
