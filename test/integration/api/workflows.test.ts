import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, TENANT_A, welcomeWorkflow } from '../../support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());

const create = async (def: unknown = welcomeWorkflow()) => {
  const res = await api.call('POST', '/workflows', { body: def });
  expect(res.status).toBe(201);
  return res.body.workflow as { workflowId: string; currentVersion: number; status: string };
};

describe('workflows API', () => {
  it('GIVEN a valid definition WHEN created THEN 201 with the stored draft, version 1, its report and a Location', async () => {
    const res = await api.call('POST', '/workflows', { body: welcomeWorkflow() });
    expect(res.status).toBe(201);
    expect(res.body.workflow).toMatchObject({
      tenantId: TENANT_A,
      name: 'Welcome new leads',
      status: 'draft',
      currentVersion: 1,
      trigger: { type: 'event', event: 'lead.created' },
    });
    expect(res.body.validation).toEqual({ valid: true, issues: [], warnings: [] });
    expect(res.headers.location).toBe(`/workflows/${res.body.workflow.workflowId}`);
  });

  it('GIVEN a structurally broken definition WHEN created THEN 400 listing every invalid field', async () => {
    const res = await api.call('POST', '/workflows', {
      body: {
        name: '',
        trigger: { type: 'event' },
        steps: [{ id: 'Bad Id', action: 'email.send' }],
        extra: true,
      },
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.trigger.event', 'body.extra']));
    expect(paths.some((p: string) => p.startsWith('body.steps[0]'))).toBe(true);
  });

  it('GIVEN a definition with an unknown action WHEN created THEN 422 with the validation report and nothing stored', async () => {
    const before = await api.call('GET', '/workflows?limit=100');
    const bad = {
      ...welcomeWorkflow(),
      steps: [{ id: 'x', action: 'email.sendd', input: { to: 'a@b.co', subject: 's' } }],
    };
    const res = await api.call('POST', '/workflows', { body: bad });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      {
        path: 'body.steps[0].action',
        message: expect.stringMatching(/unknown action "email.sendd"; did you mean "email.send"/),
      },
    ]);
    const after = await api.call('GET', '/workflows?limit=100');
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('GIVEN saved workflows WHEN listed THEN newest first, paginated with a cursor', async () => {
    const w1 = await create(welcomeWorkflow('List 1'));
    api.platform.clock.advance(1000);
    const w2 = await create(welcomeWorkflow('List 2'));
    const first = await api.call('GET', '/workflows?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items.map((w: { workflowId: string }) => w.workflowId)).toEqual([w2.workflowId]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.call(
      'GET',
      `/workflows?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(second.body.items.map((w: { workflowId: string }) => w.workflowId)).toEqual([w1.workflowId]);
  });

  it('GIVEN a workflow WHEN fetched THEN it comes with a diagram and its validation report', async () => {
    const wf = await create();
    const res = await api.call('GET', `/workflows/${wf.workflowId}`);
    expect(res.status).toBe(200);
    expect(res.body.workflow.workflowId).toBe(wf.workflowId);
    expect(res.body.validation).toEqual({ valid: true, issues: [], warnings: [] });
    expect(res.body.diagram).toMatch(/flowchart|graph|stateDiagram/);
  });

  it('GIVEN a workflow WHEN updated with the current version THEN a new version is saved; a stale version is 409', async () => {
    const wf = await create();
    const changed = { ...welcomeWorkflow('Renamed'), description: 'v2' };
    const ok = await api.call('PUT', `/workflows/${wf.workflowId}`, {
      body: { expectedVersion: 1, definition: changed },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.workflow).toMatchObject({ currentVersion: 2, name: 'Renamed', description: 'v2' });
    const stale = await api.call('PUT', `/workflows/${wf.workflowId}`, {
      body: { expectedVersion: 1, definition: changed },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/version 2, not 1/);
  });

  it('GIVEN an update with an invalid definition WHEN saved THEN 422 with paths under body.definition and no new version', async () => {
    const wf = await create();
    const bad = {
      ...welcomeWorkflow(),
      steps: [{ id: 'w', action: 'email.send', input: { to: '{{trigger.nope.email}}', subject: 's' } }],
    };
    const res = await api.call('PUT', `/workflows/${wf.workflowId}`, {
      body: { expectedVersion: 1, definition: bad },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toMatch(/^body\.definition\.steps\[0\]/);
    const get = await api.call('GET', `/workflows/${wf.workflowId}`);
    expect(get.body.workflow.currentVersion).toBe(1);
  });

  it('GIVEN a draft WHEN enabled THEN it is provisioned and deployed; disabling provisions again', async () => {
    const wf = await create();
    api.platform.provisionRequests.length = 0;
    const enabled = await api.call('POST', `/workflows/${wf.workflowId}/enable`);
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({
      status: 'enabled',
      deployed: { version: 1, stateMachineArn: expect.any(String) },
    });
    expect(api.platform.provisionRequests).toEqual([{ tenantId: TENANT_A, workflowId: wf.workflowId }]);
    const disabled = await api.call('POST', `/workflows/${wf.workflowId}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('disabled');
    expect(api.platform.provisionRequests).toHaveLength(2);
  });

  it('GIVEN an enabled workflow WHEN a new version is saved THEN it is re-provisioned to that version', async () => {
    const wf = await create();
    await api.call('POST', `/workflows/${wf.workflowId}/enable`);
    const res = await api.call('PUT', `/workflows/${wf.workflowId}`, {
      body: { expectedVersion: 1, definition: welcomeWorkflow('v2') },
    });
    expect(res.status).toBe(200);
    expect(res.body.workflow.deployed.version).toBe(2);
  });

  it('GIVEN the provisioner fails WHEN enabling THEN 503 and the workflow is left in error status with a reason', async () => {
    const wf = await create();
    const standIn = api.platform.onProvision;
    api.platform.onProvision = async () => {
      throw new Error('CreateStateMachine: AccessDenied');
    };
    try {
      const res = await api.call('POST', `/workflows/${wf.workflowId}/enable`);
      expect(res.status).toBe(503);
      expect(res.body.error.message).not.toMatch(/AccessDenied/);
    } finally {
      api.platform.onProvision = standIn;
    }
    const get = await api.call('GET', `/workflows/${wf.workflowId}`);
    expect(get.body.workflow).toMatchObject({
      status: 'error',
      statusReason: expect.stringMatching(/Provisioning failed/),
    });
  });

  it('GIVEN the provisioner records a permanent failure WHEN enabling THEN 422 with its reason; fixing it and enabling again recovers', async () => {
    const wf = await create();
    const standIn = api.platform.onProvision;
    api.platform.onProvision = async (tenantId, workflowId) => {
      const { createWorkflowRepository } = await import('../../../functions/data/workflows');
      await createWorkflowRepository({ db: api.platform.db, clock: api.platform.clock }).setStatus(
        tenantId,
        workflowId,
        'error',
        'State machine definition exceeds 1 MB',
      );
    };
    try {
      const res = await api.call('POST', `/workflows/${wf.workflowId}/enable`);
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(
        /saved but could not be deployed: State machine definition exceeds 1 MB/,
      );
    } finally {
      api.platform.onProvision = standIn;
    }
    expect((await api.call('GET', `/workflows/${wf.workflowId}`)).body.workflow.status).toBe('error');
  });

  it('GIVEN provisioning that runs later (AWS stream) and a workflow in error WHEN a fix is saved THEN 200 with the saved version, not the old failure', async () => {
    const harness = await startApiHarness();
    const { createWorkflowRepository } = await import('../../../functions/data/workflows');
    try {
      const wf = (await harness.call('POST', '/workflows', { body: welcomeWorkflow() })).body.workflow;
      const repo = createWorkflowRepository({ db: harness.platform.db, clock: harness.platform.clock });
      await repo.enable(TENANT_A, wf.workflowId);
      await repo.setStatus(TENANT_A, wf.workflowId, 'error', 'State machine definition exceeds 1 MB');
      const provisioner = harness.platform.provisioner as { deferred?: boolean };
      provisioner.deferred = true;
      const res = await harness.call('PUT', `/workflows/${wf.workflowId}`, {
        body: { expectedVersion: 1, definition: welcomeWorkflow() },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.workflow.currentVersion).toBe(2);
      expect(harness.platform.provisionRequests.map((r) => r.workflowId)).toContain(wf.workflowId);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN a workflow WHEN deleted THEN 202 and it is gone afterwards', async () => {
    const harness = await startApiHarness();
    try {
      const res = await harness.call('POST', '/workflows', { body: welcomeWorkflow() });
      const id = res.body.workflow.workflowId;
      const del = await harness.call('DELETE', `/workflows/${id}`);
      expect(del.status).toBe(202);
      expect(del.body).toEqual({ workflowId: id, status: 'deleting' });
      expect((await harness.call('GET', `/workflows/${id}`)).status).toBe(404);
      expect((await harness.call('DELETE', `/workflows/${id}`)).status).toBe(404);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN a workflow WHEN tested THEN a dry run on the local engine records each action with its would-be input and performs nothing', async () => {
    const wf = await create();
    const published = api.platform.published.length;
    const started = api.platform.engine.started.length;
    const res = await api.call('POST', `/workflows/${wf.workflowId}/test`, {
      body: { trigger: { lead: { email: 'ada@example.com', name: 'Ada' } } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ workflowId: wf.workflowId, version: 1, outcome: 'succeeded' });
    expect(res.body.steps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'welcome',
          action: 'email.send',
          input: expect.objectContaining({ to: 'ada@example.com', subject: 'Welcome, Ada' }),
          sideEffect: true,
        }),
      ]),
    );
    expect(api.platform.published).toHaveLength(published);
    expect(api.platform.engine.started).toHaveLength(started);
  });

  it('GIVEN no dry runner is wired WHEN a test run is asked THEN 501 with a clear message', async () => {
    const harness = await startApiHarness({ overrides: { dryRunner: undefined } });
    try {
      const created = await harness.call('POST', '/workflows', { body: welcomeWorkflow() });
      const res = await harness.call('POST', `/workflows/${created.body.workflow.workflowId}/test`, {
        body: {},
      });
      expect(res.status).toBe(501);
      expect(res.body.error.code).toBe('NotImplemented');
    } finally {
      await harness.close();
    }
  });

  it('GIVEN a dry runner WHEN a workflow is tested THEN its result is answered with the version tested', async () => {
    const calls: unknown[] = [];
    const harness = await startApiHarness({
      overrides: {
        dryRunner: {
          async dryRun(input) {
            calls.push(input);
            return {
              status: 'succeeded',
              steps: [{ stepId: 'welcome', action: 'email.send', performed: false }],
            };
          },
        },
      },
    });
    try {
      const created = await harness.call('POST', '/workflows', { body: welcomeWorkflow() });
      const id = created.body.workflow.workflowId;
      const res = await harness.call('POST', `/workflows/${id}/test`, {
        body: { trigger: { lead: { email: 'a@b.co' } } },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'succeeded', workflowId: id, version: 1 });
      expect(calls).toEqual([
        expect.objectContaining({
          tenantId: TENANT_A,
          workflowId: id,
          trigger: { lead: { email: 'a@b.co' } },
        }),
      ]);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN an unknown workflow id WHEN any workflow route is called THEN 404', async () => {
    for (const [method, path] of [
      ['GET', '/workflows/wf-missing'],
      ['PUT', '/workflows/wf-missing'],
      ['POST', '/workflows/wf-missing/enable'],
      ['POST', '/workflows/wf-missing/disable'],
      ['DELETE', '/workflows/wf-missing'],
    ] as const) {
      const res = await api.call(
        method,
        path,
        method === 'PUT' ? { body: { expectedVersion: 1, definition: welcomeWorkflow() } } : {},
      );
      expect([method, path, res.status]).toEqual([method, path, 404]);
    }
  });
});
