/**
 * Starts bench/lib/server-child.ts (the local runtime as `dynaris serve` runs it) and talks to it: HTTP for load,
 * IPC for execution events, tenants, memory and DynamoDB request counts.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage, ServerStats } from './protocol';

export interface Credentials {
  readonly tenantId: string;
  readonly apiKey: string;
  readonly webhookSecret: string;
}

export interface ExecutionEvent {
  readonly phase: 'start' | 'end';
  readonly arn: string;
  readonly name: string;
  /** Wall-clock ms in the server process (comparable with this process's wallMs()). */
  readonly at: number;
  readonly status?: string;
  readonly error?: string;
}

export interface BenchServer {
  readonly url: string;
  readonly pid: number;
  readonly tenant: Credentials;
  tenants(ids: readonly string[]): Promise<Credentials[]>;
  /**
   * Memory and request figures; `heapSnapshot`: a V8 heap snapshot of the server written to that path too;
   * `gcPauses`: with the server's last GC pauses (ServerStats.gcPauses).
   */
  stats(heapSnapshot?: string, gcPauses?: boolean, giveBack?: boolean): Promise<ServerStats>;
  onExecution(listener: (event: ExecutionEvent) => void): () => void;
  /** An API call as `who`; the parsed JSON body. Throws on a status other than `expect`. */
  api(who: Credentials, method: string, path: string, body?: unknown, expect?: number): Promise<unknown>;
  stop(): Promise<void>;
}

/** How long the server may take to stop before it is killed. */
const STOP_LIMIT_MS = 30_000;

const CHILD = fileURLToPath(new URL('./server-entry.js', import.meta.url));

/** The Node flags `npm start` runs `dynaris serve` with (package.json): the server is measured as it runs. */
const SERVE_NODE_FLAGS = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/);
  return words.slice(1, words.indexOf('bin/dynaris.js')).filter((w) => w.startsWith('--'));
})();

/** The stores `dynaris serve` keeps nothing in: its default (`tiered`), --heap-store, --disk-store. */
export type BenchStore = 'tiered' | 'heap' | 'disk';
const STORES: readonly string[] = ['tiered', 'heap', 'disk'] satisfies BenchStore[];

/**
 * The store a bench's server uses without a data dir: BENCH_STORE (tiered, heap or disk), else `dynaris serve`'s
 * default, the tiered store. Every runtime figure is printed with it (storeLabel).
 */
export const benchStore = (): BenchStore => {
  const named = process.env.BENCH_STORE;
  if (named === undefined || named === '') return 'tiered';
  if (!STORES.includes(named)) throw new Error(`BENCH_STORE=${named}: tiered, heap or disk`);
  return named as BenchStore;
};

/** How a figure names the server's store: the `dynaris serve` option that gives it. */
export const storeLabel = (store: BenchStore = benchStore()): string =>
  store === 'tiered'
    ? "tiered store, npm start's default"
    : store === 'heap'
      ? '--heap-store'
      : '--disk-store';

/**
 * As `dynaris serve` runs: with `dataDir` as with --data-dir, else with `store` (default benchStore(): as npm start,
 * the tiered store). `meterCapacity`: the server counts the DynamoDB capacity units its requests would bill
 * (stats().capacity).
 */
export const startBenchServer = async (
  options: { dataDir?: string; store?: BenchStore; meterCapacity?: boolean } = {},
): Promise<BenchServer> => {
  const child: ChildProcess = fork(CHILD, [], {
    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the server written there when it stops (open it in DevTools).
    // BENCH_NODE_FLAGS: more Node/V8 flags for the server, to compare a setting before it goes into `npm start`.
    execArgv: [
      ...SERVE_NODE_FLAGS,
      ...(process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean),
      // The memory benchmark reads the live heap after a full collection (stats({ gc: true })).
      '--expose-gc',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    // BENCH_SERVER_STDOUT=<file>: the server's standard output appended there (what V8's --trace-gc-nvp prints).
    stdio: [
      'ignore',
      process.env.BENCH_SERVER_STDOUT ? openSync(process.env.BENCH_SERVER_STDOUT, 'a') : 'ignore',
      'inherit',
      'ipc',
    ],
    env: {
      ...process.env,
      ...(options.dataDir ? { BENCH_DATA_DIR: options.dataDir } : {}),
      BENCH_STORE: options.store ?? benchStore(),
      ...(options.meterCapacity ? { BENCH_METER_CAPACITY: '1' } : {}),
      // As `dynaris serve` runs on Linux (bin/dynaris.js sets them unless the environment has them).
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      MALLOC_TRIM_THRESHOLD_: process.env.MALLOC_TRIM_THRESHOLD_ ?? '131072',
      MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  const listeners = new Set<(event: ExecutionEvent) => void>();
  const pending = new Map<number, (value: unknown) => void>();
  let nextId = 1;
  const ready = new Promise<Extract<ChildMessage, { kind: 'ready' }>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before it was ready`)));
    child.on('message', (raw) => {
      const message = raw as ChildMessage;
      if (message.kind === 'ready') resolve(message);
      else if (message.kind === 'execs')
        for (const event of message.events) for (const l of listeners) l(event);
      else pending.get(message.id)?.(message.value);
    });
  });
  const ask = <T>(message: Omit<ParentMessage, 'id'>): Promise<T> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, (value) => {
        pending.delete(id);
        resolve(value as T);
      });
      child.send({ ...message, id });
    });
  const info = await ready;
  const url = info.url;
  return {
    url,
    pid: child.pid ?? 0,
    tenant: { tenantId: info.tenantId, apiKey: info.apiKey, webhookSecret: info.webhookSecret },
    tenants: (ids) => ask({ kind: 'tenants', ids: [...ids] } as Omit<ParentMessage, 'id'>),
    stats: (heapSnapshot, gcPauses, giveBack) =>
      ask({
        kind: 'stats',
        ...(heapSnapshot ? { heapSnapshot } : {}),
        ...(gcPauses ? { gcPauses } : {}),
        ...(giveBack ? { giveBack } : {}),
      }),
    onExecution(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async api(who, method, path, body, expect) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { 'x-api-key': who.apiKey, 'content-type': 'application/json' },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      if (expect !== undefined && res.status !== expect)
        throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
      return text ? (JSON.parse(text) as unknown) : undefined;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // A server that cannot stop (a run or a store wedged) is killed: a bench must end, it holds the shared lock.
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_LIMIT_MS);
      await Promise.race([ask({ kind: 'stop' }), exited]);
      await exited;
      clearTimeout(kill);
    },
  };
};
