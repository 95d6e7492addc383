import { ColdTier, type ColdTierOptions } from './cold-tier';
import { MergedRange, mergedIterator, type RawIterator, TOMBSTONE } from './tiered-iterators';

/**
 * memory-level's storage methods, read through a disk tier once one is attached (./cold-tier.ts); without one, each
 * is memory-level's own. Keys and values arrive here in the store encoding (utf8 text, ./memory-text.ts).
 */

type Options = Record<string, unknown>;
type Operation = { type: 'put'; key: string; value: string } | { type: 'del'; key: string };
interface MemoryStorage {
  _put(key: string, value: string, options: Options): Promise<void>;
  _del(key: string, options: Options): Promise<void>;
  _batch(operations: Operation[], options: Options): Promise<void>;
  _get(key: string, options: Options): Promise<string | undefined>;
  _getSync(key: string, options: Options): string | undefined;
  _getMany(keys: string[], options: Options): Promise<(string | undefined)[]>;
  _has(key: string, options: Options): Promise<boolean>;
  _hasMany(keys: string[], options: Options): Promise<boolean[]>;
  _clear(options: Options): Promise<void>;
  _close(): Promise<void>;
  _iterator(options: Options): object;
  _keys(options: Options): object;
  _values(options: Options): object;
}
// biome-ignore lint/suspicious/noExplicitAny: TypeScript's mixin rule: a mixin's base takes `...args: any[]`.
type MemoryClass = new (...args: any[]) => object;

const NO_OPTIONS: Options = {};

/** The range's bounds as abstract-level hands them to `_iterator` (already in the store encoding). */
const boundsOf = (options: Options): [string | undefined, string | undefined] => {
  const lower = (options.gte ?? options.gt) as string | undefined;
  const upper = (options.lte ?? options.lt) as string | undefined;
  return [lower, upper];
};

export interface TieredStore {
  /** Moves the store's older items and index entries to a LevelDB in `options.folder`. Call before any write. */
  attachColdTier(options: ColdTierOptions): ColdTier;
  readonly coldTier: ColdTier | undefined;
}

export const withColdTier = <T extends MemoryClass>(Base: T) => {
  const base = (Base as unknown as { prototype: MemoryStorage }).prototype;
  class Tiered extends Base implements TieredStore {
    coldTier: ColdTier | undefined;

    attachColdTier(options: ColdTierOptions): ColdTier {
      const self = this as unknown as MemoryStorage;
      this.coldTier = new ColdTier(
        {
          peek: (key) => base._getSync.call(self, key, NO_OPTIONS),
          remove: (keys) =>
            void base._batch.call(
              self,
              keys.map((key) => ({ type: 'del', key })),
              NO_OPTIONS,
            ),
        },
        options,
      );
      return this.coldTier;
    }

    async _close(): Promise<void> {
      await base._close.call(this as unknown as MemoryStorage);
      await this.coldTier?.close();
    }

    private read(key: string, options: Options): string | undefined {
      const self = this as unknown as MemoryStorage;
      const value = base._getSync.call(self, key, options);
      const tier = this.coldTier;
      if (!tier) return value;
      if (value === TOMBSTONE) return undefined;
      if (value !== undefined || !tier.mayHold(key)) return value;
      const moved = tier.read(key);
      // Read once, read again (a tenant's settings, a workflow, its subscriptions on every run): back to the heap as
      // the newest entry, so the next reads skip LevelDB. Not for a snapshot's read (the heap may hold newer).
      if (moved !== undefined && options.snapshot == null && tier.mayReturnToHeap) {
        void base._put.call(self, key, moved, NO_OPTIONS);
        tier.wrote(key);
      }
      return moved;
    }

    _getSync(key: string, options: Options): string | undefined {
      return this.read(key, options);
    }
    async _get(key: string, options: Options): Promise<string | undefined> {
      return this.read(key, options);
    }
    async _getMany(keys: string[], options: Options): Promise<(string | undefined)[]> {
      return keys.map((key) => this.read(key, options));
    }
    async _has(key: string, options: Options): Promise<boolean> {
      return this.read(key, options) !== undefined;
    }
    async _hasMany(keys: string[], options: Options): Promise<boolean[]> {
      return keys.map((key) => this.read(key, options) !== undefined);
    }

    _put(key: string, value: string, options: Options): Promise<void> {
      const done = base._put.call(this as unknown as MemoryStorage, key, value, options);
      this.coldTier?.wrote(key);
      return done;
    }
    _del(key: string, options: Options): Promise<void> {
      const self = this as unknown as MemoryStorage;
      const tier = this.coldTier;
      if (!tier) return base._del.call(self, key, options);
      const done = tier.needsTombstone(key)
        ? base._put.call(self, key, TOMBSTONE, options)
        : base._del.call(self, key, options);
      tier.wrote(key);
      return done;
    }
    _batch(operations: Operation[], options: Options): Promise<void> {
      const self = this as unknown as MemoryStorage;
      const tier = this.coldTier;
      if (!tier) return base._batch.call(self, operations, options);
      const done = base._batch.call(
        self,
        operations.map((op) =>
          op.type === 'del' && tier.needsTombstone(op.key)
            ? { type: 'put' as const, key: op.key, value: TOMBSTONE }
            : op,
        ),
        options,
      );
      for (const op of operations) tier.wrote(op.key);
      return done;
    }

    async _clear(options: Options): Promise<void> {
      const self = this as unknown as MemoryStorage;
      const tier = this.coldTier;
      if (!tier) return base._clear.call(self, options);
      if (options.limit !== -1 && options.limit !== undefined) {
        // A limited clear: the first keys of the merged range, deleted as a delete would.
        const iterator = this._keys({ ...options }) as {
          nextv(n: number): Promise<string[]>;
          close(): Promise<void>;
        };
        try {
          const keys = await (iterator as unknown as { _nextv(n: number): Promise<string[]> })._nextv(
            options.limit as number,
          );
          await this._batch(
            keys.map((key) => ({ type: 'del', key })),
            NO_OPTIONS,
          );
        } finally {
          await iterator.close();
        }
        return;
      }
      await tier.clear(options, () => base._clear.call(self, options));
    }

    private merged(shape: 'entries' | 'keys' | 'values', options: Options): object | undefined {
      const tier = this.coldTier;
      if (!tier) return undefined;
      const [lower, upper] = boundsOf(options);
      if (!tier.mayHoldRange(lower, upper)) return undefined;
      const heap = base._iterator.call(this as unknown as MemoryStorage, {
        ...options,
        keys: true,
        values: true,
        limit: -1,
      }) as RawIterator;
      const range = new MergedRange(heap, tier.iterate(options), options.reverse === true);
      return mergedIterator(shape, this, options, range, {
        keys: options.keys !== false,
        values: options.values !== false,
      });
    }

    _iterator(options: Options): object {
      return (
        this.merged('entries', options) ?? base._iterator.call(this as unknown as MemoryStorage, options)
      );
    }
    _keys(options: Options): object {
      return this.merged('keys', options) ?? base._keys.call(this as unknown as MemoryStorage, options);
    }
    _values(options: Options): object {
      return this.merged('values', options) ?? base._values.call(this as unknown as MemoryStorage, options);
    }
  }
  return Tiered;
};
