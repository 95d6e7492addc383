import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarAgent } from '../../../functions/agents/calendar/agent';
import { runAgentTask } from '../../../functions/agents/runner';
import { createBookingRepository } from '../../../functions/data/bookings';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

describe('calendar.schedule under contention', () => {
  let db: TestDatabase;
  const clock = { now: () => new Date('2026-03-02T08:00:00Z') }; // a Monday
  const bus = { publish: async () => undefined };
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const schedule = (i: number) => {
    const parts = createCalendarAgent({ db, bus, clock });
    return runAgentTask({
      area: 'calendar',
      executors: parts.executors,
      deps: { db, clock },
      payload: {
        action: 'calendar.schedule',
        input: { title: `Call ${i}`, durationMinutes: 30 },
        meta: {
          tenantId: 'busy',
          workflowId: 'wf',
          runId: `r${i}`,
          executionId: `exec-${i}`,
          stepId: 'book',
        },
      },
    });
  };

  it('GIVEN 24 runs booking "the next free slot" at once WHEN they race THEN every one gets its own slot and none overlaps', async () => {
    const results = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => schedule(i)));
    const failures = results.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
    // A run that still loses after its attempts raises RetriableError (the state machine retries it), never a
    // ConflictError that would fail the run for good.
    expect(failures.every((f) => f.startsWith('RetriableError'))).toBe(true);
    const booked = (await createBookingRepository({ db, clock }).list('busy', { limit: 100 })).items;
    expect(booked).toHaveLength(24 - failures.length);
    const sorted = [...booked].sort((a, b) => a.start.localeCompare(b.start));
    for (const [i, b] of sorted.entries()) {
      const next = sorted[i + 1];
      if (next) expect(b.end <= next.start).toBe(true);
    }
    expect(failures.length).toBeLessThan(24);
  });
});
