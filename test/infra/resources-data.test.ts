import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { GSI1, GSI2, KEY } from '../../functions/data/table';
import { eventGroups } from '../../infra/constructs/bus';
import { EVENT_NAMES } from '../../statemachines/events';
import { ofType, s, useSynthesizedStack } from './support/resources';
import { render } from './support/synth';

useSynthesizedStack();

describe('the table', () => {
  it('GIVEN TABLE_DESIGN WHEN synthesized THEN keys and indexes match it, with PITR, encryption, TTL and stream', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'dynaris-dev',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: KEY.pk, KeyType: 'HASH' },
        { AttributeName: KEY.sk, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: GSI1,
          KeySchema: [
            { AttributeName: KEY.gsi1pk, KeyType: 'HASH' },
            { AttributeName: KEY.gsi1sk, KeyType: 'RANGE' },
          ],
        }),
        Match.objectLike({
          IndexName: GSI2,
          KeySchema: [
            { AttributeName: KEY.gsi2pk, KeyType: 'HASH' },
            { AttributeName: KEY.gsi2sk, KeyType: 'RANGE' },
          ],
        }),
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      DeletionProtectionEnabled: false,
    });
  });

  it('GIVEN the stream WHEN the provisioner reads it THEN only workflow items, with bisect, retries and a DLQ', () => {
    s.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: Match.stringLikeRegexp('^Functionsprovisioner') },
      StartingPosition: 'LATEST',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: {
        Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { sk: { S: ['WORKFLOW'] } } } }) }],
      },
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('ProvisionerStreamDlq'), 'Arn'] } },
      },
    });
  });
});

describe('the bus', () => {
  it('GIVEN the bus WHEN synthesized THEN it is archived with a retention', () => {
    s.template.hasResourceProperties('AWS::Events::EventBus', { Name: 'dynaris-dev' });
    s.template.hasResourceProperties('AWS::Events::Archive', {
      RetentionDays: 30,
      EventPattern: { source: [{ prefix: 'dynaris.' }] },
    });
  });

  it('GIVEN the event names WHEN routed to the dispatcher THEN one static rule per group lists exact names, no wildcard', () => {
    const dispatchRules = ofType('AWS::Events::Rule').filter(([id]) => id.startsWith('EventsDispatch'));
    const groups = eventGroups();
    expect(dispatchRules).toHaveLength(groups.size);
    const routed = dispatchRules.flatMap(
      ([, r]) => (r.Properties.EventPattern as { 'detail-type': string[] })['detail-type'],
    );
    expect([...routed].sort()).toEqual([...EVENT_NAMES].sort());
    for (const [, r] of dispatchRules) {
      expect(JSON.stringify(r.Properties?.EventPattern)).not.toMatch(/wildcard|anything-but|\*/);
    }
  });

  it('GIVEN every bus rule to a Lambda or a state machine WHEN synthesized THEN each target has a DLQ and a retry policy', () => {
    const busRules = ofType('AWS::Events::Rule').filter(([, r]) => r.Properties?.EventBusName);
    expect(busRules.length).toBeGreaterThan(eventGroups().size);
    for (const [id, r] of busRules) {
      for (const target of r.Properties.Targets as Record<string, unknown>[]) {
        expect(target.DeadLetterConfig, id).toMatchObject({ Arn: expect.anything() });
        expect(target.RetryPolicy, id).toMatchObject({
          MaximumRetryAttempts: 8,
          MaximumEventAgeInSeconds: 21600,
        });
      }
    }
  });

  it('GIVEN the dispatch rules WHEN synthesized THEN each leaves out a run event its publisher marked unsubscribed', () => {
    for (const names of eventGroups().values()) {
      s.template.hasResourceProperties('AWS::Events::Rule', {
        EventPattern: {
          source: [{ prefix: 'dynaris.' }],
          'detail-type': names,
          detail: { routing: { dispatcher: [{ exists: false }] } },
        },
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Functionsdispatcher'), 'Arn'] },
          }),
        ],
      });
    }
  });

  it('GIVEN the correlator WHEN routed THEN one rule sends it every Dynaris event but a run event already recorded with nothing awaiting it', () => {
    s.template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: [{ prefix: 'dynaris.' }],
        detail: { routing: { correlator: [{ exists: false }] } },
      },
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Functionscorrelator'), 'Arn'] } }),
      ],
    });
  });

  it('GIVEN a workflow execution that ends outside its own paths WHEN Step Functions reports it THEN the supervisor closes the run', () => {
    const rule = Object.values(s.resources).find(
      (r) =>
        r.Type === 'AWS::Events::Rule' &&
        JSON.stringify(r.Properties.EventPattern ?? {}).includes('aws.states'),
    );
    if (!rule) throw new Error('no status-change rule');
    expect(rule.Properties.EventBusName).toBeUndefined();
    const pattern = rule.Properties.EventPattern as {
      source: string[];
      'detail-type': string[];
      detail: { status: string[]; stateMachineArn: { prefix: unknown }[] };
    };
    expect(pattern.source).toEqual(['aws.states']);
    expect(pattern['detail-type']).toEqual(['Step Functions Execution Status Change']);
    expect(pattern.detail.status).toEqual(['FAILED', 'TIMED_OUT', 'ABORTED']);
    expect(render(pattern.detail.stateMachineArn[0]?.prefix)).toBe(
      'arn:<AWS::Partition>:states:eu-central-1:123456789012:stateMachine:dynaris-dev_',
    );
    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [expect.stringMatching(/^Functionssupervisor/), 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/StatusChangeDlq/), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21600 },
      }),
    ]);
  });

  it('GIVEN the daily overdue sweep WHEN scheduled THEN billing gets {"op":"detectOverdue"} with a DLQ and retries', () => {
    s.template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 6 * * ? *)',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Functionsagentbilling'), 'Arn'] },
          Input: JSON.stringify({ op: 'detectOverdue' }),
          DeadLetterConfig: Match.anyValue(),
          RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 4 }),
        }),
      ],
    });
  });
});

describe('queues and encryption', () => {
  it('GIVEN every SQS queue WHEN synthesized THEN it is encrypted and its policy refuses plain HTTP', () => {
    const queues = ofType('AWS::SQS::Queue');
    expect(queues.length).toBe(7);
    for (const [, q] of queues) expect(q.Properties?.SqsManagedSseEnabled).toBe(true);
    const policies = ofType('AWS::SQS::QueuePolicy');
    for (const [id] of queues) {
      const policy = policies.find(([, p]) => JSON.stringify(p.Properties?.Queues).includes(id));
      expect(JSON.stringify(policy?.[1].Properties?.PolicyDocument), id).toContain(
        '"aws:SecureTransport":"false"',
      );
    }
  });

  it('GIVEN the buckets WHEN synthesized THEN they are encrypted, private, TLS-only and the files bucket logs access', () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: Match.anyValue(),
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'files/' }),
    });
    for (const [, policy] of ofType('AWS::S3::BucketPolicy')) {
      expect(JSON.stringify(policy.Properties?.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it('GIVEN the secrets key and the alarm topic key WHEN synthesized THEN both rotate', () => {
    const keys = ofType('AWS::KMS::Key');
    expect(keys).toHaveLength(2);
    for (const [, k] of keys) expect(k.Properties?.EnableKeyRotation).toBe(true);
  });
});
