import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { putIf, readItem } from '../data/repository';
import { KEY, tenantKey } from '../data/table';
import { isConditionFailure } from '../data/waits';
import type { Clock, Database } from '../shared/ports';

/**
 * Express executions do not de-duplicate by name, so an Express start is guarded by a conditional write:
 *
 *   pk T#<tenantId>#XSTART#<executionName>   sk XSTART   status pending|started   ttl 7 days
 *
 * `claim` wins once; a `pending` claim older than the lease belongs to a crashed attempt and is taken over, a
 * failed start releases it, so a redelivered event neither starts twice nor gets lost.
 */
export const START_GUARD_TTL_SECONDS = 7 * 24 * 3600;
export const START_GUARD_LEASE_SECONDS = 60;

export type GuardClaim = 'claimed' | 'alreadyStarted' | 'inProgress';

export interface StartGuard {
  claim(tenantId: string, executionName: string): Promise<GuardClaim>;
  markStarted(tenantId: string, executionName: string, executionArn: string): Promise<void>;
  release(tenantId: string, executionName: string): Promise<void>;
}

const guardKey = (tenantId: string, executionName: string) => ({
  [KEY.pk]: tenantKey(tenantId, 'XSTART', executionName),
  [KEY.sk]: 'XSTART',
});

export const createStartGuard = ({ db, clock }: { db: Database; clock: Clock }): StartGuard => {
  const epoch = () => Math.floor(clock.now().getTime() / 1000);
  return {
    async claim(tenantId, executionName) {
      const now = epoch();
      const claimed = await putIf(
        db,
        {
          ...guardKey(tenantId, executionName),
          type: 'expressStart',
          tenantId,
          executionName,
          status: 'pending',
          claimedAt: now,
          [KEY.ttl]: now + START_GUARD_TTL_SECONDS,
        },
        {
          expression: 'attribute_not_exists(#pk) OR (#status = :pending AND #claimedAt < :stale)',
          names: { '#pk': KEY.pk, '#status': 'status', '#claimedAt': 'claimedAt' },
          values: { ':pending': 'pending', ':stale': now - START_GUARD_LEASE_SECONDS },
        },
      );
      if (claimed) return 'claimed';
      const existing = await readItem(db, guardKey(tenantId, executionName));
      return existing?.status === 'started' ? 'alreadyStarted' : 'inProgress';
    },

    async markStarted(tenantId, executionName, executionArn) {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: guardKey(tenantId, executionName),
          UpdateExpression: 'SET #status = :started, executionArn = :arn',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':started': 'started', ':arn': executionArn },
        }),
      );
    },

    async release(tenantId, executionName) {
      await db.doc
        .send(
          new DeleteCommand({
            TableName: db.tableName,
            Key: guardKey(tenantId, executionName),
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':pending': 'pending' },
          }),
        )
        .catch((error: unknown) => {
          if (!isConditionFailure(error)) throw error;
        });
    },
  };
};
