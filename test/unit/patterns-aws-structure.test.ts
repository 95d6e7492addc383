import { describe, expect, it } from 'vitest';
import { type EventPattern, matchPattern, validatePattern } from '../../statemachines/patterns';
import { ec2, withDetail } from '../support/pattern-event';

/**
 * Every example of the EventBridge user guide's pages on pattern structure (eb-event-patterns,
 * eb-event-patterns-arrays, eb-event-patterns-null-values, the $or examples), with the result the guide documents.
 */

type Row = readonly [example: string, pattern: EventPattern, event: unknown, documented: boolean];

const rows: readonly Row[] = [
  // eb-event-patterns
  [
    'EC2 termination: source, detail-type and detail.state all match',
    {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['terminated'] },
    },
    ec2,
    true,
  ],
  [
    'EC2 termination pattern does not match a running instance',
    { detail: { state: ['terminated'] } },
    withDetail({ state: 'running' }),
    false,
  ],
  // And
  [
    'And: Location and Day both match',
    { Location: ['New York'], Day: ['Monday'] },
    { Location: 'New York', Day: 'Monday' },
    true,
  ],
  [
    'And: Day differs',
    { Location: ['New York'], Day: ['Monday'] },
    { Location: 'New York', Day: 'Tuesday' },
    false,
  ],
  // Empty and null (eb-event-patterns-null-values)
  ['empty string matches an empty value', { LastName: [''] }, { LastName: '' }, true],
  ['empty string does not match null', { LastName: [''] }, { LastName: null }, false],
  ['null matches a null value', { UserID: [null] }, { UserID: null }, true],
  ['null does not match an empty string', { UserID: [null] }, { UserID: '' }, false],
  ['null does not match a missing field', { UserID: [null] }, { Other: 1 }, false],
  // Arrays (eb-event-patterns-arrays)
  [
    'arrays: the pattern list and the event list intersect',
    {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
      ],
    },
    {
      resources: [
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate',
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      ],
    },
    true,
  ],
  [
    'arrays: no element in common',
    { resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] },
    { resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-other'] },
    false,
  ],
  // $or
  [
    '$or: source && (metricName || namespace), namespace matches',
    {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
    },
    { source: 'aws.cloudwatch', namespace: 'AWS/EC2' },
    true,
  ],
  [
    '$or: neither alternative matches',
    {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
    },
    { source: 'aws.cloudwatch', namespace: 'AWS/S3' },
    false,
  ],
  [
    '$or: parallel alternatives at two levels',
    {
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
      detail: { $or: [{ source: ['aws.cloudwatch'] }, { 'detail-type': ['CloudWatch Alarm State Change'] }] },
    },
    { metricName: 'ReadLatency', detail: { 'detail-type': 'CloudWatch Alarm State Change' } },
    true,
  ],
  [
    '$or: an alternative that is an And',
    {
      source: ['aws.cloudwatch'],
      $or: [
        { metricName: ['CPUUtilization'] },
        { metricType: ['MetricType'], namespace: ['AWS/EC2'] },
        { scope: ['Service'] },
      ],
    },
    { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2' },
    true,
  ],
  [
    '$or: nested Or inside an And alternative',
    {
      source: ['aws.cloudwatch'],
      $or: [
        { metricName: ['CPUUtilization'] },
        {
          metricType: ['MetricType'],
          namespace: ['AWS/EC2'],
          $or: [{ metricId: [1234] }, { spaceId: [1000] }],
        },
      ],
    },
    { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 1000 },
    true,
  ],
  [
    '$or: nested Or with no inner alternative matching',
    {
      source: ['aws.cloudwatch'],
      $or: [
        { metricName: ['CPUUtilization'] },
        {
          metricType: ['MetricType'],
          namespace: ['AWS/EC2'],
          $or: [{ metricId: [1234] }, { spaceId: [1000] }],
        },
      ],
    },
    { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 7 },
    false,
  ],
];

describe('EventBridge user guide examples: structure', () => {
  it.each(rows)(
    'GIVEN the documented example "%s" WHEN matched THEN the result is as documented',
    (_t, pattern, event, documented) => {
      expect(validatePattern(pattern)).toStrictEqual([]);
      expect(matchPattern(pattern, event)).toBe(documented);
    },
  );
});
