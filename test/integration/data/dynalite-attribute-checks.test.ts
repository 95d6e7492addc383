import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dynaliteValidations,
  installAttributeFastPaths,
} from '../../../infra/local/dynalite/attribute-checks';

type Json = Record<string, unknown>;
const load = createRequire(import.meta.url);
const rules = (operation: string) => (load(`dynalite/validations/${operation}`) as { types: Json }).types;

installAttributeFastPaths();
const validations = dynaliteValidations();
const originals = validations.fastPaths;
if (!originals) throw new Error('the fast paths are not installed');

/** What a check answers for a copy of `input`: its result and what it left of the input, or the error it threw. */
const outcome = (check: (input: never) => unknown, input: unknown) => {
  const copy = structuredClone(input);
  try {
    return { result: check(copy as never), input: copy };
  } catch (error) {
    const e = error as Error & { statusCode?: number; body?: unknown };
    return {
      error: { type: e.constructor.name, message: e.message, statusCode: e.statusCode, body: e.body },
    };
  }
};

const text = fc.string({ maxLength: 6 });
const numberText = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }).map(String),
  fc.constantFrom(
    '1.50',
    '007',
    '-0',
    '0',
    '0.0',
    '-0.5',
    '1e5',
    '.5',
    '5.',
    'abc',
    '',
    ' 1',
    '+1',
    'Infinity',
  ),
  fc.constantFrom(`1${'0'.repeat(126)}`, `0.${'0'.repeat(130)}1`, '9'.repeat(39), `-${'9'.repeat(37)}`),
);
const junk = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 2 }),
);
const base64 = fc.oneof(
  fc.uint8Array({ maxLength: 6 }).map((b) => Buffer.from(b).toString('base64')),
  text,
);

/** Attribute values: canonical ones, ones dynalite rewrites (numbers, 'true' booleans), and invalid ones. */
const { attribute } = fc.letrec<{ attribute: unknown }>((tie) => ({
  attribute: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((S) => ({ S })),
    numberText.map((N) => ({ N })),
    fc.boolean().map((BOOL) => ({ BOOL })),
    fc.boolean().map((NULL) => ({ NULL })),
    fc.array(text, { maxLength: 3 }).map((SS) => ({ SS })),
    fc.array(numberText, { maxLength: 3 }).map((NS) => ({ NS })),
    base64.map((B) => ({ B })),
    fc.array(base64, { maxLength: 2 }).map((BS) => ({ BS })),
    fc.array(tie('attribute'), { maxLength: 3 }).map((L) => ({ L })),
    fc.dictionary(text, tie('attribute'), { maxKeys: 3 }).map((M) => ({ M })),
    fc
      .record({ type: fc.constantFrom('S', 'N', 'BOOL', 'NULL', 'SS', 'NS', 'L', 'M', 'X'), value: junk })
      .map(({ type, value }) => ({ [type]: value })),
    fc.constantFrom(
      {},
      { S: 'a', N: '1' },
      { S: 'a', other: 1 },
      { S: null },
      { NULL: 'true' },
      { BOOL: 'no' },
    ),
    junk,
  ),
}));
const item = fc.dictionary(fc.constantFrom('pk', 'sk', 'a', 'b', 'c'), attribute, { maxKeys: 4 });

/** Request bodies of the operations whose values the fast paths check, with some members of the wrong type. */
const requests: readonly [string, fc.Arbitrary<Json>][] = [
  [
    'putItem',
    fc.record({ TableName: text, Item: item, ExpressionAttributeValues: item }, { requiredKeys: [] }),
  ],
  [
    'getItem',
    fc.record({ TableName: text, Key: fc.oneof(item, junk), ConsistentRead: junk }, { requiredKeys: [] }),
  ],
  ['query', fc.record({ TableName: text, ExclusiveStartKey: item, Limit: junk }, { requiredKeys: [] })],
  [
    'batchWriteItem',
    fc.record({
      RequestItems: fc.dictionary(
        text,
        fc.array(
          fc.oneof(
            item.map((Item) => ({ PutRequest: { Item } })),
            item.map((Key) => ({ DeleteRequest: { Key } })),
            junk,
          ),
          { maxLength: 2 },
        ),
        { maxKeys: 2 },
      ),
    }),
  ],
];

describe('dynalite attribute checks: fast paths against dynalite own code', () => {
  for (const [operation, request] of requests) {
    it(`GIVEN generated ${operation} bodies, valid and not WHEN their types are checked THEN the fast path answers exactly as dynalite (result, error, input left)`, () => {
      const types = rules(operation);
      fc.assert(
        fc.property(request, (body) => {
          expect(outcome((b: Json) => validations.checkTypes(b, types), body)).toStrictEqual(
            outcome((b: Json) => originals.checkTypes(b, types), body),
          );
        }),
        { numRuns: 400 },
      );
    });
  }

  it('GIVEN generated attribute values, type-checked as dynalite does WHEN validated THEN the fast path gives the same message and rewrites the same numbers', () => {
    const types = { value: { type: 'AttrStruct<ValueStruct>' } };
    fc.assert(
      fc.property(attribute, (value) => {
        const checked = outcome((v: unknown) => originals.checkTypes({ value: v }, types).value, value);
        if (!('result' in checked) || checked.result == null) return;
        expect(outcome(validations.validateAttributeValue, checked.result)).toStrictEqual(
          outcome(originals.validateAttributeValue, checked.result),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('GIVEN canonical values WHEN checked THEN the fast path answers without dynalite (a fresh copy, nothing to refuse)', () => {
    const value = { M: { n: { N: '-12.5' }, l: { L: [{ S: 'x' }, { NS: ['1', '2'] }, { NULL: true }] } } };
    const checked = validations.checkTypes({ Item: { a: value } }, rules('putItem'));
    expect(checked).toStrictEqual({ Item: { a: value } });
    expect((checked.Item as Json).a).not.toBe(value);
    expect(validations.validateAttributeValue(value)).toBeUndefined();
  });

  it('GIVEN values dynalite refuses or rewrites WHEN validated THEN its own messages and rewrites come back', () => {
    expect(validations.validateAttributeValue({ NS: ['1', '1.0'] })).toBe(
      'Input collection contains duplicates',
    );
    expect(validations.validateAttributeValue({ S: 'a', N: '1' })).toBe(
      'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
    );
    const rewritten = { N: '1.50' };
    expect(validations.validateAttributeValue(rewritten)).toBeUndefined();
    expect(rewritten).toStrictEqual({ N: '1.5' });
    expect(() => validations.checkTypes({ Item: { a: { BOOL: 3 } } }, rules('putItem'))).toThrow(
      'NUMBER_VALUE cannot be converted to Boolean',
    );
  });
});
