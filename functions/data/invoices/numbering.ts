import type { Database } from '../../shared/ports';
import { POLICIES, retry } from '../../shared/retry';
import { type Item, readItem, transact, VersionConflictError } from '../repository';

import { counterKey, INVOICING_TENANTS } from './items';

/**
 * Gapless per-tenant numbers: the counter goes from n to n+1 (conditioned on n, as read) in the same transaction as
 * the invoice that takes number n+1.
 */

const readCounter = async (db: Database, tenantId: string): Promise<number> =>
  ((await readItem(db, counterKey(tenantId)))?.value as number | undefined) ?? 0;

/**
 * Writes `build(n+1)` together with the counter n -> n+1, retrying while other issuers win
 * (POLICIES.invoiceNumber: each lost race is another issuer's success).
 */
export const issueWithNextNumber = (
  db: Database,
  tenantId: string,
  build: (sequence: number) => { item: Item; condition?: { expression: string; values: Item } },
): Promise<number> =>
  retry(
    async () => {
      const last = await readCounter(db, tenantId);
      const sequence = last + 1;
      const { item, condition } = build(sequence);
      await transact(db, [
        {
          label: `invoice counter of ${tenantId}`,
          onConditionFailed: () => new VersionConflictError('invoice counter', tenantId, last),
          item: {
            Put: {
              TableName: db.tableName,
              Item: {
                ...counterKey(tenantId),
                type: 'invoiceCounter',
                tenantId,
                value: sequence,
                gsi1pk: INVOICING_TENANTS,
                gsi1sk: tenantId,
              },
              ...(last === 0
                ? { ConditionExpression: 'attribute_not_exists(pk)' }
                : {
                    ConditionExpression: '#value = :last',
                    ExpressionAttributeNames: { '#value': 'value' },
                    ExpressionAttributeValues: { ':last': last },
                  }),
            },
          },
        },
        {
          label: `invoice ${item.id as string}`,
          onConditionFailed: () => new VersionConflictError('invoice', item.id as string),
          item: {
            Put: {
              TableName: db.tableName,
              Item: item,
              ConditionExpression: condition?.expression ?? 'attribute_not_exists(pk)',
              ...(condition ? { ExpressionAttributeValues: condition.values } : {}),
            },
          },
        },
      ]);
      return sequence;
    },
    POLICIES.invoiceNumber,
    {
      retryOn: (error) => error instanceof VersionConflictError && error.entity === 'invoice counter',
    },
  );
