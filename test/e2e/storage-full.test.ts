import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_ROUTES } from '../../functions/api/app';
import { buildApiEvent } from '../../infra/local/http-server';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';

/**
 * A disk that fills up (ENOSPC) or turns read-only (EROFS) while the runtime runs: writes answer 503, the process stays up, what was stored stays readable, and writes work again once the disk does.
 * The failure is injected at the fs boundary the runtime writes its files through.
 */

const failing = vi.hoisted(() => ({ under: undefined as string | undefined, code: 'ENOSPC' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const refuse = (file: unknown) => {
    if (failing.under && String(file).startsWith(failing.under)) {
      throw Object.assign(new Error(`${failing.code}: write ${String(file)}`), { code: failing.code });
    }
  };
  const appendFile: typeof fs.appendFile = async (file, ...rest) => {
    refuse(file);
    return fs.appendFile(file, ...rest);
  };
  const writeFile: typeof fs.writeFile = async (file, ...rest) => {
    refuse(file);
    return fs.writeFile(file, ...rest);
  };
  return { ...fs, default: { ...fs, appendFile, writeFile }, appendFile, writeFile };
});

const ENV = { DYNARIS_API_KEY: 'dyn_local_storage_key_0123456789' };

describe('a data dir that stops taking writes while the runtime runs', () => {
  let dir: string;
  let rt: LocalRuntime;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-full-'));
    rt = await startLocalRuntime({ http: false, dataDir: dir, log: () => {}, env: ENV });
  });
  afterEach(async () => {
    failing.under = undefined;
    await rt.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const emails = async () =>
    ((await rt.api('GET', '/leads')).body as { items: { email: string }[] }).items.map((l) => l.email).sort();

  it.each(['ENOSPC', 'EROFS'])(
    'GIVEN the event archive refusing writes with %s WHEN leads and files are written THEN each answers 503, the runtime keeps serving, stored data stays readable, and writes succeed again once the disk does',
    async (code) => {
      expect((await rt.api('POST', '/leads', { email: 'before@example.com' })).status).toBe(201);
      failing.under = dir;
      failing.code = code;

      const lead = await rt.request(
        buildApiEvent('POST', '/leads', {
          body: { email: 'during@example.com' },
          headers: { 'x-api-key': ENV.DYNARIS_API_KEY },
          routes: API_ROUTES,
          now: new Date(),
        }),
      );
      expect(lead.statusCode).toBe(503);
      expect(JSON.parse(String(lead.body))).toMatchObject({ error: { code: 'ServiceUnavailable' } });
      expect(lead.body).not.toMatch(/\n\s+at /);
      const file = await rt.api('POST', '/files', {
        name: 'notes.txt',
        contentType: 'text/plain',
        content: 'hello',
      });
      expect(file.status).toBe(503);

      expect((await rt.api('GET', '/health')).status).toBe(200);
      expect(await emails()).toContain('before@example.com');

      failing.under = undefined;
      expect((await rt.api('POST', '/leads', { email: 'after@example.com' })).status).toBe(201);
      await rt.waitForIdle();
      expect(await emails()).toEqual(expect.arrayContaining(['after@example.com', 'before@example.com']));
      expect(
        rt.bus
          .events({ detailType: 'lead.created' })
          .map((e) => (e.detail as unknown as { lead: { email: string } }).lead.email),
      ).toEqual(['before@example.com', 'after@example.com']);
    },
  );
});
