import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunRepository } from '../../../functions/data/runs';
import type { MapRunDescription } from '../../../functions/shared/ports';
import { type ApiHarness, startApiHarness, TENANT_A, welcomeWorkflow } from '../../support/api-harness';

let api: ApiHarness;
let workflowId: string;

beforeAll(async () => {
  api = await startApiHarness();
  const res = await api.call('POST', '/workflows', { body: welcomeWorkflow() });
  workflowId = res.body.workflow.workflowId;
});
afterAll(async () => api.close());

const startedRun = async (runId: string, executionId: string) =>
  createRunRepository({ db: api.platform.db, clock: api.platform.clock }).create(TENANT_A, {
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

const mapRun = (): MapRunDescription => ({
  mapRunArn: 'arn:aws:states:us-east-1:0:mapRun:dynaris-dev_t1_wf/each-lead:5e1b',
  stateName: 'each-lead',
  status: 'RUNNING',
  startDate: '2026-03-02T09:00:00.000Z',
  itemCounts: {
    pending: 0,
    running: 8_900,
    succeeded: 1_000,
    failed: 100,
    timedOut: 0,
    aborted: 0,
    total: 10_000,
  },
});

describe('a run’s item progress', () => {
  it('GIVEN a run in a forEach over 10,000 items WHEN it is read THEN items shows per forEach step how many are done, failed and still running', async () => {
    await startedRun('big-1', 'arn:aws:states:us-east-1:0:execution:wf:big-1');
    const asked: string[] = [];
    api.platform.engine.listMapRuns = async (executionArn: string) => {
      asked.push(executionArn);
      return [mapRun()];
    };
    try {
      const res = await api.call('GET', '/runs/big-1');
      expect(res.status).toBe(200);
      expect(asked).toEqual(['arn:aws:states:us-east-1:0:execution:wf:big-1']);
      expect(res.body.items).toStrictEqual([
        {
          stepId: 'each-lead',
          status: 'RUNNING',
          total: 10_000,
          pending: 0,
          running: 8_900,
          succeeded: 1_000,
          failed: 100,
          timedOut: 0,
          aborted: 0,
        },
      ]);
    } finally {
      delete api.platform.engine.listMapRuns;
    }
  });

  it('GIVEN a run without such a loop, or an engine that cannot say WHEN it is read THEN there is no items field and the run is still answered', async () => {
    await startedRun('small-1', 'arn:aws:states:us-east-1:0:execution:wf:small-1');
    expect((await api.call('GET', '/runs/small-1')).body).not.toHaveProperty('items');
    api.platform.engine.listMapRuns = async () => {
      throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
    };
    try {
      const res = await api.call('GET', '/runs/small-1');
      expect(res.status).toBe(200);
      expect(res.body).not.toHaveProperty('items');
    } finally {
      delete api.platform.engine.listMapRuns;
    }
  });
});
