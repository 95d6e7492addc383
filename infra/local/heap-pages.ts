import { readFileSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 keeps the heap pages a collection frees in a pool for reuse, resident, and gives them back to the system only in
 * a memory-reducing collection. Its memory reducer starts one when the allocation rate has been low for seconds, which
 * a server kept busy never has: its RSS then holds the heap's high-water mark, and every new peak (a slow marking
 * under load, a burst) raises it for good (docs/performance.md, "Session 39"). This watch does what the memory reducer
 * would: when the memory the process holds beyond V8's heap has grown past what it was after the last release by an
 * eighth of the heap (24 MiB at least), it asks V8 for a memory-reducing collection, at most once per `minGapMs`
 * (and, after a long pause, not before the pauses would take over 1% of the time) and not in the first `minGapMs`
 * (the start's own growth). A quarter (48 MiB) let one reading of RSS land up to
 * 16% over the server's working size (docs/performance.md, "Session 40").
 */
export interface HeapPagesProbe {
  /** The process's resident anonymous bytes (the pooled pages are anonymous memory). */
  residentBytes(): number;
  /** What V8's heap spaces hold committed now (process.memoryUsage().heapTotal): what is not pooled. */
  heapBytes(): number;
  /** A memory-reducing full collection: V8 releases its pooled pages in it. */
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
  /** @default 5 s */
  readonly checkEveryMs?: number;
}

export interface HeapPagesWatch {
  /** Releases if the pooled estimate is over the limit and the last release is old enough; true if it did. */
  check(): boolean;
  /** Releases done so far and the time they took (a full collection's pause each). */
  readonly releases: { count: number; ms: number };
  stop(): void;
}

const MIB = 1024 * 1024;

/** The watch's decisions, on a probe (tests give their own). */
export const watchHeapPages = (probe: HeapPagesProbe, options: HeapPagesOptions = {}): HeapPagesWatch => {
  const share = options.heapShare ?? 0.125;
  const least = options.minBytes ?? 24 * MIB;
  const gap = options.minGapMs ?? 30_000;
  const pauseShare = options.pauseShare ?? 0.01;
  // What the process holds beyond the heap when nothing is pooled (malloc, stacks, other mappings): the least seen
  // since the start or the last release (V8 still sweeps, and frees, for a while after one). What it gains over that
  // is mostly pooled pages; malloc's growth counts too, at worst for an early release.
  let base = Number.POSITIVE_INFINITY;
  let last = probe.now();
  let wait = gap;
  const releases = { count: 0, ms: 0 };
  const check = () => {
    const now = probe.now();
    const heap = probe.heapBytes();
    const beyond = probe.residentBytes() - heap;
    base = Math.min(base, beyond);
    if (now - last < wait || beyond - base < Math.max(least, share * heap)) return false;
    probe.release();
    last = probe.now();
    releases.count += 1;
    releases.ms += last - now;
    wait = Math.max(gap, (last - now) / pauseShare);
    base = Number.POSITIVE_INFINITY;
    return true;
  };
  check();
  return { check, releases, stop: () => {} };
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

/** This process's probe. */
export const processHeapPages = (): HeapPagesProbe => {
  let gc: Gc | undefined;
  return {
    residentBytes: residentAnonymous,
    heapBytes: () => getHeapStatistics().total_heap_size,
    release: () => {
      gc ??= v8Gc();
      gc({ type: 'major', flavor: 'last-resort' });
    },
    now: () => performance.now(),
  };
};

/** The watch on this process, checked every `checkEveryMs` (a timer that does not keep the process alive). */
export const startHeapPagesWatch = (options: HeapPagesOptions = {}): HeapPagesWatch => {
  const watch = watchHeapPages(processHeapPages(), options);
  const timer = setInterval(() => watch.check(), options.checkEveryMs ?? 5_000);
  timer.unref();
  return { ...watch, stop: () => clearInterval(timer) };
};
