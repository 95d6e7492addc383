import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuiltInCatalog } from '../../../functions/data/built-in-workflows';
import { TEMPLATES } from '../../../statemachines/templates';
import { type ApiHarness, startApiHarness, TENANT_A, welcomeWorkflow } from '../../support/api-harness';

const arn = (id: string) =>
  `arn:aws:states:us-east-1:123456789012:stateMachine:dynaris-dev_${TENANT_A}-builtin-${id}`;

let api: ApiHarness;
let ownIds: string[];

beforeAll(async () => {
  api = await startApiHarness({
    overrides: {
      builtIns: createBuiltInCatalog({
        tenantId: TENANT_A,
        workflows: [
          { templateId: 'lead-follow-up', stateMachineArn: arn('lead-follow-up') },
          { templateId: 'outreach-campaign', stateMachineArn: arn('outreach-campaign') },
        ],
      }),
    },
  });
  ownIds = [];
  for (const name of ['First own', 'Second own']) {
    const res = await api.call('POST', '/workflows', { body: welcomeWorkflow(name) });
    ownIds.push(res.body.workflow.workflowId);
  }
});
afterAll(async () => api.close());

const ids = (body: { items: { workflowId: string }[] }) => body.items.map((w) => w.workflowId);

describe('built-in workflows in the API', () => {
  it('GIVEN two built-ins and two own workflows WHEN the tenant lists its workflows THEN the built-ins come first, enabled and marked read-only, then its own newest first', async () => {
    const res = await api.call('GET', '/workflows');
    expect(res.status).toBe(200);
    expect(ids(res.body)).toStrictEqual([
      'builtin-lead-follow-up',
      'builtin-outreach-campaign',
      ownIds[1],
      ownIds[0],
    ]);
    const [lead] = res.body.items;
    expect(lead).toMatchObject({
      builtIn: true,
      templateId: 'lead-follow-up',
      name: TEMPLATES['lead-follow-up'].name,
      status: 'enabled',
      currentVersion: 1,
      trigger: { type: 'event', event: 'lead.created' },
      deployed: { stateMachineArn: arn('lead-follow-up'), version: 1 },
      createdBy: 'stack',
    });
    expect(lead.definition).toStrictEqual(TEMPLATES['lead-follow-up']);
    expect(res.body.items[2].builtIn).toBeUndefined();
    expect(res.body.nextCursor).toBeUndefined();
  });

  it('GIVEN pages of one WHEN the tenant follows nextCursor THEN it sees every workflow exactly once, built-ins first', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await api.call(
        'GET',
        `/workflows?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status).toBe(200);
      // The table may end with an empty page (DynamoDB's last key is given before it knows there is no more).
      expect(res.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...ids(res.body));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toStrictEqual(['builtin-lead-follow-up', 'builtin-outreach-campaign', ownIds[1], ownIds[0]]);
  });

  it('GIVEN a page of three WHEN listed THEN it mixes both built-ins and the newest own workflow, and the next page holds the rest', async () => {
    const first = await api.call('GET', '/workflows?limit=3');
    expect(ids(first.body)).toStrictEqual(['builtin-lead-follow-up', 'builtin-outreach-campaign', ownIds[1]]);
    const next = await api.call(
      'GET',
      `/workflows?limit=3&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(ids(next.body)).toStrictEqual([ownIds[0]]);
    expect(next.body.nextCursor).toBeUndefined();
  });

  it('GIVEN a status filter WHEN drafts are listed THEN no built-in is among them, and a forged built-in cursor is 400 naming cursor', async () => {
    const drafts = await api.call('GET', '/workflows?status=draft');
    expect(ids(drafts.body).sort()).toStrictEqual([...ownIds].sort());
    const forged = await api.call('GET', '/workflows?cursor=builtin:9');
    expect(forged.status).toBe(400);
    expect(JSON.stringify(forged.body)).toContain('cursor');
  });

  it('GIVEN another tenant WHEN it lists or reads the built-ins THEN it sees none of them (they serve one tenant)', async () => {
    const list = await api.call('GET', '/workflows', { as: 'b' });
    expect(ids(list.body)).toStrictEqual([]);
    expect((await api.call('GET', '/workflows/builtin-lead-follow-up', { as: 'b' })).status).toBe(404);
  });

  it('GIVEN a built-in WHEN it is read THEN it comes with its diagram, a valid report and its one version', async () => {
    const res = await api.call('GET', '/workflows/builtin-lead-follow-up');
    expect(res.status).toBe(200);
    expect(res.body.workflow.builtIn).toBe(true);
    expect(res.body.validation.valid).toBe(true);
    expect(res.body.diagram).toContain('flowchart');
    const versions = await api.call('GET', '/workflows/builtin-lead-follow-up/versions');
    expect(versions.body.items.map((v: { version: number }) => v.version)).toStrictEqual([1]);
    expect(
      (await api.call('GET', '/workflows/builtin-lead-follow-up/versions/1')).body.definition,
    ).toStrictEqual(TEMPLATES['lead-follow-up']);
    expect((await api.call('GET', '/workflows/builtin-lead-follow-up/versions/2')).status).toBe(404);
  });

  it('GIVEN a built-in WHEN it is changed, enabled, disabled or deleted THEN each answers 409 saying it is built in and how to change it', async () => {
    const id = 'builtin-lead-follow-up';
    const attempts = [
      api.call('PUT', `/workflows/${id}`, {
        body: { expectedVersion: 1, definition: TEMPLATES['lead-follow-up'] },
      }),
      api.call('POST', `/workflows/${id}/enable`),
      api.call('POST', `/workflows/${id}/disable`),
      api.call('DELETE', `/workflows/${id}`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/built in: the stack deploys it from template lead-follow-up/);
      expect(res.body.error.message).toMatch(/create a workflow from its definition/);
    }
    expect(api.platform.provisionRequests).toStrictEqual([]);
    expect((await api.call('GET', `/workflows/${id}`)).body.workflow.status).toBe('enabled');
  });

  it('GIVEN the manual outreach-campaign built-in WHEN a run is started THEN its deployed state machine is started with the built-in as workflow', async () => {
    const res = await api.call('POST', '/workflows/builtin-outreach-campaign/runs', {
      body: { input: { tag: 'spring', topic: 'the spring offer' } },
    });
    expect(res.status).toBe(202);
    const started = api.platform.engine.started.at(-1);
    expect(started?.stateMachineArn).toBe(arn('outreach-campaign'));
    expect(started?.input).toMatchObject({
      trigger: { tag: 'spring', topic: 'the spring offer' },
      context: { tenantId: TENANT_A, workflowId: 'builtin-outreach-campaign', workflowVersion: 1 },
    });
    const runs = await api.call('GET', '/workflows/builtin-outreach-campaign/runs');
    expect(runs.body.items.map((r: { runId: string }) => r.runId)).toStrictEqual([res.body.runId]);
  });
});
