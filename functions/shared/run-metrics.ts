import type { BusEvent } from '../../statemachines/events';
import type { MetricsPort } from './metrics';

const RUN_METRIC = {
  'workflow.started': 'RunsStarted',
  'workflow.completed': 'RunsSucceeded',
  'workflow.failed': 'RunsFailed',
} as const;

/** Whether recording the event counts a run metric (so it must be recorded once per id). */
export const countsRun = (detailType: string): boolean => detailType in RUN_METRIC;

/**
 * workflow.started / completed / failed are the supervisor's record of every run's start and end (Standard and
 * Express alike, timeouts and aborts included): counting them where they are recorded in the activity feed (the
 * correlator, or their publisher when no waitFor awaits them) counts each run once (starts per trigger type), with
 * the workflow and run ids as metadata. A run completed as rejected (approval refused) is neither success nor
 * failure. Callers count an event only the first time it is recorded.
 */
export const countRun = (metrics: MetricsPort, event: BusEvent): void => {
  const name = RUN_METRIC[event.detailType as keyof typeof RUN_METRIC];
  if (!name) return;
  const detail = event.detail as Record<string, unknown>;
  const result = detail.result as { status?: unknown } | undefined;
  if (name === 'RunsSucceeded' && result?.status !== undefined && result.status !== 'succeeded') return;
  const ids = {
    tenantId: event.detail.tenantId,
    workflowId: typeof detail.workflowId === 'string' ? detail.workflowId : undefined,
    runId: typeof detail.runId === 'string' ? detail.runId : undefined,
  };
  if (name !== 'RunsStarted') {
    metrics.record(name, 1, {}, ids);
    return;
  }
  const trigger = typeof detail.triggerType === 'string' ? detail.triggerType : 'unknown';
  metrics.record(name, 1, { trigger }, ids);
};
