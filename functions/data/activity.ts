import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { BusEvent } from '../../statemachines/events';
import { BadRequestError } from '../shared/errors';
import type { Clock, Database } from '../shared/ports';
import { type ActivityEvent, activityFromItem } from './activity-item';
import { newestForLead } from './activity-reads';
import { recordActivity, writeActivity } from './activity-record';
import { batchWriteAll } from './repository';
import { GSI1, GSI2, KEY, tenantKey } from './table';
import { correlates, correlationCandidates, correlationValue, readPath } from './waits';

/**
 * The activity feed (the Events module): every bus event, recorded once by the correlator, newest first, kept
 * 90 days. Plus the recent-events look-back index a wait registration reads to catch a reply that arrived before
 * the wait was stored.
 *
 *   event    pk T#<t>#EVENT#<eventId>                sk EVENT                 (once per event id: conditional put)
 *            gsi1pk T#<t>#ACTIVITY                   gsi1sk <time>#<eventId>   (all events, newest first)
 *            gsi2pk T#<t>#ACTIVITY#TYPE#<type>       gsi2sk <time>#<eventId>   (by type)
 *   copies   pk T#<t>#ACTIVITY#WF#<workflowId>       sk <time>#<eventId>       (by workflow)
 *            pk T#<t>#ACTIVITY#LEAD#<leadId>         sk <time>#<eventId>       (by lead)
 *   recent   pk T#<t>#RECENT#<type>#<field>#<value>  sk <time>#<eventId>       ttl 24 h (look-back)
 *
 * Copies are written before the event item, so a crash half-way is completed by the redelivery (their puts are
 * idempotent) and the event item, written last, is the "recorded" marker. Look-back entries are written by
 * indexRecent, only for the field sets waitFor steps declare or pending waits use (the first field of each, which
 * recentMatching queries by), every time the event is delivered.
 */

export { ACTIVITY_TTL_SECONDS } from './activity-record';
export const RECENT_EVENT_TTL_SECONDS = 24 * 3600;
const ANY_FIELD = '*';

export type { ActivityEvent } from './activity-item';

export interface ActivityQuery {
  readonly type?: string;
  readonly workflowId?: string;
  readonly leadId?: string;
  /** 1..200, default 50. */
  readonly limit?: number;
  /** From a previous page's nextCursor: continue with older events. */
  readonly cursor?: string;
  /** Only events newer than this: a cursor (an item's position, see ActivityPage.newestCursor) or an ISO time. */
  readonly since?: string;
}

export interface ActivityPage {
  readonly items: ActivityEvent[];
  /** Set when older events remain. */
  readonly nextCursor?: string;
  /** Position of the newest item: pass as `since` to poll for what is newer. */
  readonly newestCursor?: string;
}

export interface ActivityStore {
  /** Records the event once per id; false when it was already recorded (duplicate delivery). */
  record(event: BusEvent): Promise<boolean>;
  /**
   * Writes the event item and its copies in one BatchWriteItem, without the once-per-id check (a repeat writes the
   * same items again): for a publisher that needs no "first time" answer (no metric counted from the event).
   */
  write(event: BusEvent): Promise<void>;
  /** Look-back entries of the event for these field sets (idempotent); an empty set = any event of the type. */
  indexRecent(event: BusEvent, fieldSets: readonly (readonly string[])[]): Promise<void>;
  get(tenantId: string, eventId: string): Promise<ActivityEvent | undefined>;
  list(tenantId: string, query?: ActivityQuery): Promise<ActivityPage>;
  /**
   * Events of `type` whose detail carries every field of `match`, with time >= `since` (oldest first), from the
   * look-back index (strongly consistent).
   */
  recentMatching(
    tenantId: string,
    type: string,
    match: Readonly<Record<string, unknown>>,
    since: string,
  ): Promise<ActivityEvent[]>;
  /**
   * The lead's newest events of `types` (its by-lead feed, newest first): every one of the newest millisecond that
   * has any, so a tie is seen whole. Empty when the feed has none. One Query in the usual case (pages of 50 items).
   */
  newestForLead(tenantId: string, leadId: string, types: readonly string[]): Promise<ActivityEvent[]>;
}

