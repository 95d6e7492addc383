import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivityStore } from '../../../functions/data/activity';
import { createLogRepository } from '../../../functions/data/logs';
import { createRunRepository } from '../../../functions/data/runs';
import {
  type ApiHarness,
  dailyWorkflow,
  startApiHarness,
  TENANT_A,
  welcomeWorkflow,
} from '../../support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());

describe('settings API', () => {
  it('GIVEN a new tenant WHEN settings are read THEN the defaults are answered', async () => {
    const res = await api.call('GET', '/settings');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tenantId: TENANT_A, autoMode: true, timezone: 'UTC', version: 0 });
  });

  it('GIVEN a change WHEN saved THEN Auto Mode, zone, hours and allow-list are stored and the Slack URL is only ever masked', async () => {
    const secretUrl = 'https://hooks.slack.com/services/T000/B000/SuperSecretToken1234';
    const res = await api.call('PUT', '/settings', {
      body: {
        autoMode: false,
        timezone: 'Europe/Berlin',
        businessHours: { mon: [{ start: '08:00', end: '12:00' }] },
        httpAllowList: ['api.example.com'],
        integrations: { slackWebhookUrl: secretUrl },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      autoMode: false,
      timezone: 'Europe/Berlin',
      httpAllowList: ['api.example.com'],
    });
    expect(res.body.integrations.slack.configured).toBe(true);
    const read = await api.call('GET', '/settings');
    expect(read.raw.body).not.toContain('SuperSecretToken');
    expect(res.raw.body).not.toContain('SuperSecretToken');
    expect(read.body.integrations.slack.webhookUrl).toMatch(/…/);
  });

  it('GIVEN invalid settings WHEN saved THEN 400 lists every bad field (time zone, hours, unknown key)', async () => {
    const res = await api.call('PUT', '/settings', {
      body: {
        timezone: 'Mars/Olympus',
        businessHours: { mon: [{ start: '25:00', end: '12:00' }] },
        autoMode: 'yes',
        bogus: 1,
      },
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.timezone',
        'body.businessHours.mon[0].start',
        'body.autoMode',
        'body.bogus',
      ]),
    );
  });

  it('GIVEN a stale expectedVersion WHEN settings are saved THEN 409', async () => {
    const current = await api.call('GET', '/settings');
    const res = await api.call('PUT', '/settings', {
      body: { autoMode: true, expectedVersion: current.body.version - 1 },
    });
    expect(res.status).toBe(409);
  });
});

