import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscriptionStore, type SubscriptionStore } from '../../functions/data/subscriptions';
import { createDispatcher } from '../../functions/dispatcher/dispatcher';
import { createStartGuard } from '../../functions/dispatcher/start-guard';
import { createCachedSubscriptionIndex } from '../../functions/dispatcher/subscription-cache';
import type { Clock } from '../../functions/shared/ports';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import { FakeEngine, subscription } from '../support/routing';

const clock: Clock = { now: () => new Date('2026-11-25T10:00:01Z') };

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** The store, counting what the dispatcher's index reads: whole subscriber lists and change records. */
const countingStore = (store: SubscriptionStore) => {
  const reads = { lists: 0, changes: 0 };
  return {
    reads,
    store: {
      indexVersion: store.indexVersion,
      forEvent: async (t: string, e: string) => {
        reads.lists++;
        return store.forEvent(t, e);
      },
      changesSince: async (t: string, e: string, after: number, upTo: number) => {
        const changes = await store.changesSince(t, e, after, upTo);
        reads.changes += changes.length;
        return changes;
      },
    },
  };
};

const event = (tenantId: string, id: string, detail: Record<string, unknown> = {}) => ({
  id,
  source: 'dynaris.lead',
  detailType: 'lead.updated',
  time: '2026-11-25T10:00:00Z',
  detail: { tenantId, ...detail },
});

describe('the dispatcher keeps its subscription index up to date by changes', () => {
  it('GIVEN a warm dispatcher WHEN subscriptions are added, changed and removed THEN the next event sees each change, read from its change record, never the whole list again', async () => {
    const tenantId = 'tenant-changes';
    const store = createSubscriptionStore({ db, clock });
    await store.upsert(subscription(tenantId, 'lead.updated', 'first', undefined));
    const { reads, store: counted } = countingStore(store);
    const engine = new FakeEngine();
    const dispatcher = createDispatcher({
      subscriptions: createCachedSubscriptionIndex(counted),
      engine,
      expressGuard: createStartGuard({ db, clock }),
    });
    const versionBefore = await store.indexVersion(tenantId, 'lead.updated');
    expect((await dispatcher.dispatch(event(tenantId, 'c1'))).matched).toBe(1);
    expect((await dispatcher.dispatch(event(tenantId, 'c2'))).matched).toBe(1);
    expect(reads).toStrictEqual({ lists: 1, changes: 0 });

    await store.upsert(subscription(tenantId, 'lead.updated', 'second', { status: ['won'] }));
    expect(await store.indexVersion(tenantId, 'lead.updated')).toBe(versionBefore + 1);
    const won = await dispatcher.dispatch(event(tenantId, 'c3', { status: 'won' }));
    expect(won.runs.map((r) => r.workflowId)).toStrictEqual(['first', 'second']);
    expect((await dispatcher.dispatch(event(tenantId, 'c4', { status: 'lost' }))).matched).toBe(1);

    // A changed filter replaces the old one; a removal takes it out.
    await store.upsert(subscription(tenantId, 'lead.updated', 'second', { status: ['lost'] }));
    expect(await store.remove(tenantId, 'lead.updated', 'first')).toBe(true);
    expect(await store.remove(tenantId, 'lead.updated', 'first')).toBe(false);
    const lost = await dispatcher.dispatch(event(tenantId, 'c5', { status: 'lost' }));
    expect(lost.runs.map((r) => r.workflowId)).toStrictEqual(['second']);
    expect((await dispatcher.dispatch(event(tenantId, 'c6', { status: 'won' }))).matched).toBe(0);
    expect(reads).toStrictEqual({ lists: 1, changes: 3 });

    // Unchanged upserts do not move the version (no needless catching up).
    const version = await store.indexVersion(tenantId, 'lead.updated');
    expect(await store.upsert(subscription(tenantId, 'lead.updated', 'second', { status: ['lost'] }))).toBe(
      'unchanged',
    );
    expect(await store.indexVersion(tenantId, 'lead.updated')).toBe(version);
  });

  it('GIVEN change records that have expired WHEN the dispatcher catches up THEN it reads the whole list again and still routes right', async () => {
    const tenantId = 'tenant-expired';
    const store = createSubscriptionStore({ db, clock });
    await store.upsert(subscription(tenantId, 'lead.updated', 'old', undefined));
    const { reads, store: counted } = countingStore(store);
    const forgetful = { ...counted, changesSince: async () => [] };
    const index = createCachedSubscriptionIndex(forgetful);
    expect((await index.indexFor(tenantId, 'lead.updated')).size).toBe(1);
    await store.upsert(subscription(tenantId, 'lead.updated', 'new', undefined));
    const caughtUp = await index.indexFor(tenantId, 'lead.updated');
    expect([...caughtUp.workflowIds()].sort()).toStrictEqual(['new', 'old']);
    expect(reads.lists).toBe(2);
  });

  it('GIVEN a dispatcher more changes behind than it applies one by one WHEN an event comes THEN it reads the whole list once instead', async () => {
    const tenantId = 'tenant-behind';
    const store = createSubscriptionStore({ db, clock });
    const { reads, store: counted } = countingStore(store);
    const index = createCachedSubscriptionIndex(counted, { maxChanges: 2 });
    await index.indexFor(tenantId, 'lead.updated');
    for (const id of ['a', 'b', 'c'])
      await store.upsert(subscription(tenantId, 'lead.updated', id, undefined));
    expect((await index.indexFor(tenantId, 'lead.updated')).size).toBe(3);
    expect(reads).toStrictEqual({ lists: 2, changes: 0 });
  });

  it('GIVEN concurrent changes of one event type WHEN they are written THEN every one gets its own version and change record, without gaps', async () => {
    const tenantId = 'tenant-race';
    const store = createSubscriptionStore({ db, clock });
    const before = await store.indexVersion(tenantId, 'lead.updated');
    const ids = Array.from({ length: 6 }, (_, i) => `wf-${i}`);
    await Promise.all(ids.map((id) => store.upsert(subscription(tenantId, 'lead.updated', id, undefined))));
    const version = await store.indexVersion(tenantId, 'lead.updated');
    expect(version).toBe(before + ids.length);
    const changes = await store.changesSince(tenantId, 'lead.updated', before, version);
    expect(changes.map((c) => c.version)).toStrictEqual(ids.map((_, i) => before + i + 1));
    expect(changes.map((c) => c.workflowId).sort()).toStrictEqual(ids);
  });

  it('GIVEN more (tenant, type) indexes than the cache holds WHEN dispatching THEN the least recently used is evicted', async () => {
    const store = createSubscriptionStore({ db, clock });
    const cached = createCachedSubscriptionIndex(store, { maxEntries: 2 });
    await cached.indexFor('tenant-lru', 'a.one');
    await cached.indexFor('tenant-lru', 'a.two');
    await cached.indexFor('tenant-lru', 'a.three');
    expect(cached.size()).toBe(2);
  });
});
