import { randomUUID } from 'node:crypto';
import { type EventInterest, ROUTING_FIELD, routingOf } from '../../statemachines/event-routing';
import type { BusEvent } from '../../statemachines/events';
import type { Clock, Database, EventPublisher, ItemWrite, PublishedEvent } from '../shared/ports';
import { causingWorkflow } from '../shared/task-context';
import { activityWrites } from './activity-record';
import { readEventInterest } from './event-interest';
import { batchWriteAll } from './repository';
import { KEY } from './table';

/**
 * The bus as a run's steps see it: a run's own events (workflow.*, approval.requested, events its agents and
 * events.emit publish: anything causingWorkflow names a workflow for) go to the dispatcher only when a workflow of
 * the tenant subscribes to their type, and to the correlator only when a saved workflow declares a waitFor on it
 * (statemachines/event-routing.ts). For each such event the publisher reads the type's interest (one strongly
 * consistent GetItem per tenant and type in a publish call; or the caller read it earlier in the same invocation with
 * reads of its own, `PublishedEvent.interest`: the supervisor's start, with the workflow and settings; calendar.schedule,
 * with its lead, earlier booking and settings; email.send, with its lead; used only while EARLY_INTEREST_MAX_AGE_MS
 * old), marks `detail.routing`, publishes, and then records
 * what the correlator would have: the activity feed item and its copies, in one BatchWriteItem (a republished event
 * rewrites the same items). Other events (API, webhooks, inbound email) are published unchanged.
 *
 * The rule for a subscription or waitFor saved while runs are going (no cache: nothing is older than the read):
 * an event is routed by what is stored when its publisher reads the interest, in the invocation that puts it on the
 * bus, before PutEvents (and before any side effect of that invocation that the event reports).
 * Run metrics are not counted here: the supervisor counts them where the run record changes (functions/shared/
 * run-metrics.ts), so each recorded event is one BatchWriteItem of its item and copies. A workflow
 * saved before that read gets the event; one saved after it does not, as it would not get an event published
 * before its save. A waitFor's declaration is stored when its workflow is saved, before it can be deployed and
 * started, so a run's look-back (events since the run started) always finds every event published after the read
 * that would concern it routed to the correlator and indexed.
 */

/**
 * How old an interest read earlier in the invocation (PublishedEvent.interest) may be when the event is put on the
 * bus; an older one is read again. It bounds the window of the rule above whatever happened in between (a slow send,
 * retried writes): far below what a workflow saved in it needs to be deployed and have a run reach its waitFor.
 */
export const EARLY_INTEREST_MAX_AGE_MS = 1_000;

export interface RoutedPublisherDeps {
  readonly db: Database;
  readonly clock: Clock;
}

interface Routed {
  readonly event: PublishedEvent & { readonly id: string; readonly time: string };
  /** The correlator does not get it: recorded here. */
  readonly recordHere: boolean;
}

export const routingByInterest = (bus: EventPublisher, deps: RoutedPublisherDeps): EventPublisher => {
  const route = async (
    { interest, ...event }: PublishedEvent,
    interestOf: (tenantId: string, type: string) => Promise<EventInterest>,
  ): Promise<Routed | PublishedEvent> => {
    if (!causingWorkflow(event.detailType, event.detail)) return event;
    // The dispatcher also looks such an event up under `webhook:<source>`: left to it (never a run's own event).
    if (typeof event.detail.webhook === 'object' && event.detail.webhook !== null) return event;
    // Read earlier in this invocation by the publisher itself (with a read of its own, and recently), or now.
    const early =
      interest &&
      (interest.readAtMs === undefined ||
        deps.clock.now().getTime() - interest.readAtMs <= EARLY_INTEREST_MAX_AGE_MS)
        ? interest
        : undefined;
    const routing = routingOf(early ?? (await interestOf(event.detail.tenantId, event.detailType)));
    if (!routing) return event;
    const { [ROUTING_FIELD]: _given, ...detail } = event.detail;
    return {
      event: {
        ...event,
        // The feed item and the bus event must carry the same id and time.
        id: event.id ?? randomUUID(),
        time: event.time ?? deps.clock.now().toISOString(),
        detail: { ...detail, tenantId: event.detail.tenantId, [ROUTING_FIELD]: routing },
      },
      recordHere: routing.correlator !== undefined,
    };
  };

  const publishWithWrites = async (
    events: readonly PublishedEvent[],
    writes: readonly ItemWrite[],
    { writesFirst = false }: { readonly writesFirst?: boolean } = {},
  ) => {
    const reads = new Map<string, Promise<EventInterest>>();
    const interestOf = (tenantId: string, type: string) => {
      const key = `${tenantId}\n${type}`;
      let read = reads.get(key);
      if (!read) {
        read = readEventInterest(deps.db, tenantId, type);
        reads.set(key, read);
      }
      return read;
    };
    const routed = await Promise.all(events.map((event) => route(event, interestOf)));
    const put = () => bus.publish(routed.map((r) => ('recordHere' in r ? r.event : r)));
    if (!writesFirst) await put();
    const recordings = routed.flatMap((r) => {
      if (!('recordHere' in r) || !r.recordHere) return [];
      const recorded: BusEvent = {
        id: r.event.id,
        source: r.event.source,
        detailType: r.event.detailType,
        time: r.event.time,
        detail: r.event.detail,
      };
      return activityWrites(deps.clock, recorded);
    });
    // The caller's writes and the feed items in one BatchWriteItem (25 at most per request: more are split). A batch
    // must not name an item twice: an event published twice in one call is written once.
    const byKey = new Map<string, ItemWrite>();
    for (const w of [...writes, ...recordings]) {
      const key = 'PutRequest' in w ? w.PutRequest.Item : w.DeleteRequest.Key;
      byKey.set(`${String(key[KEY.pk])}\n${String(key[KEY.sk])}`, w);
    }
    if (byKey.size > 0) await batchWriteAll(deps.db, [...byKey.values()]);
    if (writesFirst) await put();
  };

  return {
    publish: (events) => publishWithWrites(events, []),
    publishWithWrites,
  };
};
