import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApprovalRepository, createApprovalRepository } from '../../../functions/data/approvals';
import { createRunRepository, type RunRepository } from '../../../functions/data/runs';
import { type ApiHarness, startApiHarness, TENANT_A, welcomeWorkflow } from '../../support/api-harness';

let api: ApiHarness;
let workflowId: string;
const approvals = () => createApprovalRepository({ db: api.platform.db, clock: api.platform.clock });
const runs = () => createRunRepository({ db: api.platform.db, clock: api.platform.clock });

beforeAll(async () => {
  api = await startApiHarness();
  const res = await api.call('POST', '/workflows', { body: welcomeWorkflow() });
  workflowId = res.body.workflow.workflowId;
  await api.call('POST', `/workflows/${workflowId}/enable`);
});
afterAll(async () => api.close());

const startRun = async (input: Record<string, unknown> = { lead: { email: 'ada@example.com' } }) => {
  const res = await api.call('POST', `/workflows/${workflowId}/runs`, { body: { input } });
  expect(res.status).toBe(202);
  return res.body as { runId: string; executionArn: string };
};

/** A parked approval as the supervisor records it. */
const parkApproval = async (runId: string, stepId = '_run', approvers?: string[]) =>
  (
    await approvals().create(TENANT_A, {
      runId,
      workflowId,
      workflowName: 'Welcome new leads',
      stepId,
      message: 'Send the welcome email?',
      willDo: ['Send email to ada@example.com'],
      taskToken: `token-${runId}-${stepId}`,
      ...(approvers ? { approvers } : {}),
    })
  ).approval;

