/**
 * Memory of the local runtime over many runs: RSS of the server process (as `dynaris serve` runs it) after each
 * checkpoint of lead follow-up runs (the template as shipped, POST /leads, 32 unfinished at most), as `npm start`
 * runs it (the tiered store) and with --data-dir, each read after a full collection (the live heap, not garbage
 * waiting for the next one). Flat means: what is finished lives on storage, every in-memory cache is bounded.
 *
 *   npx tsx bench/memory.ts [runs=10000] [mode=both|tiered-store|data-dir|memory|disk-store|all] [step: a checkpoint every step runs too]
 *
 * `both` is `tiered-store` (npm start's store: in memory, older items in a temporary folder) and `data-dir`;
 * `memory` is `dynaris serve --heap-store` (everything in the heap, growing by design), `disk-store` `--disk-store`
 * (nothing kept, the database in a temporary folder); `all` measures the four in turn.
 *
 * Passes: npm start's store is measured in 3 passes, each a new server taken from 0 to `runs`, and its figures are
 * the passes' medians (each pass is printed too); the other stores in one. One reading of RSS lands anywhere in the
 * sawtooth of V8's pooled pages and their releases (infra/local/heap-pages.ts: up to a release's threshold above,
 * or ~100 MB below right after one), so one pass's growth swung 8–24% on the same code (docs/performance.md,
 * "Session 40"). BENCH_MEMORY_PASSES=n sets the passes of every store.
 *
 * Windows: each pass reads RSS six times over 1k–2k runs and six times over the last 1k (each reading after a full
 * collection) and compares the medians, so that a pass's growth is not one reading against one; each window ends with
 * a reading after V8's last-resort collection (the heap shrunk, pooled pages returned), which shows what is kept, and
 * the growth is split by what holds it: the live heap, V8's pages beyond it, LevelDB's mapped tables, malloc
 * (docs/performance.md, "Session 43").
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { note, report, wallMs } from './lib/figures';
import type { ServerStats } from './lib/protocol';
import { startBenchServer } from './lib/server';
import { V8_PAGES } from './lib/smaps';
import { driveLeads, followUpTenants, LEADS_PER_TENANT, RunTracker, sleep } from './lib/workload';

const runs = Number(process.argv[2] ?? 10_000);
const mode = process.argv[3] ?? 'both';
const step = Number(process.argv[4] ?? 0);
// Growth is measured from 1k runs (or half the runs, for a shorter run) to the last checkpoint.
const FIRST = runs > 1000 ? 1000 : Math.round(runs / 2);
// The windows: six readings over WINDOW runs from FIRST and up to the last run.
const WINDOW = Math.min(1000, Math.round(runs / 10));
const windowFrom = (from: number): number[] =>
  Array.from({ length: 6 }, (_, i) => from + Math.round((i * WINDOW) / 5));
const FIRST_WINDOW = windowFrom(FIRST);
const LAST_WINDOW = windowFrom(runs - WINDOW);
const MB = 1024 * 1024;
// BENCH_HEAP_SNAPSHOTS=3000,6000: a heap snapshot of the server at those checkpoints, written to
// BENCH_HEAP_SNAPSHOT_DIR (default the working directory), to compare in DevTools' Memory tab (Comparison view).
const snapshotAt = new Set((process.env.BENCH_HEAP_SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number));
const snapshotDir = process.env.BENCH_HEAP_SNAPSHOT_DIR ?? process.cwd();
type Store = 'memory' | 'data-dir' | 'disk-store' | 'tiered-store';
const SLUGS: Record<Store, string> = {
  memory: 'memory',
  'data-dir': 'dataDir',
  'disk-store': 'diskStore',
  'tiered-store': 'tieredStore',
};
const LABELS: Record<Store, string> = {
  memory: 'with --heap-store (all in memory)',
  'data-dir': 'with --data-dir',
  'disk-store': 'with --disk-store (not kept, a temporary folder)',
  'tiered-store': 'as npm start (tiered store: not kept, older items in a temporary folder)',
};
const fmtRuns = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const passesOf = (store: Store): number => {
  const given = Number(process.env.BENCH_MEMORY_PASSES);
  if (Number.isInteger(given) && given > 0) return given;
  return store === 'tiered-store' ? 3 : 1;
};
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** What holds a reading's RSS (MB). */
interface Holders {
  readonly rss: number;
  /** The JS heap's live objects after the full collection (heapUsed). */
  readonly live: number;
  /** Heap V8 has reserved beyond the live objects (heapTotal − heapUsed). */
  readonly reserved: number;
  /** V8's pages resident beyond heapTotal: freed, pooled for reuse. */
  readonly pooled: number;
  readonly leveldbMaps: number;
  readonly malloc: number;
  /** The rest: the node binary and libraries, stacks, other anonymous memory. */
  readonly rest: number;
}
const HOLDERS: readonly (keyof Holders)[] = ['live', 'reserved', 'pooled', 'leveldbMaps', 'malloc', 'rest'];

