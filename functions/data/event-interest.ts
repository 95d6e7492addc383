import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventInterest } from '../../statemachines/event-routing';
import type { Database } from '../shared/ports';
import { readItem } from './repository';
import { KEY, tenantKey } from './table';

/**
 * Who listens to an event type of a tenant, kept on the subscription index's version item (one strongly consistent
 * GetItem tells a publisher both, and it is the item the dispatcher reads anyway):
 *
 *   pk T#<tenantId>#SUB#<eventType>  sk #VERSION   version, subscribers (count), awaitedBy (string set)
 *
 * - `subscribers`: set in the transaction of every subscription change, with the version (functions/data/
 *   subscriptions.ts), so it is exact. An index from before the count (version > 0, no count) counts as subscribed.
 * - `awaitedBy`: the workflows whose saved definitions declare a waitFor on the type, added when a definition is saved
 *   (before it can be deployed and run), with its look-back keys (functions/data/lookback-keys.ts), and removed when
 *   the workflow is deleted. Adding to a set is idempotent, and the version is not touched (the dispatcher's cache
 *   only follows subscriptions).
 */

const AWAITED_BY = 'awaitedBy';

/** One counter per (tenant, event type), beside its subscriptions (sk sorts before `WF#`, never listed). */
export const versionKey = (tenantId: string, eventType: string) => ({
  [KEY.pk]: tenantKey(tenantId, 'SUB', eventType),
  [KEY.sk]: '#VERSION',
});

/** The version item's count of subscriptions (kept by functions/data/subscriptions.ts). */
export const SUBSCRIBERS = 'subscribers';

/** One strongly consistent read: whether anything subscribes to or awaits (tenant, event type) right now. */
export const readEventInterest = async (
  db: Database,
  tenantId: string,
  eventType: string,
): Promise<EventInterest> => interestFromItem(await readItem(db, versionKey(tenantId, eventType)));

/** The interest a version item (read strongly consistently, alone or in a caller's batch) says; none when absent. */
export const interestFromItem = (item: Record<string, unknown> | undefined): EventInterest => {
  if (!item) return { subscribed: false, awaited: false };
  const count = item[SUBSCRIBERS];
  const version = typeof item.version === 'number' ? item.version : 0;
  const awaitedBy = item[AWAITED_BY];
  return {
    subscribed: typeof count === 'number' ? count > 0 : version > 0,
    awaited: awaitedBy instanceof Set ? awaitedBy.size > 0 : Array.isArray(awaitedBy) && awaitedBy.length > 0,
  };
};

const updateAwaitedBy = (
  db: Database,
  op: 'ADD' | 'DELETE',
  tenantId: string,
  eventTypes: Iterable<string>,
  workflowId: string,
) =>
  Promise.all(
    [...new Set(eventTypes)].map((eventType) =>
      db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: versionKey(tenantId, eventType),
          UpdateExpression: `${op} #awaitedBy :workflow`,
          ExpressionAttributeNames: { '#awaitedBy': AWAITED_BY },
          ExpressionAttributeValues: { ':workflow': new Set([workflowId]) },
        }),
      ),
    ),
  );

/** The workflow's runs may wait for these event types from now on (idempotent). */
export const declareAwaited = (
  db: Database,
  tenantId: string,
  eventTypes: Iterable<string>,
  workflowId: string,
) => updateAwaitedBy(db, 'ADD', tenantId, eventTypes, workflowId);

/** The workflow is gone: its runs no longer wait for these event types (idempotent). */
export const forgetAwaited = (
  db: Database,
  tenantId: string,
  eventTypes: Iterable<string>,
  workflowId: string,
) => updateAwaitedBy(db, 'DELETE', tenantId, eventTypes, workflowId);
