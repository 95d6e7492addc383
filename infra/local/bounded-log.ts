/**
 * The newest entries of an in-memory log, bounded in count and in bytes (each entry's JSON size): beyond either
 * bound the oldest are dropped. What the local runtime keeps in memory of what it archives or records (bus archive,
 * outbox) stays within a fixed size however long it runs; the files behind them (--data-dir) keep everything.
 */
export class BoundedLog<T> {
  /** Entries from `start` on are held; those before it were dropped and leave the array in one splice later. */
  private entries: T[] = [];
  private sizes: number[] = [];
  private start = 0;
  private bytes = 0;

  /** `onDrop`: told of each entry the bounds drop (an index kept beside the log forgets it). */
  constructor(
    private readonly maxCount: number,
    private readonly maxBytes: number,
    private readonly onDrop?: (entry: T) => void,
  ) {}

  /**
   * `size`: the entry's JSON length when the caller has it already. Dropping the oldest only moves `start`: a full
   * log (the bus archive holds 50,000 events) used to splice both arrays on every push.
   */
  push(entry: T, size = JSON.stringify(entry).length): void {
    this.entries.push(entry);
    this.sizes.push(size);
    this.bytes += size;
    while (
      this.start < this.entries.length - 1 &&
      (this.entries.length - this.start > this.maxCount || this.bytes > this.maxBytes)
    ) {
      this.bytes -= this.sizes[this.start] ?? 0;
      const dropped = this.entries[this.start] as T;
      this.entries[this.start] = undefined as T;
      this.start += 1;
      this.onDrop?.(dropped);
    }
    if (this.start >= 1024 && this.start * 2 >= this.entries.length) this.compact();
  }

  /** Replaces every entry (oldest first), keeping the newest within the bounds. */
  replace(entries: readonly T[]): void {
    this.entries = [];
    this.sizes = [];
    this.start = 0;
    this.bytes = 0;
    for (const entry of entries) this.push(entry);
  }

  /** The entries, oldest first (a live view: do not modify). */
  get all(): readonly T[] {
    if (this.start > 0) this.compact();
    return this.entries;
  }

  get size(): { count: number; bytes: number } {
    return { count: this.entries.length - this.start, bytes: this.bytes };
  }

  private compact(): void {
    this.entries.splice(0, this.start);
    this.sizes.splice(0, this.start);
    this.start = 0;
  }
}
