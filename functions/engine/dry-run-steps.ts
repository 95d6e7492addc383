import { getAction } from '../../statemachines/catalogue';
import type { EngineCore } from './engine-core';
import { stepInput, stepResult } from './steps';

/** A dry run's steps as listed in its answer: each execution's in tree order, Distributed Map children inline. */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export type StepEntry = ReturnType<EngineCore['readSteps']>[number];

export interface DryRunStep {
  readonly id: string;
  /** Catalogue action, or the step kind (wait, waitFor, approval, if, parallel, forEach). */
  readonly action: string;
  readonly status: 'succeeded' | 'failed' | 'running' | 'waiting';
  readonly input: unknown;
  readonly output?: unknown;
  readonly error?: { error: string; cause?: string };
  readonly itemIndex?: number;
  readonly startedAt: string;
  readonly endedAt?: string;
  /** The action sends or changes something outside the run (it was not performed). */
  readonly sideEffect?: boolean;
}

/** A call the dry run answered in place of an action, a log line or an event: what the step was given and answered. */
export interface RecordedCall {
  stepId: string;
  itemIndex: number | undefined;
  input: unknown;
  output?: unknown;
}

/** Tree order (MutableTimelineEntry.order): a Parallel/Map state first, then its branches' states branch by branch. */
const byOrder = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
};

/**
 * The execution's steps, each Distributed Map's child executions' steps right after its forEach step, in item
 * order, each labelled with its item's index (a child's steps are top-level in its own execution). `describe` sees
 * each execution's entries in the order they were entered (the order their calls were recorded in) and its results
 * are listed in tree order: the states of a Parallel's branches (or a Map's iterations) branch by branch, in index
 * order, so the answer does not depend on how the branches' asynchronous steps interleaved.
 */
export const stepsWithChildren = async <T>(
  engine: EngineCore,
  executionArn: string,
  describe: (step: StepEntry) => T,
): Promise<T[]> => {
  const inOrder = (arn: string, itemIndex?: number): { step: StepEntry; out: T }[] =>
    engine
      .readSteps(arn)
      .map((s) => (itemIndex === undefined || s.itemIndex !== undefined ? s : { ...s, itemIndex }))
      .map((step) => ({ step, out: describe(step) }))
      .sort((a, b) => byOrder(a.step.order, b.step.order));
  const mapRuns = await engine.listMapRuns(executionArn);
  const out: T[] = [];
  for (const { step, out: described } of inOrder(executionArn)) {
    out.push(described);
    const run = mapRuns.find(
      (r) => step.stepId && engine.stepIdOf(executionArn, r.stateName) === step.stepId,
    );
    if (!run) continue;
    const children = engine.listExecutions({ mapRunArn: run.mapRunArn }).map((child) => {
      const input = engine.inspectExecution(child.executionArn)?.input;
      return {
        arn: child.executionArn,
        index: isRecord(input) && typeof input.index === 'number' ? input.index : 0,
      };
    });
    for (const child of children.sort((a, b) => a.index - b.index))
      for (const s of inOrder(child.arn, child.index)) out.push(s.out);
  }
  return out;
};

/**
 * The dry run's answer's steps (stepsWithChildren): each with the input and output of the call recorded for it, in
 * the order the calls were made per step and item, else what its state was given and left. `checkpoint` runs before
 * each entry is described (it throws to stop at the dry run's deadline). Takes time in proportion to the entries:
 * nothing is copied (the engine lives for this one answer).
 */
export const describeSteps = async (
  engine: EngineCore,
  executionArn: string,
  recorded: readonly RecordedCall[],
  checkpoint: () => void,
): Promise<DryRunStep[]> => {
  const calls = new Map<string, { readonly queue: RecordedCall[]; next: number }>();
  for (const r of recorded) {
    const key = `${r.stepId}#${r.itemIndex ?? ''}`;
    const held = calls.get(key);
    if (held) held.queue.push(r);
    else calls.set(key, { queue: [r], next: 0 });
  }
  const takeCall = (t: StepEntry): RecordedCall | undefined => {
    const held = calls.get(`${t.stepId}#${t.itemIndex ?? ''}`) ?? calls.get(`${t.stepId}#`);
    if (!held || held.next >= held.queue.length) return undefined;
    held.next += 1;
    return held.queue[held.next - 1];
  };
  const describe = (t: StepEntry): DryRunStep | undefined => {
    checkpoint();
    if (!t.stepId) return undefined;
    const action = t.action ?? 'step';
    const spec = getAction(action);
    const call = spec || action === 'log' || action === 'events.emit' ? takeCall(t) : undefined;
    return {
      id: t.stepId,
      action,
      status: t.status,
      input: call ? call.input : stepInput(action, t.parameters),
      ...(call && 'output' in call
        ? { output: call.output }
        : t.status === 'succeeded' && stepResult(t.output, t.stepId) !== undefined
          ? { output: stepResult(t.output, t.stepId) }
          : {}),
      ...(t.error ? { error: t.error } : {}),
      ...(t.itemIndex !== undefined ? { itemIndex: t.itemIndex } : {}),
      startedAt: t.startedAt,
      ...(t.endedAt ? { endedAt: t.endedAt } : {}),
      ...(spec?.sideEffect ? { sideEffect: true } : {}),
    };
  };
  return (await stepsWithChildren(engine, executionArn, describe)).filter(
    (s): s is DryRunStep => s !== undefined,
  );
};
