import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The single table. Every key starts with the tenant (`T#<tenantId>#…`), so no access path crosses tenants.
 * The access-pattern table is docs/data-model.md. Infra (CDK) and the local runtime both create the table from
 * TABLE_DESIGN, so the two cannot drift.
 */
export const KEY = {
  pk: 'pk',
  sk: 'sk',
  gsi1pk: 'gsi1pk',
  gsi1sk: 'gsi1sk',
  gsi2pk: 'gsi2pk',
  gsi2sk: 'gsi2sk',
  /** Epoch seconds; DynamoDB TTL deletes the item some time after. Readers must also ignore expired items. */
  ttl: 'ttl',
} as const;

export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';

/** `T#<tenantId>#<part>#<part>…` — the only way keys are built. */
export const tenantKey = (tenantId: string, ...parts: readonly (string | number)[]): string =>
  ['T', tenantId, ...parts].join('#');

// A call marked pure: esbuild keeps an object literal that reads KEY even where nothing uses it, as in every Lambda
// bundle (only infra and the local runtime read the design): -0.7 KB in each.
export const TABLE_DESIGN = /* @__PURE__ */ (() =>
  ({
    AttributeDefinitions: [
      { AttributeName: KEY.pk, AttributeType: 'S' },
      { AttributeName: KEY.sk, AttributeType: 'S' },
      { AttributeName: KEY.gsi1pk, AttributeType: 'S' },
      { AttributeName: KEY.gsi1sk, AttributeType: 'S' },
      { AttributeName: KEY.gsi2pk, AttributeType: 'S' },
      { AttributeName: KEY.gsi2sk, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: KEY.pk, KeyType: 'HASH' },
      { AttributeName: KEY.sk, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: GSI1,
        KeySchema: [
          { AttributeName: KEY.gsi1pk, KeyType: 'HASH' },
          { AttributeName: KEY.gsi1sk, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: GSI2,
        KeySchema: [
          { AttributeName: KEY.gsi2pk, KeyType: 'HASH' },
          { AttributeName: KEY.gsi2sk, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
    BillingMode: 'PAY_PER_REQUEST',
  }) as const satisfies Omit<CreateTableCommandInput, 'TableName'>)();

export const createTableInput = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  ...structuredClone(TABLE_DESIGN),
});

/**
 * Run log entries. Written both by functions and by the compiled state machine's direct DynamoDB `log` action,
 * so the compiler (statemachines/compile) builds the same keys with States.Format.
 *   pk     T#<tenantId>#RUN#<runId>      sk     LOG#<ISO time>#<stepId>
 *   gsi1pk T#<tenantId>#LOGS             gsi1sk <ISO time>#<runId>#<stepId>
 */
export const logKeys = (tenantId: string, runId: string, at: string, stepId: string) => ({
  pk: tenantKey(tenantId, 'RUN', runId),
  sk: `LOG#${at}#${stepId}`,
  gsi1pk: tenantKey(tenantId, 'LOGS'),
  gsi1sk: `${at}#${runId}#${stepId}`,
});
