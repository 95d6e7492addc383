import type { MetricsPort } from './metrics';

/** The run a metric point is about (metadata on AWS, never dimensions). */
export type RunIds = Readonly<{ tenantId: string; workflowId: string; runId: string }>;

/**
 * RunsStarted / RunsSucceeded / RunsFailed are counted by the supervisor where the run record changes, once per run:
 * a start when "Start run" creates the record of a run that runs (the conditional put succeeds once; a retried start
 * finds it and counts nothing), an end when the conditional transition to succeeded or failed applies (a retried
 * finish, a late status change or the sweeper finds the run ended and counts nothing). Standard and Express alike,
 * timeouts and aborts included; a run ended as rejected (approval refused) or cancelled is neither. Points are
 * written at once (an EMF line per point on AWS), so a point is lost only if the process dies between the write to
 * DynamoDB and the next line. workflow.* events are then recorded in the feed like any other (no once-per-id write).
 */
const idsOf = ({ tenantId, workflowId, runId }: RunIds) => ({ tenantId, workflowId, runId });

export const countRunStarted = (metrics: MetricsPort | undefined, ids: RunIds, trigger: string): void =>
  metrics?.record('RunsStarted', 1, { trigger }, idsOf(ids));

export const countRunEnded = (metrics: MetricsPort | undefined, status: string, ids: RunIds): void => {
  if (status === 'succeeded') metrics?.record('RunsSucceeded', 1, {}, idsOf(ids));
  else if (status === 'failed') metrics?.record('RunsFailed', 1, {}, idsOf(ids));
};
