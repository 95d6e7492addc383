import { describe, expect, it } from 'vitest';
import {
  type EventPattern,
  MAX_PATTERN_LENGTH,
  matchPattern,
  patternComplexity,
  validatePattern,
  WILDCARD_COMPLEXITY_LIMIT,
} from '../../statemachines/patterns';

/**
 * Where the user guide is silent, EventBridge's observable behaviour (docs/event-patterns.md): anything-but with
 * an operator object against values that are not strings, lists inside anything-but operators, keys with dots,
 * the wildcard complexity bound and the pattern length limit.
 */

type Row = readonly [title: string, pattern: EventPattern, event: unknown, expected: boolean];

const objectOperators = [
  { prefix: 'init' },
  { suffix: '.png' },
  { wildcard: '*/lib/*' },
  { 'equals-ignore-case': 'initializing' },
] as const;

const nonStrings: readonly [string, unknown][] = [
  ['a number', 42],
  ['null', null],
  ['true', true],
  ['false', false],
];

const anythingButNonString: Row[] = objectOperators.flatMap((operator) =>
  nonStrings.map(
    ([name, value]): Row => [
      `anything-but ${JSON.stringify(operator)} against ${name}`,
      { detail: { state: [{ 'anything-but': operator }] } },
      { detail: { state: value } },
      true,
    ],
  ),
);

const rows: readonly Row[] = [
  ...anythingButNonString,
  ['anything-but prefix on a missing field', { state: [{ 'anything-but': { prefix: 'a' } }] }, {}, false],
  [
    'anything-but prefix list: no prefix applies',
    { s: [{ 'anything-but': { prefix: ['a', 'b'] } }] },
    { s: 'cat' },
    true,
  ],
  [
    'anything-but prefix list: the second prefix applies',
    { s: [{ 'anything-but': { prefix: ['a', 'b'] } }] },
    { s: 'bat' },
    false,
  ],
  [
    'anything-but suffix list: no suffix applies',
    { s: [{ 'anything-but': { suffix: ['.png', '.jpg'] } }] },
    { s: 'x.gif' },
    true,
  ],
  [
    'anything-but suffix list: a suffix applies',
    { s: [{ 'anything-but': { suffix: ['.png', '.jpg'] } }] },
    { s: 'x.jpg' },
    false,
  ],
  ['anything-but suffix list on a number', { s: [{ 'anything-but': { suffix: ['.png'] } }] }, { s: 7 }, true],
  ['anything-but string on a number', { s: [{ 'anything-but': 'x' }] }, { s: 7 }, true],
  ['anything-but number on a string', { s: [{ 'anything-but': 7 }] }, { s: '7' }, true],
  // Operators on an event array: each element on its own (event-ruler flattens arrays; docs/event-patterns.md).
  [
    'prefix on an array: the second element starts so',
    { to: [{ prefix: 'orders@' }] },
    { to: ['jane@x.io', 'orders@x.io'] },
    true,
  ],
  [
    'prefix on an array: no element starts so',
    { to: [{ prefix: 'orders@' }] },
    { to: ['jane@x.io', 'sales@x.io'] },
    false,
  ],
  [
    'suffix on an array: one element ends so',
    { to: [{ suffix: '@tesco.com' }] },
    { to: ['a@x.io', 'b@tesco.com'] },
    true,
  ],
  [
    'equals-ignore-case on an array',
    { to: [{ 'equals-ignore-case': 'ORDERS@X.IO' }] },
    { to: ['a@x.io', 'orders@x.io'] },
    true,
  ],
  [
    'wildcard on an array',
    { to: [{ wildcard: 'orders*@x.io' }] },
    { to: ['a@x.io', 'orders-uk@x.io'] },
    true,
  ],
  [
    'anything-but on an array: another element differs',
    { to: [{ 'anything-but': 'orders@x.io' }] },
    { to: ['orders@x.io', 'jane@x.io'] },
    true,
  ],
  [
    'anything-but on an array: every element is excluded',
    { to: [{ 'anything-but': ['orders@x.io', 'jane@x.io'] }] },
    { to: ['orders@x.io', 'jane@x.io'] },
    false,
  ],
  [
    'anything-but prefix on an array: one element does not start so',
    { to: [{ 'anything-but': { prefix: 'orders@' } }] },
    { to: ['orders@x.io', 'jane@x.io'] },
    true,
  ],
  [
    'anything-but prefix on an array: every element starts so',
    { to: [{ 'anything-but': { prefix: 'orders' } }] },
    { to: ['orders@x.io', 'orders-uk@x.io'] },
    false,
  ],
  ['exists true on a non-empty array', { to: [{ exists: true }] }, { to: ['a@x.io'] }, true],
  [
    'a dotted event key matches the nested pattern',
    { detail: { state: { status: ['x'] } } },
    { detail: { 'state.status': 'x' } },
    true,
  ],
  [
    'a dotted event key with another value',
    { detail: { state: { status: ['x'] } } },
    { detail: { 'state.status': 'y' } },
    false,
  ],
  [
    'a dotted pattern key matches the nested event',
    { detail: { 'state.status': ['x'] } },
    { detail: { state: { status: 'x' } } },
    true,
  ],
  [
    'a dotted pattern key matches a dotted event key',
    { 'detail.state': ['x'] },
    { 'detail.state': 'x' },
    true,
  ],
  [
    'a dotted event key inside an array of objects',
    { detail: { items: { kind: { name: ['a'] } } } },
    { detail: { items: [{ 'kind.name': 'b' }, { 'kind.name': 'a' }] } },
    true,
  ],
  [
    'a dotted key and nesting give the field two values',
    { detail: { a: { b: ['2'] } } },
    { detail: { 'a.b': '1', a: { b: '2' } } },
    true,
  ],
];

