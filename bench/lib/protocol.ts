/** Messages between the bench and its server process (bench/lib/server-child.ts), over the IPC channel. */

import type { ResidentKinds } from './smaps';

export type ChildMessage =
  | { kind: 'ready'; url: string; tenantId: string; apiKey: string; webhookSecret: string }
  | { kind: 'execs'; events: ExecMessage[] }
  | { kind: 'reply'; id: number; value: unknown };

/** An execution started or ended in the server (`at`: wall-clock ms there, when it happened). */
export interface ExecMessage {
  phase: 'start' | 'end';
  arn: string;
  name: string;
  at: number;
  status?: string;
  error?: string;
}

export type ParentMessage =
  | { kind: 'tenants'; id: number; ids: string[] }
  /**
   * `heapSnapshot`: also write a V8 heap snapshot of the server to that path (after the collection). `giveBack`: the
   * collection is V8's last-resort one (it shrinks the heap and returns pooled pages), so RSS shows what is kept.
   */
  | { kind: 'stats'; id: number; heapSnapshot?: string; gcPauses?: boolean; giveBack?: boolean }
  | { kind: 'stop'; id: number };

export interface ServerStats {
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  /** The JS heap V8 has reserved (what of RSS the heap accounts for). */
  readonly heapTotalBytes: number;
  /** Outside the JS heap: Buffers and ArrayBuffers (process.memoryUsage().external). */
  readonly externalBytes: number;
  /** Of which ArrayBuffers (Buffers included). */
  readonly arrayBufferBytes: number;
  /** What V8 itself has taken with malloc (compiler zones, tables): outside the JS heap. */
  readonly v8MallocedBytes: number;
  /** Resident memory by kind of mapping (bench/lib/smaps.ts). */
  readonly resident: ResidentKinds;
  /** Each V8 heap space's reserved size (new_space, old_space, code_space, large_object_space, ...). */
  readonly heapSpaces: Record<string, number>;
  /** CPU time the server process has used so far (user + system), in ms: a figure the machine's load does not skew. */
  readonly cpuMs: number;
  /** DynamoDB requests the runtime sent, by operation. */
  readonly dynamodb: Record<string, number>;
  /** LevelDB operations (--data-dir only) and each open store's `leveldb.stats` (bench/lib/level-counts.ts). */
  readonly level: { readonly counts: Record<string, number>; readonly stats: readonly string[] };
  /**
   * Bytes of the database's folder (the data dir's or the temporary folder's `dynamodb/`), where what left the heap
   * went: on a TMPDIR in RAM (tmpfs) they are memory too, outside RSS. Absent when the database is in the heap.
   */
  readonly storeDiskBytes?: number;
  /** The capacity units they would bill on AWS (servers started with `meterCapacity` only). */
  readonly capacity?: { readonly writeUnits: number; readonly readUnits: number };
  /**
   * Memory-reducing collections the runtime had V8 make (infra/local/heap-pages.ts) and their pauses, summed;
   * `fallbacks` of them stop-the-world.
   */
  readonly heapPageReleases: { readonly count: number; readonly ms: number; readonly fallbacks: number };
  /** The server's last GC pauses (perf_hooks `gc` entries; up to 16,384), oldest first: asked with `gcPauses`. */
  readonly gcPauses: readonly GcPause[];
  /** GC pauses since the server started, by kind: how many, their sum and the longest (ms). */
  readonly gcTotals: Readonly<Record<GcPause['kind'], { count: number; ms: number; maxMs: number }>>;
}

/** One GC pause: when it started (wall-clock ms in the server), how long the main thread waited, what it was. */
export interface GcPause {
  readonly at: number;
  readonly ms: number;
  readonly kind: 'minor' | 'major' | 'incremental' | 'weakcb';
}

/** Not an operation: the number of items written, over every write request. */
export const ITEMS_WRITTEN = 'itemsWritten';
