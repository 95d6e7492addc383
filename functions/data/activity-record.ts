import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { BusEvent } from '../../statemachines/events';
import type { Clock, Database } from '../shared/ports';
import { leadOf, workflowOf } from './activity-subjects';
import { documentAttribute } from './documents';
import { batchWriteAll } from './repository';
import { KEY, tenantKey } from './table';
import { isConditionFailure } from './waits';

/**
 * Writing an activity event (functions/data/activity.ts has the layout and the reads). Kept apart so that a
 * publisher recording a run's own events (functions/data/routed-publisher.ts, in every Lambda's platform) does not
 * bundle the feed's queries.
 */

export const ACTIVITY_TTL_SECONDS = 90 * 24 * 3600;

export const normalizeTime = (time: string): string => {
  const t = new Date(time);
  return Number.isNaN(t.getTime()) ? time : t.toISOString();
};

export const position = (time: string, eventId: string) => `${normalizeTime(time)}#${eventId}`;

/** An event's detail of this much JSON or more is stored deflated (documents.ts): it keeps most feed items under 1 KB. */
export const COMPACT_DETAIL_FROM_BYTES = 256;

/** The event id in an activity item's position (`<time>#<eventId>`: the event item's gsi1sk, a copy's sk). */
export const eventIdOfPosition = (sortKey: string): string => sortKey.slice(sortKey.indexOf('#') + 1);

/**
 * The event item (with its feed index entries) and its by-workflow / by-lead copies. Every byte is billed three times
 * on the event item (it and its two index entries project whole), so nothing is kept twice: the tenant is in every
 * key and the detail, the event id is read back from the item's position, the run and the lead it is about from its
 * detail (activity-subjects.ts), which is deflated when large; only by-lead copies keep the workflow beside it (the
 * by-lead feed filters on it).
 */
const itemsOf = (event: BusEvent, now: Date) => {
  const tenantId = event.detail.tenantId;
  const sortKey = position(event.time, event.id);
  const workflowId = workflowOf(event.detail);
  const leadId = leadOf(event.detail);
  const body = {
    type: 'activity',
    eventType: event.detailType,
    source: event.source,
    time: event.time,
    ...documentAttribute('detail', event.detail, COMPACT_DETAIL_FROM_BYTES),
    receivedAt: now.toISOString(),
    [KEY.ttl]: Math.floor(now.getTime() / 1000) + ACTIVITY_TTL_SECONDS,
  };
  const sideItems: Record<string, unknown>[] = [
    ...(workflowId
      ? [{ ...body, [KEY.pk]: tenantKey(tenantId, 'ACTIVITY', 'WF', workflowId), [KEY.sk]: sortKey }]
      : []),
    ...(leadId
      ? [
          {
            ...body,
            ...(workflowId ? { workflowId } : {}),
            [KEY.pk]: tenantKey(tenantId, 'ACTIVITY', 'LEAD', leadId),
            [KEY.sk]: sortKey,
          },
        ]
      : []),
  ];
  const eventItem = {
    ...body,
    [KEY.pk]: tenantKey(tenantId, 'EVENT', event.id),
    [KEY.sk]: 'EVENT',
    [KEY.gsi1pk]: tenantKey(tenantId, 'ACTIVITY'),
    [KEY.gsi1sk]: sortKey,
    [KEY.gsi2pk]: tenantKey(tenantId, 'ACTIVITY', 'TYPE', event.detailType),
    [KEY.gsi2sk]: sortKey,
  };
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

/** The event item and its copies in one BatchWriteItem, with no once-per-id check. */
export const writeActivity = async (db: Database, clock: Clock, event: BusEvent): Promise<void> => {
  const { eventItem, sideItems } = itemsOf(event, clock.now());
  await batchPut(db, [...sideItems, eventItem]);
};
