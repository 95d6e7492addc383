import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, type System, startSystem } from './harness';

/** An enabled workflow that loses its only approval becomes EXPRESS: the API answers 200 and no run is lost. */

let system: System;

beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system.stop());

const withApproval = {
  name: 'Ask first',
  trigger: { type: 'manual' },
  steps: [
    { id: 'ask', approval: { message: 'Go ahead?' } },
    { id: 'note', action: 'log', input: { message: 'approved' } },
  ],
};
const withoutApproval = {
  ...withApproval,
  steps: [{ id: 'note', action: 'log', input: { message: 'done' } }],
};

interface Workflow {
  readonly status: string;
  readonly statusReason: string | null;
  readonly currentVersion: number;
  readonly deployed: { readonly stateMachineArn: string } | null;
}

const startRun = async (workflowId: string): Promise<string> => {
  const started = await system.api.post<{ runId: string }>(`/workflows/${workflowId}/runs`, { input: {} });
  expect(started.status, explain(system)).toBe(202);
  await system.settle();
  return started.body.runId;
};

describe('changing the type of an enabled workflow', () => {
  it('GIVEN an enabled STANDARD workflow with a run waiting for approval WHEN a version removes the approval THEN it is enabled as EXPRESS, new runs succeed, the waiting run completes and the old machine then goes', async () => {
    const workflowId = await system.deploy(withApproval);
    const before = await system.api.get<{ workflow: Workflow }>(`/workflows/${workflowId}`);
    const waiting = await startRun(workflowId);

    const saved = await system.api.put<{ workflow: Workflow }>(`/workflows/${workflowId}`, {
      definition: withoutApproval,
      expectedVersion: 1,
    });
    expect(saved.status, explain(system)).toBe(200);
    expect(saved.body.workflow).toMatchObject({ status: 'enabled', statusReason: null, currentVersion: 2 });
    expect(saved.body.workflow.deployed?.stateMachineArn).not.toBe(
      before.body.workflow.deployed?.stateMachineArn,
    );

    const oldMachine = before.body.workflow.deployed?.stateMachineArn as string;
    expect(system.rt.engine.hasStateMachine(oldMachine)).toBe(true);

    const fresh = await startRun(workflowId);
    expect((await system.run(fresh)).run.status, explain(system)).toBe('succeeded');

    const approvals = await system.api.get<{ items: { approvalId: string; runId: string }[] }>(
      '/approvals?limit=100',
    );
    const approval = approvals.body.items.find((a) => a.runId === waiting);
    expect(approval).toBeDefined();
    expect((await system.api.post(`/approvals/${approval?.approvalId}/approve`, {})).status).toBe(200);
    await system.settle();
    expect((await system.run(waiting)).run.status, explain(system)).toBe('succeeded');
    // Its last run over, the replaced machine is deleted.
    await system.settle();
    expect(system.rt.engine.hasStateMachine(oldMachine)).toBe(false);
  });

  it('GIVEN an EXPRESS workflow WHEN a version adds an approval THEN it is enabled as STANDARD and its runs wait for the approval', async () => {
    const workflowId = await system.deploy(withoutApproval);
    const saved = await system.api.put<{ workflow: Workflow }>(`/workflows/${workflowId}`, {
      definition: withApproval,
      expectedVersion: 1,
    });
    expect(saved.status, explain(system)).toBe(200);
    expect(saved.body.workflow).toMatchObject({ status: 'enabled', statusReason: null });
    const runId = await startRun(workflowId);
    expect((await system.run(runId)).run.status, explain(system)).toBe('waiting_approval');
  });
});
