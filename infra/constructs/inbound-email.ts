import { join } from 'node:path';
import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as actions from 'aws-cdk-lib/aws-ses-actions';
import { Construct } from 'constructs';
import { acknowledge } from './acknowledge';
import type { Bus } from './bus';
import { DynarisFunction } from './function';
import { FUNCTION_ENTRIES } from './functions';
import { grantFileObjects, grantTableReadWrite } from './grants';
import type { Storage } from './storage';

/** Regions whose SES endpoint receives email (the SES developer guide's receiving-endpoint table). */
export const SES_RECEIVING_REGIONS: readonly string[] = ['us-east-1', 'us-west-2', 'eu-west-1'];

export const INBOUND_OBJECT_PREFIX = 'inbound/';

export interface InboundEmailProps {
  readonly namePrefix: string;
  /** Domain whose MX record points at this Region's SES inbound endpoint (`10 inbound-smtp.<region>.amazonaws.com`). */
  readonly receivingDomain: string;
  /** Recipient addresses or domains the receipt rule accepts. @default the receiving domain: every address in it */
  readonly recipients?: readonly string[];
  /** Tenant of mail no recipient mapping or `<tenantId>@<receiving domain>` address names. @default none: dropped */
  readonly defaultTenant?: string;
  /** Address or domain -> tenant id. @default no mapping */
  readonly recipientTenants?: Readonly<Record<string, string>>;
  /** `drop` or `flag` per SES verdict (spam, virus, spf, dkim, dmarc). @default virus drop, the others flag */
  readonly verdicts?: Readonly<Record<string, 'drop' | 'flag'>>;
  /** How long raw messages stay in the bucket. @default 30 days */
  readonly retention?: Duration;
  readonly table: Parameters<typeof grantTableReadWrite>[0];
  readonly bus: Bus;
  readonly storage: Storage;
  /** The functions' common environment (table, bus, files bucket, …). */
  readonly environment: Readonly<Record<string, string>>;
  readonly functionsDir: string;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Email receiving on AWS: an SES receipt rule set whose rule stores each message in an encrypted bucket (SSE-S3,
 * TLS-only, public access blocked, expiring after `retention`) and then invokes the ingest function, which reads
 * the object and turns it into email.received. The rule set must be made active once after deploy
 * (`aws ses set-active-receipt-rule-set --rule-set-name <RuleSetName>`); docs/inbound-email.md has the steps.
 */
export class InboundEmail extends Construct {
  readonly bucket: s3.Bucket;
  readonly ruleSet: ses.ReceiptRuleSet;
  readonly ingest: DynarisFunction;

  constructor(scope: Construct, id: string, props: InboundEmailProps) {
    super(scope, id);
    const stack = Stack.of(this);
    if (!Token.isUnresolved(stack.region) && !SES_RECEIVING_REGIONS.includes(stack.region)) {
      Annotations.of(this).addWarningV2(
        'dynaris:ses-receiving-region',
        `SES receives email only in some Regions; ${stack.region} is not in ${SES_RECEIVING_REGIONS.join(', ')}. Check the SES "email receiving endpoints" table before publishing the MX record.`,
      );
    }
    this.bucket = new s3.Bucket(this, 'Messages', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: props.storage.accessLogsBucket as unknown as s3.IBucket,
      serverAccessLogsPrefix: 'inbound-email/',
      lifecycleRules: [{ prefix: INBOUND_OBJECT_PREFIX, expiration: props.retention ?? Duration.days(30) }],
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: props.removalPolicy === RemovalPolicy.DESTROY,
    });
    const verdictEnv = Object.fromEntries(
      Object.entries(props.verdicts ?? {}).map(([name, action]) => [
        `EMAIL_VERDICT_${name.toUpperCase()}`,
        action,
      ]),
    );
    this.ingest = new DynarisFunction(this, 'Ingest', {
      entry: join(props.functionsDir, FUNCTION_ENTRIES['email-ingest'] ?? 'email/handler.ts'),
      serviceName: 'email-ingest',
      functionNamePrefix: props.namePrefix,
      description: 'Dynaris inbound email: parse, correlate, publish email.received',
      environment: {
        ...props.environment,
        INBOUND_EMAIL_BUCKET: this.bucket.bucketName,
        INBOUND_EMAIL_PREFIX: INBOUND_OBJECT_PREFIX,
        INBOUND_EMAIL_DOMAIN: props.receivingDomain,
        ...(props.defaultTenant ? { INBOUND_EMAIL_TENANT: props.defaultTenant } : {}),
        ...(props.recipientTenants
          ? { INBOUND_EMAIL_RECIPIENTS: JSON.stringify(props.recipientTenants) }
          : {}),
        ...verdictEnv,
      },
      timeout: Duration.minutes(1),
      memorySize: 1024,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.ingest.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadReceivedMessages',
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${INBOUND_OBJECT_PREFIX}*`)],
      }),
    );
    acknowledge(
      this.ingest.grantPrincipal as unknown as Construct,
      `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/${INBOUND_OBJECT_PREFIX}*]`,
      'SES names each stored message by its message id at receipt time; the function reads only objects under the inbound/ prefix of its own bucket.',
    );
    grantTableReadWrite(props.table, this.ingest);
    props.bus.bus.grantPutEventsTo(this.ingest);
    grantFileObjects(props.storage.filesBucket, this.ingest);

    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet', {
      receiptRuleSetName: `${props.namePrefix}-inbound`,
    });
    this.ruleSet.addRule('Receive', {
      recipients: [...(props.recipients ?? [props.receivingDomain])],
      scanEnabled: true,
      tlsPolicy: ses.TlsPolicy.OPTIONAL,
      actions: [
        // CDK's IBucket typing predates exactOptionalPropertyTypes; the object is a real Bucket.
        new actions.S3({
          bucket: this.bucket as unknown as s3.IBucket,
          objectKeyPrefix: INBOUND_OBJECT_PREFIX,
        }),
        new actions.Lambda({ function: this.ingest, invocationType: actions.LambdaInvocationType.EVENT }),
      ],
    });

    new CfnOutput(this, 'MxRecord', {
      value: `10 inbound-smtp.${stack.region}.amazonaws.com`,
      description: `MX record to publish for ${props.receivingDomain}`,
    });
    new CfnOutput(this, 'ReceiptRuleSetName', {
      value: this.ruleSet.receiptRuleSetName,
      description: 'Activate once: aws ses set-active-receipt-rule-set --rule-set-name <this>',
    });
  }
}
