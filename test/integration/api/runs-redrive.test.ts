import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunRepository } from '../../../functions/data/runs';
import { type ApiHarness, startApiHarness, TENANT_A, welcomeWorkflow } from '../../support/api-harness';

let api: ApiHarness;
let workflowId: string;
const runs = () => createRunRepository({ db: api.platform.db, clock: api.platform.clock });

beforeAll(async () => {
  api = await startApiHarness();
  const res = await api.call('POST', '/workflows', { body: welcomeWorkflow() });
  workflowId = res.body.workflow.workflowId;
  await api.call('POST', `/workflows/${workflowId}/enable`);
});
afterAll(async () => api.close());

/** A run record as the supervisor leaves it, ended with `error`. */
const endedRun = async (runId: string, executionId: string, error: string) => {
  await runs().create(TENANT_A, {
    runId,
    workflowId,
    workflowName: 'Welcome new leads',
    version: 1,
    executionId,
    triggerType: 'manual',
    dryRun: false,
    autoMode: true,
    startedAt: api.platform.clock.now().toISOString(),
  });
  await runs().transition(TENANT_A, runId, 'failed', {
    endedAt: api.platform.clock.now().toISOString(),
    error: { error, cause: 'x', stepId: 'welcome' },
  });
};

describe('redrive and stop, as Step Functions allows them', () => {
  it('GIVEN a run that failed for a business reason (recorded by "Record failure") WHEN redriven THEN 409: the redrive would restart at the Fail state and fail again', async () => {
    await endedRun('biz-1', 'arn:aws:states:us-east-1:0:execution:wf:biz-1', 'NonRetriableError');
    const res = await api.call('POST', '/runs/biz-1/redrive');
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/NonRetriableError.*start a new run/);
    expect(api.platform.engine.redriven).not.toContain('arn:aws:states:us-east-1:0:execution:wf:biz-1');
  });

  it('GIVEN an Express run WHEN it is cancelled or redriven THEN 409 with the reason (Step Functions has no stop or redrive for Express)', async () => {
    const express = 'arn:aws:states:us-east-1:0:express:wf:exp-1:6a1f0c1e-0000-4000-8000-000000000000';
    await endedRun('exp-1', express, 'RetriableError');
    const redrive = await api.call('POST', '/runs/exp-1/redrive');
    expect(redrive.status).toBe(409);
    expect(redrive.body.error.message).toMatch(/Express/);
    await runs().reopen(TENANT_A, 'exp-1');
    const cancel = await api.call('POST', '/runs/exp-1/cancel');
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.message).toMatch(/Express/);
    expect(api.platform.engine.stopped.map((s) => s.executionArn)).not.toContain(express);
  });

  it('GIVEN the engine refuses a redrive (ExecutionNotRedrivable) WHEN redriven THEN 409 with the engine reason, not 503', async () => {
    const arn = 'arn:aws:states:us-east-1:0:execution:wf:old-1';
    await endedRun('old-1', arn, 'RetriableError');
    const original = api.platform.engine.redriveExecution;
    api.platform.engine.redriveExecution = async () => {
      throw Object.assign(
        new Error(`Execution ${arn} cannot be redriven: Execution redrivable period exceeded`),
        {
          name: 'ExecutionNotRedrivable',
        },
      );
    };
    try {
      const res = await api.call('POST', '/runs/old-1/redrive');
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/redrivable period exceeded/);
    } finally {
      api.platform.engine.redriveExecution = original;
    }
    expect((await runs().mustGet(TENANT_A, 'old-1')).status).toBe('failed');
  });
});
