import type * as z from 'zod';
import { ERRORS, type SupervisorRequestApproval } from '../../statemachines/contracts';
import type { ApprovalRecord } from '../data/approvals';
import { ConflictError } from '../shared/errors';
import { describeSteps, stepsAfter } from './describe';
import type { SupervisorKit } from './kit';
import { truncate } from './text';

/** Approvals: parking a run or a step on a person's decision, and resuming it with that decision. */

export interface ApprovalDecision {
  readonly approved: boolean;
  readonly by: string;
  readonly comment?: string | null;
}

/**
 * Approvers as written in the workflow (names or emails) plus the email and name of each matching team member, so
 * a person signed in with their email may decide an approval that names them.
 */
export const expandApprovers = (
  approvers: readonly string[],
  team: readonly { name: string; email?: string | undefined }[],
): string[] => {
  const out = new Set(approvers);
  for (const a of approvers) {
    const wanted = a.trim().toLowerCase();
    for (const m of team) {
      if (m.name.toLowerCase() === wanted || m.email?.toLowerCase() === wanted) {
        out.add(m.name);
        if (m.email) out.add(m.email);
      }
    }
  }
  return [...out];
};

export const createApprovalOps = (kit: SupervisorKit) => {
  const { deps, tenants, runs, approvals, publish, log, definitionOf, loadWorkflow } = kit;
  return {
    async requestApproval(p: z.infer<typeof SupervisorRequestApproval>): Promise<{ approvalId: string }> {
      const ctx = p.context;
      const wf = await loadWorkflow(ctx.tenantId, ctx.workflowId);
      const definition = wf ? await definitionOf(wf, ctx.workflowVersion) : undefined;
      const next = definition
        ? p.stepId === '_run'
          ? definition.steps
          : (stepsAfter(definition.steps, p.stepId) ?? [])
        : [];
      const willDo = describeSteps(next, p.trigger);
      const { approval } = await approvals.create(ctx.tenantId, {
        runId: ctx.runId,
        workflowId: ctx.workflowId,
        workflowName: ctx.workflowName,
        stepId: p.stepId,
        message: p.message,
        willDo,
        ...(p.approvers?.length
          ? { approvers: expandApprovers(p.approvers, (await tenants.getTenantSettings(ctx.tenantId)).team) }
          : {}),
        taskToken: p.taskToken,
        ...(p.trigger ? { trigger: p.trigger } : {}),
      });
      await runs.transition(ctx.tenantId, ctx.runId, 'waiting_approval');
      await log(
        ctx,
        p.stepId,
        'info',
        `Waiting for approval: ${p.message}${p.approvers?.length ? ` (approvers: ${p.approvers.join(', ')})` : ''}`,
        { approvalId: approval.approvalId },
        approval.createdAt,
      );
      const summary =
        willDo.length > 0
          ? `${p.message}. If approved: ${willDo.map((l) => l.trim()).join('; ')}`
          : p.message;
      await publish('approval.requested', `${ctx.tenantId}:${approval.approvalId}:approval.requested`, {
        tenantId: ctx.tenantId,
        workflowId: ctx.workflowId,
        runId: ctx.runId,
        workflowName: ctx.workflowName,
        approvalId: approval.approvalId,
        stepId: p.stepId,
        message: p.message,
        summary: truncate(summary, 2000),
        willDo,
        approvers: p.approvers ?? [],
      });
      return { approvalId: approval.approvalId };
    },

    /**
     * Records a person's decision (exactly once) and resumes the parked execution: SendTaskSuccess
     * { approved, by, at, comment } or SendTaskFailure ApprovalRejected with the same fields as JSON cause.
     */
    async decideApproval(
      tenantId: string,
      approvalId: string,
      decision: ApprovalDecision,
    ): Promise<ApprovalRecord> {
      if (!deps.engine) throw new Error('decideApproval needs the workflow engine');
      // The same decision by the same person again re-sends a resume that failed; once resumed, it is a no-op.
      const { approval, taskToken, repeated, resumed } = await approvals.decide(
        tenantId,
        approvalId,
        decision,
      );
      if (repeated && resumed) return approval;
      const result = {
        by: approval.decidedBy ?? decision.by,
        at: approval.decidedAt,
        comment: approval.comment,
      };
      try {
        if (decision.approved) await deps.engine.sendTaskSuccess(taskToken, { approved: true, ...result });
        else await deps.engine.sendTaskFailure(taskToken, ERRORS.rejected, JSON.stringify(result));
      } catch (error) {
        const name = (error as { name?: string }).name ?? '';
        if (/TaskTimedOut|TaskDoesNotExist|InvalidToken/.test(name)) {
          throw new ConflictError('The run no longer waits for this approval (it timed out or was stopped)');
        }
        throw error;
      }
      await approvals.markResumed(tenantId, approvalId);
      const ctx = { tenantId, runId: approval.runId, workflowId: approval.workflowId };
      if (decision.approved) await runs.transition(tenantId, approval.runId, 'running');
      await log(
        ctx,
        approval.stepId,
        decision.approved ? 'info' : 'warn',
        `${decision.approved ? 'Approved' : 'Rejected'} by ${decision.by}${decision.comment ? `: "${decision.comment}"` : ''}.`,
      );
      return approval;
    },
  };
};
