import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Aws, DefaultStackSynthesizer, Duration, type RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { acknowledge } from './acknowledge';

/**
 * The web console on AWS: its built files in a private S3 bucket, served only through CloudFront (origin access
 * control), with security headers on every answer. The console signs people in with Cognito's hosted sign-in and
 * calls the HTTP API directly; `config.json` beside it says where both are.
 */

const REASONS_CONSOLE = {
  geo: 'The console is a sign-in page and static files for the business users of this deployment, wherever they are; every API call it makes is authorised by Cognito, so no country is blocked by default.',
  waf: 'The distribution serves only static, public build files (no data, no forms that reach a server); the API it calls has its own stage throttling. A web ACL is a per-month cost the operator can add.',
  tls: 'With the default *.cloudfront.net certificate CloudFront fixes the viewer TLS policy; deploying with a custom domain and certificate lets the distribution require TLSv1.2_2021.',
  deployRole:
    'The CDK BucketDeployment provider writes the console files and invalidates the distribution; its role uses the AWS managed basic execution policy for its own logs.',
  deployActions:
    'The CDK BucketDeployment provider copies the build from the CDK asset bucket into the console bucket; its object-level action groups apply only to those two buckets.',
  deployObjects:
    'The CDK BucketDeployment provider reads the uploaded build from the CDK asset bucket and writes it into the console bucket: objects of those two buckets only.',
  invalidation:
    'CloudFront CreateInvalidation/GetInvalidation as granted by the CDK BucketDeployment provider; it invalidates only the console distribution it is given, at deploy time.',
  deployRuntime:
    'The BucketDeployment provider runtime is chosen by the CDK version in use; it runs only at deploy time and is upgraded with aws-cdk-lib.',
} as const;

/** CDK's IBucket typing predates exactOptionalPropertyTypes; the object is a real Bucket. */
const asIBucket = (bucket: s3.Bucket): s3.IBucket => bucket as unknown as s3.IBucket;

export interface ConsoleHostingProps {
  /** The built console (`npm run build:console` writes console/dist). */
  readonly assetsDir: string;
  /** Server access logs and CloudFront standard logs go here (an ACL-enabled bucket). */
  readonly accessLogsBucket: s3.Bucket;
  readonly removalPolicy: RemovalPolicy;
}

export interface ConsoleConfig {
  /** The HTTP API the console calls (Cognito ID token as bearer). */
  readonly apiUrl: string;
  /** `https://<prefix>.auth.<region>.amazoncognito.com` */
  readonly signInDomain: string;
  readonly userPoolClientId: string;
}

export class ConsoleHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly #assetsDir: string;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    if (!existsSync(join(props.assetsDir, 'index.html'))) {
      throw new Error(
        `The web console is not built (${props.assetsDir}/index.html is missing): run \`npm run build:console\` before synth or deploy`,
      );
    }
    this.#assetsDir = props.assetsDir;
    this.bucket = new s3.Bucket(this, 'Files', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: asIBucket(props.accessLogsBucket),
      serverAccessLogsPrefix: 'console-bucket/',
      removalPolicy: props.removalPolicy,
    });
    const region = Aws.REGION;
    const headers = new cloudfront.ResponseHeadersPolicy(this, 'Headers', {
      comment: 'Dynaris console: strict content security policy and browser hardening',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          override: true,
          // The API and the Cognito sign-in domain are in this region; their exact names are not known here
          // without a dependency cycle (the API allows this distribution as a CORS origin).
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            `connect-src 'self' https://*.execute-api.${region}.amazonaws.com https://*.auth.${region}.amazoncognito.com`,
            "object-src 'none'",
            "base-uri 'none'",
            `form-action 'self' https://*.auth.${region}.amazoncognito.com`,
            "frame-ancestors 'none'",
          ].join('; '),
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
      },
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Dynaris web console',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(asIBucket(this.bucket)),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        compress: true,
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: asIBucket(props.accessLogsBucket),
      logFilePrefix: 'console-cdn/',
    });
    acknowledge(this.distribution, 'AwsSolutions-CFR1', REASONS_CONSOLE.geo);
    acknowledge(this.distribution, 'AwsSolutions-CFR2', REASONS_CONSOLE.waf);
    acknowledge(this.distribution, 'AwsSolutions-CFR4', REASONS_CONSOLE.tls);
  }

  /** `https://<distribution>.cloudfront.net/`: where people open the console (and Cognito sends them back). */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}/`;
  }

  get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  /**
   * Uploads the build and its config.json. Hashed assets are kept across deploys (an open page still finds its
   * files) and cached for a year; index.html and config.json are revalidated on every load.
   */
  publish(config: ConsoleConfig): void {
    const assets = new s3deploy.BucketDeployment(this, 'Assets', {
      sources: [s3deploy.Source.asset(join(this.#assetsDir, 'assets'))],
      destinationBucket: asIBucket(this.bucket),
      destinationKeyPrefix: 'assets/',
      prune: false,
      retainOnDelete: false,
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
    });
    const page = new s3deploy.BucketDeployment(this, 'Page', {
      sources: [
        s3deploy.Source.asset(this.#assetsDir, { exclude: ['assets', 'assets/**', '.build-hash'] }),
        s3deploy.Source.jsonData('config.json', {
          mode: 'aws',
          apiUrl: config.apiUrl,
          cognito: { domain: config.signInDomain, clientId: config.userPoolClientId },
        }),
      ],
      destinationBucket: asIBucket(this.bucket),
      prune: false,
      retainOnDelete: false,
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/', '/index.html', '/config.json'],
    });
    // The page refers to the assets: they are in place before it changes.
    page.node.addDependency(assets);
    const stack = Stack.of(this);
    const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
    const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
    const assetBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${account}-${region}`;
    const consoleBucket = stack.getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket);
    for (const provider of deploymentProviders(this)) {
      acknowledge(
        provider,
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        REASONS_CONSOLE.deployRole,
      );
      for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'])
        acknowledge(provider, `AwsSolutions-IAM5[Action::${action}]`, REASONS_CONSOLE.deployActions);
      for (const resource of [`arn:<AWS::Partition>:s3:::${assetBucket}/*`, `<${consoleBucket}.Arn>/*`])
        acknowledge(provider, `AwsSolutions-IAM5[Resource::${resource}]`, REASONS_CONSOLE.deployObjects);
      acknowledge(provider, 'AwsSolutions-IAM5[Resource::*]', REASONS_CONSOLE.invalidation);
      acknowledge(provider, 'AwsSolutions-L1', REASONS_CONSOLE.deployRuntime);
    }
  }
}

/** The stack-level singleton function (and role) CDK creates for BucketDeployment. */
const deploymentProviders = (scope: IConstruct): IConstruct[] =>
  Stack.of(scope)
    .node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'))
    .flatMap((c) => [c, ...c.node.findAll()]);
