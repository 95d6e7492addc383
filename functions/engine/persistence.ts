import type { ExecutionSnapshot } from './engine-types';
import {
  type Execution,
  freshRunState,
  type MutableTimelineEntry,
  type RegisteredMachine,
} from './execution';
import type { FinishedExecution } from './finished';
import type { ExecutionRunner } from './runner';

/**
 * Running executions written to disk and read back (local runtime with --data-dir): each continues from the
 * top-level state it was in, keeping a Wait's deadline and a token wait's token.
 */

/**
 * What a snapshot of `e` is made of, cheaply: the history count, the timeline's entries and how many have ended,
 * the open tokens, the state it would resume at. The same mark means the same snapshot.
 */
const markOf = (e: Execution, current: MutableTimelineEntry): string => {
  let ended = 0;
  for (const t of e.timeline) if (t.endedAt !== undefined) ended++;
  return `${e.history}|${e.redriveCount}|${e.timeline.length}|${ended}|${[...e.openTokens.keys()].join(',')}|${current.name}|${current.startedAt}`;
};

/** The last snapshot of each running execution: the snapshot is written every 50 ms, most executions did not move. */
const lastSnapshot = new WeakMap<Execution, { mark: string; snapshot: ExecutionSnapshot }>();

/** Running executions as they can be resumed later; those in no resumable spot are left out. */
export const snapshotsOf = (active: Iterable<Execution>): ExecutionSnapshot[] => {
  const out: ExecutionSnapshot[] = [];
  for (const e of active) {
    if (e.status !== 'RUNNING') continue;
    const current = e.timeline.findLast((t) => t.topLevel && t.endedAt === undefined);
    if (!current) continue;
    const mark = markOf(e, current);
    const last = lastSnapshot.get(e);
    if (last?.mark === mark) {
      out.push(last.snapshot);
      continue;
    }
    const token = [...e.openTokens.values()].find((t) => t.stateName === current.name);
    const snapshot: ExecutionSnapshot = {
      executionArn: e.arn,
      name: e.name,
      stateMachineArn: e.stateMachineArn,
      input: structuredClone(e.input),
      startDate: e.startDate,
      redriveCount: e.redriveCount,
      history: e.history,
      timeline: structuredClone(e.timeline.filter((t) => t.endedAt !== undefined)),
      resume: {
        stateName: current.name,
        input: structuredClone(current.input),
        enteredAt: current.startedAt,
      },
      ...(token ? { token: structuredClone(token) } : {}),
    };
    lastSnapshot.set(e, { mark, snapshot });
    out.push(snapshot);
  }
  return out;
};

/** The execution a snapshot describes, running again, to be continued at `snap.resume.stateName`. */
export const executionFromSnapshot = (snap: ExecutionSnapshot, machine: RegisteredMachine): Execution => ({
  arn: snap.executionArn,
  name: snap.name,
  stateMachineArn: snap.stateMachineArn,
  machine,
  input: structuredClone(snap.input),
  startDate: snap.startDate,
  status: 'RUNNING',
  redriveCount: snap.redriveCount,
  timeline: structuredClone(snap.timeline) as MutableTimelineEntry[],
  history: snap.history ?? 0,
  mapRuns: [],
  ...freshRunState(),
  resumeAt: {
    stateName: snap.resume.stateName,
    enteredAt: snap.resume.enteredAt,
    ...(snap.token ? { token: snap.token } : {}),
  },
});

/** A stored finished execution as a live one again (its definition is `machine`), for a redrive. */
export const executionFromRecord = (record: FinishedExecution, machine: RegisteredMachine): Execution => {
  const run = freshRunState();
  run.resolveSettled();
  return {
    arn: record.arn,
    name: record.name,
    stateMachineArn: record.stateMachineArn,
    machine,
    input: record.input,
    startDate: record.startDate,
    ...(record.parentMapRun ? { parentMapRun: record.parentMapRun } : {}),
    status: record.status,
    ...(record.stopDate !== undefined ? { stopDate: record.stopDate } : {}),
    ...(record.output !== undefined ? { output: record.output } : {}),
    ...(record.error ? { error: record.error } : {}),
    redriveCount: record.redriveCount,
    ...(record.redriveDate ? { redriveDate: record.redriveDate } : {}),
    timeline: [...record.timeline],
    history: record.history,
    ...(record.redrivePlan ? { redrivePlan: record.redrivePlan } : {}),
    mapRuns: [],
    ...run,
  };
};

export interface ResumeReport {
  readonly resumed: string[];
  readonly skipped: { executionArn: string; reason: string }[];
}

/** Continues executions from snapshots; a snapshot whose state machine or state no longer exists is skipped. */
export const resumeSnapshots = (
  snapshots: readonly ExecutionSnapshot[],
  machines: ReadonlyMap<string, RegisteredMachine>,
  executions: Map<string, Execution>,
  runner: Pick<ExecutionRunner, 'run' | 'enforceExecutionTimeout'>,
  finished: { get(arn: string): { redriveCount: number } | undefined },
): ResumeReport => {
  const resumed: string[] = [];
  const skipped: { executionArn: string; reason: string }[] = [];
  for (const snap of snapshots) {
    const machine = machines.get(snap.stateMachineArn);
    const stored = finished.get(snap.executionArn);
    if (executions.has(snap.executionArn) || (stored && stored.redriveCount >= snap.redriveCount)) {
      // Finished after its last snapshot was written.
      skipped.push({ executionArn: snap.executionArn, reason: 'already known' });
      continue;
    }
    if (!machine || !(snap.resume.stateName in machine.prepared.definition.States)) {
      skipped.push({
        executionArn: snap.executionArn,
        reason: 'its state machine or state no longer exists',
      });
      continue;
    }
    const e = executionFromSnapshot(snap, machine);
    executions.set(e.arn, e);
    runner.run(e, snap.resume.stateName, structuredClone(snap.resume.input));
    runner.enforceExecutionTimeout(e);
    resumed.push(e.arn);
  }
  return { resumed, skipped };
};
