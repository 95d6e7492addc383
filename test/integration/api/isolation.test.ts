import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../../functions/api/app';
import { createActivityStore } from '../../../functions/data/activity';
import { createApprovalRepository } from '../../../functions/data/approvals';
import { createLogRepository } from '../../../functions/data/logs';
import {
  type ApiHarness,
  dailyWorkflow,
  startApiHarness,
  TENANT_A,
  welcomeWorkflow,
} from '../../support/api-harness';

/**
 * Tenant A owns one of everything; tenant B, authenticated with its own key, tries every route with A's ids (404
 * each time) and every list (none of A's items). The table is checked against the route table, so a new route
 * without an isolation case fails this file.
 */

let api: ApiHarness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startApiHarness();
  const wf = await api.call('POST', '/workflows', { body: welcomeWorkflow('A secret workflow') });
  ids.workflow = wf.body.workflow.workflowId;
  await api.call('POST', `/workflows/${ids.workflow}/enable`);
  const sched = await api.call('POST', '/workflows', { body: dailyWorkflow('Europe/Paris') });
  await api.call('POST', `/workflows/${sched.body.workflow.workflowId}/enable`);
  ids.schedule = sched.body.workflow.workflowId;
  const run = await api.call('POST', `/workflows/${ids.workflow}/runs`, {
    body: { input: { secret: 'a-only' } },
  });
  ids.run = run.body.runId;
  const approval = await createApprovalRepository({ db: api.platform.db, clock: api.platform.clock }).create(
    TENANT_A,
    {
      runId: ids.run as string,
      workflowId: ids.workflow as string,
      workflowName: 'A secret workflow',
      stepId: '_run',
      message: 'approve?',
      willDo: [],
      taskToken: 'token-a',
    },
  );
  ids.approval = approval.approval.approvalId;
  ids.lead = (await api.call('POST', '/leads', { body: { email: 'a-lead@example.com' } })).body.id;
  ids.contact = (await api.call('POST', '/contacts', { body: { name: 'A contact' } })).body.id;
  ids.booking = (
    await api.call('POST', '/bookings', {
      body: { title: 'A call', start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z' },
    })
  ).body.id;
  ids.invoice = (
    await api.call('POST', '/invoices', {
      body: {
        customerEmail: 'a@example.com',
        currency: 'EUR',
        lines: [{ description: 'x', quantity: 1, unitPriceCents: 1 }],
      },
    })
  ).body.id;
  ids.file = (
    await api.call('POST', '/files', { body: { name: 'a-notes.txt', content: 'a-only notes' } })
  ).body.id;
  ids.knowledge = (
    await api.call('POST', '/knowledge', { body: { title: 'A pricing', body: 'a-only pricing' } })
  ).body.id;
  await createActivityStore({ db: api.platform.db, clock: api.platform.clock }).record({
    id: 'evt-a',
    source: 'dynaris.lead',
    detailType: 'lead.created',
    time: '2026-11-25T09:00:00.000Z',
    detail: { tenantId: TENANT_A, lead: { id: ids.lead } },
  });
  await createLogRepository({ db: api.platform.db, clock: api.platform.clock }).append(TENANT_A, {
    runId: ids.run as string,
    workflowId: ids.workflow as string,
    stepId: 'welcome',
    level: 'info',
    message: 'a-only log',
  });
  await api.call('PUT', '/settings', { body: { timezone: 'Asia/Tokyo', autoMode: false } });
  for (const [k, v] of Object.entries(ids)) expect([k, v]).toEqual([k, expect.any(String)]);
});
afterAll(async () => api.close());

/** Route key -> how tenant B calls it with tenant A's ids. */
const itemCases: Record<string, () => { path: string; body?: unknown }> = {
  'GET /workflows/{id}': () => ({ path: `/workflows/${ids.workflow}` }),
  'PUT /workflows/{id}': () => ({
    path: `/workflows/${ids.workflow}`,
    body: { expectedVersion: 1, definition: welcomeWorkflow() },
  }),
  'DELETE /workflows/{id}': () => ({ path: `/workflows/${ids.workflow}` }),
  'POST /workflows/{id}/enable': () => ({ path: `/workflows/${ids.workflow}/enable` }),
  'POST /workflows/{id}/disable': () => ({ path: `/workflows/${ids.workflow}/disable` }),
  'POST /workflows/{id}/test': () => ({ path: `/workflows/${ids.workflow}/test`, body: {} }),
  'POST /workflows/{id}/runs': () => ({ path: `/workflows/${ids.workflow}/runs`, body: {} }),
  'GET /workflows/{id}/runs': () => ({ path: `/workflows/${ids.workflow}/runs` }),
  'GET /workflows/{id}/versions': () => ({ path: `/workflows/${ids.workflow}/versions` }),
  'GET /workflows/{id}/versions/{version}': () => ({ path: `/workflows/${ids.workflow}/versions/1` }),
  'GET /runs/{runId}': () => ({ path: `/runs/${ids.run}` }),
  'POST /runs/{runId}/cancel': () => ({ path: `/runs/${ids.run}/cancel` }),
  'POST /runs/{runId}/redrive': () => ({ path: `/runs/${ids.run}/redrive` }),
  'POST /approvals/{id}/approve': () => ({ path: `/approvals/${ids.approval}/approve`, body: {} }),
  'POST /approvals/{id}/reject': () => ({ path: `/approvals/${ids.approval}/reject`, body: {} }),
  ...Object.fromEntries(
    (
      [
        ['leads', 'lead', { name: 'B was here' }],
        ['contacts', 'contact', { name: 'B was here' }],
        ['bookings', 'booking', { title: 'B was here' }],
        ['invoices', 'invoice', { customerName: 'B was here' }],
        ['files', 'file', {}],
        ['knowledge', 'knowledge', {}],
      ] as const
    ).flatMap(([collection, key, body]) => [
      [`GET /${collection}/{id}`, () => ({ path: `/${collection}/${ids[key] ?? 'missing'}` })],
      [`PUT /${collection}/{id}`, () => ({ path: `/${collection}/${ids[key] ?? 'missing'}`, body })],
      [`DELETE /${collection}/{id}`, () => ({ path: `/${collection}/${ids[key] ?? 'missing'}` })],
    ]),
  ),
};

