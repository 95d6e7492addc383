import type { Retrier } from './asl-types';

/** Errors no wildcard matches (terminal): they can only be named. */
const UNMATCHED_BY_WILDCARDS = new Set(['States.DataLimitExceeded', 'States.Runtime']);
const TIMEOUTS = new Set(['States.Timeout', 'States.HeartbeatTimeout']);

/**
 * Step Functions' matching of an error name against ErrorEquals: `States.ALL` matches every error but the terminal
 * States.DataLimitExceeded and States.Runtime; `States.TaskFailed` every error but those and the timeouts;
 * `States.Timeout` also matches States.HeartbeatTimeout (a heartbeat timeout is a task timeout).
 */
export const errorMatches = (errorEquals: readonly string[], errorName: string): boolean =>
  errorEquals.some((e) => {
    if (e === errorName) return true;
    if (UNMATCHED_BY_WILDCARDS.has(errorName)) return false;
    if (e === 'States.ALL') return true;
    if (e === 'States.TaskFailed') return !TIMEOUTS.has(errorName);
    return e === 'States.Timeout' && errorName === 'States.HeartbeatTimeout';
  });

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
