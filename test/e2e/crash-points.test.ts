import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime';
import { copyAsKilled, dataDirRuntimes } from './data-dirs';
import { HOUR } from './harness';
import { type HoldingServer, holdingServer } from './holding-server';

/**
 * A kill -9 at a chosen point, without a race: a run is held in flight by its http.request step (a server that
 * does not answer yet), the data dir is copied as the kill would leave it (every write the process made is in the
 * files; the executions snapshot, written a moment after the engine moves, not yet), and a new runtime starts on
 * the copy. Every kind of start the runtime makes is taken there: from an event (Express and Standard), by a
 * schedule, and by the decision on the approval an Express run asked before its execution. Each must complete once
 * after the restart. (The random kill is crash-recovery.test.ts.)
 */

const ENV = {
  DYNARIS_API_KEY: 'dyn_local_e2e_key_0123456789',
  DYNARIS_WEBHOOK_SECRET: 'e2e-secret-0123456789',
};

const stepsCalling = (url: string) => [
  { id: 'sync', action: 'http.request', input: { url: `${url}/sync`, method: 'POST', body: { n: 1 } } },
  { id: 'tell', action: 'email.send', input: { to: 'ops@example.com', subject: 'Done', body: 'synced' } },
];

interface Case {
  readonly start: string;
  readonly trigger: Record<string, unknown>;
  readonly settings?: Record<string, unknown>;
  readonly autoModeOff?: boolean;
  /** Makes the workflow start (the client's 2xx, or the schedule firing). */
  readonly go: (rt: LocalRuntime) => Promise<void>;
}

const newLead = async (rt: LocalRuntime) => {
  expect((await rt.api('POST', '/leads', { email: 'amy@example.com', name: 'Amy' })).status).toBe(201);
};

const CASES: Case[] = [
  {
    start: 'an Express run started from an event',
    trigger: { type: 'event', event: 'lead.created' },
    go: newLead,
  },
  {
    start: 'a Standard run started from an event',
    trigger: { type: 'event', event: 'lead.created' },
    settings: { type: 'STANDARD' },
    go: newLead,
  },
  {
    start: 'an Express run started by its schedule',
    trigger: { type: 'schedule', cron: '0 9 * * ? *', timezone: 'UTC' },
    go: (rt) => rt.advance(HOUR),
  },
  {
    start: 'an Express run started by the decision on its approval',
    trigger: { type: 'event', event: 'lead.created' },
    autoModeOff: true,
    go: async (rt) => {
      await newLead(rt);
      await rt.waitForIdle();
      const pending = await rt.api('GET', '/approvals');
      const [approval] = (pending.body as { items: { approvalId: string }[] }).items;
      expect(approval).toBeDefined();
      expect((await rt.api('POST', `/approvals/${approval?.approvalId}/approve`, {})).status).toBe(200);
    },
  },
];

describe('a kill after the start was acknowledged, before the executions snapshot held the run', () => {
  const { dataDir, start: startOn, stop, cleanup } = dataDirRuntimes('dynaris-crash-point-', ENV);
  const start = (dir: string, passthrough: string) => startOn(dir, { DYNARIS_HTTP_PASSTHROUGH: passthrough });
  const servers: HoldingServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    await cleanup();
  });

  /** Takes the kill with the run in flight; `lostJournal` also drops the start journal the killed process wrote. */
  const killInFlightThenRestart = async (
    { trigger, settings, autoModeOff, go }: Case,
    lostJournal = false,
  ) => {
    const server = await holdingServer();
    servers.push(server);
    const dir = await dataDir();
    const first = await start(dir, server.url);
    const settled = await first.api('PUT', '/settings', {
      httpAllowList: ['127.0.0.1'],
      ...(autoModeOff ? { autoMode: false } : {}),
    });
    expect(settled.status).toBe(200);
    const created = await first.api('POST', '/workflows', {
      name: 'Sync and tell',
      trigger,
      steps: stepsCalling(server.url),
      ...(settings ? { settings } : {}),
    });
    expect(created.status).toBe(201);
    const { workflowId } = (created.body as { workflow: { workflowId: string } }).workflow;
    expect((await first.api('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);

    await go(first);
    await server.received;
    await first.bus.flush();
    // The kill: what the files hold now, but the snapshot of running executions not yet written.
    const killed = await dataDir();
    await copyAsKilled(dir, killed);
    if (lostJournal) await rm(path.join(killed, 'starts.jsonl'));
    // The copy is the killed process's dir: what the first runtime does from here on stays in its own.
    server.release();
    await stop(first);

    const second = await start(killed, server.url);
    const runs = async () =>
      (
        (await second.api('GET', `/workflows/${workflowId}/runs`)).body as {
          items: { runId: string; status: string }[];
        }
      ).items;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await runs()).some((r) => r.status === 'running')) {
      await second.waitForIdle();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The run's record is ended by the execution's last task (supervisor.finish); the execution ends after it.
    await second.waitForIdle();
    const ended = await runs();
    expect(ended.map((r) => r.status)).toEqual(['succeeded']);
    // The run's record points at the execution that completed it (an Express one started again has its own ARN).
    const { run } = (await second.api('GET', `/runs/${ended[0]?.runId}`)).body as {
      run: { executionId: string };
    };
    expect(second.engine.inspectExecution(run.executionId)?.status).toBe('SUCCEEDED');
    const emails = second.outbox.list({ kind: 'email' }).filter((m) => m.subject === 'Done');
    expect(emails).toHaveLength(1);
  };

  it.each(CASES)(
    'GIVEN $start, in flight when the process was killed WHEN the runtime starts again on its data dir THEN the run completes once and its email is sent once',
    (c) => killInFlightThenRestart(c),
  );

  // Only the redelivered event can start these again: the dispatcher's start guard must let the restart through.
  it.each(CASES.filter((c) => c.trigger.type === 'event' && !c.autoModeOff))(
    'GIVEN $start, in flight when the process was killed and its start journal lost WHEN the runtime starts again THEN the event starts the same run again, which completes once and sends its email once',
    (c) => killInFlightThenRestart(c, true),
  );
});
