import type { ExecutionDescription, MapRunDescription, TimelineEntry } from '../shared/ports';
import { EngineError, type ExecutionFilter, type ExecutionSummary } from './engine-types';
import type { Execution, ExecutionView, RegisteredMachine } from './execution';
import { type FinishedExecutionStore, summaryOf } from './finished';
import { timelineOf } from './timeline';
import { isExpressArn, mapRunsOf, type StepEntry, stepsOf } from './views';

/** DescribeExecution's answer for an execution (views.ts' describe, or LocalEngine's with the redrive status). */
export type Describe = (e: ExecutionView, now: Date) => ExecutionDescription;

/**
 * What the engine answers about executions, live (running, or finished a moment ago) or read back from the
 * finished-executions store: describe, list, timeline, steps, Map Runs.
 */
export class ExecutionReads {
  constructor(
    private readonly executions: ReadonlyMap<string, Execution>,
    private readonly finished: FinishedExecutionStore,
    private readonly machines: ReadonlyMap<string, RegisteredMachine>,
    private readonly now: () => Date,
    private readonly describeView: Describe,
  ) {}

  /** A live execution, or a finished one as stored. */
  view(executionArn: string): ExecutionView | undefined {
    return this.executions.get(executionArn) ?? this.finished.get(executionArn);
  }

  known(executionArn: string): boolean {
    return this.executions.has(executionArn) || this.finished.has(executionArn);
  }

  describe(executionArn: string): ExecutionDescription | undefined {
    const e = this.view(executionArn);
    return e ? this.describeView(e, this.now()) : undefined;
  }

  list(filter: ExecutionFilter): ExecutionSummary[] {
    const all = new Map<string, ExecutionSummary & { parentMapRun?: string }>();
    // Running executions are all live: the store is not read for them.
    if (filter.status !== 'RUNNING')
      for (const s of this.finished.summaries?.() ?? []) all.set(s.executionArn, s);
    for (const e of this.executions.values()) all.set(e.arn, summaryOf(e));
    return [...all.values()]
      .filter((e) => !filter.stateMachineArn || e.stateMachineArn === filter.stateMachineArn)
      .filter((e) => !filter.mapRunArn || e.parentMapRun === filter.mapRunArn)
      .filter((e) => !filter.status || e.status === filter.status)
      .map(({ parentMapRun: _parent, ...summary }) => summary);
  }

  /** Standard: the history; Express: what CloudWatch Logs hold (states only with ALL, data only when included). */
  timeline(executionArn: string): TimelineEntry[] {
    const e = this.view(executionArn);
    if (!e) return [];
    if (!isExpressArn(executionArn)) return timelineOf(e);
    const logging = e.machine.logging;
    if (logging?.level !== 'ALL') return [];
    return logging.includeExecutionData
      ? timelineOf(e)
      : timelineOf(e).map(({ input: _input, output: _output, ...entry }) => entry);
  }

  steps(executionArn: string, copy = true): StepEntry[] {
    const e = this.view(executionArn);
    return e ? stepsOf(e, copy) : [];
  }

  mapRuns(executionArn: string): MapRunDescription[] {
    const e = this.executions.get(executionArn);
    return e ? mapRunsOf(e) : [...(this.finished.get(executionArn)?.mapRuns ?? [])];
  }

  stepIdOf(executionArn: string, stateName: string): string | undefined {
    const machine =
      this.executions.get(executionArn)?.machine ??
      this.machines.get(this.view(executionArn)?.stateMachineArn ?? '');
    return machine?.prepared.states.get(stateName)?.stepId;
  }
}

export const doesNotExist = (executionArn: string): EngineError =>
  new EngineError('ExecutionDoesNotExist', `Execution ${executionArn} does not exist`);
