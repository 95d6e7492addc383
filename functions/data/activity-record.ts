import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { BusEvent } from '../../statemachines/events';
import type { Clock, Database } from '../shared/ports';
import { activityBody, eventItemKeys, position } from './activity-item';
import { leadOf, workflowOf } from './activity-subjects';
import { batchWriteAll } from './repository';
import { KEY, tenantKey } from './table';
import { isConditionFailure } from './waits';

/**
 * Writing an activity event (functions/data/activity.ts has the layout and the reads). Kept apart so that a
 * publisher recording a run's own events (functions/data/routed-publisher.ts, in every Lambda's platform) does not
 * bundle the feed's queries.
 */

export const ACTIVITY_TTL_SECONDS = 90 * 24 * 3600;

export { normalizeTime, position } from './activity-item';

/**
 * The event item (with its feed index entries) and its by-workflow / by-lead copies, each fact kept once
 * (activity-item.ts says what is left out and how a reader gets it back).
 */
const itemsOf = (event: BusEvent, now: Date) => {
  const tenantId = event.detail.tenantId;
  const sortKey = position(event.time, event.id);
  const workflowId = workflowOf(event.detail);
  const leadId = leadOf(event.detail);
  const body = activityBody(
    event,
    now.toISOString(),
    Math.floor(now.getTime() / 1000) + ACTIVITY_TTL_SECONDS,
  );
  const sideItems: Record<string, unknown>[] = [
    ...(workflowId
      ? [
          {
            ...body,
            eventType: event.detailType,
            [KEY.pk]: tenantKey(tenantId, 'ACTIVITY', 'WF', workflowId),
            [KEY.sk]: sortKey,
          },
        ]
      : []),
    ...(leadId
      ? [
          {
            ...body,
            eventType: event.detailType,
            ...(workflowId ? { workflowId } : {}),
            [KEY.pk]: tenantKey(tenantId, 'ACTIVITY', 'LEAD', leadId),
            [KEY.sk]: sortKey,
          },
        ]
      : []),
  ];
  const eventItem = { ...body, ...eventItemKeys(tenantId, event) };
  return { eventItem, sideItems };
};

const batchPut = (db: Database, items: Record<string, unknown>[]) =>
  batchWriteAll(
    db,
    items.map((Item) => ({ PutRequest: { Item } })),
  );

/**
 * Copies first (idempotent puts), then the event item with `attribute_not_exists(pk)`: the "recorded" marker, so a
 * crash half-way is completed by the redelivery. False when it was already recorded.
 */
export const recordActivity = async (db: Database, clock: Clock, event: BusEvent): Promise<boolean> => {
  const { eventItem, sideItems } = itemsOf(event, clock.now());
  if (sideItems.length > 0) await batchPut(db, sideItems);
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: eventItem,
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': KEY.pk },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
};

/** The puts of the event item and its copies, with no once-per-id check (a caller's BatchWriteItem). */
export const activityWrites = (
  clock: Clock,
  event: BusEvent,
): { PutRequest: { Item: Record<string, unknown> } }[] => {
  const { eventItem, sideItems } = itemsOf(event, clock.now());
  return [...sideItems, eventItem].map((Item) => ({ PutRequest: { Item } }));
};

/** The event item and its copies in one BatchWriteItem, with no once-per-id check. */
export const writeActivity = (db: Database, clock: Clock, event: BusEvent): Promise<void> =>
  batchWriteAll(db, activityWrites(clock, event));
