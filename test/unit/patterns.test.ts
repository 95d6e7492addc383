import { describe, expect, it } from 'vitest';
import {
  type EventPattern,
  filterToPattern,
  matchPattern,
  toEventBridgeShape,
  validateFilter,
  validatePattern,
} from '../../statemachines/patterns';

const event = {
  version: '0',
  id: 'e-1',
  'detail-type': 'lead.created',
  source: 'dynaris.lead',
  time: '2026-11-25T10:00:00Z',
  resources: ['arn:aws:ec2:us-east-1:123:instance/i-1'],
  detail: {
    tenantId: 't1',
    status: 'new',
    name: 'Alice Smith',
    email: 'alice@Example.COM',
    value: 12000,
    score: 4.5,
    zero: 0,
    negative: -3,
    vip: true,
    archived: false,
    note: null,
    empty: '',
    tags: ['hot', 'inbound'],
    numbers: [1, 5, 9],
    nestedArray: [['deep']],
    emptyList: [],
    ip: '10.0.0.33',
    ip6: '2001:db8::ff00:42:8329',
    mapped: '::ffff:192.168.1.10',
    file: 'reports/2026/q4.png',
    star: 'a*b',
    numericString: '300',
    lead: { status: 'new', source: { channel: 'web', campaign: 'fall' }, owner: { name: 'Bob' } },
    contacts: [
      { name: 'Anna', role: 'buyer' },
      { name: 'Peter', role: 'user' },
    ],
    'dotted.key': 'literal',
  },
};

type Case = readonly [title: string, pattern: EventPattern, expected: boolean];

const d = (detail: Record<string, unknown>): EventPattern => ({ detail });

