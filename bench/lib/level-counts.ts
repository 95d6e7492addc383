/**
 * What the server asks of LevelDB (the --data-dir store), counted in the bench's server process: reads, writes,
 * iterators and the entries they return, and LevelDB's own account of its levels and compactions
 * (`leveldb.stats`). Installed on classic-level's prototypes before the runtime opens its store; what the memory
 * bench prints per run between checkpoints, to tell a per-run cost that grows with the stored data from one that
 * does not.
 */
import { createRequire } from 'node:module';

type Method = (this: unknown, ...args: unknown[]) => unknown;
interface LevelInstance {
  readonly status: string;
  getProperty(name: string): string;
}

const counts: Record<string, number> = {};
const opened = new Set<LevelInstance>();
const count = (name: string, n = 1) => {
  counts[name] = (counts[name] ?? 0) + n;
};

const wrap = (
  proto: Record<string, Method>,
  name: string,
  around: (self: unknown, args: unknown[]) => void,
) => {
  const original = proto[name];
  if (!original) return;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    around(this, args);
    return original.apply(this, args);
  };
};

export const countLevelOperations = (): void => {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const proto = (fromDynalite('classic-level') as { ClassicLevel: { prototype: Record<string, Method> } })
    .ClassicLevel.prototype;
  wrap(proto, '_open', (self) => opened.add(self as LevelInstance));
  wrap(proto, '_get', () => count('get'));
  wrap(proto, '_getSync', () => count('getSync'));
  wrap(proto, '_getMany', (_, [keys]) => count('get', (keys as unknown[]).length));
  wrap(proto, '_put', () => count('put'));
  wrap(proto, '_del', () => count('del'));
  wrap(proto, '_batch', (_, [operations]) => {
    count('batch');
    count('batch operations', (operations as unknown[]).length);
  });
  let iteratorWrapped = false;
  const makeIterator = proto._iterator;
  if (!makeIterator) return;
  proto._iterator = function (this: unknown, ...args: unknown[]) {
    count('iterator');
    const iterator = makeIterator.apply(this, args) as object;
    if (!iteratorWrapped) {
      iteratorWrapped = true;
      const iproto = Object.getPrototypeOf(iterator) as Record<string, Method>;
      for (const name of ['_next', '_nextv']) {
        const original = iproto[name];
        if (!original) continue;
        iproto[name] = async function (this: unknown, ...a: unknown[]) {
          const result = await original.apply(this, a);
          if (name === '_next') count('entries read', result === undefined ? 0 : 1);
          else count('entries read', (result as unknown[]).length);
          return result;
        };
      }
    }
    return iterator;
  };
};

/** The counts so far, and LevelDB's files per level and compaction totals of each open store. */
export const levelCounts = (): { counts: Record<string, number>; stats: string[] } => ({
  counts: { ...counts },
  stats: [...opened]
    .filter((db) => db.status === 'open')
    .map((db) => {
      try {
        return db.getProperty('leveldb.stats');
      } catch (error) {
        return String(error);
      }
    }),
});
