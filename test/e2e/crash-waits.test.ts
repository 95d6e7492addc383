import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime';
import { copyAsKilled, dataDirRuntimes } from './data-dirs';
import { DAY } from './harness';
import { type HoldingServer, holdingServer } from './holding-server';

/**
 * A kill -9 right after an awaited event or a person's decision resumed a run, without a race: the correlator claims
 * the wait (deletes it) and records the event against the run, or the API records the decision, before
 * SendTaskSuccess, and the run moves on in memory; the executions snapshot, written a moment later, still shows it
 * waiting. Taken here by holding the run at the step after the wait (an http.request to a server that does not
 * answer yet) and restarting on the data dir as the kill left it, with the snapshot from before the event. The run
 * must take the branch of what came, not its timeout.
 */

const ENV = {
  DYNARIS_API_KEY: 'dyn_local_e2e_key_0123456789',
  DYNARIS_WEBHOOK_SECRET: 'e2e-secret-0123456789',
};

const workflow = (url: string) => ({
  name: 'Wait for an update',
  trigger: { type: 'event', event: 'lead.created' },
  steps: [
    {
      id: 'update',
      waitFor: { event: 'lead.updated', match: { 'lead.id': '{{trigger.lead.id}}' }, timeout: 'P1D' },
      onEvent: [
        { id: 'sync', action: 'http.request', input: { url: `${url}/sync`, method: 'POST', body: { n: 1 } } },
        {
          id: 'updated',
          action: 'email.send',
          input: { to: 'ops@example.com', subject: 'Updated', body: 'u' },
        },
      ],
      onTimeout: [
        {
          id: 'late',
          action: 'email.send',
          input: { to: 'ops@example.com', subject: 'No update', body: 'n' },
        },
      ],
    },
  ],
});

const approvalFlow = (url: string) => ({
  name: 'Ask first',
  trigger: { type: 'event', event: 'lead.created' },
  settings: { type: 'STANDARD' },
  steps: [
    { id: 'ask', approval: { message: 'Welcome them?', timeout: 'P1D' } },
    { id: 'sync', action: 'http.request', input: { url: `${url}/sync`, method: 'POST', body: { n: 1 } } },
    { id: 'welcome', action: 'email.send', input: { to: 'ops@example.com', subject: 'Approved', body: 'a' } },
  ],
});

/** Until the executions snapshot (written a moment after the engine moves) holds what the engine shows now. */
const snapshotWritten = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('a kill after an awaited event or a decision resumed a run, before the executions snapshot held it', () => {
  const { dataDir, start: startOn, stop, cleanup } = dataDirRuntimes('dynaris-crash-wait-', ENV);
  const start = (dir: string, passthrough: string) => startOn(dir, { DYNARIS_HTTP_PASSTHROUGH: passthrough });
  const servers: HoldingServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    await cleanup();
  });

  /**
   * Deploys `definition`, adds a lead (its run waits), then `resume`s it; the data dir as a kill right after left
   * it (the snapshot from while it waited) is started again, a day passes, and the run's end is returned.
   */
  const killedAfterResuming = async (
    definition: (url: string) => Record<string, unknown>,
    resume: (rt: LocalRuntime, leadId: string) => Promise<void>,
  ) => {
    const server = await holdingServer();
    servers.push(server);
    const dir = await dataDir();
    const first = await start(dir, server.url);
    expect((await first.api('PUT', '/settings', { httpAllowList: ['127.0.0.1'] })).status).toBe(200);
    const created = await first.api('POST', '/workflows', definition(server.url));
    expect(created.status).toBe(201);
    const { workflowId } = (created.body as { workflow: { workflowId: string } }).workflow;
    expect((await first.api('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);
    const lead = await first.api('POST', '/leads', { email: 'amy@example.com', name: 'Amy' });
    await first.waitForIdle();
    await snapshotWritten();
    const waiting = await dataDir();
    await copyAsKilled(dir, waiting);
    await copyFile(path.join(dir, 'executions.json'), path.join(waiting, 'executions.json'));

    await resume(first, (lead.body as { id: string }).id);
    await server.received;
    await first.bus.flush();
    // The kill: every file as the process left it, the snapshot still from while the run waited.
    const killed = await dataDir();
    await copyAsKilled(dir, killed);
    await copyFile(path.join(waiting, 'executions.json'), path.join(killed, 'executions.json'));
    server.release();
    await stop(first);

    const second = await start(killed, server.url);
    await second.waitForIdle();
    await second.advance(DAY + 60_000);
    await second.waitForIdle();
    const runs = (await second.api('GET', `/workflows/${workflowId}/runs`)).body as {
      items: { status: string }[];
    };
    const subjects = second.outbox.list({ kind: 'email' }).map((m) => m.subject);
    return { runs: runs.items.map((r) => r.status), subjects };
  };

  it('GIVEN a run waiting for its lead to be updated WHEN the update resumed it and the process was killed before the snapshot THEN after the restart the run takes the event branch once and not its timeout', async () => {
    const ended = await killedAfterResuming(workflow, async (rt, leadId) => {
      expect((await rt.api('PUT', `/leads/${leadId}`, { status: 'contacted' })).status).toBe(200);
    });
    expect(ended).toEqual({ runs: ['succeeded'], subjects: ['Updated'] });
  });

  it('GIVEN a run waiting for approval WHEN it was approved and the process was killed before the snapshot THEN after the restart the run continues approved, once, and its approval does not run out', async () => {
    const ended = await killedAfterResuming(approvalFlow, async (rt) => {
      const pending = (await rt.api('GET', '/approvals')).body as { items: { approvalId: string }[] };
      const [approval] = pending.items;
      expect(approval).toBeDefined();
      expect((await rt.api('POST', `/approvals/${approval?.approvalId}/approve`, {})).status).toBe(200);
    });
    expect(ended).toEqual({ runs: ['succeeded'], subjects: ['Approved'] });
  });
});
