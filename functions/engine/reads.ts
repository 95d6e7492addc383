import type { ExecutionDescription, MapRunDescription, TimelineEntry } from '../shared/ports';
import { EngineError, type ExecutionFilter, type ExecutionSummary } from './engine-types';
import type { Execution, ExecutionView, RegisteredMachine } from './execution';
import { type FinishedExecutionStore, notRestorableReason, summaryOf } from './finished';
import { executionFromRecord } from './persistence';
import { timelineOf } from './timeline';
import { describe, isExpressArn, mapRunsOf, type StepEntry, stepsOf } from './views';

/**
 * What the LocalEngine answers about executions, live (running, or finished a moment ago) or read back from the
 * finished-executions store: describe, list, timeline, steps, Map Runs, and a stored execution made live again.
 */
export class ExecutionReads {
  constructor(
    private readonly executions: ReadonlyMap<string, Execution>,
    private readonly finished: FinishedExecutionStore,
    private readonly machines: ReadonlyMap<string, RegisteredMachine>,
    private readonly now: () => Date,
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
    return e ? describe(e, this.now()) : undefined;
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

  steps(executionArn: string): StepEntry[] {
    const e = this.view(executionArn);
    return e ? stepsOf(e) : [];
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

  /** A stored execution made live again for a redrive, on the definition it ran. */
  restore(executionArn: string): Execution {
    const record = this.finished.get(executionArn);
    if (!record) throw doesNotExist(executionArn);
    const machine = this.machines.get(record.stateMachineArn);
    const reason = machine
      ? notRestorableReason(record, machine.version)
      : 'its state machine no longer exists';
    if (reason || !machine) {
      throw new EngineError(
        'ExecutionNotRedrivable',
        `Execution ${executionArn} cannot be redriven: ${reason}`,
      );
    }
    return executionFromRecord(record, machine);
  }
}

export const doesNotExist = (executionArn: string): EngineError =>
  new EngineError('ExecutionDoesNotExist', `Execution ${executionArn} does not exist`);