const cases: readonly Case[] = [
  // exact values
  ['exact string matches', d({ status: ['new'] }), true],
  ['exact string differs', d({ status: ['old'] }), false],
  ['exact string is case sensitive', d({ status: ['NEW'] }), false],
  ['one of several strings (OR)', d({ status: ['old', 'new'] }), true],
  ['none of several strings', d({ status: ['old', 'closed'] }), false],
  ['envelope field source', { source: ['dynaris.lead'] }, true],
  ['envelope field detail-type', { 'detail-type': ['lead.updated'] }, false],
  ['AND across fields, all match', d({ status: ['new'], vip: [true] }), true],
  ['AND across fields, one fails', d({ status: ['new'], vip: [false] }), false],
  ['number equals number', d({ value: [12000] }), true],
  ['number compared numerically (1.2e4)', d({ value: [1.2e4] }), true],
  ['decimal number', d({ score: [4.5] }), true],
  ['number pattern does not match a string value', d({ numericString: [300] }), false],
  ['string pattern does not match a number value', d({ value: ['12000'] }), false],
  ['boolean true', d({ vip: [true] }), true],
  ['boolean false', d({ archived: [false] }), true],
  ['boolean does not match string "true"', d({ vip: ['true'] }), false],
  ['null matches a null value', d({ note: [null] }), true],
  ['null does not match a missing field', d({ missing: [null] }), false],
  ['null does not match a string', d({ status: [null] }), false],
  ['empty string matches an empty value', d({ empty: [''] }), true],
  ['empty string does not match a missing field', d({ missing: [''] }), false],
  ['missing field fails an exact match', d({ missing: ['x'] }), false],
  ['object value never equals a leaf', d({ lead: ['new'] }), false],
  // arrays in the event
  ['event array: one element matches', d({ tags: ['hot'] }), true],
  ['event array: no element matches', d({ tags: ['cold'] }), false],
  ['event array: pattern list intersects', d({ tags: ['cold', 'inbound'] }), true],
  ['event array of numbers', d({ numbers: [5] }), true],
  ['nested event arrays are flattened', d({ nestedArray: ['deep'] }), true],
  ['resources array', { resources: ['arn:aws:ec2:us-east-1:123:instance/i-1'] }, true],
  // nested objects and any level
  ['nested object', d({ lead: { status: ['new'] } }), true],
  ['two levels deep', d({ lead: { source: { channel: ['web'] } } }), true],
  ['two levels deep, wrong value', d({ lead: { source: { channel: ['email'] } } }), false],
  ['nested object on a leaf value fails', d({ status: { x: ['new'] } }), false],
  ['nested object on a missing field fails', d({ missing: { x: ['y'] } }), false],
  ['array of objects: one element matches', d({ contacts: { name: ['Anna'] } }), true],
  [
    'array of objects: consistent fields from one element',
    d({ contacts: { name: ['Anna'], role: ['buyer'] } }),
    true,
  ],
  [
    'array of objects: fields from different elements do not match',
    d({ contacts: { name: ['Anna'], role: ['user'] } }),
    false,
  ],
  ['dotted key reaches a nested field', d({ 'lead.status': ['new'] }), true],
  ['dotted key matches a literal key with dots', d({ 'dotted.key': ['literal'] }), true],
  // prefix
  ['prefix matches', d({ name: [{ prefix: 'Ali' }] }), true],
  ['prefix does not match', d({ name: [{ prefix: 'Bob' }] }), false],
  ['prefix is case sensitive', d({ name: [{ prefix: 'ali' }] }), false],
  ['prefix equals-ignore-case', d({ name: [{ prefix: { 'equals-ignore-case': 'ALI' } }] }), true],
  ['prefix equals-ignore-case mismatch', d({ name: [{ prefix: { 'equals-ignore-case': 'bo' } }] }), false],
  ['prefix on a number never matches', d({ value: [{ prefix: '12' }] }), false],
  ['prefix on an array element', d({ tags: [{ prefix: 'in' }] }), true],
  ['empty prefix matches any string', d({ status: [{ prefix: '' }] }), true],
  // suffix
  ['suffix matches', d({ file: [{ suffix: '.png' }] }), true],
  ['suffix does not match', d({ file: [{ suffix: '.jpg' }] }), false],
  ['suffix equals-ignore-case', d({ email: [{ suffix: { 'equals-ignore-case': '@example.com' } }] }), true],
  ['suffix case sensitive by default', d({ email: [{ suffix: '@example.com' }] }), false],
  // equals-ignore-case
  ['equals-ignore-case matches', d({ status: [{ 'equals-ignore-case': 'NEW' }] }), true],
  ['equals-ignore-case mismatch', d({ status: [{ 'equals-ignore-case': 'NEWS' }] }), false],
  ['equals-ignore-case on a number', d({ value: [{ 'equals-ignore-case': '12000' }] }), false],
  // wildcard
  ['wildcard in the middle', d({ file: [{ wildcard: 'reports/*.png' }] }), true],
  ['wildcard several stars', d({ file: [{ wildcard: '*/2026/*' }] }), true],
  ['wildcard mismatch', d({ file: [{ wildcard: 'reports/*.jpg' }] }), false],
  ['wildcard without star is exact', d({ status: [{ wildcard: 'new' }] }), true],
  ['wildcard without star, different', d({ status: [{ wildcard: 'ne' }] }), false],
  ['wildcard alone matches any string', d({ status: [{ wildcard: '*' }] }), true],
  ['escaped star is literal', d({ star: [{ wildcard: 'a\\*b' }] }), true],
  ['escaped star does not act as a wildcard', d({ star: [{ wildcard: 'a\\*' }] }), false],
  ['wildcard segments must not overlap', d({ status: [{ wildcard: 'ne*ew' }] }), false],
  ['wildcard on a number', d({ value: [{ wildcard: '*' }] }), false],
  // anything-but
  ['anything-but string, different value', d({ status: [{ 'anything-but': 'old' }] }), true],
  ['anything-but string, same value', d({ status: [{ 'anything-but': 'new' }] }), false],
  ['anything-but list of strings', d({ status: [{ 'anything-but': ['old', 'new'] }] }), false],
  ['anything-but number', d({ value: [{ 'anything-but': 100 }] }), true],
  ['anything-but number, same value', d({ value: [{ 'anything-but': 12000 }] }), false],
  ['anything-but list of numbers', d({ value: [{ 'anything-but': [1, 12000] }] }), false],
  ['anything-but on a missing field', d({ missing: [{ 'anything-but': 'x' }] }), false],
  ['anything-but prefix, not prefixed', d({ status: [{ 'anything-but': { prefix: 'ol' } }] }), true],
  ['anything-but prefix, prefixed', d({ status: [{ 'anything-but': { prefix: 'ne' } }] }), false],
  ['anything-but suffix', d({ file: [{ 'anything-but': { suffix: '.png' } }] }), false],
  ['anything-but suffix, other extension', d({ file: [{ 'anything-but': { suffix: '.jpg' } }] }), true],
  [
    'anything-but equals-ignore-case',
    d({ status: [{ 'anything-but': { 'equals-ignore-case': 'NEW' } }] }),
    false,
  ],
  [
    'anything-but equals-ignore-case list',
    d({ status: [{ 'anything-but': { 'equals-ignore-case': ['A', 'B'] } }] }),
    true,
  ],
  ['anything-but wildcard', d({ file: [{ 'anything-but': { wildcard: '*/2026/*' } }] }), false],
  ['anything-but wildcard, not matching', d({ file: [{ 'anything-but': { wildcard: '*/2025/*' } }] }), true],
  ['anything-but on an array: an element outside the list', d({ tags: [{ 'anything-but': 'hot' }] }), true],
  [
    'anything-but on an array: every element listed',
    d({ tags: [{ 'anything-but': ['hot', 'inbound'] }] }),
    false,
  ],
  // numeric
  ['numeric greater than', d({ value: [{ numeric: ['>', 10000] }] }), true],
  ['numeric greater than, fails', d({ value: [{ numeric: ['>', 12000] }] }), false],
  ['numeric >= boundary', d({ value: [{ numeric: ['>=', 12000] }] }), true],
  ['numeric < ', d({ score: [{ numeric: ['<', 5] }] }), true],
  ['numeric <= boundary', d({ score: [{ numeric: ['<=', 4.5] }] }), true],
  ['numeric equals', d({ value: [{ numeric: ['=', 1.2e4] }] }), true],
  ['numeric range inside', d({ score: [{ numeric: ['>', 0, '<=', 5] }] }), true],
  ['numeric range outside', d({ value: [{ numeric: ['>', 0, '<=', 5] }] }), false],
  ['numeric range, exclusive lower bound', d({ zero: [{ numeric: ['>', 0, '<', 5] }] }), false],
  ['numeric negative', d({ negative: [{ numeric: ['<', 0] }] }), true],
  ['numeric on a numeric string never matches', d({ numericString: [{ numeric: ['>', 1] }] }), false],
  ['numeric on an array element', d({ numbers: [{ numeric: ['>', 8] }] }), true],
  ['numeric on a missing field', d({ missing: [{ numeric: ['>', 0] }] }), false],
  // exists
  ['exists true on a present field', d({ status: [{ exists: true }] }), true],
  ['exists true on a missing field', d({ missing: [{ exists: true }] }), false],
  ['exists false on a missing field', d({ missing: [{ exists: false }] }), true],
  ['exists false on a present field', d({ status: [{ exists: false }] }), false],
  ['exists true on a null value', d({ note: [{ exists: true }] }), true],
  ['exists true on an object (not a leaf)', d({ lead: [{ exists: true }] }), false],
  ['exists false on an object (not a leaf)', d({ lead: [{ exists: false }] }), true],
  ['exists true on an empty array', d({ emptyList: [{ exists: true }] }), false],
  ['exists false nested under a missing object', d({ missing: { x: [{ exists: false }] } }), true],
  ['exists OR exact', d({ missing: [{ exists: false }, 'x'] }), true],
  // cidr
  ['cidr IPv4 inside', d({ ip: [{ cidr: '10.0.0.0/24' }] }), true],
  ['cidr IPv4 outside', d({ ip: [{ cidr: '10.0.1.0/24' }] }), false],
  ['cidr IPv4 /32 exact', d({ ip: [{ cidr: '10.0.0.33/32' }] }), true],
  ['cidr IPv4 /0 matches all IPv4', d({ ip: [{ cidr: '0.0.0.0/0' }] }), true],
  ['cidr IPv6 inside', d({ ip6: [{ cidr: '2001:db8::/32' }] }), true],
  ['cidr IPv6 outside', d({ ip6: [{ cidr: '2001:db9::/32' }] }), false],
  ['cidr IPv6 with embedded IPv4', d({ mapped: [{ cidr: '::ffff:192.168.1.0/120' }] }), true],
  ['cidr IPv4 block does not match an IPv6 address', d({ ip6: [{ cidr: '0.0.0.0/0' }] }), false],
  ['cidr on a non-IP string', d({ status: [{ cidr: '10.0.0.0/8' }] }), false],
  // $or
  ['$or: second alternative matches', d({ $or: [{ status: ['old'] }, { vip: [true] }] }), true],
  ['$or: no alternative matches', d({ $or: [{ status: ['old'] }, { vip: [false] }] }), false],
  ['$or combined with AND', d({ status: ['new'], $or: [{ value: [1] }, { score: [4.5] }] }), true],
  ['$or combined with a failing AND', d({ status: ['old'], $or: [{ value: [1] }, { score: [4.5] }] }), false],
  ['$or at the top level', { $or: [{ source: ['x'] }, { detail: { status: ['new'] } }] }, true],
  [
    'nested $or inside $or',
    d({ $or: [{ status: ['old'] }, { vip: [true], $or: [{ value: [1] }, { zero: [0] }] }] }),
    true,
  ],
  // empty pattern
  ['empty pattern matches every event', {}, true],
];

