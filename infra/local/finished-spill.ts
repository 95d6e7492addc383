import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExecutionSummary } from '../../functions/engine/engine-types';
import {
  type FinishedExecution,
  type FinishedExecutionStore,
  type MemoryStoreLimits,
  summaryOf,
} from '../../functions/engine/finished';
import { FinishedExecutionFiles } from './finished-files';

/**
 * Where the local runtime's engine keeps finished executions: with --data-dir on storage, kept across restarts
 * (./finished-files.ts); with a scratch folder (`dynaris serve --tiered-store` or `--disk-store`), mostly in files there (below); else the engine's
 * default, in the heap (undefined).
 */
export const localFinishedExecutions = (
  dataDir: string | undefined,
  scratchDir: string | undefined,
  say: (line: string) => void,
): { readonly store: FinishedExecutionStore | undefined; flush(): Promise<void> } => {
  if (dataDir) {
    const files = new FinishedExecutionFiles(path.join(dataDir, 'finished'), say);
    return { store: files, flush: () => files.flush() };
  }
  const store = scratchDir
    ? new SpilledFinishedExecutions(path.join(scratchDir, 'finished'), {}, say)
    : undefined;
  return { store, flush: async () => {} };
};

type Summary = ExecutionSummary & { readonly parentMapRun?: string };
interface Held {
  /** The JSON text while it is in the heap (the newest, and any whose file is not written yet). */
  json: string | undefined;
  readonly length: number;
  readonly summary: Summary;
  /** Its file, once written or being written (a new name per write: a replaced record's late write never hits it). */
  file: string | undefined;
}

/**
 * The finished executions of a store that keeps nothing (`dynaris serve --tiered-store` or `--disk-store`): the same executions
 * as the engine's in-memory store (MemoryFinishedExecutions: the same byte and count bounds, the oldest forgotten
 * first, so DescribeExecution, the timeline, ListExecutions and redrive answer the same), but only the newest
 * `heapBytes` of their JSON stay in the heap; the older ones are written to a file each in a scratch folder and read
 * back from it. A forgotten execution's file is deleted. The folder goes with the process (./scratch-dir.ts).
 */
export class SpilledFinishedExecutions implements FinishedExecutionStore {
  private readonly held = new Map<string, Held>();
  private bytes = 0;
  private heapBytes = 0;
  /** ARNs in the order their JSON entered the heap (the oldest leave first; stale ones skipped). */
  private inHeap: string[] = [];
  private head = 0;
  private readonly maxBytes: number;
  private readonly maxCount: number;
  private readonly maxHeapBytes: number;
  private written = 0;
  /** File writes and deletes in flight. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly folder: string,
    limits: MemoryStoreLimits & { readonly heapBytes?: number } = {},
    private readonly say: (line: string) => void = () => {},
  ) {
    mkdirSync(folder, { recursive: true });
    this.maxBytes = limits.maxBytes ?? 32 * 1024 * 1024;
    this.maxCount = limits.maxCount ?? 10_000;
    this.maxHeapBytes = limits.heapBytes ?? 2 * 1024 * 1024;
  }

  put(record: FinishedExecution): void {
    this.drop(record.arn);
    const json = JSON.stringify(record);
    this.held.set(record.arn, { json, length: json.length, summary: summaryOf(record), file: undefined });
    this.bytes += json.length;
    this.heapBytes += json.length;
    this.inHeap.push(record.arn);
    for (const [arn] of this.held) {
      if (this.bytes <= this.maxBytes && this.held.size <= this.maxCount) break;
      this.drop(arn);
    }
    this.spill();
  }

  get(executionArn: string): FinishedExecution | undefined {
    const held = this.held.get(executionArn);
    if (!held) return undefined;
    const text = held.json ?? this.read(executionArn, held.file as string);
    return text === undefined ? undefined : (JSON.parse(text) as FinishedExecution);
  }

  has(executionArn: string): boolean {
    return this.held.has(executionArn);
  }

  *summaries(): Iterable<Summary> {
    for (const { summary } of this.held.values()) yield summary;
  }

  /** Resolves once the file writes and deletes started so far are done (tests). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Bytes and executions held, and the bytes of JSON in the heap (figures and tests). */
  get size(): { bytes: number; count: number; heapBytes: number } {
    return { bytes: this.bytes, count: this.held.size, heapBytes: this.heapBytes };
  }

  /** Writes the oldest JSON in the heap to files until what stays is within `heapBytes`. */
  private spill(): void {
    while (this.heapBytes > this.maxHeapBytes && this.head < this.inHeap.length) {
      const arn = this.inHeap[this.head] as string;
      this.head += 1;
      const held = this.held.get(arn);
      if (!held || held.json === undefined || held.file !== undefined) continue;
      const json = held.json;
      this.written += 1;
      const file = this.fileOf(arn, this.written);
      held.file = file;
      // Counted out of the heap at once (so one slow write does not make the next puts write more); the text is
      // released when its file is complete.
      this.heapBytes -= held.length;
      const write = writeFile(file, json).then(
        () => {
          if (this.held.get(arn) === held) held.json = undefined;
          else this.remove(file); // forgotten (or replaced) while it was written
        },
        (error: unknown) => {
          held.file = undefined;
          if (this.held.get(arn) === held) this.heapBytes += held.length;
          this.say(
            `! could not move finished execution ${arn} to ${this.folder}: ${String(error)} (kept in memory)`,
          );
        },
      );
      this.track(write);
    }
    if (this.head > 1024 && this.head * 2 > this.inHeap.length) {
      this.inHeap = this.inHeap.slice(this.head);
      this.head = 0;
    }
  }

  private drop(arn: string): void {
    const held = this.held.get(arn);
    if (!held) return;
    this.bytes -= held.length;
    if (held.file === undefined) this.heapBytes -= held.length;
    this.held.delete(arn);
    if (held.file !== undefined && held.json === undefined) this.remove(held.file);
  }

  private remove(file: string): void {
    this.track(unlink(file).catch(() => undefined));
  }

  private read(executionArn: string, file: string): string | undefined {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      this.say(`! could not read finished execution ${executionArn}: ${String(error)}`);
      return undefined;
    }
  }

  /** ARNs hold ':' and may be 200+ characters: the file is named after a hash of it. */
  private fileOf(executionArn: string, write: number): string {
    const name = createHash('sha256').update(executionArn).digest('hex').slice(0, 40);
    return path.join(this.folder, `${name}-${write}.json`);
  }
}
