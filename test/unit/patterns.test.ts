import { describe, expect, it } from 'vitest';
import {
  type EventPattern,
  matchPattern,
  toEventBridgeShape,
  validatePattern,
} from '../../statemachines/patterns';
import { onDetail as d, sampleEvent as event } from '../support/pattern-event';

type Case = readonly [title: string, pattern: EventPattern, expected: boolean];

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
