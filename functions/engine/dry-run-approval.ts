import type { ExecutionContext } from '../../statemachines/contracts';

/**
 * "Start run" of an Express workflow with Auto Mode off asks before the execution (approveBeforeStart); a dry run
 * decides at once with its `_run` answer: the context the execution that decision starts would carry.
 */
export const dryRunStartDecision = (
  payload: Record<string, unknown>,
  needsApproval: boolean,
  answer: 'approve' | 'reject' | 'timeout' | undefined,
  now: Date,
): Pick<ExecutionContext, 'needsApproval' | 'approval'> => {
  if (payload.approveBeforeStart !== true || !needsApproval) return { needsApproval };
  const decision = answer ?? 'approve';
  const by = decision === 'timeout' ? null : 'dry-run';
  const at = decision === 'timeout' ? null : now.toISOString();
  return {
    needsApproval: decision !== 'approve',
    approval: { approvalId: 'dry-run', approved: decision === 'approve', by, at, comment: null },
  };
};
