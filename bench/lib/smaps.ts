/**
 * Where a process's resident memory is, from /proc/<pid>/smaps (Linux): what process.memoryUsage() cannot tell apart.
 * Mappings are grouped by kind: V8's heap pages (256 KB anonymous, or their multiples), glibc malloc (the brk heap
 * and the 64 MB thread arenas), other anonymous memory, LevelDB table files mapped for reading (*.ldb), and other
 * files (the node binary, shared libraries).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ResidentKinds {
  /** Resident bytes by kind of mapping. */
  readonly kinds: Record<string, number>;
  /** Resident anonymous and file-backed bytes (smaps_rollup's Anonymous, and the rest). */
  readonly anonymous: number;
  readonly file: number;
  /** Open file descriptors of the process. */
  readonly fds: number;
  readonly threads: number;
  /** The process's threads by name (the comm file of each /proc/<pid>/task entry): libuv's pool, V8's workers, a Worker's thread. */
  readonly threadNames: Record<string, number>;
  /**
   * CPU time (user + system) each kind of thread has used since it started, by thread name, the main thread as
   * `main` (/proc/<pid>/task/<tid>/stat, in clock ticks of 10 ms): tells the JavaScript thread's work from LevelDB's
   * (compaction in its background thread, reads and writes in libuv's pool) and V8's (GC workers).
   */
  readonly threadCpuMs: Record<string, number>;
}

const KB = 1024;
/** The kind V8's heap pages fall in (regular pages are 256 KB). */
export const V8_PAGES = 'anonymous, 256 KB multiples (V8 pages)';
const ARENA = 64 * 1024 * KB;

interface Mapping {
  start: number;
  end: number;
  perms: string;
  path: string;
  rss: number;
  anonymous: number;
}

const parse = (text: string): Mapping[] => {
  const out: Mapping[] = [];
  let current: Mapping | undefined;
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      current = {
        start: Number.parseInt(head[1] ?? '0', 16),
        end: Number.parseInt(head[2] ?? '0', 16),
        perms: head[3] ?? '',
        path: head[4] ?? '',
        rss: 0,
        anonymous: 0,
      };
      out.push(current);
      continue;
    }
    const field = /^(Rss|Anonymous):\s+(\d+) kB/.exec(line);
    if (field && current) current[field[1] === 'Rss' ? 'rss' : 'anonymous'] = Number(field[2]) * KB;
  }
  return out;
};

const kindOf = (m: Mapping, arenaStarts: Set<number>): string => {
  if (m.path === '[heap]') return 'malloc brk heap';
  if (m.path.endsWith('.ldb') || m.path.endsWith('.sst')) return 'LevelDB tables (mmap)';
  if (m.path.startsWith('[')) return 'stacks and vdso';
  if (m.path) return 'files (binary, libraries)';
  if (arenaStarts.has(m.start)) return 'malloc thread arenas';
  const size = m.end - m.start;
  if (size % (256 * KB) === 0) return V8_PAGES;
  return 'anonymous, other';
};

export const residentKinds = (pid: number | 'self' = 'self'): ResidentKinds => {
  const maps = parse(readFileSync(`/proc/${pid}/smaps`, 'utf8'));
  // A glibc thread arena is one 64 MB-aligned reservation: a read-write part followed by its ---p remainder.
  const arenaStarts = new Set<number>();
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i];
    const next = maps[i + 1];
    if (!m || m.path || m.start % ARENA !== 0 || m.perms !== 'rw-p') continue;
    if (
      (next && !next.path && next.perms === '---p' && next.start === m.end && next.end - m.start === ARENA) ||
      m.end - m.start === ARENA
    )
      arenaStarts.add(m.start);
  }
  const kinds: Record<string, number> = {};
  let anonymous = 0;
  let file = 0;
  for (const m of maps) {
    if (m.rss === 0) continue;
    const kind = kindOf(m, arenaStarts);
    kinds[kind] = (kinds[kind] ?? 0) + m.rss;
    anonymous += m.anonymous;
    file += m.rss - m.anonymous;
  }
  const threads = Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? -1);
  const threadNames: Record<string, number> = {};
  const threadCpuMs: Record<string, number> = {};
  const self = pid === 'self' ? String(process.pid) : String(pid);
  const pool: { started: number; ms: number }[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim();
      threadNames[name] = (threadNames[name] ?? 0) + 1;
      // The fields after the command's closing parenthesis, from the 3rd (state): utime and stime are the 14th and
      // 15th, starttime the 22nd; in clock ticks (USER_HZ, 100 on Linux).
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
      if (name === 'libuv-worker' && task !== self) pool.push({ started: Number(fields[19] ?? 0), ms });
      else {
        const key = task === self ? 'main' : name;
        threadCpuMs[key] = (threadCpuMs[key] ?? 0) + ms;
      }
    } catch {
      // The thread ended while being listed.
    }
  }
  // libuv starts its pool (UV_THREADPOOL_SIZE threads) first; a `libuv-worker` started later is LevelDB's background
  // compaction thread, which takes the name of the pool thread that started it.
  const poolSize = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  pool.sort((a, b) => a.started - b.started);
  pool.forEach(({ ms }, i) => {
    const key = i < poolSize ? 'libuv pool' : 'LevelDB compaction';
    threadCpuMs[key] = (threadCpuMs[key] ?? 0) + ms;
  });
  return {
    kinds,
    anonymous,
    file,
    fds: readdirSync(`/proc/${pid}/fd`).length,
    threads,
    threadNames,
    threadCpuMs,
  };
};
