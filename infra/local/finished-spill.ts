import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
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

/** A file of spilled executions' JSON, one after another; deleted once none of them is held. */
interface Segment {
  readonly file: string;
  /** Held executions whose JSON is in it. */
  live: number;
  written: boolean;
}
interface Held {
  /** The JSON text while it is in the heap (the newest, and any whose segment is not written yet). */
  json: string | undefined;
  readonly length: number;
  readonly summary: Summary;
  /** Where its JSON is on disk (bytes `offset` to `offset + bytes` of the segment), once written or being written. */
  segment: Segment | undefined;
  offset: number;
  bytes: number;
}

/**
 * The finished executions of a store that keeps nothing (`dynaris serve --tiered-store` or `--disk-store`): the same executions
 * as the engine's in-memory store (MemoryFinishedExecutions: the same byte and count bounds, the oldest forgotten
 * first, so DescribeExecution, the timeline, ListExecutions and redrive answer the same), but only the newest
 * `heapBytes` of their JSON stay in the heap; the older ones are written, a batch of at least `heapBytes / 4` at a
 * time, to a file in a scratch folder and read back from it (one file write per batch, not a file per execution).
 * A file is deleted once every execution in it is forgotten. The folder goes with the process (./scratch-dir.ts).
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
  private segments = 0;
  /** Segments (files) that hold a held execution's JSON. */
  private liveSegments = 0;
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
    this.held.set(record.arn, {
      json,
      length: json.length,
      summary: summaryOf(record),
      segment: undefined,
      offset: 0,
      bytes: 0,
    });
    this.bytes += json.length;
    this.heapBytes += json.length;
    this.inHeap.push(record.arn);
    for (const [arn] of this.held) {
      if (this.bytes <= this.maxBytes && this.held.size <= this.maxCount) break;
      this.drop(arn);
    }
    if (this.heapBytes > this.maxHeapBytes) this.spill();
  }

  get(executionArn: string): FinishedExecution | undefined {
    const held = this.held.get(executionArn);
    if (!held) return undefined;
    const text = held.json ?? this.read(executionArn, held);
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

  /** Bytes and executions held, the bytes of JSON in the heap and the files holding the rest (figures and tests). */
  get size(): { bytes: number; count: number; heapBytes: number; files: number } {
    return { bytes: this.bytes, count: this.held.size, heapBytes: this.heapBytes, files: this.liveSegments };
  }

  /** Writes the oldest JSON in the heap to one new file until what stays is within three quarters of `heapBytes`. */
  private spill(): void {
    const target = Math.floor((this.maxHeapBytes * 3) / 4);
    this.segments += 1;
    const segment: Segment = {
      file: path.join(this.folder, `${this.segments}.jsonl`),
      live: 0,
      written: false,
    };
    const parts: Buffer[] = [];
    const members: Held[] = [];
    let offset = 0;
    while (this.heapBytes > target && this.head < this.inHeap.length) {
      const arn = this.inHeap[this.head] as string;
      this.head += 1;
      const held = this.held.get(arn);
      if (!held || held.json === undefined || held.segment !== undefined) continue;
      const bytes = Buffer.from(held.json);
      parts.push(bytes);
      held.segment = segment;
      held.offset = offset;
      held.bytes = bytes.length;
      offset += bytes.length;
      members.push(held);
      // Counted out of the heap at once; the text is released when its file is complete.
      this.heapBytes -= held.length;
    }
    if (this.head > 1024 && this.head * 2 > this.inHeap.length) {
      this.inHeap = this.inHeap.slice(this.head);
      this.head = 0;
    }
    if (members.length === 0) return;
    segment.live = members.length;
    this.liveSegments += 1;
    const write = writeFile(segment.file, Buffer.concat(parts, offset)).then(
      () => {
        segment.written = true;
        for (const held of members) if (held.segment === segment) held.json = undefined;
        if (segment.live === 0) this.remove(segment); // all forgotten (or replaced) while it was written
      },
      (error: unknown) => {
        for (const held of members) {
          if (held.segment !== segment) continue;
          held.segment = undefined;
          this.heapBytes += held.length;
        }
        this.liveSegments -= 1;
        this.say(
          `! could not move ${members.length} finished executions to ${this.folder}: ${String(error)} (kept in memory)`,
        );
      },
    );
    this.track(write);
  }

  private drop(arn: string): void {
    const held = this.held.get(arn);
    if (!held) return;
    this.bytes -= held.length;
    if (held.segment === undefined) this.heapBytes -= held.length;
    this.held.delete(arn);
    const segment = held.segment;
    if (segment === undefined) return;
    held.segment = undefined;
    segment.live -= 1;
    if (segment.live === 0 && segment.written) this.remove(segment);
  }

  private remove(segment: Segment): void {
    this.liveSegments -= 1;
    this.track(unlink(segment.file).catch(() => undefined));
  }

  private read(executionArn: string, held: Held): string | undefined {
    const segment = held.segment as Segment;
    let fd: number | undefined;
    try {
      fd = openSync(segment.file, 'r');
      const buffer = Buffer.alloc(held.bytes);
      readSync(fd, buffer, 0, held.bytes, held.offset);
      return buffer.toString('utf8');
    } catch (error) {
      this.say(`! could not read finished execution ${executionArn}: ${String(error)}`);
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}
