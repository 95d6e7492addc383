import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberKeyPrefixes } from '../../../infra/local/dynalite/key-prefixes';

type Item = Record<string, Record<string, string>>;
const db = rememberKeyPrefixes();
const originals = db.originalKeys;
if (!originals) throw new Error('the remembered key prefixes are not installed');

const keyValue = (type: string) =>
  type === 'S'
    ? fc.string({ minLength: 1, maxLength: 8, unit: 'binary' })
    : type === 'N'
      ? fc.oneof(
          fc.integer().map(String),
          fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n.toString()),
        )
      : fc.uint8Array({ minLength: 1, maxLength: 6 }).map((b) => Buffer.from(b).toString('base64'));

/** A table (hash key, maybe a range key) with a local and a global index of each projection type. */
const table = fc
  .record({
    pkType: fc.constantFrom('S', 'N', 'B'),
    skType: fc.option(fc.constantFrom('S', 'N', 'B'), { nil: undefined }),
    gType: fc.constantFrom('S', 'N', 'B'),
    projection: fc.constantFrom('ALL', 'KEYS_ONLY', 'INCLUDE'),
  })
  .map(({ pkType, skType, gType, projection }) => {
    const Projection = {
      ProjectionType: projection,
      ...(projection === 'INCLUDE' ? { NonKeyAttributes: ['x'] } : {}),
    };
    return {
      TableName: 't',
      KeySchema: [{ AttributeName: 'pk' }, ...(skType ? [{ AttributeName: 'sk' }] : [])],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: pkType },
        ...(skType ? [{ AttributeName: 'sk', AttributeType: skType }] : []),
        { AttributeName: 'g', AttributeType: gType },
      ],
      GlobalSecondaryIndexes: [{ IndexName: 'gsi', KeySchema: [{ AttributeName: 'g' }], Projection }],
      ...(skType
        ? {
            LocalSecondaryIndexes: [
              { IndexName: 'lsi', KeySchema: [{ AttributeName: 'pk' }, { AttributeName: 'g' }], Projection },
            ],
          }
        : {}),
      types: { pk: pkType, sk: skType, g: gType },
    };
  });

const itemOf = (t: { types: Record<string, string | undefined> }) =>
  fc
    .record({
      pk: keyValue(t.types.pk as string),
      sk: keyValue(t.types.sk ?? 'S'),
      g: fc.option(keyValue(t.types.g as string), { nil: undefined }),
      x: fc.string({ maxLength: 3 }),
    })
    .map(
      ({ pk, sk, g, x }): Item => ({
        pk: { [t.types.pk as string]: pk },
        ...(t.types.sk ? { sk: { [t.types.sk]: sk } } : {}),
        ...(g === undefined ? {} : { g: { [t.types.g as string]: g } }),
        x: { S: x },
      }),
    );

const case_ = table.chain((t) =>
  fc.record({ t: fc.constant(t), item: itemOf(t), old: fc.option(itemOf(t), { nil: null }) }),
);

describe('dynalite key prefixes remembered per key value', () => {
  it('GIVEN generated tables and items WHEN keys and index entries are built twice THEN both times they equal dynalite own', () => {
    fc.assert(
      fc.property(case_, ({ t, item, old }) => {
        for (let round = 0; round < 2; round++) {
          expect(db.createKey(item, t)).toBe(originals.createKey(item, t));
          const gsi = t.GlobalSecondaryIndexes[0]?.KeySchema ?? [];
          if (item.g) expect(db.createIndexKey(item, t, gsi)).toBe(originals.createIndexKey(item, t, gsi));
          for (const indexes of [t.GlobalSecondaryIndexes, t.LocalSecondaryIndexes ?? []])
            expect(db.getIndexActions(indexes, old, item, t)).toStrictEqual(
              originals.getIndexActions(indexes, old, item, t),
            );
          const [hashType, hash] = Object.entries(item.pk ?? {})[0] ?? [];
          expect(db.hashPrefix(hash as string, hashType as string)).toBe(
            originals.hashPrefix(hash as string, hashType as string),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN an item key WHEN its prefix is built THEN it is the first six hex characters of MD5 as dynalite stores it', () => {
    const prefix = db.hashPrefix('T#t#LEAD#1', 'S');
    expect(prefix).toMatch(/^[0-9a-f]{6}$/);
    expect(db.hashPrefix('T#t#LEAD#1', 'S')).toBe(prefix);
    expect(db.hashPrefix('T#t#LEAD#2', 'S')).not.toBe(prefix);
    // The same text as another type of key is another key.
    for (const [value, type] of [
      ['1', 'N'],
      ['1', 'S'],
      ['MQ==', 'B'],
      ['MQ==', 'S'],
    ] as const)
      expect(db.hashPrefix(value, type)).toBe(originals.hashPrefix(value, type));
  });
  it('GIVEN string hash and range keys of any UTF-16, lone surrogates at their ends included WHEN prefixed twice THEN both times they equal dynalite own', () => {
    const edge = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u{1F600}', 'a', '');
    const text = fc
      .tuple(edge, fc.string({ maxLength: 6, unit: 'binary' }), edge)
      .map(([a, b, c]) => `${a}${b}${c}`);
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (hash, range) => {
        for (let round = 0; round < 2; round++)
          expect(db.hashPrefix(hash, 'S', range, range === undefined ? undefined : 'S')).toBe(
            originals.hashPrefix(hash, 'S', range, range === undefined ? undefined : 'S'),
          );
      }),
      { numRuns: 2_000 },
    );
    // The one join whose UTF-8 differs from its parts': a high surrogate meeting a low one.
    expect(db.hashPrefix('a\uD83D', 'S', '\uDE00b', 'S')).toBe(
      originals.hashPrefix('a\uD83D', 'S', '\uDE00b', 'S'),
    );
  });
});