/** Routes that list or read tenant-wide data: B must see none of A's. */
const listCases: Record<string, string> = {
  'GET /workflows': '/workflows',
  'GET /approvals': '/approvals',
  'GET /settings': '/settings',
  'GET /events': '/events',
  'GET /schedules': '/schedules',
  'GET /logs': '/logs',
  'GET /runs': '/runs',
  'GET /leads': '/leads',
  'GET /contacts': '/contacts',
  'GET /bookings': '/bookings',
  'GET /invoices': '/invoices',
  'GET /files': '/files',
  'GET /knowledge': '/knowledge',
};

/** Routes with nothing of a tenant's to leak, or isolated by other means (and tested there). */
const notApplicable = new Set([
  'GET /health',
  'GET /openapi.json',
  'POST /workflows',
  'POST /assistant/workflows',
  'POST /workflows/validate',
  'PUT /settings',
  'POST /webhooks/{tenantId}/{source}',
  'POST /leads',
  'POST /contacts',
  'POST /bookings',
  'POST /invoices',
  'POST /files',
  'POST /knowledge',
]);

const routeKeys = API_ROUTES.map((r) => `${r.method} ${r.path}`);

describe('two-tenant isolation', () => {
  it('GIVEN the route table WHEN checked THEN every route has an isolation case', () => {
    const uncovered = routeKeys.filter(
      (k) => !(k in itemCases) && !(k in listCases) && !notApplicable.has(k),
    );
    expect(uncovered).toEqual([]);
  });

  it.each(routeKeys.filter((k) => k in itemCases))(
    "GIVEN tenant A's id WHEN tenant B calls %s THEN 404 and A's data is untouched",
    async (key) => {
      const method = key.split(' ')[0] as string;
      const c = itemCases[key]?.() as { path: string; body?: unknown };
      const res = await api.call(method, c.path, {
        as: 'b',
        ...(c.body !== undefined ? { body: c.body } : {}),
      });
      expect(res.status).toBe(404);
      expect(res.raw.body).not.toContain('a-only');
    },
  );

  it.each(routeKeys.filter((k) => k in listCases))(
    "GIVEN tenant A's data WHEN tenant B calls %s THEN none of it is visible",
    async (key) => {
      const res = await api.call('GET', listCases[key] as string, { as: 'b' });
      expect(res.status).toBe(200);
      const text = res.raw.body ?? '';
      for (const id of Object.values(ids)) expect(text).not.toContain(id);
      expect(text).not.toContain(TENANT_A);
      expect(text).not.toMatch(/a-only|Asia\/Tokyo|A secret workflow/);
    },
  );

  it("GIVEN B's attempts WHEN A reads its data THEN everything is still there and unchanged", async () => {
    const wf = await api.call('GET', `/workflows/${ids.workflow}`);
    expect(wf.body.workflow).toMatchObject({ status: 'enabled', currentVersion: 1 });
    expect((await api.call('GET', `/runs/${ids.run}`)).body.run.status).toBe('running');
    expect(
      (await api.call('GET', '/approvals')).body.items.map((a: { approvalId: string }) => a.approvalId),
    ).toContain(ids.approval);
    expect((await api.call('GET', `/leads/${ids.lead}`)).body.name).toBeNull();
    expect((await api.call('GET', `/bookings/${ids.booking}`)).body.status).toBe('confirmed');
    expect((await api.call('GET', '/settings')).body.timezone).toBe('Asia/Tokyo');
    expect(api.platform.engine.taskSuccesses).toEqual([]);
    expect(api.platform.engine.stopped).toEqual([]);
  });
});
