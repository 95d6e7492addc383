import { inspect, isDeepStrictEqual } from 'node:util';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  NumberValue,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { marshallInput, unmarshallOutput } from '@aws-sdk/lib-dynamodb/dist-es/commands/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerDocuments,
  type CodecOptions,
  inputPlan,
  type KeyNodes,
  MAYBE_BINARY,
  outputPlan,
  requestText,
} from '../../infra/local/dynalite/document-codec';

/**
 * The direct client's codec must give exactly what lib-dynamodb's key-node walk gives (the request's JSON text, the
 * answer's documents), or step aside (undefined / null) so the caller runs lib-dynamodb itself. Requests and answers
 * are generated for every command the direct client sends, with the values repositories store and the ones they
 * should not (sets, maps, binary, bigints, unsafe numbers, holes, functions, class instances).
 */

/** As the direct client runs it: the repositories' options plus the direct path's own. */
const MARSHALL: CodecOptions = {
  convertTopLevelContainer: true,
  removeUndefinedValues: true,
  convertClassInstanceToMap: true,
};
const UNMARSHALL: CodecOptions = { convertWithoutMapWrapper: true, wrapNumbers: false };

class Money {
  constructor(readonly amount = 5) {}
}

/** Member names, with those an object treats specially; __proto__ only in `anyKey` (lib-dynamodb drops it). */
const key = fc.oneof(
  fc.constantFrom('a', 'b', 'pk', 'sk', '1', '01', 'constructor', 'toString', 'B', 'S', 'N', ''),
  fc.string({ maxLength: 6, unit: 'binary' }).filter((k) => k !== '__proto__'),
);
const anyKey = fc.oneof(key, fc.constant('__proto__'));
const safeNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, -0, 1e-7, 0.1),
);
const storableScalar = fc.oneof(
  fc.string({ maxLength: 8, unit: 'binary' }),
  safeNumber,
  fc.boolean(),
  fc.constant(null),
);

/** What repositories store: JSON-like documents (undefined members are dropped). */
const storable = fc.letrec<{ doc: unknown }>((tie) => ({
  doc: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    storableScalar,
    fc.array(tie('doc'), { maxLength: 3 }),
    fc.dictionary(key, fc.oneof(tie('doc'), fc.constant(undefined)), { maxKeys: 3 }),
  ),
})).doc;

const odd = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    -(2 ** 60),
    10n,
    undefined,
    () => 1,
    new Set(['x', 'y']),
    new Set([1, 2]),
    new Set(),
    new Map([['k', 1]]),
    new Uint8Array([1, 2]),
    new Date(0),
    new Money(),
    Object.create(null) as object,
    Object.assign(Object.create(null) as object, { k: 'v' }),
    { constructor: { name: 'Set' } },
    // biome-ignore lint/suspicious/noSparseArray: a hole is one of the cases
    [1, , 2],
    new String('boxed'),
    Symbol('s'),
  ),
  fc.constant(NumberValue.from('123456789012345678901234567890')),
);

/** Anything a caller may hand the client. */
const anyDoc = fc.letrec<{ doc: unknown }>((tie) => ({
  doc: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    storableScalar,
    odd,
    fc.array(tie('doc'), { maxLength: 3 }),
    fc.dictionary(anyKey, tie('doc'), { maxKeys: 3 }),
  ),
})).doc;

const item = (doc: fc.Arbitrary<unknown>) =>
  fc.dictionary(doc === anyDoc ? anyKey : key, doc, { maxKeys: 4 });

const CLASSES = {
  Put: PutCommand,
  Get: GetCommand,
  Update: UpdateCommand,
  Delete: DeleteCommand,
  Query: QueryCommand,
  Scan: ScanCommand,
  BatchGet: BatchGetCommand,
  BatchWrite: BatchWriteCommand,
  TransactGet: TransactGetCommand,
  TransactWrite: TransactWriteCommand,
} as const;
type Kind = keyof typeof CLASSES;
/** A command as data (so a counterexample prints as its input), made by `commandOf`. */
interface Request {
  readonly kind: Kind;
  readonly input: unknown;
}
const commandOf = ({ kind, input }: Request): Command =>
  new (CLASSES[kind] as unknown as new (input: unknown) => Command)(input);
const as =
  (kind: Kind) =>
  (input: unknown): Request => ({ kind, input });

