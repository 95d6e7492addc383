import { spawn, spawnSync } from 'node:child_process';
import { appendFile, chmod, cp, mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRuntime } from '../../infra/local/runtime';

/**
 * Opening storage that cannot work (a damaged file, a read-only folder) ends the start with one clear message that
 * names the file and what to do: an error from startLocalRuntime, and from `dynaris serve` exit code 1 with a JSON
 * error and no stack trace. Real files in a temp data dir.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/dynaris.js');
const ENV = { DYNARIS_API_KEY: 'dyn_local_storage_key_0123456789' };

const serve = (dataDir: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir], {
      cwd: ROOT,
      env: { ...process.env, ...ENV },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('running locally')) child.kill('SIGINT');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

/** chmod is not enough for root (tests may run as root): the immutable attribute is, and root cannot write then. */
const makeReadOnly = async (dir: string) => {
  await chmod(dir, 0o555);
  const canWrite = await writeFile(path.join(dir, '.probe'), 'x').then(
    () => true,
    () => false,
  );
  if (!canWrite) return;
  await rm(path.join(dir, '.probe'), { force: true });
  const chattr = spawnSync('chattr', ['+i', dir]);
  if (chattr.status !== 0) throw new Error(`cannot make ${dir} read-only: ${chattr.stderr}`);
};
const makeWritable = (dir: string) => {
  spawnSync('chattr', ['-i', dir]);
  return chmod(dir, 0o755).catch(() => undefined);
};

describe('opening a data dir that cannot work', () => {
  let seeded: string;
  const dirs: string[] = [];
  beforeAll(async () => {
    seeded = await mkdtemp(path.join(tmpdir(), 'dynaris-storage-'));
    const rt = await startLocalRuntime({ http: false, dataDir: seeded, log: () => {}, env: ENV });
    expect((await rt.api('POST', '/leads', { email: 'kept@example.com' })).status).toBe(201);
    await rt.stop();
  });
  afterAll(() => rm(seeded, { recursive: true, force: true }));
  afterEach(async () => {
    for (const dir of dirs.splice(0)) {
      await makeWritable(dir);
      await rm(dir, { recursive: true, force: true });
    }
  });

  const copy = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dynaris-storage-'));
    dirs.push(dir);
    await cp(seeded, dir, { recursive: true });
    return dir;
  };
  const manifest = async (dir: string) => {
    const name = (await readdir(path.join(dir, 'dynamodb'))).find((f) => f.startsWith('MANIFEST-'));
    return path.join(dir, 'dynamodb', String(name));
  };

  const damages: [string, (dir: string) => Promise<string>, RegExp][] = [
    [
      'a truncated database manifest',
      async (dir) => {
        await truncate(await manifest(dir), 10);
        return path.join(dir, 'dynamodb');
      },
      /cannot be opened: Corruption.*move the folder out of the data directory/,
    ],
    [
      'garbage in the database CURRENT file',
      async (dir) => {
        await writeFile(path.join(dir, 'dynamodb', 'CURRENT'), '\u0000\u0001garbage\n');
        return path.join(dir, 'dynamodb');
      },
      /cannot be opened: .*restore it from a backup/,
    ],
    [
      'a garbage line in the event archive',
      async (dir) => {
        const file = path.join(dir, 'events.jsonl');
        await appendFile(file, '{"id": "half an event\n{"next": 1}\n');
        return file;
      },
      /line \d+ is not a valid record .*Move the file out of the data directory/,
    ],
    [
      'a truncated running-executions file',
      async (dir) => {
        const file = path.join(dir, 'executions.json');
        await writeFile(file, '[{"executionArn": "arn:aws:states:');
        return file;
      },
      /is not valid JSON .*Move the file out/,
    ],
    [
      'a garbage secrets key',
      async (dir) => {
        const file = path.join(dir, 'secrets.key');
        await writeFile(file, 'not-a-key\n');
        return file;
      },
      /is not a 32-byte base64 key .*Restore it from a backup/,
    ],
  ];

  it.each(damages)(
    'GIVEN %s WHEN the runtime starts on it THEN it refuses with a message naming the file and what to do',
    async (_what, damage, message) => {
      const dir = await copy();
      const file = await damage(dir);
      const error = await startLocalRuntime({ http: false, dataDir: dir, log: () => {}, env: ENV }).catch(
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('DataFileError');
      expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
      expect((error as Error).message).toMatch(message);
    },
  );

  it('GIVEN a damaged database WHEN dynaris serve starts on it THEN it exits 1 with a JSON error naming the folder and no stack trace', async () => {
    const dir = await copy();
    await truncate(await manifest(dir), 10);
    const result = await serve(dir);
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.stderr) as { error: { code: string; message: string } };
    expect(error.code).toBe('DataDirUnusable');
    expect(error.message).toContain(path.join(dir, 'dynamodb'));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('GIVEN a read-only data dir WHEN dynaris serve starts on it THEN it exits 1 saying the folder is read-only and how to fix it, and its data is untouched', async () => {
    const dir = await copy();
    const before = await readdir(dir);
    await makeReadOnly(dir);
    const result = await serve(dir);
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.stderr) as { error: { code: string; message: string } };
    expect(error).toMatchObject({ code: 'DataDirUnusable' });
    expect(error.message).toContain(`${dir}: is read-only`);
    expect(error.message).toMatch(/make it writable/i);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(dir)).toEqual(before);

    await makeWritable(dir);
    const rt = await startLocalRuntime({ http: false, dataDir: dir, log: () => {}, env: ENV });
    try {
      const leads = await rt.api('GET', '/leads');
      expect((leads.body as { items: { email: string }[] }).items.map((l) => l.email)).toEqual([
        'kept@example.com',
      ]);
    } finally {
      await rt.stop();
    }
  }, 60_000);
});
