import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tooDeepAt } from '../../functions/shared/json-limits';
import {
  jsonDepth,
  MAX_ATTRIBUTE_NESTING,
  mayNestTooDeep,
  nestsTooDeep,
  tooDeepToParse,
} from '../../infra/local/dynalite/guard';

/**
 * The store's nesting guard reads each request's depth with one scan (jsonDepth) and walks the parsed request only
 * when that depth leaves room for a value too deep. Its answers must be those of the full checks: tooDeepAt on the
 * text (before parsing) and nestsTooDeep on every request.
 */

const MAX_WIRE_DEPTH = 2 * MAX_ATTRIBUTE_NESTING + 8;

/** Text with the characters that could confuse a scan: brackets, quotes and backslashes inside strings. */
const tricky = fc.stringMatching(/^[a-z{}[\]"\\, :]{0,8}$/);

const scalar = fc.oneof(
  tricky.map((S): unknown => ({ S })),
  fc.integer().map((n): unknown => ({ N: String(n) })),
  fc.boolean().map((BOOL): unknown => ({ BOOL })),
);

/** An attribute value of `levels` document levels (maps and lists, each with scalar siblings) around a scalar. */
const attributeValue = (levels: number): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      scalar,
      fc.array(fc.tuple(fc.boolean(), tricky, fc.array(scalar, { maxLength: 2 })), {
        minLength: levels,
        maxLength: levels,
      }),
    )
    .map(([leaf, wraps]) => {
      let value = leaf;
      for (const [asMap, key, siblings] of wraps) {
        value = asMap
          ? { M: { ...Object.fromEntries(siblings.map((v, i) => [`s${i}`, v])), [`k${key}`]: value } }
          : { L: [...siblings, value] };
      }
      return value;
    });

/** A request around one value: where items, keys, expression values, batches and transactions carry them. */
const request = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5 }), tricky)
  .chain(([levels, place, name]) =>
    attributeValue(levels).map((value) => {
      const item = { pk: { S: name }, deep: value };
      switch (place) {
        case 0:
          return { TableName: 't', Item: item };
        case 1:
          return { TableName: 't', Key: { pk: { S: name } }, ExpressionAttributeValues: { ':v': value } };
        case 2:
          return { RequestItems: { t: [{ PutRequest: { Item: item } }] } };
        case 3:
          return { TransactItems: [{ Put: { TableName: 't', Item: item } }] };
        case 4:
          return value;
        default:
          return [value, name];
      }
    }),
  );

describe('the store nesting guard by wire depth', () => {
  it('GIVEN generated requests around the 32-level limit THEN jsonDepth refuses as tooDeepAt does and never skips a walk that finds a value too deep', () => {
    fc.assert(
      fc.property(request, (body) => {
        const text = JSON.stringify(body);
        const depth = jsonDepth(text);
        expect(tooDeepToParse(depth)).toBe(tooDeepAt(text, MAX_WIRE_DEPTH) !== undefined);
        if (nestsTooDeep(body)) expect(mayNestTooDeep(depth)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('GIVEN text with brackets inside strings and escaped quotes THEN jsonDepth counts structure only', () => {
    expect(jsonDepth('{"a":"[[{{\\"}}","b":[1,{"c":"]"}]}')).toBe(3);
    expect(jsonDepth('"[[["')).toBe(0);
    expect(jsonDepth('[[],[[[]]]]')).toBe(4);
  });

  it('GIVEN any text of brackets, quotes, backslashes and letters WHEN its depth is read THEN it is what a scan of every character answers', () => {
    /** The reference: every character read, a backslash inside a string skipping the next one. */
    const scanned = (text: string): number => {
      let depth = 0;
      let deepest = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
          for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
        } else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
        else if (c === '}' || c === ']') depth--;
      }
      return deepest;
    };
    fc.assert(
      fc.property(fc.stringMatching(/^[{}[\]"\\a]{0,40}$/), (text) => {
        expect(jsonDepth(text)).toBe(scanned(text));
      }),
      { numRuns: 20_000 },
    );
    expect(jsonDepth('["a\\\\",["b\\"]"]]')).toBe(scanned('["a\\\\",["b\\"]"]]'));
  });

  it('GIVEN one value of 32 document levels at the shallowest place it can be THEN its wire depth leaves the walk on', () => {
    let value: Record<string, unknown> = { N: '1' };
    for (let i = 0; i < MAX_ATTRIBUTE_NESTING; i++) value = { M: { a: value } };
    expect(nestsTooDeep(value)).toBe(true);
    expect(mayNestTooDeep(jsonDepth(JSON.stringify(value)))).toBe(true);
  });
});
