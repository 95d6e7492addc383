import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './acknowledge';
import { asIBucket, type ConsoleConfig, ConsolePublisher } from './console-publish';

/**
 * The web console on AWS: its built files in a private S3 bucket, served only through CloudFront (origin access
 * control), with security headers on every answer. The console signs people in with Cognito's hosted sign-in and
 * calls the HTTP API directly; `config.json` beside it says where both are.
 */

const REASONS_CONSOLE = {
  geo: 'The console is a sign-in page and static files for the business users of this deployment, wherever they are; every API call it makes is authorised by Cognito, so no country is blocked by default.',
  waf: 'The distribution serves only static, public build files (no data, no forms that reach a server); the API it calls has its own stage throttling. A web ACL is a per-month cost the operator can add.',
  tls: 'With the default *.cloudfront.net certificate CloudFront fixes the viewer TLS policy; deploying with a custom domain and certificate lets the distribution require TLSv1.2_2021.',
} as const;

export interface ConsoleHostingProps {
  /** The built console (`npm run build:console` writes console/dist). */
  readonly assetsDir: string;
  /** Server access logs and CloudFront standard logs go here (an ACL-enabled bucket). */
  readonly accessLogsBucket: s3.Bucket;
  readonly removalPolicy: RemovalPolicy;
  /** Of the deploy-time copy's log group. */
  readonly logRetention: logs.RetentionDays;
}

export class ConsoleHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly #assetsDir: string;
  readonly #logRetention: logs.RetentionDays;
  readonly #removalPolicy: RemovalPolicy;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    if (!existsSync(join(props.assetsDir, 'index.html'))) {
      throw new Error(
        `The web console is not built (${props.assetsDir}/index.html is missing): run \`npm run build:console\` before synth or deploy`,
      );
    }
    this.#assetsDir = props.assetsDir;
    this.#logRetention = props.logRetention;
    this.#removalPolicy = props.removalPolicy;
    this.bucket = new s3.Bucket(this, 'Files', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: asIBucket(props.accessLogsBucket),
      serverAccessLogsPrefix: 'console-bucket/',
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: props.removalPolicy === RemovalPolicy.DESTROY,
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

  /** Uploads the build with its config.json (see ConsolePublisher). */
  publish(config: ConsoleConfig): ConsolePublisher {
    return new ConsolePublisher(this, 'Publish', {
      assetsDir: this.#assetsDir,
      bucket: this.bucket,
      distribution: this.distribution,
      config,
      logRetention: this.#logRetention,
      removalPolicy: this.#removalPolicy,
    });
  }
}
