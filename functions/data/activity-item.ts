import { ROUTING_FIELD, routingOf } from '../../statemachines/event-routing';
import type { BusEvent } from '../../statemachines/events';
import { currentDetail } from '../shared/event-upgrades';
import { leadOf, runOf, workflowOf } from './activity-subjects';
import { documentAttribute, readDocument } from './documents';
import { KEY, tenantKey } from './table';

/**
 * What an activity item holds, and how it is read back (functions/data/activity.ts has the layout). Each fact is
 * kept once, without deflating anything: DynamoDB bills a write unit per started KB of an item, and the event item is
 * billed three times (it and its two feed index entries, which project the whole item), so a run event's item of
 * 1.2-1.3 KB cost 6 units where one under 1 KB costs 3. Left out, because the item's keys or its detail say them:
 *
 * - the tenant (every key starts with it): no `tenantId` beside the detail, and none inside it;
 * - the event id and time: the item's position `<time>#<eventId>` (the event item's gsi1sk, a copy's sk) has both;
 *   kept only when the position cannot give them back exactly (a time that is not an ISO instant in milliseconds);
 * - the event type on the event item (its by-type key, gsi2pk, ends with it; copies keep it: their feeds filter on it);
 * - the source when it is the one the type's module publishes with (`dynaris.<first part of the type>`);
 * - the workflow, run and lead the event is about (activity-subjects.ts reads them from the detail, as the writer
 *   did); by-lead copies keep `workflowId`, which the by-lead feed filters on;
 * - the time it was recorded as milliseconds after the event's time (`receivedMs`), when that gives it back exactly,
 *   and nothing when it is the event's time;
 * - the publisher's routing marks (`detail.routing`, statemachines/event-routing.ts), when they are the detail's last
 *   field and one of the three a publisher sets: as a code (`rt`: `d`, `c` or `dc`), appended back by the reader
 *   (session 27: about 60 bytes of every run event's item, billed three times, for the long-name margin of
 *   docs/cost.md).
 *
 * Items written before keep those attributes, and a reader takes whichever is there.
 */

export const normalizeTime = (time: string): string => {
  const t = new Date(time);
  return Number.isNaN(t.getTime()) ? time : t.toISOString();
};

export const position = (time: string, eventId: string) => `${normalizeTime(time)}#${eventId}`;

/** The source an event of this type is published with by its own module (`booking.created` -> `dynaris.booking`). */
const usualSource = (type: string) => `dynaris.${type.split('.')[0]}`;

/** The routing marks a publisher sets, by their stored code. */
const ROUTING_CODES: Readonly<Record<string, Record<string, string> | undefined>> = {
  d: routingOf({ subscribed: false, awaited: true }),
  c: routingOf({ subscribed: true, awaited: false }),
  dc: routingOf({ subscribed: false, awaited: false }),
};

/** The code of the detail's routing marks, when they are its last field and one a publisher sets. */
const routingCode = (detail: Record<string, unknown>): string | undefined => {
  const fields = Object.keys(detail);
  if (fields[fields.length - 1] !== ROUTING_FIELD) return undefined;
  const marks = JSON.stringify(detail[ROUTING_FIELD]);
  return Object.keys(ROUTING_CODES).find((code) => JSON.stringify(ROUTING_CODES[code]) === marks);
};

