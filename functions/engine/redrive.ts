import type { ExecutionDescription } from '../shared/ports';
import { EngineError } from './engine-types';
import { type Execution, type ExecutionView, settledSignal } from './execution';
import { MAX_HISTORY_EVENTS } from './history';
import type { ScopeTrace } from './trace';
import { describe } from './views';

/**
 * RedriveExecution's rules (Step Functions API reference): only Standard executions that FAILED, TIMED_OUT or
 * were ABORTED, within 14 days of ending, within a year of starting, and with fewer than 24,999 history events
 * (room for ExecutionRedriven and one more). The redrive continues from every state entered and never exited.
 */

export const REDRIVABLE_PERIOD_MS = 14 * 86_400_000;
export const MAX_OPEN_MS = 365 * 86_400_000;

export type RedriveStatus = 'REDRIVABLE' | 'NOT_REDRIVABLE';

/** Why an execution cannot be redriven now (DescribeExecution's redriveStatusReason), or undefined. */
export const notRedrivableReason = (e: ExecutionView, now: Date): string | undefined => {
  if (e.machine.type === 'EXPRESS') return 'Execution is of type EXPRESS and cannot be redriven';
  if (e.status === 'RUNNING') return 'Execution is RUNNING and cannot be redriven';
  if (e.status === 'SUCCEEDED') return 'Execution is SUCCEEDED and cannot be redriven';
  if (e.history >= MAX_HISTORY_EVENTS - 1) return 'Execution history event limit exceeded';
  if (now.getTime() - Date.parse(e.startDate) > MAX_OPEN_MS)
    return 'Execution has exceeded the max execution time';
  if (e.stopDate && now.getTime() - Date.parse(e.stopDate) > REDRIVABLE_PERIOD_MS) {
    return 'Execution redrivable period exceeded';
  }
  if (!e.redrivePlan) return 'Execution has no state to redrive';
  return undefined;
};

/** DescribeExecution's answer with the redrive status: whether RedriveExecution would accept it now, and why not. */
export const describeWithRedriveStatus = (e: ExecutionView, now: Date): ExecutionDescription => {
  const reason = notRedrivableReason(e, now);
  return {
    ...describe(e),
    redriveStatus: reason ? 'NOT_REDRIVABLE' : 'REDRIVABLE',
    ...(reason ? { redriveStatusReason: reason } : {}),
  };
};

/**
 * Puts a FAILED, TIMED_OUT or ABORTED execution back to RUNNING for a redrive and returns where to continue;
 * refuses with ExecutionNotRedrivable otherwise.
 */
export const reopenForRedrive = async (e: Execution, now: () => Date, stamp: string): Promise<ScopeTrace> => {
  const early = notRedrivableReason(e, now());
  if (e.status === 'RUNNING' || e.status === 'SUCCEEDED') {
    throw new EngineError('ExecutionNotRedrivable', `Execution ${e.arn} cannot be redriven: ${early}`);
  }
  await e.settled;
  const reason = notRedrivableReason(e, now());
  const plan = e.redrivePlan;
  if (reason || !plan) {
    throw new EngineError('ExecutionNotRedrivable', `Execution ${e.arn} cannot be redriven: ${reason}`);
  }
  e.status = 'RUNNING';
  delete e.stopDate;
  delete e.error;
  delete e.output;
  e.redriveCount += 1;
  e.redriveDate = stamp;
  e.controller = new AbortController();
  Object.assign(e, settledSignal());
  return plan;
};