/** A command of each kind the direct client sends, built from generated items and values. */
const commands = (doc: fc.Arbitrary<unknown>): fc.Arbitrary<Request> => {
  const it = item(doc);
  const values = fc.dictionary(
    fc.string({ maxLength: 4 }).map((k) => `:${k}`),
    doc,
    { maxKeys: 3 },
  );
  const table = 'T';
  return fc.oneof(
    fc.record({ Item: it, values }).map(({ Item, values }) =>
      as('Put')({
        TableName: table,
        Item,
        ConditionExpression: 'attribute_not_exists(pk)',
        ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      }),
    ),
    it.map((Key) => as('Get')({ TableName: table, Key, ConsistentRead: true })),
    fc.record({ Key: it, values }).map(({ Key, values }) =>
      as('Update')({
        TableName: table,
        Key,
        UpdateExpression: 'SET #a = :a',
        ExpressionAttributeNames: { '#a': 'a' },
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    ),
    it.map((Key) => as('Delete')({ TableName: table, Key, ReturnValues: 'ALL_OLD' })),
    fc.record({ start: fc.option(it, { nil: undefined }), values }).map(({ start, values }) =>
      as('Query')({
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: values,
        Limit: 10,
        ExclusiveStartKey: start,
      }),
    ),
    fc
      .record({ values })
      .map(({ values }) => as('Scan')({ TableName: table, ExpressionAttributeValues: values })),
    fc.array(it, { maxLength: 3 }).map((Keys) => as('BatchGet')({ RequestItems: { [table]: { Keys } } })),
    fc
      .array(
        fc.oneof(
          it.map((Item) => ({ PutRequest: { Item } })),
          it.map((Key) => ({ DeleteRequest: { Key } })),
        ),
        {
          maxLength: 3,
        },
      )
      .map((writes) => as('BatchWrite')({ RequestItems: { [table]: writes } })),
    fc
      .array(it, { maxLength: 3 })
      .map((keys) =>
        as('TransactGet')({ TransactItems: keys.map((Key) => ({ Get: { TableName: table, Key } })) }),
      ),
    fc.record({ put: it, key: it, values }).map(({ put, key, values }) =>
      as('TransactWrite')({
        TransactItems: [
          { Put: { TableName: table, Item: put } },
          {
            Update: {
              TableName: table,
              Key: key,
              UpdateExpression: 'SET a = :a',
              ExpressionAttributeValues: values,
            },
          },
          { Delete: { TableName: table, Key: key } },
          { ConditionCheck: { TableName: table, Key: key, ConditionExpression: 'attribute_exists(pk)' } },
        ],
      }),
    ),
  );
};

interface Command {
  readonly input: unknown;
  readonly inputKeyNodes: KeyNodes;
  readonly outputKeyNodes: KeyNodes;
}

/** lib-dynamodb's text of the request, or the error it throws. */
const libText = (command: Command): { text?: string; error?: string } => {
  try {
    return { text: JSON.stringify(marshallInput(command.input, command.inputKeyNodes, MARSHALL)) };
  } catch (error) {
    return { error: String(error) };
  }
};

const codecText = (command: Command) =>
  requestText(command.input, inputPlan(command.constructor, command.inputKeyNodes), MARSHALL);

describe('the direct client codec, requests', () => {
  it('GIVEN any request of the ten data commands WHEN the codec writes it THEN it is lib-dynamodb text or it steps aside', () => {
    fc.assert(
      fc.property(commands(anyDoc), (request) => {
        const command = commandOf(request);
        const text = codecText(command);
        if (text === undefined) return;
        expect(libText(command)).toStrictEqual({ text });
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN requests of JSON-like documents WHEN the codec writes them THEN it takes every one but those that may hold bytes, as lib-dynamodb writes them', () => {
    fc.assert(
      fc.property(commands(storable), (request) => {
        const command = commandOf(request);
        const text = codecText(command);
        const lib = libText(command);
        if (text === undefined) expect(MAYBE_BINARY.test(lib.text ?? '')).toBe(true);
        else expect(lib).toStrictEqual({ text });
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN a set, binary, a bigint or an unsafe number in an item WHEN the codec writes it THEN it steps aside', () => {
    for (const value of [new Set(['a']), new Uint8Array([1]), 10n, 2 ** 53, Number.NaN, new Money()]) {
      expect(
        codecText(commandOf({ kind: 'Put', input: { TableName: 'T', Item: { pk: 'p', value } } })),
      ).toBeUndefined();
    }
  });

  it('GIVEN options other than the repositories WHEN the codec is asked THEN it steps aside', () => {
    const command = commandOf({ kind: 'Put', input: { TableName: 'T', Item: { pk: 'p', s: '' } } });
    const plan = inputPlan(command.constructor, command.inputKeyNodes);
    expect(requestText(command.input, plan, { ...MARSHALL, convertEmptyValues: true })).toBeUndefined();
    expect(requestText(command.input, plan, { ...MARSHALL, removeUndefinedValues: false })).toBeUndefined();
    expect(requestText(command.input, plan, MARSHALL)).toBe(
      '{"TableName":"T","Item":{"pk":{"S":"p"},"s":{"S":""}}}',
    );
  });
});

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
