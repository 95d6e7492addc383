import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateJson } from '../../statemachines/templates';
import { clientFor, explain, MINUTE, type System, startSystem } from './harness';

/** A loopback HTTP service whose answers the test scripts (the "tool" a workflow calls). */
const startTool = async () => {
  const answers: number[] = [];
  let fallback = 200;
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    const status = answers.shift() ?? fallback;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: status < 400 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}/`,
    url: `http://127.0.0.1:${port}/crm-sync`,
    calls,
    answer: (...statuses: number[]) => answers.push(...statuses),
    setFallback: (status: number) => {
      fallback = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

const syncWorkflow = (url: string) => ({
  name: 'Sync new leads to the CRM',
  trigger: { type: 'event', event: 'lead.created' },
  // Redrive is Standard's (Express executions cannot be redriven): nothing here waits, so the type is set.
  settings: { type: 'STANDARD' },
  steps: [
    {
      id: 'hello',
      action: 'email.send',
      input: { to: '{{trigger.lead.email}}', subject: 'Hello', body: 'Welcome!' },
    },
    {
      id: 'sync',
      action: 'http.request',
      input: { url, method: 'POST', body: { email: '{{trigger.lead.email}}' } },
      retry: { maxAttempts: 3, intervalSeconds: 10, backoffRate: 2 },
    },
    { id: 'done', action: 'notify.slack', input: { text: 'Synced {{trigger.lead.email}}' } },
  ],
});

describe('approvals, retries, failures and redrive', () => {
  let sys: System;
  let tool: Awaited<ReturnType<typeof startTool>>;
  beforeEach(async () => {
    tool = await startTool();
    // Outgoing HTTP goes to the outbox, except to URLs the operator lets through (here: the test's tool).
    sys = await startSystem({ env: { DYNARIS_HTTP_PASSTHROUGH: tool.base } });
  });
  afterEach(async () => {
    await sys.stop();
    await tool.close();
  });

  it('GIVEN Auto Mode off WHEN a lead arrives THEN the run waits for approval; approving runs it, rejecting stops it with no side effect', async () => {
    expect((await sys.api.put('/settings', { autoMode: false })).status).toBe(200);
    const workflowId = await sys.deploy(templateJson('lead-follow-up'));

    await sys.api.post('/leads', { email: 'kim@example.com', name: 'Kim' });
    await sys.api.post('/leads', { email: 'lou@example.com', name: 'Lou' });
    await sys.settle();
    expect(
      (await sys.runs(workflowId)).map((r) => r.status),
      explain(sys),
    ).toEqual(['waiting_approval', 'waiting_approval']);
    expect(await sys.outbox('email')).toEqual([]);

    const pending = await sys.api.get<{ items: { approvalId: string; runId: string; willDo: string[] }[] }>(
      '/approvals',
    );
    expect(pending.body.items).toHaveLength(2);
    const approvalFor = async (email: string) => {
      for (const a of pending.body.items) {
        const { run } = await sys.run(a.runId);
        if (JSON.stringify(run).includes(email) || JSON.stringify(a).includes(email)) return a;
      }
      throw new Error(`no approval for ${email}`);
    };
    const kim = await approvalFor('kim@example.com');
    const lou = await approvalFor('lou@example.com');

    expect((await sys.api.post(`/approvals/${kim.approvalId}/approve`, { comment: 'go' })).status).toBe(200);
    expect((await sys.api.post(`/approvals/${lou.approvalId}/reject`, { comment: 'spam' })).status).toBe(200);
    await sys.settle();

    expect((await sys.run(kim.runId)).run.status, explain(sys)).toBe('succeeded');
    expect((await sys.run(lou.runId)).run.status).toBe('rejected');
    expect((await sys.outbox('email')).map((e) => e.to)).toEqual([['kim@example.com']]);
    expect(
      (await sys.api.get<{ items: { attendeeEmail: string }[] }>('/bookings')).body.items.map(
        (b) => b.attendeeEmail,
      ),
    ).toEqual(['kim@example.com']);
    expect(await sys.api.post(`/approvals/${kim.approvalId}/reject`)).toMatchObject({ status: 409 });
  });

  it('GIVEN a tool that fails twice then answers WHEN the run calls it THEN it is retried with backoff and the run succeeds with the retries on its timeline', async () => {
    await sys.api.put('/settings', { httpAllowList: ['127.0.0.1'] });
    const workflowId = await sys.deploy(syncWorkflow(tool.url));
    tool.answer(503, 503);
    await sys.api.post('/leads', { email: 'max@example.com' });
    await sys.advance(5 * MINUTE);
    const [run] = await sys.runs(workflowId);
    expect(run?.status, explain(sys)).toBe('succeeded');
    expect(tool.calls).toEqual(['POST /crm-sync', 'POST /crm-sync', 'POST /crm-sync']);
    const { timeline } = await sys.run(String(run?.runId));
    expect(timeline.find((t) => t.stepId === 'sync')).toMatchObject({ status: 'succeeded', retries: 2 });
    expect(await sys.outbox('slack')).toHaveLength(1);
  });

  it('GIVEN an HTTP call to a URL the operator did not let through WHEN the run makes it THEN it is recorded in the outbox, not sent', async () => {
    await sys.api.put('/settings', { httpAllowList: ['crm.example.com'] });
    const workflowId = await sys.deploy(syncWorkflow('https://crm.example.com/sync'));
    await sys.api.post('/leads', { email: 'oz@example.com' });
    await sys.advance(MINUTE);
    expect(
      (await sys.runs(workflowId)).map((r) => r.status),
      explain(sys),
    ).toEqual(['succeeded']);
    expect(tool.calls).toEqual([]);
    const [request] = await sys.outbox('http');
    expect(request).toMatchObject({
      url: 'https://crm.example.com/sync',
      method: 'POST',
      body: { email: 'oz@example.com' },
      delivered: false,
    });
    expect(await sys.api.del('/outbox')).toMatchObject({ status: 200, body: { cleared: 3 } });
    expect(await sys.outbox()).toEqual([]);
  });

  it('GIVEN a tool that keeps failing WHEN retries run out THEN the run fails with the error recorded, and a redrive after the fix finishes it without repeating earlier steps', async () => {
    await sys.api.put('/settings', { httpAllowList: ['127.0.0.1'] });
    const workflowId = await sys.deploy(syncWorkflow(tool.url));
    tool.setFallback(503);
    await sys.api.post('/leads', { email: 'ned@example.com' });
    await sys.advance(10 * MINUTE);

    const [run] = await sys.runs(workflowId);
    expect(run?.status, explain(sys)).toBe('failed');
    expect(tool.calls).toHaveLength(4);
    const failed = await sys.run(String(run?.runId));
    expect(JSON.stringify(failed.run.error)).toContain('503');
    expect(failed.timeline.find((t) => t.stepId === 'sync')).toMatchObject({
      status: 'failed',
      retries: 3,
    });
    expect(await sys.outbox('slack')).toEqual([]);

    // The execution failed at the step itself (no "Record failure"): the status-change event closed the run.
    expect(failed.run.error).toMatchObject({ error: 'RetriableError', stepId: 'sync' });
    expect(failed.timeline.map((t) => t.name)).not.toContain('Record failure');

    tool.setFallback(200);
    const redrive = await sys.api.post(`/runs/${String(run?.runId)}/redrive`);
    expect(redrive.status, JSON.stringify(redrive.body)).toBeLessThan(300);
    await sys.advance(MINUTE);

    const after = await sys.run(String(run?.runId));
    expect(after.run.status, explain(sys)).toBe('succeeded');
    expect(tool.calls).toHaveLength(5);
    expect(await sys.outbox('email')).toHaveLength(1);
    expect(await sys.outbox('slack')).toHaveLength(1);
    // Resumed at the failed step: the first step ran once and its result is kept in the run's steps.
    expect(after.timeline.filter((t) => t.stepId).map((t) => `${t.stepId}:${t.status}`)).toEqual([
      'hello:succeeded',
      'sync:failed',
      'sync:succeeded',
      'done:succeeded',
    ]);
    expect(Object.keys(after.run.steps ?? {})).toEqual(['hello', 'sync', 'done']);
    expect(after.run).toMatchObject({ redriveCount: 1, error: null });
    expect(await sys.api.post(`/runs/${String(run?.runId)}/redrive`)).toMatchObject({ status: 409 });
  });

  it('GIVEN a running run waiting two days WHEN it is cancelled THEN it stops and nothing after the wait happens', async () => {
    const workflowId = await sys.deploy({
      name: 'Slow nudge',
      trigger: { type: 'manual' },
      steps: [
        { id: 'pause', wait: 'P2D' },
        { id: 'nudge', action: 'notify.slack', input: { text: 'nudge' } },
      ],
    });
    const started = await sys.api.post<{ runId: string }>(`/workflows/${workflowId}/runs`, { input: {} });
    await sys.settle();
    const cancelled = await sys.api.post(`/runs/${started.body.runId}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBeLessThan(300);
    await sys.advance(3 * 86_400_000);
    expect((await sys.run(started.body.runId)).run.status, explain(sys)).toBe('cancelled');
    expect(await sys.outbox('slack')).toEqual([]);
  });
});

describe('exactly once and tenant isolation', () => {
  let sys: System;
  beforeEach(async () => {
    sys = await startSystem();
  });
  afterEach(async () => {
    await sys.stop();
  });

  const formWorkflow = {
    name: 'Thank form senders',
    trigger: { type: 'webhook', source: 'tally' },
    steps: [{ id: 'thanks', action: 'notify.slack', input: { text: 'Form from {{trigger.lead.email}}' } }],
  };

  it('GIVEN a webhook-triggered workflow WHEN the same delivery arrives twice (and the bus redelivers the event) THEN it runs once', async () => {
    const workflowId = await sys.deploy(formWorkflow);
    const payload = {
      data: { fields: [{ key: 'email', label: 'Email', type: 'INPUT_EMAIL', value: 'ola@example.com' }] },
    };
    const first = await sys.webhook('tally', payload, { deliveryId: 'delivery-1' });
    const second = await sys.webhook('tally', payload, { deliveryId: 'delivery-1' });
    expect(first.status).toBe(202);
    expect(second).toMatchObject({ status: 200, body: { duplicate: true } });
    await sys.rt.bus.replay((e) => e.detailType === 'form.submitted');
    await sys.settle();
    expect(await sys.runs(workflowId), explain(sys)).toHaveLength(1);
    expect(await sys.outbox('slack')).toHaveLength(1);
  });

  it('GIVEN two tenants with the same workflow WHEN one gets a lead THEN only its run happens, and neither can see or trigger the other', async () => {
    const other = await sys.rt.createTenant('acme');
    const acme = clientFor(sys.rt.url, other.apiKey);
    const mine = await sys.deploy(templateJson('lead-follow-up'));
    const theirs = await sys.deploy(templateJson('lead-follow-up'), acme);

    await sys.api.post('/leads', { email: 'pia@example.com', name: 'Pia' });
    await sys.settle();
    const [myRun] = await sys.runs(mine);
    expect(myRun?.status, explain(sys)).toBe('succeeded');
    expect(await sys.runs(theirs, acme)).toEqual([]);
    expect((await acme.get<{ items: unknown[] }>('/leads')).body.items).toEqual([]);
    expect(await sys.outbox(undefined, acme)).toEqual([]);
    expect((await acme.get(`/runs/${String(myRun?.runId)}`)).status).toBe(404);
    expect((await acme.get(`/workflows/${mine}`)).status).toBe(404);

    // A delivery to acme signed with this tenant's secret is refused; with acme's own secret it is accepted.
    const forged = await sys.webhook('tally', { email: 'x@example.com' }, { tenantId: 'acme' });
    expect(forged.status).toBe(401);
    await sys.deploy(formWorkflow, acme);
    const real = await sys.webhook(
      'tally',
      { email: 'x@example.com' },
      { tenantId: 'acme', secret: other.webhookSecret },
    );
    expect(real.status).toBe(202);
    await sys.settle();
    expect((await sys.outbox(undefined, acme)).map((m) => m.kind)).toEqual(['slack']);
    expect((await sys.outbox('slack')).every((m) => m.tenantId === sys.rt.tenantId)).toBe(true);
  });
});
