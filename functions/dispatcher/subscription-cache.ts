import { type EventPattern, type IndexMatch, PatternIndex } from '../../statemachines/patterns';
import type { StoredSubscription, SubscriptionStore } from '../data/subscriptions';

/**
 * The warm Lambda's routing index: for each (tenant, event type), the subscribers' patterns filed in a PatternIndex
 * (an event only tests the patterns whose fields it can satisfy) under the version it reflects.
 *
 * Every event reads the version (one strongly consistent GetItem per event type), so a change is always seen by
 * the next event. When the version moved, the index catches up with the change records after the version it holds
 * (one Query returning only those), and reads every subscriber again only when it holds none, fell more than
 * `maxChanges` behind, or the records it needs have expired.
 */

export interface SubscriptionIndex {
  /** Subscribers of this (tenant, event type). */
  readonly size: number;
  has(workflowId: string): boolean;
  workflowIds(): Iterable<string>;
  /** Matching subscriptions of an event in EventBridge's shape (toEventBridgeShape), by workflow id. */
  match(event: unknown): IndexMatch<StoredSubscription>;
}

export interface SubscriptionIndexes {
  indexFor(tenantId: string, eventType: string): Promise<SubscriptionIndex>;
}

export interface CacheOptions {
  /** (tenant, event type) indexes kept, least recently used evicted. @default 2000 */
  readonly maxEntries?: number;
  /** Most changes applied one by one; further behind, every subscriber is read again. @default 500 */
  readonly maxChanges?: number;
}

type Store = Pick<SubscriptionStore, 'forEvent' | 'indexVersion' | 'changesSince'>;

class Cached implements SubscriptionIndex {
  readonly #index = new PatternIndex<StoredSubscription>();
  constructor(public version: number) {}

  get size() {
    return this.#index.size;
  }
  has(workflowId: string) {
    return this.#index.has(workflowId);
  }
  workflowIds() {
    return this.#index.keys();
  }
  match(event: unknown) {
    return this.#index.match(event);
  }
  put(subscription: StoredSubscription) {
    this.#index.set(subscription.workflowId, subscription.pattern as EventPattern, subscription);
  }
  remove(workflowId: string) {
    this.#index.delete(workflowId);
  }
}

export const createCachedSubscriptionIndex = (
  store: Store,
  { maxEntries = 2000, maxChanges = 500 }: CacheOptions = {},
): SubscriptionIndexes & { readonly size: () => number } => {
  const cache = new Map<string, Cached>();

  const load = async (tenantId: string, eventType: string, version: number): Promise<Cached> => {
    const fresh = new Cached(version);
    for (const subscription of await store.forEvent(tenantId, eventType)) fresh.put(subscription);
    return fresh;
  };

  /** Applies the changes after `held.version` up to `version`; false when some are missing (expired). */
  const catchUp = async (tenantId: string, eventType: string, held: Cached, version: number) => {
    const changes = await store.changesSince(tenantId, eventType, held.version, version);
    // Another event may have caught up meanwhile: apply only what is newer than what the index now holds.
    const needed = changes.filter((c) => c.version > held.version);
    // Versions have no gaps and the records come in order: as many as versions means none is missing.
    if (needed.length !== version - held.version) return held.version >= version;
    for (const c of needed) {
      if (c.subscription) held.put(c.subscription);
      else held.remove(c.workflowId);
    }
    held.version = version;
    return true;
  };

  return {
    size: () => cache.size,
    async indexFor(tenantId, eventType) {
      const key = `${tenantId}\u0000${eventType}`;
      const version = await store.indexVersion(tenantId, eventType);
      let held = cache.get(key);
      if (held && held.version < version) {
        const caughtUp =
          version - held.version <= maxChanges && (await catchUp(tenantId, eventType, held, version));
        if (!caughtUp) held = undefined;
      }
      if (!held) {
        held = await load(tenantId, eventType, version);
        const other = cache.get(key);
        // A concurrent load of a newer version wins.
        if (other && other.version > held.version) held = other;
      }
      // Re-insert: Map order is the least-recently-used order for eviction.
      cache.delete(key);
      cache.set(key, held);
      while (cache.size > maxEntries) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return held;
    },
  };
};
