import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { type HeapPagesProbe, processHeapPages, watchHeapPages } from '../../infra/local/heap-pages';

const MIB = 1024 * 1024;

/** A process whose heap and pooled pages the test moves by hand; a release empties the pool. */
const fakeProcess = () => {
  const state = { at: 0, heap: 200 * MIB, pooled: 0, other: 100 * MIB, releases: 0 };
  const probe: HeapPagesProbe = {
    residentBytes: () => state.heap + state.pooled + state.other,
    heapBytes: () => state.heap,
    release: () => {
      state.releases += 1;
      state.pooled = 0;
      state.heap -= 50 * MIB; // the collection also compacts and shrinks the young generation
      state.at += 300; // its pause
    },
    now: () => state.at,
  };
  return { state, probe };
};

describe('Pooled heap pages of the local runtime (what gives them back under steady load)', () => {
  it('GIVEN pages pooled past the limit a minute after the start WHEN checked THEN V8 is asked for one memory-reducing collection, and its pause is counted', () => {
    const { state, probe } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 60_000 });
    state.at = 61_000;
    state.pooled = 70 * MIB;
    expect(watch.check()).toBe(true);
    expect(state.releases).toBe(1);
    expect(watch.releases).toEqual({ count: 1, ms: 300 });
  });

  it('GIVEN the heap itself grows (its pages are not pooled) WHEN checked THEN nothing is released', () => {
    const { state, probe } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 60_000 });
    state.at = 120_000;
    state.heap += 150 * MIB;
    state.pooled = 60 * MIB;
    expect(watch.check()).toBe(false);
    expect(state.releases).toBe(0);
  });

  it('GIVEN pages pooled past the limit WHEN checked within the first minute, or within a minute of the last release THEN nothing is released until that minute has passed', () => {
    const { state, probe } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 60_000 });
    state.pooled = 100 * MIB;
    state.at = 59_000;
    expect(watch.check()).toBe(false);
    state.at = 60_000;
    expect(watch.check()).toBe(true);
    state.at += 5_000;
    expect(watch.check()).toBe(false);
    state.pooled = 100 * MIB;
    state.at += 54_000;
    expect(watch.check()).toBe(false);
    state.at += 1_000;
    expect(watch.check()).toBe(true);
    expect(state.releases).toBe(2);
  });

  it('GIVEN memory outside the heap grew since the start (malloc, not pooled pages) WHEN a release follows THEN the next one waits for the limit over the least held since', () => {
    const { state, probe } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 60_000 });
    state.at = 60_000;
    state.other += 80 * MIB;
    expect(watch.check()).toBe(true);
    state.at = 65_000;
    expect(watch.check()).toBe(false);
    state.at = 200_000;
    state.pooled = 60 * MIB;
    expect(watch.check()).toBe(false);
    state.pooled = 65 * MIB;
    expect(watch.check()).toBe(true);
  });

  it('GIVEN a heap of 400 MiB WHEN 40 MiB are pooled (under an eighth of it) or 60 MiB (over) THEN only the second is released', () => {
    const { state, probe } = fakeProcess();
    state.heap = 400 * MIB;
    const watch = watchHeapPages(probe, { minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 40 * MIB;
    expect(watch.check()).toBe(false);
    state.pooled = 60 * MIB;
    expect(watch.check()).toBe(true);
  });

  it('GIVEN a heap of 160 MiB (an eighth is 20 MiB) WHEN 22 MiB are pooled, then 26 MiB THEN only the second passes the 24 MiB floor and is released', () => {
    const { state, probe } = fakeProcess();
    state.heap = 160 * MIB;
    const watch = watchHeapPages(probe, { minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 22 * MIB;
    expect(watch.check()).toBe(false);
    state.pooled = 26 * MIB;
    expect(watch.check()).toBe(true);
  });

  it('GIVEN a release that paused 600 ms (a loaded machine) WHEN pages pass the limit again 30 s later THEN the next waits until 60 s after it, so releases take at most 1% of the time', () => {
    const { state, probe } = fakeProcess();
    const watch = watchHeapPages(probe, { heapShare: 0, minBytes: 64 * MIB, minGapMs: 30_000 });
    state.at = 30_000;
    state.pooled = 70 * MIB;
    probe.release = () => {
      state.pooled = 0;
      state.at += 600;
    };
    expect(watch.check()).toBe(true);
    const released = state.at;
    state.at = released + 5_000;
    expect(watch.check()).toBe(false); // the pool is empty: the base is learnt again
    state.pooled = 70 * MIB;
    state.at = released + 30_000;
    expect(watch.check()).toBe(false);
    state.at = released + 59_000;
    expect(watch.check()).toBe(false);
    state.at = released + 60_000;
    expect(watch.check()).toBe(true);
    expect(watch.releases).toEqual({ count: 2, ms: 1_200 });
  });

  it('GIVEN this process WHEN its probe releases THEN V8 collects, and no context gets a gc global the process did not have', () => {
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
