import type { EngineCore } from './engine-core';

/** A dry run's steps as listed in its answer: each execution's in tree order, Distributed Map children inline. */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export type StepEntry = Awaited<ReturnType<EngineCore['getSteps']>>[number];

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
  const inOrder = async (arn: string, itemIndex?: number): Promise<{ step: StepEntry; out: T }[]> =>
    (await engine.getSteps(arn))
      .map((s) => (itemIndex === undefined || s.itemIndex !== undefined ? s : { ...s, itemIndex }))
      .map((step) => ({ step, out: describe(step) }))
      .sort((a, b) => byOrder(a.step.order, b.step.order));
  const mapRuns = await engine.listMapRuns(executionArn);
  const out: T[] = [];
  for (const { step, out: described } of await inOrder(executionArn)) {
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
      for (const s of await inOrder(child.arn, child.index)) out.push(s.out);
  }
  return out;
};
