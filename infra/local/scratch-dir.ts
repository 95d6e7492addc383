import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataFileError } from './data-files';

/**
 * The folder of a throwaway store on disk (`dynaris serve` without --data-dir): the same semantics as a store in
 * memory (nothing survives the process, two servers never share it), but the database's items live in files, not in
 * the heap, so memory stays flat however many runs the server makes (docs/performance.md). One fresh folder per
 * process under the OS temporary directory (TMPDIR), removed at stop, at exit (a crash included), and, for a process
 * killed outright (SIGKILL, a signal before the server handles them), by the next start's sweep.
 */

export const SCRATCH_PREFIX = 'dynaris-scratch-';

export interface ScratchDir {
  readonly dir: string;
  /** Removes the folder (idempotent). */
  remove(): Promise<void>;
}

const SCRATCH_NAME = new RegExp(`^${SCRATCH_PREFIX}(\\d+)-`);

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the scratch folders whose process is gone; what cannot be read or removed is left alone. */
export const sweepScratchDirs = async (parent: string = tmpdir()): Promise<string[]> => {
  const names = await readdir(parent).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(SCRATCH_NAME.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    const dir = path.join(parent, name);
    try {
      await rm(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // Another user's folder, or one another start is sweeping at the same time.
    }
  }
  return removed;
};

export const openScratchDir = async (parent: string = tmpdir()): Promise<ScratchDir> => {
  await sweepScratchDirs(parent);
  let dir: string;
  try {
    dir = await mkdtemp(path.join(parent, `${SCRATCH_PREFIX}${process.pid}-`));
  } catch (error) {
    throw new DataFileError(
      parent,
      `cannot hold the temporary store (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      'Set TMPDIR to a writable folder, keep the data with --data-dir DIR, or use --in-memory',
    );
  }
  const removeNow = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeNow);
  let removed: Promise<void> | undefined;
  return {
    dir,
    remove: () => {
      removed ??= (async () => {
        process.removeListener('exit', removeNow);
        await rm(dir, { recursive: true, force: true });
      })();
      return removed;
    },
  };
};
