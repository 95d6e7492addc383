import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunRepository } from '../../../functions/data/runs';
import { type ApiHarness, startApiHarness, TENANT_A, welcomeWorkflow } from '../../support/api-harness';

/** The history the console reads: saved versions of a workflow, and the runs of the whole tenant. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());

const create = async (name: string) => {
  const res = await api.call('POST', '/workflows', { body: welcomeWorkflow(name) });
  expect(res.status).toBe(201);
  return res.body.workflow.workflowId as string;
};

const recordRun = async (workflowId: string, runId: string, status: 'running' | 'succeeded' | 'failed') => {
  const runs = createRunRepository({ db: api.platform.db, clock: api.platform.clock });
  await runs.create(TENANT_A, {
    runId,
    workflowId,
    workflowName: 'w',
    version: 1,
    executionId: `arn:aws:states:us-east-1:000000000000:execution:m:${runId}`,
    triggerType: 'manual',
    dryRun: false,
    autoMode: true,
    startedAt: api.platform.clock.now().toISOString(),
    status,
  });
};

describe('workflow versions', () => {
  it('GIVEN a workflow saved three times WHEN its versions are listed THEN newest first, each with its definition, author and comment', async () => {
    const id = await create('Versioned');
    for (const [i, subject] of ['Second', 'Third'].entries()) {
      const def = welcomeWorkflow('Versioned');
      def.steps[0]!.input.subject = subject;
      const res = await api.call('PUT', `/workflows/${id}`, {
        body: { expectedVersion: i + 1, definition: def, comment: `subject ${subject}` },
      });
      expect(res.status).toBe(200);
    }
    const res = await api.call('GET', `/workflows/${id}/versions`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(res.body.items[0]).toMatchObject({
      workflowId: id,
      comment: 'subject Third',
      savedBy: expect.any(String),
      definition: { steps: [{ input: { subject: 'Third' } }] },
    });

    const one = await api.call('GET', `/workflows/${id}/versions/2`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ version: 2, definition: { steps: [{ input: { subject: 'Second' } }] } });
  });

  it('GIVEN a page size WHEN versions are paged THEN the cursor leads to the older ones', async () => {
    const id = await create('Paged');
    await api.call('PUT', `/workflows/${id}`, {
      body: { expectedVersion: 1, definition: welcomeWorkflow('Paged') },
    });
    const first = await api.call('GET', `/workflows/${id}/versions?limit=1`);
    expect(first.body.items.map((v: { version: number }) => v.version)).toEqual([2]);
    const second = await api.call(
      'GET',
      `/workflows/${id}/versions?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(second.body.items.map((v: { version: number }) => v.version)).toEqual([1]);
  });

  it('GIVEN a version that does not exist, a bad number or another tenant WHEN read THEN 404 or 400 naming the field', async () => {
    const id = await create('Missing');
    expect((await api.call('GET', `/workflows/${id}/versions/9`)).status).toBe(404);
    const bad = await api.call('GET', `/workflows/${id}/versions/zero`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('path.version');
    expect((await api.call('GET', `/workflows/${id}/versions`, { as: 'b' })).status).toBe(404);
    expect((await api.call('GET', `/workflows/${id}/versions/1`, { as: 'b' })).status).toBe(404);
  });
});

describe('the runs of the tenant', () => {
  it('GIVEN runs of two workflows WHEN listed with and without filters THEN newest first, filtered by status and workflow', async () => {
    const one = await create('Runs one');
    const two = await create('Runs two');
    await recordRun(one, 'run-a', 'succeeded');
    api.platform.clock.advance(1000);
    await recordRun(two, 'run-b', 'failed');
    api.platform.clock.advance(1000);
    await recordRun(one, 'run-c', 'failed');

    const all = await api.call('GET', '/runs');
    expect(all.status).toBe(200);
    const ids = all.body.items.map((r: { runId: string }) => r.runId);
    expect(ids.filter((r: string) => r.startsWith('run-'))).toEqual(['run-c', 'run-b', 'run-a']);

    const failed = await api.call('GET', '/runs?status=failed');
    expect(failed.body.items.every((r: { status: string }) => r.status === 'failed')).toBe(true);
    expect(failed.body.items.map((r: { runId: string }) => r.runId)).toEqual(
      expect.arrayContaining(['run-b', 'run-c']),
    );

    const ofOne = await api.call('GET', `/runs?workflowId=${one}&status=failed`);
    expect(ofOne.body.items.map((r: { runId: string }) => r.runId)).toEqual(['run-c']);
  });

  it('GIVEN another tenant, an unknown workflow or a bad status WHEN runs are listed THEN nothing leaks and bad input is 400 naming the field', async () => {
    const mine = await create('Private runs');
    await recordRun(mine, 'run-private', 'succeeded');
    const theirs = await api.call('GET', '/runs', { as: 'b' });
    expect(theirs.status).toBe(200);
    expect(theirs.body.items).toEqual([]);
    expect((await api.call('GET', `/runs?workflowId=${mine}`, { as: 'b' })).status).toBe(404);
    const bad = await api.call('GET', '/runs?status=exploded');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('query.status');
  });
});
