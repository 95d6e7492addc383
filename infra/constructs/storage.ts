import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface StorageProps {
  readonly production: boolean;
}

/** File contents (S3) and the key that encrypts tenants' integration secrets (KMS). */
export class Storage extends Construct {
  readonly filesBucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;
  readonly secretsKey: kms.Key;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const removal = props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: removal,
      // A bucket destroyed with the stack must be emptied first, or CloudFormation cannot delete it.
      autoDeleteObjects: removal === RemovalPolicy.DESTROY,
    });
    this.filesBucket = new s3.Bucket(this, 'Files', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      // CDK's IBucket typing predates exactOptionalPropertyTypes; the object is a real Bucket.
      serverAccessLogsBucket: this.accessLogsBucket as unknown as s3.IBucket,
      serverAccessLogsPrefix: 'files/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: removal,
      autoDeleteObjects: removal === RemovalPolicy.DESTROY,
    });
    this.secretsKey = new kms.Key(this, 'SecretsKey', {
      description:
        'Encrypts tenants integration secrets (Slack webhooks, API tokens, webhook signing secrets)',
      enableKeyRotation: true,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}
