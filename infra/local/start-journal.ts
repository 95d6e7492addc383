import { appendFile, rename, writeFile } from 'node:fs/promises';
import type { EngineEvent, StartedExecution } from '../../functions/engine/local-engine';
import { isObject, readJsonLines, storageWrite } from './data-files';

/**
 * StartExecution acknowledged means started for good, as on AWS: with --data-dir, every execution the engine starts
 * (Standard and Express; from the dispatcher, the API, an approval's decision, a schedule) is appended here before
 * it runs (the engine's `beforeStart`), and `{"ended":arn}` once it ended. At the next start, an entry that did not
 * end and that the executions snapshot did not resume is started again with the same ARN: the same run continues,
 * its finished steps replaying their stored results. The snapshot alone cannot promise this: it is written a
 * moment after the engine moves, so a kill in between loses the executions it did not hold yet (the dispatcher has
 * recorded its delivery by then, so the event is not delivered again).
 *
 * Appends made while one is being written go out together in the next one. The file is rewritten with the entries
 * still running at each start, and whenever ended entries outnumber the running ones by more than COMPACT_SLACK.
 */

export type JournalEntry = StartedExecution;

interface Ended {
  readonly ended: string;
}

/** A RedriveExecution acknowledged: continued again at the next start if the snapshot did not hold it. */
interface Redriven {
  readonly redriven: string;
}

const COMPACT_SLACK = 1_000;

export class StartJournal {
  private readonly live = new Map<string, JournalEntry>();
  private readonly redriven = new Set<string>();
  /** What `load` found (the stopped process's entries): the only ones `keepOnly` may drop. */
  private readonly loaded = new Set<string>();
  private lines = 0;
  private writes: Promise<void> = Promise.resolve();
  private batch: Promise<void> | undefined;
  private queued: string[] = [];
  private closed = false;

  constructor(private readonly file: string | undefined) {}

  /** The entries the stopped process left that did not end (without a file: none). */
  async load(): Promise<JournalEntry[]> {
    if (!this.file) return [];
    const lines = await readJsonLines(this.file, isLine, 'runs it started are not started again');
    for (const line of lines) {
      if ('ended' in line) {
        this.live.delete(line.ended);
        this.redriven.delete(line.ended);
      } else if ('redriven' in line) this.redriven.add(line.redriven);
      else this.live.set(line.executionArn, line);
    }
    this.lines = lines.length;
    for (const arn of [...this.live.keys(), ...this.redriven]) this.loaded.add(arn);
    return [...this.live.values()];
  }

  /** The engine's beforeStart: resolves once the start is on disk; a refused write throws (the start is not made). */
  readonly record = (entry: JournalEntry): Promise<void> => {
    this.live.set(entry.executionArn, entry);
    return this.append(entry);
  };

  /** Redrives the stopped process acknowledged and that did not end (read by `load`). */
  redrivesLeft(): string[] {
    return [...this.redriven];
  }

  /** Before RedriveExecution: resolves once the redrive is on disk. */
  readonly recordRedrive = (executionArn: string): Promise<void> => {
    this.redriven.add(executionArn);
    return this.append({ redriven: executionArn });
  };

  /** Engine events: an execution that ended is recorded as ended. */
  readonly onEngineEvent = (event: EngineEvent): void => {
    if (event.type === 'ExecutionFinished') this.ended(event.executionArn);
  };

  /**
   * The process is stopping: executions the engine aborts from now on are not ended (the snapshot written at the
   * stop resumes them; without it, the next start starts them again).
   */
  close(): void {
    this.closed = true;
  }

  /**
   * Rewrites the file with the entries the stopped process left that `keep` accepts and every entry this process
   * made that did not end (atomically, after the appends already queued). A start this process is making is kept
   * whatever its execution looks like: recorded before it runs, it is not in the engine yet (a schedule firing, or a
   * workflow started by an event a resumed run published, while the start-up rewrites the file), and dropped here it
   * would be lost to a kill before the next snapshot.
   */
  keepOnly(keep: (entry: { readonly executionArn: string }) => boolean): Promise<void> {
    const drops = (arn: string, entry: { readonly executionArn: string }) => {
      if (!this.loaded.has(arn) || keep(entry)) return false;
      this.loaded.delete(arn);
      return true;
    };
    for (const [arn, entry] of this.live) if (drops(arn, entry)) this.live.delete(arn);
    for (const arn of this.redriven) if (drops(arn, { executionArn: arn })) this.redriven.delete(arn);
    const file = this.file;
    if (!file) return Promise.resolve();
    const write = this.writes
      .catch(() => undefined)
      .then(async () => {
        const kept = [...this.live.values(), ...[...this.redriven].map((arn) => ({ redriven: arn }))];
        await writeFile(`${file}.tmp`, kept.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
        await rename(`${file}.tmp`, file);
        this.lines = kept.length + this.queued.length;
      })
      // A rewrite that fails leaves the longer file: its ended entries are skipped at the next start.
      .catch(() => undefined);
    this.writes = write;
    return write;
  }

  private ended(executionArn: string): void {
    if (this.closed) return;
    const redriven = this.redriven.delete(executionArn);
    this.loaded.delete(executionArn);
    if (!this.live.delete(executionArn) && !redriven) return;
    // Lost with a kill, it only means the start is made again: its run has ended, so it does nothing (recovery.ts).
    this.append({ ended: executionArn }).catch(() => undefined);
    if (this.lines - this.live.size > this.live.size + COMPACT_SLACK) void this.keepOnly(() => true);
  }

  private append(line: JournalEntry | Ended | Redriven): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    this.lines += 1;
    this.queued.push(`${JSON.stringify(line)}\n`);
    if (!this.batch) {
      const batch = this.writes
        .catch(() => undefined)
        .then(() => {
          this.batch = undefined;
          const text = this.queued.join('');
          this.queued = [];
          return storageWrite('The start journal', () => appendFile(file, text, 'utf8'));
        });
      this.batch = batch;
      this.writes = batch;
    }
    return this.batch;
  }
}

const isLine = (value: unknown): value is JournalEntry | Ended | Redriven =>
  isObject(value) &&
  (typeof value.ended === 'string' ||
    typeof value.redriven === 'string' ||
    (typeof value.executionArn === 'string' &&
      typeof value.stateMachineArn === 'string' &&
      typeof value.name === 'string'));
