import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { KEY, TABLE_DESIGN } from '../../functions/data/table';

export interface TableProps {
  readonly tableName: string;
  readonly production: boolean;
}

type AttributeName = (typeof TABLE_DESIGN.AttributeDefinitions)[number]['AttributeName'];

const attribute = (name: AttributeName): dynamodb.Attribute => {
  const def = TABLE_DESIGN.AttributeDefinitions.find((a) => a.AttributeName === name);
  if (!def) throw new Error(`TABLE_DESIGN has no attribute definition for ${name}`);
  const type = {
    S: dynamodb.AttributeType.STRING,
    N: dynamodb.AttributeType.NUMBER,
    B: dynamodb.AttributeType.BINARY,
  }[def.AttributeType];
  return { name, type };
};

const keyOf = (
  schema: readonly { AttributeName: AttributeName; KeyType: 'HASH' | 'RANGE' }[],
  type: 'HASH' | 'RANGE',
): dynamodb.Attribute | undefined => {
  const key = schema.find((k) => k.KeyType === type);
  return key ? attribute(key.AttributeName) : undefined;
};

/**
 * The single table, built from the same TABLE_DESIGN the local runtime uses. The stream feeds the provisioner
 * (workflow items); TTL expires idempotency records, waits and the recent-events lookback.
 */
export class Table extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: TableProps) {
    super(scope, id);
    const partitionKey = keyOf(TABLE_DESIGN.KeySchema, 'HASH');
    if (!partitionKey) throw new Error('TABLE_DESIGN has no HASH key');
    const sortKey = keyOf(TABLE_DESIGN.KeySchema, 'RANGE');
    this.table = new dynamodb.Table(this, 'Table', {
      tableName: props.tableName,
      partitionKey,
      ...(sortKey ? { sortKey } : {}),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: KEY.ttl,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const gsi of TABLE_DESIGN.GlobalSecondaryIndexes) {
      const gsiPartitionKey = keyOf(gsi.KeySchema, 'HASH');
      if (!gsiPartitionKey) throw new Error(`TABLE_DESIGN index ${gsi.IndexName} has no HASH key`);
      const gsiSortKey = keyOf(gsi.KeySchema, 'RANGE');
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.IndexName,
        partitionKey: gsiPartitionKey,
        ...(gsiSortKey ? { sortKey: gsiSortKey } : {}),
        projectionType: dynamodb.ProjectionType[gsi.Projection.ProjectionType],
      });
    }
  }
}
