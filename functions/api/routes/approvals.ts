import { createStartGuard } from '../../dispatcher/start-guard';
import { ConflictError } from '../../shared/errors';
import { type AnyRoute, defineRoute, ok, ServiceUnavailableError } from '../../shared/http';
import { POLICIES, retry } from '../../shared/retry';
import { isGoneRun, resumeDecided } from '../../supervisor/resume-approval';
import { type ApiContext, actorOf, principalOf, tenantOf } from '../context';
import { Approval, ApprovalPage, DecisionBody, IdParams, PageQuery, pageView } from '../schemas';

const route = defineRoute<ApiContext>();
const tags = ['Approvals'];

const decide =
  (approved: boolean) =>
  async (
    req: { params: { id: string }; body: { comment?: string | undefined } | undefined },
    ctx: ApiContext,
  ) => {
    const tenantId = tenantOf(ctx);
    const by = actorOf(ctx);
    const comment = req.body?.comment ?? null;
    // Listed approvers may be named by email or user id: the caller is matched on both.
    const { email, userId } = principalOf(ctx);
    const aliases = [...new Set([email, userId].filter((id): id is string => id !== undefined))];
    // Exactly once: a conditional update on status = pending; another decision is 409 (404 for other tenants).
    // The same decision by the same person again is a repeat: it re-sends a resume that failed the first time.
    const decidedApproval = await ctx.deps.approvals.decide(tenantId, req.params.id, {
      approved,
      by,
      comment,
      aliases,
    });
    const { approval, repeated, resumed } = decidedApproval;
    if (repeated && resumed) return ok(approval);
    // The run resumes with the decision as recorded (a repeat carries the first request's comment and time).
    const decided = {
      by: approval.decidedBy ?? by,
      at: approval.decidedAt ?? ctx.deps.platform.clock.now().toISOString(),
      comment: approval.comment,
    };
    const { db, clock, engine } = ctx.deps.platform;
    // A parked execution gets the decision; a run approved before its execution starts is started with it.
    const resume = () =>
      resumeDecided({ engine, startGuard: createStartGuard({ db, clock }) }, tenantId, decidedApproval, {
        approved,
        ...decided,
      });
    try {
      // The decision is already recorded (exactly once), so a throttled or failed resume is retried here.
      await retry(resume, POLICIES.taskResume, { retryOn: (err) => !isGoneRun(err) });
    } catch (err) {
      if (isGoneRun(err)) {
        throw new ConflictError(
          `Approval ${approval.approvalId} was recorded but its run no longer waits (timed out or stopped)`,
        );
      }
      ctx.deps.log('Resuming an approved/rejected run failed', {
        tenantId,
        approvalId: approval.approvalId,
        error: String(err),
      });
      throw new ServiceUnavailableError(
        `The decision on approval ${approval.approvalId} was recorded but the run could not be resumed yet; send the same decision again to retry`,
      );
    }
    // The run has resumed: a failure in the bookkeeping below is logged, not answered as an error (the caller's
    // retry would find the task gone and get a 409 for a decision that took effect).
    try {
      await ctx.deps.approvals.markResumed(tenantId, approval.approvalId);
      if (approved && approval.stepId === '_run') {
        const run = await ctx.deps.runs.get(tenantId, approval.runId);
        if (run?.status === 'waiting_approval')
          await ctx.deps.runs.transition(tenantId, run.runId, 'running');
      }
    } catch (err) {
      ctx.deps.log('Recording the resume of a decided approval failed', {
        tenantId,
        approvalId: approval.approvalId,
        error: String(err),
      });
    }
    return ok(approval);
  };

export const approvalRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'listApprovals',
    method: 'GET',
    path: '/approvals',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'List pending approvals, newest first',
      tags,
      responses: { 200: { description: 'A page of pending approvals', schema: ApprovalPage } },
    },
    auth: 'tenant',
    query: PageQuery,
    async handler(req, ctx) {
      const { limit, cursor } = req.query;
      return ok(
        pageView(
          await ctx.deps.approvals.listPending(tenantOf(ctx), {
            ...(limit !== undefined ? { limit } : {}),
            ...(cursor !== undefined ? { cursor } : {}),
          }),
        ),
      );
    },
  }),
  route({
    operationId: 'approve',
    method: 'POST',
    path: '/approvals/{id}/approve',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Approve: the parked run continues (who and when are recorded)',
      tags,
      responses: { 200: { description: 'Approved', schema: Approval } },
    },
    auth: 'tenant',
    params: IdParams,
    body: DecisionBody,
    errors: [403, 409, 503],
    handler: decide(true),
  }),
  route({
    operationId: 'reject',
    method: 'POST',
    path: '/approvals/{id}/reject',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Reject: the run takes its onReject steps or ends as rejected',
      tags,
      responses: { 200: { description: 'Rejected', schema: Approval } },
    },
    auth: 'tenant',
    params: IdParams,
    body: DecisionBody,
    errors: [403, 409, 503],
    handler: decide(false),
  }),
];
