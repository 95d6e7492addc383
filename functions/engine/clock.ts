import type { Clock } from '../shared/ports';

/**
 * The engine's time source. Wait states, retry intervals, task timeouts and the local scheduler all sleep through
 * it, so a virtual clock makes "wait 2 days" pass at once while the order of events stays the same.
 */
export interface EngineClock extends Clock {
  readonly kind: 'real' | 'virtual';
  /** Resolves after `ms` of this clock's time; resolves early (without error) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal, owner?: string): Promise<void>;
}

/** setTimeout overflows above 2^31-1 ms (~24.8 days); longer sleeps are chained. */
const MAX_TIMEOUT_MS = 2_147_483_647;

export const createRealClock = (): EngineClock => ({
  kind: 'real',
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const due = Date.now() + Math.max(0, ms);
      let timer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
      const arm = () => {
        const left = due - Date.now();
        if (left <= 0) {
          signal?.removeEventListener('abort', onAbort);
          resolve();
          return;
        }
        timer = setTimeout(arm, Math.min(left, MAX_TIMEOUT_MS));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      arm();
    }),
});

interface VirtualTimer {
  readonly id: number;
  readonly due: number;
  readonly owner: string | undefined;
  readonly resolve: () => void;
}

/**
 * Time that moves only when told to: `advanceTo`, `fireNext`, or the engine's `runUntilSettled`, which jumps to
 * the next due timer once nothing else can progress. Timers fire in due order (ties in creation order).
 */
export class VirtualClock implements EngineClock {
  readonly kind = 'virtual' as const;
  private current: number;
  private timers: VirtualTimer[] = [];
  private nextId = 1;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  sleep(ms: number, signal?: AbortSignal, owner?: string): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal?.aborted || ms <= 0) return resolve();
      const id = this.nextId++;
      const onAbort = () => {
        const at = this.timers.findIndex((t) => t.id === id);
        if (at >= 0) this.timers.splice(at, 1);
        resolve();
      };
      const timer: VirtualTimer = {
        id,
        due: this.current + Math.max(0, ms),
        owner,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      // Kept in (due, id) order by binary insertion: ids grow, so a timer goes after every one due no later.
      let lo = 0;
      let hi = this.timers.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((this.timers[mid] as VirtualTimer).due <= timer.due) lo = mid + 1;
        else hi = mid;
      }
      this.timers.splice(lo, 0, timer);
    });
  }

  /** Epoch ms of the earliest pending timer (optionally only timers whose owner passes `filter`). */
  nextDue(filter?: (owner: string | undefined) => boolean): number | undefined {
    return this.timers.find((t) => (filter ? filter(t.owner) : true))?.due;
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves to the earliest due time and fires every timer due then. Returns false when no timer is pending. */
  fireNext(): boolean {
    const first = this.timers[0];
    if (!first) return false;
    this.current = Math.max(this.current, first.due);
    const due = this.timers.filter((t) => t.due <= this.current);
    this.timers = this.timers.filter((t) => t.due > this.current);
    for (const t of due) t.resolve();
    return true;
  }

  /** Sets the time (never backwards) and fires every timer due by then, all at once. */
  advanceTo(time: Date | number): void {
    const target = typeof time === 'number' ? time : time.getTime();
    if (target > this.current) this.current = target;
    const due = this.timers.filter((t) => t.due <= this.current);
    this.timers = this.timers.filter((t) => t.due > this.current);
    for (const t of due) t.resolve();
  }
}

export const isVirtualClock = (clock: EngineClock): clock is VirtualClock => clock instanceof VirtualClock;
