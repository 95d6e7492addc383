import { createDynarisClient, type DynarisClient, type Schemas } from '@dynaris/client';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { templateJson } from '../../statemachines/templates';

/** The generated client (packages/client) against the local runtime over HTTP, as a user's script would use it. */
let runtime: LocalRuntime;
let api: DynarisClient;

beforeAll(async () => {
  runtime = await startLocalRuntime({ port: 0, clock: 'virtual', log: () => {}, env: {} });
  api = createDynarisClient({ baseUrl: `http://127.0.0.1:${runtime.port}`, apiKey: runtime.apiKey });
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('the typed client against the local runtime', () => {
  it('GIVEN no credentials WHEN /health is asked for THEN it answers, typed', async () => {
    const anonymous = createDynarisClient({ baseUrl: `http://127.0.0.1:${runtime.port}` });
    const { data } = await anonymous.GET('/health');
    expect(data).toMatchObject({ status: 'ok', mode: 'local' });
    expectTypeOf(data?.mode).toEqualTypeOf<'aws' | 'local' | undefined>();
  });

  it('GIVEN a template with "$schema" WHEN saved, enabled and triggered by a lead THEN the run is read back succeeded', async () => {
    const definition = templateJson('lead-follow-up') as Schemas['WorkflowDefinition'];
    const saved = await api.POST('/workflows', { body: definition });
    expect(saved.response.status).toBe(201);
    const workflowId = saved.data?.workflow.workflowId ?? '';
    expectTypeOf(workflowId).toEqualTypeOf<string>();
    expect(saved.data?.validation.valid).toBe(true);

    const enabled = await api.POST('/workflows/{id}/enable', { params: { path: { id: workflowId } } });
    expect(enabled.data?.status).toBe('enabled');
    await runtime.waitForIdle();

    const lead = await api.POST('/leads', {
      body: { email: 'ada@example.com', name: 'Ada Lovelace', company: 'Analytical Engines' },
    });
    expect(lead.data?.email).toBe('ada@example.com');
    await runtime.runUntilSettled();

    const runs = await api.GET('/workflows/{id}/runs', {
      params: { path: { id: workflowId }, query: { limit: 5 } },
    });
    expect(runs.data?.items).toHaveLength(1);
    const runId = runs.data?.items[0]?.runId ?? '';
    const run = await api.GET('/runs/{runId}', { params: { path: { runId } } });
    expect(run.data?.run.status).toBe('succeeded');
  });

  it('GIVEN an unknown id WHEN read THEN the typed error carries the API error code and the status', async () => {
    const { data, error, response } = await api.GET('/leads/{id}', {
      params: { path: { id: 'ld_missing' } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error?.error.code).toBe('NotFound');
  });

  it('GIVEN an invalid body WHEN sent THEN 400 names the field in error.details', async () => {
    const { error, response } = await api.POST('/leads', { body: { email: 'not-an-email' } });
    expect(response.status).toBe(400);
    expect(error?.error.details?.map((d) => d.path)).toContain('body.email');
  });

  it('GIVEN a client without credentials WHEN it calls a tenant route THEN 401, never data', async () => {
    const anonymous = createDynarisClient({ baseUrl: `http://127.0.0.1:${runtime.port}` });
    const { data, response } = await anonymous.GET('/workflows');
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
  });
});
