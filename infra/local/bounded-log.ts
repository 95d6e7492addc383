/**
 * The newest entries of an in-memory log, bounded in count and in bytes (each entry's JSON size): beyond either
 * bound the oldest are dropped. What the local runtime keeps in memory of what it archives or records (bus archive,
 * outbox) stays within a fixed size however long it runs; the files behind them (--data-dir) keep everything.
 */
export class BoundedLog<T> {
  private entries: T[] = [];
  private sizes: number[] = [];
  private bytes = 0;

  constructor(
    private readonly maxCount: number,
    private readonly maxBytes: number,
  ) {}

  /** `size`: the entry's JSON length when the caller has it already. */
  push(entry: T, size = JSON.stringify(entry).length): void {
    this.entries.push(entry);
    this.sizes.push(size);
    this.bytes += size;
    let drop = 0;
    let bytes = this.bytes;
    while (
      drop < this.entries.length - 1 &&
      (this.entries.length - drop > this.maxCount || bytes > this.maxBytes)
    ) {
      bytes -= this.sizes[drop] ?? 0;
      drop += 1;
    }
    if (drop > 0) {
      this.entries.splice(0, drop);
      this.sizes.splice(0, drop);
      this.bytes = bytes;
    }
  }

  /** Replaces every entry (oldest first), keeping the newest within the bounds. */
  replace(entries: readonly T[]): void {
    this.entries = [];
    this.sizes = [];
    this.bytes = 0;
    for (const entry of entries) this.push(entry);
  }

  /** The entries, oldest first (a live view: do not modify). */
  get all(): readonly T[] {
    return this.entries;
  }

  get size(): { count: number; bytes: number } {
    return { count: this.entries.length, bytes: this.bytes };
  }
}
