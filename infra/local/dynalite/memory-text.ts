import { createRequire } from 'node:module';
import { withColdTier } from './tiered-memory-level';

/**
 * dynalite keeps an in-memory store (no --data-dir) in memory-level with its default store encoding, Buffers: each
 * item written was JSON-encoded, then copied into a Buffer, its key too; each item read was decoded back from one,
 * and every key comparison of the tree walked bytes. memory-level can keep strings instead (its storeEncoding
 * 'utf8'): the same JSON text, no copies, keys compared as strings. The order is the same: dynalite's keys are
 * ASCII (table and index names, hex MD5 prefixes, hex of string and binary key values, digit strings of numbers),
 * where string order and byte order agree. Tags (listed in key order) are the one user text in a key; their order
 * can differ only between characters above U+FFFF and those from U+E000 to U+FFFF.
 *
 * dynalite takes memory-level's class when its db module is loaded, so this is installed before that (store.ts). The
 * class can also move older entries to disk (./tiered-memory-level.ts), once a store is given a disk tier.
 */

type Options = Record<string, unknown>;
type MemoryLevelClass = new (location?: unknown, options?: Options) => object;
interface MemoryLevelModule {
  MemoryLevel: MemoryLevelClass & { keepsText?: true };
}

const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));

/** Idempotent. True when dynalite's in-memory stores created from now on keep text. */
export const keepMemoryStoresAsText = (): boolean => {
  const memoryLevel = fromDynalite('memory-level') as MemoryLevelModule;
  if (memoryLevel.MemoryLevel.keepsText) return true;
  if (fromDynalite.cache[fromDynalite.resolve('dynalite/db')]) return false;
  const Base = memoryLevel.MemoryLevel;
  class TextMemoryLevel extends withColdTier(Base) {
    static override readonly keepsText = true as const;
    constructor(location?: unknown, options?: Options) {
      const given = typeof location === 'object' && location !== null ? (location as Options) : options;
      super({ storeEncoding: 'utf8', ...given });
    }
  }
  memoryLevel.MemoryLevel = TextMemoryLevel;
  return true;
};
