import { inspect, isDeepStrictEqual } from 'node:util';
import { unmarshallOutput } from '@aws-sdk/lib-dynamodb/dist-es/commands/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerDocuments, outputPlan } from '../../infra/local/dynalite/document-codec';
import { commandOf, type Kind, key, safeNumber, UNMARSHALL } from '../support/document-codec-arbitraries';

/**
 * The direct client's codec must give exactly what lib-dynamodb's key-node walk gives (the request's JSON text, the
 * answer's documents), or step aside (undefined / null) so the caller runs lib-dynamodb itself. Requests and answers
 * are generated for every command the direct client sends, with the values repositories store and the ones they
 * should not (sets, maps, binary, bigints, unsafe numbers, holes, functions, class instances).
 */

/** Attribute values as the store answers them (and a few it never would). */
const wireValue = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 6, unit: 'binary' }).map((S) => ({ S })),
    fc
      .oneof(
        safeNumber.map(String),
        fc.constantFrom('12345678901234567890', '-9007199254740993', '1e400', '0.5', '-0'),
      )
      .map((N) => ({ N })),
    fc.boolean().map((BOOL) => ({ BOOL })),
    fc.constant({ NULL: true }),
    fc.array(tie('v'), { maxLength: 3 }).map((L) => ({ L })),
    fc.dictionary(key, tie('v'), { maxKeys: 3 }).map((M) => ({ M })),
    fc.constantFrom(
      { SS: ['a', 'b'] },
      { NS: ['1', '2'] },
      { B: 'AQI=' },
      { BS: ['AQI='] },
      { X: 1 },
      {},
      { L: 'x' },
    ),
  ),
})).v;

const wireItem = fc.dictionary(key, wireValue, { maxKeys: 4 });
const capacity = fc.constant({ TableName: 'T', CapacityUnits: 1 });

/** An answer body for a command of each kind, with the command whose output key nodes read it. */
const answers = fc.oneof(
  fc.record({ Item: wireItem, ConsumedCapacity: capacity }).map((body) => ({ body, kind: 'Get' as Kind })),
  fc.record({ Attributes: wireItem }).map((body) => ({ body, kind: 'Update' as Kind })),
  fc.record({ Attributes: wireItem }).map((body) => ({ body, kind: 'Put' as Kind })),
  fc.record({ Attributes: wireItem }).map((body) => ({ body, kind: 'Delete' as Kind })),
  fc
    .record({
      Items: fc.array(wireItem, { maxLength: 3 }),
      Count: fc.nat(),
      LastEvaluatedKey: fc.option(wireItem, { nil: undefined }),
    })
    .map((body) => ({ body, kind: 'Query' as Kind })),
  fc
    .record({ Items: fc.array(wireItem, { maxLength: 3 }), ScannedCount: fc.nat() })
    .map((body) => ({ body, kind: 'Scan' as Kind })),
  fc
    .record({
      Responses: fc.dictionary(fc.constantFrom('T', 'U'), fc.array(wireItem, { maxLength: 2 }), {
        maxKeys: 2,
      }),
      UnprocessedKeys: fc.dictionary(
        fc.constant('T'),
        fc.record({ Keys: fc.array(wireItem, { maxLength: 2 }) }),
        { maxKeys: 1 },
      ),
    })
    .map((body) => ({ body, kind: 'BatchGet' as Kind })),
  fc
    .record({
      UnprocessedItems: fc.dictionary(
        fc.constant('T'),
        fc.array(
          fc.oneof(
            wireItem.map((Item) => ({ PutRequest: { Item } })),
            wireItem.map((Key) => ({ DeleteRequest: { Key } })),
          ),
        ),
        { maxKeys: 1 },
      ),
    })
    .map((body) => ({ body, kind: 'BatchWrite' as Kind })),
  fc
    .array(
      fc.oneof(
        wireItem.map((Item) => ({ Item })),
        fc.constant({}),
      ),
      { maxLength: 3 },
    )
    .map((Responses) => ({ body: { Responses }, kind: 'TransactGet' as Kind })),
  fc.constant({ body: {}, kind: 'TransactWrite' as Kind }),
);

const attempt = (f: () => unknown): { value?: unknown; error?: string } => {
  try {
    return { value: f() };
  } catch (error) {
    return { error: String(error) };
  }
};

describe('the direct client codec, answers', () => {
  it('GIVEN any answer of the ten data commands WHEN the codec reads it THEN it gives lib-dynamodb documents or its error', () => {
    fc.assert(
      fc.property(answers, ({ body, kind }) => {
        const command = commandOf({ kind, input: {} });
        const nodes = command.outputKeyNodes;
        const ours = attempt(() => answerDocuments(body, outputPlan(command.constructor, nodes), UNMARSHALL));
        expect(ours.value).not.toBeNull();
        const lib = attempt(() => unmarshallOutput(body, nodes, UNMARSHALL));
        // isDeepStrictEqual compares prototypes, not a member named `constructor` as toStrictEqual would
        expect(
          isDeepStrictEqual(ours, lib),
          `ours ${inspect(ours, { depth: 9 })}, lib-dynamodb ${inspect(lib, { depth: 9 })}`,
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN a member named __proto__ WHEN the codec reads it THEN it steps aside', () => {
    const command = commandOf({ kind: 'Get', input: { TableName: 'T', Key: {} } });
    const plan = outputPlan(command.constructor, command.outputKeyNodes);
    const item = JSON.parse('{"a":{"M":{"__proto__":{"S":"x"}}}}') as Record<string, unknown>;
    expect(answerDocuments({ Item: item }, plan, UNMARSHALL)).toBeNull();
    expect(answerDocuments({ Item: { a: { M: { b: { S: 'x' } } } } }, plan, UNMARSHALL)).toStrictEqual({
      Item: { a: { b: 'x' } },
    });
  });

  it('GIVEN numbers wrapped by option WHEN the codec is asked THEN it steps aside', () => {
    const command = commandOf({ kind: 'Get', input: { TableName: 'T', Key: {} } });
    const plan = outputPlan(command.constructor, command.outputKeyNodes);
    expect(
      answerDocuments({ Item: { n: { N: '1' } } }, plan, { ...UNMARSHALL, wrapNumbers: true }),
    ).toBeNull();
  });
});
