import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRangesDirectly } from '../../../infra/local/dynalite/range-reads';
import { type DynaliteStore, type Json, openDynaliteStore } from '../../../infra/local/dynalite/store';

// Query and Scan read their range directly from the LevelDB iterator (range-reads.ts) instead of through dynalite's
// streams; every answer must be the one dynalite's own queryTable gives, page after page.
const db = readRangesDirectly();
const streamed = db.streamedQueryTable;
if (!streamed) throw new Error('the direct range reads are not installed');
const direct = db.queryTable;

type Answer = { status: number; body: Json };
type Attribute = Record<string, unknown>;
type KeyType = 'S' | 'N' | 'B';

/** Both paths' answers to a request and every page after it (LastEvaluatedKey), at most 30 pages. */
const pages = async (store: DynaliteStore, operation: string, request: Json) => {
  const read = async () => {
    const answers: Answer[] = [];
    let body: Json = request;
    for (let page = 0; page < 30; page++) {
      const answer = await store.call(operation, structuredClone(body));
      answers.push(answer);
      const last = answer.body.LastEvaluatedKey;
      if (answer.status !== 200 || !last) break;
      body = { ...request, ExclusiveStartKey: last };
    }
    return answers;
  };
  db.queryTable = streamed;
  try {
    const before = await read();
    db.queryTable = direct;
    return { before, now: await read() };
  } finally {
    db.queryTable = direct;
  }
};

const tableOf = (name: string, skType: KeyType): Json => ({
  TableName: name,
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: skType },
    { AttributeName: 'g', AttributeType: 'S' },
    { AttributeName: 'l', AttributeType: 'S' },
  ],
  GlobalSecondaryIndexes: [
    {
      IndexName: 'byG',
      KeySchema: [
        { AttributeName: 'g', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    },
  ],
  LocalSecondaryIndexes: [
    {
      IndexName: 'byL',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'l', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'KEYS_ONLY' },
    },
  ],
  BillingMode: 'PAY_PER_REQUEST',
});

const keyValue = (type: KeyType): fc.Arbitrary<string> =>
  type === 'S'
    ? fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', 'B', '/', '~', 'é', '😀') })
    : type === 'N'
      ? fc.oneof(fc.integer({ min: -30, max: 30 }), fc.double({ min: -5, max: 5, noNaN: true })).map((n) =>
          // dynalite stores numbers as it normalizes them; both paths see the same text
          String(Number(n.toFixed(3))),
        )
      : fc.uint8Array({ minLength: 1, maxLength: 3 }).map((b) => Buffer.from(b).toString('base64'));

const itemOf = (skType: KeyType) =>
  fc
    .record(
      {
        pk: fc.constantFrom('a', 'b', 'c'),
        sk: keyValue(skType),
        g: fc.constantFrom('x', 'y'),
        l: fc.constantFrom('l1', 'l2', 'l3'),
        v: fc.integer({ min: 0, max: 9 }),
        text: fc.string({ maxLength: 40 }),
      },
      { requiredKeys: ['pk', 'sk'] },
    )
    .map(({ pk, sk, g, l, v, text }) => ({
      pk: { S: pk },
      sk: { [skType]: sk },
      ...(g === undefined ? {} : { g: { S: g } }),
      ...(l === undefined ? {} : { l: { S: l } }),
      ...(v === undefined ? {} : { v: { N: String(v) } }),
      ...(text === undefined ? {} : { text: { S: text } }),
    }));

/** The options every Query and Scan may carry: Limit, filters, projections, capacity, Select, consistency. */
const readOptions = fc.record(
  {
    Limit: fc.integer({ min: 1, max: 6 }),
    filter: fc.constantFrom('#v > :f', 'attribute_exists(#g)', 'attribute_not_exists(#v) OR #v < :f'),
    ProjectionExpression: fc.constantFrom('pk, sk, #v', 'text', 'pk'),
    ReturnConsumedCapacity: fc.constantFrom('NONE', 'TOTAL', 'INDEXES'),
    Select: fc.constantFrom('COUNT', 'ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES'),
    ConsistentRead: fc.boolean(),
    IndexName: fc.constantFrom('byG', 'byL'),
  },
  { requiredKeys: [] },
);

const withOptions = (
  request: Json,
  names: Record<string, string>,
  values: Record<string, Attribute>,
  o: Record<string, unknown>,
): Json => {
  const { filter, ...rest } = o;
  const allNames = { ...names, ...(filter ? { '#v': 'v', '#g': 'g' } : {}) };
  const allValues = { ...values, ...(filter && String(filter).includes(':f') ? { ':f': { N: '4' } } : {}) };
  if (typeof rest.ProjectionExpression === 'string' && rest.ProjectionExpression.includes('#v'))
    allNames['#v'] = 'v';
  return {
    ...request,
    ...rest,
    ...(filter ? { FilterExpression: filter } : {}),
    ...(Object.keys(allNames).length ? { ExpressionAttributeNames: allNames } : {}),
    ...(Object.keys(allValues).length ? { ExpressionAttributeValues: allValues } : {}),
  };
};

