import { describe, expect, it } from 'vitest';
import type { NewRun } from '../../../functions/data/runs';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../functions/shared/errors';
import { approvals, clock, logs, runs, usePlatformRepositories } from '../../support/platform-repositories';

usePlatformRepositories();

const newRun = (runId: string, workflowId = 'wf-1', startedAt?: string): NewRun => ({
  runId,
  workflowId,
  workflowName: 'Welcome',
  version: 1,
  executionId: `arn:aws:states:::execution:x:${runId}`,
  triggerType: 'event',
  dryRun: false,
  autoMode: true,
  startedAt: startedAt ?? clock.now().toISOString(),
});

describe('runs and logs', () => {
  it('GIVEN a retried start WHEN the run is created twice THEN one record exists and the retry sees it', async () => {
    const repo = runs();
    expect((await repo.create('t-run', newRun('r-1'))).created).toBe(true);
    const again = await repo.create('t-run', newRun('r-1'));
    expect(again.created).toBe(false);
    expect(again.run.status).toBe('running');
  });

  it('GIVEN a finished run WHEN a late fail arrives THEN the first ending stands', async () => {
    const repo = runs();
    await repo.create('t-run', newRun('r-2'));
    const done = await repo.transition('t-run', 'r-2', 'succeeded', {
      steps: { a: { ok: true } },
      endedAt: clock.now().toISOString(),
    });
    expect(done.changed).toBe(true);
    expect(done.run.steps).toEqual({ a: { ok: true } });
    const late = await repo.transition('t-run', 'r-2', 'failed', {
      error: { error: 'X', cause: null, stepId: null },
    });
    expect(late.changed).toBe(false);
    expect(late.run.status).toBe('succeeded');
    await expect(repo.transition('t-run', 'missing', 'failed')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('GIVEN failed and cancelled runs WHEN reopened for a redrive THEN they run again once; running, succeeded and unknown runs are not reopened', async () => {
    const repo = runs();
    for (const id of ['re-failed', 're-cancelled', 're-succeeded', 're-running'])
      await repo.create('t-reopen', newRun(id));
    const endedAt = clock.now().toISOString();
    await repo.transition('t-reopen', 're-failed', 'failed', {
      endedAt,
      error: { error: 'RetriableError', cause: 'SES throttled', stepId: 'welcome' },
    });
    await repo.transition('t-reopen', 're-cancelled', 'cancelled', { endedAt });
    await repo.transition('t-reopen', 're-succeeded', 'succeeded', { endedAt });
    for (const id of ['re-failed', 're-cancelled']) {
      const reopened = await repo.reopen('t-reopen', id);
      expect(reopened.changed, id).toBe(true);
      expect(reopened.run).toMatchObject({ runId: id, status: 'running', endedAt: null });
      expect((await repo.reopen('t-reopen', id)).changed, `${id} twice`).toBe(false);
    }
    // Reopened, the run ends again through the usual transition.
    expect((await repo.transition('t-reopen', 're-failed', 'succeeded', { endedAt })).changed).toBe(true);
    for (const id of ['re-succeeded', 're-running']) {
      const refused = await repo.reopen('t-reopen', id);
      expect(refused.changed, id).toBe(false);
      expect(refused.run.status).toBe(id === 're-running' ? 'running' : 'succeeded');
    }
    await expect(repo.reopen('t-reopen', 'missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('GIVEN runs of two workflows WHEN listed per workflow and per tenant THEN newest first, paginated, and never another tenant', async () => {
    const repo = runs();
    for (let n = 0; n < 5; n++) await repo.create('t-list', newRun(`a-${n}`, 'wf-a'));
    await repo.create('t-list', newRun('b-0', 'wf-b'));
    await repo.create('t-list-other', newRun('x-0', 'wf-a'));
    const first = await repo.listByWorkflow('t-list', 'wf-a', { limit: 3 });
    expect(first.items.map((r) => r.runId)).toEqual(['a-4', 'a-3', 'a-2']);
    const second = await repo.listByWorkflow('t-list', 'wf-a', {
      limit: 3,
      cursor: first.cursor as string,
    });
    expect(second.items.map((r) => r.runId)).toEqual(['a-1', 'a-0']);
    expect(second.cursor).toBeUndefined();
    expect((await repo.listByTenant('t-list')).items.map((r) => r.runId)).toEqual([
      'b-0',
      'a-4',
      'a-3',
      'a-2',
      'a-1',
      'a-0',
    ]);
    expect(await repo.get('t-list-other', 'a-1')).toBeUndefined();
    await repo.transition('t-list', 'a-0', 'failed');
    expect((await repo.listByTenant('t-list', { status: 'failed' })).items.map((r) => r.runId)).toEqual([
      'a-0',
    ]);
  });

  it('GIVEN log entries of two runs WHEN listed per run and per tenant THEN newest first and tenant-scoped', async () => {
    const repo = logs();
    await repo.append('t-log', {
      runId: 'r1',
      workflowId: 'w',
      stepId: '_start',
      level: 'info',
      message: 'Started',
    });
    await repo.append('t-log', {
      runId: 'r2',
      workflowId: 'w',
      stepId: '_start',
      level: 'info',
      message: 'Other run',
    });
    await repo.append('t-log', {
      runId: 'r1',
      workflowId: 'w',
      stepId: '_finish',
      level: 'info',
      message: 'Finished',
    });
    await repo.append('t-log-b', {
      runId: 'r1',
      workflowId: 'w',
      stepId: '_start',
      level: 'info',
      message: 'B',
    });
    expect((await repo.listByRun('t-log', 'r1')).items.map((e) => e.message)).toEqual([
      'Finished',
      'Started',
    ]);
    expect((await repo.listByTenant('t-log')).items.map((e) => e.message)).toEqual([
      'Finished',
      'Other run',
      'Started',
    ]);
    expect((await repo.listByRun('t-log-b', 'r2')).items).toEqual([]);
  });
});

describe('approvals', () => {
  const input = (runId: string, token = `token-${runId}`) => ({
    runId,
    workflowId: 'wf-1',
    workflowName: 'Welcome',
    stepId: '_run',
    message: 'Approve run',
    willDo: ['Send email "Welcome" to a@b.co'],
    taskToken: token,
  });

  it('GIVEN a retried approval request WHEN stored twice THEN one pending approval exists', async () => {
    const repo = approvals();
    const a = await repo.create('t-ap', input('r-1'));
    const b = await repo.create('t-ap', input('r-1'));
    expect(b).toMatchObject({ created: false, approval: { approvalId: a.approval.approvalId } });
    expect((await repo.listPending('t-ap')).items.map((x) => x.approvalId)).toEqual([a.approval.approvalId]);
  });

  it('GIVEN ten concurrent decisions WHEN they race THEN exactly one is recorded and the others conflict', async () => {
    const repo = approvals();
    const { approval } = await repo.create('t-ap2', input('r-race'));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, n) =>
        repo.decide('t-ap2', approval.approvalId, {
          approved: n % 2 === 0,
          by: `user-${n}`,
          comment: `c${n}`,
        }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(
      results
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .every((r) => r.reason instanceof ConflictError),
    ).toBe(true);
    const winner = (
      won[0] as PromiseFulfilledResult<Awaited<ReturnType<ReturnType<typeof approvals>['decide']>>>
    ).value;
    expect(winner.taskToken).toBe('token-r-race');
    const stored = await repo.get('t-ap2', approval.approvalId);
    expect(stored).toMatchObject({ status: winner.approval.status, decidedBy: winner.approval.decidedBy });
    expect(stored.comment).toBe(winner.approval.comment);
    expect((await repo.listPending('t-ap2')).items).toEqual([]);
    expect((await repo.listByRun('t-ap2', 'r-race')).items).toHaveLength(1);
  });

  it('GIVEN an approval with approvers WHEN someone else decides THEN it is forbidden and stays pending; an approver (by alias) may decide', async () => {
    const repo = approvals();
    const { approval } = await repo.create('t-ap-who', {
      ...input('r-who'),
      approvers: ['Ann@Acme.example'],
    });
    await expect(
      repo.decide('t-ap-who', approval.approvalId, { approved: true, by: 'bob@acme.example' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await repo.get('t-ap-who', approval.approvalId)).status).toBe('pending');
    const ok = await repo.decide('t-ap-who', approval.approvalId, {
      approved: true,
      by: 'user-123',
      aliases: ['ann@acme.example'],
    });
    expect(ok.approval).toMatchObject({ status: 'approved', decidedBy: 'user-123' });
  });

  it('GIVEN a run with a pending approval WHEN its approvals are expired THEN it leaves the pending list and cannot be decided', async () => {
    const repo = approvals();
    const { approval } = await repo.create('t-ap-exp', input('r-exp'));
    expect(await repo.expireForRun('t-ap-exp', 'r-exp')).toBe(1);
    expect(await repo.expireForRun('t-ap-exp', 'r-exp')).toBe(0);
    expect((await repo.get('t-ap-exp', approval.approvalId)).status).toBe('expired');
    expect((await repo.listPending('t-ap-exp')).items).toEqual([]);
    await expect(repo.decide('t-ap-exp', approval.approvalId, { approved: true, by: 'ann' })).rejects.toThrow(
      /already expired/,
    );
  });

  it("GIVEN tenant A's pending approval WHEN tenant B lists or decides it THEN B sees nothing and cannot decide", async () => {
    const repo = approvals();
    const { approval } = await repo.create('t-ap-a', input('r-a'));
    expect((await repo.listPending('t-ap-b')).items).toEqual([]);
    await expect(
      repo.decide('t-ap-b', approval.approvalId, { approved: true, by: 'mallory' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await repo.get('t-ap-a', approval.approvalId)).status).toBe('pending');
  });
});
