import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { type HeapPagesProbe, processHeapPages, watchHeapPages } from '../../infra/local/heap-pages';

const MIB = 1024 * 1024;

/**
 * A process whose heap and pooled pages the test moves by hand. `collect` is V8's next full collection: when it was
 * asked to reduce memory it empties the pool (and `marked`: a collection whose marking started before the ask does
 * not); `release` is the stop-the-world fallback.
 */
const fakeProcess = () => {
  const state = { at: 0, heap: 200 * MIB, pooled: 0, other: 100 * MIB, releases: 0, fallbacks: 0 };
  let asked: ((pauseMs: number) => void) | undefined;
  let isGone: (() => boolean) | undefined;
  const probe: HeapPagesProbe = {
    residentBytes: () => state.heap + state.pooled + state.other,
    heapBytes: () => state.heap,
    reduceNextFullGc: (done, gone) => {
      asked = done;
      isGone = gone;
    },
    cancelReduce: () => {
      asked = undefined;
    },
    release: () => {
      state.fallbacks += 1;
      state.pooled = 0;
      state.at += 300; // its pause
    },
    now: () => state.at,
  };
  const collect = (pauseMs: number, options: { markedBefore?: boolean } = {}) => {
    const done = asked;
    asked = undefined;
    if (!done) return;
    if (!options.markedBefore) {
      state.releases += 1;
      state.pooled = 0;
      state.heap -= 50 * MIB; // the collection also compacts and shrinks the young generation
    }
    done(pauseMs);
  };
  return { state, probe, collect, isAsked: () => asked !== undefined, gone: () => isGone?.() };
};

