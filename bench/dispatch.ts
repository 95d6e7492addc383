/**
 * Dispatch latency with 10,000 subscribed workflows: one event type partition holds ~1,000 of them, the event
 * matches 3. Dynalite on loopback stands in for DynamoDB (absolute figures are local, the shape is what counts);
 * StartExecution is an in-memory engine so the figure is the dispatcher's own work (lookup + matching + guards).
 *
 *   npx tsx bench/dispatch.ts [events=200]
 */
import { performance } from 'node:perf_hooks';
import { createSubscriptionStore } from '../functions/data/subscriptions';
import { createDispatcher } from '../functions/dispatcher/dispatcher';
import { createStartGuard } from '../functions/dispatcher/start-guard';
import { createCachedSubscriptionIndex } from '../functions/dispatcher/subscription-cache';
import { matchPattern, toEventBridgeShape } from '../statemachines/patterns';
import { startTestDatabase } from '../test/support/dynalite';
import {
  batchPutSubscriptions,
  FakeEngine,
  TARGET,
  targetEvent,
  tenThousandSubscriptions,
} from '../test/support/routing';

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

const main = async () => {
  const runs = Number(process.argv[2] ?? 200);
  const db = await startTestDatabase();
  try {
    const subscriptions = tenThousandSubscriptions();
    const seedStart = performance.now();
    await batchPutSubscriptions(db, subscriptions);
    const seedMs = performance.now() - seedStart;
    const clock = { now: () => new Date() };
    const store = createSubscriptionStore({ db, clock });
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
    const duplicates: number[] = [];
    let started = 0;
    for (let i = 0; i < runs; i++) {
      const event = targetEvent(`bench-${i}`);
      const t0 = performance.now();
      const result = await dispatcher.dispatch(event);
      latencies.push(performance.now() - t0);
      started += result.runs.filter((r) => !r.alreadyStarted).length;
      const t1 = performance.now();
      await dispatcher.dispatch(event);
      duplicates.push(performance.now() - t1);
    }
    latencies.sort((a, b) => a - b);
    duplicates.sort((a, b) => a - b);

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
        'dispatch benchmark (dynalite on loopback, in-memory engine)',
        `  subscriptions           ${subscriptions.length} (seeded in ${fmt(seedMs)})`,
        `  candidates for event    ${candidates} (tenant ${TARGET.tenantId}, ${TARGET.eventType}); matching: 3`,
        `  events dispatched       ${runs} (+ ${runs} duplicate deliveries); new runs started: ${started} (expected ${runs * 3})`,
        `  dispatch latency        p50 ${fmt(percentile(latencies, 50))}  p99 ${fmt(percentile(latencies, 99))}  max ${fmt(latencies.at(-1) ?? 0)}  (warm: cached list, version check)`,
        `  without the list cache  p50 ${fmt(percentile(coldLatencies, 50))}  p99 ${fmt(percentile(coldLatencies, 99))}  (query of all ${candidates} subscribers per event)`,
        `  duplicate delivery      p50 ${fmt(percentile(duplicates, 50))}  p99 ${fmt(percentile(duplicates, 99))}`,
        `  pattern match           ${perMatchUs.toFixed(2)} µs per subscription`,
        '',
      ].join('\n'),
    );
    if (started !== runs * 3) process.exitCode = 1;
  } finally {
    await db.close();
  }
};

await main();