describe('runs API', () => {
  it('GIVEN an enabled workflow WHEN a manual run is started THEN the engine gets the ExecutionInput under a random run id and the run is recorded', async () => {
    const before = api.platform.engine.started.length;
    const { runId, executionArn } = await startRun({ lead: { email: 'ada@example.com' } });
    expect(runId).toMatch(/^manual-[0-9a-f-]{36}$/);
    const started = api.platform.engine.started[before];
    expect(started).toEqual({
      stateMachineArn: expect.stringContaining(workflowId),
      name: runId,
      input: {
        trigger: { lead: { email: 'ada@example.com' } },
        context: {
          tenantId: TENANT_A,
          workflowId,
          workflowVersion: 1,
          triggerType: 'manual',
          startedBy: expect.any(String),
        },
      },
    });
    const get = await api.call('GET', `/runs/${runId}`);
    expect(get.status).toBe(200);
    expect(get.body.run).toMatchObject({
      runId,
      workflowId,
      status: 'running',
      triggerType: 'manual',
      executionId: executionArn,
    });
    const second = await startRun();
    expect(second.runId).not.toBe(runId);
  });

  it('GIVEN the engine is unavailable WHEN a run is started THEN 503 asking to retry, with no internals', async () => {
    const original = api.platform.engine.startExecution;
    api.platform.engine.startExecution = async () => {
      throw new Error('ThrottlingException: arn:aws:states:secret');
    };
    try {
      const res = await api.call('POST', `/workflows/${workflowId}/runs`, { body: {} });
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(/retry/);
      expect(res.raw.body).not.toMatch(/Throttling|arn:/);
    } finally {
      api.platform.engine.startExecution = original;
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
    const draft = await api.call('POST', '/workflows', { body: welcomeWorkflow('Draft') });
    const res = await api.call('POST', `/workflows/${draft.body.workflow.workflowId}/runs`, { body: {} });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/enable it/);
  });

  it('GIVEN runs of a workflow WHEN listed THEN newest first with pagination', async () => {
    api.platform.clock.advance(1000);
    const a = await startRun();
    api.platform.clock.advance(1000);
    const b = await startRun();
    const page = await api.call('GET', `/workflows/${workflowId}/runs?limit=2`);
    expect(page.status).toBe(200);
    expect(page.body.items.map((r: { runId: string }) => r.runId)).toEqual([b.runId, a.runId]);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const filtered = await api.call('GET', `/workflows/${workflowId}/runs?status=failed`);
    expect(filtered.body.items).toEqual([]);
  });

  it('GIVEN a run with history WHEN fetched THEN the timeline lists each step with status, input, output and times', async () => {
    const { runId, executionArn } = await startRun();
    api.platform.engine.setExecution(executionArn, { status: 'RUNNING' }, [
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
    const res = await api.call('GET', `/runs/${runId}`);
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
    const original = api.platform.engine.getTimeline;
    api.platform.engine.getTimeline = async () => {
      throw new Error('ExecutionDoesNotExist');
    };
    try {
      const res = await api.call('GET', `/runs/${runId}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ run: { runId }, timeline: [] });
    } finally {
      api.platform.engine.getTimeline = original;
    }
  });

  it('GIVEN a running run WHEN cancelled THEN the execution is stopped and the run is cancelled; cancelling again is 409', async () => {
    const { runId, executionArn } = await startRun();
    const res = await api.call('POST', `/runs/${runId}/cancel`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ runId, status: 'cancelled', endedAt: expect.any(String) });
    expect(api.platform.engine.stopped.at(-1)).toEqual({
      executionArn,
      cause: expect.stringMatching(/Cancelled by/),
    });
    expect((await api.call('POST', `/runs/${runId}/cancel`)).status).toBe(409);
  });

  it('GIVEN a failed run WHEN redriven THEN the engine redrives it and the run runs again; a running run cannot be redriven', async () => {
    const { runId, executionArn } = await startRun();
    expect((await api.call('POST', `/runs/${runId}/redrive`)).status).toBe(409);
    await runs().transition(TENANT_A, runId, 'failed', {
      endedAt: api.platform.clock.now().toISOString(),
      error: { error: 'RetriableError', cause: 'SES throttled', stepId: 'welcome' },
    });
    const res = await api.call('POST', `/runs/${runId}/redrive`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ runId, status: 'running', endedAt: null });
    expect(api.platform.engine.redriven).toContain(executionArn);
  });

  it('GIVEN a cancelled run WHEN redriven THEN the engine redrives it (Step Functions redrives aborted executions) and the run runs again', async () => {
    const { runId, executionArn } = await startRun();
    expect((await api.call('POST', `/runs/${runId}/cancel`)).status).toBe(200);
    const res = await api.call('POST', `/runs/${runId}/redrive`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ runId, status: 'running', endedAt: null });
    expect(api.platform.engine.redriven).toContain(executionArn);
  });

  it('GIVEN an unknown run id WHEN read, cancelled or redriven THEN 404', async () => {
    for (const [m, p] of [
      ['GET', '/runs/nope'],
      ['POST', '/runs/nope/cancel'],
      ['POST', '/runs/nope/redrive'],
      ['GET', '/workflows/nope/runs'],
      ['POST', '/workflows/nope/runs'],
    ] as const) {
      expect([m, p, (await api.call(m, p)).status]).toEqual([m, p, 404]);
    }
  });
});

describe('approvals API', () => {
  it('GIVEN pending approvals WHEN listed THEN they are answered newest first', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId);
    const res = await api.call('GET', '/approvals');
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { approvalId: string }) => a.approvalId)).toContain(approval.approvalId);
  });

  it('GIVEN a pending approval WHEN approved THEN SendTaskSuccess carries who and when, the record keeps them, and deciding twice is 409', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'confirm');
    const res = await api.call('POST', `/approvals/${approval.approvalId}/approve`, {
      body: { comment: 'go ahead' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'approved',
      decidedBy: expect.stringMatching(/^apikey:/),
      comment: 'go ahead',
    });
    expect(api.platform.engine.taskSuccesses.at(-1)).toEqual({
      taskToken: `token-${runId}-confirm`,
      output: { approved: true, by: res.body.decidedBy, at: res.body.decidedAt, comment: 'go ahead' },
    });
    const again = await api.call('POST', `/approvals/${approval.approvalId}/reject`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already approved/);
    const pending = await api.call('GET', '/approvals');
    expect(pending.body.items.map((a: { approvalId: string }) => a.approvalId)).not.toContain(
      approval.approvalId,
    );
  });

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

  it('GIVEN a pending approval WHEN rejected THEN SendTaskFailure ApprovalRejected with a JSON cause of who, when and why', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'confirm');
    const res = await api.call('POST', `/approvals/${approval.approvalId}/reject`, {
      body: { comment: 'wrong lead' },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('rejected');
    const failure = api.platform.engine.taskFailures.at(-1);
    expect(failure?.error).toBe('ApprovalRejected');
    expect(JSON.parse(failure?.cause ?? '{}')).toEqual({
      by: res.body.decidedBy,
      at: res.body.decidedAt,
      comment: 'wrong lead',
    });
  });

  it('GIVEN a run parked at the Auto Mode gate WHEN approved THEN the run is running again', async () => {
    const { runId } = await startRun();
    await runs().transition(TENANT_A, runId, 'waiting_approval');
    const approval = await parkApproval(runId, '_run');
    await api.call('POST', `/approvals/${approval.approvalId}/approve`);
    expect((await api.call('GET', `/runs/${runId}`)).body.run.status).toBe('running');
  });

  it('GIVEN an approval whose run stopped waiting WHEN approved THEN 409 explaining it', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'late');
    const original = api.platform.engine.sendTaskSuccess;
    api.platform.engine.sendTaskSuccess = async () => {
      const err = new Error('Task Timed Out');
      err.name = 'TaskTimedOut';
      throw err;
    };
    try {
      const res = await api.call('POST', `/approvals/${approval.approvalId}/approve`);
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/no longer waits/);
    } finally {
      api.platform.engine.sendTaskSuccess = original;
    }
  });

  it('GIVEN a throttled engine WHEN an approval is decided THEN the resume is retried and succeeds once', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'throttled');
    const original = api.platform.engine.sendTaskSuccess;
    let calls = 0;
    api.platform.engine.sendTaskSuccess = async (token, output) => {
      calls += 1;
      if (calls < 3) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      return original(token, output);
    };
    try {
      const res = await api.call('POST', `/approvals/${approval.approvalId}/approve`);
      expect(res.status).toBe(200);
      expect(calls).toBe(3);
      expect(api.platform.engine.taskSuccesses.at(-1)?.taskToken).toBe(`token-${runId}-throttled`);
    } finally {
      api.platform.engine.sendTaskSuccess = original;
    }
  });

  it.each([
    ['email', 'Ops@Acme.io'],
    ['user id', 'user-7'],
  ])(
    'GIVEN an approval listing its approver by %s WHEN that signed-in user approves THEN it is accepted, and another user is 403',
    async (_, approver) => {
      const { runId } = await startRun();
      const approval = await parkApproval(runId, `listed-${approver}`, [approver]);
      const stranger = { sub: 'user-8', email: 'someone@acme.io', 'custom:tenantId': TENANT_A };
      const refused = await api.call('POST', `/approvals/${approval.approvalId}/approve`, {
        as: 'none',
        claims: stranger,
      });
      expect(refused.status).toBe(403);
      const user = { sub: 'user-7', email: 'ops@acme.io', 'custom:tenantId': TENANT_A };
      const res = await api.call('POST', `/approvals/${approval.approvalId}/approve`, {
        as: 'none',
        claims: user,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'approved', decidedBy: 'ops@acme.io' });
    },
  );

  it('GIVEN an approval whose run ended while it was pending WHEN read through the run THEN status expired is part of the contract', async () => {
    const { runId } = await startRun();
    await parkApproval(runId, 'gone');
    expect(await approvals().expireForRun(TENANT_A, runId)).toBe(1);
    const res = await api.call('GET', `/runs/${runId}`);
    expect(res.status).toBe(200);
    expect(res.body.approvals).toEqual([expect.objectContaining({ stepId: 'gone', status: 'expired' })]);
    const spec = (await api.call('GET', '/openapi.json')).body;
    expect(spec.components.schemas.Approval.properties.status.enum).toEqual([
      'pending',
      'approved',
      'rejected',
      'expired',
    ]);
  });

  it('GIVEN an approval recorded while the engine failed to resume the run WHEN the same person approves again THEN the resume is re-sent with the recorded decision and answered 200; other decisions stay 409', async () => {
    const { runId } = await startRun();
    await runs().transition(TENANT_A, runId, 'waiting_approval');
    const approval = await parkApproval(runId, '_run');
    const engine = api.platform.engine;
    const original = engine.sendTaskSuccess;
    let failing = true;
    engine.sendTaskSuccess = async (token, output) => {
      if (failing) throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      return original(token, output);
    };
    const ops = { sub: 'user-7', email: 'ops@acme.io', 'custom:tenantId': TENANT_A };
    const approve = (claims: Record<string, string>, comment?: string) =>
      api.call('POST', `/approvals/${approval.approvalId}/approve`, {
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
      const opposite = await api.call('POST', `/approvals/${approval.approvalId}/reject`, {
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
    const engine = api.platform.engine;
    const original = engine.sendTaskFailure;
    let failing = true;
    engine.sendTaskFailure = async (token, error, cause) => {
      if (failing) throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      return original(token, error, cause);
    };
    try {
      const reject = (body?: Record<string, string>) =>
        api.call('POST', `/approvals/${approval.approvalId}/reject`, body ? { body } : {});
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

  it('GIVEN an unknown approval WHEN approved or rejected THEN 404; a bad comment is 400', async () => {
    expect((await api.call('POST', '/approvals/apr-nope/approve')).status).toBe(404);
    expect((await api.call('POST', '/approvals/apr-nope/reject')).status).toBe(404);
    const bad = await api.call('POST', '/approvals/apr-nope/approve', { body: { comment: 5, extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.comment',
      'body.extra',
    ]);
  });
});
