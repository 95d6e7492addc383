import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tenantKey } from '../data/table';
import type { Platform } from '../shared/platform';

/**
 * Redrive support: a failed run goes back to running. Written on the run item's documented key
 * (functions/data/runs.ts: pk T#<t>#RUN#<runId>, sk RUN) because the run repository treats terminal statuses as
 * final; conditional on the run still being failed, so it happens once.
 */
export const createRunReopener =
  ({ db, clock }: Pick<Platform, 'db' | 'clock'>) =>
  async (tenantId: string, runId: string): Promise<boolean> => {
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: { pk: tenantKey(tenantId, 'RUN', runId), sk: 'RUN' },
          UpdateExpression:
            'SET #status = :running, endedAt = :null, updatedAt = :now, redrivenAt = :now, redriveCount = if_not_exists(redriveCount, :zero) + :one',
          ConditionExpression: 'attribute_exists(pk) AND #status = :failed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':running': 'running',
            ':failed': 'failed',
            ':null': null,
            ':now': clock.now().toISOString(),
            ':zero': 0,
            ':one': 1,
          },
        }),
      );
      return true;
    } catch (err) {
      if ((err as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw err;
    }
  };
