import { type EngineClock, isVirtualClock } from '../../functions/engine/clock';
import type { LocalEngine } from '../../functions/engine/local-engine';

/** Work in flight that is not the engine's: each reports how many of its operations are running. */
export interface BusySource {
  readonly name: string;
  busy(): number;
}

export interface Idle {
  /** Resolves when nothing can progress without time passing or outside input. */
  waitForIdle(): Promise<void>;
  /** Virtual clock: moves time forward by `ms`, firing every timer due on the way, in order. */
  advance(ms: number): Promise<void>;
  /** Virtual clock: lets running executions finish, jumping over their waits. */
  runUntilSettled(): Promise<void>;
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A task that never returns would keep the system busy forever; say what is stuck instead of hanging. */
const IDLE_LIMIT_MS = 120_000;

/** When the local runtime is idle (the engine, the bus and every busy source), and virtual time on top of it. */
export const createIdle = (deps: {
  engine: LocalEngine;
  bus: { isIdle(): boolean };
  clock: EngineClock;
  sources: readonly BusySource[];
}): Idle => {
  const { engine, bus, clock, sources } = deps;
  const isIdle = () => engine.isIdle() && bus.isIdle() && sources.every((s) => s.busy() === 0);
  const waitForIdle = async () => {
    const since = Date.now();
    for (let spins = 0; ; spins++) {
      // Busy work is usually I/O (dynalite, HTTP): after a few turns, poll gently instead of spinning.
      await (spins < 20 ? settle() : new Promise((resolve) => setTimeout(resolve, 1)));
      if (Date.now() - since > IDLE_LIMIT_MS) {
        const busy = [
          ...engine.busyReport(),
          ...(bus.isIdle() ? [] : ['bus deliveries in flight']),
          ...sources.filter((s) => s.busy() > 0).map((s) => `${s.busy()} ${s.name}`),
        ];
        throw new Error(
          `The local runtime is still busy after ${IDLE_LIMIT_MS / 1000} s: ${busy.join('; ')}`,
        );
      }
      if (!isIdle()) continue;
      await settle();
      if (isIdle()) return;
    }
  };
  return {
    waitForIdle,
    async advance(ms) {
      if (!isVirtualClock(clock)) throw new Error('advance() needs the virtual clock');
      const target = clock.now().getTime() + ms;
      for (;;) {
        await waitForIdle();
        const next = clock.nextDue();
        if (next === undefined || next > target) break;
        clock.fireNext();
      }
      clock.advanceTo(target);
      await waitForIdle();
    },
    async runUntilSettled() {
      for (let i = 0; i < 10_000; i++) {
        await waitForIdle();
        if (!engine.hasExecutionTimers() || !isVirtualClock(clock)) return;
        clock.fireNext();
      }
    },
  };
};