/** A reading split by what holds it: the heap's live objects and reserve, V8's pooled pages, LevelDB, malloc, the rest. */
const holdersOf = (stats: ServerStats): Holders => {
  const kinds = stats.resident.kinds;
  const v8Pages = (kinds[V8_PAGES] ?? 0) / MB;
  const leveldbMaps = (kinds['LevelDB tables (mmap)'] ?? 0) / MB;
  const malloc = ((kinds['malloc brk heap'] ?? 0) + (kinds['malloc thread arenas'] ?? 0)) / MB;
  const rss = stats.rssBytes / MB;
  const live = stats.heapUsedBytes / MB;
  const reserved = (stats.heapTotalBytes - stats.heapUsedBytes) / MB;
  return {
    rss,
    live,
    reserved,
    pooled: v8Pages - live - reserved,
    leveldbMaps,
    malloc,
    rest: rss - v8Pages - leveldbMaps - malloc,
  };
};

interface Pass {
  /** Medians of the first and last windows' readings. */
  readonly first: number;
  readonly last: number;
  /** The one reading at FIRST and at the last run (this bench's figure before session 43). */
  readonly firstOne: number;
  readonly lastOne: number;
  /** RSS after V8's last-resort collection, at the end of each window. */
  readonly keptFirst: number;
  readonly keptLast: number;
  /** Each holder's median over the first and the last window. */
  readonly holdersFirst: Holders;
  readonly holdersLast: Holders;
  readonly releases: number;
  readonly releaseMs: number;
  readonly succeeded: number;
  readonly statuses: string;
  readonly failure: string | undefined;
}

