import { describe, expect, it } from 'vitest';
import { createApprovalRepository } from '../../../functions/data/approvals';
import { NonRetriableError } from '../../../functions/shared/errors';
import { startApprovalId } from '../../../functions/supervisor/start-approval';
import type { ExecutionInput } from '../../../statemachines/contracts';
import type { WorkflowDefinition } from '../../../statemachines/schema';
import { fakeEngine } from '../../support/api-platform';
import { definition } from './fixtures';
import {
  bus,
  clock,
  db,
  logs,
  runs,
  setup,
  startPayload,
  supervisorWith,
  useSupervisorDatabase,
} from './supervisor-fixture';

useSupervisorDatabase();

const MACHINE = 'arn:aws:states:eu-west-1:1:stateMachine:dynaris_t-wf';

/** "Start run" of an Express workflow whose runs may need approval (the compiler sets approveBeforeStart). */
const expressStart = (
  tenantId: string,
  workflowId: string,
  runId: string,
  opts: { input?: ExecutionInput; startedAt?: string; execution?: string } = {},
) => {
  const p = startPayload(tenantId, workflowId, 'event', runId);
  return {
    ...p,
    executionId: `${MACHINE.replace(':stateMachine:', ':express:')}:${runId}:${opts.execution ?? '0000'}`,
    ...(opts.startedAt ? { startedAt: opts.startedAt } : {}),
    ...(opts.input ? { input: opts.input } : {}),
    approveBeforeStart: true as const,
  };
};

const onboarding = definition('Onboarding', {
  steps: [
    {
      id: 'welcome',
      action: 'email.send',
      input: { to: '{{trigger.lead.email}}', subject: 'Welcome {{trigger.lead.name}}', body: 'Hello' },
    },
  ],
} as unknown as Partial<WorkflowDefinition>);

/** A tenant with Auto Mode off, its workflow, the first execution's context, and the engine the decision uses. */
const parked = async (tenantId: string) => {
  const wf = await setup(tenantId, { tenantAutoMode: false, def: onboarding });
  const engine = fakeEngine(clock);
  const sup = supervisorWith({ engine });
  const ctx = await sup.start(expressStart(tenantId, wf.workflowId, 'run-1'));
  return { wf, engine, sup, ctx, approvalId: startApprovalId('run-1') };
};