describe('Pooled heap pages of the local runtime (what gives them back under steady load)', () => {
  it('GIVEN pages pooled past the limit a minute after the start WHEN checked THEN V8 is asked to make its next full collection memory-reducing, and once it has run and the pool is gone its pause is counted', () => {
    const { state, probe, collect, isAsked } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 60_000 });
    state.at = 61_000;
    state.pooled = 70 * MIB;
    expect(watch.check()).toBe(true);
    expect(isAsked()).toBe(true);
    expect(watch.releases).toEqual({ count: 0, ms: 0, fallbacks: 0 });
    collect(25);
    state.at += 5_000;
    expect(watch.check()).toBe(false);
    expect(state.releases).toBe(1);
    expect(watch.releases).toEqual({ count: 1, ms: 25, fallbacks: 0 });
  });

  it('GIVEN the heap itself grows (its pages are not pooled) WHEN checked THEN nothing is asked', () => {
    const { state, probe, isAsked } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 60_000 });
    state.at = 120_000;
    state.heap += 150 * MIB;
    state.pooled = 60 * MIB;
    expect(watch.check()).toBe(false);
    expect(isAsked()).toBe(false);
  });

  it('GIVEN pages pooled past the limit WHEN checked within the first minute, or within a minute of the last release THEN nothing is asked until that minute has passed', () => {
    const { state, probe, collect } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 60_000 });
    state.pooled = 100 * MIB;
    state.at = 59_000;
    expect(watch.check()).toBe(false);
    state.at = 60_000;
    expect(watch.check()).toBe(true);
    collect(20);
    state.at += 5_000;
    expect(watch.check()).toBe(false); // the release is counted from here
    const released = state.at;
    state.pooled = 100 * MIB;
    state.at = released + 59_000;
    expect(watch.check()).toBe(false);
    state.at = released + 60_000;
    expect(watch.check()).toBe(true);
    collect(20);
    state.at += 5_000;
    watch.check();
    expect(state.releases).toBe(2);
    expect(watch.releases.count).toBe(2);
  });

  it('GIVEN the ask WHEN the pool has gone, or not yet THEN what the probe is given to check says so', () => {
    const { state, probe, gone } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 70 * MIB;
    expect(watch.check()).toBe(true);
    expect(gone()).toBe(false);
    state.pooled = 10 * MIB;
    expect(gone()).toBe(true);
  });

  it('GIVEN the collections asked for WHEN they end with the pool still there THEN it is released stop-the-world at once, and counted as a fallback', () => {
    const { state, probe, collect } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 70 * MIB;
    expect(watch.check()).toBe(true);
    collect(15, { markedBefore: true });
    state.at += 5_000;
    expect(watch.check()).toBe(true);
    expect(state.pooled).toBe(0);
    expect(watch.releases).toEqual({ count: 1, ms: 300, fallbacks: 1 });
  });

  it('GIVEN the collection asked for shrinks the heap and gives its pages back (RSS falls with the heap) WHEN the young generation has grown back by the next check THEN it counts as a release and nothing stop-the-world follows', () => {
    const { state, probe, collect } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 70 * MIB;
    expect(watch.check()).toBe(true);
    collect(40);
    // Within seconds the heap is back to its working size and RSS beyond it where it was (the server under load).
    state.heap += 50 * MIB;
    state.pooled = 70 * MIB;
    state.at += 5_000;
    expect(watch.check()).toBe(false);
    expect(state.fallbacks).toBe(0);
    expect(watch.releases).toEqual({ count: 1, ms: 40, fallbacks: 0 });
  });

  it('GIVEN no full collection comes for a minute after the ask (a process that allocates little) WHEN checked THEN the ask is withdrawn and the pages are released stop-the-world', () => {
    const { state, probe, isAsked } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 70 * MIB;
    expect(watch.check()).toBe(true);
    state.at += 59_000;
    expect(watch.check()).toBe(false);
    state.at += 1_000;
    expect(watch.check()).toBe(true);
    expect(isAsked()).toBe(false);
    expect(state.fallbacks).toBe(1);
    expect(watch.releases).toEqual({ count: 1, ms: 300, fallbacks: 1 });
  });

  it('GIVEN memory outside the heap grew since the start (malloc, not pooled pages) WHEN a release leaves it THEN the next ask waits for the limit over what is held after it', () => {
    const { state, probe, collect } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 60_000 });
    state.at = 60_000;
    state.other += 80 * MIB;
    expect(watch.check()).toBe(true);
    collect(20);
    state.at = 65_000;
    expect(watch.check()).toBe(false); // the collection shrank the heap: a release, though malloc's growth stays
    expect(watch.releases).toEqual({ count: 1, ms: 20, fallbacks: 0 });
    state.at = 200_000;
    state.pooled = 60 * MIB;
    expect(watch.check()).toBe(false);
    state.pooled = 65 * MIB;
    expect(watch.check()).toBe(true);
  });

  it('GIVEN a heap of 400 MiB WHEN 40 MiB are pooled (under an eighth of it) or 60 MiB (over) THEN only the second is asked', () => {
    const { state, probe } = fakeProcess();
    state.heap = 400 * MIB;
    const watch = watchHeapPages(probe, { minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 40 * MIB;
    expect(watch.check()).toBe(false);
    state.pooled = 60 * MIB;
    expect(watch.check()).toBe(true);
  });

  it('GIVEN a heap of 160 MiB (an eighth is 20 MiB) WHEN 22 MiB are pooled, then 26 MiB THEN only the second passes the 24 MiB floor and is asked', () => {
    const { state, probe } = fakeProcess();
    state.heap = 160 * MIB;
    const watch = watchHeapPages(probe, { minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 22 * MIB;
    expect(watch.check()).toBe(false);
    state.pooled = 26 * MIB;
    expect(watch.check()).toBe(true);
  });

  it('GIVEN a release whose collection paused 600 ms (a loaded machine) WHEN pages pass the limit again 30 s later THEN the next waits until 60 s after it, so releases take at most 1% of the time', () => {
    const { state, probe, collect } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 70 * MIB;
    expect(watch.check()).toBe(true);
    collect(600);
    state.at += 5_000;
    expect(watch.check()).toBe(false);
    const released = state.at;
    state.pooled = 70 * MIB;
    state.at = released + 30_000;
    expect(watch.check()).toBe(false);
    state.at = released + 59_000;
    expect(watch.check()).toBe(false);
    state.at = released + 60_000;
    expect(watch.check()).toBe(true);
    collect(600);
    state.at += 5_000;
    watch.check();
    expect(watch.releases).toEqual({ count: 2, ms: 1_200, fallbacks: 0 });
  });

  it('GIVEN this process WHEN its probe is asked and the first full collection leaves the pool THEN it waits for the next and reports that one once; withdrawn, it reports none', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
    const probe = processHeapPages();
    const pauses: number[] = [];
    let checks = 0;
    const reported = new Promise<void>((resolve) => {
      probe.reduceNextFullGc(
        (pause) => {
          pauses.push(pause);
          resolve();
        },
        () => ++checks === 2, // the first collection did not give the pool back, the second did
      );
    });
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pauses).toHaveLength(0);
    gc();
    await reported;
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toBeGreaterThan(0);
    expect(checks).toBe(2);

    probe.reduceNextFullGc(
      (pause) => pauses.push(pause),
      () => true,
    );
    probe.cancelReduce();
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pauses).toHaveLength(1);
  });

  it('GIVEN this process WHEN its probe releases stop-the-world THEN V8 collects, and no context gets a gc global the process did not have', () => {
    const hadGc = typeof (globalThis as { gc?: unknown }).gc;
    const probe = processHeapPages();
    let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    expect(garbage.length).toBe(200_000);
    garbage = undefined;
    probe.release();
    expect(probe.heapBytes()).toBeGreaterThan(0);
    expect(probe.residentBytes()).toBeGreaterThan(0);
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(hadGc);
    expect(runInNewContext('typeof gc')).toBe(hadGc);
  });
});
