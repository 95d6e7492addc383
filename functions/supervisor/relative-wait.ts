import type * as z from 'zod/mini';
import type { SupervisorRelativeDeadline } from '../../statemachines/contracts';
import { relativeDeadline } from '../../statemachines/relative-time';
import { NonRetriableError } from '../shared/errors';

/**
 * Waits relative to a time in the data: when `{ until, before | after }` ends, from the run's time zone (for a date
 * alone) and the deadline state's entered time. No reads, so a retry answers the same. A value that holds no time
 * fails the run with NonRetriableError naming the step (a redrive would not fix the data).
 */
export const relativeWaitDeadline = (
  payload: z.infer<typeof SupervisorRelativeDeadline>,
): { until: string; seconds: number; late: boolean } => {
  const r = relativeDeadline(payload.at, payload.offsetSeconds, payload.from, payload.context.timezone);
  if (!r.ok) throw new NonRetriableError(`Step "${payload.stepId}": the time to wait from ${r.message}`);
  return { until: r.until, seconds: r.seconds, late: r.late };
};
