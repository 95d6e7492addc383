import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Synthesized, synth } from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({});
});

const functionId = (service: string): string => {
  const [id] =
    Object.entries(s.resources).find(
      ([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName === `dynaris-dev-${service}`,
    ) ?? [];
  if (!id) throw new Error(`no function ${service}`);
  return id;
};

const statementsOf = (service: string) => {
  const role = (
    (s.resources[functionId(service)] as unknown as { Properties: { Role: unknown } }).Properties.Role as {
      'Fn::GetAtt': string[];
    }
  )['Fn::GetAtt'][0];
  return Object.values(s.resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(String(role)))
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement);
};

describe('asynchronous invocations end somewhere a person sees', () => {
  it.each(['supervisor', 'agent-billing'])(
    'GIVEN %s, invoked asynchronously by rules WHEN its invocation keeps failing THEN an on-failure destination keeps the event and an alarm watches it',
    (service) => {
      s.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: functionId(service) },
        DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
        MaximumRetryAttempts: 2,
      });
      const config = Object.values(s.resources).find(
        (r) =>
          r.Type === 'AWS::Lambda::EventInvokeConfig' &&
          JSON.stringify(r.Properties.FunctionName).includes(functionId(service)),
      );
      const queue = (
        (config as { Properties: Record<string, unknown> }).Properties.DestinationConfig as {
          OnFailure: { Destination: { 'Fn::GetAtt': string[] } };
        }
      ).OnFailure.Destination['Fn::GetAtt'][0];
      s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      });
    },
  );

  it('GIVEN Express runs WHEN the stack is deployed THEN a 5-minute rule asks the supervisor to close those past their deadline', () => {
    s.template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [Match.objectLike({ Input: JSON.stringify({ op: 'sweepExpressRuns' }) })],
    });
  });
});

describe('IAM scopes of workflow state machines and executions', () => {
  it('GIVEN stage dev WHEN its permissions are read THEN they cover dev state machines only (a delimiter no stage name has keeps out dev-eu)', () => {
    const text = JSON.stringify(s.template.toJSON());
    expect(text).toContain('stateMachine:dynaris-dev_*');
    expect(text).not.toContain('stateMachine:dynaris-dev-*');
    expect(text).not.toContain('execution:dynaris-dev-*');
  });

  it('GIVEN Express and Standard runs WHEN the API reads them THEN it may read histories of both execution kinds, describe the state machines and read their logs', () => {
    const api = JSON.stringify(statementsOf('api'));
    expect(api).toContain('execution:dynaris-dev_*:*');
    expect(api).toContain('express:dynaris-dev_*:*');
    expect(api).toContain('states:DescribeStateMachine');
    expect(api).toContain('logs:FilterLogEvents');
    expect(JSON.stringify(statementsOf('supervisor'))).toContain('states:GetExecutionHistory');
  });
});

describe('template details AWS cares about', () => {
  it('GIVEN the default model WHEN deployed in eu-central-1 THEN it is the EU cross-region inference profile, and IAM allows the profile and the models it routes to', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'dynaris-dev-supervisor',
      Environment: {
        Variables: Match.objectLike({ BEDROCK_MODEL_ID: Match.stringLikeRegexp('^eu\\.anthropic\\.') }),
      },
    });
    const text = JSON.stringify(statementsOf('supervisor'));
    expect(text).toMatch(/inference-profile\/eu\.anthropic\./);
    expect(text).toMatch(/bedrock:\*::foundation-model\/anthropic\./);
  });

  it('GIVEN a bucket destroyed with the stack WHEN it is removed THEN its objects are deleted too (autoDeleteObjects)', () => {
    const buckets = Object.values(s.resources).filter((r) => r.Type === 'AWS::S3::Bucket');
    for (const b of buckets) {
      if (b.DeletionPolicy !== 'Delete') continue;
      const tags = JSON.stringify(b.Properties.Tags ?? []);
      expect(tags, JSON.stringify(b.Properties).slice(0, 200)).toContain('aws-cdk:auto-delete-objects');
    }
  });

  it('GIVEN no corsOrigins WHEN deployed THEN CORS allows only the web console (no localhost default), and without the console no CORS at all', () => {
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: [{ 'Fn::Join': ['', ['https://', Match.anyValue()]] }],
      }),
    });
    const bare = synth({ console: 'false' });
    const apis = Object.values(bare.resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Api');
    expect(apis.length).toBeGreaterThan(0);
    for (const api of apis) expect(api.Properties.CorsConfiguration).toBeUndefined();
  });

  it('GIVEN the functions WHEN deployed THEN no environment variable is set that no code reads', () => {
    for (const r of Object.values(s.resources)) {
      if (r.Type !== 'AWS::Lambda::Function') continue;
      const vars = Object.keys(
        (r.Properties.Environment as { Variables?: object } | undefined)?.Variables ?? {},
      );
      expect(vars, String(r.Properties.FunctionName)).not.toContain('STAGE');
      expect(vars, String(r.Properties.FunctionName)).not.toContain('LOG_LEVEL');
      if (!String(r.Properties.FunctionName).endsWith('-provisioner')) {
        expect(vars, String(r.Properties.FunctionName)).not.toContain('STATE_MACHINE_PREFIX');
      }
    }
  });

  it('GIVEN an event-triggered built-in workflow WHEN its rule fires twice for one event THEN the dispatcher starts it under a name derived from the event (one run)', () => {
    const rules = Object.values(s.resources).filter(
      (r) =>
        r.Type === 'AWS::Events::Rule' &&
        String(r.Properties.Description).startsWith('Starts built-in workflow'),
    );
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const [target] = rule.Properties.Targets as {
        Arn: unknown;
        InputTransformer?: { InputTemplate: string };
      }[];
      expect(JSON.stringify(target?.Arn)).toContain(functionId('dispatcher'));
      expect(JSON.stringify(target?.InputTransformer?.InputTemplate)).toContain('builtIn');
    }
  });
});
