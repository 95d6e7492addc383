import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRATCH_PREFIX } from '../../infra/local/scratch-dir';

/**
 * `dynaris serve` (npm start) keeps nothing: its database is in the heap and its older items move to a fresh temporary
 * folder (memory stays flat however many runs: docs/performance.md); with --disk-store all of it is in such a folder
 * (at about twice the CPU per run), with --heap-store all of it in the heap (no folder).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/dynaris.js');

interface Serving {
  readonly child: ChildProcess;
  readonly banner: string;
}

const serve = (args: string[] = []) =>
  new Promise<Serving>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
      cwd: ROOT,
      env: { ...process.env, DYNARIS_API_KEY: 'dyn_local_scratch_test_key_0123456789' },
    });
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`no banner: ${stdout}`)), 90_000);
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('outbox:')) {
        clearTimeout(timer);
        resolve({ child, banner: stdout });
      }
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`exited with ${code} before its banner: ${stdout}`)));
  });

const stop = (child: ChildProcess, signal: NodeJS.Signals) => {
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.kill(signal);
  return exited;
};

const scratchOf = (banner: string) =>
  /data: {12}not kept: a temporary folder removed on exit, (\S+) \(use --data-dir DIR to keep it\)/.exec(
    banner,
  )?.[1];

describe('dynaris serve without --data-dir keeps nothing: older items, or all with --disk-store, in a temporary folder', () => {
  it('GIVEN two servers started at once with --disk-store WHEN they stop on SIGINT and SIGTERM THEN each had its own fresh folder holding its database, named in its banner, and both are gone', async () => {
    const [a, b] = await Promise.all([serve(['--disk-store']), serve(['--disk-store'])]);
    const dirA = scratchOf(a.banner) ?? '';
    const dirB = scratchOf(b.banner) ?? '';
    try {
      expect(dirA, a.banner).not.toBe('');
      expect(dirB, b.banner).not.toBe(dirA);
      expect(path.dirname(dirA)).toBe(tmpdir());
      expect(path.basename(dirA).startsWith(`${SCRATCH_PREFIX}${a.child.pid}-`)).toBe(true);
      expect(await readdir(dirA)).toContain('dynamodb');
      expect(await readdir(dirB)).toContain('dynamodb');
    } finally {
      expect(await stop(a.child, 'SIGINT')).toBe(0);
      expect(await stop(b.child, 'SIGTERM')).toBe(0);
    }
    expect(existsSync(dirA)).toBe(false);
    expect(existsSync(dirB)).toBe(false);
  }, 180_000);

  it('GIVEN --heap-store WHEN dynaris serve starts THEN the data is all in memory, as it says, and it makes no temporary folder', async () => {
    const { child, banner } = await serve(['--heap-store']);
    try {
      expect(banner).toContain('data:            in memory (use --data-dir DIR to keep it)');
      const own = (await readdir(tmpdir())).filter((name) =>
        name.startsWith(`${SCRATCH_PREFIX}${child.pid}-`),
      );
      expect(own).toEqual([]);
    } finally {
      expect(await stop(child, 'SIGINT')).toBe(0);
    }
  }, 120_000);

  it.each([
    ['no store option', []],
    ['--tiered-store', ['--tiered-store']],
  ])(
    'GIVEN %s WHEN dynaris serve starts and stops THEN the data is in memory with older items in its own temporary folder, as it says, and the folder is gone after',
    async (_, args) => {
      const { child, banner } = await serve(args);
      const dir =
        /data: {12}in memory, older items in a temporary folder removed on exit, (\S+) \(use --data-dir DIR to keep it\)/.exec(
          banner,
        )?.[1] ?? '';
      try {
        expect(dir, banner).not.toBe('');
        expect(path.dirname(dir)).toBe(tmpdir());
        expect(path.basename(dir).startsWith(`${SCRATCH_PREFIX}${child.pid}-`)).toBe(true);
      } finally {
        expect(await stop(child, 'SIGINT')).toBe(0);
      }
      expect(existsSync(dir)).toBe(false);
    },
    120_000,
  );

  it('GIVEN --disk-store with --data-dir WHEN dynaris serve is run THEN it is a usage error naming --disk-store, and nothing starts', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--disk-store', '--data-dir', path.join(tmpdir(), 'never')],
      {
        cwd: ROOT,
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    const error = (
      JSON.parse(stderr) as { error: { code: string; message: string; details: { path: string }[] } }
    ).error;
    expect(error.code).toBe('UsageError');
    expect(error.details.map((d) => d.path)).toEqual(['--disk-store']);
    expect(error.message).toBe('--disk-store and --data-dir exclude each other: pick one');
    expect(existsSync(path.join(tmpdir(), 'never'))).toBe(false);
  }, 60_000);

  it('GIVEN --heap-store with --disk-store WHEN dynaris serve is run THEN it is a usage error naming --heap-store, and nothing starts', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--heap-store', '--disk-store'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    const error = (JSON.parse(stderr) as { error: { message: string; details: { path: string }[] } }).error;
    expect(error.details.map((d) => d.path)).toEqual(['--heap-store']);
    expect(error.message).toBe('--heap-store and --disk-store exclude each other: pick one');
  }, 60_000);
});
