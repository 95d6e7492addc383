import { appendFile, open, readFile, truncate } from 'node:fs/promises';

/**
 * Files of a --data-dir that the runtime reads at start. A damaged one stops the start with a DataFileError: the
 * message names the file, what is wrong and what to do, and `dynaris serve` prints it without a stack trace.
 */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
    remedy: string,
  ) {
    super(`${file}: ${problem}. ${remedy}`);
    this.name = 'DataFileError';
  }
}

export const MOVE_ASIDE =
  'Move the file out of the data directory (or restore it from a backup) and start again';

/**
 * The records of an append-only JSON-lines file (none when it does not exist). A last line without its newline is
 * the write a kill interrupted: it was never acknowledged, so it is dropped, from the file too, so that the next
 * append starts a line of its own (glued to the torn one, it would read as damage at the start after). Any other
 * line that is not a record is damage and throws a DataFileError.
 */
export const readJsonLines = async <T>(
  file: string,
  isRecord: (value: unknown) => value is T,
  lost: string,
): Promise<T[]> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new DataFileError(file, `cannot be read (${code ?? String(error)})`, 'Check its permissions');
  }
  const lines = text.split('\n');
  const torn = lines.pop();
  const records: T[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line) as unknown;
    } catch {
      value = undefined;
    }
    if (!isRecord(value)) {
      throw new DataFileError(
        file,
        `line ${index + 1} is not a valid record (the file is damaged)`,
        `${MOVE_ASIDE}; without it ${lost}`,
      );
    }
    records.push(value);
  }
  if (torn !== undefined && torn !== '') {
    // Kept only when it is complete (a record written without its newline by an older version).
    let value: unknown;
    try {
      value = JSON.parse(torn) as unknown;
    } catch {
      value = undefined; // interrupted write
    }
    let complete = false;
    if (isRecord(value)) {
      records.push(value);
      complete = true;
    }
    await storageWrite(`${file}`, () =>
      complete
        ? appendFile(file, '\n', 'utf8')
        : truncate(file, Buffer.byteLength(text) - Buffer.byteLength(torn)),
    );
  }
  return records;
};

/** The append-only JSON-lines files of a data dir (the bus archive and delivery log, the start journal, the outbox). */
export const APPEND_ONLY_FILES = [
  'events.jsonl',
  'deliveries.jsonl',
  'starts.jsonl',
  'outbox.jsonl',
] as const;

const TAIL_CHUNK = 64 * 1024;

/**
 * What readJsonLines does with a last line without its newline, done before anything appends to the file: dropped
 * when a kill cut it, ended with its newline when it is a whole record. Read from the end (the file can be large).
 * At a start, runs resumed from the executions snapshot publish events and start workflows before the start-up reads
 * the archive, the delivery log and the journal: appended after a torn line, the first of them was glued to it, and
 * the next start read a damaged line in the middle of the file (the runtime did not start until it was moved aside).
 */
export const endTornLastLine = async (file: string): Promise<void> => {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r+');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new DataFileError(file, `cannot be read (${code ?? String(error)})`, 'Check its permissions');
  }
  try {
    const { size } = await handle.stat();
    let tail = Buffer.alloc(0);
    let lineEnd = -1;
    for (let end = size; end > 0 && lineEnd < 0; end -= TAIL_CHUNK) {
      const start = Math.max(0, end - TAIL_CHUNK);
      const chunk = Buffer.alloc(end - start);
      await handle.read(chunk, 0, chunk.length, start);
      const at = chunk.lastIndexOf(10);
      tail = Buffer.concat([chunk.subarray(at + 1), tail]);
      if (at >= 0) lineEnd = start + at;
    }
    if (tail.length === 0) return;
    let complete = true;
    try {
      JSON.parse(tail.toString('utf8'));
    } catch {
      complete = false; // interrupted write
    }
    const h = handle;
    await storageWrite(file, () => (complete ? h.write('\n', size) : h.truncate(lineEnd + 1)));
  } finally {
    await handle.close();
  }
};

/** A JSON document of the data dir (undefined when absent); damage throws a DataFileError. */
export const readJsonFile = async (file: string, lost: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new DataFileError(file, `cannot be read (${code ?? String(error)})`, 'Check its permissions');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataFileError(
      file,
      'is not valid JSON (the file is damaged)',
      `${MOVE_ASIDE}; without it ${lost}`,
    );
  }
};

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const STORAGE_CODES = new Set([
  'ENOSPC',
  'EROFS',
  'EACCES',
  'EPERM',
  'EDQUOT',
  'EIO',
  'EFBIG',
  'LEVEL_IO_ERROR',
]);

/** The disk refused a write (full, read-only, no permission, I/O error): not the request's fault, not a bug. */
export const isStorageFailure = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && STORAGE_CODES.has(code)) return true;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause !== undefined && cause !== error && isStorageFailure(cause);
};

/**
 * A write the data directory refused. It is a server fault (`$fault`), so the API answers 503 with Retry-After:
 * the client retries once space is freed or the directory is writable again; what is stored stays as it was.
 */
export class StorageUnavailableError extends Error {
  readonly $fault = 'server';
  readonly code: string;
  constructor(what: string, cause: unknown) {
    const code = String((cause as { code?: unknown }).code ?? 'EIO');
    super(`${what} could not be written (${code}): the data directory is full or read-only`, { cause });
    this.name = 'StorageUnavailable';
    this.code = code;
  }
}

/** Runs a write, turning the disk's refusal into a StorageUnavailableError. */
export const storageWrite = <T>(what: string, write: () => T): T => {
  try {
    const result = write();
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        throw isStorageFailure(error) ? new StorageUnavailableError(what, error) : error;
      }) as T;
    }
    return result;
  } catch (error) {
    throw isStorageFailure(error) ? new StorageUnavailableError(what, error) : error;
  }
};
