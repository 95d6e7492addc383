import { createRequire } from 'node:module';

/**
 * Iterators over the two tiers of a store whose older entries moved to disk (./cold-tier.ts): the heap's range and
 * the disk's range read side by side and merged in key order, as one store would list them. Where both hold a key,
 * the heap's entry is the current one (the disk holds what was moved, the heap what was written since); a heap entry
 * that is a TOMBSTONE hides the key (deleted since it moved). Both sides are opened at the same moment, so the merge
 * reads one state of the store, as a memory-level iterator reads one version of its tree.
 */

export type Entry = [string, string];
/** A heap iterator's raw steps (memory-level's `_nextv`: keys and values in the store encoding, utf8 text). */
export interface RawIterator {
  _nextv(size: number, options: object): Promise<Entry[]>;
  close(): Promise<void>;
}
/** The disk's iterator (classic-level, utf8 keys and values). */
export interface DiskIterator {
  nextv(size: number): Promise<Entry[]>;
  close(): Promise<void>;
}

/** A heap value that stands for "deleted": no JSON text is empty or starts with NUL. */
export const TOMBSTONE = '\u0000';

/** Entries read from each side per step. */
const STEP = 64;

class Side {
  private buffer: Entry[] = [];
  private at = 0;
  private ended = false;
  constructor(private readonly read: (size: number) => Promise<Entry[]>) {}

  async peek(): Promise<Entry | undefined> {
    if (this.at < this.buffer.length) return this.buffer[this.at];
    if (this.ended) return undefined;
    this.buffer = await this.read(STEP);
    this.at = 0;
    if (this.buffer.length === 0) this.ended = true;
    return this.buffer[0];
  }

  skip(): void {
    this.at += 1;
  }
}

/** The merged entries in order (reverse: descending), without tombstones. */
export class MergedRange {
  private readonly heap: Side;
  private readonly disk: Side;

  constructor(
    private readonly heapIterator: RawIterator,
    private readonly diskIterator: DiskIterator,
    private readonly reverse: boolean,
  ) {
    this.heap = new Side((size) => heapIterator._nextv(size, {}));
    this.disk = new Side((size) => diskIterator.nextv(size));
  }

  async next(size: number): Promise<Entry[]> {
    const out: Entry[] = [];
    while (out.length < size) {
      const h = await this.heap.peek();
      const d = await this.disk.peek();
      if (!h && !d) break;
      let order: number;
      if (!h) order = 1;
      else if (!d) order = -1;
      else order = h[0] === d[0] ? 0 : h[0] < d[0] !== this.reverse ? -1 : 1;
      if (order > 0) {
        this.disk.skip();
        out.push(d as Entry);
        continue;
      }
      this.heap.skip();
      if (order === 0) this.disk.skip();
      if ((h as Entry)[1] !== TOMBSTONE) out.push(h as Entry);
    }
    return out;
  }

  async close(): Promise<void> {
    await Promise.all([this.heapIterator.close(), this.diskIterator.close()]);
  }
}

interface IteratorBase {
  new (db: object, options: object): object;
}
const fromMemoryLevel = createRequire(createRequire(import.meta.url).resolve('memory-level'));
const abstract = fromMemoryLevel('abstract-level') as {
  AbstractIterator: IteratorBase;
  AbstractKeyIterator: IteratorBase;
  AbstractValueIterator: IteratorBase;
};

type Shape = 'entries' | 'keys' | 'values';

/** abstract-level's iterator of one shape (entries, keys or values) over a merged range; the base counts the limit. */
export const mergedIterator = (
  shape: Shape,
  db: object,
  options: object,
  range: MergedRange,
  wants: { keys: boolean; values: boolean },
): object => {
  const Base =
    shape === 'entries'
      ? abstract.AbstractIterator
      : shape === 'keys'
        ? abstract.AbstractKeyIterator
        : abstract.AbstractValueIterator;
  const pick = (entry: Entry): unknown =>
    shape === 'keys'
      ? entry[0]
      : shape === 'values'
        ? entry[1]
        : [wants.keys ? entry[0] : undefined, wants.values ? entry[1] : undefined];
  class Merged extends (Base as new (db: object, options: object) => object) {
    async _next(): Promise<unknown> {
      const [entry] = await range.next(1);
      return entry ? pick(entry) : undefined;
    }
    async _nextv(size: number): Promise<unknown[]> {
      return (await range.next(size)).map(pick);
    }
    async _close(): Promise<void> {
      await range.close();
    }
  }
  return new Merged(db, options);
};
