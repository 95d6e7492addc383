import type * as z from 'zod';
import type { ExecutionContext, SupervisorRequestApproval } from '../../statemachines/contracts';
import type { Step } from '../../statemachines/schema';
import type { ApprovalRecord, ApprovalStart, DecidedApproval } from '../data/approvals';
import { ConflictError } from '../shared/errors';
import { describeSteps, stepsAfter } from './describe';
import type { SupervisorKit } from './kit';
import { isGoneRun, resumeDecided } from './resume-approval';
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

/** What an approval request records: the steps it approves and what resumes the run once decided. */
export interface ApprovalRequest {
  readonly stepId: string;
  readonly message: string;
  /** The steps that run if approved (described with the trigger's values filled in). */
  readonly next: readonly Step[];
  readonly approvers?: readonly string[] | undefined;
  readonly trigger?: Record<string, unknown> | undefined;
  /** The parked execution's task token; absent for a run approved before its execution starts. */
  readonly taskToken?: string;
  /** Position inside a forEach (see NewApproval.itemKey). */
  readonly itemKey?: string | undefined;
  readonly start?: ApprovalStart;
  readonly expiresAt?: string;
}

/**
 * Records a pending approval (a retried request finds the same one), marks the run waiting, writes the log entry and
 * puts approval.requested on the bus with what the run will do if approved.
 */
export const openApproval = async (
  kit: SupervisorKit,
  ctx: ExecutionContext,
  r: ApprovalRequest,
): Promise<ApprovalRecord> => {
  const { tenants, runs, approvals, publish, log } = kit;
  if (r.taskToken) {
    const asked = { runId: ctx.runId, stepId: r.stepId, itemKey: r.itemKey, taskToken: r.taskToken };
    const earlier = await approvals.takeOver(ctx.tenantId, asked);
    if (earlier) return resumeTakenOver(kit, ctx, earlier);
  }
  const willDo = describeSteps(r.next, r.trigger);
  const { approval } = await approvals.create(ctx.tenantId, {
    runId: ctx.runId,
    workflowId: ctx.workflowId,
    workflowName: ctx.workflowName,
    stepId: r.stepId,
    message: r.message,
    willDo,
    ...(r.approvers?.length
      ? { approvers: expandApprovers(r.approvers, (await tenants.getTenantSettings(ctx.tenantId)).team) }
      : {}),
    ...(r.taskToken ? { taskToken: r.taskToken } : {}),
    ...(r.itemKey !== undefined ? { itemKey: r.itemKey } : {}),
    ...(r.start ? { start: r.start } : {}),
    ...(r.expiresAt ? { expiresAt: r.expiresAt } : {}),
    ...(r.trigger ? { trigger: r.trigger } : {}),
  });
  await runs.transition(ctx.tenantId, ctx.runId, 'waiting_approval');
  await log(
    ctx,
    r.stepId,
    'info',
    `Waiting for approval: ${r.message}${r.approvers?.length ? ` (approvers: ${r.approvers.join(', ')})` : ''}`,
    { approvalId: approval.approvalId },
    approval.createdAt,
  );
  const summary =
    willDo.length > 0 ? `${r.message}. If approved: ${willDo.map((l) => l.trim()).join('; ')}` : r.message;
  await publish('approval.requested', `${ctx.tenantId}:${approval.approvalId}:approval.requested`, {
    tenantId: ctx.tenantId,
    workflowId: ctx.workflowId,
    runId: ctx.runId,
    workflowName: ctx.workflowName,
    approvalId: approval.approvalId,
    stepId: r.stepId,
    message: r.message,
    summary: truncate(summary, 2000),
    willDo,
    approvers: r.approvers ?? [],
  });
  return approval;
};

/**
 * The step asked for this approval before (its execution was started again after the process stopped, or the
 * request was retried with a new token): the approval now points at this execution. Still pending, the run waits
 * on it without asking again; decided while nothing waited for it, the decision resumes this execution.
 */
const resumeTakenOver = async (
  kit: SupervisorKit,
  ctx: ExecutionContext,
  taken: DecidedApproval,
): Promise<ApprovalRecord> => {
  const { approval } = taken;
  if (approval.status === 'pending') {
    await kit.runs.transition(ctx.tenantId, ctx.runId, 'waiting_approval');
    await kit.log(
      ctx,
      approval.stepId,
      'info',
      'Still waiting for the approval asked before (not asked again)',
      {
        approvalId: approval.approvalId,
      },
    );
    return approval;
  }
  if (!kit.deps.engine) throw new Error('resuming an approval needs the workflow engine');
  const decision = {
    approved: approval.status === 'approved',
    by: approval.decidedBy ?? 'unknown',
    at: approval.decidedAt,
    comment: approval.comment,
  };
  await resumeDecided({ engine: kit.deps.engine, startGuard: kit.startGuard }, ctx.tenantId, taken, decision);
  await kit.approvals.markResumed(ctx.tenantId, approval.approvalId);
  if (decision.approved) await kit.runs.transition(ctx.tenantId, ctx.runId, 'running');
  const verdict = decision.approved ? 'Approved' : 'Rejected';
  await kit.log(ctx, approval.stepId, decision.approved ? 'info' : 'warn', `${verdict} by ${decision.by}.`);
  return approval;
};

export const createApprovalOps = (kit: SupervisorKit) => {
  const { deps, runs, approvals, log, definitionOf, loadWorkflow } = kit;
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
      const approval = await openApproval(kit, ctx, {
        stepId: p.stepId,
        message: p.message,
        next,
        approvers: p.approvers,
        trigger: p.trigger,
        taskToken: p.taskToken,
        itemKey: p.itemPath ?? (p.itemIndex === undefined ? undefined : String(p.itemIndex)),
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
      const decided = await approvals.decide(tenantId, approvalId, decision);
      const { approval, repeated, resumed } = decided;
      if (repeated && resumed) return approval;
      const result = {
        approved: decision.approved,
        by: approval.decidedBy ?? decision.by,
        at: approval.decidedAt,
        comment: approval.comment,
      };
      try {
        await resumeDecided({ engine: deps.engine, startGuard: kit.startGuard }, tenantId, decided, result);
      } catch (error) {
        if (isGoneRun(error)) {
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