describe('EventBridge behaviour the user guide does not spell out', () => {
  it.each(rows)('GIVEN %s WHEN matched THEN the result is %s', (_t, pattern, event, expected) => {
    expect(validatePattern(pattern)).toStrictEqual([]);
    expect(matchPattern(pattern, event)).toBe(expected);
  });

  it.each([
    ['prefix', ['a', 'b']],
    ['suffix', ['.png', '.jpg']],
    ['wildcard', ['*/lib/*', '*/bin/*']],
    ['equals-ignore-case', ['A', 'B']],
  ])('GIVEN anything-but %s with a list WHEN validated THEN the pattern is accepted', (operator, list) => {
    expect(validatePattern({ s: [{ 'anything-but': { [operator]: list } }] })).toStrictEqual([]);
  });

  it.each([
    ['an empty list', { prefix: [] }],
    ['an empty string in the list', { suffix: ['.png', ''] }],
    ['a number in the list', { prefix: ['a', 1] }],
  ])('GIVEN anything-but with %s WHEN validated THEN the problem names the operator', (_t, operand) => {
    const [op] = Object.keys(operand);
    expect(validatePattern({ s: [{ 'anything-but': operand }] })).toContainEqual({
      path: `s[0].anything-but.${op}`,
      message: expect.stringMatching(/takes a non-empty string or a non-empty list/),
    });
  });
});

describe('wildcard complexity ("Rule is too complex")', () => {
  it.each([
    ['one wildcard', { a: [{ wildcard: '*' }] }],
    ['an ARN with two wildcards', { a: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] }],
    ['distinct letters between wildcards', { a: [{ wildcard: '*a*b*c*d*e*f*' }] }],
    ['ten prefixes of one field', { a: Array.from({ length: 10 }, (_, i) => ({ wildcard: `${i}*` })) }],
    [
      'wildcards on different fields',
      { a: [{ wildcard: '*x*' }], b: [{ wildcard: '*y*' }], c: [{ wildcard: '*z*' }] },
    ],
  ])('GIVEN %s WHEN validated THEN it is within the bound', (_t, pattern) => {
    expect(patternComplexity(pattern)).toBeLessThanOrEqual(WILDCARD_COMPLEXITY_LIMIT);
    expect(validatePattern(pattern)).toStrictEqual([]);
  });

  it.each([
    ['a repeated character between wildcards', { a: [{ wildcard: '*a*a*a*a*a*' }] }],
    [
      'five "contains" wildcards on one field',
      { a: Array.from({ length: 5 }, (_, i) => ({ wildcard: `*${i}*` })) },
    ],
    ['eleven prefixes of one field', { a: Array.from({ length: 11 }, (_, i) => ({ wildcard: `${i}*` })) }],
    ['an anything-but wildcard list', { a: [{ 'anything-but': { wildcard: ['*:*:*:*:*:*:*'] } }] }],
    ['the bound reached inside $or', { $or: [{ a: [{ wildcard: '*a*a*a*a*a*' }] }, { b: ['x'] }] }],
    ['the bound reached under a dotted key', { 'detail.a': [{ wildcard: '*:*:*:*:*:event-bus/*' }] }],
  ])('GIVEN %s WHEN validated THEN it is refused as too complex', (_t, pattern) => {
    expect(patternComplexity(pattern)).toBeGreaterThan(WILDCARD_COMPLEXITY_LIMIT);
    expect(validatePattern(pattern)).toStrictEqual([
      {
        path: '',
        message: expect.stringMatching(/^Rule is too complex - try using fewer wildcard characters/),
      },
    ]);
  });

  it('GIVEN a pattern without wildcards WHEN measured THEN its complexity is 0', () => {
    expect(patternComplexity({ a: ['x', { prefix: 'y' }], $or: [{ b: [1] }, { c: [2] }] })).toBe(0);
  });
});

describe('pattern length', () => {
  it('GIVEN a pattern longer than 4096 characters of JSON WHEN validated THEN it is refused with the limit', () => {
    const pattern = { detail: { id: Array.from({ length: 400 }, (_, i) => `value-${i}`) } };
    expect(JSON.stringify(pattern).length).toBeGreaterThan(MAX_PATTERN_LENGTH);
    expect(validatePattern(pattern)).toContainEqual({
      path: '',
      message: expect.stringMatching(/at most 4096/),
    });
  });
});
