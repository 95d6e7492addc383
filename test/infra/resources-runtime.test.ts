import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { readStageConfig } from '../../infra/config';
import { acknowledgedRules, nagFindings } from './support/nag';
import { ofType, s, useSynthesizedStack } from './support/resources';
import { asArray, render, synth } from './support/synth';

useSynthesizedStack();

describe('functions', () => {
  const functions = () =>
    ofType('AWS::Lambda::Function').filter(([, r]) =>
      String(r.Properties?.FunctionName ?? '').startsWith('dynaris-'),
    );

  it('GIVEN every platform function WHEN synthesized THEN nodejs24.x on arm64, traced, JSON logs to its own group', () => {
    expect(functions()).toHaveLength(20);
    for (const [id, fn] of functions()) {
      const p = fn.Properties as Record<string, unknown>;
      expect(p.Runtime, id).toBe('nodejs24.x');
      expect(p.Architectures, id).toEqual(['arm64']);
      expect(p.TracingConfig, id).toEqual({ Mode: 'Active' });
      expect(p.LoggingConfig, id).toMatchObject({
        LogFormat: 'JSON',
        LogGroup: { Ref: expect.stringMatching(/Logs/) },
      });
      expect(p.Handler, id).toBe('index.handler');
    }
  });

  it('GIVEN every platform function WHEN reading its environment THEN Powertools and the table/bus are set, and no NODE_OPTIONS (source maps are read when an error is reported, not decoded at every cold start)', () => {
    for (const [id, fn] of functions()) {
      const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(env.POWERTOOLS_SERVICE_NAME, id).toBe(
        String(fn.Properties?.FunctionName).replace('dynaris-dev-', ''),
      );
      expect(env.POWERTOOLS_LOG_LEVEL, id).toBe('INFO');
      expect(env.NODE_OPTIONS, id).toBeUndefined();
      expect(env.TABLE_NAME, id).toEqual({ Ref: expect.stringMatching(/^DataTable/) });
      expect(env.EVENT_BUS_NAME, id).toEqual({ Ref: expect.stringMatching(/^EventsBus/) });
    }
  });

  it('GIVEN the provisioner WHEN reading its environment THEN it has every runtime setting it compiles and deploys with', () => {
    const provisioner = functions().find(([, f]) => f.Properties.FunctionName === 'dynaris-dev-provisioner');
    if (!provisioner) throw new Error('no provisioner function');
    const env = (provisioner[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    for (const name of [
      'AGENT_FUNCTION_ARNS',
      'SUPERVISOR_FUNCTION_ARN',
      'STATE_MACHINE_ROLE_ARN',
      'STATE_MACHINE_LOG_GROUP_ARN',
      'SCHEDULE_GROUP',
      'SCHEDULER_ROLE_ARN',
      'SCHEDULER_DLQ_ARN',
      'DISPATCHER_FUNCTION_ARN',
      'DISPATCH_DLQ_ARN',
    ]) {
      expect(env[name], name).toBeDefined();
    }
    expect(env.STATE_MACHINE_PREFIX).toBe('dynaris-dev');
    expect(render(env.AGENT_FUNCTION_ARNS)).toMatch(/"email":"<Functionsagentemail[0-9A-F]{8}\.Arn>"/);
  });

  it('GIVEN every log group in the stack WHEN synthesized THEN each one has a retention', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(17);
    for (const [id, g] of groups) expect(g.Properties?.RetentionInDays, id).toBe(30);
  });
});

describe('the API', () => {
  it('GIVEN the user pool WHEN synthesized THEN no self sign-up, strong passwords and an immutable tenant attribute', () => {
    s.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'tenantId', Mutable: false, AttributeDataType: 'String' }),
      ]),
    });
  });

  it('GIVEN the web client WHEN users update attributes THEN the tenant claim is readable but not writable', () => {
    s.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ReadAttributes: Match.arrayWith(['custom:tenantId']),
      WriteAttributes: ['email'],
    });
  });

  it('GIVEN the HTTP API WHEN routes are read THEN the proxy needs the JWT authorizer and the webhooks and health do not', () => {
    const routes = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties as Record<string, unknown>);
    const mainApi = (r: Record<string, unknown>) => JSON.stringify(r.ApiId).includes('ApiHttpApi');
    const main = routes.filter(mainApi);
    for (const r of main.filter((r) => String(r.RouteKey).endsWith('/{proxy+}'))) {
      expect(r.AuthorizationType, String(r.RouteKey)).toBe('JWT');
    }
    expect(
      main
        .filter((r) => String(r.RouteKey).endsWith(' /{proxy+}'))
        .map((r) => String(r.RouteKey).split(' ')[0])
        .sort(),
    ).toEqual(['DELETE', 'GET', 'PATCH', 'POST', 'PUT']);
    const webhook = main.find((r) => r.RouteKey === 'POST /webhooks/{tenantId}/{source}');
    expect(webhook?.AuthorizationType).toBe('NONE');
    expect(main.find((r) => r.RouteKey === 'GET /health')?.AuthorizationType).toBe('NONE');
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp('WebClient') }],
        Issuer: Match.anyValue(),
      },
    });
  });

  it('GIVEN the stage throttling WHEN the API functions with authenticated routes are synthesized THEN their per-key buckets get the same figures', () => {
    for (const name of [
      'dynaris-dev-api',
      'dynaris-dev-api-workflows',
      'dynaris-dev-api-data',
      'dynaris-dev-api-assistant',
    ]) {
      const fn = ofType('AWS::Lambda::Function').find(([, r]) => r.Properties?.FunctionName === name);
      const env = (fn?.[1].Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)
        ?.Variables;
      expect({ rate: env?.API_RATE_LIMIT, burst: env?.API_BURST_LIMIT }, name).toStrictEqual({
        rate: '50',
        burst: '100',
      });
    }
  });

  it('GIVEN both API stages WHEN synthesized THEN default-route throttling and JSON access logs are on', () => {
    const stages = ofType('AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(2);
    for (const [id, st] of stages) {
      const p = st.Properties as Record<string, unknown>;
      expect(p.StageName, id).toBe('$default');
      expect(p.DefaultRouteSettings, id).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
      const log = p.AccessLogSettings as { DestinationArn: unknown; Format: string };
      expect(render(log.DestinationArn), id).toMatch(/ApiAccessLogs/);
      expect(JSON.parse(log.Format), id).toMatchObject({
        requestId: '$context.requestId',
        status: '$context.status',
      });
    }
  });

  it('GIVEN configured origins WHEN browsers call the API THEN CORS allows those origins, then the web console’s distribution, and the auth headers', () => {
    synth({ corsOrigins: 'https://app.example.com' }).template.hasResourceProperties(
      'AWS::ApiGatewayV2::Api',
      {
        Name: 'dynaris-dev-api',
        CorsConfiguration: Match.objectLike({
          AllowOrigins: ['https://app.example.com', { 'Fn::Join': ['', ['https://', Match.anyValue()]] }],
          AllowHeaders: Match.arrayWith(['authorization', 'x-api-key']),
        }),
      },
    );
  });
});

