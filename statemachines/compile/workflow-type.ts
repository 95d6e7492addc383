import { durationSeconds } from '../duration';
import type { Step, WorkflowDefinition } from '../schema';
import { walkSteps } from '../schema';
import { actionTimeoutSeconds, DEFAULT_FOREACH_CONCURRENCY, SUPERVISOR_TIMEOUT_SECONDS } from './policy';

export type WorkflowType = 'STANDARD' | 'EXPRESS';

/** Express executions stop after 5 minutes. */
export const EXPRESS_MAX_SECONDS = 300;
/** Items assumed for a forEach when sizing a run (the real count is only known at run time). */
export const ASSUMED_FOREACH_ITEMS = 10;

/** Whether runs may have to wait at the Auto Mode gate: manual runs never do, nor workflows with autoMode true. */
export const needsRunApproval = (def: Pick<WorkflowDefinition, 'trigger' | 'autoMode'>): boolean =>
  def.trigger.type !== 'manual' && def.autoMode !== true;

const sequenceSeconds = (steps: readonly Step[], items: number): number =>
  steps.reduce((sum, step) => sum + stepSeconds(step, items), 0);

const stepSeconds = (step: Step, items: number): number => {
  if ('action' in step) return actionTimeoutSeconds(step);
  if ('wait' in step)
    return typeof step.wait === 'string' ? durationSeconds(step.wait) : Number.POSITIVE_INFINITY;
  if ('waitFor' in step)
    return (
      (typeof step.waitFor.timeout === 'string'
        ? durationSeconds(step.waitFor.timeout)
        : Number.POSITIVE_INFINITY) +
      Math.max(sequenceSeconds(step.onEvent ?? [], items), sequenceSeconds(step.onTimeout ?? [], items))
    );
  if ('if' in step)
    return Math.max(sequenceSeconds(step.then, items), sequenceSeconds(step.else ?? [], items));
  if ('parallel' in step) return Math.max(0, ...step.parallel.map((b) => sequenceSeconds(b, items)));
  if ('forEach' in step) {
    // Items from a file: any number, each a STANDARD child execution (a Distributed Map is never Express).
    if (step.forEach.itemsFrom !== undefined) return Number.POSITIVE_INFINITY;
    const concurrency = step.forEach.concurrency ?? DEFAULT_FOREACH_CONCURRENCY;
    const rounds = concurrency === 0 ? 1 : Math.ceil(items / concurrency);
    return rounds * sequenceSeconds(step.forEach.steps, items);
  }
  return Number.POSITIVE_INFINITY;
};

/**
 * Worst-case duration of the longest path: every action taking its full timeout (retries not counted), the
 * supervisor's start and finish, forEach loops of `items` items.
 */
export const longestPathSeconds = (
  def: Pick<WorkflowDefinition, 'steps'>,
  items = ASSUMED_FOREACH_ITEMS,
): number => 2 * SUPERVISOR_TIMEOUT_SECONDS + sequenceSeconds(def.steps, items);

const WAITING_KINDS = ['wait', 'waitFor', 'approval'] as const;

/**
 * STANDARD or EXPRESS, chosen for cost unless settings.type says: Express when nothing waits (no wait, waitFor or
 * approval step) and the longest path fits in 5 minutes. The Auto Mode gate does not force STANDARD: an Express
 * run is approved before its execution starts (compile/run-states.ts).
 */
export const chooseWorkflowType = (def: WorkflowDefinition): WorkflowType => {
  if (def.settings?.type) return def.settings.type;
  for (const { step } of walkSteps(def.steps)) if (WAITING_KINDS.some((k) => k in step)) return 'STANDARD';
  if (def.settings?.timeout && durationSeconds(def.settings.timeout) > EXPRESS_MAX_SECONDS) return 'STANDARD';
  return longestPathSeconds(def) <= EXPRESS_MAX_SECONDS ? 'EXPRESS' : 'STANDARD';
};
