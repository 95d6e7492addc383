import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarAgent } from '../../../functions/agents/calendar/agent';
import { runAgentTask } from '../../../functions/agents/runner';
import { type Booking, createBookingRepository } from '../../../functions/data/bookings';
import type { Clock, Database } from '../../../functions/shared/ports';
import { countingDatabase } from '../../support/counting-database';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

const expectNoOverlap = (booked: readonly Booking[]) => {
  const sorted = [...booked].sort((a, b) => a.start.localeCompare(b.start));
  for (const [i, b] of sorted.entries()) {
    const next = sorted[i + 1];
    if (next) expect(b.end <= next.start, `${b.id} ${b.end} vs ${next.id} ${next.start}`).toBe(true);
  }
};

describe('calendar.schedule under contention', () => {
  let db: TestDatabase;
  const bus = { publish: async () => undefined };
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const schedule = (target: Database, clock: Clock, tenantId: string, run: string, stepId = 'book') => {
    const parts = createCalendarAgent({ db: target, bus, clock });
    return runAgentTask({
      area: 'calendar',
      executors: parts.executors,
      deps: { db: target, clock },
      payload: {
        action: 'calendar.schedule',
        input: { title: `Call ${run}`, durationMinutes: 30, within: 'P60D' },
        meta: { tenantId, workflowId: 'wf', runId: run, executionId: `exec-${run}`, stepId },
      },
    });
  };
  const bookingsOf = async (tenantId: string) => {
    const repo = createBookingRepository({ db, clock: { now: () => new Date() } });
    const all: Booking[] = [];
    let cursor: string | undefined;
    do {
      const page = await repo.list(tenantId, { limit: 100, ...(cursor ? { cursor } : {}) });
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return all;
  };

  // 150 bookers keep the suite's time reasonable on a shared machine; bench/calendar.ts runs 300.
  it('GIVEN 150 runs booking "the next free slot" at once WHEN they race THEN each books its own slot on its first try, none overlaps and none is lost', async () => {
    const clock = { now: () => new Date('2026-03-02T08:00:00Z') }; // a Monday
    const target = countingDatabase(db);
    const results = await Promise.allSettled(
      Array.from({ length: 150 }, (_, i) => schedule(target.db, clock, 'busy', `r${i}`)),
    );
    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    const booked = await bookingsOf('busy');
    expect(booked).toHaveLength(150);
    expectNoOverlap(booked);
    // One transaction per booking: nobody lost a claim.
    expect(target.count('TransactWriteCommand')).toBe(150);
    // No gaps: the first 150 half hours of business time (16 a day, Monday to Friday) are taken.
    expect(booked.map((b) => b.start).sort()[0]).toBe('2026-03-02T09:00:00.000Z');
    expect(booked.map((b) => b.start).sort()[149]).toBe('2026-03-13T11:30:00.000Z');
  }, 120_000);

  it('GIVEN 100 runs whose requests straddle two reservation windows and a booking made through the API meanwhile WHEN they race THEN all are booked without overlap in a bounded number of attempts', async () => {
    // Booker i asks 0.5 s after booker i - 1, from 08:00:50: the reservations fall in two different minutes.
    const clockOf = (i: number) => ({ now: () => new Date(Date.parse('2026-03-02T08:00:50Z') + 500 * i) });
    const target = countingDatabase(db);
    const repo = createBookingRepository({ db, clock: clockOf(0) });
    const results = await Promise.allSettled([
      ...Array.from({ length: 100 }, (_, i) => schedule(target.db, clockOf(i), 'windows', `w${i}`)),
      repo.create('windows', { title: 'API', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' }),
    ]);
    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    const booked = await bookingsOf('windows');
    expect(booked).toHaveLength(101);
    expectNoOverlap(booked);
    // Bounded: far from a retry storm (every booker losing to every earlier one would be ~5,000).
    expect(target.count('TransactWriteCommand')).toBeLessThanOrEqual(100 * 3);
  }, 120_000);

  it('GIVEN a step that booked WHEN it runs again (a retry) THEN it gets the same booking and nothing more is booked', async () => {
    const clock = { now: () => new Date('2026-03-02T08:00:00Z') };
    const first = await schedule(db, clock, 'retry', 'r1');
    expect(await schedule(db, clock, 'retry', 'r1')).toEqual(first);
    expect(await bookingsOf('retry')).toHaveLength(1);
  });

  it('GIVEN one step invoked twice at once (a duplicated invocation) WHEN both run THEN one books, the other is told to retry, and its retry gets that booking', async () => {
    const clock = { now: () => new Date('2026-03-02T08:00:00Z') };
    const [a, b] = await Promise.allSettled([
      schedule(db, clock, 'twice', 'a'),
      schedule(db, clock, 'twice', 'a'),
    ]);
    const booked = [a, b].flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refused = [a, b].flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
    expect(booked.length + refused.length).toBe(2);
    expect(refused.every((r) => r.startsWith('RetriableError'))).toBe(true);
    expect(await bookingsOf('twice')).toHaveLength(1);
    const retried = await schedule(db, clock, 'twice', 'a');
    if (booked[0]) expect(retried).toEqual(booked[0]);
    expect(await bookingsOf('twice')).toHaveLength(1);
  });
});
