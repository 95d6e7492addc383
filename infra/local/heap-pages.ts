import { readFileSync } from 'node:fs';
import { PerformanceObserver, constants as perf } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A perf_hooks `gc` entry: Node puts the collection's kind in `detail` (NodeGCPerformanceDetail). */
interface NodeGcEntry {
  readonly detail?: { readonly kind?: number };
}

/**
 * V8 keeps the heap pages a collection frees in a pool for reuse, resident, and gives them back to the system only in
 * a memory-reducing collection. Its memory reducer starts one when the allocation rate has been low for seconds, which
 * a server kept busy never has: its RSS then holds the heap's high-water mark, and every new peak (a slow marking
 * under load, a burst) raises it for good (docs/performance.md, "Session 39"). This watch does what the memory reducer
 * would: when the memory the process holds beyond V8's heap has grown past what it was after the last release by an
 * eighth of the heap (24 MiB at least), it has V8's next full collection reduce memory (V8's memory saver mode, on
 * for that one collection): the collection the server was going to pay anyway, incremental, so requests wait only
 * for its final pause, not for the two stop-the-world collections of a last-resort one (110-130 ms idle, 0.4-0.9 s
 * under load: docs/performance.md, "Session 41"); if they give nothing back (RSS did not fall: their marking had begun
 * before the ask), or none comes within `fallbackMs`, it releases stop-the-world as before. At most once per `minGapMs` (and, after a long pause, not before
 * the pauses would take over 1% of the time) and not in the first `minGapMs` (the start's own growth).
 */
export interface HeapPagesProbe {
  /** The process's resident anonymous bytes (the pooled pages are anonymous memory). */
  residentBytes(): number;
  /** What V8's heap spaces hold committed now (process.memoryUsage().heapTotal): what is not pooled. */
  heapBytes(): number;
  /**
   * Makes V8's next full collections memory-reducing until one has given memory back (`gone()` after it), three at
   * most; `done` gets the last one's pause (ms). One whose marking had begun before the ask does not reduce memory:
   * under load V8 marks most of the time, so the first to end is often that one.
   */
  reduceNextFullGc(done: (pauseMs: number) => void, gone: () => boolean): void;
  /** Undoes reduceNextFullGc before its collection (the watch stops, or falls back on release). */
  cancelReduce(): void;
  /** A memory-reducing collection now, stop-the-world: when no full collection came for `fallbackMs`. */
  release(): void;
  now(): number;
}

export interface HeapPagesOptions {
  /** Pooled pages tolerated, as a share of the heap. @default 0.125 (a quarter until session 40) */
  readonly heapShare?: number;
  /** Pooled pages tolerated at least. @default 24 MiB (48 until session 40) */
  readonly minBytes?: number;
  /** @default 30 s */
  readonly minGapMs?: number;
  /**
   * The share of time releases may take: after a release that paused `p` ms the next waits at least `p / pauseShare`
   * (a machine so loaded that a release takes 0.5 s: 50 s apart). @default 0.01
   */
  readonly pauseShare?: number;
  /**
   * How long to wait for V8's next full collection before releasing stop-the-world: a process that allocates so
   * little that none comes has few requests to hold. @default 60 s
   */
  readonly fallbackMs?: number;
  /** @default 5 s */
  readonly checkEveryMs?: number;
}

export interface HeapPagesWatch {
  /** Asks for a release if the pooled estimate is over the limit and the last release is old enough; true if it did. */
  check(): boolean;
  /**
   * Releases done so far and the pauses they took: the final pause of each memory-reducing collection, or a
   * stop-the-world one's whole; `fallbacks` of them were stop-the-world.
   */
  readonly releases: { count: number; ms: number; fallbacks: number };
  stop(): void;
}

const MIB = 1024 * 1024;

