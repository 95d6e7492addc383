import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { putIf, readItem } from '../data/repository';
import { runKey } from '../data/runs';
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
 *
 * With `runStarted` (the dispatcher: the execution name is the run id), a start is not marked `started` (one write
 * less per run): the run record its execution writes first tells a started claim from a dead one. The claim is then
 * put only where none exists; a claim found in place counts as started when its run exists, is taken over (a
 * conditional put on the claim as read) when it is past its lease with no run, and is in progress otherwise.
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

export const createStartGuard = ({
  db,
  clock,
  runStarted,
}: {
  db: Database;
  clock: Clock;
  /** Whether the execution of that name has recorded its run (then no `started` mark is written). */
  runStarted?: (tenantId: string, executionName: string) => Promise<boolean>;
}): StartGuard => {
  const epoch = () => Math.floor(clock.now().getTime() / 1000);
  const pendingClaim = (tenantId: string, executionName: string, now: number) => ({
    ...guardKey(tenantId, executionName),
    type: 'expressStart',
    tenantId,
    executionName,
    status: 'pending',
    claimedAt: now,
    [KEY.ttl]: now + START_GUARD_TTL_SECONDS,
  });
  const names = { '#pk': KEY.pk, '#status': 'status', '#claimedAt': 'claimedAt' };

  /** A claim found in place: started if its run exists, taken over if it is past its lease, else in progress. */
  const claimFoundInPlace = async (
    tenantId: string,
    executionName: string,
    started: NonNullable<typeof runStarted>,
  ): Promise<GuardClaim> => {
    const existing = await readItem(db, guardKey(tenantId, executionName));
    if (existing?.status === 'started' || (await started(tenantId, executionName))) return 'alreadyStarted';
    const now = epoch();
    const seen = existing?.claimedAt;
    if (existing && (typeof seen !== 'number' || seen >= now - START_GUARD_LEASE_SECONDS))
      return 'inProgress';
    const taken = await putIf(db, pendingClaim(tenantId, executionName, now), {
      expression: existing ? '#status = :pending AND #claimedAt = :seen' : 'attribute_not_exists(#pk)',
      names: existing ? { '#status': 'status', '#claimedAt': 'claimedAt' } : { '#pk': KEY.pk },
      ...(existing ? { values: { ':pending': 'pending', ':seen': seen } } : {}),
    });
    return taken ? 'claimed' : 'inProgress';
  };

  return {
    async claim(tenantId, executionName) {
      const now = epoch();
      const claimed = await putIf(
        db,
        pendingClaim(tenantId, executionName, now),
        runStarted
          ? { expression: 'attribute_not_exists(#pk)', names: { '#pk': KEY.pk } }
          : {
              expression: 'attribute_not_exists(#pk) OR (#status = :pending AND #claimedAt < :stale)',
              names,
              values: { ':pending': 'pending', ':stale': now - START_GUARD_LEASE_SECONDS },
            },
      );
      if (claimed) return 'claimed';
      if (runStarted) return claimFoundInPlace(tenantId, executionName, runStarted);
      const existing = await readItem(db, guardKey(tenantId, executionName));
      return existing?.status === 'started' ? 'alreadyStarted' : 'inProgress';
    },

    async markStarted(tenantId, executionName, executionArn) {
      if (runStarted) return; // its run record says so
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

/** The dispatcher's `runStarted`: an Express run's id is its execution's name, and "Start run" records it first. */
export const runRecorded =
  (db: Database) =>
  async (tenantId: string, executionName: string): Promise<boolean> =>
    (await readItem(db, runKey(tenantId, executionName))) !== undefined;
