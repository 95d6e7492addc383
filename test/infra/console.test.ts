import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { acknowledge } from '../../infra/constructs/acknowledge';
import { Api } from '../../infra/constructs/api';
import { ConsoleHosting } from '../../infra/constructs/console';
import { Storage } from '../../infra/constructs/storage';
import { CONSOLE_DIST } from '../../infra/paths';
import { nagFindings } from './support/nag';

/** The console's hosting on AWS, as a small stack: storage, the console, and the API it signs in to. */

const build = (options: { console: boolean }) => {
  const app = new App();
  const stack = new Stack(app, 'ConsoleTest', { env: { account: '123456789012', region: 'eu-central-1' } });
  const storage = new Storage(stack, 'Storage', { production: false });
  const hosting = options.console
    ? new ConsoleHosting(stack, 'Console', {
        assetsDir: CONSOLE_DIST,
        accessLogsBucket: storage.accessLogsBucket,
        removalPolicy: RemovalPolicy.DESTROY,
        logRetention: logs.RetentionDays.ONE_MONTH,
      })
    : undefined;
  const fn = (id: string) => {
    const stand = new lambda.Function(stack, id, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('export const handler = async () => ({})'),
    });
    // Stand-ins for the API functions (the real ones are checked in nag.test.ts).
    for (const rule of [
      'AwsSolutions-L1',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    ])
      acknowledge(
        stand,
        rule,
        'A test stand-in for the API function; only the console constructs are under test here.',
      );
    return stand;
  };
  const api = new Api(stack, 'Api', {
    namePrefix: 'dynaris-test',
    apiFunction: fn('ApiFn'),
    workflowsFunction: fn('WorkflowsFn'),
    dataFunction: fn('DataFn'),
    docsFunction: fn('DocsFn'),
    assistantFunction: fn('AssistantFn'),
    webhookFunction: fn('WebhookFn'),
    corsOrigins: ['http://localhost:3000'],
    rateLimit: 50,
    burstLimit: 100,
    logRetention: logs.RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
    production: false,
    ...(hosting
      ? {
          console: {
            url: hosting.url,
            origin: hosting.origin,
            signInDomainPrefix: 'dynaris-test-123456789012',
          },
        }
      : {}),
  });
  if (hosting && api.signInDomain) {
    hosting.publish({
      apiUrl: api.url,
      signInDomain: api.signInDomain.baseUrl(),
      userPoolClientId: api.userPoolClient.userPoolClientId,
    });
  }
  return { stack, hosting, template: Template.fromStack(stack) };
};

let withConsole: ReturnType<typeof build>;
beforeAll(() => {
  withConsole = build({ console: true });
});

