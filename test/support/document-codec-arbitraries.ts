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
import fc from 'fast-check';
import type { CodecOptions, KeyNodes } from '../../infra/local/dynalite/document-codec';

/** Generated requests of the ten data commands the direct client sends, for the codec's differential tests. */

/** As the direct client runs it: the repositories' options plus the direct path's own. */
export const MARSHALL: CodecOptions = {
  convertTopLevelContainer: true,
  removeUndefinedValues: true,
  convertClassInstanceToMap: true,
};
export const UNMARSHALL: CodecOptions = { convertWithoutMapWrapper: true, wrapNumbers: false };

export class Money {
  constructor(readonly amount = 5) {}
}

/** Member names, with those an object treats specially; __proto__ only in `anyKey` (lib-dynamodb drops it). */
export const key = fc.oneof(
  fc.constantFrom('a', 'b', 'pk', 'sk', '1', '01', 'constructor', 'toString', 'B', 'S', 'N', ''),
  fc.string({ maxLength: 6, unit: 'binary' }).filter((k) => k !== '__proto__'),
);
const anyKey = fc.oneof(key, fc.constant('__proto__'));
export const safeNumber = fc.oneof(
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
export const storable = fc.letrec<{ doc: unknown }>((tie) => ({
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
export const anyDoc = fc.letrec<{ doc: unknown }>((tie) => ({
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
export type Kind = keyof typeof CLASSES;
/** A command as data (so a counterexample prints as its input), made by `commandOf`. */
export interface Request {
  readonly kind: Kind;
  readonly input: unknown;
}
export const commandOf = ({ kind, input }: Request): Command =>
  new (CLASSES[kind] as unknown as new (input: unknown) => Command)(input);
const as =
  (kind: Kind) =>
  (input: unknown): Request => ({ kind, input });

/** A command of each kind the direct client sends, built from generated items and values. */
export const commands = (doc: fc.Arbitrary<unknown>): fc.Arbitrary<Request> => {
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

export interface Command {
  readonly input: unknown;
  readonly inputKeyNodes: KeyNodes;
  readonly outputKeyNodes: KeyNodes;
}
