import { renameSync, writeFileSync } from 'node:fs';
import { DataFileError, isObject, MOVE_ASIDE, readJsonFile, storageWrite } from './data-files';

/** What the scheduler remembers of a schedule across restarts. */
export interface ScheduleLedgerEntry {
  /** When the schedule was first created (a rate schedule's fires count from it, as Scheduler's do). */
  readonly createdAt: Date;
  /** The last fire time handled: fires after it and before the next start were missed while the process was down. */
  readonly through: Date;
}

export interface ScheduleLedger {
  get(key: string): ScheduleLedgerEntry | undefined;
  set(key: string, entry: ScheduleLedgerEntry): void;
  delete(key: string): void;
  /** Drops every entry whose key `keep` refuses. */
  keepOnly(keep: (key: string) => boolean): void;
}

/** Without a data dir nothing outlives the process, so there is nothing to catch up. */
export const memoryScheduleLedger = (): ScheduleLedger => {
  const entries = new Map<string, ScheduleLedgerEntry>();
  return {
    get: (key) => entries.get(key),
    set: (key, entry) => void entries.set(key, entry),
    delete: (key) => void entries.delete(key),
    keepOnly: (keep) => {
      for (const key of entries.keys()) if (!keep(key)) entries.delete(key);
    },
  };
};

const LOST =
  'schedules fire again from the next start, and fires missed while the process was down are not made up';

const damaged = (file: string, problem: string) =>
  new DataFileError(file, `${problem} (the file is damaged)`, `${MOVE_ASIDE}; without it ${LOST}`);

const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * `DIR/schedules.json`: per schedule, its creation time and the last fire handled, rewritten atomically (a temporary
 * file, then a rename) on every fire, so a kill leaves the old or the new document, never half of one.
 */
export const openScheduleLedger = async (file: string): Promise<ScheduleLedger> => {
  const document = await readJsonFile(file, LOST);
  const entries = new Map<string, ScheduleLedgerEntry>();
  if (document !== undefined) {
    const schedules = isObject(document) ? document.schedules : undefined;
    if (!isObject(schedules)) throw damaged(file, 'has no "schedules" object');
    for (const [key, value] of Object.entries(schedules)) {
      if (!isObject(value) || !isInstant(value.createdAt) || !isInstant(value.through)) {
        throw damaged(file, `the entry of schedule ${key} is not valid`);
      }
      entries.set(key, { createdAt: new Date(value.createdAt), through: new Date(value.through) });
    }
  }
  const save = () => {
    const schedules = Object.fromEntries(
      [...entries].map(([key, e]) => [
        key,
        { createdAt: e.createdAt.toISOString(), through: e.through.toISOString() },
      ]),
    );
    storageWrite('The schedule ledger', () => {
      writeFileSync(`${file}.tmp`, JSON.stringify({ schedules }), 'utf8');
      renameSync(`${file}.tmp`, file);
    });
  };
  return {
    get: (key) => entries.get(key),
    set: (key, entry) => {
      entries.set(key, entry);
      save();
    },
    delete: (key) => {
      if (entries.delete(key)) save();
    },
    keepOnly: (keep) => {
      const dropped = [...entries.keys()].filter((key) => !keep(key));
      for (const key of dropped) entries.delete(key);
      if (dropped.length > 0) save();
    },
  };
};