describe('an Express run approved before its execution starts', () => {
  it('GIVEN Auto Mode off WHEN the first execution starts THEN no step may run, the run waits on a pending approval that spells out the plan with the trigger values, and approval.requested is put on the bus', async () => {
    const { ctx, approvalId } = await parked('sv-bs');
    expect(ctx.needsApproval).toBe(true);
    expect(ctx.approval).toBeUndefined();
    const approval = await createApprovalRepository({ db, clock }).get('sv-bs', approvalId);
    expect(approval).toMatchObject({
      runId: 'run-1',
      stepId: '_run',
      status: 'pending',
      message: 'Run "Onboarding"',
      willDo: ['Send email (to: ada@example.com, subject: Welcome Ada)'],
      expiresAt: '2026-12-02T10:00:00.000Z',
    });
    expect((await runs().mustGet('sv-bs', 'run-1')).status).toBe('waiting_approval');
    expect(bus.ofType('approval.requested')[0]?.detail).toMatchObject({ approvalId, runId: 'run-1' });
    const messages = (await logs().listByRun('sv-bs', 'run-1')).items.map((l) => l.message);
    expect(messages.join('\n')).toContain('the run starts when approved');
  });

  it('GIVEN the pending approval WHEN approved twice by the same person THEN one new execution of the same state machine starts, named after the approval, its input naming it', async () => {
    const { engine, sup, approvalId, wf } = await parked('sv-bs2');
    await sup.decideApproval('sv-bs2', approvalId, { approved: true, by: 'ann@example.com' });
    await sup.decideApproval('sv-bs2', approvalId, { approved: true, by: 'ann@example.com' });
    expect(engine.started).toStrictEqual([
      {
        stateMachineArn: MACHINE,
        name: approvalId,
        input: {
          trigger: { lead: { email: 'ada@example.com', name: 'Ada' } },
          context: {
            tenantId: 'sv-bs2',
            workflowId: wf.workflowId,
            triggerType: 'event',
            eventId: 'ev-run-1',
            approvalId,
          },
        },
      },
    ]);
    expect(engine.taskSuccesses).toStrictEqual([]);
  });

  it('GIVEN an approved run WHEN the execution the decision started begins THEN the steps may run, the run is running under the new execution and the decision is in its context', async () => {
    const { engine, sup, approvalId, wf } = await parked('sv-bs3');
    await sup.decideApproval('sv-bs3', approvalId, { approved: true, by: 'ann@example.com', comment: 'ok' });
    const input = engine.started[0]?.input as ExecutionInput;
    const ctx = await sup.start(
      expressStart('sv-bs3', wf.workflowId, 'run-1', {
        input,
        startedAt: '2026-11-25T11:00:00.000Z',
        execution: '1111',
      }),
    );
    expect(ctx).toMatchObject({
      needsApproval: false,
      approval: { approvalId, approved: true, by: 'ann@example.com', comment: 'ok' },
    });
    expect(await runs().mustGet('sv-bs3', 'run-1')).toMatchObject({
      status: 'running',
      executionId: expect.stringMatching(/:1111$/),
    });
    expect(bus.ofType('workflow.started')).toHaveLength(1);
    await sup.finish({ op: 'finish', context: ctx, steps: { welcome: { sent: true } } });
    expect((await runs().mustGet('sv-bs3', 'run-1')).status).toBe('succeeded');
  });

  it('GIVEN a rejected run WHEN the execution the decision started begins THEN its context carries the rejection and "Finish rejected run" closes it as rejected by that person', async () => {
    const { engine, sup, approvalId, wf } = await parked('sv-bs4');
    await sup.decideApproval('sv-bs4', approvalId, { approved: false, by: 'bob@example.com', comment: 'no' });
    const input = engine.started[0]?.input as ExecutionInput;
    const ctx = await sup.start(expressStart('sv-bs4', wf.workflowId, 'run-1', { input, execution: '2222' }));
    expect(ctx).toMatchObject({ needsApproval: true, approval: { approved: false, by: 'bob@example.com' } });
    await sup.finish({ op: 'finish', outcome: 'rejected', context: ctx, steps: {} });
    expect((await runs().mustGet('sv-bs4', 'run-1')).status).toBe('rejected');
    const messages = (await logs().listByRun('sv-bs4', 'run-1')).items.map((l) => l.message);
    expect(messages).toContain('Run rejected by bob@example.com: "no"; nothing further was done.');
    expect(bus.ofType('workflow.completed')[0]?.detail).toMatchObject({ result: { status: 'rejected' } });
  });

  it('GIVEN nobody decides WHEN the sweeper runs past the approval timeout THEN the run ends as rejected without a decision and the approval expires; before that it is left waiting', async () => {
    const { sup, approvalId } = await parked('sv-bs5');
    // Other tests' runs share the table: only this tenant's are looked at.
    const sweep = async () => (await sup.sweepExpressRuns()).closed.filter((r) => r.startsWith('sv-bs5/'));
    clock.advance(60 * 60_000);
    expect(await sweep()).toEqual([]);
    clock.set('2026-12-02T10:00:01.000Z');
    expect(await sweep()).toEqual(['sv-bs5/run-1']);
    expect(await sweep()).toEqual([]);
    expect((await runs().mustGet('sv-bs5', 'run-1')).status).toBe('rejected');
    expect((await createApprovalRepository({ db, clock }).get('sv-bs5', approvalId)).status).toBe('expired');
    const messages = (await logs().listByRun('sv-bs5', 'run-1')).items.map((l) => l.message);
    expect(messages).toContain(
      'Run ended without approval (rejected or no decision in time); nothing further was done.',
    );
  });

  it('GIVEN an execution naming an approval that is pending, of another workflow, or unknown WHEN it starts THEN it is refused and no step may run', async () => {
    const { sup, approvalId, wf } = await parked('sv-bs6');
    const named = (id: string, workflowId = wf.workflowId) =>
      sup.start(
        expressStart('sv-bs6', workflowId, id, {
          input: {
            trigger: {},
            context: { tenantId: 'sv-bs6', workflowId, triggerType: 'event', approvalId: id },
          },
        }),
      );
    await expect(named(approvalId)).rejects.toThrow(NonRetriableError);
    await expect(named('apr-unknown')).rejects.toThrow(/not a decided approval/);
    await sup.decideApproval('sv-bs6', approvalId, { approved: true, by: 'ann@example.com' });
    const other = await setup('sv-bs6', { def: onboarding });
    await expect(named(approvalId, other.workflowId)).rejects.toThrow(
      `not a decided approval of a run of workflow ${other.workflowId}`,
    );
    expect((await named(approvalId)).runId).toBe('run-1');
  });

  it('GIVEN Auto Mode on WHEN an Express workflow that may ask starts THEN nothing is asked and no approval is recorded', async () => {
    const wf = await setup('sv-bs7', { tenantAutoMode: true, def: onboarding });
    const ctx = await supervisorWith().start(expressStart('sv-bs7', wf.workflowId, 'run-1'));
    expect(ctx.needsApproval).toBe(false);
    expect(bus.ofType('approval.requested')).toStrictEqual([]);
    expect((await runs().mustGet('sv-bs7', 'run-1')).status).toBe('running');
  });
});
