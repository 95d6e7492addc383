import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { APPEND_ONLY_FILES, DataFileError, endTornLastLine, isStorageFailure } from './data-files';
import { IndexRepairWriteError, repairIndexEntries, type SweptLevel } from './dynalite/phantom-index';

/**
 * Checks a --data-dir before anything is opened on it, so a start on storage that cannot work ends with one clear
 * message (the folder or file, the problem, what to do) instead of an exception from deep inside a store.
 */

interface LevelLike {
  open(): Promise<void>;
  close(): Promise<void>;
}
type LevelClass = new (folder: string, options: Record<string, unknown>) => LevelLike;

// The LevelDB binding dynalite stores its tables with (dynalite's own dependency).
const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
const { Level } = fromDynalite('level') as { Level: LevelClass };

type Write = (this: unknown, ...args: unknown[]) => unknown;
const writes = (fromDynalite('classic-level') as { ClassicLevel: { prototype: Record<string, Write> } })
  .ClassicLevel.prototype;

/**
 * LevelDB settings for the --data-dir store (dynalite opens it with LevelDB's defaults). LevelDB maps every table
 * file it keeps open (up to `maxOpenFiles`, 1,000 by default, 2 MB each) and the pages it reads stay in the
 * process's RSS: with the defaults the mapped part grew with the database (61 MB of RSS after 10k lead runs, about
 * 400 MB on disk) and would reach 2 GB. At most 74 files open (LevelDB's floor: 64 table files) of 1 MB each bound it
 * to 64 MB, whatever the database's size (docs/performance.md).
 *
 * Tables are written without Snappy compression. A compressed block read from a mapped table is decompressed into
 * memory and kept in LevelDB's block cache (8 MB of malloc, filled as the database grows past it: the process's
 * native memory grew 12–13 MB from 1k to 10k lead runs); an uncompressed block is read in place from the mapping,
 * so the cache stays empty and nothing is decompressed or compressed (Snappy was a third of the compaction thread's
 * CPU). The cost is disk: about 2.5 times the bytes (248 MB instead of 101 MB after 6k runs). Tables already written
 * compressed stay readable (LevelDB marks each block).
 */
export const DATA_DIR_LEVELDB_OPTIONS = {
  maxOpenFiles: 74,
  maxFileSize: 1024 * 1024,
  compression: false,
} as const;

const tuneLevelDb = (): void => {
  const open = writes._open;
  if (!open || (open as { tuned?: boolean }).tuned) return;
  const tuned: Write = function (this: unknown, options, ...rest) {
    return open.call(this, { ...DATA_DIR_LEVELDB_OPTIONS, ...(options as object) }, ...rest);
  };
  writes._open = Object.assign(tuned, { tuned: true });
};

/**
 * A LevelDB write the disk refuses (full, read-only, I/O error) is marked as DynamoDB's 500 InternalServerError:
 * dynalite answers an error carrying `statusCode` and `body` as such instead of throwing it from a callback (which
 * ended the process), the SDK retries it, and the API answers 503. Installed on the LevelDB class before dynalite
 * creates its store (dynalite binds the write methods then); in-memory stores are not concerned.
 */
const markStoreFailures = (): void => {
  for (const method of ['put', 'del', 'batch']) {
    const write = writes[method];
    if (!write || (write as { marked?: boolean }).marked) continue;
    const marked: Write = function (this: unknown, ...args) {
      const result = write.apply(this, args);
      if (!(result instanceof Promise)) return result; // batch() without operations: a chained batch
      return result.catch((error: unknown) => {
        if (isStorageFailure(error) || (error as { code?: unknown }).code === 'LEVEL_CORRUPTION') {
          Object.assign(error as object, {
            statusCode: 500,
            body: {
              __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
              message: `The local store could not write: ${(error as Error).message}`,
            },
          });
        }
        throw error;
      });
    };
    writes[method] = Object.assign(marked, { marked: true });
  }
};

interface LookupOptions {
  readonly keyEncoding: string;
  readonly valueEncoding: string;
  readonly fillCache?: boolean;
  readonly snapshot?: unknown;
}
interface IteratingLevel {
  iterator(options: Record<string, unknown>): {
    next(): Promise<[unknown, unknown] | undefined>;
    close(): Promise<void>;
  };
}

/**
 * The store reads a key with a one-entry range read instead of LevelDB's Get. LevelDB (1.20, classic-level's) charges
 * a Get that looks in two or more table files to the first of them, and compacts a file charged about 100 times (a
 * "seek compaction", meant for stores without Bloom filters; this one has them). dynalite's keys are spread over the
 * key space (an MD5 prefix), so nearly every Get that the write buffer does not answer looks in two files or more:
 * each existence check of a new item, each read of an item older than a few seconds. About 30 a run, so every new
 * level-0 file was compacted alone into all of level 1 within a second of its flush, and level-1 files into level 2,
 * again and again: 30x more written by compaction than by the runs, and LevelDB's compaction thread's CPU per run
 * grew with the database (1.7 -> 7.6 ms per lead run from 1k to 4k runs, 17+ at 10k), where the rest stayed flat.
 * A range read samples its reads only about once per MB, so it does not set off seek compactions; it costs more
 * than a Get itself (no Bloom filter: one block per level; about 20 us instead of 10), which the saved compaction
 * outweighs from about 3k runs on (docs/performance.md, "What climbs with stored runs").
 */
