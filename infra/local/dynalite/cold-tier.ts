import { createRequire } from 'node:module';
import { BloomFilter } from './bloom';
import { type DiskIterator, type Entry, TOMBSTONE } from './tiered-iterators';

/**
 * The disk tier of the in-memory store (`dynaris serve --tiered-store`): the store stays memory-level, every write lands in its tree as
 * before, and in the background the entries written longest ago leave the heap for a LevelDB in a scratch folder,
 * in batches, once the tree holds more than `heapEntries` of them. Reads are read through: a key the heap does not
 * hold is looked up on disk only if it may have moved (a Bloom filter of moved keys), a range only if its partition
 * may have (a Bloom filter of moved partitions; a range across partitions, a Scan, always). So what a run reads
 * while it runs is answered from the heap, as before, and older items cost a disk read (LevelDB, mostly the page
 * cache). The store's contents and answers do not change: only where an entry lives (test/integration/data/
 * dynalite-cold-tier*.test.ts compare it with a plain store). Nothing is kept: the folder goes with the process.
 *
 * Only items and index entries move (keys `item-…` and `index-…`: ASCII, where string order and LevelDB's byte
 * order agree); table descriptions and tags stay in the heap.
 */

export interface ColdTierOptions {
  /** Folder of the disk tier's LevelDB (created; removed by the caller). */
  readonly folder: string;
  /**
   * Movable entries the heap keeps (the newest written); older ones move once there are more. Default 8,000: about
   * 190 lead runs of writes, 3x what a run at p99 sees written while it runs at 216 runs/s. Every entry kept is
   * promoted to V8's old generation and dies there when it moves, so the heap holds it plus half of it again as old
   * space headroom (--heap-growing-percent=50): 20,000 kept the old space at 118-131 MB committed for the --data-dir
   * server's 68-74 (docs/performance.md, "Session 40").
   */
  readonly heapEntries?: number;
  /** Entries moved per LevelDB batch. Default 1,000. */
  readonly batch?: number;
  /** Bits of each Bloom filter (moved keys, moved partitions). Default 2^23 (1 MiB each). */
  readonly filterBits?: number;
}

/** What the tier needs of the heap store (the memory-level tree, raw). */
export interface HeapAccess {
  /** The raw value in the tree now (a TOMBSTONE included), undefined when absent. */
  peek(key: string): string | undefined;
  /** Removes these keys from the tree. */
  remove(keys: readonly string[]): void;
}

interface Disk {
  open(): Promise<void>;
  close(): Promise<void>;
  batch(
    operations: ({ type: 'put'; key: string; value: string } | { type: 'del'; key: string })[],
  ): Promise<void>;
  getSync(key: string): string | undefined;
  iterator(options: Record<string, unknown>): DiskIterator;
  clear(options: Record<string, unknown>): Promise<void>;
  readonly status: string;
}
type DiskClass = new (folder: string, options: Record<string, unknown>) => Disk;

const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));

/** The partition of an item or index key (`<sub-db>~<hash prefix>/<hash key hex>/`), or undefined for other keys. */
export const partitionOf = (key: string): string | undefined => {
  if (!key.startsWith('item-') && !key.startsWith('index-')) return undefined;
  const first = key.indexOf('/');
  if (first < 0) return undefined;
  const second = key.indexOf('/', first + 1);
  return second < 0 ? undefined : key.slice(0, second + 1);
};

export class ColdTier {
  private readonly disk: Disk;
  private readonly keys: BloomFilter;
  private readonly partitions: BloomFilter;
  private readonly heapEntries: number;
  private readonly batchSize: number;
  /** Movable keys in the heap, with the number of their last write; in write order below (stale ones skipped). */
  private readonly latest = new Map<string, number>();
  private order: string[] = [];
  private orderSeqs: number[] = [];
  private head = 0;
  private seq = 0;
  private moving: Promise<void> | undefined;
  private clearing = 0;
  private opened: Promise<void> | undefined;
  private closed = false;
  /** Entries moved so far (a figure; 0 means the disk holds nothing). */
  moved = 0;
  /** Keys read from disk (a figure). */
  diskReads = 0;
  /** The last failure to write the disk (the entries stay in the heap). */
  lastError: unknown;

  constructor(
    private readonly heap: HeapAccess,
    options: ColdTierOptions,
  ) {
    const { ClassicLevel } = fromDynalite('classic-level') as { ClassicLevel: DiskClass };
    this.disk = new ClassicLevel(options.folder, {
      keyEncoding: 'utf8',
      valueEncoding: 'utf8',
      // As --data-dir's store (data-dir.ts): 64 table files of 1 MB mapped at most, no block cache filling.
      maxOpenFiles: 74,
      maxFileSize: 1024 * 1024,
      compression: false,
      // Fewer, larger level-0 flushes: less compaction per moved entry (micro-bench, 3k runs: 0.90 -> 0.49 ms/run).
      writeBufferSize: 16 * 1024 * 1024,
    });
    this.heapEntries = options.heapEntries ?? 8_000;
    this.batchSize = options.batch ?? 1_000;
    this.keys = new BloomFilter(options.filterBits ?? 2 ** 23);
    this.partitions = new BloomFilter(options.filterBits ?? 2 ** 23);
  }

  open(): Promise<void> {
    this.opened ??= this.disk.open();
    return this.opened;
  }

  /** Moves every movable entry the heap holds now (tests: what is read back from disk). */
  async moveAll(): Promise<void> {
    await this.idle();
    this.moving = this.moveOldest(0).finally(() => {
      this.moving = undefined;
    });
    await this.moving;
  }