describe('observability', () => {
  const alarms = () =>
    ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties as Record<string, unknown>);

  it('GIVEN each DLQ WHEN a message lands THEN an alarm fires at depth > 0', () => {
    const dlqAlarms = alarms().filter((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible');
    expect(dlqAlarms).toHaveLength(7);
    for (const a of dlqAlarms) {
      expect(a).toMatchObject({
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        Statistic: 'Maximum',
      });
    }
  });

  it('GIVEN each function WHEN it errors or is throttled THEN an alarm fires', () => {
    expect(alarms().filter((a) => a.MetricName === 'Errors' && a.Namespace === 'AWS/Lambda')).toHaveLength(
      20,
    );
    expect(alarms().filter((a) => a.MetricName === 'Throttles')).toHaveLength(20);
  });

  it('GIVEN the APIs WHEN they answer 5xx THEN an alarm fires for each', () => {
    expect(alarms().filter((a) => a.MetricName === '5xx')).toHaveLength(2);
  });

  it('GIVEN any workflow execution WHEN it fails THEN the shared execution log feeds a failed-executions alarm', () => {
    s.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: Match.stringLikeRegexp('ExecutionFailed'),
      MetricTransformations: [
        Match.objectLike({ MetricName: 'WorkflowExecutionsFailed', MetricNamespace: 'Dynaris' }),
      ],
    });
    expect(alarms().filter((a) => a.MetricName === 'WorkflowExecutionsFailed')).toHaveLength(1);
    expect(alarms().filter((a) => a.MetricName === 'ExecutionsFailed')).toHaveLength(6);
  });

  it('GIVEN the alarms WHEN they fire THEN they notify the encrypted alarm topic, and a dashboard exists', () => {
    for (const a of alarms())
      expect(a.AlarmActions).toEqual([{ Ref: expect.stringMatching(/ObservabilityAlarms/) }]);
    s.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    s.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});

describe('outputs', () => {
  it('GIVEN the stack WHEN deployed THEN it outputs the API URLs, webhook base, user pool ids and bus name', () => {
    const outputs = Object.keys(s.template.toJSON().Outputs ?? {});
    for (const name of [
      'ApiUrl',
      'MachineApiUrl',
      'WebhookBaseUrl',
      'UserPoolId',
      'UserPoolClientId',
      'EventBusName',
    ]) {
      expect(outputs).toContain(name);
    }
    expect(render(s.template.toJSON().Outputs.WebhookBaseUrl.Value)).toMatch(/\/webhooks\/$/);
  });
});

describe('the production stage', () => {
  it('GIVEN stage prod WHEN synthesized THEN the table, user pool and logs are retained and protected, and MFA is required', () => {
    const prod = synth({ stage: 'prod', logRetentionDays: 365, reservedConcurrency: '{"dispatcher":50}' });
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'dynaris-prod-dispatcher',
      ReservedConcurrentExecutions: 50,
    });
    prod.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true, TableName: 'dynaris-prod' }),
    });
    prod.template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      DeletionProtection: 'ACTIVE',
    });
    for (const [id, g] of Object.entries(prod.resources).filter(
      ([, r]) => r.Type === 'AWS::Logs::LogGroup',
    )) {
      expect(g.Properties?.RetentionInDays, id).toBe(365);
      expect(g.DeletionPolicy, id).toBe('Retain');
    }
    expect(asArray(prod.stack.stackName)).toEqual(['Dynaris-prod']);
    expect(nagFindings(prod.stack)).toEqual([]);
    const cog2 = acknowledgedRules(prod.stack).filter((a) => a.id.includes('AwsSolutions-COG2'));
    expect(cog2).toEqual([]);
  });

  it('GIVEN no reserved concurrency WHEN synthesized THEN no function reserves any', () => {
    const reserved = Object.values(s.resources).filter(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.ReservedConcurrentExecutions !== undefined,
    );
    expect(reserved).toEqual([]);
  });

  it('GIVEN a bad stage name WHEN synthesized THEN synth fails naming the key', () => {
    const app = new App({ context: { stage: 'Prod Stage!' } });
    expect(() => readStageConfig(app.node)).toThrow(/stage: lowercase/);
  });
});
