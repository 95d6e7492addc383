import type { ExecutionDescription, MapRunDescription, TimelineEntry } from '../shared/ports';
import { EngineError, type PendingTask } from './engine-types';
import type { Execution, ExecutionView, PendingToken } from './execution';
import { timelineOf } from './timeline';

/** What callers read about executions: DescribeExecution, ListExecutions, the timeline, Map Run progress. */

const EXPRESS_ARN_REFUSED = "Invalid Arn: 'Resource type not valid in this context: express'";

export const isExpressArn = (arn: string): boolean => arn.split(':')[5] === 'express';

/** DescribeExecution, GetExecutionHistory, StopExecution and RedriveExecution refuse Express executions. */
export const refuseExpress = (arn: string): void => {
  if (isExpressArn(arn)) throw new EngineError('InvalidArn', EXPRESS_ARN_REFUSED);
};

/**
 * DescribeExecution's answer but the redrive status, which only an engine that redrives adds (LocalEngine:
 * describeWithRedriveStatus in redrive.ts); a dry run's engine (EngineCore) redrives nothing.
 */
export const describe = (e: ExecutionView): ExecutionDescription => ({
  executionArn: e.arn,
  stateMachineArn: e.stateMachineArn,
  name: e.name,
  status: e.status,
  startDate: e.startDate,
  ...(e.stopDate !== undefined ? { stopDate: e.stopDate } : {}),
  input: structuredClone(e.input),
  ...(e.output !== undefined ? { output: structuredClone(e.output) } : {}),
  ...(e.error ? { error: { ...e.error } } : {}),
  redriveCount: e.redriveCount,
  ...(e.redriveDate ? { redriveDate: e.redriveDate } : {}),
});

/** A timeline entry with its place in the run's tree of chains (MutableTimelineEntry.order), action and call. */
export type StepEntry = TimelineEntry & {
  readonly order: readonly number[];
  action?: string;
  parameters?: unknown;
};

/**
 * Timeline entries with the catalogue action (or step kind) of each state and what each task was called with; not
 * copied when `copy` is false (timelineOf).
 */
export const stepsOf = (e: ExecutionView, copy = true): StepEntry[] =>
  timelineOf(e, copy).map((t, i) => {
    const source = e.timeline[i];
    return {
      ...t,
      order: source?.order ? [...source.order] : [i],
      ...(source?.action ? { action: source.action } : {}),
      ...(source?.parameters !== undefined
        ? { parameters: copy ? structuredClone(source.parameters) : source.parameters }
        : {}),
    };
  });

export const mapRunsOf = (e: Execution): MapRunDescription[] =>
  e.mapRuns.map((run) => ({
    mapRunArn: run.mapRunArn,
    stateName: run.stateName,
    status: run.status,
    startDate: run.startDate,
    ...(run.stopDate ? { stopDate: run.stopDate } : {}),
    itemCounts: {
      pending: run.counts.pending,
      running: run.counts.running,
      succeeded: run.counts.succeeded,
      failed: run.counts.failed,
      timedOut: run.counts.timedOut,
      aborted: run.counts.aborted,
      total: run.counts.total,
    },
  }));

/** Tasks waiting for SendTaskSuccess/Failure (optionally of one execution). */
export const pendingTasksOf = (
  tokens: ReadonlyMap<string, PendingToken>,
  executionArn?: string,
): PendingTask[] =>
  [...tokens.entries()]
    .filter(([, t]) => !executionArn || t.execution.arn === executionArn)
    .map(([taskToken, t]) => ({
      taskToken,
      executionArn: t.execution.arn,
      stateName: t.stateName,
      stepId: t.execution.machine.prepared.states.get(t.stateName)?.stepId,
      payload: structuredClone(t.payload),
    }));
