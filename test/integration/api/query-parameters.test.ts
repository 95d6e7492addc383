import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, welcomeWorkflow } from '../../support/api-harness';

/**
 * Unknown query parameters were ignored: `GET /approvals?status=pending` or `GET /leads?stauts=new` answered the
 * whole list as if the filter had applied. A route with a query schema now answers 400 naming the parameter.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

describe('unknown query parameters', () => {
  it('GIVEN a list route WHEN called with a parameter it does not take THEN 400 naming it and the ones it takes, and the ones it takes (or any on a route that takes none) are answered', async () => {
    const approvals = await api.call('GET', '/approvals?status=pending');
    expect(approvals.status).toBe(400);
    expect(approvals.body.error.details).toStrictEqual([
      { path: 'query.status', message: 'Unknown query parameter; this route takes limit, cursor' },
    ]);
    const leads = await api.call('GET', '/leads?limit=5&stauts=new');
    expect(leads.status).toBe(400);
    expect(leads.body.error.details.map((d: { path: string }) => d.path)).toStrictEqual(['query.stauts']);
    expect(leads.body.error.details[0].message).toMatch(
      /^Unknown query parameter; this route takes limit, cursor, /,
    );
    // the parameters a route takes are answered as before, and a route that takes none ignores them
    expect((await api.call('GET', '/leads?limit=5')).status).toBe(200);
    const created = await api.call('POST', '/workflows', { body: welcomeWorkflow('Cache busted') });
    expect((await api.call('GET', `/workflows/${created.body.workflow.workflowId}?_=1`)).status).toBe(200);
  });

  it('GIVEN an unknown parameter and a bad value WHEN called THEN both are named in one 400', async () => {
    const runs = await api.call('GET', '/runs?state=FAILED&limit=0');
    expect(runs.status).toBe(400);
    expect(runs.body.error.details.map((d: { path: string }) => d.path)).toStrictEqual([
      'query.state',
      'query.limit',
    ]);
  });
});