const readByIterator = (): void => {
  const get = writes._get;
  if (!get || (get as { byIterator?: boolean }).byIterator) return;
  const lookup = async function (this: IteratingLevel, key: unknown, options: LookupOptions) {
    const iterator = this.iterator({
      gte: key,
      lte: key,
      limit: 1,
      keys: false,
      keyEncoding: options.keyEncoding,
      valueEncoding: options.valueEncoding,
      ...(options.fillCache === false ? { fillCache: false } : {}),
      ...(options.snapshot ? { snapshot: options.snapshot } : {}),
    });
    try {
      return (await iterator.next())?.[1];
    } finally {
      await iterator.close();
    }
  };
  writes._get = Object.assign(lookup as unknown as Write, { byIterator: true });
};

/**
 * The same LevelDB settings, reads and write failures for a throwaway store on disk (./scratch-dir.ts), which has
 * nothing earlier to check or repair.
 */
export const prepareScratchLevelDb = (): void => {
  tuneLevelDb();
  readByIterator();
  markStoreFailures();
};

const codeOf = (error: unknown): string => String((error as { code?: unknown }).code ?? 'EIO');

/** What opening the data dir repaired (an older data dir's index entries: dynalite/phantom-index.ts). */
export interface DataDirRepairs {
  readonly indexEntriesDeleted: number;
  readonly indexEntriesRestored: number;
}

/** Checks and opens a data dir; `log` hears what was repaired (nothing on a data dir written by a current start). */
export const openDataDir = async (dir: string, log?: (line: string) => void): Promise<DataDirRepairs> => {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new DataFileError(
      dir,
      `cannot be created (${codeOf(error)})`,
      'Create it with write permission, or pick another --data-dir',
    );
  }
  const probe = path.join(dir, `.write-check-${process.pid}`);
  try {
    await writeFile(probe, 'ok');
  } catch (error) {
    const code = codeOf(error);
    throw code === 'ENOSPC' || code === 'EDQUOT'
      ? new DataFileError(dir, `is on a full disk (${code})`, 'Free some space, then start again')
      : new DataFileError(
          dir,
          `is read-only (${code})`,
          'Make it writable (chmod u+w, or mount it read-write), or pick another --data-dir',
        );
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
  // Before anything appends to them (a start resumes runs before it reads these files).
  for (const file of APPEND_ONLY_FILES) await endTornLastLine(path.join(dir, file));
  tuneLevelDb();
  readByIterator();
  const repaired = await checkDatabase(path.join(dir, 'dynamodb'));
  markStoreFailures();
  if (repaired.deleted + repaired.restored > 0) {
    log?.(
      `↺ index entries left by a kill in an older data dir: ${repaired.deleted} deleted, ${repaired.restored} restored`,
    );
  }
  return { indexEntriesDeleted: repaired.deleted, indexEntriesRestored: repaired.restored };
};

/**
 * Opens the LevelDB folder once: damage, a lock held by another process, or a permission problem is told here. An
 * older data dir's index entries are repaired then, once (dynalite/phantom-index.ts).
 */
const checkDatabase = async (folder: string): Promise<{ deleted: number; restored: number }> => {
  const db = new Level(folder, { valueEncoding: 'json' });
  try {
    await db.open();
  } catch (error) {
    await db.close().catch(() => undefined);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.message ?? (error as Error).message;
    if (cause?.code === 'LEVEL_LOCKED') {
      throw new DataFileError(
        folder,
        `is in use by another process (${detail})`,
        'Stop the other dynaris serve using this --data-dir, or pick another one',
      );
    }
    throw new DataFileError(
      folder,
      `cannot be opened: ${detail}`,
      'If its files are damaged, move the folder out of the data directory (the runtime then starts with an empty database) or restore it from a backup; if it is a permission problem, make it writable',
    );
  }
  try {
    return await repairIndexEntries(db as unknown as SweptLevel);
  } catch (error) {
    if (error instanceof IndexRepairWriteError) {
      throw new DataFileError(
        folder,
        `could not be repaired (index entries left by a kill; nothing was changed): ${error.message}`,
        'Free some space or make the folder writable, then start again',
      );
    }
    throw new DataFileError(
      folder,
      `holds a damaged record (found while checking index entries left by a kill): ${(error as Error).message}`,
      'Move the folder out of the data directory (the runtime then starts with an empty database) or restore it from a backup',
    );
  } finally {
    await db.close().catch(() => undefined);
  }
};
