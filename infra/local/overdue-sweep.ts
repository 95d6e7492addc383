import type { EngineClock } from '../../functions/engine/clock';
import { nextFireTimes } from '../../statemachines/schedule';
import { type LambdaLike, lambdaContext } from './invoker';

export interface OverdueSweep {
  /** Tenants the sweep covers (the local tenant, tenants with workflows, tenants created later). */
  readonly tenants: Set<string>;
  /** Sweeps in progress (the runtime is not idle while one runs). */
  running(): number;
  stop(): void;
}

/**
 * The deployed stack's daily EventBridge rule: billing's overdue sweep at 06:00 UTC, here for the local tenants.
 * Nothing runs when the billing handler is not loaded.
 */
export const startOverdueSweep = (deps: {
  clock: EngineClock;
  billing: LambdaLike | undefined;
  tenants: Iterable<string>;
  say: (line: string) => void;
}): OverdueSweep => {
  const { clock, billing, say } = deps;
  const tenants = new Set(deps.tenants);
  const controller = new AbortController();
  let running = 0;
  void (async () => {
    while (!controller.signal.aborted && billing) {
      const next = nextFireTimes({ cron: '0 6 * * ? *', timezone: 'UTC' }, clock.now(), 1)[0];
      if (!next) return;
      await clock.sleep(next.getTime() - clock.now().getTime(), controller.signal, 'rule:overdue-sweep');
      if (controller.signal.aborted) return;
      running += 1;
      try {
        await billing(
          { op: 'detectOverdue', tenantIds: [...tenants] },
          lambdaContext('overdue-sweep', 900_000),
        );
      } catch (error) {
        say(`! overdue sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running -= 1;
      }
    }
  })();
  return { tenants, running: () => running, stop: () => controller.abort() };
};
