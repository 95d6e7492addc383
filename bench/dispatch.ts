/**
 * Dispatch latency with 10,000 subscribed workflows: one event type partition holds ~1,000 of them, the event
 * matches 3. Dynalite in this process stands in for DynamoDB (absolute figures are local, the shape is what counts);
 * StartExecution is an in-memory engine so the figure is the dispatcher's own work (lookup + matching + guards).
 * Also: the dispatch after each of 50 subscription changes (the index applies the change record; a full re-read
 * of the subscribers is counted), the CPU per event (what the machine's load does not stretch), the collection
 * pauses meanwhile and the load average.
 *
 *   npx tsx bench/dispatch.ts [events=1000]
 */
import { loadavg } from 'node:os';
import { type PerformanceEntry, PerformanceObserver, performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSubscriptionStore, type SubscriptionStore } from '../functions/data/subscriptions';
import { createDispatcher } from '../functions/dispatcher/dispatcher';
import { createStartGuard } from '../functions/dispatcher/start-guard';
import { createCachedSubscriptionIndex } from '../functions/dispatcher/subscription-cache';
import { matchPattern, toEventBridgeShape } from '../statemachines/patterns';
import { startTestDatabase } from '../test/support/dynalite';
import {
  batchPutSubscriptions,
  FakeEngine,
  subscription,
  TARGET,
  targetEvent,
  tenThousandSubscriptions,
} from '../test/support/routing';
import { report } from './lib/figures';

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/** The store with the subscriptions it returned counted: whole lists (forEvent) and change records apart. */
const countingReads = (store: SubscriptionStore) => {
  const read = { lists: 0, listItems: 0, changes: 0 };
  const counted: SubscriptionStore = {
    ...store,
    forEvent: async (tenantId, eventType) => {
      const list = await store.forEvent(tenantId, eventType);
      read.lists += 1;
      read.listItems += list.length;
      return list;
    },
    changesSince: async (tenantId, eventType, after, upTo) => {
      const changes = await store.changesSince(tenantId, eventType, after, upTo);
      read.changes += changes.length;
      return changes;
    },
  };
  return { read, store: counted };
};

/** A full collection now (the seeding's garbage is not the dispatcher's), without starting Node with --expose-gc. */
const collectGarbage = () => {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
};

const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };

/** Collection pauses in this process (dynalite shares it) while `work` runs: their count, total and longest. */
const gcPauses = async (work: () => Promise<void>) => {
  const pauses: number[] = [];
  const kinds = new Map<string, number>();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauses.push(entry.duration);
      const detail = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail;
      const kind = GC_KINDS[detail?.kind ?? 0] ?? 'other';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  await work();
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  return {
    count: pauses.length,
    kinds: [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', '),
    totalMs: pauses.reduce((a, b) => a + b, 0),
    maxMs: Math.max(0, ...pauses),
  };
};