describe('the console on AWS', () => {
  it('GIVEN the console WHEN synthesized THEN its bucket is private, encrypted, TLS-only and readable by this distribution alone (OAC)', () => {
    const t = withConsole.template;
    const bucketId = withConsole.stack.getLogicalId(withConsole.hosting?.bucket.node.defaultChild as never);
    t.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.objectLike({}),
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'console-bucket/' },
    });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
    t.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
  });

  it('GIVEN the distribution WHEN synthesized THEN HTTPS only, index.html at the root, logs kept, and a strict content security policy', () => {
    const t = withConsole.template;
    t.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', Compress: true }),
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        Logging: Match.objectLike({ Prefix: 'console-cdn/' }),
      }),
    });
    const policy = Object.values(t.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] as {
      Properties: {
        ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Record<string, Record<string, unknown>> };
      };
    };
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy);
    for (const directive of ["script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"])
      expect(csp).toContain(directive);
    expect(csp).toContain('execute-api');
    expect(headers.FrameOptions).toMatchObject({ FrameOption: 'DENY' });
    expect(headers.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 31_536_000 });
    expect(headers.ContentTypeOptions).toMatchObject({ Override: true });
  });

  it('GIVEN the console WHEN synthesized THEN people sign in with the hosted UI (code flow, openid) and come back to the console, which the API accepts as an origin', () => {
    const t = withConsole.template;
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(['openid', 'email']),
      CallbackURLs: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
      SupportedIdentityProviders: ['COGNITO'],
      GenerateSecret: false,
    });
    t.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'dynaris-test-123456789012' });
    const api = Object.values(t.findResources('AWS::ApiGatewayV2::Api')).find(
      (r) => (r as { Properties: { Name: string } }).Properties.Name === 'dynaris-test-api',
    ) as { Properties: { CorsConfiguration: { AllowOrigins: unknown[] } } };
    expect(api.Properties.CorsConfiguration.AllowOrigins).toHaveLength(2);
    expect(JSON.stringify(api.Properties.CorsConfiguration.AllowOrigins[1])).toContain('DomainName');
  });

  it('GIVEN the build WHEN published THEN hashed assets are cached for a year and kept across deploys, the page and config.json revalidated and invalidated', () => {
    const deployments = Object.values(withConsole.template.findResources('Custom::CDKBucketDeployment')).map(
      (r) => (r as { Properties: Record<string, unknown> }).Properties,
    );
    expect(deployments).toHaveLength(2);
    const assets = deployments.find((d) => d.DestinationBucketKeyPrefix === 'assets/');
    expect(assets).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    const page = deployments.find((d) => d.DestinationBucketKeyPrefix === undefined);
    expect(page).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionId: { Ref: expect.stringMatching(/^ConsoleDistribution/) },
      DistributionPaths: ['/', '/index.html', '/config.json'],
    });
    // config.json is written at deploy time with the API URL, the sign-in domain and the client id.
    expect(JSON.stringify(page?.SourceMarkers)).toMatch(/UserPoolClient|SignIn/);
  });

  it('GIVEN the deploy-time copy WHEN its role is read THEN it reads the asset bucket, writes the console bucket and invalidates its distribution, with no wildcard action and no managed policy', () => {
    const t = withConsole.template;
    const roleId = Object.keys(t.findResources('AWS::IAM::Role')).find((id) =>
      id.startsWith('ConsolePublishRole'),
    );
    expect(roleId).toBeDefined();
    expect(
      t.findResources('AWS::IAM::Role')[roleId as string]?.Properties?.ManagedPolicyArns,
    ).toBeUndefined();
    const statements = Object.values(t.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleId as string))
      .flatMap(
        (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
      );
    const actions = statements.flatMap((st) => (Array.isArray(st.Action) ? st.Action : [st.Action])).sort();
    expect(actions).toEqual([
      'cloudfront:CreateInvalidation',
      'cloudfront:GetInvalidation',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      's3:DeleteObject',
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
    ]);
    for (const st of statements) expect(st.Resource).not.toBe('*');
    const invalidation = statements.find((st) => JSON.stringify(st.Action).includes('cloudfront'));
    expect(JSON.stringify(invalidation?.Resource)).toContain('distribution/');
    // Both deployments run with that role.
    const fn = Object.values(t.findResources('AWS::Lambda::Function')).find((f) =>
      JSON.stringify(f.Properties.Role).includes(roleId as string),
    );
    expect(fn).toBeDefined();
  });

  it('GIVEN the console WHEN cdk-nag AwsSolutions runs THEN nothing is left unacknowledged', () => {
    expect(nagFindings(withConsole.stack)).toEqual([]);
  });

  it('GIVEN no console WHEN synthesized THEN no distribution, no hosted sign-in domain and no OAuth client settings', () => {
    const { template } = build({ console: false });
    template.resourceCountIs('AWS::CloudFront::Distribution', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 0);
    expect(JSON.stringify(template.findResources('AWS::Cognito::UserPoolClient'))).not.toContain(
      'CallbackURLs',
    );
  });

  it('GIVEN a console that was never built WHEN synthesized THEN it stops with how to build it', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'no-console-'));
    try {
      const stack = new Stack(new App(), 'NoBuild');
      const storage = new Storage(stack, 'Storage', { production: false });
      expect(
        () =>
          new ConsoleHosting(stack, 'Console', {
            assetsDir: empty,
            accessLogsBucket: storage.accessLogsBucket,
            removalPolicy: RemovalPolicy.DESTROY,
            logRetention: logs.RetentionDays.ONE_MONTH,
          }),
      ).toThrow(/npm run build:console/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