const queryOf = (table: string, skType: KeyType) =>
  fc
    .record({
      hash: fc.constantFrom('a', 'b', 'c', 'x', 'y', 'l1'),
      condition: fc.constantFrom('none', '=', '<', '<=', '>', '>=', 'BETWEEN', 'begins_with'),
      lo: keyValue(skType),
      hi: keyValue(skType),
      forward: fc.option(fc.boolean(), { nil: undefined }),
      options: readOptions,
    })
    .map(({ hash, condition, lo, hi, forward, options }) => {
      const rangeName = options.IndexName === 'byL' ? 'l' : 'sk';
      const rangeType = rangeName === 'l' ? 'S' : skType;
      const hashName = options.IndexName === 'byG' ? 'g' : 'pk';
      const range =
        condition === 'none'
          ? ''
          : condition === 'BETWEEN'
            ? ' AND #r BETWEEN :lo AND :hi'
            : condition === 'begins_with'
              ? ' AND begins_with(#r, :lo)'
              : ` AND #r ${condition} :lo`;
      return withOptions(
        {
          TableName: table,
          KeyConditionExpression: `#h = :h${range}`,
          ...(forward === undefined ? {} : { ScanIndexForward: forward }),
        },
        { '#h': hashName, ...(range ? { '#r': rangeName } : {}) },
        {
          ':h': { S: hash },
          ...(range ? { ':lo': { [rangeType]: rangeName === 'l' ? 'l2' : lo } } : {}),
          ...(condition === 'BETWEEN' ? { ':hi': { [rangeType]: rangeName === 'l' ? 'l3' : hi } } : {}),
        },
        options,
      );
    });

const scanOf = (table: string) =>
  fc
    .record({
      segments: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      segment: fc.nat({ max: 2 }),
      options: readOptions,
    })
    .map(({ segments, segment, options }) =>
      withOptions(
        {
          TableName: table,
          ...(segments ? { TotalSegments: segments, Segment: segment % segments } : {}),
        },
        {},
        {},
        options,
      ),
    );

const caseOf = fc.constantFrom<KeyType>('S', 'N', 'B').chain((skType) =>
  fc.record({
    skType: fc.constant(skType),
    items: fc.array(itemOf(skType), { maxLength: 25 }),
    reads: fc.array(
      fc.oneof(
        queryOf('tbl', skType).map((body) => ['Query', body] as const),
        scanOf('tbl').map((body) => ['Scan', body] as const),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  }),
);

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dynaris-range-reads-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const withTable = async (store: DynaliteStore, name: string, skType: KeyType, items: Json[]) => {
  const created = await store.call('CreateTable', tableOf(name, skType));
  expect(created.status).toBe(200);
  for (;;) {
    const { body } = await store.call('DescribeTable', { TableName: name });
    const table = body.Table as { TableStatus: string; GlobalSecondaryIndexes: { IndexStatus: string }[] };
    if (
      table.TableStatus === 'ACTIVE' &&
      table.GlobalSecondaryIndexes.every((g) => g.IndexStatus === 'ACTIVE')
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  for (const item of items) {
    const put = await store.call('PutItem', { TableName: name, Item: structuredClone(item) });
    expect(put.status).toBe(200);
  }
};

describe('dynalite Query and Scan read their range directly from LevelDB', () => {
  it('GIVEN random items, key conditions, indexes, limits, filters and projections WHEN read page after page THEN every answer equals dynalite own streamed read', async () => {
    let paged = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(caseOf, async ({ skType, items, reads }) => {
        const store = openDynaliteStore({});
        try {
          await withTable(store, 'tbl', skType, items);
          for (const [operation, body] of reads) {
            const { before, now } = await pages(store, operation, body);
            expect(now).toEqual(before);
            if (before.length > 1) paged++;
            if (before.some((a) => a.status !== 200)) refused++;
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 120 },
    );
    // The property met both paginated reads and requests dynalite refuses.
    expect(paged).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('GIVEN a table in a data dir WHEN random reads run page after page THEN every answer equals dynalite own streamed read', async () => {
    const store = openDynaliteStore({ path: path.join(folder, 'dir') });
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(caseOf, async ({ skType, items, reads }) => {
          const name = `tbl${n++}`;
          await withTable(store, name, skType, items);
          for (const [operation, body] of reads) {
            const { before, now } = await pages(store, operation, { ...body, TableName: name });
            expect(now).toEqual(before);
          }
        }),
        { numRuns: 25 },
      );
    } finally {
      await store.close();
    }
  });

  it('GIVEN items of 253 KB WHEN a Query and a Scan read them THEN a page stops after the item that reaches 1 MB (the fifth, not the fourth), as dynalite own read', async () => {
    const store = openDynaliteStore({});
    try {
      const big = Array.from({ length: 8 }, (_, i) => ({
        pk: { S: 'a' },
        sk: { N: String(i) },
        text: { S: String(i).repeat(253 * 1024) },
      }));
      await withTable(store, 'tbl', 'N', big);
      for (const [operation, body] of [
        [
          'Query',
          {
            TableName: 'tbl',
            KeyConditionExpression: 'pk = :h',
            ExpressionAttributeValues: { ':h': { S: 'a' } },
            ReturnConsumedCapacity: 'TOTAL',
          },
        ],
        ['Scan', { TableName: 'tbl', ProjectionExpression: 'sk' }],
      ] as const) {
        const { before, now } = await pages(store, operation, body);
        expect(now).toEqual(before);
        expect(now.map((a) => a.body.Count)).toEqual([5, 3]);
        expect(now[0]?.body.LastEvaluatedKey).toEqual({ pk: { S: 'a' }, sk: { N: '4' } });
      }
    } finally {
      await store.close();
    }
  });
});
