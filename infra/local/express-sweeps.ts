import type { EngineClock } from '../../functions/engine/clock';

export interface ExpressRunSweeps {
  /** Schedules one sweep `ms` from now (a deadline of an Express run). */
  after(ms: number): void;
  /** Sweeps in progress (the runtime is not idle while one runs). */
  running(): number;
  stop(): void;
}

/**
 * The deployed stack's 5-minute rule that asks the supervisor to close Express runs past their deadline. Locally a
 * sweep runs once after each Express execution's deadline: the same runs get closed, without a timer every five
 * minutes of virtual time.
 */
export const startExpressRunSweeps = (deps: {
  clock: EngineClock;
  sweep: () => Promise<unknown>;
  say: (line: string) => void;
}): ExpressRunSweeps => {
  const controller = new AbortController();
  let running = 0;
  return {
    after(ms) {
      void deps.clock.sleep(ms, controller.signal, 'rule:express-run-sweep').then(async () => {
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
    stop: () => controller.abort(),
  };
};
