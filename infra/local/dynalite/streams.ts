import { Readable } from 'node:stream';

/**
 * dynalite reads ranges (Query, Scan, table listings) through streams over abstract-level iterators, and closes an
 * iterator with `iterator.return()`, which abstract-level 3 iterators do not have: every range read left its
 * iterator open, and an open LevelDB iterator pins the memtables and files of its snapshot (with --data-dir the
 * process grew by about 0.4 MB per lead run; in memory, memory-level snapshots stayed in the heap). These streams
 * close their iterator when they end, fail or are destroyed (dynalite destroys them when a Limit stops the read),
 * with `Readable` imported once (dynalite requires 'stream' again on every call: a module resolution per query).
 */

interface LevelIterator {
  next(): Promise<unknown>;
  close(): Promise<void>;
}

export interface RangeReadable {
  keys(options: unknown): LevelIterator;
  values(options: unknown): LevelIterator;
  createKeyStream?: (options: unknown) => Readable;
  createValueStream?: (options: unknown) => Readable;
}

const closingStream = (iterator: LevelIterator): Readable =>
  new Readable({
    objectMode: true,
    read() {
      iterator.next().then(
        (value) => this.push(value === undefined ? null : value),
        (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    },
    // Also called once the stream has ended (autoDestroy).
    destroy(error, callback) {
      iterator.close().then(
        () => callback(error),
        () => callback(error),
      );
    },
  });

/** Replaces dynalite's range streams on its database with ones that close their iterators. */
export const closeRangeIterators = (db: RangeReadable): void => {
  db.createKeyStream = (options) => closingStream(db.keys(options));
  db.createValueStream = (options) => closingStream(db.values(options));
};