const main = async () => {
  const runs = Number(process.argv[2] ?? 1000);
  const db = await startTestDatabase();
  try {
    const subscriptions = tenThousandSubscriptions();
    const seedStart = performance.now();
    await batchPutSubscriptions(db, subscriptions);
    const seedMs = performance.now() - seedStart;
    const clock = { now: () => new Date() };
    const { read, store } = countingReads(createSubscriptionStore({ db, clock }));
    const engine = new FakeEngine(
      new Set(subscriptions.filter((s) => s.workflowType === 'EXPRESS').map((s) => s.stateMachineArn)),
    );
    const expressGuard = createStartGuard({ db, clock });
    // A cold container: a new index (every subscriber read) per event.
    const uncached = createDispatcher({
      subscriptions: { indexFor: (t, e) => createCachedSubscriptionIndex(store).indexFor(t, e) },
      engine,
      expressGuard,
    });
    // As deployed: the warm Lambda re-reads a list only when its index version changed.
    const dispatcher = createDispatcher({
      subscriptions: createCachedSubscriptionIndex(store),
      engine,
      expressGuard,
    });

    const candidates = (await store.forEvent(TARGET.tenantId, TARGET.eventType)).length;
    // Warm-up (JIT, connections).
    for (let i = 0; i < 10; i++) await dispatcher.dispatch(targetEvent(`warm-${i}`));

    const latencies: number[] = [];
    // CPU this process used per event (the dispatcher and the dynalite it calls; other processes' load aside).
    const cpuMs: number[] = [];
    const duplicates: number[] = [];
    let started = 0;
    collectGarbage();
    const heapUsed = process.memoryUsage().heapUsed;
    const load = loadavg()[0] ?? Number.NaN;
    const gc = await gcPauses(async () => {
      for (let i = 0; i < runs; i++) {
        const event = targetEvent(`bench-${i}`);
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const result = await dispatcher.dispatch(event);
        latencies.push(performance.now() - t0);
        const c1 = process.cpuUsage(c0);
        cpuMs.push((c1.user + c1.system) / 1000);
        started += result.runs.filter((r) => !r.alreadyStarted).length;
        const t1 = performance.now();
        await dispatcher.dispatch(event);
        duplicates.push(performance.now() - t1);
      }
    });
    latencies.sort((a, b) => a - b);
    cpuMs.sort((a, b) => a - b);
    duplicates.sort((a, b) => a - b);

    // A subscription of the event's (tenant, type) added or changed before each event: the warm index applies the
    // change record, it does not read the ~1,000 subscribers again.
    const changes = Math.min(runs, 50);
    const listsBefore = { ...read };
    const afterChange: number[] = [];
    for (let i = 0; i < changes; i++) {
      const filter = { 'lead.status': [i % 2 === 0 ? 'won' : 'lost'] };
      await store.upsert(subscription(TARGET.tenantId, TARGET.eventType, `changing-${i % 5}`, filter));
      const t0 = performance.now();
      const result = await dispatcher.dispatch(targetEvent(`change-${i}`));
      afterChange.push(performance.now() - t0);
      started += result.runs.filter((r) => !r.alreadyStarted).length;
    }
    afterChange.sort((a, b) => a - b);
    const fullReads = read.lists - listsBefore.lists;
    const changeRecords = read.changes - listsBefore.changes;

    const coldLatencies: number[] = [];
    for (let i = 0; i < Math.min(runs, 50); i++) {
      const t0 = performance.now();
      await uncached.dispatch(targetEvent(`cold-${i}`));
      coldLatencies.push(performance.now() - t0);
    }
    coldLatencies.sort((a, b) => a - b);

    // Matching alone: every candidate pattern against the event.
    const list = await store.forEvent(TARGET.tenantId, TARGET.eventType);
    const shaped = toEventBridgeShape(targetEvent('m'));
    const m0 = performance.now();
    const rounds = 200;
    for (let r = 0; r < rounds; r++) for (const s of list) matchPattern(s.pattern, shaped);
    const perMatchUs = ((performance.now() - m0) * 1000) / (rounds * list.length);

    process.stdout.write(
      [
        'dispatch benchmark (dynalite in process, in-memory engine)',
        `  subscriptions           ${subscriptions.length} (seeded in ${fmt(seedMs)})`,
        `  candidates for event    ${candidates} (tenant ${TARGET.tenantId}, ${TARGET.eventType}); matching: 3`,
        `  events dispatched       ${runs} + ${changes} after a change (+ ${runs} duplicate deliveries); new runs started: ${started} (expected ${(runs + changes) * 3})`,
        `  dispatch latency        p50 ${fmt(percentile(latencies, 50))}  p99 ${fmt(percentile(latencies, 99))}  max ${fmt(latencies.at(-1) ?? 0)}  (warm: cached list, version check)`,
        `  CPU per event           p50 ${fmt(percentile(cpuMs, 50))}  p99 ${fmt(percentile(cpuMs, 99))}  max ${fmt(cpuMs.at(-1) ?? 0)}  (this process: the dispatcher and dynalite)`,
        `  without the list cache  p50 ${fmt(percentile(coldLatencies, 50))}  p99 ${fmt(percentile(coldLatencies, 99))}  (query of all ${candidates} subscribers per event)`,
        `  duplicate delivery      p50 ${fmt(percentile(duplicates, 50))}  p99 ${fmt(percentile(duplicates, 99))}`,
        `  after a change          p50 ${fmt(percentile(afterChange, 50))}  p99 ${fmt(percentile(afterChange, 99))}  (${changes} changes: ${changeRecords} change records read, ${fullReads} full re-reads of the subscribers)`,
        `  collections meanwhile   ${gc.count} pauses (${gc.kinds}), ${fmt(gc.totalMs)} in all, longest ${fmt(gc.maxMs)}; heap ${(heapUsed / 2 ** 20).toFixed(0)} MB live before (this process holds dynalite too)`,
        `  load average            ${load.toFixed(1)} at the start of the warm events (2 cores shared)`,
        `  pattern match           ${perMatchUs.toFixed(2)} µs per subscription`,
        '',
      ].join('\n'),
    );
    report({
      id: 'dispatch.p99',
      label: `one event vs 10,000 subscriptions, p99 (warm, load ${load.toFixed(1)})`,
      value: percentile(latencies, 99),
      unit: 'ms',
      target: { kind: 'max', limit: 20 },
    });
    report({
      id: 'dispatch.cpuP99',
      label: 'one event vs 10,000 subscriptions, CPU per event p99 (warm)',
      value: percentile(cpuMs, 99),
      unit: 'ms',
    });
    report({
      id: 'dispatch.fullReadsOnChange',
      label: `subscriber lists read again over ${changes} subscription changes`,
      value: fullReads,
      unit: 'reads',
      target: { kind: 'max', limit: 0 },
    });
    if (started !== runs * 3 + changes * 3) process.exitCode = 1;
  } finally {
    await db.close();
  }
};

await main();
