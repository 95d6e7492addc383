import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, Database } from '../shared/ports';
import type { Item } from './platform-store';
import { GSI1, tenantKey } from './table';

/**
 * Deadlines of open Express runs. Step Functions sends no status-change event for Express executions and offers no
 * DescribeExecution, so a run whose execution ended without closing it (past its 5 minutes, or a failure the
 * supervisor could not record) would stay "running" forever; the sweeper closes runs past their deadline.
 *
 *   deadline  pk T#<t>#RUN#<runId>  sk DEADLINE   gsi1pk SYSTEM#EXPRESS_RUN_DEADLINES  gsi1sk <deadline>#<t>#<runId>
 *
 * The index partition is not tenant-scoped (like the invoicing tenants'): only the sweeper reads it.
 */
export const EXPRESS_RUN_DEADLINES = 'SYSTEM#EXPRESS_RUN_DEADLINES';

export interface RunDeadline {
  readonly tenantId: string;
  readonly runId: string;
  readonly deadlineAt: string;
}

const deadlineKey = (tenantId: string, runId: string) => ({
  pk: tenantKey(tenantId, 'RUN', runId),
  sk: 'DEADLINE',
});

export const createRunDeadlines = ({ db, clock }: { db: Database; clock: Clock }) => {
  /** The item that opens a run's deadline (put it alone with open, or in a batch). */
  const item = (tenantId: string, runId: string, deadlineAt: string): Item => ({
    ...deadlineKey(tenantId, runId),
    type: 'runDeadline',
    tenantId,
    runId,
    deadlineAt,
    gsi1pk: EXPRESS_RUN_DEADLINES,
    gsi1sk: `${deadlineAt}#${tenantId}#${runId}`,
    createdAt: clock.now().toISOString(),
  });
  return {
    item,
    /** Idempotent: a retried start writes the same item. */
    async open(tenantId: string, runId: string, deadlineAt: string): Promise<void> {
      await db.doc.send(new PutCommand({ TableName: db.tableName, Item: item(tenantId, runId, deadlineAt) }));
    },

    /** The key that closes a run's deadline (delete it alone with close, or in a batch). */
    key: deadlineKey,

    async close(tenantId: string, runId: string): Promise<void> {
      await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: deadlineKey(tenantId, runId) }));
    },

    /** Deadlines passed by `now`, oldest first (at most `limit`). */
    async due(now: Date, limit = 500): Promise<RunDeadline[]> {
      const out: RunDeadline[] = [];
      let startKey: Item | undefined;
      do {
        const page = await db.doc.send(
          new QueryCommand({
            TableName: db.tableName,
            IndexName: GSI1,
            KeyConditionExpression: 'gsi1pk = :p AND gsi1sk < :now',
            ExpressionAttributeValues: { ':p': EXPRESS_RUN_DEADLINES, ':now': now.toISOString() },
            Limit: limit - out.length,
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        for (const i of page.Items ?? []) {
          out.push({
            tenantId: i.tenantId as string,
            runId: i.runId as string,
            deadlineAt: i.deadlineAt as string,
          });
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey && out.length < limit);
      return out;
    },
  };
};

export type RunDeadlines = ReturnType<typeof createRunDeadlines>;
