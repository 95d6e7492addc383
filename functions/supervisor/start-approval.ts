import { RUN_APPROVAL_TIMEOUT } from '../../statemachines/compile/policy';
import type { ExecutionContext, ExecutionInput } from '../../statemachines/contracts';
import { durationSeconds } from '../../statemachines/duration';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { approvalIdOf, BEFORE_START } from '../data/approvals';
import { NonRetriableError } from '../shared/errors';
import { openApproval } from './approvals';
import type { SupervisorKit } from './kit';
import { truncate } from './text';

/**
 * Runs approved before their execution starts. An Express execution cannot wait for a person, so when Auto Mode is
 * off the first execution's "Start run" records a pending approval holding what starts the run (its state machine,
 * input and context) and the execution ends at "Approval requested". The decision starts a new execution (named
 * after the approval) whose input names the approval; its "Start run" reads the run and the decision back from the
 * record. What is
 * approved is the same as at a Standard run's gate: the whole run, its steps described with the trigger's values.
 */

/** `_run`: the approval of the whole run, as at the Standard gate. */
const RUN_STEP = '_run';

/** The approval id of a run approved before its execution starts (one per run). */
export const startApprovalId = (runId: string): string => approvalIdOf(runId, RUN_STEP, BEFORE_START);

/** The state machine of an Express execution ARN (arn:…:states:<region>:<account>:express:<machine>:<name>:<id>). */
export const stateMachineOfExpress = (executionArn: string): string => {
  const parts = executionArn.split(':');
  return [...parts.slice(0, 5), 'stateMachine', parts[6] ?? ''].join(':');
};

export const createStartApprovals = (kit: SupervisorKit) => ({
  /** Records the pending approval of an Express run; the run waits (until the deadline) without an execution. */
  async request(
    ctx: ExecutionContext,
    input: ExecutionInput,
    executionId: string,
    definition: WorkflowDefinition,
  ): Promise<void> {
    const expiresAt = new Date(
      Date.parse(ctx.startedAt) + durationSeconds(RUN_APPROVAL_TIMEOUT) * 1000,
    ).toISOString();
    await openApproval(kit, ctx, {
      stepId: RUN_STEP,
      message: truncate(`Run "${definition.name}"`, 200),
      next: definition.steps,
      trigger: input.trigger,
      start: {
        stateMachineArn: stateMachineOfExpress(executionId),
        inputContext: input.context,
        runContext: ctx,
      },
      expiresAt,
    });
    // The sweeper ends the run as rejected when nobody decides in time.
    await kit.deadlines.open(ctx.tenantId, ctx.runId, expiresAt);
  },

  /**
   * The run and the recorded decision of an execution a decision started (its input names the approval); refused
   * unless it is a decided `_run` approval of this workflow.
   */
  async decision(
    tenantId: string,
    workflowId: string,
    approvalId: string,
  ): Promise<{ runId: string; approval: NonNullable<ExecutionContext['approval']> }> {
    const approval = await kit.approvals.get(tenantId, approvalId).catch(() => undefined);
    if (
      !approval ||
      approval.workflowId !== workflowId ||
      approval.stepId !== RUN_STEP ||
      (approval.status !== 'approved' && approval.status !== 'rejected')
    ) {
      throw new NonRetriableError(
        `Approval ${approvalId} is not a decided approval of a run of workflow ${workflowId}: the run does not start`,
      );
    }
    return {
      runId: approval.runId,
      approval: {
        approvalId,
        approved: approval.status === 'approved',
        by: approval.decidedBy,
        at: approval.decidedAt,
        comment: approval.comment,
      },
    };
  },

  /** The run context recorded with a run's pending approval (what closing it without an execution needs). */
  async pendingContext(tenantId: string, runId: string): Promise<ExecutionContext | undefined> {
    const start = await kit.approvals.startOf(tenantId, startApprovalId(runId));
    return start?.runContext as ExecutionContext | undefined;
  },
});

export type StartApprovals = ReturnType<typeof createStartApprovals>;
