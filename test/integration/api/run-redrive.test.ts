import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, welcomeWorkflow } from '../../support/api-harness';

/** Engine answers to a redrive: a refusal about the run's state is a 409, any other failure a 503; either way the run keeps its ending. */

let api: ApiHarness;
let workflowId: string;

const cancelledRun = async (): Promise<string> => {
  const runId = (await api.call('POST', `/workflows/${workflowId}/runs`, { body: {} })).body.runId;
  expect((await api.call('POST', `/runs/${runId}/cancel`)).status).toBe(200);
  return runId;
};

beforeAll(async () => {
  api = await startApiHarness();
  workflowId = (await api.call('POST', '/workflows', { body: welcomeWorkflow() })).body.workflow.workflowId;
  await api.call('POST', `/workflows/${workflowId}/enable`);
});
afterAll(async () => api.close());

describe('redrive answers', () => {
  it('GIVEN the engine refuses with ExecutionNotRedrivable WHEN a run is redriven THEN 409 and the run stays cancelled', async () => {
    const runId = await cancelledRun();
    const engine = api.platform.engine;
    const original = engine.redriveExecution;
    engine.redriveExecution = async () => {
      throw Object.assign(new Error('not redrivable'), { name: 'ExecutionNotRedrivable' });
    };
    try {
      const res = await api.call('POST', `/runs/${runId}/redrive`);
      expect(res.status).toBe(409);
      expect((await api.call('GET', `/runs/${runId}`)).body.run.status).toBe('cancelled');
      engine.redriveExecution = async () => {
        throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      };
      expect((await api.call('POST', `/runs/${runId}/redrive`)).status).toBe(503);
      expect((await api.call('GET', `/runs/${runId}`)).body.run.status).toBe('cancelled');
    } finally {
      engine.redriveExecution = original;
    }
    expect((await api.call('POST', `/runs/${runId}/redrive`)).status).toBe(200);
    expect((await api.call('GET', `/runs/${runId}`)).body.run.status).toBe('running');
  });
});
