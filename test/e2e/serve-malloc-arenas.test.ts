import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `dynaris serve` runs with two glibc malloc arenas: bin/dynaris.js replaces the process once with MALLOC_ARENA_MAX
 * set (glibc reads it only at start), keeping its pid, so whoever started it can still signal it; and it listens for
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
  it('GIVEN no MALLOC_ARENA_MAX WHEN dynaris serve runs THEN the process its starter spawned serves with MALLOC_ARENA_MAX=2 and stops on a SIGINT sent at its first line', async () => {
    const { exit, environ, stdout } = await serveAndReadEnvironment({ MALLOC_ARENA_MAX: undefined });
    expect(environ).toContain('MALLOC_ARENA_MAX=2');
    expect(exit).toBe(0);
    expect(stdout).toContain('Stopping…');
  }, 120_000);

  it('GIVEN MALLOC_ARENA_MAX set by the user WHEN dynaris serve runs THEN it is kept', async () => {
    const { exit, environ } = await serveAndReadEnvironment({ MALLOC_ARENA_MAX: '4' });
    expect(environ).toContain('MALLOC_ARENA_MAX=4');
    expect(environ).not.toContain('MALLOC_ARENA_MAX=2');
    expect(exit).toBe(0);
  }, 120_000);
});
