import { describe, expect, it } from 'vitest';
import { createRunRepository, type RunRepository } from '../../../functions/data/runs';
import { startApiHarness, TENANT_A, welcomeWorkflow } from '../../support/api-harness';
import { useRunsApi } from '../../support/runs-api';

const { api, workflowId, runs, startRun } = useRunsApi();

describe('runs API', () => {
  it('GIVEN an enabled workflow WHEN a manual run is started THEN the engine gets the ExecutionInput under a random run id and the run is recorded', async () => {
    const before = api().platform.engine.started.length;
    const { runId, executionArn } = await startRun({ lead: { email: 'ada@example.com' } });
    expect(runId).toMatch(/^manual-[0-9a-f-]{36}$/);
    const started = api().platform.engine.started[before];
    expect(started).toEqual({
      stateMachineArn: expect.stringContaining(workflowId()),
      name: runId,
      input: {
        trigger: { lead: { email: 'ada@example.com' } },
        context: {
          tenantId: TENANT_A,
          workflowId: workflowId(),
          workflowVersion: 1,
          triggerType: 'manual',
          startedBy: expect.any(String),
        },
      },
    });
    const get = await api().call('GET', `/runs/${runId}`);
    expect(get.status).toBe(200);
    expect(get.body.run).toMatchObject({
      runId,
      workflowId: workflowId(),
      status: 'running',
      triggerType: 'manual',
      executionId: executionArn,
    });
    const second = await startRun();
    expect(second.runId).not.toBe(runId);
  });

  it('GIVEN the engine is unavailable WHEN a run is started THEN 503 asking to retry, with no internals', async () => {
    const original = api().platform.engine.startExecution;
    api().platform.engine.startExecution = async () => {
      throw new Error('ThrottlingException: arn:aws:states:secret');
    };
    try {
      const res = await api().call('POST', `/workflows/${workflowId()}/runs`, { body: {} });
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(/retry/);
      expect(res.raw.body).not.toMatch(/Throttling|arn:/);
    } finally {
      api().platform.engine.startExecution = original;
    }
  });

  it('GIVEN the run record cannot be written WHEN a run is started THEN 202 with its runId (the execution started; a retry would start it twice)', async () => {
    let real: RunRepository | undefined;
    const failingCreate: RunRepository['create'] = async () => {
      throw new Error('ProvisionedThroughputExceededException');
    };
    const runsWithFailingCreate = new Proxy({} as RunRepository, {
      get: (_target, name) =>
        name === 'create' ? failingCreate : (real as unknown as Record<PropertyKey, unknown>)[name],
    });
    const harness = await startApiHarness({ overrides: { runs: runsWithFailingCreate } });
    real = createRunRepository({ db: harness.platform.db, clock: harness.platform.clock });
    try {
      const wf = await harness.call('POST', '/workflows', { body: welcomeWorkflow() });
      const id = wf.body.workflow.workflowId;
      expect((await harness.call('POST', `/workflows/${id}/enable`)).status).toBe(200);
      const res = await harness.call('POST', `/workflows/${id}/runs`, { body: {} });
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ runId: expect.any(String), status: 'running' });
      expect(harness.platform.engine.started).toHaveLength(1);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN a draft (never deployed) workflow WHEN a run is started THEN 409 telling to enable it', async () => {
    const draft = await api().call('POST', '/workflows', { body: welcomeWorkflow('Draft') });
    const res = await api().call('POST', `/workflows/${draft.body.workflow.workflowId}/runs`, { body: {} });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/enable it/);
  });

  it('GIVEN runs of a workflow WHEN listed THEN newest first with pagination', async () => {
    api().platform.clock.advance(1000);
    const a = await startRun();
    api().platform.clock.advance(1000);
    const b = await startRun();
    const page = await api().call('GET', `/workflows/${workflowId()}/runs?limit=2`);
    expect(page.status).toBe(200);
    expect(page.body.items.map((r: { runId: string }) => r.runId)).toEqual([b.runId, a.runId]);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const filtered = await api().call('GET', `/workflows/${workflowId()}/runs?status=failed`);
    expect(filtered.body.items).toEqual([]);
  });

  it('GIVEN a run with history WHEN fetched THEN the timeline lists each step with status, input, output and times', async () => {
    const { runId, executionArn } = await startRun();
    api().platform.engine.setExecution(executionArn, { status: 'RUNNING' }, [
      {
        name: 'Send email',
        stepId: 'welcome',
        type: 'Task',
        status: 'succeeded',
        input: { to: 'ada@example.com' },
        output: { messageId: 'm-1' },
        startedAt: '2026-11-25T10:00:00.000Z',
        endedAt: '2026-11-25T10:00:01.000Z',
      },
    ]);
    const res = await api().call('GET', `/runs/${runId}`);
    expect(res.body.timeline).toEqual([
      expect.objectContaining({
        name: 'Send email',
        stepId: 'welcome',
        status: 'succeeded',
        output: { messageId: 'm-1' },
      }),
    ]);
    expect(res.body.execution).toMatchObject({ status: 'RUNNING' });
  });

  it('GIVEN the engine cannot read the history WHEN a run is fetched THEN the run is still answered with an empty timeline', async () => {
    const { runId } = await startRun();
    const original = api().platform.engine.getTimeline;
    api().platform.engine.getTimeline = async () => {
      throw new Error('ExecutionDoesNotExist');
    };
    try {
      const res = await api().call('GET', `/runs/${runId}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ run: { runId }, timeline: [] });
    } finally {
      api().platform.engine.getTimeline = original;
    }
  });

  it('GIVEN a running run WHEN cancelled THEN the execution is stopped and the run is cancelled; cancelling again is 409', async () => {
    const { runId, executionArn } = await startRun();
    const res = await api().call('POST', `/runs/${runId}/cancel`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ runId, status: 'cancelled', endedAt: expect.any(String) });
    expect(api().platform.engine.stopped.at(-1)).toEqual({
      executionArn,
      cause: expect.stringMatching(/Cancelled by/),
    });
    expect((await api().call('POST', `/runs/${runId}/cancel`)).status).toBe(409);
  });

  it('GIVEN a failed run WHEN redriven THEN the engine redrives it and the run runs again; a running run cannot be redriven', async () => {
    const { runId, executionArn } = await startRun();
    expect((await api().call('POST', `/runs/${runId}/redrive`)).status).toBe(409);
    await runs().transition(TENANT_A, runId, 'failed', {
      endedAt: api().platform.clock.now().toISOString(),
      error: { error: 'RetriableError', cause: 'SES throttled', stepId: 'welcome' },
    });
    const res = await api().call('POST', `/runs/${runId}/redrive`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ runId, status: 'running', endedAt: null });
    expect(api().platform.engine.redriven).toContain(executionArn);
  });

  it('GIVEN a cancelled run WHEN redriven THEN the engine redrives it (Step Functions redrives aborted executions) and the run runs again', async () => {
    const { runId, executionArn } = await startRun();
    expect((await api().call('POST', `/runs/${runId}/cancel`)).status).toBe(200);
    const res = await api().call('POST', `/runs/${runId}/redrive`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ runId, status: 'running', endedAt: null });
    expect(api().platform.engine.redriven).toContain(executionArn);
  });

  it('GIVEN an unknown run id WHEN read, cancelled or redriven THEN 404', async () => {
    for (const [m, p] of [
      ['GET', '/runs/nope'],
      ['POST', '/runs/nope/cancel'],
      ['POST', '/runs/nope/redrive'],
      ['GET', '/workflows/nope/runs'],
      ['POST', '/workflows/nope/runs'],
    ] as const) {
      expect([m, p, (await api().call(m, p)).status]).toEqual([m, p, 404]);
    }
  });
});
