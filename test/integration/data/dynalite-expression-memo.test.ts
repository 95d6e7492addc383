import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DYNALITE_PARSERS,
  dynaliteParser,
  memoize,
  memoizeDynaliteParsers,
  type Parser,
} from '../../../infra/local/dynalite/expressions';
import { type DynaliteStore, openDynaliteStore } from '../../../infra/local/dynalite/store';

type Json = Record<string, unknown>;
const validations = createRequire(import.meta.url)('dynalite/validations') as {
  validateExpressions(data: Json): string | undefined;
};

/** What dynalite's validation makes of a request: its message and the parsed trees it attaches. */
const validate = (request: Json) => {
  const data = structuredClone(request);
  const message = validations.validateExpressions(data);
  return {
    message,
    trees: [data._updates, data._condition, data._keyCondition, data._filter, data._projection],
  };
};

/** The same validation with dynalite's own parsers (the memo switched off for this call). */
const validateUnmemoized = (request: Json) => {
  const memoized = DYNALITE_PARSERS.map((name) => {
    const parser = dynaliteParser(name);
    const parse = parser.parse;
    if (parser.unmemoized) parser.parse = parser.unmemoized;
    return () => {
      parser.parse = parse;
    };
  });
  try {
    return validate(request);
  } finally {
    for (const restore of memoized) restore();
  }
};

const S = (s: string) => ({ S: s });
const N = (n: string) => ({ N: n });

/** A key condition reading one partition's sort keys between two string bounds. */
const rangeRead = (pk: string, from: string, to: string): Json => ({
  KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
  ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
  ExpressionAttributeValues: { ':pk': S(pk), ':from': S(from), ':to': S(to) },
});

