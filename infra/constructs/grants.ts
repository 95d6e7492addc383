import { type CfnResource, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, type IConstruct } from 'constructs';
import { TABLE_DESIGN } from '../../functions/data/table';
import { acknowledge, REASONS } from './acknowledge';

export interface TableRef {
  readonly tableArn: string;
}
export interface KeyRef {
  readonly keyArn: string;
}
export interface BucketRef {
  arnForObjects(keyPattern: string): string;
  readonly node: IConstruct['node'];
}

/** Reads: keyed gets and queries. No Scan: every access path is a key or an index query. */
export const TABLE_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
] as const;

/** Writes (TransactWriteItems is authorised per contained Put/Update/Delete/ConditionCheck). */
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

/** Partition keys of idempotency records (functions/data/idempotency.ts: `T#<t>#IDEMPOTENCY#<hash>`). */
export const IDEMPOTENCY_KEY_PATTERN = 'T#*#IDEMPOTENCY#*';

/** The table and each of its indexes by name (no `index/*`). */
const tableResources = (table: TableRef) => [
  table.tableArn,
  ...TABLE_DESIGN.GlobalSecondaryIndexes.map((gsi) => `${table.tableArn}/index/${gsi.IndexName}`),
];

export const grantTableRead = (table: TableRef, grantee: iam.IGrantable): iam.Grant =>
  iam.Grant.addToPrincipal({
    grantee,
    actions: [...TABLE_READ_ACTIONS],
    resourceArns: tableResources(table),
  });

export const grantTableReadWrite = (table: TableRef, grantee: iam.IGrantable): iam.Grant =>
  iam.Grant.addToPrincipal({
    grantee,
    actions: [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
    resourceArns: tableResources(table),
  });

/** Writes limited to idempotency records, whatever the tenant: for agents that otherwise only read. */
export const grantIdempotencyWrites = (table: TableRef, grantee: iam.IGrantable): void => {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'WriteIdempotencyRecordsOnly',
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [IDEMPOTENCY_KEY_PATTERN] } },
    }),
  );
};

/**
 * Secrets are encrypted with the tenant id as encryption context (functions/adapters/kms-secrets.ts); calls
 * without one are refused, so the key cannot be used as a general-purpose encryption service.
 */
export const grantSecrets = (
  key: KeyRef,
  grantee: iam.IGrantable,
  mode: 'decrypt' | 'encryptDecrypt',
): void => {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: mode === 'decrypt' ? 'DecryptTenantSecrets' : 'EncryptDecryptTenantSecrets',
      actions: mode === 'decrypt' ? ['kms:Decrypt'] : ['kms:Encrypt', 'kms:Decrypt'],
      resources: [key.keyArn],
      conditions: { Null: { 'kms:EncryptionContext:tenantId': 'false' } },
    }),
  );
};

/** Object reads and writes (functions/adapters/s3-files.ts: Get, Put, Delete); no listing, no bucket settings. */
export const grantFileObjects = (bucket: BucketRef, grantee: iam.IGrantable): void => {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'ReadWriteFileObjects',
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      resources: [bucket.arnForObjects('*')],
    }),
  );
  const cfnBucket = bucket.node.defaultChild as CfnResource;
  const logicalId = Stack.of(cfnBucket).resolve(Stack.of(cfnBucket).getLogicalId(cfnBucket)) as string;
  if (Construct.isConstruct(grantee.grantPrincipal)) {
    acknowledge(
      grantee.grantPrincipal,
      `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/*]`,
      REASONS.fileObjects,
    );
  }
};

/** SES sends from the one verified identity (functions/adapters: SendEmail, SendRawEmail). */
export const grantSendEmail = (grantee: iam.IGrantable & IConstruct, sesIdentity: string): void => {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'SendFromVerifiedIdentity',
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [
        Stack.of(grantee).formatArn({
          service: 'ses',
          resource: 'identity',
          resourceName: sesIdentity,
        }),
      ],
    }),
  );
};
