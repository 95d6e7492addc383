import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPattern, validatePattern } from '../../statemachines/patterns';

const key = fc.constantFrom('a', 'b', 'c', 'lead', 'status', '$or', 'x.y');
const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.constant(null),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('pattern matcher properties', () => {
  it('GIVEN any JSON as pattern and event WHEN validated and matched THEN nothing throws and the answer is a boolean', () => {
    fc.assert(
      fc.property(json, json, (pattern, event) => {
        expect(Array.isArray(validatePattern(pattern))).toBe(true);
        if (typeof pattern === 'object' && pattern !== null && !Array.isArray(pattern)) {
          expect(typeof matchPattern(pattern as Record<string, unknown>, event)).toBe('boolean');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('GIVEN an event with a scalar field WHEN matched with that exact value THEN it matches, and anything-but it does not', () => {
    const plain = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !k.includes('.') && k !== '$or');
    fc.assert(
      fc.property(
        plain,
        fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -1000, max: 1000 })),
        (field, value) => {
          const event = { detail: { [field]: value } };
          expect(validatePattern({ detail: { [field]: [value] } })).toStrictEqual([]);
          expect(matchPattern({ detail: { [field]: [value] } }, event)).toBe(true);
          expect(matchPattern({ detail: { [field]: [{ 'anything-but': value }] } }, event)).toBe(false);
          expect(matchPattern({ detail: { [field]: [{ exists: true }] } }, event)).toBe(true);
          expect(matchPattern({ detail: { [field]: [{ exists: false }] } }, event)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('GIVEN a string value WHEN matched by its own prefix, suffix and a wildcard built from it THEN all match', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.nat(12), (text, cut) => {
        const at = Math.min(cut, text.length);
        const event = { v: text };
        const escaped = (s: string) => s.replace(/[\\*]/g, (c) => `\\${c}`);
        expect(matchPattern({ v: [{ prefix: text.slice(0, at) }] }, event)).toBe(true);
        expect(matchPattern({ v: [{ suffix: text.slice(at) }] }, event)).toBe(true);
        const wildcard = `${escaped(text.slice(0, at))}*${escaped(text.slice(at))}`;
        expect(validatePattern({ v: [{ wildcard }] })).toStrictEqual([]);
        expect(matchPattern({ v: [{ wildcard }] }, event)).toBe(true);
        expect(matchPattern({ v: [{ 'equals-ignore-case': text.toUpperCase() }] }, event)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a number and a range WHEN matched THEN the answer is the range check', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        (value, low, width) => {
          const high = low + width;
          const pattern = { n: [{ numeric: ['>', low, '<=', high] }] };
          expect(validatePattern(pattern)).toStrictEqual([]);
          expect(matchPattern(pattern, { n: value })).toBe(value > low && value <= high);
        },
      ),
      { numRuns: 300 },
    );
  });
});