export { leadOf, runOf, workflowOf } from './activity-subjects';

import { normalizeTime, position } from './activity-record';

const encodeCursor = (sortKey: string): string => Buffer.from(sortKey, 'utf8').toString('base64url');
const decodeCursor = (cursor: string): string | undefined => {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^\d{4}-\d{2}-\d{2}T[^#]+#.+$/.test(text) ? text : undefined;
};

const recentKey = (tenantId: string, type: string, field: string, value: unknown) =>
  tenantKey(tenantId, 'RECENT', type, field, correlationValue(value));

export const createActivityStore = ({ db, clock }: { db: Database; clock: Clock }): ActivityStore => {
  const epoch = () => Math.floor(clock.now().getTime() / 1000);

  const batchPut = (items: Record<string, unknown>[]) =>
    batchWriteAll(
      db,
      items.map((Item) => ({ PutRequest: { Item } })),
    );

  const getEvent = async (tenantId: string, eventId: string) => {
    const result = await db.doc.send(
      new GetCommand({
        TableName: db.tableName,
        Key: { [KEY.pk]: tenantKey(tenantId, 'EVENT', eventId), [KEY.sk]: 'EVENT' },
        ConsistentRead: true,
      }),
    );
    if (!result.Item) return undefined;
    const ttl = result.Item[KEY.ttl];
    return typeof ttl === 'number' && ttl < epoch() ? undefined : activityFromItem(tenantId, result.Item);
  };

  return {
    record: (event) => recordActivity(db, clock, event),
    write: (event) => writeActivity(db, clock, event),

    async indexRecent(event, fieldSets) {
      const tenantId = event.detail.tenantId;
      const sortKey = position(event.time, event.id);
      const ttl = Math.floor(clock.now().getTime() / 1000) + RECENT_EVENT_TTL_SECONDS;
      const keys = new Set<string>();
      for (const fields of fieldSets) {
        // recentMatching reads the entry of the first field (sorted); `*` = "any event of this type".
        const first = [...fields].sort()[0];
        if (first === undefined) keys.add(recentKey(tenantId, event.detailType, ANY_FIELD, ANY_FIELD));
        else {
          for (const value of correlationCandidates(readPath(event.detail, first)))
            keys.add(recentKey(tenantId, event.detailType, first, value));
        }
      }
      if (keys.size === 0) return;
      await batchPut(
        [...keys].map((pk) => ({
          [KEY.pk]: pk,
          [KEY.sk]: sortKey,
          [KEY.ttl]: ttl,
          type: 'recentEvent',
          eventId: event.id,
          time: event.time,
        })),
      );
    },

    get: getEvent,

    async list(tenantId, query = {}) {
      const limit = Math.max(1, Math.min(200, query.limit ?? 50));
      const names: Record<string, string> = { '#ttl': KEY.ttl };
      const values: Record<string, unknown> = { ':now': epoch() };
      const filters = ['(attribute_not_exists(#ttl) OR #ttl > :now)'];
      let index: string | undefined;
      let pkName: string;
      let skName: string;
      if (query.leadId) {
        [pkName, skName] = [KEY.pk, KEY.sk];
        values[':pk'] = tenantKey(tenantId, 'ACTIVITY', 'LEAD', query.leadId);
      } else if (query.workflowId) {
        [pkName, skName] = [KEY.pk, KEY.sk];
        values[':pk'] = tenantKey(tenantId, 'ACTIVITY', 'WF', query.workflowId);
      } else if (query.type) {
        [index, pkName, skName] = [GSI2, KEY.gsi2pk, KEY.gsi2sk];
        values[':pk'] = tenantKey(tenantId, 'ACTIVITY', 'TYPE', query.type);
      } else {
        [index, pkName, skName] = [GSI1, KEY.gsi1pk, KEY.gsi1sk];
        values[':pk'] = tenantKey(tenantId, 'ACTIVITY');
      }
      if (query.type && (query.leadId || query.workflowId)) {
        names['#eventType'] = 'eventType';
        values[':type'] = query.type;
        filters.push('#eventType = :type');
      }
      if (query.leadId && query.workflowId) {
        names['#workflowId'] = 'workflowId';
        values[':wf'] = query.workflowId;
        filters.push('#workflowId = :wf');
      }
      names['#pk'] = pkName;
      const before = query.cursor ? decodeCursor(query.cursor) : undefined;
      const after = query.since
        ? (decodeCursor(query.since) ??
          (Number.isNaN(Date.parse(query.since)) ? undefined : normalizeTime(query.since)))
        : undefined;
      if (query.cursor && !before) {
        throw new BadRequestError('Invalid cursor', [
          { path: 'query.cursor', message: 'not a cursor of the events feed' },
        ]);
      }
      if (query.since && !after) {
        throw new BadRequestError('Invalid since', [
          { path: 'query.since', message: 'expected a newestCursor of the events feed or an ISO-8601 time' },
        ]);
      }
      let keyCondition = '#pk = :pk';
      if (before || after) names['#sk'] = skName;
      if (before && after) {
        keyCondition += ' AND #sk BETWEEN :after AND :before';
        values[':before'] = before;
        values[':after'] = after;
      } else if (before) {
        keyCondition += ' AND #sk < :before';
        values[':before'] = before;
      } else if (after) {
        keyCondition += ' AND #sk > :after';
        values[':after'] = after;
      }

      const items: ActivityEvent[] = [];
      let lastSortKey: string | undefined;
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      let more = false;
      do {
        const page = await db.doc.send(
          new QueryCommand({
            TableName: db.tableName,
            ...(index ? { IndexName: index } : {}),
            KeyConditionExpression: keyCondition,
            FilterExpression: filters.join(' AND '),
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ScanIndexForward: false,
            Limit: limit + 1,
            ExclusiveStartKey,
          }),
        );
        for (const item of page.Items ?? []) {
          const sortKey = String(item[skName]);
          if (sortKey === before || sortKey === after) continue;
          if (items.length === limit) {
            more = true;
            break;
          }
          items.push(activityFromItem(tenantId, item));
          lastSortKey = sortKey;
        }
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (!more && ExclusiveStartKey);
      const first = items[0];
      return {
        items,
        ...(more && lastSortKey ? { nextCursor: encodeCursor(lastSortKey) } : {}),
        ...(first ? { newestCursor: encodeCursor(position(first.time, first.eventId)) } : {}),
      };
    },

    newestForLead: (tenantId, leadId, types) => newestForLead({ db, clock }, tenantId, leadId, types),

    async recentMatching(tenantId, type, match, since) {
      const fields = Object.keys(match).sort();
      const first = fields[0];
      const pk =
        first === undefined
          ? recentKey(tenantId, type, ANY_FIELD, ANY_FIELD)
          : recentKey(tenantId, type, first, match[first]);
      // EventBridge times have second precision: compare from the start of the run's second.
      const from = `${normalizeTime(since).slice(0, 19)}`;
      const candidates: string[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await db.doc.send(
          new QueryCommand({
            TableName: db.tableName,
            KeyConditionExpression: '#pk = :pk AND #sk >= :from',
            ExpressionAttributeNames: { '#pk': KEY.pk, '#sk': KEY.sk },
            ExpressionAttributeValues: {
              ':pk': pk,
              ':from': from,
            },
            ConsistentRead: true,
            ExclusiveStartKey,
          }),
        );
        for (const item of page.Items ?? []) {
          if (typeof item[KEY.ttl] === 'number' && item[KEY.ttl] < epoch()) continue;
          candidates.push(String(item.eventId));
        }
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      const events: ActivityEvent[] = [];
      for (const eventId of candidates) {
        // Missing: the correlator is recording it right now and will check the waits itself afterwards.
        const event = await getEvent(tenantId, eventId);
        if (!event) continue;
        const all = fields.every((f) => correlates(readPath(event.detail, f), match[f]));
        if (all) events.push(event);
      }
      return events;
    },
  };
};
