import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_ROUTES } from '../../functions/api/app';
import { buildApiEvent } from '../../infra/local/http-server';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';

/**
 * The database's disk fills up (or turns read-only) while the runtime runs: LevelDB refuses its log write. The
 * write answers 503 with Retry-After, the process stays up, nothing half-written is stored, reads keep working, and
 * the write succeeds once there is space again. (Measured on a real 3 MB tmpfs as well: see the issue-13b note.)
 */

const ENV = { DYNARIS_API_KEY: 'dyn_local_storage_key_0123456789' };
describe('the database refusing writes (LevelDB: disk full) while the runtime runs', () => {
  // The LevelDB binding dynalite stores its tables with; the refusal is injected where LevelDB writes its log.
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { ClassicLevel } = fromDynalite('classic-level') as {
    ClassicLevel: { prototype: Record<'_put' | '_batch', (...args: unknown[]) => Promise<unknown>> };
  };
  let dir: string;
  let rt: LocalRuntime;
  let full = false;
  const spies: { mockRestore(): void }[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-full-'));
    rt = await startLocalRuntime({ http: false, dataDir: dir, log: () => {}, env: ENV });
    for (const method of ['_put', '_batch'] as const) {
      const original = ClassicLevel.prototype[method];
      spies.push(
        vi.spyOn(ClassicLevel.prototype, method).mockImplementation(async function (this: unknown, ...args) {
          if (full) {
            throw Object.assign(new Error(`IO error: ${dir}/dynamodb/000003.log: No space left on device`), {
              code: 'LEVEL_IO_ERROR',
            });
          }
          return original.apply(this, args);
        }),
      );
    }
  });
  afterEach(async () => {
    full = false;
    for (const spy of spies.splice(0)) spy.mockRestore();
    await rt.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN a full disk under the database WHEN a lead is written THEN the answer is 503 with Retry-After, nothing half-written is stored, reads keep working, and the same write succeeds once there is space', async () => {
    expect((await rt.api('POST', '/leads', { email: 'before@example.com' })).status).toBe(201);
    full = true;
    const during = await rt.request(
      buildApiEvent('POST', '/leads', {
        body: { email: 'during@example.com' },
        headers: { 'x-api-key': ENV.DYNARIS_API_KEY },
        routes: API_ROUTES,
        now: new Date(),
      }),
    );
    expect(during.statusCode).toBe(503);
    expect(during.headers?.['retry-after']).toBe('1');
    expect(during.body).not.toMatch(/\n\s+at /);
    expect((await rt.api('GET', '/health')).status).toBe(200);
    const leads = (await rt.api('GET', '/leads')).body as { items: { email: string }[] };
    expect(leads.items.map((l) => l.email)).toEqual(['before@example.com']);
    expect(rt.bus.events({ detailType: 'lead.created' })).toHaveLength(1);

    full = false;
    expect((await rt.api('POST', '/leads', { email: 'during@example.com' })).status).toBe(201);
  });
});
