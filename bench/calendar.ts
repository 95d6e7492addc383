/**
 * calendar.schedule under load: N runs book "the next free 30-minute slot" at once (the lead burst), through
 * the agent as deployed (runAgentTask: idempotency claim, reservation, claims), on the test DynamoDB. Counts are the
 * point (attempts per booking, lost claims, requests); times are this machine's.
 *
 *   npx tsx bench/calendar.ts [bookers=300] [window=P60D]
 */
import { createCalendarAgent } from '../functions/agents/calendar/agent';
import { runAgentTask } from '../functions/agents/runner';
import { createBookingRepository } from '../functions/data/bookings';
import { countingDatabase } from '../test/support/counting-database';
import { startTestDatabase } from '../test/support/dynalite';
import { note, percentile, report } from './lib/figures';

const bookers = Number(process.argv[2] ?? 300);
const within = process.argv[3] ?? 'P60D';

const main = async () => {
  const db = await startTestDatabase();
  const counted = countingDatabase(db);
  const target = counted.db;
  const clock = { now: () => new Date() };
  const agent = createCalendarAgent({ db: target, bus: { publish: async () => undefined }, clock });
  try {
    const started = performance.now();
    const latencies: number[] = [];
    const outcomes = await Promise.allSettled(
      Array.from({ length: bookers }, async (_, i) => {
        const t = performance.now();
        await runAgentTask({
          area: 'calendar',
          executors: agent.executors,
          deps: { db: target, clock },
          payload: {
            action: 'calendar.schedule',
            input: { title: `Lead ${i}`, durationMinutes: 30, within },
            meta: {
              tenantId: 'bench',
              workflowId: 'wf',
              runId: `r${i}`,
              executionId: `e${i}`,
              stepId: 'book',
            },
          },
        });
        latencies.push(performance.now() - t);
      }),
    );
    const totalMs = performance.now() - started;
    const transactions = counted.count('TransactWriteCommand');
    const requests = counted.total();
    const failed = outcomes.filter((o) => o.status === 'rejected');
    const booked = await createBookingRepository({ db, clock }).busyIntervals(
      'bench',
      Date.now(),
      Date.now() + 400 * 86_400_000 - 1,
    );
    const sorted = [...booked].sort((a, b) => a.start - b.start);
    const overlaps = sorted.filter((b, i) => i > 0 && sorted[i - 1]!.end > b.start).length;
    note(
      `${bookers} concurrent bookers, window ${within}, ${(totalMs / 1000).toFixed(2)} s for all, per booking p50 ${percentile(latencies, 50).toFixed(0)} ms / p99 ${percentile(latencies, 99).toFixed(0)} ms`,
    );
    note(`lost slot claims ${transactions - booked.length}; overlapping bookings ${overlaps}`);
    if (failed.length > 0) note(`first failure: ${String((failed[0] as PromiseRejectedResult).reason)}`);
    report({
      id: 'calendar.failed',
      label: `calendar.schedule: bookers that failed, of ${bookers} at once`,
      value: failed.length + overlaps,
      unit: 'runs',
      target: { kind: 'max', limit: 0 },
    });
    report({
      id: 'calendar.attempts',
      label: 'calendar.schedule: booking attempts (transactions) per booking',
      value: transactions / Math.max(1, booked.length),
      unit: 'x',
      target: { kind: 'max', limit: 1.1 },
    });
    report({
      id: 'calendar.requests',
      label: 'calendar.schedule: DynamoDB requests per booking (step as deployed)',
      value: requests / Math.max(1, booked.length),
      unit: 'req',
    });
  } finally {
    await db.close();
  }
};

await main();
