/**
 * The local runtime as `dynaris serve` runs it, in its own process, for the load benchmarks: the same
 * startLocalRuntime options as the CLI (its run log goes to this process's stdout, which the parent discards),
 * plus an IPC channel that reports execution starts and ends (wall-clock ms) and answers for memory and DynamoDB
 * request counts. The parent (bench/lib/server.ts) sends load over HTTP on 127.0.0.1.
 */
// As bin/dynaris.js does before anything parses (functions/shared/json-parse.ts).
import '../../functions/shared/json-parse-install';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, constants as perf } from 'node:perf_hooks';
import { getHeapSpaceStatistics, getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { type HeapPagesProbe, processHeapPages, startHeapPagesWatch } from '../../infra/local/heap-pages';
import { startLocalRuntime } from '../../infra/local/runtime';
import { wallMs } from './figures';
import { countLevelOperations, levelCounts } from './level-counts';
import {
  type ChildMessage,
  type ExecMessage,
  type GcPause,
  ITEMS_WRITTEN,
  type ParentMessage,
  type ServerStats,
} from './protocol';
import { residentKinds } from './smaps';

const send = (message: ChildMessage) => process.send?.(message);

/**
 * Execution starts and ends go to the bench in one message every EXEC_BATCH_MS: a message per event (a JSON encode
 * and a pipe write each) cost the server ~3% of a run's CPU, which the bench then counted as the runtime's. Each
 * event keeps the time it happened (`at`), so the latencies measured from it are unchanged.
 */
const EXEC_BATCH_MS = 5;
let execs: ExecMessage[] = [];
const reportExec = (event: ExecMessage) => {
  execs.push(event);
  if (execs.length > 1) return;
  setTimeout(() => {
    const events = execs;
    execs = [];
    send({ kind: 'execs', events });
  }, EXEC_BATCH_MS);
};

// GC pauses, for the benches' pause figures (what a request arriving then waits): the last GC_KEPT of them in a
// fixed ring (a scavenge every few MB allocated is tens of thousands over 10k runs: a growing array would be memory
// the memory bench counts), and totals by kind since the start.
const GC_KEPT = 16_384;
const gcRing = new Float64Array(GC_KEPT * 3);
let gcSeen = 0;
const GC_KINDS: readonly GcPause['kind'][] = ['minor', 'major', 'incremental', 'weakcb'];
const gcKindIndex = (kind: number): number =>
  kind === perf.NODE_PERFORMANCE_GC_MAJOR
    ? 1
    : kind === perf.NODE_PERFORMANCE_GC_INCREMENTAL
      ? 2
      : kind === perf.NODE_PERFORMANCE_GC_WEAKCB
        ? 3
        : 0;
const gcTotals = GC_KINDS.map(() => ({ count: 0, ms: 0, maxMs: 0 }));
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    // Node's gc entries carry their kind in `detail` (NodeGCPerformanceDetail), absent from the DOM type.
    const kind = gcKindIndex((entry as unknown as { detail: { kind: number } }).detail.kind);
    const slot = (gcSeen++ % GC_KEPT) * 3;
    gcRing[slot] = performance.timeOrigin + entry.startTime;
    gcRing[slot + 1] = entry.duration;
    gcRing[slot + 2] = kind;
    const total = gcTotals[kind] as { count: number; ms: number; maxMs: number };
    total.count += 1;
    total.ms += entry.duration;
    total.maxMs = Math.max(total.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });
const gcPauses = (): GcPause[] => {
  const out: GcPause[] = [];
  for (let i = Math.max(0, gcSeen - GC_KEPT); i < gcSeen; i++) {
    const slot = (i % GC_KEPT) * 3;
    out.push({
      at: gcRing[slot] as number,
      ms: gcRing[slot + 1] as number,
      kind: GC_KINDS[gcRing[slot + 2] as number] ?? 'minor',
    });
  }
  return out;
};

