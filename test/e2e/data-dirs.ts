import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { START } from './harness';

/**
 * The data dir as a kill -9 now would leave it: every file the process wrote, but not the executions snapshot
 * (written a moment after the engine moves). The runtime keeps writing while it is copied: its temporary files
 * (renamed into place when complete) are left out, and a file that vanishes mid-copy makes the copy start again.
 */
export const copyAsKilled = async (from: string, to: string): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await cp(from, to, { recursive: true, force: true, filter: (src) => !src.endsWith('.tmp') });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 10) throw error;
    }
  }
  await writeFile(path.join(to, 'executions.json'), '[]');
};

/**
 * In-process runtimes on temporary data dirs, for tests of what a start finds from an earlier process: started on
 * a dir (virtual clock, no HTTP server), stopped, and every runtime and dir gone after each test (`cleanup`).
 */
export const dataDirRuntimes = (prefix: string, env: NodeJS.ProcessEnv) => {
  const dirs: string[] = [];
  const open: LocalRuntime[] = [];
  return {
    async dataDir(): Promise<string> {
      const dir = await mkdtemp(path.join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    async start(dir: string, moreEnv: NodeJS.ProcessEnv = {}): Promise<LocalRuntime> {
      const rt = await startLocalRuntime({
        http: false,
        clock: 'virtual',
        startTime: START,
        dataDir: dir,
        log: () => {},
        env: { ...env, ...moreEnv },
      });
      open.push(rt);
      return rt;
    },
    async stop(rt: LocalRuntime): Promise<void> {
      open.splice(open.indexOf(rt), 1);
      await rt.stop();
    },
    async cleanup(): Promise<void> {
      for (const rt of open.splice(0)) await rt.stop();
      for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
    },
  };
};
