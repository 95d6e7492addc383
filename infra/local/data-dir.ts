import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DataFileError } from './data-files';

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

const codeOf = (error: unknown): string => String((error as { code?: unknown }).code ?? 'EIO');

export const openDataDir = async (dir: string): Promise<void> => {
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
  await checkDatabase(path.join(dir, 'dynamodb'));
};

/** Opens the LevelDB folder once: damage, a lock held by another process, or a permission problem is told here. */
const checkDatabase = async (folder: string): Promise<void> => {
  const db = new Level(folder, { valueEncoding: 'json' });
  try {
    await db.open();
  } catch (error) {
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
  } finally {
    await db.close().catch(() => undefined);
  }
};
