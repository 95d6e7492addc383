import type { EngineClock } from '../../functions/engine/clock';

export interface ExpressRunSweeps {
  /** Schedules a sweep at least `ms` from now (a deadline of an Express run). */
  after(ms: number): void;
  /** Sweeps in progress (the runtime is not idle while one runs). */
  running(): number;
  /** Sweeps scheduled and not run yet (one per time slot, however many runs it covers). */
  pending(): number;
  stop(): void;
}

/** Deadlines within one slot share one sweep at the slot's end. @default 5 s */
export const SWEEP_SLOT_MS = 5_000;

/**
 * The deployed stack's 5-minute rule that asks the supervisor to close Express runs past their deadline. Locally a
 * sweep runs after each Express execution's deadline, rounded up to the end of its 5-second slot: one sweep closes
 * every run past its deadline by then, so runs that started within the same slot share it. At most one timer per
 * slot of the deadline window is pending (73 for the 6-minute deadline) instead of one per Express run started in
 * the last 6 minutes (2,300 at 8 runs/s, each holding its closures), and the supervisor sweeps at most every 5
 * seconds instead of once per run.
 */
export const startExpressRunSweeps = (deps: {
  clock: EngineClock;
  sweep: () => Promise<unknown>;
  say: (line: string) => void;
  slotMs?: number;
}): ExpressRunSweeps => {
  const slotMs = deps.slotMs ?? SWEEP_SLOT_MS;
  const controller = new AbortController();
  const slots = new Set<number>();
  let running = 0;
  return {
    after(ms) {
      const now = deps.clock.now().getTime();
      const slot = Math.ceil((now + Math.max(0, ms)) / slotMs) * slotMs;
      if (slots.has(slot)) return;
      slots.add(slot);
      void deps.clock.sleep(slot - now, controller.signal, 'rule:express-run-sweep').then(async () => {
        slots.delete(slot);
        if (controller.signal.aborted) return;
        running += 1;
        try {
          await deps.sweep();
        } catch (error) {
          deps.say(`! Express run sweep failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          running -= 1;
        }
      });
    },
    running: () => running,
    pending: () => slots.size,
    stop: () => controller.abort(),
  };
};
