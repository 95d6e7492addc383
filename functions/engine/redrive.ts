import { EngineError } from './engine-types';
import { type Execution, settledSignal } from './execution';

/** Where a redrive restarts: the last top-level state that failed, with the input it had. */
const redrivePoint = (e: Execution): { stateName: string; input: unknown } | undefined => {
  const top = e.timeline.filter((t) => t.topLevel);
  const failed = [...top].reverse().find((t) => t.status === 'failed' && t.type !== 'Fail');
  const chosen = failed ?? [...top].reverse().find((t) => t.status === 'failed');
  return chosen ? { stateName: chosen.name, input: chosen.input } : undefined;
};

/**
 * Puts a FAILED, TIMED_OUT or ABORTED execution back to RUNNING for a redrive and returns the state to run it
 * from; refuses (ExecutionNotRedrivable) otherwise.
 */
export const reopenForRedrive = async (e: Execution): Promise<{ stateName: string; input: unknown }> => {
  if (e.status === 'RUNNING' || e.status === 'SUCCEEDED') {
    throw new EngineError('ExecutionNotRedrivable', `Execution ${e.arn} is ${e.status}`);
  }
  await e.settled;
  const point = redrivePoint(e);
  if (!point) throw new EngineError('ExecutionNotRedrivable', `Execution ${e.arn} has no state to redrive`);
  e.status = 'RUNNING';
  delete e.stopDate;
  delete e.error;
  delete e.output;
  e.redriveCount += 1;
  e.controller = new AbortController();
  Object.assign(e, settledSignal());
  return point;
};