describe('EventBridge pattern matching', () => {
  it.each(cases)(
    'GIVEN the pattern "%s" WHEN matched against the sample event THEN the result is %s',
    (_t, pattern, expected) => {
      expect(validatePattern(pattern)).toStrictEqual([]);
      expect(matchPattern(pattern, event)).toBe(expected);
    },
  );

  it('GIVEN a bus event envelope WHEN shaped for EventBridge THEN detail-type and detail are matchable', () => {
    const shaped = toEventBridgeShape({
      id: 'x',
      source: 'dynaris.lead',
      detailType: 'lead.created',
      time: '2026-01-01T00:00:00Z',
      detail: { tenantId: 't', lead: { status: 'new' } },
    });
    expect(
      matchPattern({ 'detail-type': ['lead.created'], detail: { lead: { status: ['new'] } } }, shaped),
    ).toBe(true);
    expect(matchPattern({ 'detail-type': ['lead.updated'] }, shaped)).toBe(false);
  });
});

type InvalidCase = readonly [title: string, pattern: unknown, path: string, message: RegExp];

const invalid: readonly InvalidCase[] = [
  ['a pattern that is not an object', ['x'], '', /must be a JSON object/],
  ['a pattern that is null', null, '', /must be a JSON object/],
  ['an empty array of values', d({ status: [] }), 'detail.status', /must not be empty/],
  ['a bare string leaf', d({ status: 'new' }), 'detail.status', /must be an array/],
  ['a bare number leaf', d({ value: 5 }), 'detail.value', /must be an array/],
  ['a nested array', d({ status: [['new']] }), 'detail.status[0]', /nested arrays/],
  ['an empty nested object', d({ lead: {} }), 'detail.lead', /must not be empty/],
  [
    'an unknown operator',
    d({ status: [{ regex: '.*' }] }),
    'detail.status[0].regex',
    /unknown operator "regex"/,
  ],
  ['an empty matcher object', d({ status: [{}] }), 'detail.status[0]', /empty object/],
  [
    'two operators in one matcher',
    d({ status: [{ prefix: 'a', suffix: 'b' }] }),
    'detail.status[0]',
    /exactly one operator/,
  ],
  ['a numeric prefix', d({ status: [{ prefix: 5 }] }), 'detail.status[0].prefix', /string/],
  [
    'a prefix with an unknown inner operator',
    d({ status: [{ prefix: { wildcard: 'a' } }] }),
    'detail.status[0].prefix',
    /equals-ignore-case/,
  ],
  [
    'a prefix equals-ignore-case with a number',
    d({ status: [{ prefix: { 'equals-ignore-case': 1 } }] }),
    'detail.status[0].prefix.equals-ignore-case',
    /string/,
  ],
  ['a suffix that is an array', d({ file: [{ suffix: ['.png'] }] }), 'detail.file[0].suffix', /string/],
  [
    'equals-ignore-case with a number',
    d({ status: [{ 'equals-ignore-case': 1 }] }),
    'detail.status[0].equals-ignore-case',
    /takes a string/,
  ],
  [
    'a wildcard with "**"',
    d({ file: [{ wildcard: 'a**b' }] }),
    'detail.file[0].wildcard',
    /consecutive wildcard/,
  ],
  [
    'a wildcard with a bad escape',
    d({ file: [{ wildcard: 'a\\b' }] }),
    'detail.file[0].wildcard',
    /invalid escape/,
  ],
  [
    'a wildcard that is not a string',
    d({ file: [{ wildcard: 1 }] }),
    'detail.file[0].wildcard',
    /takes a string/,
  ],
  ['exists with a string', d({ status: [{ exists: 'yes' }] }), 'detail.status[0].exists', /true or false/],
  [
    'a cidr without a prefix length',
    d({ ip: [{ cidr: '10.0.0.1' }] }),
    'detail.ip[0].cidr',
    /not a valid IPv4 or IPv6 CIDR/,
  ],
  [
    'a cidr with an octet above 255',
    d({ ip: [{ cidr: '10.0.0.256/24' }] }),
    'detail.ip[0].cidr',
    /not a valid/,
  ],
  ['a cidr with a prefix above 32', d({ ip: [{ cidr: '10.0.0.0/33' }] }), 'detail.ip[0].cidr', /not a valid/],
  [
    'an IPv6 cidr with a prefix above 128',
    d({ ip: [{ cidr: '2001:db8::/129' }] }),
    'detail.ip[0].cidr',
    /not a valid/,
  ],
  ['an IPv6 cidr with two "::"', d({ ip: [{ cidr: '2001::db8::/64' }] }), 'detail.ip[0].cidr', /not a valid/],
  ['a cidr that is a number', d({ ip: [{ cidr: 10 }] }), 'detail.ip[0].cidr', /takes a string/],
  [
    'numeric that is not an array',
    d({ value: [{ numeric: 5 }] }),
    'detail.value[0].numeric',
    /takes an array/,
  ],
  [
    'numeric with an odd length',
    d({ value: [{ numeric: ['>', 1, '<'] }] }),
    'detail.value[0].numeric',
    /one comparison/,
  ],
  [
    'numeric with an unknown operator',
    d({ value: [{ numeric: ['!=', 1] }] }),
    'detail.value[0].numeric[0]',
    /unknown numeric operator/,
  ],
  [
    'numeric with a string bound',
    d({ value: [{ numeric: ['>', '5'] }] }),
    'detail.value[0].numeric[1]',
    /must be a number/,
  ],
  [
    'numeric above 5e9',
    d({ value: [{ numeric: ['<', 6e9] }] }),
    'detail.value[0].numeric[1]',
    /out of range/,
  ],
  [
    'numeric below -5e9',
    d({ value: [{ numeric: ['>', -5.1e9] }] }),
    'detail.value[0].numeric[1]',
    /out of range/,
  ],
  [
    'numeric "=" combined with a range',
    d({ value: [{ numeric: ['=', 1, '<', 5] }] }),
    'detail.value[0].numeric',
    /cannot be combined/,
  ],
  [
    'numeric with two lower bounds',
    d({ value: [{ numeric: ['>', 1, '>=', 5] }] }),
    'detail.value[0].numeric',
    /one lower bound/,
  ],
  [
    'numeric with an empty range',
    d({ value: [{ numeric: ['>', 5, '<', 1] }] }),
    'detail.value[0].numeric',
    /range is empty/,
  ],
  [
    'anything-but with a boolean',
    d({ vip: [{ 'anything-but': true }] }),
    'detail.vip[0].anything-but',
    /anything-but takes/,
  ],
  [
    'anything-but with an empty list',
    d({ status: [{ 'anything-but': [] }] }),
    'detail.status[0].anything-but',
    /empty array/,
  ],
  [
    'anything-but with a mixed list',
    d({ status: [{ 'anything-but': ['a', 1] }] }),
    'detail.status[0].anything-but',
    /only strings or only numbers/,
  ],
  [
    'anything-but with an empty prefix',
    d({ status: [{ 'anything-but': { prefix: '' } }] }),
    'detail.status[0].anything-but.prefix',
    /non-empty string/,
  ],
  [
    'anything-but with an unknown inner operator',
    d({ status: [{ 'anything-but': { numeric: ['>', 1] } }] }),
    'detail.status[0].anything-but.numeric',
    /unknown operator "numeric"/,
  ],
  [
    'anything-but with two inner operators',
    d({ status: [{ 'anything-but': { prefix: 'a', suffix: 'b' } }] }),
    'detail.status[0].anything-but',
    /exactly one/,
  ],
  [
    'anything-but wildcard with "**"',
    d({ status: [{ 'anything-but': { wildcard: ['a', 'b**'] } }] }),
    'detail.status[0].anything-but.wildcard[1]',
    /consecutive/,
  ],
  ['$or with one alternative', d({ $or: [{ status: ['a'] }] }), 'detail.$or', /at least 2/],
  ['$or that is an object', d({ $or: { status: ['a'] } }), 'detail.$or', /at least 2/],
  [
    '$or with a non-object alternative',
    d({ $or: [{ status: ['a'] }, 'b'] }),
    'detail.$or[1]',
    /non-empty object/,
  ],
  [
    '$or with an invalid alternative',
    d({ $or: [{ status: ['a'] }, { value: [] }] }),
    'detail.$or[1].value',
    /must not be empty/,
  ],
];

