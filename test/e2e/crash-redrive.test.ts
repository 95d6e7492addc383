import { afterEach, describe, expect, it } from 'vitest';
import { copyAsKilled, dataDirRuntimes } from './data-dirs';
import { MINUTE } from './harness';
import { holdingServer } from './holding-server';

/**
 * A redrive acknowledged (200) and then a kill -9 before the executions snapshot held the redriven execution: the
 * stored execution still shows how it ended, so only the start journal's redrive line can continue it. The kill is
 * taken as in crash-points.test.ts: the data dir copied while the redriven run is held in flight by its
 * http.request step, with the snapshot of running executions not yet written.
 */

const ENV = {
  DYNARIS_API_KEY: 'dyn_local_e2e_key_0123456789',
  DYNARIS_WEBHOOK_SECRET: 'e2e-secret-0123456789',
};

describe('a kill after a redrive was acknowledged, before the executions snapshot held it', () => {
  const { dataDir, start: startOn, stop, cleanup } = dataDirRuntimes('dynaris-crash-redrive-', ENV);
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await cleanup();
  });

  it('GIVEN a failed Standard run redriven (200) and in flight when the process was killed WHEN the runtime starts again on its data dir THEN the run completes once and its email is sent once', async () => {
    const server = await holdingServer({ failing: true });
    closers.push(server.close);
    const dir = await dataDir();
    const first = await startOn(dir, { DYNARIS_HTTP_PASSTHROUGH: server.url });
    expect((await first.api('PUT', '/settings', { httpAllowList: ['127.0.0.1'] })).status).toBe(200);
    const created = await first.api('POST', '/workflows', {
      name: 'Sync and tell',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        {
          id: 'sync',
          action: 'http.request',
          input: { url: `${server.url}/sync`, method: 'POST', body: {} },
        },
        {
          id: 'tell',
          action: 'email.send',
          input: { to: 'ops@example.com', subject: 'Done', body: 'synced' },
        },
      ],
      settings: { type: 'STANDARD' },
    });
    expect(created.status).toBe(201);
    const { workflowId } = (created.body as { workflow: { workflowId: string } }).workflow;
    expect((await first.api('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);
    expect((await first.api('POST', '/leads', { email: 'amy@example.com', name: 'Amy' })).status).toBe(201);
    await first.advance(10 * MINUTE);
    const runsOf = async (rt: typeof first) =>
      (
        (await rt.api('GET', `/workflows/${workflowId}/runs`)).body as {
          items: { runId: string; status: string }[];
        }
      ).items;
    const [run] = await runsOf(first);
    // The service answered 503 until the retries ran out; now it answers (held), and a redrive continues the run.
    expect(run?.status).toBe('failed');
    server.hold();
    const redrive = await first.api('POST', `/runs/${run?.runId}/redrive`);
    expect(redrive.status).toBe(200);
    await server.received;
    await first.bus.flush();
    // The kill: what the files hold now, but the snapshot of running executions not yet written.
    const killed = await dataDir();
    await copyAsKilled(dir, killed);
    server.release();
    await stop(first);

    const second = await startOn(killed, { DYNARIS_HTTP_PASSTHROUGH: server.url });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await runsOf(second)).some((r) => r.status === 'running')) {
      await second.waitForIdle();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await runsOf(second)).map((r) => r.status)).toEqual(['succeeded']);
    expect(second.outbox.list({ kind: 'email' }).filter((m) => m.subject === 'Done')).toHaveLength(1);
  });
});
