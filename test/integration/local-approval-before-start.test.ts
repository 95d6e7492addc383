import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { templateJson } from '../../statemachines/templates';
import { apiOf, enabledWorkflow } from '../support/local-api';

/**
 * Auto Mode off with an Express workflow, end to end in the local runtime (strict LocalEngine: Express executions
 * cannot wait on a task token there either): the run asks before its execution, and the API's decision starts it.
 */
let runtime: LocalRuntime;
let workflowId = '';

const call = apiOf(() => runtime);

/** A new lead (its lead.created starts the lead follow-up); the run it started, once nothing moves. */
const leadRun = async (email: string) => {
  expect((await call('POST', '/leads', { email, name: 'Ada', company: 'Engines' })).status).toBe(201);
  await runtime.runUntilSettled();
  const runs = await call('GET', `/workflows/${workflowId}/runs?limit=20`);
  const pending = (await call('GET', '/approvals')).body.items as {
    runId: string;
    approvalId: string;
    willDo: string[];
  }[];
  return { runs: runs.body.items as { runId: string; status: string }[], pending };
};

const emailsTo = (to: string) => runtime.outbox.list({ kind: 'email' }).filter((m) => m.to?.includes(to));

beforeAll(async () => {
  runtime = await startLocalRuntime({ port: 0, clock: 'virtual', log: () => {}, env: {} });
  expect((await call('PUT', '/settings', { autoMode: false })).status).toBe(200);
  ({ workflowId } = await enabledWorkflow(runtime, templateJson('lead-follow-up')));
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('Auto Mode off, an Express workflow: approval before the execution starts', () => {
  it('GIVEN the lead follow-up WHEN enabled THEN its state machine is EXPRESS (the Auto Mode gate no longer forces STANDARD)', () => {
    const machine = runtime.engine.listStateMachines().find((m) => m.name.endsWith(workflowId));
    expect(machine?.type).toBe('EXPRESS');
  });

  it('GIVEN a new lead WHEN its run starts THEN nothing is sent, the run waits for approval with the plan spelled out, and approving starts the steps', async () => {
    const { runs, pending } = await leadRun('ada@example.com');
    expect(runs).toHaveLength(1);
    const runId = runs[0]?.runId ?? '';
    expect(runs[0]?.status).toBe('waiting_approval');
    expect(emailsTo('ada@example.com')).toHaveLength(0);
    const approval = pending.find((a) => a.runId === runId) as
      | { approvalId: string; willDo: string[] }
      | undefined;
    expect(approval).toMatchObject({ stepId: '_run', message: 'Run "Lead follow-up"', status: 'pending' });
    expect(approval?.willDo[0]).toContain('ada@example.com');

    const approved = await call('POST', `/approvals/${approval?.approvalId}/approve`, { comment: 'go' });
    expect(approved.status).toBe(200);
    await runtime.runUntilSettled();
    const run = (await call('GET', `/runs/${runId}`)).body.run;
    expect(run.status).toBe('succeeded');
    expect(run.executionId).toContain(':express:');
    expect(emailsTo('ada@example.com')).toHaveLength(1);
    // The same decision again starts nothing more.
    expect((await call('POST', `/approvals/${approval?.approvalId}/approve`, { comment: 'go' })).status).toBe(
      200,
    );
    await runtime.runUntilSettled();
    expect(emailsTo('ada@example.com')).toHaveLength(1);
  });

  it('GIVEN a new lead WHEN its run is rejected THEN it ends rejected and nothing is sent', async () => {
    const { runs, pending } = await leadRun('bob@example.com');
    const waiting = runs.find((r) => r.status === 'waiting_approval');
    const approval = pending.find((a) => a.runId === waiting?.runId) as { runId: string; approvalId: string };
    expect((await call('POST', `/approvals/${approval.approvalId}/reject`, { comment: 'spam' })).status).toBe(
      200,
    );
    await runtime.runUntilSettled();
    const run = (await call('GET', `/runs/${approval.runId}`)).body.run;
    expect(run.status).toBe('rejected');
    expect(emailsTo('bob@example.com')).toHaveLength(0);
  });
});
