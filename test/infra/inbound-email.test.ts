import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { nagFindings } from './support/nag';
import { type Synthesized, synth } from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({
    inboundEmailDomain: 'reply.acme.com',
    inboundEmailRecipients: '{"support@acme.com":"acme"}',
    inboundEmailVerdicts: '{"spam":"drop"}',
  });
}, 180_000);

describe('SES inbound email', () => {
  it('GIVEN a receiving domain WHEN synthesized THEN a receipt rule set stores each message in S3, then invokes the ingest function, with scanning on', () => {
    s.template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    s.template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Enabled: true,
        Recipients: ['reply.acme.com'],
        ScanEnabled: true,
        Actions: [
          { S3Action: Match.objectLike({ ObjectKeyPrefix: 'inbound/' }) },
          { LambdaAction: Match.objectLike({ InvocationType: 'Event' }) },
        ],
      }),
    });
  });

  it('GIVEN the message bucket WHEN synthesized THEN it is encrypted, TLS-only, private and expires messages after 30 days', () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicAcls: true,
        RestrictPublicBuckets: true,
      }),
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ Prefix: 'inbound/', ExpirationInDays: 30, Status: 'Enabled' })],
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'inbound-email/' }),
    });
    // SES may write into it only for this account.
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:PutObject',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      }),
    });
  });

  it('GIVEN the ingest function WHEN synthesized THEN it knows the bucket, the domain, the tenant routing and the verdict policy', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'dynaris-dev-email-ingest',
      Environment: {
        Variables: Match.objectLike({
          INBOUND_EMAIL_PREFIX: 'inbound/',
          INBOUND_EMAIL_DOMAIN: 'reply.acme.com',
          INBOUND_EMAIL_TENANT: 'acme',
          INBOUND_EMAIL_RECIPIENTS: '{"support@acme.com":"acme"}',
          EMAIL_VERDICT_SPAM: 'drop',
          INBOUND_EMAIL_BUCKET: Match.anyValue(),
        }),
      },
    });
    s.template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
  });

  it('GIVEN a Region SES does not receive email in WHEN synthesized THEN a warning says so; the pack finds nothing unacknowledged', () => {
    Annotations.fromStack(s.stack).hasWarning(
      '*',
      Match.stringLikeRegexp('SES receives email only in some Regions'),
    );
    expect(nagFindings(s.stack)).toEqual([]);
  });

  it('GIVEN no receiving domain WHEN synthesized THEN no SES resources exist', () => {
    const plain = synth({});
    plain.template.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    expect(plain.stack.inboundEmail).toBeUndefined();
  }, 180_000);
});
