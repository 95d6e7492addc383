import { describe, expect, it } from 'vitest';
import { type ApprovalRepository, createApprovalRepository } from '../../../functions/data/approvals';
import { startApiHarness, TENANT_A } from '../../support/api-harness';
import { useRunsApi } from '../../support/runs-api';

const { api, approvals, runs, startRun, parkApproval } = useRunsApi();

describe('approvals API: resuming the run after the decision', () => {
  it('GIVEN the resume succeeded WHEN recording it fails THEN the approval is still answered 200 (the decision took effect)', async () => {
    let real: ApprovalRepository | undefined;
    const approvalsFailingMarkResumed = new Proxy({} as ApprovalRepository, {
      get: (_target, name) =>
        name === 'markResumed'
          ? async () => {
              throw new Error('ProvisionedThroughputExceededException');
            }
          : (real as unknown as Record<PropertyKey, unknown>)[name],
    });
    const harness = await startApiHarness({ overrides: { approvals: approvalsFailingMarkResumed } });
    real = createApprovalRepository({ db: harness.platform.db, clock: harness.platform.clock });
    try {
      const approval = (
        await real.create(TENANT_A, {
          runId: 'run-x',
          workflowId: 'wf-x',
          workflowName: 'Welcome new leads',
          stepId: 'confirm',
          message: 'Send the welcome email?',
          willDo: ['Send email to ada@example.com'],
          taskToken: 'token-run-x-confirm',
        })
      ).approval;
      const res = await harness.call('POST', `/approvals/${approval.approvalId}/approve`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'approved' });
      expect(harness.platform.engine.taskSuccesses).toHaveLength(1);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN an approval whose run stopped waiting WHEN approved THEN 409 explaining it', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'late');
    const original = api().platform.engine.sendTaskSuccess;
    api().platform.engine.sendTaskSuccess = async () => {
      const err = new Error('Task Timed Out');
      err.name = 'TaskTimedOut';
      throw err;
    };
    try {
      const res = await api().call('POST', `/approvals/${approval.approvalId}/approve`);
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/no longer waits/);
    } finally {
      api().platform.engine.sendTaskSuccess = original;
    }
  });

  it('GIVEN a throttled engine WHEN an approval is decided THEN the resume is retried and succeeds once', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'throttled');
    const original = api().platform.engine.sendTaskSuccess;
    let calls = 0;
    api().platform.engine.sendTaskSuccess = async (token, output) => {
      calls += 1;
      if (calls < 3) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      return original(token, output);
    };
    try {
      const res = await api().call('POST', `/approvals/${approval.approvalId}/approve`);
      expect(res.status).toBe(200);
      expect(calls).toBe(3);
      expect(api().platform.engine.taskSuccesses.at(-1)?.taskToken).toBe(`token-${runId}-throttled`);
    } finally {
      api().platform.engine.sendTaskSuccess = original;
    }
  });

  it('GIVEN an approval recorded while the engine failed to resume the run WHEN the same person approves again THEN the resume is re-sent with the recorded decision and answered 200; other decisions stay 409', async () => {
    const { runId } = await startRun();
    await runs().transition(TENANT_A, runId, 'waiting_approval');
    const approval = await parkApproval(runId, '_run');
    const engine = api().platform.engine;
    const original = engine.sendTaskSuccess;
    let failing = true;
    engine.sendTaskSuccess = async (token, output) => {
      if (failing) throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      return original(token, output);
    };
    const ops = { sub: 'user-7', email: 'ops@acme.io', 'custom:tenantId': TENANT_A };
    const approve = (claims: Record<string, string>, comment?: string) =>
      api().call('POST', `/approvals/${approval.approvalId}/approve`, {
        as: 'none',
        claims,
        ...(comment ? { body: { comment } } : {}),
      });
    try {
      const before = engine.taskSuccesses.length;
      const first = await approve(ops, 'ship it');
      expect(first.status).toBe(503);
      expect(engine.taskSuccesses.length).toBe(before);
      const recorded = await approvals().get(TENANT_A, approval.approvalId);
      expect(recorded).toMatchObject({ status: 'approved', decidedBy: 'ops@acme.io', comment: 'ship it' });
      expect((await runs().get(TENANT_A, runId))?.status).toBe('waiting_approval');

      failing = false;
      const other = { sub: 'user-9', email: 'cfo@acme.io', 'custom:tenantId': TENANT_A };
      expect((await approve(other)).status).toBe(409);
      const opposite = await api().call('POST', `/approvals/${approval.approvalId}/reject`, {
        as: 'none',
        claims: ops,
      });
      expect(opposite.status).toBe(409);
      expect(engine.taskSuccesses.length).toBe(before);
      expect(engine.taskFailures.map((f) => f.taskToken)).not.toContain(`token-${runId}-_run`);

      const again = await approve(ops);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ status: 'approved', decidedBy: 'ops@acme.io', comment: 'ship it' });
      expect(engine.taskSuccesses.slice(before)).toEqual([
        {
          taskToken: `token-${runId}-_run`,
          output: { approved: true, by: 'ops@acme.io', at: recorded.decidedAt, comment: 'ship it' },
        },
      ]);
      expect((await runs().get(TENANT_A, runId))?.status).toBe('running');

      // Once the run resumed, a further repeat is answered from the record without resuming twice.
      expect((await approve(ops)).status).toBe(200);
      expect(engine.taskSuccesses.length).toBe(before + 1);
    } finally {
      engine.sendTaskSuccess = original;
    }
  });

  it('GIVEN a rejection recorded while the engine failed WHEN the same person rejects again THEN SendTaskFailure is re-sent with the recorded cause', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'confirm-reject');
    const engine = api().platform.engine;
    const original = engine.sendTaskFailure;
    let failing = true;
    engine.sendTaskFailure = async (token, error, cause) => {
      if (failing) throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      return original(token, error, cause);
    };
    try {
      const reject = (body?: Record<string, string>) =>
        api().call('POST', `/approvals/${approval.approvalId}/reject`, body ? { body } : {});
      expect((await reject({ comment: 'wrong lead' })).status).toBe(503);
      failing = false;
      const again = await reject();
      expect(again.status).toBe(200);
      const failure = engine.taskFailures.at(-1);
      expect(failure).toMatchObject({
        taskToken: `token-${runId}-confirm-reject`,
        error: 'ApprovalRejected',
      });
      expect(JSON.parse(failure?.cause ?? '{}')).toEqual({
        by: again.body.decidedBy,
        at: again.body.decidedAt,
        comment: 'wrong lead',
      });
    } finally {
      engine.sendTaskFailure = original;
    }
  });
});
