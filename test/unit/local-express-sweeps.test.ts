import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../functions/engine/clock';
import { SWEEP_SLOT_MS, startExpressRunSweeps } from '../../infra/local/express-sweeps';

const DEADLINE_MS = 6 * 60_000;
const settle = () => new Promise((resolve) => setImmediate(resolve));

const sweeper = (clock: VirtualClock) => {
  const sweptAt: number[] = [];
  const sweeps = startExpressRunSweeps({
    clock,
    sweep: async () => {
      sweptAt.push(clock.now().getTime());
    },
    say: () => {},
  });
  return { sweeps, sweptAt };
};

describe('Express run sweeps of the local runtime (what closes Express runs past their deadline)', () => {
  it('GIVEN 1,000 Express runs started within 2 seconds of one slot WHEN each asks for a sweep after its deadline THEN one timer is pending for them all, not one per run', () => {
    const clock = new VirtualClock(new Date('2026-12-05T10:00:00.500Z'));
    const { sweeps } = sweeper(clock);
    const start = clock.now().getTime();
    for (let i = 0; i < 1000; i++) {
      clock.advanceTo(start + i * 2);
      sweeps.after(DEADLINE_MS);
    }
    expect(sweeps.pending()).toBe(1);
    expect(clock.pendingTimers).toBe(1);
  });

  it('GIVEN runs whose deadlines fall in several slots WHEN time passes THEN every deadline is swept at or after it and within one slot, once per slot', async () => {
    const clock = new VirtualClock(new Date('2026-12-05T10:00:00Z'));
    const { sweeps, sweptAt } = sweeper(clock);
    const start = clock.now().getTime();
    const deadlines: number[] = [];
    for (let i = 0; i < 40; i++) {
      clock.advanceTo(start + i * 700);
      sweeps.after(DEADLINE_MS);
      deadlines.push(clock.now().getTime() + DEADLINE_MS);
    }
    // 40 runs over 27.3 s: 6 or 7 slots of 5 s.
    expect(sweeps.pending()).toBeLessThanOrEqual(7);
    while (clock.fireNext()) await settle();
    for (const deadline of deadlines) {
      expect(sweptAt.some((at) => at >= deadline && at < deadline + SWEEP_SLOT_MS)).toBe(true);
    }
    expect(new Set(sweptAt).size).toBe(sweptAt.length);
    expect(sweptAt.length).toBeLessThanOrEqual(7);
    expect(sweeps.pending()).toBe(0);
  });

  it('GIVEN pending sweeps WHEN the runtime stops THEN none runs', async () => {
    const clock = new VirtualClock(new Date('2026-12-05T10:00:00Z'));
    const { sweeps, sweptAt } = sweeper(clock);
    sweeps.after(DEADLINE_MS);
    sweeps.stop();
    clock.advanceTo(clock.now().getTime() + 2 * DEADLINE_MS);
    await settle();
    expect(sweptAt).toEqual([]);
  });
});
