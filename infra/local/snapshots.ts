import { rename, writeFile } from 'node:fs/promises';
import type { ExecutionSnapshot, LocalEngine } from '../../functions/engine/local-engine';
import { DataFileError, readJsonFile } from './data-files';

/** JSON of a snapshot, made once: the engine hands back the same snapshot object while its execution does not move. */
const texts = new WeakMap<ExecutionSnapshot, string>();
const jsonOf = (snapshot: ExecutionSnapshot): string => {
  let text = texts.get(snapshot);
  if (text === undefined) {
    text = JSON.stringify(snapshot);
    texts.set(snapshot, text);
  }
  return text;
};

/**
 * With --data-dir, running executions are written to disk as they move (debounced, atomically through a
 * temporary file), and resumed at the next start. Without a file, every call does nothing.
 */
export class ExecutionSnapshots {
  private frozen = false;
  private timer: NodeJS.Timeout | undefined;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string | undefined,
    private readonly snapshot: () => ExecutionSnapshot[],
    private readonly say: (line: string) => void,
  ) {}

  /** The engine changed: write soon (at most one write per 50 ms). */
  readonly schedule = (): void => {
    if (!this.file || this.frozen || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.frozen) void this.write();
    }, 50);
  };

  /** The last word on running executions, written before the engine stops them; nothing is written after. */
  async freeze(): Promise<void> {
    this.frozen = true;
    if (this.timer) clearTimeout(this.timer);
    await this.write();
  }

  /** What the stopped process saved (none without a file). */
  async load(): Promise<ExecutionSnapshot[]> {
    if (!this.file) return [];
    const lost = 'the runs it holds do not resume (they are marked failed)';
    const saved = (await readJsonFile(this.file, lost)) ?? [];
    if (!Array.isArray(saved)) {
      throw new DataFileError(
        this.file,
        'is not a list of executions (the file is damaged)',
        `Move it aside: ${lost}`,
      );
    }
    return saved as ExecutionSnapshot[];
  }

  /** Resumes what `load` read in the engine, saying what could not be resumed. */
  resumeInto(engine: LocalEngine, saved: readonly ExecutionSnapshot[]): void {
    const { resumed, skipped } = engine.resume(saved);
    if (resumed.length) this.say(`↺ resumed ${resumed.length} run(s) that were in progress`);
    for (const s of skipped) this.say(`! could not resume ${s.executionArn}: ${s.reason}`);
  }

  private write(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const text = `[${this.snapshot().map(jsonOf).join(',')}]`;
    this.writes = this.writes
      .then(async () => {
        await writeFile(`${file}.tmp`, text);
        await rename(`${file}.tmp`, file);
      })
      .catch((error: unknown) => this.say(`! could not save running executions: ${String(error)}`));
    return this.writes;
  }
}