/** Requests of one shape each, with values that differ between calls (and some the parsers refuse). */
const CASES: readonly (readonly Json[])[] = [
  [{ ConditionExpression: 'attribute_not_exists(pk)' }, { ConditionExpression: 'attribute_not_exists(pk)' }],
  [
    {
      UpdateExpression: 'SET #s = :s, #n = if_not_exists(#n, :zero) + :one REMOVE #old',
      ConditionExpression: 'attribute_exists(pk) AND #s <> :s',
      ExpressionAttributeNames: { '#s': 'status', '#n': 'count', '#old': 'old' },
      ExpressionAttributeValues: { ':s': S('open'), ':zero': N('0'), ':one': N('1') },
    },
    {
      UpdateExpression: 'SET #s = :s, #n = if_not_exists(#n, :zero) + :one REMOVE #old',
      ConditionExpression: 'attribute_exists(pk) AND #s <> :s',
      ExpressionAttributeNames: { '#s': 'status', '#n': 'count', '#old': 'old' },
      ExpressionAttributeValues: { ':s': S('closed'), ':zero': N('0'), ':one': N('5') },
    },
  ],
  [
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      FilterExpression: 'contains(#t, :tag)',
      ProjectionExpression: 'pk, sk, #t',
      ExpressionAttributeNames: { '#t': 'tags' },
      ExpressionAttributeValues: { ':pk': S('T#a'), ':p': S('LEAD#'), ':tag': S('x') },
    },
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      FilterExpression: 'contains(#t, :tag)',
      ProjectionExpression: 'pk, sk, #t',
      ExpressionAttributeNames: { '#t': 'tags' },
      ExpressionAttributeValues: { ':pk': S('T#b'), ':p': S('RUN#'), ':tag': S('y') },
    },
  ],
  // begins_with refuses a number operand: same expression, the value's type decides.
  [
    {
      ConditionExpression: 'begins_with(#n, :v)',
      ExpressionAttributeNames: { '#n': 'name' },
      ExpressionAttributeValues: { ':v': N('1') },
    },
    {
      ConditionExpression: 'begins_with(#n, :v)',
      ExpressionAttributeNames: { '#n': 'name' },
      ExpressionAttributeValues: { ':v': S('a') },
    },
    {
      ConditionExpression: 'begins_with(#n, :v)',
      ExpressionAttributeNames: { '#n': 'name' },
      ExpressionAttributeValues: { ':v': N('2') },
    },
  ],
  // A value or a name no expression uses is refused, whichever expression of the request would have used it.
  [
    {
      ConditionExpression: '#a = :a',
      ExpressionAttributeNames: { '#a': 'a', '#b': 'b' },
      ExpressionAttributeValues: { ':a': S('1'), ':b': S('2') },
    },
    {
      UpdateExpression: 'SET #b = :b',
      ConditionExpression: '#a = :a',
      ExpressionAttributeNames: { '#a': 'a', '#b': 'b' },
      ExpressionAttributeValues: { ':a': S('1'), ':b': S('2') },
    },
    {
      ConditionExpression: '#a = :a',
      ExpressionAttributeNames: { '#a': 'a', '#b': 'b' },
      ExpressionAttributeValues: { ':a': S('3'), ':b': S('4') },
    },
  ],
  // BETWEEN reads its bounds' content: the message names this request's bounds.
  [
    {
      ConditionExpression: 'n BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':lo': N('5'), ':hi': N('1') },
    },
    {
      ConditionExpression: 'n BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':lo': N('9'), ':hi': N('2') },
    },
    {
      ConditionExpression: 'n BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':lo': N('1'), ':hi': N('2') },
    },
  ],
  // A range read's key condition: the bounds' order decides, whatever their content; equal bounds are in order.
  [
    rangeRead('T#a#SLOTS', '29000', '29001~'),
    rangeRead('T#b#SLOTS', '30000', '30001~'),
    rangeRead('T#c', 'b', 'a'),
    rangeRead('T#d', 'z', 'z'),
    rangeRead('T#e', 'y', 'x'),
  ],
  // Bounds of two types, and numbers whose text order is not their order.
  [
    {
      ConditionExpression: 'n BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':lo': N('9'), ':hi': N('10') },
    },
    {
      ConditionExpression: 'n BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':lo': S('9'), ':hi': N('10') },
    },
    {
      ConditionExpression: 'n BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':lo': N('10'), ':hi': N('9') },
    },
    {
      ConditionExpression: 'n BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':lo': N('-1'), ':hi': N('1E2') },
    },
    {
      ConditionExpression: 'n BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':lo': { B: 'AQ==' }, ':hi': { B: 'AA==' } },
    },
  ],
  [
    { ConditionExpression: 'a = = :v', ExpressionAttributeValues: { ':v': S('x') } },
    { ConditionExpression: 'a = = :v', ExpressionAttributeValues: { ':v': S('y') } },
  ],
  [
    { UpdateExpression: 'SET a = :missing', ExpressionAttributeValues: { ':v': S('x') } },
    { UpdateExpression: 'SET a = :missing', ExpressionAttributeValues: { ':v': S('y') } },
  ],
  [
    { UpdateExpression: 'SET l = list_append(l, :v)', ExpressionAttributeValues: { ':v': S('x') } },
    { UpdateExpression: 'SET l = list_append(l, :v)', ExpressionAttributeValues: { ':v': { L: [S('x')] } } },
    { UpdateExpression: 'ADD c :v', ExpressionAttributeValues: { ':v': S('x') } },
    { UpdateExpression: 'ADD c :v', ExpressionAttributeValues: { ':v': N('3') } },
  ],
];

