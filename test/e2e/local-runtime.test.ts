import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runWorkflowOnce } from '../../cli/run';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from '../../functions/webhooks/webhooks';
import { startLocalRuntime } from '../../infra/local/runtime';
import { WorkflowDefinition } from '../../statemachines/schema';
import { templateJson } from '../../statemachines/templates';
import { clientFor, DAY, explain, START, type System, startSystem } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/dynaris.js');

const runCli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

describe('the local runtime as a user meets it', () => {
  let sys: System | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await sys?.stop();
    sys = undefined;
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });

  it('GIVEN a saved workflow WHEN it is dry-run through POST /workflows/{id}/test THEN every step is listed with its would-be input and nothing is sent', async () => {
    sys = await startSystem();
    const workflowId = await sys.deploy(templateJson('no-reply-reminder'));
    const res = await sys.api.post<{
      status: string;
      outcome: string;
      steps: { id: string; action: string; input?: unknown }[];
    }>(`/workflows/${workflowId}/test`, {
      trigger: { leadId: 'lead-9', to: 'zoe@example.com', subject: 'Hello', lead: { status: 'new' } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('SUCCEEDED');
    expect(res.body.steps.map((s) => [s.id, s.action])).toEqual([
      ['await-reply', 'waitFor'],
      ['book-call', 'calendar.schedule'],
    ]);
    expect(res.body.steps[1]?.input).toMatchObject({ attendeeEmail: 'zoe@example.com', leadId: 'lead-9' });
    await sys.settle();
    expect(await sys.outbox()).toEqual([]);
    expect((await sys.api.get<{ items: unknown[] }>('/bookings')).body.items).toEqual([]);
    expect(await sys.runs(workflowId)).toEqual([]);
  });

  const persisted = async (dataDir: string) => {
    const env = {
      DYNARIS_API_KEY: 'dyn_local_e2e_key_0123456789',
      DYNARIS_WEBHOOK_SECRET: 'e2e-webhook-secret-0123456789',
    };
    const start = (startTime: Date) =>
      startLocalRuntime({ port: 0, clock: 'virtual', startTime, dataDir, log: () => {}, env });
    const first = await start(START);
    const api1 = clientFor(first.url, env.DYNARIS_API_KEY);
    expect(first.apiKey).toBe(env.DYNARIS_API_KEY);
    await api1.post('/leads', { email: 'per@example.com', name: 'Per' });
    const created = await api1.post<{ workflow: { workflowId: string } }>(
      '/workflows',
      templateJson('daily-summary'),
    );
    const summaryId = created.body.workflow.workflowId;
    expect((await api1.post(`/workflows/${summaryId}/enable`)).status).toBe(200);
    const slow = await api1.post<{ workflow: { workflowId: string } }>('/workflows', {
      name: 'Slow nudge',
      trigger: { type: 'manual' },
      steps: [
        { id: 'pause', wait: 'P2D' },
        { id: 'nudge', action: 'notify.slack', input: { text: 'nudge' } },
      ],
    });
    await api1.post(`/workflows/${slow.body.workflow.workflowId}/enable`);
    const inFlight = await api1.post<{ runId: string }>(`/workflows/${slow.body.workflow.workflowId}/runs`, {
      input: {},
    });
    await first.advance(DAY);
    await first.stop();
    return { env, start, summaryId, runId: inFlight.body.runId };
  };

  it('GIVEN --data-dir WHEN the runtime restarts THEN data, credentials, deployed workflows and schedules survive, and a run in progress resumes with its deadline', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dynaris-e2e-'));
    dirs.push(dataDir);
    const { env, start, summaryId, runId } = await persisted(dataDir);
    // The new process starts when the old one stopped, one day into the two-day wait.
    const second = await start(new Date(START.getTime() + DAY));
    try {
      const api2 = clientFor(second.url, env.DYNARIS_API_KEY);
      const leads = await api2.get<{ items: { email: string }[] }>('/leads');
      expect(leads.body.items.map((l) => l.email)).toEqual(['per@example.com']);
      expect(second.webhookSecret).toBe(env.DYNARIS_WEBHOOK_SECRET);
      const status = async () =>
        (await api2.get<{ run: { status: string; endedAt: string | null } }>(`/runs/${runId}`)).body.run;
      expect((await status()).status).toBe('running');

      await second.advance(DAY - 60_000);
      expect((await status()).status).toBe('running');
      await second.advance(60_000);
      expect(await status()).toMatchObject({
        status: 'succeeded',
        endedAt: new Date(START.getTime() + 2 * DAY).toISOString(),
      });
      const slack = await api2.get<{ items: { body: { text: string } }[] }>('/outbox?kind=slack');
      expect(slack.body.items.map((m) => m.body.text)).toContain('nudge');
      const runs = await api2.get<{ items: { status: string }[] }>(`/workflows/${summaryId}/runs`);
      expect(runs.body.items.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    } finally {
      await second.stop();
    }
  });

  it('GIVEN --data-dir and a run waiting for a reply WHEN the runtime restarts and the reply arrives THEN the same wait resumes and books the call', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dynaris-e2e-'));
    dirs.push(dataDir);
    const env = {
      DYNARIS_API_KEY: 'dyn_local_e2e_key_0123456789',
      DYNARIS_WEBHOOK_SECRET: 'e2e-webhook-secret-0123456789',
    };
    const first = await startLocalRuntime({
      port: 0,
      clock: 'virtual',
      startTime: START,
      dataDir,
      log: () => {},
      env,
    });
    const api1 = clientFor(first.url, env.DYNARIS_API_KEY);
    for (const id of ['lead-follow-up', 'no-reply-reminder'] as const) {
      const created = await api1.post<{ workflow: { workflowId: string } }>('/workflows', templateJson(id));
      await api1.post(`/workflows/${created.body.workflow.workflowId}/enable`);
    }
    await api1.post('/leads', { email: 'sam@example.com', name: 'Sam' });
    await first.waitForIdle();
    const [welcome] = first.outbox.list({ kind: 'email' });
    await first.stop();

    const second = await startLocalRuntime({
      port: 0,
      clock: 'virtual',
      startTime: new Date(START.getTime() + DAY),
      dataDir,
      log: () => {},
      env,
    });
    try {
      const raw = JSON.stringify({
        from: 'sam@example.com',
        subject: 'Re: Welcome, Sam',
        text: 'Call me',
        inReplyTo: `<${String(welcome?.messageId)}>`,
        trackingId: String(welcome?.headers?.['X-Dynaris-Tracking-Id'] ?? ''),
      });
      const t = Math.floor(second.clock.now().getTime() / 1000);
      const reply = await fetch(`${second.url}/webhooks/${second.tenantId}/email`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(
            env.DYNARIS_WEBHOOK_SECRET,
            t,
            { tenantId: second.tenantId, source: 'email' },
            raw,
          ),
          [DELIVERY_HEADER]: 'reply-1',
        },
        body: raw,
      });
      expect(reply.status).toBe(202);
      await second.waitForIdle();
      // No reminder: the resumed wait received the reply (the outbox kept in the data dir holds only the welcome).
      const onlyWelcome = [welcome?.id];
      expect(second.outbox.list({ kind: 'email' }).map((m) => m.id)).toEqual(onlyWelcome);
      const api2 = clientFor(second.url, env.DYNARIS_API_KEY);
      const titles = (await api2.get<{ items: { title: string }[] }>('/bookings')).body.items
        .map((b) => b.title)
        .sort();
      expect(titles).toEqual(['Call about "Re: Welcome, Sam"', 'Follow-up call with Sam']);
      await second.advance(2 * DAY);
      expect(second.outbox.list({ kind: 'email' }).map((m) => m.id)).toEqual(onlyWelcome);
    } finally {
      await second.stop();
    }
  });

  it('GIVEN --data-dir WHEN the process died without saving its running executions or its start journal THEN their runs are marked failed, not left running', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dynaris-e2e-'));
    dirs.push(dataDir);
    const { env, start, runId } = await persisted(dataDir);
    await rm(path.join(dataDir, 'executions.json'));
    await rm(path.join(dataDir, 'starts.jsonl'));
    const second = await start(new Date(START.getTime() + DAY));
    try {
      const api2 = clientFor(second.url, env.DYNARIS_API_KEY);
      const orphan = await api2.get<{ run: { status: string; error: { error: string } } }>(`/runs/${runId}`);
      expect(orphan.body.run).toMatchObject({ status: 'failed', error: { error: 'LocalRuntimeRestarted' } });
    } finally {
      await second.stop();
    }
  });

  it('GIVEN an operator-chosen API key WHEN the runtime registers it THEN the tenant repository rules apply: a key under 24 characters is refused at start, a key of another tenant is refused', async () => {
    await expect(
      startLocalRuntime({ http: false, clock: 'virtual', log: () => {}, env: {}, apiKey: 'dyn_short_key' }),
    ).rejects.toThrow(/at least 24 characters/);
    const rt = await startLocalRuntime({
      http: false,
      clock: 'virtual',
      log: () => {},
      env: {},
      apiKey: 'dyn_local_e2e_key_0123456789',
    });
    try {
      await expect(rt.createTenant('acme', { apiKey: 'dyn_local_e2e_key_0123456789' })).rejects.toThrow(
        /another tenant/,
      );
      const again = await rt.createTenant('local', { apiKey: 'dyn_local_e2e_key_0123456789' });
      expect(again.apiKey).toBe('dyn_local_e2e_key_0123456789');
      expect((await rt.api('GET', '/health')).status).toBe(200);
    } finally {
      await rt.stop();
    }
  });

  it('GIVEN a workflow file and an event file WHEN dynaris run --json is called THEN it prints the status and the ordered steps with action, status, input and output', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dynaris-run-'));
    dirs.push(dir);
    const workflow = path.join(dir, 'workflow.json');
    const event = path.join(dir, 'event.json');
    await writeFile(
      workflow,
      JSON.stringify({
        name: 'Welcome and remind',
        trigger: { type: 'event', event: 'lead.created' },
        steps: [
          {
            id: 'welcome',
            action: 'email.send',
            input: {
              to: '{{trigger.lead.email}}',
              subject: 'Welcome, {{trigger.lead.name}}',
              body: 'Hello!',
            },
          },
          {
            id: 'await-reply',
            waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
            onTimeout: [
              {
                id: 'remind',
                action: 'email.send',
                input: { to: '{{trigger.lead.email}}', subject: 'Still there?', body: 'Hi again' },
              },
            ],
          },
          { id: 'tell', action: 'notify.slack', input: { text: 'Followed up {{trigger.lead.name}}' } },
        ],
      }),
    );
    await writeFile(
      event,
      JSON.stringify({ tenantId: 'local', lead: { id: 'lead-1', email: 'amy@example.com', name: 'Amy' } }),
    );
    const result = await runCli(['run', workflow, '--event', event, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as {
      status: string;
      steps: { id: string; action: string; status: string; input: unknown; output: unknown }[];
    };
    expect(out.status).toBe('SUCCEEDED');
    expect(out.steps.map((s) => [s.id, s.action, s.status])).toEqual([
      ['welcome', 'email.send', 'succeeded'],
      ['await-reply', 'waitFor', 'timed_out'],
      ['remind', 'email.send', 'succeeded'],
      ['tell', 'notify.slack', 'succeeded'],
    ]);
    expect(out.steps[0]?.input).toEqual({ to: 'amy@example.com', subject: 'Welcome, Amy', body: 'Hello!' });
    expect(out.steps[0]?.output).toMatchObject({ to: 'amy@example.com' });
    expect(out.steps[1]).toMatchObject({
      input: { event: 'email.received', match: { leadId: 'lead-1' }, timeoutSeconds: 172_800 },
      output: { received: false, event: null },
    });
    expect(out.steps[3]?.output).toEqual({ delivered: true, via: 'slack' });

    const text = await runCli(['run', workflow, '--event', event]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/SUCCEEDED \(virtual time 2d\)/);
    expect(text.stdout).toContain('+2d remind');
    const bad = await runCli(['run', workflow]);
    expect(bad.code).toBe(2);
  }, 60_000);

  it('GIVEN a workflow with Auto Mode off and an approval step WHEN dynaris run runs it THEN both approvals are given before time passes and the run succeeds', async () => {
    const definition = WorkflowDefinition.parse({
      name: 'Careful welcome',
      autoMode: false,
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        { id: 'ok', approval: { message: 'Welcome {{trigger.lead.email}}?' } },
        {
          id: 'welcome',
          action: 'email.send',
          input: { to: '{{trigger.lead.email}}', subject: 'Hi', body: 'Hello' },
        },
      ],
    });
    const result = await runWorkflowOnce(definition, { lead: { id: 'l1', email: 'rae@example.com' } });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.outcome).toBe('succeeded');
    expect(result.steps.map((s) => [s.id, s.status])).toEqual([
      ['ok', 'succeeded'],
      ['welcome', 'succeeded'],
    ]);
    expect(result.steps[0]?.output).toMatchObject({ approved: true });
    expect(Date.parse(result.endedAt) - Date.parse(result.startedAt)).toBeLessThan(60_000);
    expect(result.outbox).toHaveLength(1);
  });

  it('GIVEN dynaris serve WHEN it starts THEN it prints how to reach it, serves /health and the outbox with the configured key, and stops cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, DYNARIS_API_KEY: 'dyn_local_serve_key_0123456789', DYNARIS_TENANT_ID: 'acme' },
    });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${stdout}`)), 45_000);
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /running locally at (http:\/\/[\d.:]+)/.exec(stdout);
        if (m?.[1] && stdout.includes('outbox:')) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    try {
      expect(stdout).toContain('tenant:          acme');
      expect(stdout).toContain('dyn_local_serve_key_0123456789');
      expect(stdout).toMatch(/webhook secret: {2}\S{16,}/);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const outbox = await fetch(`${url}/outbox`, {
        headers: { 'x-api-key': 'dyn_local_serve_key_0123456789' },
      });
      expect(outbox.status).toBe(200);
      expect(await outbox.json()).toEqual({ items: [], count: 0 });
      expect((await fetch(`${url}/outbox`)).status).toBe(401);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  }, 60_000);

  it('GIVEN the runtime log WHEN a run happens THEN it reads as the run went, step by step', async () => {
    sys = await startSystem();
    await sys.deploy(templateJson('lead-follow-up'));
    await sys.api.post('/leads', { email: 'quin@example.com', name: 'Quin' });
    await sys.settle();
    const text = sys.log.join('\n');
    expect(text, explain(sys)).toMatch(/▶ "Lead follow-up" \(local\/wf-\S+\) \/ \S+ started/);
    expect(text).toContain('✓ Send welcome email [welcome]');
    expect(text).toContain('✓ Schedule follow-up call [follow-up-call]');
    expect(text).toMatch(/■ "Lead follow-up" \(local\/wf-\S+\) \/ \S+ SUCCEEDED/);
  });
});
