import { App, Stack } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { acknowledgedRules, nagFindings } from './support/nag';
import { type Synthesized, synth } from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({});
});

describe('cdk-nag AwsSolutions', () => {
  it('GIVEN the whole stack WHEN the AwsSolutions pack runs THEN no unacknowledged error or warning remains', () => {
    expect(nagFindings(s.stack)).toEqual([]);
  });

  it('GIVEN the acknowledged findings WHEN listed THEN each one is an AwsSolutions rule with a written reason', () => {
    const ours = acknowledgedRules(s.stack).filter((a) => a.id.startsWith('Annotation::AwsSolutions-'));
    expect(ours.length).toBeGreaterThan(10);
    for (const a of ours) {
      expect(a.reason.trim().length, `${a.path} ${a.id}`).toBeGreaterThanOrEqual(60);
      expect(a.reason, `${a.path} ${a.id}`).toMatch(/[.;]$/);
    }
    const rules = new Set(ours.map((a) => a.id.replace(/^Annotation::/, '').replace(/\[.*$/, '')));
    expect([...rules].sort()).toEqual(
      [
        'AwsSolutions-APIG4',
        // The console's CloudFront distribution: geo restriction, WAF, default-certificate TLS.
        'AwsSolutions-CFR1',
        'AwsSolutions-CFR2',
        'AwsSolutions-CFR4',
        'AwsSolutions-COG2',
        'AwsSolutions-COG8',
        'AwsSolutions-IAM5',
        'AwsSolutions-L1',
        'AwsSolutions-SQS3',
      ].sort(),
    );
  });

  it('GIVEN every acknowledgment in the tree, CDK-internal ones included, WHEN read THEN none lacks a reason', () => {
    for (const a of acknowledgedRules(s.stack)) expect(a.reason.trim(), `${a.path} ${a.id}`).not.toBe('');
  });

  it('GIVEN wildcard-resource acknowledgments WHEN listed THEN they name the exact finding, never the whole IAM5 rule', () => {
    const iam5 = acknowledgedRules(s.stack).filter((a) => a.id.includes('AwsSolutions-IAM5'));
    expect(iam5.length).toBeGreaterThan(0);
    for (const a of iam5) expect(a.id, a.path).toMatch(/^Annotation::AwsSolutions-IAM5\[Resource::.+\]$/);
  });

  it('GIVEN a stack with an unencrypted, unprotected queue WHEN the same pack runs THEN it reports errors (the check can fail)', () => {
    const app = new App();
    const bad = new Stack(app, 'Bad');
    new sqs.Queue(bad, 'Plain', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    const rules = nagFindings(bad).map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['AwsSolutions-SQS2', 'AwsSolutions-SQS3', 'AwsSolutions-SQS4']),
    );
  });
});
