import { type EngineClock, isVirtualClock } from './clock';
import { type Execution, pause, settle } from './execution';

/** When the engine can progress without outside help, and driving virtual time while it cannot. */

/**
 * True when nothing inside the engine can progress without outside help: every running execution is waiting
 * for a timer or a task token (no task function is working, no state is between tasks).
 */
export const isIdle = (active: ReadonlySet<Execution>): boolean => {
  for (const e of active) {
    // Every chain of states (top level, iterations, branches) waits, or the execution is still unwinding.
    if (e.chains > e.blocked || (e.status !== 'RUNNING' && e.chains > 0)) return false;
  }
  return true;
};

/** What keeps the engine busy (for diagnostics): running executions and the states they are in. */
export const busyReport = (active: ReadonlySet<Execution>): string[] => {
  const out: string[] = [];
  for (const e of active) {
    if (e.chains <= e.blocked) continue;
    const open = e.timeline.filter((t) => t.endedAt === undefined).map((t) => t.name);
    out.push(`${e.name}: ${e.running} task(s) working, in ${open.join(', ') || 'transition'}`);
  }
  return out;
};

/** Resolves when isIdle() holds across a full turn of the event loop. */
export const waitForIdle = async (active: ReadonlySet<Execution>): Promise<void> => {
  for (let spins = 0; ; spins++) {
    // Busy work is usually I/O: after a few turns, poll gently instead of spinning the event loop.
    await (spins < 20 ? settle() : pause());
    if (!isIdle(active)) continue;
    await settle();
    if (isIdle(active)) return;
  }
};

/** Whether the clock has a timer owned by a running execution (a Wait, a retry pause, a task timeout). */
export const hasExecutionTimers = (
  clock: EngineClock,
  executions: ReadonlyMap<string, Execution>,
): boolean => {
  if (!isVirtualClock(clock)) return false;
  return (
    clock.nextDue((owner) => owner !== undefined && executions.get(owner)?.status === 'RUNNING') !== undefined
  );
};

/**
 * Virtual clock only: runs until every execution has finished or waits for something outside the engine
 * (a task token), jumping virtual time to the next due timer whenever nothing else can progress.
 */
export const runUntilSettled = async (
  clock: EngineClock,
  active: ReadonlySet<Execution>,
  executions: ReadonlyMap<string, Execution>,
  maxTimerJumps: number,
): Promise<void> => {
  if (!isVirtualClock(clock)) {
    await waitForIdle(active);
    return;
  }
  for (let i = 0; i < maxTimerJumps; i++) {
    await waitForIdle(active);
    if (!hasExecutionTimers(clock, executions)) return;
    clock.fireNext();
  }
  throw new Error(`runUntilSettled: still running after ${maxTimerJumps} timer jumps`);
};