describe('events, schedules and logs', () => {
  it('GIVEN recorded bus events WHEN the feed is read THEN newest first, filterable, and `since` returns only newer ones', async () => {
    const activity = createActivityStore({ db: api.platform.db, clock: api.platform.clock });
    const event = (id: string, type: string, time: string, detail: Record<string, unknown>) =>
      activity.record({
        id,
        source: 'dynaris.test',
        detailType: type,
        time,
        detail: { tenantId: TENANT_A, ...detail },
      });
    await event('e1', 'lead.created', '2026-11-25T09:00:00.000Z', { lead: { id: 'ld_1' } });
    await event('e2', 'email.sent', '2026-11-25T09:01:00.000Z', { leadId: 'ld_1', workflowId: 'wf-x' });
    await event('e3', 'lead.created', '2026-11-25T09:02:00.000Z', { lead: { id: 'ld_2' } });

    const all = await api.call('GET', '/events');
    expect(all.status).toBe(200);
    expect(all.body.items.map((e: { eventId: string }) => e.eventId)).toEqual(['e3', 'e2', 'e1']);
    const byType = await api.call('GET', '/events?type=lead.created');
    expect(byType.body.items.map((e: { eventId: string }) => e.eventId)).toEqual(['e3', 'e1']);
    const byLead = await api.call('GET', '/events?leadId=ld_1');
    expect(byLead.body.items.map((e: { eventId: string }) => e.eventId)).toEqual(['e2', 'e1']);
    const byWorkflow = await api.call('GET', '/events?workflowId=wf-x');
    expect(byWorkflow.body.items.map((e: { eventId: string }) => e.eventId)).toEqual(['e2']);

    const cursor = all.body.newestCursor as string;
    await event('e4', 'invoice.paid', '2026-11-25T09:03:00.000Z', { invoice: { id: 'in_1' } });
    const since = await api.call('GET', `/events?since=${encodeURIComponent(cursor)}`);
    expect(since.body.items.map((e: { eventId: string }) => e.eventId)).toEqual(['e4']);
    const paged = await api.call('GET', '/events?limit=2');
    expect(paged.body.nextCursor).toEqual(expect.any(String));
    const older = await api.call(
      'GET',
      `/events?limit=2&cursor=${encodeURIComponent(paged.body.nextCursor)}`,
    );
    expect(older.body.items.map((e: { eventId: string }) => e.eventId)).toEqual(['e2', 'e1']);
  });

  it('GIVEN scheduled workflows WHEN schedules are listed THEN each has its expression, zone, next five fire times and last run', async () => {
    const created = await api.call('POST', '/workflows', { body: dailyWorkflow('Europe/Berlin') });
    const id = created.body.workflow.workflowId;
    await api.call('POST', `/workflows/${id}/enable`);
    await api.call('POST', '/workflows', { body: welcomeWorkflow('Not scheduled') });
    const run = await api.call('POST', `/workflows/${id}/runs`, { body: {} });

    const res = await api.call('GET', '/schedules');
    expect(res.status).toBe(200);
    const entry = res.body.items.find((s: { workflowId: string }) => s.workflowId === id);
    expect(res.body.items.every((s: { name: string }) => s.name !== 'Not scheduled')).toBe(true);
    // The clock is 2026-11-25T10:00Z; 17:00 in Berlin (UTC+1 in winter) is 16:00Z.
    expect(entry).toMatchObject({
      name: 'Daily summary',
      status: 'enabled',
      expression: 'cron(0 17 * * ? *)',
      timezone: 'Europe/Berlin',
      nextFireTimes: [
        '2026-11-25T16:00:00.000Z',
        '2026-11-26T16:00:00.000Z',
        '2026-11-27T16:00:00.000Z',
        '2026-11-28T16:00:00.000Z',
        '2026-11-29T16:00:00.000Z',
      ],
      lastRun: { runId: run.body.runId, status: 'running' },
    });
  });

  it('GIVEN a scheduled workflow without a zone WHEN listed THEN the tenant time zone applies; a draft does not fire', async () => {
    const harness = await startApiHarness();
    try {
      await harness.call('PUT', '/settings', { body: { timezone: 'America/New_York' } });
      const created = await harness.call('POST', '/workflows', { body: dailyWorkflow() });
      const res = await harness.call('GET', '/schedules');
      expect(res.body.items[0]).toMatchObject({
        workflowId: created.body.workflow.workflowId,
        timezone: 'America/New_York',
        nextFireTimes: [],
        problem: expect.stringMatching(/draft/),
      });
    } finally {
      await harness.close();
    }
  });

  it('GIVEN run logs WHEN read THEN all entries newest first, or one run with runId', async () => {
    const logs = createLogRepository({ db: api.platform.db, clock: api.platform.clock });
    await logs.append(TENANT_A, {
      runId: 'run-1',
      workflowId: 'wf-1',
      stepId: 's1',
      level: 'info',
      message: 'one',
      at: '2026-11-25T09:00:00.000Z',
    });
    await logs.append(TENANT_A, {
      runId: 'run-2',
      workflowId: 'wf-1',
      stepId: 's1',
      level: 'warn',
      message: 'two',
      at: '2026-11-25T09:01:00.000Z',
    });
    const all = await api.call('GET', '/logs');
    expect(all.status).toBe(200);
    expect(all.body.items.map((l: { message: string }) => l.message)).toEqual(['two', 'one']);
    const one = await api.call('GET', '/logs?runId=run-1');
    expect(one.body.items.map((l: { message: string }) => l.message)).toEqual(['one']);
  });

  it('GIVEN a finished run WHEN read THEN its recorded steps are part of the run', async () => {
    const runs = createRunRepository({ db: api.platform.db, clock: api.platform.clock });
    await runs.create(TENANT_A, {
      runId: 'run-done',
      workflowId: 'wf-1',
      workflowName: 'x',
      version: 1,
      executionId: 'arn:aws:states:us-east-1:0:execution:x:run-done',
      triggerType: 'event',
      dryRun: false,
      autoMode: true,
      startedAt: '2026-11-25T09:00:00.000Z',
    });
    await runs.transition(TENANT_A, 'run-done', 'succeeded', {
      steps: { welcome: { messageId: 'm-1' } },
      endedAt: '2026-11-25T09:00:02.000Z',
    });
    const res = await api.call('GET', '/runs/run-done');
    expect(res.body.run).toMatchObject({ status: 'succeeded', steps: { welcome: { messageId: 'm-1' } } });
  });
});

