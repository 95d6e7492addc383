import type * as z from 'zod';
import type { SupervisorFinish } from '../../statemachines/contracts';
import { countRunEnded } from '../shared/run-metrics';
import type { SupervisorKit } from './kit';
import { createStartApprovals } from './start-approval';

/**
 * Closes Express runs whose execution ended without closing them: Step Functions sends no status-change event for
 * Express executions and cannot describe them, so a run still open a minute past its execution's 5-minute limit
 * ran out of time or failed where nothing could record it. Scheduled every 5 minutes (the stack's rule; the local
 * runtime on its clock). A run waiting for an approval asked before its execution started has a deadline too: nobody
 * decided in time, so it ends as rejected, as a Standard run whose gate timed out.
 */
export const createExpressRunSweeper = (
  kit: SupervisorKit,
  finish: (p: z.infer<typeof SupervisorFinish>) => Promise<unknown>,
) => {
  const { clock, runs, approvals, deadlines, publish, log } = kit;
  const startApprovals = createStartApprovals(kit);
  /** Ends a run nobody approved in time; false when it was decided meanwhile (the decision's execution closes it). */
  const expireApproval = async (tenantId: string, runId: string): Promise<boolean> => {
    const context = await startApprovals.pendingContext(tenantId, runId);
    if (!context || (await approvals.expireForRun(tenantId, runId)) === 0) return false;
    await finish({ op: 'finish', outcome: 'rejected', context, steps: {} });
    return true;
  };
  return {
    async sweepExpressRuns(): Promise<{ closed: string[] }> {
      const closed: string[] = [];
      for (const due of await deadlines.due(clock.now())) {
        if ((await runs.get(due.tenantId, due.runId))?.status === 'waiting_approval') {
          if (await expireApproval(due.tenantId, due.runId)) closed.push(`${due.tenantId}/${due.runId}`);
          await deadlines.close(due.tenantId, due.runId);
          continue;
        }
        const cause =
          'The Express execution ended without closing its run: it ran past its 5 minutes, or failed where ' +
          'nothing could record it (Express executions send no status-change event)';
        const { run, changed } = await runs.transition(due.tenantId, due.runId, 'failed', {
          endedAt: clock.now().toISOString(),
          error: { error: 'States.Timeout', cause, stepId: null },
        });
        await approvals.expireForRun(due.tenantId, due.runId);
        if (changed) {
          const ids = { tenantId: due.tenantId, runId: due.runId, workflowId: run.workflowId };
          countRunEnded(kit.deps.metrics, 'failed', ids);
          await log(ids, '_fail', 'error', `Run timed out: ${cause}.`, undefined, run.endedAt ?? undefined);
          await publish('workflow.failed', `${due.tenantId}:${due.runId}:workflow.failed`, {
            tenantId: due.tenantId,
            workflowId: run.workflowId,
            runId: due.runId,
            workflowName: run.workflowName,
            error: { error: 'States.Timeout', cause },
          });
          closed.push(`${due.tenantId}/${due.runId}`);
        }
        await deadlines.close(due.tenantId, due.runId);
      }
      return { closed };
    },
  };
};
