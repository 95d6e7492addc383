import { urgentWhile } from './callbacks';

/**
 * Readers-writer lock, granted in arrival order so a waiting transaction is not starved by a stream of reads. While
 * a writer waits for it or holds it, every storage callback is answered at once (callbacks.ts, `urgentWhile`): the
 * readers it waits for may be a run's background requests, and every request behind it (a webhook's) waits too.
 */
export class ReadWriteLock {
  private readers = 0;
  private writer = false;
  private readonly waiting: { exclusive: boolean; grant: () => void }[] = [];

  acquire(exclusive: boolean): Promise<() => void> {
    const calm = exclusive ? urgentWhile() : undefined;
    return new Promise((resolve) => {
      this.waiting.push({
        exclusive,
        grant: () => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            if (exclusive) {
              this.writer = false;
              calm?.();
            } else this.readers--;
            this.pump();
          });
        },
      });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0]!;
      if (next.exclusive) {
        if (this.writer || this.readers > 0) return;
        this.writer = true;
      } else {
        if (this.writer) return;
        this.readers++;
      }
      this.waiting.shift();
      next.grant();
    }
  }
}
