import { ERRORS, type ExecutionInput } from '../../statemachines/contracts';
import type { DecidedApproval } from '../data/approvals';
import type { StartGuard } from '../dispatcher/start-guard';
import { RetriableError } from '../shared/errors';
import type { WorkflowEngine } from '../shared/ports';

/**
 * Hands a recorded decision to the run: a parked execution gets SendTaskSuccess { approved, by, at, comment } or
 * SendTaskFailure ApprovalRejected (the same fields as JSON cause); a run approved before its execution starts
 * (Express, Auto Mode off) gets a new execution, named after the approval, whose input names it, which the
 * supervisor's "Start run" reads back (approved: the steps run; rejected: the run is closed as rejected).
 *
 * Express starts are not idempotent, so the start is claimed once per approval with the dispatcher's start guard:
 * a repeated decision never starts the run twice.
 */

export interface ResumeDeps {
  readonly engine: Pick<WorkflowEngine, 'sendTaskSuccess' | 'sendTaskFailure' | 'startExecution'>;
  readonly startGuard: StartGuard;
}

/** The engine's answers that mean the run no longer waits for this decision. */
export const isGoneRun = (err: unknown): boolean =>
  /TaskTimedOut|TaskDoesNotExist|InvalidToken|ExecutionDoesNotExist|StateMachineDoesNotExist|StateMachineDeleting/i.test(
    `${(err as { name?: string }).name ?? ''} ${(err as { message?: string }).message ?? ''}`,
  );

/** The input of the execution a decision starts: the first execution's, naming the approval. */
export const approvedStartInput = (
  start: NonNullable<DecidedApproval['start']>,
  approvalId: string,
): ExecutionInput => ({
  trigger: start.trigger,
  context: { ...(start.inputContext as ExecutionInput['context']), approvalId },
});

export const resumeDecided = async (
  deps: ResumeDeps,
  tenantId: string,
  decided: DecidedApproval,
  decision: { approved: boolean; by: string; at: string | null; comment: string | null },
): Promise<void> => {
  const { approval, taskToken, start } = decided;
  if (taskToken) {
    const result = { by: decision.by, at: decision.at, comment: decision.comment };
    if (decision.approved) await deps.engine.sendTaskSuccess(taskToken, { approved: true, ...result });
    else await deps.engine.sendTaskFailure(taskToken, ERRORS.rejected, JSON.stringify(result));
    return;
  }
  if (!start)
    throw new Error(`Approval ${approval.approvalId} holds neither a task token nor a run to start`);
  const claimName = `${approval.runId}#${approval.approvalId}`;
  const claim = await deps.startGuard.claim(tenantId, claimName);
  if (claim === 'alreadyStarted') return;
  if (claim === 'inProgress') {
    throw new RetriableError(
      `The run of approval ${approval.approvalId} is being started by another request`,
    );
  }
  try {
    // Named after the approval: the run id stays the first execution's (the input names the approval, which names
    // the run), and a name no execution had yet is never taken for a repeat of the first start.
    const { executionArn } = await deps.engine.startExecution({
      stateMachineArn: start.stateMachineArn,
      name: approval.approvalId,
      input: approvedStartInput(start, approval.approvalId),
    });
    await deps.startGuard.markStarted(tenantId, claimName, executionArn);
  } catch (error) {
    await deps.startGuard.release(tenantId, claimName).catch(() => undefined);
    throw error;
  }
};
