import fc from 'fast-check';
import { mutate } from '../api-arbitraries';

/**
 * What the fuzz suite puts into requests: values of the wrong type, numbers JSON can write but JS or DynamoDB
 * cannot hold, awkward unicode, deep nesting, large sizes, forged cursors and hostile path segments. Values that
 * JSON.stringify cannot produce (1e400, 20-digit integers, 5,000 levels) are written as raw JSON text through
 * placeholders (`raw`) that `toJsonText` substitutes.
 */

const RAW_PREFIX = 'RAW_JSON_TEXT_';
const rawTexts: string[] = [];

/** A placeholder for raw JSON text, substituted by toJsonText. */
export const raw = (text: string): string => {
  rawTexts.push(text);
  return `${RAW_PREFIX}${rawTexts.length - 1}_`;
};

export const toJsonText = (value: unknown): string =>
  (JSON.stringify(value) ?? 'null').replace(
    new RegExp(`"${RAW_PREFIX}(\\d+)_"`, 'g'),
    (_, i: string) => rawTexts[Number(i)] ?? 'null',
  );

const nested = (depth: number, kind: 'array' | 'object'): string =>
  kind === 'array'
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

export const NUMBERS_AS_TEXT = [
  '9007199254740992',
  '9007199254740993',
  '-9007199254740993',
  '12345678901234567890',
  '1e308',
  '-1e308',
  '1e400',
  '1e-400',
  '4.9e-324',
  '1e-131',
  '-0',
  '0.1e1',
  '123456789012345678901234567890.5',
];

export const UNICODE = [
  '\ud800',
  'a\udfffb',
  '\u0000',
  '\u202eevil',
  '\u200b',
  '\ufeff',
  '\uffff',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '𝕏'.repeat(1000),
  'ä'.repeat(5000),
  '<script>alert(1)</script>',
  "'; DROP TABLE x; --",
  '{{trigger.lead.email}}',
  '$'.concat('{process.env}'),
  '../../etc/passwd',
  '%00%2F%2e%2e',
];

/** A value of another type than expected. */
const wrongType = fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, '', 'text', [], {}, [[]], {
  a: null,
});

const number = fc.oneof(
  fc.constantFrom(...NUMBERS_AS_TEXT).map(raw),
  fc.double(),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);

const unicode = fc.oneof(
  fc.constantFrom(...UNICODE),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const deep = fc
  .tuple(fc.constantFrom(33, 40, 200, 5_000), fc.constantFrom<'array' | 'object'>('array', 'object'))
  .map(([depth, kind]) => raw(nested(depth, kind)));

const large = fc.constantFrom<unknown>(
  'x'.repeat(100_000),
  'x'.repeat(400_001),
  Array.from({ length: 10_000 }, (_, i) => i),
  Object.fromEntries(Array.from({ length: 1_500 }, (_, i) => [`k${i}`, i])),
  Array.from({ length: 2_000 }, () => ({ a: 'b' })),
);

export type MutationKind = 'type' | 'number' | 'unicode' | 'depth' | 'size' | 'json';

/** A replacement value of one kind of trouble. */
export const troubleOf = (kind: MutationKind): fc.Arbitrary<unknown> =>
  ({
    type: wrongType,
    number,
    unicode,
    depth: deep,
    size: large,
    json: fc.jsonValue({ maxDepth: 3 }),
  })[kind];

export const trouble: fc.Arbitrary<unknown> = fc
  .constantFrom<MutationKind>(
    'type',
    'type',
    'number',
    'number',
    'unicode',
    'unicode',
    'depth',
    'size',
    'json',
  )
  .chain(troubleOf);

/** A valid value with one key replaced, removed or added at any depth, wrapped, or replaced whole. */
export const mutated = (value: unknown): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 5, arbitrary: mutate(value, trouble) }, { weight: 1, arbitrary: trouble });

/** Bodies that are not the JSON they claim to be. */
export const BROKEN_BODIES: readonly (string | Uint8Array)[] = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '{"a":1,"a":2}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '\ufeff{"email":"a@b.co"}',
  '{"email":"a@b.co"} trailing',
  '{/*comment*/"a":1}',
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0xff, 0xfe, 0x22, 0x7d]),
  new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
  // Form bodies (webhook sources send forms): bad escapes, repeated and empty keys, prototype keys, deep brackets.
  'email=a%40b.co&name=%ZZ&email=x',
  '=&&=&a',
  '__proto__[polluted]=1&constructor[prototype][x]=1',
  `${'a['.repeat(500)}=1`,
  `email=${'a'.repeat(100_000)}@x`,
];

/** Cursors a client could forge: not base64, base64 of the wrong JSON, another list's key, huge. */
export const forgedCursor: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    '%%%',
    'null',
    Buffer.from('{}').toString('base64url'),
    Buffer.from('[]').toString('base64url'),
    Buffer.from('{"pk":{"S":"T#other#LEAD"},"sk":{"S":"x"}}').toString('base64url'),
    Buffer.from('{"pk":"T#local#LEAD#1","sk":"LEAD","gsi1pk":1e400}').toString('base64url'),
    Buffer.from(`{"pk":"${'T#'.repeat(1_000)}"}`).toString('base64url'),
    'A'.repeat(5_000),
  ),
  fc.string({ maxLength: 60 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url')),
);

/** Path segments a client could send in place of an id (encoded by the caller, or deliberately not). */
export const hostileSegment: fc.Arbitrary<{ text: string; encode: boolean }> = fc.oneof(
  fc
    .constantFrom(
      '',
      ' ',
      '.',
      '..',
      '%',
      '%2F',
      '%E0%A4%A',
      '%00',
      '-1',
      '0',
      '1e309',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      'x'.repeat(2_000),
      'wf_01ARZ3NDEKTSV4RRFFQ69G5FAV',
    )
    .map((text) => ({ text, encode: false })),
  fc.constantFrom(...UNICODE, 'a/b', '../x', '?q=1', '#frag').map((text) => ({ text, encode: true })),
  fc.string({ unit: 'binary', maxLength: 20 }).map((text) => ({ text, encode: true })),
);
