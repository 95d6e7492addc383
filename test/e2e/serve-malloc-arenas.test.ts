import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `dynaris serve` runs with two glibc malloc arenas and fixed trim and mmap thresholds: bin/dynaris.js replaces the
 * process once with MALLOC_ARENA_MAX, MALLOC_TRIM_THRESHOLD_ and MALLOC_MMAP_THRESHOLD_ set (glibc reads them only at
 * start), keeping its pid, so whoever started it can still signal it; and it listens for
 * SIGINT before it prints its banner, so a signal sent on the banner's first line stops it cleanly.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/dynaris.js');

const serveAndReadEnvironment = (env: Record<string, string | undefined>) =>
  new Promise<{ exit: number | string | null; environ: string[]; stdout: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, DYNARIS_API_KEY: 'dyn_local_arena_test_key_0123456789', ...env },
    });
    let stdout = '';
    let environ: string[] = [];
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('running locally') && environ.length === 0) {
        // The pid its starter knows is the one serving: its environment is the server's.
        environ = readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\u0000');
        child.kill('SIGINT');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ exit: code ?? signal, environ, stdout }));
  });

describe('dynaris serve and glibc malloc arenas', () => {
  it('GIVEN no malloc settings WHEN dynaris serve runs THEN the process its starter spawned serves with MALLOC_ARENA_MAX=2 and 128 KB trim and mmap thresholds, and stops on a SIGINT sent at its first line', async () => {
    const { exit, environ, stdout } = await serveAndReadEnvironment({
      MALLOC_ARENA_MAX: undefined,
      MALLOC_TRIM_THRESHOLD_: undefined,
      MALLOC_MMAP_THRESHOLD_: undefined,
    });
    expect(environ).toContain('MALLOC_ARENA_MAX=2');
    expect(environ).toContain('MALLOC_TRIM_THRESHOLD_=131072');
    expect(environ).toContain('MALLOC_MMAP_THRESHOLD_=131072');
    expect(exit).toBe(0);
    expect(stdout).toContain('Stopping…');
  }, 120_000);

  it('GIVEN MALLOC_ARENA_MAX and a trim threshold set by the user WHEN dynaris serve runs THEN they are kept and the mmap threshold is added', async () => {
    const { exit, environ } = await serveAndReadEnvironment({
      MALLOC_ARENA_MAX: '4',
      MALLOC_TRIM_THRESHOLD_: '1048576',
      MALLOC_MMAP_THRESHOLD_: undefined,
    });
    expect(environ).toContain('MALLOC_ARENA_MAX=4');
    expect(environ).not.toContain('MALLOC_ARENA_MAX=2');
    expect(environ).toContain('MALLOC_TRIM_THRESHOLD_=1048576');
    expect(environ).toContain('MALLOC_MMAP_THRESHOLD_=131072');
    expect(exit).toBe(0);
  }, 120_000);
});