describe('EventBridge pattern validation', () => {
  it.each(invalid)(
    'GIVEN %s WHEN validated THEN the problem is reported at its path',
    (_t, pattern, path, message) => {
      const problems = validatePattern(pattern);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems).toContainEqual({ path, message: expect.stringMatching(message) });
    },
  );

  it('GIVEN a pattern with several problems WHEN validated THEN every problem is listed', () => {
    const problems = validatePattern(d({ a: [], b: 'x', c: [{ cidr: 'nope' }] }));
    expect(problems.map((p) => p.path)).toStrictEqual(['detail.a', 'detail.b', 'detail.c[0].cidr']);
  });
});

describe('trigger filters', () => {
  it('GIVEN dotted keys WHEN turned into a pattern THEN they nest under detail', () => {
    expect(filterToPattern({ 'lead.status': ['new'], 'lead.value': [{ numeric: ['>', 5] }] })).toStrictEqual({
      detail: { lead: { status: ['new'], value: [{ numeric: ['>', 5] }] } },
    });
  });

  it('GIVEN dotted and nested keys for the same object WHEN turned into a pattern THEN they are merged', () => {
    expect(filterToPattern({ lead: { status: ['new'] }, 'lead.source.channel': ['web'] })).toStrictEqual({
      detail: { lead: { status: ['new'], source: { channel: ['web'] } } },
    });
  });

  it('GIVEN $or alternatives with dotted keys WHEN turned into a pattern THEN each alternative is expanded', () => {
    expect(filterToPattern({ $or: [{ 'lead.status': ['new'] }, { 'lead.value': [1] }] })).toStrictEqual({
      detail: { $or: [{ lead: { status: ['new'] } }, { lead: { value: [1] } }] },
    });
  });

  it('GIVEN no filter WHEN turned into a pattern THEN it matches every event', () => {
    expect(filterToPattern(undefined)).toStrictEqual({});
    expect(filterToPattern({})).toStrictEqual({});
    expect(matchPattern(filterToPattern(undefined), event)).toBe(true);
  });

  it('GIVEN a filter WHEN matched THEN it applies to the event detail', () => {
    expect(matchPattern(filterToPattern({ 'lead.status': ['new'] }), event)).toBe(true);
    expect(matchPattern(filterToPattern({ 'lead.status': ['old'] }), event)).toBe(false);
  });

  it('GIVEN an invalid filter WHEN validated THEN paths are relative to the filter', () => {
    expect(validateFilter({ 'lead.status': 'new', 'lead.value': [] })).toStrictEqual([
      { path: 'lead.status', message: expect.stringMatching(/must be an array/) },
      { path: 'lead.value', message: expect.stringMatching(/must not be empty/) },
    ]);
    expect(validateFilter(['x'])).toHaveLength(1);
    expect(validateFilter(undefined)).toStrictEqual([]);
  });
});
