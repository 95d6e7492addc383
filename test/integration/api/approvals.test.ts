import { describe, expect, it } from 'vitest';
import { TENANT_A } from '../../support/api-harness';
import { useRunsApi } from '../../support/runs-api';

const { api, approvals, runs, startRun, parkApproval } = useRunsApi();

describe('approvals API: listing and deciding', () => {
  it('GIVEN pending approvals WHEN listed THEN they are answered newest first', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId);
    const res = await api().call('GET', '/approvals');
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { approvalId: string }) => a.approvalId)).toContain(approval.approvalId);
  });

  it('GIVEN a pending approval WHEN approved THEN SendTaskSuccess carries who and when, the record keeps them, and deciding twice is 409', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'confirm');
    const res = await api().call('POST', `/approvals/${approval.approvalId}/approve`, {
      body: { comment: 'go ahead' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'approved',
      decidedBy: expect.stringMatching(/^apikey:/),
      comment: 'go ahead',
    });
    expect(api().platform.engine.taskSuccesses.at(-1)).toEqual({
      taskToken: `token-${runId}-confirm`,
      output: { approved: true, by: res.body.decidedBy, at: res.body.decidedAt, comment: 'go ahead' },
    });
    const again = await api().call('POST', `/approvals/${approval.approvalId}/reject`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already approved/);
    const pending = await api().call('GET', '/approvals');
    expect(pending.body.items.map((a: { approvalId: string }) => a.approvalId)).not.toContain(
      approval.approvalId,
    );
  });

  it('GIVEN a pending approval WHEN rejected THEN SendTaskFailure ApprovalRejected with a JSON cause of who, when and why', async () => {
    const { runId } = await startRun();
    const approval = await parkApproval(runId, 'confirm');
    const res = await api().call('POST', `/approvals/${approval.approvalId}/reject`, {
      body: { comment: 'wrong lead' },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('rejected');
    const failure = api().platform.engine.taskFailures.at(-1);
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
    await api().call('POST', `/approvals/${approval.approvalId}/approve`);
    expect((await api().call('GET', `/runs/${runId}`)).body.run.status).toBe('running');
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
      const refused = await api().call('POST', `/approvals/${approval.approvalId}/approve`, {
        as: 'none',
        claims: stranger,
      });
      expect(refused.status).toBe(403);
      const user = { sub: 'user-7', email: 'ops@acme.io', 'custom:tenantId': TENANT_A };
      const res = await api().call('POST', `/approvals/${approval.approvalId}/approve`, {
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
    const res = await api().call('GET', `/runs/${runId}`);
    expect(res.status).toBe(200);
    expect(res.body.approvals).toEqual([expect.objectContaining({ stepId: 'gone', status: 'expired' })]);
    const spec = (await api().call('GET', '/openapi.json')).body;
    expect(spec.components.schemas.Approval.properties.status.enum).toEqual([
      'pending',
      'approved',
      'rejected',
      'expired',
    ]);
  });

  it('GIVEN an unknown approval WHEN approved or rejected THEN 404; a bad comment is 400', async () => {
    expect((await api().call('POST', '/approvals/apr-nope/approve')).status).toBe(404);
    expect((await api().call('POST', '/approvals/apr-nope/reject')).status).toBe(404);
    const bad = await api().call('POST', '/approvals/apr-nope/approve', { body: { comment: 5, extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.comment',
      'body.extra',
    ]);
  });
});
