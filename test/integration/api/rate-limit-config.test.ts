import { afterEach, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../../infra/local/runtime';

/** The local runtime in process (no HTTP server), its API called as the default tenant. */
describe('the local runtime API limit', () => {
  let runtime: LocalRuntime | undefined;
  afterEach(async () => {
    await runtime?.stop();
    runtime = undefined;
  });

  const start = async (env: NodeJS.ProcessEnv) => {
    runtime = await startLocalRuntime({
      http: false,
      log: () => {},
      env: { ...env, DYNARIS_TENANT_ID: 'rl' },
    });
    return runtime;
  };

  it('GIVEN API_RATE_LIMIT=1 and API_BURST_LIMIT=2 WHEN a key sends three requests at once THEN the third is a 429 with Retry-After', async () => {
    const rt = await start({ API_RATE_LIMIT: '1', API_BURST_LIMIT: '2' });
    const statuses = await Promise.all([1, 2, 3].map(() => rt.api('GET', '/leads')));
    expect(statuses.map((r) => r.status).sort()).toStrictEqual([200, 200, 429]);
    const refused = statuses.find((r) => r.status === 429)?.body as { error: { code: string } };
    expect(refused.error.code).toBe('TooManyRequests');
  });

  it('GIVEN no setting WHEN a key sends 300 requests at once THEN every one is answered 200 (locally the limit is never the bottleneck)', async () => {
    const rt = await start({});
    const answers = await Promise.all(Array.from({ length: 300 }, () => rt.api('GET', '/leads')));
    expect(answers.filter((r) => r.status !== 200)).toStrictEqual([]);
  });

  it('GIVEN a malformed API_RATE_LIMIT WHEN the runtime starts THEN it refuses to start, naming the variable', async () => {
    await expect(
      startLocalRuntime({ http: false, log: () => {}, env: { API_RATE_LIMIT: 'fast' } }),
    ).rejects.toThrow('API_RATE_LIMIT must be a positive number');
  });
});
