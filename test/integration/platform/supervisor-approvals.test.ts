import { describe, expect, it } from 'vitest';
import { createApprovalRepository } from '../../../functions/data/approvals';
import { ConflictError } from '../../../functions/shared/errors';
import type { WorkflowDefinition } from '../../../statemachines/schema';
import { fakeEngine } from '../../support/api-platform';
import { definition } from './fixtures';
import {
  bus,
  clock,
  contextOf,
  db,
  logs,
  runs,
  setup,
  supervisorWith,
  tenants,
  useSupervisorDatabase,
} from './supervisor-fixture';

useSupervisorDatabase();

describe('approvals through the supervisor', () => {
  it('GIVEN Auto Mode off WHEN the run gate asks for approval THEN the plan is spelled out with trigger values, the run waits and approval.requested is emitted', async () => {
    const wf = await setup('sv-ap', {
      tenantAutoMode: false,
      def: definition('Onboarding', {
        steps: [
          {
            id: 'welcome',
            action: 'email.send',
            input: { to: '{{trigger.lead.email}}', subject: 'Welcome {{trigger.lead.name}}', body: 'Hello' },
          },
          { id: 'ping', action: 'notify.slack', input: { text: 'New lead {{steps.welcome.to}}' } },
        ],
      } as unknown as Partial<WorkflowDefinition>),
    });
    const ctx = await contextOf('sv-ap', wf.workflowId, 'run-ap');
    expect(ctx.needsApproval).toBe(true);
    const { approvalId } = await supervisorWith().requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-1',
      context: ctx,
      stepId: '_run',
      message: 'Run "Onboarding"',
      trigger: { lead: { email: 'ada@example.com', name: 'Ada' } },
    });
    const approval = await createApprovalRepository({ db, clock }).get('sv-ap', approvalId);
    expect(approval.willDo).toEqual([
      'Send email (to: ada@example.com, subject: Welcome Ada)',
      'Post to Slack (text: New lead {{steps.welcome.to}})',
    ]);
    expect((await runs().mustGet('sv-ap', 'run-ap')).status).toBe('waiting_approval');
    const [event] = bus.ofType('approval.requested');
    expect(event?.detail).toMatchObject({
      tenantId: 'sv-ap',
      runId: 'run-ap',
      approvalId,
      summary:
        'Run "Onboarding". If approved: Send email (to: ada@example.com, subject: Welcome Ada); Post to Slack (text: New lead {{steps.welcome.to}})',
    });
  });

  it('GIVEN a pending approval WHEN decided THEN the approval is read once (the decision returns the run, step and workflow it belongs to)', async () => {
    const wf = await setup('sv-dec-io', { tenantAutoMode: false });
    const ctx = await contextOf('sv-dec-io', wf.workflowId, 'run-dec-io');
    const engine = fakeEngine(clock);
    const { approvalId } = await supervisorWith({ engine }).requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-dec-io',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    const sent: string[] = [];
    const counting = {
      ...db,
      doc: {
        send: (command: { constructor: { name: string } }) => {
          sent.push(command.constructor.name);
          return db.doc.send(command as never);
        },
      } as never,
    };
    await supervisorWith({ db: counting, engine }).decideApproval('sv-dec-io', approvalId, {
      approved: true,
      by: 'ada@example.com',
    });
    expect(sent.filter((name) => name === 'GetCommand')).toHaveLength(1);
    expect((await runs().mustGet('sv-dec-io', 'run-dec-io')).status).toBe('running');
    expect((await logs().listByRun('sv-dec-io', 'run-dec-io')).items[0]).toMatchObject({
      stepId: '_run',
      workflowId: wf.workflowId,
      message: 'Approved by ada@example.com.',
    });
  });

  it('GIVEN a pending approval WHEN approved THEN the execution resumes with by/at/comment, once; a second decision conflicts', async () => {
    const wf = await setup('sv-dec', { tenantAutoMode: false });
    const ctx = await contextOf('sv-dec', wf.workflowId, 'run-dec');
    const engine = fakeEngine(clock);
    const sup = supervisorWith({ engine });
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-dec',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    const decided = await sup.decideApproval('sv-dec', approvalId, {
      approved: true,
      by: 'ann@example.com',
      comment: 'ok',
    });
    expect(decided).toMatchObject({ status: 'approved', decidedBy: 'ann@example.com', comment: 'ok' });
    expect(engine.taskSuccesses).toEqual([
      {
        taskToken: 'tok-dec',
        output: { approved: true, by: 'ann@example.com', at: decided.decidedAt, comment: 'ok' },
      },
    ]);
    expect((await runs().mustGet('sv-dec', 'run-dec')).status).toBe('running');
    await expect(
      sup.decideApproval('sv-dec', approvalId, { approved: false, by: 'bob@example.com' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(engine.taskFailures).toEqual([]);
  });

  it('GIVEN an approval decided while the engine was down WHEN the same person decides the same again THEN the execution resumes once; an opposite decision conflicts', async () => {
    const wf = await setup('sv-rep', { tenantAutoMode: false });
    const ctx = await contextOf('sv-rep', wf.workflowId, 'run-rep');
    const engine = fakeEngine(clock);
    const sendTaskSuccess = engine.sendTaskSuccess.bind(engine);
    let down = true;
    engine.sendTaskSuccess = async (token, output) => {
      if (down) throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      return sendTaskSuccess(token, output);
    };
    const sup = supervisorWith({ engine });
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-rep',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    const decision = { approved: true, by: 'ann@example.com', comment: 'ok' };
    await expect(sup.decideApproval('sv-rep', approvalId, decision)).rejects.toThrow(/unavailable/);
    down = false;
    await expect(
      sup.decideApproval('sv-rep', approvalId, { approved: false, by: 'ann@example.com' }),
    ).rejects.toBeInstanceOf(ConflictError);
    const decided = await sup.decideApproval('sv-rep', approvalId, { approved: true, by: 'Ann@Example.com' });
    expect(engine.taskSuccesses).toEqual([
      {
        taskToken: 'tok-rep',
        output: { approved: true, by: 'ann@example.com', at: decided.decidedAt, comment: 'ok' },
      },
    ]);
    expect((await runs().mustGet('sv-rep', 'run-rep')).status).toBe('running');
    await sup.decideApproval('sv-rep', approvalId, decision);
    expect(engine.taskSuccesses).toHaveLength(1);
  });

  it('GIVEN an approval step naming a team member WHEN someone else decides THEN it is forbidden; the member signed in by email may decide', async () => {
    await tenants().updateSettings('sv-who', { team: [{ name: 'Ann Smith', email: 'ann@acme.example' }] });
    const wf = await setup('sv-who');
    const ctx = await contextOf('sv-who', wf.workflowId, 'run-who');
    const engine = fakeEngine(clock);
    const sup = supervisorWith({ engine });
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-who',
      context: ctx,
      stepId: 'welcome',
      message: 'Send it?',
      approvers: ['Ann Smith'],
    });
    await expect(
      sup.decideApproval('sv-who', approvalId, { approved: true, by: 'bob@acme.example' }),
    ).rejects.toThrow(/Only Ann Smith, ann@acme.example may decide/);
    await sup.decideApproval('sv-who', approvalId, { approved: true, by: 'ANN@acme.example' });
    expect(engine.taskSuccesses).toHaveLength(1);
  });

  it('GIVEN a pending approval WHEN rejected THEN the task fails with ApprovalRejected and the decision as JSON cause', async () => {
    const wf = await setup('sv-rej', { tenantAutoMode: false });
    const ctx = await contextOf('sv-rej', wf.workflowId, 'run-rej');
    const engine = fakeEngine(clock);
    const sup = supervisorWith({ engine });
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-rej',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    const decided = await sup.decideApproval('sv-rej', approvalId, {
      approved: false,
      by: 'bob',
      comment: 'not now',
    });
    expect(engine.taskFailures).toEqual([
      {
        taskToken: 'tok-rej',
        error: 'ApprovalRejected',
        cause: JSON.stringify({ by: 'bob', at: decided.decidedAt, comment: 'not now' }),
      },
    ]);
  });
});
