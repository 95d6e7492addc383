import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, type System, startSystem } from './harness';

/** Cancelling and redriving runs: approvals close with their run, and racing redrives get one 200 and 409s. */

let system: System;
let workflowId: string;

interface Approval {
  readonly approvalId: string;
  readonly runId: string;
  readonly status: string;
}

const approvalsOf = async (runId: string): Promise<Approval[]> => {
  const all: Approval[] = [];
  let cursor: string | undefined;
  do {
    const page = await system.api.get<{ items: Approval[]; nextCursor?: string }>(
      `/approvals?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    all.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return all.filter((a) => a.runId === runId);
};

const startRun = async (): Promise<string> => {
  const started = await system.api.post<{ runId: string }>(`/workflows/${workflowId}/runs`, { input: {} });
  expect(started.status).toBe(202);
  await system.settle();
  return started.body.runId;
};

beforeAll(async () => {
  system = await startSystem();
  workflowId = await system.deploy({
    name: 'Ask first',
    trigger: { type: 'manual' },
    steps: [
      { id: 'ask', approval: { message: 'Go ahead?' } },
      { id: 'note', action: 'log', input: { message: 'approved' } },
    ],
  });
});
afterAll(async () => system.stop());

describe('run conflicts', () => {
  it('GIVEN a run waiting for approval WHEN it is cancelled THEN its approval is no longer pending', async () => {
    const runId = await startRun();
    expect((await approvalsOf(runId)).map((a) => a.status)).toEqual(['pending']);
    const cancelled = await system.api.post(`/runs/${runId}/cancel`);
    expect(cancelled.status, explain(system)).toBe(200);
    await system.settle();
    expect(await approvalsOf(runId)).toEqual([]);
  });

  it('GIVEN a cancelled run WHEN 20 redrives race THEN one answers 200, the others 409, and the run has one pending approval', async () => {
    const runId = await startRun();
    await system.api.post(`/runs/${runId}/cancel`);
    await system.settle();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => system.api.post(`/runs/${runId}/redrive`)),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses, explain(system)).toEqual([200, ...new Array(19).fill(409)]);
    await system.settle();
    const approvals = await approvalsOf(runId);
    expect(approvals.map((a) => a.status)).toEqual(['pending']);
    const approved = await system.api.post(`/approvals/${approvals[0]?.approvalId}/approve`, {});
    expect(approved.status).toBe(200);
    await system.settle();
    expect((await system.run(runId)).run.status).toBe('succeeded');
  });
});
