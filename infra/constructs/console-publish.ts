import { join } from 'node:path';
import { Aws, DefaultStackSynthesizer, type RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { acknowledge } from './acknowledge';

/**
 * Puts the built console and its config.json into the console bucket at deploy time (CDK's BucketDeployment), with
 * a role of our own: the provider's default grants use action wildcards (s3:GetObject*, s3:List*…) and invalidate
 * any distribution; this role reads only the CDK asset bucket, writes only the console bucket and invalidates only
 * the console's distribution.
 */

/** CDK's IBucket typing predates exactOptionalPropertyTypes; the object is a real Bucket. */
export const asIBucket = (bucket: s3.Bucket): s3.IBucket => bucket as unknown as s3.IBucket;

export interface ConsoleConfig {
  /** The HTTP API the console calls (Cognito ID token as bearer). */
  readonly apiUrl: string;
  /** `https://<prefix>.auth.<region>.amazoncognito.com` */
  readonly signInDomain: string;
  readonly userPoolClientId: string;
}

export interface ConsolePublisherProps {
  readonly assetsDir: string;
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly config: ConsoleConfig;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

const REASONS_PUBLISH = {
  assetObjects:
    'The deploy-time copy reads the uploaded build from the CDK bootstrap asset bucket; object keys are content hashes chosen at synth, so the grant covers that one bucket.',
  consoleObjects:
    'The deploy-time copy writes the build into the console bucket; file names are content hashes of each build, so the grant covers objects of that one bucket.',
  runtime:
    'The BucketDeployment provider runtime is chosen by the CDK version in use; it runs only at deploy time and is upgraded with aws-cdk-lib.',
} as const;

export class ConsolePublisher extends Construct {
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: ConsolePublisherProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const assetBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${stack.account}-${stack.region}`;
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description:
        'Copies the built web console into its bucket and invalidates its distribution (deploy time)',
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [`arn:${Aws.PARTITION}:s3:::${assetBucket}/*`],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:PutObject', 's3:DeleteObject'],
        resources: [props.bucket.arnForObjects('*')],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'],
        resources: [
          `arn:${Aws.PARTITION}:cloudfront::${Aws.ACCOUNT_ID}:distribution/${props.distribution.distributionId}`,
        ],
      }),
    );
    // The provider's own grants are dropped: this role already allows exactly what the copy needs.
    const role = this.role.withoutPolicyUpdates();
    const common = {
      destinationBucket: asIBucket(props.bucket),
      role,
      logGroup,
      prune: false,
      retainOnDelete: false,
    };
    const assets = new s3deploy.BucketDeployment(this, 'Assets', {
      ...common,
      sources: [s3deploy.Source.asset(join(props.assetsDir, 'assets'))],
      destinationKeyPrefix: 'assets/',
      // Hashed names: cached for a year, and kept across deploys so an open page still finds its files.
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
    });
    const page = new s3deploy.BucketDeployment(this, 'Page', {
      ...common,
      sources: [
        s3deploy.Source.asset(props.assetsDir, { exclude: ['assets', 'assets/**', '.build-hash'] }),
        s3deploy.Source.jsonData('config.json', {
          mode: 'aws',
          apiUrl: props.config.apiUrl,
          cognito: { domain: props.config.signInDomain, clientId: props.config.userPoolClientId },
        }),
      ],
      // index.html and config.json are revalidated on every load, and invalidated at the edge.
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/', '/index.html', '/config.json'],
    });
    // The page refers to the assets: they are in place before it changes.
    page.node.addDependency(assets);

    const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
    const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
    const bucketId = stack.getLogicalId(props.bucket.node.defaultChild as s3.CfnBucket);
    acknowledge(
      this.role,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${account}-${region}/*]`,
      REASONS_PUBLISH.assetObjects,
    );
    acknowledge(
      this.role,
      `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`,
      REASONS_PUBLISH.consoleObjects,
    );
    for (const provider of deploymentProviders(this))
      acknowledge(provider, 'AwsSolutions-L1', REASONS_PUBLISH.runtime);
  }
}

/** The stack-level singleton function CDK creates for BucketDeployment. */
const deploymentProviders = (scope: IConstruct): IConstruct[] =>
  Stack.of(scope).node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