describe('meta routes', () => {
  it('GIVEN no credentials WHEN /health is called THEN 200', async () => {
    const res = await api.call('GET', '/health', { as: 'none' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', mode: 'local' });
  });

  it('GIVEN the assistant is not wired WHEN POST /assistant/workflows THEN 501 with a clear JSON error (and 400 for a bad body first)', async () => {
    const harness = await startApiHarness({ overrides: { assistant: undefined } });
    try {
      const res = await harness.call('POST', '/assistant/workflows', {
        body: { prompt: 'When a new lead is added, send a follow-up email' },
      });
      expect(res.status).toBe(501);
      expect(res.body.error).toMatchObject({
        code: 'NotImplemented',
        message: expect.stringMatching(/assistant/),
      });
      expect((await harness.call('POST', '/assistant/workflows', { body: { prompt: 1 } })).status).toBe(400);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN the deterministic assistant WHEN a common phrasing is posted THEN a valid definition with explanation and diagram; nonsense is 422', async () => {
    const res = await api.call('POST', '/assistant/workflows', {
      body: { prompt: 'When a new lead is added, send a follow-up email and schedule a meeting' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      definition: { trigger: { type: 'event', event: 'lead.created' } },
      explanation: expect.any(String),
      diagram: expect.any(String),
      validation: { valid: true },
    });
    const saved = await api.call('POST', '/workflows', { body: res.body.definition });
    expect(saved.status).toBe(201);
    const nonsense = await api.call('POST', '/assistant/workflows', {
      body: { prompt: 'purple monkey dishwasher' },
    });
    expect(nonsense.status).toBe(422);
  });

  it('GIVEN an assistant WHEN a prompt is posted THEN its result is answered for the caller tenant', async () => {
    const seen: unknown[] = [];
    const harness = await startApiHarness({
      overrides: {
        assistant: {
          async createWorkflowFromPrompt(input) {
            seen.push(input);
            return {
              definition: welcomeWorkflow(),
              explanation: 'x',
              diagram: 'flowchart TD',
              validation: { valid: true, issues: [] },
            };
          },
        },
      },
    });
    try {
      const res = await harness.call('POST', '/assistant/workflows', {
        body: { prompt: 'When a lead is added, email them' },
      });
      expect(res.status).toBe(200);
      expect(res.body.definition.name).toBe('Welcome new leads');
      expect(seen).toEqual([{ tenantId: TENANT_A, prompt: 'When a lead is added, email them' }]);
    } finally {
      await harness.close();
    }
  });
});

describe('the OpenAPI route', () => {
  it('GIVEN no credentials WHEN /openapi.json is fetched THEN the generated 3.1 document is served', async () => {
    const res = await api.call('GET', '/openapi.json', { as: 'none' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      openapi: '3.1.0',
      paths: expect.objectContaining({ '/workflows': expect.any(Object) }),
    });
  });
});