/** The attributes every item of the event shares (no keys): what its position and keys cannot say. */
export const activityBody = (event: BusEvent, recordedAt: string, ttl: number): Record<string, unknown> => {
  const { tenantId: _tenant, ...withRouting } = event.detail;
  const rt = routingCode(withRouting);
  const { [ROUTING_FIELD]: _marks, ...withoutRouting } = withRouting;
  const detail = rt ? withoutRouting : withRouting;
  const at = normalizeTime(event.time);
  const receivedMs = Date.parse(recordedAt) - Date.parse(event.time);
  const receivedExactly =
    Number.isFinite(receivedMs) && new Date(Date.parse(event.time) + receivedMs).toISOString() === recordedAt;
  return {
    ...(event.source === usualSource(event.detailType) ? {} : { source: event.source }),
    // The position is `<time>#<eventId>`: it gives both back when the time is an ISO instant (no '#') as it came.
    ...(at.includes('#')
      ? { time: event.time, eventId: event.id }
      : at === event.time
        ? {}
        : { time: event.time }),
    ...documentAttribute('detail', detail),
    ...(rt ? { rt } : {}),
    // Recorded at the event's own time (an ISO instant): the reader's default.
    ...(receivedExactly
      ? receivedMs === 0 && at === event.time
        ? {}
        : { receivedMs }
      : { receivedAt: recordedAt }),
    [KEY.ttl]: ttl,
  };
};

/** The event item's keys: once per event id, in the tenant's feed and its by-type feed. */
export const eventItemKeys = (tenantId: string, event: BusEvent) => {
  const sortKey = position(event.time, event.id);
  return {
    [KEY.pk]: tenantKey(tenantId, 'EVENT', event.id),
    [KEY.sk]: 'EVENT',
    [KEY.gsi1pk]: tenantKey(tenantId, 'ACTIVITY'),
    [KEY.gsi1sk]: sortKey,
    [KEY.gsi2pk]: tenantKey(tenantId, 'ACTIVITY', 'TYPE', event.detailType),
    [KEY.gsi2sk]: sortKey,
  };
};

export interface ActivityEvent {
  readonly eventId: string;
  readonly type: string;
  readonly source: string;
  readonly time: string;
  readonly detail: Record<string, unknown>;
  readonly workflowId?: string;
  readonly runId?: string;
  readonly leadId?: string;
  readonly receivedAt: string;
}

const text = (item: Record<string, unknown>, name: string): string | undefined =>
  typeof item[name] === 'string' ? (item[name] as string) : undefined;

/** An activity item of the tenant (the event item or a copy, of either shape) as the event it records. */
export const activityFromItem = (tenantId: string, item: Record<string, unknown>): ActivityEvent => {
  const at = String(item[KEY.sk] === 'EVENT' ? item[KEY.gsi1sk] : item[KEY.sk]);
  const hash = at.indexOf('#');
  const stored = readDocument(item, 'detail') ?? {};
  const marks = typeof item.rt === 'string' ? ROUTING_CODES[item.rt] : undefined;
  const typePrefix = `${tenantKey(tenantId, 'ACTIVITY', 'TYPE')}#`;
  const gsi2pk = text(item, KEY.gsi2pk);
  const type =
    text(item, 'eventType') ?? (gsi2pk?.startsWith(typePrefix) ? gsi2pk.slice(typePrefix.length) : '');
  const detail = {
    ...('tenantId' in stored ? {} : { tenantId }),
    ...stored,
    ...(marks && !(ROUTING_FIELD in stored) ? { [ROUTING_FIELD]: { ...marks } } : {}),
  };
  const time = text(item, 'time') ?? at.slice(0, hash);
  const receivedMs = item.receivedMs;
  const receivedAt =
    text(item, 'receivedAt') ??
    (typeof receivedMs === 'number' ? new Date(Date.parse(time) + receivedMs).toISOString() : time);
  const workflowId = text(item, 'workflowId') ?? workflowOf(detail);
  const runId = text(item, 'runId') ?? runOf(detail);
  const leadId = text(item, 'leadId') ?? leadOf(detail);
  return {
    eventId: text(item, 'eventId') ?? at.slice(hash + 1),
    type,
    source: text(item, 'source') ?? usualSource(type),
    time,
    detail: currentDetail(type, detail),
    receivedAt,
    ...(workflowId ? { workflowId } : {}),
    ...(runId ? { runId } : {}),
    ...(leadId ? { leadId } : {}),
  };
};
