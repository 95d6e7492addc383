import { describe, expect, it } from 'vitest';
import { filterToPattern, matchPattern, validateFilter, validatePattern } from '../../statemachines/patterns';
import { onDetail as d, sampleEvent as event } from '../support/pattern-event';

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
