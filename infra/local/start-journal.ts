import { appendFile, rename, writeFile } from 'node:fs/promises';
import type { EngineEvent } from '../../functions/engine/local-engine';
import { isObject, readJsonLines, storageWrite } from './data-files';

/**
 * StartExecution acknowledged means started for good, as on AWS: with --data-dir, every Standard execution the
 * runtime starts (dispatcher, API) is appended here before the engine starts it. At the next start, an entry that
 * the executions snapshot did not resume and whose run has not ended is started again under the same name: the
 * same run continues, its finished steps replaying their stored results. The snapshot alone cannot promise this:
 * it is written a moment after the engine moves, so a kill in between loses the executions it did not hold yet.
 *
 * The file is rewritten with the entries still running at each start, and whenever ended entries outnumber the
 * running ones by more than COMPACT_SLACK.
 */

export interface JournalEntry {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly input: unknown;
}

const COMPACT_SLACK = 1_000;

export class StartJournal {
  private readonly live = new Map<string, JournalEntry>();
  private lines = 0;
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly file: string | undefined) {}

  /** The entries the stopped process left (without a file: none). */
  async load(): Promise<JournalEntry[]> {
    if (!this.file) return [];
    const entries = await readJsonLines(this.file, isEntry, 'runs it started are not started again');
    for (const entry of entries) this.live.set(entry.executionArn, entry);
    this.lines = entries.length;
    return [...this.live.values()];
  }

  /** Resolves once the start is on disk; a refused write throws (the start is then not made). */
  record(entry: JournalEntry): Promise<void> {
    this.live.set(entry.executionArn, entry);
    const file = this.file;
    if (!file) return Promise.resolve();
    this.lines += 1;
    const line = `${JSON.stringify(entry)}\n`;
    const write = this.writes
      .catch(() => undefined)
      .then(() => storageWrite('The start journal', () => appendFile(file, line, 'utf8')));
    this.writes = write;
    return write;
  }

  /** Engine events: an execution that ended is dropped at the next rewrite. */
  readonly onEngineEvent = (event: EngineEvent): void => {
    if (event.type === 'ExecutionFinished') this.ended(event.executionArn);
  };

  /** The execution ended: its entry is dropped at the next rewrite. */
  ended(executionArn: string): void {
    if (!this.live.delete(executionArn)) return;
    if (this.lines - this.live.size > this.live.size + COMPACT_SLACK) void this.keepOnly(() => true);
  }

  /** Rewrites the file with the entries `keep` accepts (atomically, after the appends already queued). */
  keepOnly(keep: (entry: JournalEntry) => boolean): Promise<void> {
    for (const [arn, entry] of this.live) if (!keep(entry)) this.live.delete(arn);
    const file = this.file;
    if (!file) return Promise.resolve();
    const write = this.writes
      .catch(() => undefined)
      .then(async () => {
        const kept = [...this.live.values()];
        await writeFile(`${file}.tmp`, kept.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
        await rename(`${file}.tmp`, file);
        this.lines = kept.length;
      })
      // A rewrite that fails leaves the longer file: its ended entries are skipped at the next start.
      .catch(() => undefined);
    this.writes = write;
    return write;
  }
}

const isEntry = (value: unknown): value is JournalEntry =>
  isObject(value) &&
  typeof value.executionArn === 'string' &&
  typeof value.stateMachineArn === 'string' &&
  typeof value.name === 'string';
