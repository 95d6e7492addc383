import { MAX_NESTING_DEPTH, MAX_STEPS } from '../limits';
import { stepKind } from '../schema';
import type { StepInfo, ValidationContext } from './context';
import { isRecord, type Key, type Path, toJsonPath, type ValidationIssue } from './issues';

/** The nested step lists of a raw step, with their key paths relative to the step (tolerant of bad types). */
export const rawChildren = (step: Record<string, unknown>): [Key[], unknown[]][] => {
  const out: [Key[], unknown[]][] = [];
  for (const key of ['then', 'else', 'onEvent', 'onTimeout', 'onReject'] as const) {
    const v = step[key];
    if (Array.isArray(v)) out.push([[key], v]);
  }
  if (Array.isArray(step.parallel)) {
    for (const [i, b] of step.parallel.entries()) if (Array.isArray(b)) out.push([['parallel', i], b]);
  }
  if (isRecord(step.forEach) && Array.isArray(step.forEach.steps))
    out.push([['forEach', 'steps'], step.forEach.steps]);
  return out;
};

/** Steps counted as the validator indexes them: every list, nested lists down to the nesting limit. */
export const countRawSteps = (steps: readonly unknown[], depth: number): number => {
  let n = steps.length;
  if (depth > MAX_NESTING_DEPTH) return n;
  for (const step of steps) {
    if (isRecord(step)) for (const [, children] of rawChildren(step)) n += countRawSteps(children, depth + 1);
  }
  return n;
};

export const tooManySteps = (count: number): ValidationIssue => ({
  path: '$.steps',
  code: 'too-many-steps',
  message: `the workflow has ${count} steps; the limit is ${MAX_STEPS}`,
});

/** Indexes every step id (document order, path) before the walk; ids must be unique in the whole workflow. */
export const indexSteps = (
  ctx: ValidationContext,
  steps: readonly unknown[],
  path: Path,
  depth: number,
): void => {
  for (const [i, step] of steps.entries()) {
    const here = [...path, i];
    ctx.stepCount += 1;
    if (!isRecord(step)) continue;
    const kind = stepKind(step);
    if (typeof step.id === 'string') {
      const info: StepInfo = { id: step.id, path: here, order: ctx.stepCount, kind };
      const first = ctx.stepsById.get(step.id);
      if (first) {
        ctx.add(
          [...here, 'id'],
          'duplicate-id',
          `step id "${step.id}" is already used at ${toJsonPath(first.path)}; ids must be unique in the whole workflow`,
        );
      } else {
        ctx.stepsById.set(step.id, info);
      }
      ctx.stepsByPath.set(toJsonPath(here), info);
    }
    if (depth > MAX_NESTING_DEPTH) continue;
    for (const [key, children] of rawChildren(step)) indexSteps(ctx, children, [...here, ...key], depth + 1);
  }
};
