import type { StoredSubscription, SubscriptionStore } from '../data/subscriptions';

/**
 * Keeps each (tenant, event type) subscriber list in the warm Lambda and re-reads it only when the index version
 * changed (one strongly consistent GetItem per event instead of a query over every subscriber). The version is
 * read before the list and changes in the same transaction as any subscription write, so a cached list is never
 * older than the version it is stored under: a change is always seen by the next event.
 */
export const createCachedSubscriptionIndex = (
  store: Pick<SubscriptionStore, 'forEvent' | 'indexVersion'>,
  { maxEntries = 2000 }: { maxEntries?: number } = {},
): Pick<SubscriptionStore, 'forEvent'> & { readonly size: () => number } => {
  const cache = new Map<string, { version: number; list: StoredSubscription[] }>();
  return {
    size: () => cache.size,
    async forEvent(tenantId, eventType) {
      const key = `${tenantId}\u0000${eventType}`;
      const version = await store.indexVersion(tenantId, eventType);
      const cached = cache.get(key);
      if (cached && cached.version === version) {
        // Re-insert: Map order is the least-recently-used order for eviction.
        cache.delete(key);
        cache.set(key, cached);
        return cached.list;
      }
      const list = await store.forEvent(tenantId, eventType);
      cache.delete(key);
      cache.set(key, { version, list });
      while (cache.size > maxEntries) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return list;
    },
  };
};
