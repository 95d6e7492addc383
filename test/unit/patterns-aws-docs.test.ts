import { describe, expect, it } from 'vitest';
import { type EventPattern, matchPattern, validatePattern } from '../../statemachines/patterns';
import { ec2, withDetail } from '../support/pattern-event';

/**
 * Every example of the EventBridge user guide's comparison-operator pages (eb-create-pattern-operators,
 * eb-event-patterns-content-based-filtering), with the result the guide documents. Structure (arrays, null, $or):
 * patterns-aws-structure.test.ts.
 */

type Row = readonly [example: string, pattern: EventPattern, event: unknown, documented: boolean];

const rows: readonly Row[] = [
  // Prefix
  [
    'prefix "2017-10-02" on time',
    { time: [{ prefix: '2017-10-02' }] },
    { ...ec2, time: '2017-10-02T18:43:48Z' },
    true,
  ],
  ['prefix "us-" on Region', { Region: [{ prefix: 'us-' }] }, { Region: 'us-east-1' }, true],
  ['prefix "us-" on a European Region', { Region: [{ prefix: 'us-' }] }, { Region: 'eu-west-1' }, false],
  [
    'prefix equals-ignore-case "EventB" on EventBridge',
    { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    withDetail({ service: 'EventBridge' }),
    true,
  ],
  [
    'prefix equals-ignore-case "EventB" on EVENTBRIDGE',
    { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    withDetail({ service: 'eventbridge' }),
    true,
  ],
  // Suffix
  ['suffix ".png" on FileName', { FileName: [{ suffix: '.png' }] }, { FileName: 'image.png' }, true],
  ['suffix ".png" is case sensitive', { FileName: [{ suffix: '.png' }] }, { FileName: 'image.PNG' }, false],
  [
    'suffix equals-ignore-case ".png" on .PNG',
    { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    withDetail({ FileName: 'image.PNG' }),
    true,
  ],
  // Anything-but
  [
    'anything-but "initializing" on running',
    { detail: { state: [{ 'anything-but': 'initializing' }] } },
    withDetail({ state: 'running' }),
    true,
  ],
  [
    'anything-but "initializing" on initializing',
    { detail: { state: [{ 'anything-but': 'initializing' }] } },
    withDetail({ state: 'initializing' }),
    false,
  ],
  [
    'anything-but 123 on 456',
    { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
    withDetail({ 'x-limit': 456 }),
    true,
  ],
  [
    'anything-but 123 on 123',
    { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
    withDetail({ 'x-limit': 123 }),
    false,
  ],
  [
    'anything-but ["stopped", "overloaded"] on stopped',
    { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    withDetail({ state: 'stopped' }),
    false,
  ],
  [
    'anything-but ["stopped", "overloaded"] on running',
    { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    withDetail({ state: 'running' }),
    true,
  ],
  [
    'anything-but [100, 200, 300] on 200',
    { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    withDetail({ 'x-limit': 200 }),
    false,
  ],
  [
    'anything-but [100, 200, 300] on 301.8',
    { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    withDetail({ 'x-limit': 301.8 }),
    true,
  ],
  [
    'anything-but prefix "us-": Region not in the US',
    { Region: [{ 'anything-but': { prefix: 'us-' } }] },
    { Region: 'eu-west-1' },
    true,
  ],
  [
    'anything-but prefix "us-" on a US Region',
    { Region: [{ 'anything-but': { prefix: 'us-' } }] },
    { Region: 'us-east-1' },
    false,
  ],
  [
    'anything-but prefix "init" on initializing',
    { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    withDetail({ state: 'initializing' }),
    false,
  ],
  [
    'anything-but suffix ".png" on a .jpg',
    { FileName: [{ 'anything-but': { suffix: '.png' } }] },
    { FileName: 'a.jpg' },
    true,
  ],
  [
    'anything-but suffix ".png" on a .png',
    { FileName: [{ 'anything-but': { suffix: '.png' } }] },
    { FileName: 'a.png' },
    false,
  ],
  [
    'anything-but equals-ignore-case "initializing" on INITIALIZING',
    { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] },
    { state: 'INITIALIZING' },
    false,
  ],
  [
    'anything-but equals-ignore-case list on Running',
    { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] },
    { state: 'Running' },
    true,
  ],
  [
    'anything-but equals-ignore-case list on STOPPED',
    { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] },
    { state: 'STOPPED' },
    false,
  ],
  [
    'anything-but wildcard "*/lib/*" on a lib path',
    { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] },
    { FilePath: '/usr/lib/x.so' },
    false,
  ],
  [
    'anything-but wildcard "*/lib/*" on a bin path',
    { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] },
    { FilePath: '/usr/bin/x' },
    true,
  ],
  [
    'anything-but wildcard list on a bin path',
    { FilePath: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] },
    { FilePath: '/usr/bin/x' },
    false,
  ],
  // Equals
  ['equals Name "Alice"', { Name: ['Alice'] }, { Name: 'Alice' }, true],
  ['equals is case sensitive', { Name: ['Alice'] }, { Name: 'alice' }, false],
  [
    'equals-ignore-case on detail-type',
    { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] },
    ec2,
    true,
  ],
  // Exists
  [
    'exists true on a present leaf',
    { detail: { 'c-count': [{ exists: true }] } },
    withDetail({ 'c-count': 5 }),
    true,
  ],
  [
    'exists false on an absent field',
    { detail: { 'c-count': [{ exists: false }] } },
    withDetail({ state: 'running' }),
    true,
  ],
  [
    'exists false on a present leaf',
    { detail: { 'c-count': [{ exists: false }] } },
    withDetail({ 'c-count': 5 }),
    false,
  ],
  [
    'exists false on an intermediate node (not a leaf)',
    { detail: { 'c-count': [{ exists: false }] } },
    withDetail({ 'c-count': { c1: 100 } }),
    true,
  ],
  // IP address
  [
    'cidr 10.0.0.0/24 on 10.0.0.33',
    { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    withDetail({ sourceIPAddress: '10.0.0.33' }),
    true,
  ],
  [
    'cidr 10.0.0.0/24 on 10.0.1.1',
    { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    withDetail({ sourceIPAddress: '10.0.1.1' }),
    false,
  ],
  [
    'cidr IPv6 2001:db8::/64 on an address inside',
    { sourceIP: [{ cidr: '2001:db8::/64' }] },
    { sourceIP: '2001:db8::1' },
    true,
  ],
  // Numeric
  [
    'numeric: c-count in (0, 5], d-count < 10, x-limit = 3.018e2',
    {
      detail: {
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ numeric: ['=', 3.018e2] }],
      },
    },
    withDetail({ 'c-count': 5, 'd-count': 3, 'x-limit': 301.8 }),
    true,
  ],
  [
    'numeric: c-count 0 is outside (0, 5]',
    { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } },
    withDetail({ 'c-count': 0 }),
    false,
  ],
  [
    'numeric on a numeric string',
    { detail: { 'c-count': [{ numeric: ['>', 0] }] } },
    withDetail({ 'c-count': '5' }),
    false,
  ],
  // Wildcard
  [
    'wildcard on an event bus ARN',
    { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
    { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/default' },
    true,
  ],
  [
    'wildcard on an event bus ARN of another Region',
    { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
    { EventBusArn: 'arn:aws:events:eu-west-1:123456789012:event-bus/default' },
    false,
  ],
  [
    'wildcard "dir/*.png" on dir/photo.png',
    { FilePath: [{ wildcard: 'dir/*.png' }] },
    { FilePath: 'dir/photo.png' },
    true,
  ],
  [
    'wildcard "dir/*.png" on dir/photo.jpg',
    { FilePath: [{ wildcard: 'dir/*.png' }] },
    { FilePath: 'dir/photo.jpg' },
    false,
  ],
  // Complex example with multiple matching
  [
    'complex example: time prefix, anything-but, numeric ranges and cidr',
    {
      time: [{ prefix: '2017-10-02' }],
      detail: {
        state: [{ 'anything-but': 'initializing' }],
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ 'anything-but': [100, 200, 300] }],
        'source-ip': [{ cidr: '10.0.0.0/8' }],
      },
    },
    withDetail(
      { state: 'running', 'c-count': 5, 'd-count': 3, 'x-limit': 301.8, 'source-ip': '10.0.0.33' },
      { time: '2017-10-02T16:24:49Z' },
    ),
    true,
  ],
];

describe('EventBridge user guide examples', () => {
  it.each(rows)(
    'GIVEN the documented example "%s" WHEN matched THEN the result is as documented',
    (_t, pattern, event, documented) => {
      expect(validatePattern(pattern)).toStrictEqual([]);
      expect(matchPattern(pattern, event)).toBe(documented);
    },
  );

  it('GIVEN the documented wildcard pattern "*:*:*:*:*:event-bus/*" WHEN validated THEN it is refused as too complex', () => {
    expect(validatePattern({ EventBusArn: [{ wildcard: '*:*:*:*:*:event-bus/*' }] })).toStrictEqual([
      { path: '', message: expect.stringMatching(/^Rule is too complex/) },
    ]);
  });
});
