import type { SupervisorKit } from './kit';

/**
 * Closes Express runs whose execution ended without closing them: Step Functions sends no status-change event for
 * Express executions and cannot describe them, so a run still open a minute past its execution's 5-minute limit
 * ran out of time or failed where nothing could record it. Scheduled every 5 minutes (the stack's rule; the local
 * runtime on its clock).
 */
export const createExpressRunSweeper = (kit: SupervisorKit) => {
  const { clock, runs, approvals, deadlines, publish, log } = kit;
  return {
    async sweepExpressRuns(): Promise<{ closed: string[] }> {
      const closed: string[] = [];
      for (const due of await deadlines.due(clock.now())) {
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