/** One pass: a new server, `runs` lead follow-up runs, RSS at each checkpoint. */
const measure = async (store: Store, label: string, dataDir?: string): Promise<Pass> => {
  const server = await startBenchServer(
    dataDir
      ? { dataDir }
      : { store: store === 'disk-store' ? 'disk' : store === 'memory' ? 'heap' : 'tiered' },
  );
  try {
    const { tenants, machines } = await followUpTenants(server, 'mem', Math.ceil(runs / LEADS_PER_TENANT));
    const tracker = new RunTracker(server, machines);
    const every = step > 0 ? Array.from({ length: Math.floor(runs / step) }, (_, i) => (i + 1) * step) : [];
    const checkpoints = [
      ...new Set([0, FIRST, Math.round(runs / 2), runs, ...every, ...FIRST_WINDOW, ...LAST_WINDOW]),
    ].sort((a, b) => a - b);
    const rss = new Map<number, number>();
    const holders = new Map<number, Holders>();
    const kept = new Map<number, number>();
    let released = { count: 0, ms: 0 };
    let done = 0;
    const initial = await server.stats();
    let cpuMs = initial.cpuMs;
    let threadCpuMs = initial.resident.threadCpuMs;
    let counted = { ...initial.dynamodb, ...initial.level.counts };
    const t0 = wallMs();
    for (const checkpoint of checkpoints) {
      await driveLeads(server, tenants, tracker, done, checkpoint, 32);
      const previous = done;
      done = checkpoint;
      await sleep(1000);
      const stats = await server.stats(
        snapshotAt.has(checkpoint)
          ? join(snapshotDir, `${SLUGS[store]}-${checkpoint}.heapsnapshot`)
          : undefined,
      );
      rss.set(checkpoint, stats.rssBytes / MB);
      holders.set(checkpoint, holdersOf(stats));
      released = stats.heapPageReleases;
      const perRun =
        checkpoint > previous
          ? `, server CPU ${((stats.cpuMs - cpuMs) / (checkpoint - previous)).toFixed(1)} ms per run`
          : '';
      cpuMs = stats.cpuMs;
      const byThread = Object.entries(stats.resident.threadCpuMs)
        .map(
          ([name, ms]) =>
            [name, (ms - (threadCpuMs[name] ?? 0)) / Math.max(1, checkpoint - previous)] as const,
        )
        .filter(([, ms]) => ms >= 0.05)
        .sort(([, a], [, b]) => b - a);
      threadCpuMs = stats.resident.threadCpuMs;
      const nowCounted: Record<string, number> = { ...stats.dynamodb, ...stats.level.counts };
      const perRunCounts = Object.entries(nowCounted)
        .map(([name, n]) => [name, (n - (counted[name] ?? 0)) / Math.max(1, checkpoint - previous)] as const)
        .filter(([, n]) => n >= 0.05);
      counted = nowCounted;
      note(
        `${label}: after ${checkpoint} runs (${((wallMs() - t0) / 1000).toFixed(0)} s) RSS ${(stats.rssBytes / MB).toFixed(0)} MB, heap ${(stats.heapUsedBytes / MB).toFixed(0)} of ${(stats.heapTotalBytes / MB).toFixed(0)} MB (${Object.entries(
          stats.heapSpaces,
        )
          .filter(([, bytes]) => bytes >= MB)
          .map(([space, bytes]) => `${space.replace(/_space$/, '')} ${(bytes / MB).toFixed(0)}`)
          .join(
            ', ',
          )}), external ${(stats.externalBytes / MB).toFixed(0)} MB (array buffers ${(stats.arrayBufferBytes / MB).toFixed(0)}), V8 malloc ${(stats.v8MallocedBytes / MB).toFixed(0)} MB${
          stats.storeDiskBytes === undefined
            ? ''
            : `, database on disk ${(stats.storeDiskBytes / MB).toFixed(0)} MB`
        }${perRun}, pooled heap pages released ${stats.heapPageReleases.count} times (${stats.heapPageReleases.ms.toFixed(0)} ms of pauses); GC pauses so far: ${Object.entries(
          stats.gcTotals,
        )
          .filter(([, t]) => t.count > 0)
          .map(([kind, t]) => `${kind} ${t.count} (${t.ms.toFixed(0)} ms, longest ${t.maxMs.toFixed(0)})`)
          .join(', ')} (the checkpoints' own full collections among the major ones)`,
      );
      const r = stats.resident;
      note(
        `  resident: anonymous ${(r.anonymous / MB).toFixed(0)} MB, file ${(r.file / MB).toFixed(0)} MB; ${Object.entries(
          r.kinds,
        )
          .sort(([, a], [, b]) => b - a)
          .map(([kind, bytes]) => `${kind} ${(bytes / MB).toFixed(0)}`)
          .join(
            ', ',
          )}; of the V8 pages ${(((r.kinds[V8_PAGES] ?? 0) - stats.heapTotalBytes) / MB).toFixed(0)} MB freed but pooled; ${r.fds} fds, ${r.threads} threads (${Object.entries(
          r.threadNames,
        )
          .map(([name, n]) => `${name}${n > 1 ? ` x${n}` : ''}`)
          .join(', ')})${
          checkpoint > previous
            ? `; CPU per run by thread: ${byThread.map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).join(', ')}`
            : ''
        }`,
      );
      if (checkpoint === FIRST_WINDOW.at(-1) || checkpoint === runs) {
        const after = await server.stats(undefined, false, true);
        kept.set(checkpoint, after.rssBytes / MB);
        const h = holdersOf(after);
        note(
          `  after V8's last-resort collection: RSS ${h.rss.toFixed(0)} MB (${HOLDERS.map((k) => `${k} ${h[k].toFixed(0)}`).join(', ')})`,
        );
      }
      if (checkpoint > previous)
        note(
          `  per run: ${perRunCounts.map(([name, n]) => `${name} ${n.toFixed(1)}`).join(', ')}${stats.level.stats
            .map((text) => `\n${text.replace(/^/gm, '    ')}`)
            .join('')}`,
        );
    }
    const statuses = tracker.statuses();
    tracker.close();
    const windowMedian = (at: readonly number[]): Holders => {
      const readings = at.map((n) => holders.get(n)).filter((h) => h !== undefined);
      return Object.fromEntries(
        (['rss', ...HOLDERS] as const).map((k) => [k, median(readings.map((h) => h[k]))]),
      ) as unknown as Holders;
    };
    const holdersFirst = windowMedian(FIRST_WINDOW);
    const holdersLast = windowMedian(LAST_WINDOW);
    return {
      first: holdersFirst.rss,
      last: holdersLast.rss,
      firstOne: rss.get(FIRST) ?? Number.NaN,
      lastOne: rss.get(runs) ?? Number.NaN,
      keptFirst: kept.get(FIRST_WINDOW.at(-1) ?? FIRST) ?? Number.NaN,
      keptLast: kept.get(runs) ?? Number.NaN,
      holdersFirst,
      holdersLast,
      releases: released.count,
      releaseMs: released.ms,
      succeeded: statuses.get('SUCCEEDED') ?? 0,
      statuses: [...statuses].map(([s, n]) => `${s} ${n}`).join(', '),
      failure: tracker.firstError(),
    };
  } finally {
    await server.stop();
  }
};

