import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalRuntime } from '../../infra/local/runtime';
import { templateJson } from '../../statemachines/templates';
import { clientFor, START } from './harness';

const HOUR = 3_600_000;
const env = {
  DYNARIS_API_KEY: 'dyn_local_e2e_key_0123456789',
  DYNARIS_WEBHOOK_SECRET: 'e2e-webhook-secret-0123456789',
};
type Runs = { items: { status: string; startedAt: string }[] };

describe('a scheduled workflow across a stopped runtime', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });

  /** The daily summary (17:00 Berlin = 16:00 UTC in March) saved at 08:00 UTC; the runtime stopped at 15:00 UTC. */
  const savedThenStopped = async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dynaris-e2e-'));
    dirs.push(dataDir);
    const start = (startTime: Date) =>
      startLocalRuntime({ port: 0, clock: 'virtual', startTime, dataDir, log: () => {}, env });
    const first = await start(START);
    const api = clientFor(first.url, env.DYNARIS_API_KEY);
    const created = await api.post<{ workflow: { workflowId: string } }>(
      '/workflows',
      templateJson('daily-summary'),
    );
    const workflowId = created.body.workflow.workflowId;
    await api.post(`/workflows/${workflowId}/enable`);
    await first.advance(7 * HOUR);
    await first.stop();
    return { start, workflowId };
  };

  it('GIVEN the runtime was stopped over the 17:00 fire WHEN it starts again within the hour Scheduler retries THEN the summary of 17:00 runs once, and tomorrow’s runs on time', async () => {
    const { start, workflowId } = await savedThenStopped();
    const second = await start(new Date(START.getTime() + 8.5 * HOUR));
    try {
      await second.waitForIdle();
      const api = clientFor(second.url, env.DYNARIS_API_KEY);
      const runs = async () => (await api.get<Runs>(`/workflows/${workflowId}/runs`)).body.items;
      expect((await runs()).map((r) => [r.status, r.startedAt])).toEqual([
        ['succeeded', '2026-03-02T16:30:00.000Z'],
      ]);
      await second.advance(24 * HOUR);
      // Virtual time starts the next fire at its own time, not at the end of the advance.
      expect((await runs()).map((r) => [r.status, r.startedAt])).toEqual([
        ['succeeded', '2026-03-03T16:00:00.000Z'],
        ['succeeded', '2026-03-02T16:30:00.000Z'],
      ]);
    } finally {
      await second.stop();
    }
  });

  it('GIVEN the runtime was stopped over the 17:00 fire WHEN it starts again more than an hour later THEN that fire is not made up, as Scheduler drops an event past its maximum age', async () => {
    const { start, workflowId } = await savedThenStopped();
    const second = await start(new Date(START.getTime() + 9.5 * HOUR));
    try {
      await second.waitForIdle();
      const api = clientFor(second.url, env.DYNARIS_API_KEY);
      expect((await api.get<Runs>(`/workflows/${workflowId}/runs`)).body.items).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});
