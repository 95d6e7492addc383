import { describe, expect, it } from 'vitest';
import { createApprovalRepository } from '../../../functions/data/approvals';
import { EngineError } from '../../../functions/engine/engine-types';
import { ConflictError } from '../../../functions/shared/errors';
import { fakeEngine } from '../../support/api-platform';
import {
  bus,
  clock,
  contextOf,
  db,
  runs,
  setup,
  supervisorWith,
  useSupervisorDatabase,
} from './supervisor-fixture';

useSupervisorDatabase();

/**
 * An approval step asks again for an approval it asked before when its execution was started again after the local
 * runtime stopped (or its registration was retried with a new token): the approval is pointed at the new token, the
 * person is not asked twice.
 */
describe('an approval step asking again for the approval it asked before', () => {
  it('GIVEN an approval decided while no execution waited for it (the resume found no task) WHEN the step asks again with a new token THEN the decision resumes the new execution and nothing is asked again', async () => {
    const wf = await setup('sv-again');
    const ctx = await contextOf('sv-again', wf.workflowId, 'run-again');
    const engine = fakeEngine(clock);
    const sup = supervisorWith({
      engine: {
        ...engine,
        async sendTaskSuccess(token, output) {
          if (token === 'tok-gone') throw new EngineError('TaskDoesNotExist', 'Task token is unknown');
          return engine.sendTaskSuccess(token, output);
        },
      },
    });
    const ask = (taskToken: string) =>
      sup.requestApproval({
        op: 'requestApproval',
        taskToken,
        context: ctx,
        stepId: 'welcome',
        message: 'Go?',
      });
    const { approvalId } = await ask('tok-gone');
    await expect(
      sup.decideApproval('sv-again', approvalId, { approved: true, by: 'ann' }),
    ).rejects.toBeInstanceOf(ConflictError);

    expect(await ask('tok-new')).toEqual({ approvalId });
    expect(engine.taskSuccesses).toEqual([
      { taskToken: 'tok-new', output: expect.objectContaining({ approved: true, by: 'ann' }) },
    ]);
    expect((await runs().mustGet('sv-again', 'run-again')).status).toBe('running');
    expect(bus.ofType('approval.requested').filter((e) => e.detail.runId === 'run-again')).toHaveLength(1);
    // Resumed once: asking again now is a new approval.
    expect((await ask('tok-later')).approvalId).not.toBe(approvalId);
  });

  it("GIVEN pending approvals of one step for two forEach items WHEN the second item asks again THEN it takes over its own approval, not the first item's", async () => {
    const wf = await setup('sv-items');
    const ctx = await contextOf('sv-items', wf.workflowId, 'run-items');
    const sup = supervisorWith({ engine: fakeEngine(clock) });
    const ask = (taskToken: string, itemIndex: number) =>
      sup.requestApproval({
        op: 'requestApproval',
        taskToken,
        context: ctx,
        stepId: 'welcome',
        itemIndex,
        message: `Go ${itemIndex}?`,
      });
    const first = await ask('tok-0', 0);
    const second = await ask('tok-1', 1);
    expect(first.approvalId).not.toBe(second.approvalId);

    expect(await ask('tok-1-again', 1)).toEqual(second);
    const approvals = createApprovalRepository({ db, clock });
    const pending = await approvals.listByRun('sv-items', 'run-items');
    expect(pending.items.map((a) => a.status)).toEqual(['pending', 'pending']);
    expect(bus.ofType('approval.requested').filter((e) => e.detail.runId === 'run-items')).toHaveLength(2);
    const decided = await approvals.decide('sv-items', second.approvalId, { approved: true, by: 'ann' });
    expect(decided.taskToken).toBe('tok-1-again');
  });
});