/** The store's passes, then its figures: each pass's growth printed, the medians reported against the targets. */
const measureStore = async (store: Store): Promise<void> => {
  const n = passesOf(store);
  const passes: Pass[] = [];
  for (let i = 1; i <= n; i++) {
    const label = n > 1 ? `${LABELS[store]}, pass ${i} of ${n}` : LABELS[store];
    const dir = store === 'data-dir' ? await mkdtemp(join(tmpdir(), 'dynaris-bench-')) : undefined;
    try {
      const pass = await measure(store, label, dir);
      passes.push(pass);
      const of = (a: number, b: number) => `${((b / a - 1) * 100).toFixed(1)}%`;
      const moved = HOLDERS.map((k) => {
        const d = pass.holdersLast[k] - pass.holdersFirst[k];
        return `${k} ${d >= 0 ? '+' : ''}${d.toFixed(0)}`;
      }).join(', ');
      note(
        `${label}: RSS ${pass.first.toFixed(0)} -> ${pass.last.toFixed(0)} MB (medians over ${fmtRuns(FIRST)}-${fmtRuns(FIRST + WINDOW)} and ${fmtRuns(runs - WINDOW)}-${fmtRuns(runs)} runs), growth ${of(pass.first, pass.last)}, made of (MB, medians) ${moved}; one reading at ${fmtRuns(FIRST)} and ${fmtRuns(runs)}: ${pass.firstOne.toFixed(0)} -> ${pass.lastOne.toFixed(0)} MB, ${of(pass.firstOne, pass.lastOne)}; after V8's last-resort collection at ${fmtRuns(FIRST + WINDOW)} and ${fmtRuns(runs)}: ${pass.keptFirst.toFixed(0)} -> ${pass.keptLast.toFixed(0)} MB, ${of(pass.keptFirst, pass.keptLast)}; pooled heap pages released ${pass.releases} times (${pass.releaseMs.toFixed(0)} ms of pauses); outcomes ${pass.statuses}`,
      );
      if (pass.failure) note(`first failure: ${pass.failure}`);
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }
  const slug = SLUGS[store];
  const label = LABELS[store];
  const of = n > 1 ? ` (median of ${n} passes)` : '';
  const growths = passes.map((p) => (p.last / p.first - 1) * 100);
  const oneReadingGrowths = passes.map((p) => (p.lastOne / p.firstOne - 1) * 100);
  const keptGrowths = passes.map((p) => (p.keptLast / p.keptFirst - 1) * 100);
  if (n > 1)
    note(
      `growth by pass: ${growths.map((g) => `${g.toFixed(1)}%`).join(', ')} (windows' medians); one reading each ${oneReadingGrowths.map((g) => `${g.toFixed(1)}%`).join(', ')}, whose first pass alone is the figure this bench printed before session 40`,
    );
  report({
    id: `memory.${slug}.rss${fmtRuns(FIRST)}`,
    label: `server RSS over ${fmtRuns(FIRST)}-${fmtRuns(FIRST + WINDOW)} lead follow-up runs (median of 6 readings), ${label}${of}`,
    value: median(passes.map((p) => p.first)),
    unit: 'MB',
    target: { kind: 'max', limit: 400 },
  });
  report({
    id: `memory.${slug}.rss${fmtRuns(runs)}`,
    label: `server RSS over ${fmtRuns(runs - WINDOW)}-${fmtRuns(runs)} lead follow-up runs (median of 6 readings), ${label}${of}`,
    value: median(passes.map((p) => p.last)),
    unit: 'MB',
    target: { kind: 'max', limit: 400 },
  });
  report({
    id: `memory.${slug}.growth`,
    label: `RSS growth from ${fmtRuns(FIRST)} to ${fmtRuns(runs)} runs, ${label} (flat; windows' medians)${of}`,
    value: median(growths),
    unit: '%',
    target: { kind: 'max', limit: 15 },
  });
  report({
    id: `memory.${slug}.growthOneReading`,
    label: `RSS growth from ${fmtRuns(FIRST)} to ${fmtRuns(runs)} runs, ${label}, one reading at each end (as before session 43)${of}`,
    value: median(oneReadingGrowths),
    unit: '%',
  });
  report({
    id: `memory.${slug}.growthKept`,
    label: `RSS growth from ${fmtRuns(FIRST + WINDOW)} to ${fmtRuns(runs)} runs after V8's last-resort collection (what is kept), ${label}${of}`,
    value: median(keptGrowths),
    unit: '%',
  });
  if (n > 1)
    report({
      id: `memory.${slug}.growthFirstPass`,
      label: `RSS growth from ${fmtRuns(FIRST)} to ${fmtRuns(runs)} runs, ${label}, first pass alone (one reading each, as before session 40)`,
      value: oneReadingGrowths[0] ?? Number.NaN,
      unit: '%',
    });
  // A run that failed early stored less: its RSS figures would flatter the server.
  report({
    id: `memory.${slug}.unsucceeded`,
    label: `lead follow-up runs that did not succeed, of ${n > 1 ? `${n} x ` : ''}${fmtRuns(runs)}, ${label}`,
    value: n * runs - passes.reduce((sum, p) => sum + p.succeeded, 0),
    unit: 'runs',
    target: { kind: 'max', limit: 0 },
  });
};

const all = mode === 'all';
if (all || mode === 'memory') await measureStore('memory');
if (all || mode === 'disk-store') await measureStore('disk-store');
if (all || mode === 'both' || mode === 'tiered-store') await measureStore('tiered-store');
if (all || mode === 'both' || mode === 'data-dir') await measureStore('data-dir');