  /** Movable entries the heap holds (TOMBSTONEs included). */
  get heapCount(): number {
    return this.latest.size;
  }

  /** Resolves once no move is in progress (tests, figures). */
  async idle(): Promise<void> {
    while (this.moving) await this.moving;
  }

  /** Waits for the move in progress, then closes the disk. */
  async close(): Promise<void> {
    this.closed = true;
    await this.moving;
    if (this.opened) await this.opened.catch(() => undefined);
    if (this.disk.status === 'open') await this.disk.close();
  }

  /** True when the disk may hold `key` (false: it certainly does not). */
  mayHold(key: string): boolean {
    return this.moved > 0 && this.keys.has(key);
  }

  /** True when the disk may hold a key in the range from `lower` to `upper` (bounds as the range options give them). */
  mayHoldRange(lower: string | undefined, upper: string | undefined): boolean {
    if (this.moved === 0) return false;
    const partition = lower === undefined ? undefined : partitionOf(lower);
    if (partition === undefined || upper === undefined || !upper.startsWith(partition)) return true;
    return this.partitions.has(partition);
  }

  /** A delete of `key` must leave a TOMBSTONE in the heap (the disk may hold an older value of it). */
  needsTombstone(key: string): boolean {
    const partition = partitionOf(key);
    return partition !== undefined && this.mayHold(key) && this.partitions.has(partition);
  }

  /** The disk's value of `key` (read synchronously: LevelDB's memtable, its files' pages). */
  read(key: string): string | undefined {
    if (this.disk.status !== 'open') return undefined;
    this.diskReads += 1;
    return this.disk.getSync(key);
  }

  /** A value read from disk may go back to the heap: not while a clear may still remove it from the disk. */
  get mayReturnToHeap(): boolean {
    return this.clearing === 0 && !this.closed;
  }

  iterate(options: Record<string, unknown>): DiskIterator {
    const range: Record<string, unknown> = { keyEncoding: 'utf8', valueEncoding: 'utf8' };
    for (const name of ['gt', 'gte', 'lt', 'lte', 'reverse'])
      if (name in options) range[name] = options[name];
    return this.disk.iterator(range);
  }

  /** Clears a range from both tiers, with no move in flight (a batch landing after it would bring entries back). */
  async clear(options: Record<string, unknown>, clearHeap: () => Promise<void>): Promise<void> {
    this.clearing += 1;
    try {
      await this.moving;
      await clearHeap();
      if (this.moved === 0) return;
      await this.open();
      const range: Record<string, unknown> = {};
      for (const name of ['gt', 'gte', 'lt', 'lte']) if (name in options) range[name] = options[name];
      await this.disk.clear(range);
    } finally {
      this.clearing -= 1;
    }
  }

  /** Called after each write of `key` to the heap (a put, a delete, a TOMBSTONE). */
  wrote(key: string): void {
    if (partitionOf(key) === undefined) return;
    this.seq += 1;
    this.latest.set(key, this.seq);
    this.order.push(key);
    this.orderSeqs.push(this.seq);
    if (this.latest.size > this.heapEntries && !this.moving && !this.closed && this.clearing === 0) {
      this.moving = new Promise((resolve) => setImmediate(resolve))
        .then(() => this.moveOldest(Math.floor(this.heapEntries * 0.9)))
        .finally(() => {
          this.moving = undefined;
        });
    }
  }

  /** Moves the oldest entries until the heap holds `target` of them. */
  private async moveOldest(target: number): Promise<void> {
    await this.open();
    while (!this.closed && this.clearing === 0 && this.latest.size > target) {
      const picked: [string, number][] = [];
      const operations: ({ type: 'put'; key: string; value: string } | { type: 'del'; key: string })[] = [];
      const wanted = Math.min(this.batchSize, this.latest.size - target);
      while (picked.length < wanted && this.head < this.order.length) {
        const key = this.order[this.head] as string;
        const seq = this.orderSeqs[this.head] as number;
        this.head += 1;
        if (this.latest.get(key) !== seq) continue; // written again since: its newer write is further on
        const value = this.heap.peek(key);
        if (value === undefined) {
          this.latest.delete(key); // deleted outright: the disk never held it
          continue;
        }
        // Before the disk write: from now on a read that misses the heap looks on disk.
        this.keys.add(key);
        this.partitions.add(partitionOf(key) as string);
        operations.push(value === TOMBSTONE ? { type: 'del', key } : { type: 'put', key, value });
        picked.push([key, seq]);
      }
      this.compactOrder();
      if (picked.length === 0) break;
      this.moved += picked.length;
      try {
        await this.disk.batch(operations);
      } catch (error) {
        this.lastError = error; // kept in the heap; tried again after the next writes
        return;
      }
      // What was written again meanwhile stays (the heap's entry is the newer one).
      const unchanged = picked.filter(([key, seq]) => this.latest.get(key) === seq).map(([key]) => key);
      this.heap.remove(unchanged);
      for (const key of unchanged) this.latest.delete(key);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Drops the consumed head of the write order, and stale entries when they outnumber the live ones. */
  private compactOrder(): void {
    if (this.head > 4096 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.orderSeqs = this.orderSeqs.slice(this.head);
      this.head = 0;
    }
    if (this.order.length - this.head > 4 * this.latest.size + 4096) {
      const live = [...this.latest].sort(([, a], [, b]) => a - b);
      this.order = live.map(([key]) => key);
      this.orderSeqs = live.map(([, seq]) => seq);
      this.head = 0;
    }
  }
}

export type { Entry };
