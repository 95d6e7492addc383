import type { Retrier } from './prepare';

/** Matches Step Functions: `States.ALL` matches everything, `States.TaskFailed` everything but States.Timeout. */
export const errorMatches = (errorEquals: readonly string[], errorName: string): boolean =>
  errorEquals.some(
    (e) =>
      e === errorName || e === 'States.ALL' || (e === 'States.TaskFailed' && errorName !== 'States.Timeout'),
  );

export interface RetryDecision {
  readonly retrierIndex: number;
  readonly delayMs: number;
}

/**
 * The first retrier whose ErrorEquals matches decides; when its attempts are used up the error is not retried
 * (later retriers are not consulted), as in Step Functions. `attempts` is updated in place.
 */
export const decideRetry = (
  retriers: readonly Retrier[],
  attempts: number[],
  errorName: string,
  random: () => number = Math.random,
): RetryDecision | undefined => {
  const index = retriers.findIndex((r) => errorMatches(r.ErrorEquals, errorName));
  const retrier = retriers[index];
  if (!retrier) return undefined;
  const used = attempts[index] ?? 0;
  const maxAttempts = retrier.MaxAttempts ?? 3;
  if (used >= maxAttempts) return undefined;
  attempts[index] = used + 1;
  const interval = (retrier.IntervalSeconds ?? 1) * (retrier.BackoffRate ?? 2) ** used;
  const capped =
    retrier.MaxDelaySeconds !== undefined ? Math.min(interval, retrier.MaxDelaySeconds) : interval;
  const seconds = retrier.JitterStrategy === 'FULL' ? random() * capped : capped;
  return { retrierIndex: index, delayMs: Math.round(seconds * 1000) };
};