describe("dynalite's expression parsers, memoized", () => {
  beforeAll(() => memoizeDynaliteParsers());

  it.each(CASES.map((requests, i) => [i, requests] as const))(
    'GIVEN requests of one expression shape (case %i) WHEN validated in turn THEN each gets what a fresh parse gives it',
    (_, requests) => {
      for (const round of [1, 2]) {
        for (const request of requests) {
          const memoized = validate(request);
          expect(memoized, `round ${round}: ${JSON.stringify(request)}`).toStrictEqual(
            validateUnmemoized(request),
          );
        }
      }
    },
  );

  it('GIVEN BETWEEN expressions over random bounds WHEN validated in turn THEN each gets what a fresh parse gives it', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 3 }).map((s) => S(`k${s}`)),
      fc.integer({ min: -20, max: 20 }).map((n) => N(String(n))),
      fc.constantFrom('AA==', 'AQ==', 'AAE=', '/w==').map((b) => ({ B: b })),
    );
    const expression = fc.constantFrom(
      { KeyConditionExpression: 'pk = :a AND sk BETWEEN :b AND :c' },
      { KeyConditionExpression: 'pk = :a AND sk BETWEEN :c AND :b' },
      { ConditionExpression: 'x BETWEEN :a AND :b AND y BETWEEN :b AND :c' },
      { ConditionExpression: 'x BETWEEN :a AND :b OR :c BETWEEN :a AND :b' },
      { FilterExpression: 'NOT (x BETWEEN :c AND :a)', KeyConditionExpression: 'pk = :b' },
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ expression, a: value, b: value, c: value }), { minLength: 1, maxLength: 8 }),
        (requests) => {
          for (const { expression, a, b, c } of requests) {
            const request = { ...expression, ExpressionAttributeValues: { ':a': a, ':b': b, ':c': c } };
            expect(validate(request), JSON.stringify(request)).toStrictEqual(validateUnmemoized(request));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('GIVEN a range key condition parsed once WHEN other bounds in the same order come THEN the parser is not run again', () => {
    const condition = dynaliteParser('conditionParser');
    let parses = 0;
    const counted: Parser = {
      parse: (text, options) => {
        parses += 1;
        return (condition.unmemoized ?? condition.parse)(text, options);
      },
    };
    memoize(counted);
    const take = (pk: string, from: string, to: string) => {
      const context = {
        attrNames: { '#pk': 'pk', '#sk': 'sk' },
        attrVals: { ':pk': S(pk), ':from': S(from), ':to': S(to) },
        unusedAttrNames: {},
        unusedAttrVals: {},
        isKeyCondition: true,
        isReserved: () => false,
        compare: createRequire(import.meta.url)('dynalite/db').compare,
      };
      return counted.parse('#pk = :pk AND #sk BETWEEN :from AND :to', { context });
    };
    take('T#a', '100', '101~');
    take('T#b', '200', '201~');
    take('T#c', '300', '301');
    expect(parses).toBe(1);
    expect(take('T#d', '9', '1')).toMatch(/upper bound/);
    expect(take('T#e', '8', '2')).toMatch(/lower bound operand: AttributeValue: \{S:8\}/);
    expect(parses).toBe(3);
  });

  it('GIVEN an update parsed before WHEN replayed THEN the tree holds this request’s own value objects', () => {
    const request = { UpdateExpression: 'SET #a = :a', ExpressionAttributeNames: { '#a': 'a' } };
    validate({ ...request, ExpressionAttributeValues: { ':a': S('first') } });
    const data: Json = { ...request, ExpressionAttributeValues: { ':a': S('second') } };
    expect(validations.validateExpressions(data)).toBeUndefined();
    expect(JSON.stringify(data._updates)).toContain('second');
    expect(JSON.stringify(data._updates)).not.toContain('first');
  });
});

describe('the in-process store with memoized parsers', () => {
  let store: DynaliteStore;
  const TableName = 'memo';
  beforeAll(async () => {
    store = openDynaliteStore({});
    await store.call('CreateTable', {
      TableName,
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    });
    while (((await store.call('DescribeTable', { TableName })).body.Table as Json).TableStatus !== 'ACTIVE')
      await new Promise((resolve) => setTimeout(resolve, 5));
  });
  afterAll(() => store.close());

  it('GIVEN a key condition with the value first WHEN queried twice with other values THEN each finds its own items', async () => {
    for (const pk of ['A', 'B']) {
      for (const sk of ['1', '2'])
        await store.call('PutItem', {
          TableName,
          Item: { pk: S(pk), sk: S(sk), v: S(`${pk}${sk}`) },
          ConditionExpression: 'attribute_not_exists(pk)',
        });
    }
    for (const pk of ['A', 'B', 'A']) {
      const answer = await store.call('Query', {
        TableName,
        KeyConditionExpression: ':pk = pk',
        ExpressionAttributeValues: { ':pk': S(pk) },
      });
      expect(answer.status).toBe(200);
      expect((answer.body.Items as Json[]).map((item) => item.v)).toStrictEqual([S(`${pk}1`), S(`${pk}2`)]);
    }
    const again = await store.call('PutItem', {
      TableName,
      Item: { pk: S('A'), sk: S('1') },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(again.body.__type).toBe('com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException');
  });
});