const dataDir = process.env.BENCH_DATA_DIR || undefined;
// Without a data dir, as `dynaris serve` keeps nothing: in memory with older items in a temporary folder (its
// default, --tiered-store), all in a temporary folder (--disk-store), or all in memory (--heap-store).
const store = process.env.BENCH_STORE;
const throwawayStore = store === 'disk' ? 'disk' : store === 'heap' ? 'memory' : 'tiered';
if (dataDir || throwawayStore !== 'memory') countLevelOperations();
// BENCH_TIERED_HEAP_ENTRIES: the tiered store's hot tier at another size than serve's (an A/B).
const tieredHeapEntries = Number(process.env.BENCH_TIERED_HEAP_ENTRIES) || undefined;
const runtime = await startLocalRuntime({
  port: 0,
  ...(tieredHeapEntries ? { tieredHeapEntries } : {}),
  ...(process.env.BENCH_METER_CAPACITY === '1' ? { meterCapacity: true } : {}),
  ...(dataDir ? { dataDir } : { throwawayStore }),
  onEngineEvent: (event) => {
    if (event.type === 'ExecutionStarted')
      reportExec({ phase: 'start', arn: event.executionArn, name: event.name, at: wallMs() });
    else if (event.type === 'ExecutionFinished')
      reportExec({
        phase: 'end',
        arn: event.executionArn,
        name: event.name,
        at: wallMs(),
        status: event.status,
        ...(event.error ? { error: `${event.error.error}: ${event.error.cause ?? ''}`.slice(0, 300) } : {}),
      });
  },
});
// As `dynaris serve` (cli/serve.ts); BENCH_KEEP_HEAP_PAGES=1 measures without it, BENCH_HEAP_PAGES=<share>,<MiB>
// with another threshold (an A/B: `0.25,48` was session 39's), BENCH_HEAP_PAGES_STOP_THE_WORLD=1 with the release
// of sessions 39-40 (a last-resort collection when the pool passes the threshold, instead of V8's next one reducing).
const [heapShare, minMiB] = (process.env.BENCH_HEAP_PAGES ?? '').split(',').map(Number);
const stopTheWorld = (): HeapPagesProbe => {
  const probe = processHeapPages();
  return {
    ...probe,
    reduceNextFullGc: (done) => {
      const start = performance.now();
      probe.release();
      done(performance.now() - start);
    },
  };
};
const heapPages =
  process.env.BENCH_KEEP_HEAP_PAGES === '1'
    ? undefined
    : startHeapPagesWatch(
        {
          ...(heapShare ? { heapShare } : {}),
          ...(minMiB ? { minBytes: minMiB * 1024 * 1024 } : {}),
        },
        process.env.BENCH_HEAP_PAGES_STOP_THE_WORLD === '1' ? stopTheWorld() : processHeapPages(),
      );

const storeFolder = dataDir ?? runtime.scratchDir;
const entriesOf = (folder: string) => {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return []; // the tiered store's folder before its first move
  }
};
const bytesUnder = (folder: string): number =>
  entriesOf(folder).reduce((sum, entry) => {
    const at = join(folder, entry.name);
    try {
      return sum + (entry.isDirectory() ? bytesUnder(at) : statSync(at).size);
    } catch {
      return sum; // a LevelDB file compacted away meanwhile
    }
  }, 0);

/** V8's gc() with --expose-gc; its `last-resort` flavour is Heap::CollectAllAvailableGarbage (heap-pages.ts). */
type Gc = (options?: { type: 'major'; flavor: 'last-resort' }) => void;

const stats = (message: { gcPauses?: boolean; giveBack?: boolean }): ServerStats => {
  const gc = globalThis.gc as Gc | undefined;
  if (message.giveBack) gc?.({ type: 'major', flavor: 'last-resort' });
  else gc?.();
  const m = process.memoryUsage();
  const dynamodb = runtime.dynamodbStats();
  return {
    rssBytes: m.rss,
    heapUsedBytes: m.heapUsed,
    heapTotalBytes: m.heapTotal,
    externalBytes: m.external,
    arrayBufferBytes: m.arrayBuffers,
    v8MallocedBytes: getHeapStatistics().malloced_memory,
    resident: residentKinds(),
    heapSpaces: Object.fromEntries(getHeapSpaceStatistics().map((h) => [h.space_name, h.space_size])),
    cpuMs: (() => {
      const cpu = process.cpuUsage();
      return (cpu.user + cpu.system) / 1000;
    })(),
    dynamodb: { ...dynamodb.requests, [ITEMS_WRITTEN]: dynamodb.itemsWritten },
    level: levelCounts(),
    heapPageReleases: { ...(heapPages?.releases ?? { count: 0, ms: 0, fallbacks: 0 }) },
    gcPauses: message.gcPauses ? gcPauses() : [],
    gcTotals: Object.fromEntries(
      GC_KINDS.map((kind, i) => [kind, { ...gcTotals[i] }]),
    ) as ServerStats['gcTotals'],
    ...(storeFolder ? { storeDiskBytes: bytesUnder(join(storeFolder, 'dynamodb')) } : {}),
    ...(dynamodb.capacity
      ? { capacity: { writeUnits: dynamodb.capacity.writeUnits, readUnits: dynamodb.capacity.readUnits } }
      : {}),
  };
};

process.on('message', (raw) => {
  const message = raw as ParentMessage;
  const reply = (value: unknown) => send({ kind: 'reply', id: message.id, value });
  void (async () => {
    if (message.kind === 'stats') {
      const figures = stats(message);
      if (message.heapSnapshot) writeHeapSnapshot(message.heapSnapshot);
      return reply(figures);
    }
    if (message.kind === 'tenants') {
      const created = [];
      for (const id of message.ids) created.push(await runtime.createTenant(id));
      return reply(created);
    }
    await runtime.stop();
    reply(null);
    process.exit(0);
  })().catch((error: unknown) => reply({ error: String(error) }));
});

send({
  kind: 'ready',
  url: runtime.url,
  tenantId: runtime.tenantId,
  apiKey: runtime.apiKey,
  webhookSecret: runtime.webhookSecret,
});