/** The watch's decisions, on a probe (tests give their own). */
export const watchHeapPages = (probe: HeapPagesProbe, options: HeapPagesOptions = {}): HeapPagesWatch => {
  const share = options.heapShare ?? 0.125;
  const least = options.minBytes ?? 24 * MIB;
  const gap = options.minGapMs ?? 30_000;
  const pauseShare = options.pauseShare ?? 0.01;
  const fallbackMs = options.fallbackMs ?? 60_000;
  // What the process holds beyond the heap when nothing is pooled (malloc, stacks, other mappings): the least seen
  // since the start or the last release (V8 still sweeps, and frees, for a while after one). What it gains over that
  // is mostly pooled pages; malloc's growth counts too, at worst for an early release.
  let base = Number.POSITIVE_INFINITY;
  let last = probe.now();
  let wait = gap;
  const releases = { count: 0, ms: 0, fallbacks: 0 };
  // Asked: waiting for the collection (since `askedAt`); once it ran (`pause` ms), whether it gave memory back
  // (`gone`, judged as it ends) and what the process then held beyond the heap (`after`), for the next check.
  let asked: { askedAt: number; pause?: number; gone?: boolean; after?: number } | undefined;
  const released = (now: number, pause: number, after: number) => {
    releases.count += 1;
    releases.ms += pause;
    last = now;
    wait = Math.max(gap, pause / pauseShare);
    base = after;
  };
  const fallBack = (now: number) => {
    probe.release();
    releases.fallbacks += 1;
    const end = probe.now();
    released(end, end - now, probe.residentBytes() - probe.heapBytes());
  };
  const ask = (now: number) => {
    const request: { askedAt: number; pause?: number; gone?: boolean; after?: number } = { askedAt: now };
    asked = request;
    // A memory-reducing collection shrinks the heap's spaces (the young generation to its least) and gives their pages
    // back with the pool: RSS falls with the heap, so what is held beyond the heap need not fall (session 41 judged
    // by that, saw every such collection as failed, and released stop-the-world after each: docs/performance.md,
    // "Session 42"). Judged by the resident memory itself, as the collection ends: the young generation grows back
    // within seconds.
    const resident = probe.residentBytes();
    const limit = Math.max(least, share * probe.heapBytes());
    const gone = () => probe.residentBytes() < resident - limit / 2;
    probe.reduceNextFullGc((pause) => {
      request.pause = pause;
      request.gone = gone();
      request.after = probe.residentBytes() - probe.heapBytes();
    }, gone);
  };
  const check = () => {
    const now = probe.now();
    const heap = probe.heapBytes();
    const beyond = probe.residentBytes() - heap;
    const limit = Math.max(least, share * heap);
    if (asked?.pause !== undefined) {
      const { pause, gone, after } = asked;
      asked = undefined;
      if (gone) {
        released(now, pause, Math.min(after ?? beyond, beyond));
        return false;
      }
      // The collections asked for gave nothing back (their marking had begun before the ask): released
      // stop-the-world, as before session 41, so the pool stays bounded either way.
      fallBack(now);
      return true;
    }
    if (asked) {
      if (now - asked.askedAt < fallbackMs) return false;
      probe.cancelReduce();
      asked = undefined;
      fallBack(now);
      return true;
    }
    base = Math.min(base, beyond);
    if (now - last < wait || beyond - base < limit) return false;
    ask(now);
    return true;
  };
  check();
  return {
    check,
    releases,
    stop: () => {
      if (asked) probe.cancelReduce();
      asked = undefined;
    },
  };
};

type Gc = (options: { type: 'major'; flavor: 'last-resort' }) => void;

/**
 * V8's gc() (its `last-resort` flavour is the memory-reducing one: Heap::CollectAllAvailableGarbage). Under
 * --expose-gc it is a global already; else the flag is set for one new context and unset again, so no other context
 * (the runtime's own vm contexts included) sees a `gc` global.
 */
const v8Gc = (): Gc => {
  const given = (globalThis as { gc?: unknown }).gc;
  if (typeof given === 'function') return given as Gc;
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as Gc;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
};

/** Resident anonymous memory from /proc/self/status (Linux); elsewhere RSS, mapped files included. */
const residentAnonymous = (): number => {
  try {
    const kb = /^RssAnon:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb !== undefined) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage.rss();
};

/**
 * This process's probe. The memory-reducing collection: V8's memory saver mode (--memory-saver-mode) makes the full
 * collections it starts reduce memory (it costs ~30% of CPU per run when always on, session 28), so it is on from
 * the ask until a full collection's pause after which the pool is gone (perf_hooks `gc` entries of kind major).
 */
export const processHeapPages = (): HeapPagesProbe => {
  let gc: Gc | undefined;
  let observer: PerformanceObserver | undefined;
  const off = () => {
    observer?.disconnect();
    observer = undefined;
    setFlagsFromString('--no-memory-saver-mode');
  };
  return {
    residentBytes: residentAnonymous,
    heapBytes: () => getHeapStatistics().total_heap_size,
    reduceNextFullGc: (done, gone) => {
      off();
      let collections = 0;
      const watching = new PerformanceObserver((list) => {
        const major = list
          .getEntries()
          .find((e) => (e as unknown as NodeGcEntry).detail?.kind === perf.NODE_PERFORMANCE_GC_MAJOR);
        if (!major || observer !== watching) return;
        collections += 1;
        if (!gone() && collections < 3) return;
        off();
        done(major.duration);
      });
      observer = watching;
      watching.observe({ entryTypes: ['gc'] });
      setFlagsFromString('--memory-saver-mode');
    },
    cancelReduce: off,
    release: () => {
      gc ??= v8Gc();
      gc({ type: 'major', flavor: 'last-resort' });
    },
    now: () => performance.now(),
  };
};

/** The watch on this process (or on `probe`), checked every `checkEveryMs` (a timer that does not keep the process alive). */
export const startHeapPagesWatch = (
  options: HeapPagesOptions = {},
  probe: HeapPagesProbe = processHeapPages(),
): HeapPagesWatch => {
  const watch = watchHeapPages(probe, options);
  const timer = setInterval(() => watch.check(), options.checkEveryMs ?? 5_000);
  timer.unref();
  return {
    ...watch,
    stop: () => {
      clearInterval(timer);
      watch.stop();
    },
  };
};
