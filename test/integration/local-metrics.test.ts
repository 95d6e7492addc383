import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiEvent } from '../../infra/local/http-server';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { templateJson } from '../../statemachines/templates';

/** The local runtime's GET /metrics after a real run: the points the deployed functions would write as EMF. */
let runtime: LocalRuntime;
let workflowId: string;
let metrics: string;

const scrape = async (headers: Record<string, string>) => {
  const res = await runtime.request(buildApiEvent('GET', '/metrics', { headers }));
  return { status: res.statusCode ?? 0, body: res.body ?? '', type: res.headers?.['content-type'] };
};
const sample = (text: string, prefix: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

beforeAll(async () => {
  runtime = await startLocalRuntime({ clock: 'virtual', http: false, log: () => {}, env: {} });
  const created = await runtime.api('POST', '/workflows', templateJson('lead-follow-up'));
  workflowId = (created.body as { workflow: { workflowId: string } }).workflow.workflowId;
  await runtime.api('POST', `/workflows/${workflowId}/enable`);
  await runtime.waitForIdle();
  await runtime.api('POST', '/leads', { email: 'ada@example.com', name: 'Ada Lovelace', company: 'AE' });
  await runtime.runUntilSettled();
  // An unsigned delivery is refused (401) and counted.
  await runtime.request(
    buildApiEvent('POST', `/webhooks/${runtime.tenantId}/form`, { body: { email: 'x@example.com' } }),
  );
  const key = (await runtime.createTenant(runtime.tenantId)).apiKey;
  metrics = (await scrape({ 'x-api-key': key })).body;
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('GET /metrics on the local runtime', () => {
  it('GIVEN a lead that started the lead follow-up WHEN scraped THEN the run is counted started and succeeded', () => {
    expect(sample(metrics, `dynaris_runs_started_total{trigger="event",workflow_id="${workflowId}"}`)).toBe(
      1,
    );
    expect(sample(metrics, `dynaris_runs_succeeded_total{workflow_id="${workflowId}"}`)).toBe(1);
    expect(sample(metrics, 'dynaris_runs_failed_total')).toBeUndefined();
  });

  it('GIVEN the run WHEN scraped THEN each action step has a duration and the event a fan-out of one run', () => {
    for (const action of ['email.send', 'calendar.schedule', 'notify.team'])
      expect(sample(metrics, `dynaris_step_duration_milliseconds_count{action="${action}"}`)).toBe(1);
    expect(sample(metrics, 'dynaris_dispatch_fan_out_sum{event="lead.created"}')).toBe(1);
    expect(sample(metrics, 'dynaris_dispatch_lag_milliseconds_count{event="lead.created"}')).toBe(1);
  });

  it('GIVEN an unsigned webhook WHEN scraped THEN it is counted refused for its source', () => {
    expect(sample(metrics, 'dynaris_webhooks_refused_total{source="form"}')).toBe(1);
  });

  it('GIVEN no credentials WHEN /metrics is asked for THEN 401 in the API error shape, and the text type otherwise', async () => {
    const anonymous = await scrape({});
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body)).toMatchObject({ error: { code: expect.any(String) } });
    const key = (await runtime.createTenant(runtime.tenantId)).apiKey;
    expect((await scrape({ 'x-api-key': key })).type).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('GIVEN another tenant WHEN it scrapes THEN none of this tenant\u2019s series are in its answer', async () => {
    const other = await runtime.createTenant('someone-else');
    const text = (await scrape({ 'x-api-key': other.apiKey })).body;
    expect(text).not.toContain(workflowId);
    expect(text).not.toContain('dynaris_runs_started_total{');
  });
});
