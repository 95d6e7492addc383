import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalRuntime } from '../../../infra/local/runtime';
import { openScratchDir, SCRATCH_PREFIX } from '../../../infra/local/scratch-dir';

const CRASHING = path.resolve(import.meta.dirname, '../../support/scratch-crash.ts');

const exitedPid = () =>
  new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('close', () => resolve(child.pid ?? 0));
  });

describe('the throwaway store on disk (a scratch folder per process)', () => {
  const parents: string[] = [];
  const parent = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'scratch-test-'));
    parents.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const dir of parents.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN two stores opened at once WHEN each is removed THEN they had different fresh folders and both are gone', async () => {
    const under = await parent();
    const [a, b] = await Promise.all([openScratchDir(under), openScratchDir(under)]);
    expect(a.dir).not.toBe(b.dir);
    expect(path.basename(a.dir).startsWith(`${SCRATCH_PREFIX}${process.pid}-`)).toBe(true);
    await a.remove();
    await b.remove();
    await a.remove();
    expect(await readdir(under)).toEqual([]);
  });

  it('GIVEN folders left by a process that is gone and by one still running WHEN a store opens THEN only the gone one is removed', async () => {
    const under = await parent();
    const gone = path.join(under, `${SCRATCH_PREFIX}${await exitedPid()}-abc123`);
    const running = path.join(under, `${SCRATCH_PREFIX}${process.ppid}-def456`);
    const unrelated = path.join(under, 'dynaris-bench-xyz');
    for (const dir of [gone, running, unrelated])
      await mkdir(path.join(dir, 'dynamodb'), { recursive: true });
    const scratch = await openScratchDir(under);
    expect(existsSync(gone)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
    await scratch.remove();
  });

  it('GIVEN a process holding a store WHEN it crashes with an uncaught exception THEN its folder is removed on the way out', async () => {
    const under = await parent();
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CRASHING, under], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, stdout: out }));
    });
    expect(code).toBe(1);
    expect(stdout.trim().startsWith(path.join(under, SCRATCH_PREFIX))).toBe(true);
    expect(await readdir(under)).toEqual([]);
  });

  it('GIVEN the runtime with its throwaway store on disk WHEN items are written and it stops THEN they were in its scratch folder, which is gone', async () => {
    const runtime = await startLocalRuntime({ throwawayStore: 'disk', http: false, log: () => {} });
    const dir = runtime.scratchDir ?? '';
    expect(dir.startsWith(path.join(tmpdir(), SCRATCH_PREFIX))).toBe(true);
    expect((await runtime.api('POST', '/leads', { email: 'ada@example.com', name: 'Ada' })).status).toBe(201);
    expect((await readdir(path.join(dir, 'dynamodb'))).some((name) => name.endsWith('.log'))).toBe(true);
    await runtime.stop();
    expect(existsSync(dir)).toBe(false);
  });
});
