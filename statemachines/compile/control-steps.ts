import { durationSeconds, humanizeDuration, humanizeSeconds, isBusinessDays } from '../duration';
import { type Reference, wholeReference } from '../references';
import {
  type BusinessDays,
  type ForEachStep,
  type IfStep,
  type ParallelStep,
  type Step,
  type WaitStep,
  walkSteps,
} from '../schema';
import type { AslChoiceRule, AslTaskState, AslWaitState, JsonObject } from './asl';
import { asRfc3339, conditionRule } from './conditions';
import {
  bodyIds,
  type CompileContext,
  MAP_KEYS,
  NESTED_MAP_KEYS,
  type Scope,
  stepPath,
  type Target,
} from './context';
import { compileDistributedForEach } from './distributed-for-each';
import { compileProbes } from './list-contains';
import { type StateNamer, templateHint, truncate } from './names';
import { DEFAULT_FOREACH_CONCURRENCY, SUPERVISOR_RETRY, SUPERVISOR_TIMEOUT_SECONDS } from './policy';
import { CompileError } from './templates';

/** Control steps: wait, if, parallel and forEach. */

/** A wait's move from the time it references, in seconds (negative: before), if it moves it. */
export const waitOffsetSeconds = (step: Step): number | undefined => {
  if (!('wait' in step) || typeof step.wait === 'string' || isBusinessDays(step.wait)) return undefined;
  if (step.wait.before) return -durationSeconds(step.wait.before);
  if (step.wait.after) return durationSeconds(step.wait.after);
  return undefined;
};

/** The business days a step counts (a wait, or a waitFor's timeout), if it counts them. */
const businessDaysOf = (step: Step): BusinessDays | undefined => {
  if ('wait' in step && isBusinessDays(step.wait)) return step.wait;
  if ('waitFor' in step && isBusinessDays(step.waitFor.timeout)) return step.waitFor.timeout;
  return undefined;
};

/** Names of the deadline tasks, after the steps' own names (so steps keep the plain ones). */
export const deadlineStateNames = (steps: readonly Step[], namer: StateNamer): Map<Step, string> => {
  const names = new Map<Step, string>();
  for (const { step } of walkSteps(steps)) {
    const days = businessDaysOf(step);
    if (days) {
      const n = days.businessDays;
      names.set(step, namer.unique(`Count ${n} business day${n === 1 ? '' : 's'}: ${step.id}`));
      continue;
    }
    if (!('wait' in step) || typeof step.wait === 'string' || isBusinessDays(step.wait)) continue;
    if (waitOffsetSeconds(step) === undefined) continue;
    const { before, after, until } = step.wait;
    const moved = `${humanizeDuration(before ?? after ?? '')} ${before ? 'before' : 'after'} ${templateHint(until)}`;
    names.set(step, namer.unique(truncate(`Find when: ${moved}: ${step.id}`, 80)));
  }
  return names;
};

/**
 * A Wait takes a timestamp but no arithmetic on one (JSONPath intrinsics have none; JSONata states, which do, are not
 * run by the local engine): the supervisor computes when `{ until, before | after }` ends from the referenced value
 * and this state's entered time, and leaves `{ until, seconds, late }` under steps.<id> for the Wait's TimestampPath
 * (relative-time.ts). A time already past is now: the Wait ends at once and `late` is true.
 */
const relativeDeadline = (
  ctx: CompileContext,
  step: WaitStep,
  ref: Reference,
  offsetSeconds: number,
  scope: Scope,
  then: string,
): string => {
  const name = ctx.deadlines.get(step);
  if (!name) throw new Error(`invariant: wait "${step.id}" has no deadline state`);
  const at = stepPath(step.id);
  const task: AslTaskState = {
    Type: 'Task',
    Comment: truncate(
      `When "${step.id}" ends: ${templateHint(`{{${ref.expression}}}`)} ${offsetSeconds < 0 ? 'less' : 'plus'} ${humanizeSeconds(Math.abs(offsetSeconds))}, or now if that has passed.`,
      500,
    ),
    Resource: ctx.resolver.supervisorFunction(),
    Parameters: {
      op: 'relativeDeadline',
      'context.$': '$.context',
      stepId: step.id,
      'at.$': ctx.pathOf(scope)(ref),
      offsetSeconds,
      'from.$': '$$.State.EnteredTime',
    },
    TimeoutSeconds: SUPERVISOR_TIMEOUT_SECONDS,
    Retry: [SUPERVISOR_RETRY],
    ResultSelector: { 'until.$': '$.until', 'seconds.$': '$.seconds', 'late.$': '$.late' },
    ResultPath: at,
    Next: then,
  };
  const catchers = ctx.catchers(scope);
  if (catchers.length) task.Catch = catchers;
  scope.states[name] = task;
  return `${at}.until`;
};

/**
 * A Wait or a task timeout needs seconds or a timestamp, which business days become only with the tenant's calendar:
 * the supervisor computes the deadline from when this state was entered and leaves `{ until, seconds }` (an RFC 3339
 * timestamp without fraction, whole seconds) under steps.<id>, for a TimestampPath or TimeoutSecondsPath.
 */
export const businessDeadline = (
  ctx: CompileContext,
  step: Step,
  scope: Scope,
  then: string,
): { until: string; seconds: string } | undefined => {
  const days = businessDaysOf(step);
  const name = ctx.deadlines.get(step);
  if (!days || !name) return undefined;
  const at = stepPath(step.id);
  const task: AslTaskState = {
    Type: 'Task',
    Comment: truncate(
      `When ${days.businessDays} business day${days.businessDays === 1 ? '' : 's'} from now end in the tenant's working week, time zone and holidays.`,
      500,
    ),
    Resource: ctx.resolver.supervisorFunction(),
    Parameters: {
      op: 'businessDeadline',
      'context.$': '$.context',
      stepId: step.id,
      businessDays: days.businessDays,
      'from.$': '$$.State.EnteredTime',
    },
    TimeoutSeconds: SUPERVISOR_TIMEOUT_SECONDS,
    Retry: [SUPERVISOR_RETRY],
    ResultSelector: { 'until.$': '$.until', 'seconds.$': '$.seconds' },
    ResultPath: at,
    Next: then,
  };
  const catchers = ctx.catchers(scope);
  if (catchers.length) task.Catch = catchers;
  scope.states[name] = task;
  return { until: `${at}.until`, seconds: `${at}.seconds` };
};

export const compileWait = (ctx: CompileContext, step: WaitStep, scope: Scope, next: Target): void => {
  const name = ctx.name(step);
  const state: AslWaitState = { Type: 'Wait', ...ctx.flow(next, scope) };
  if (step.description) state.Comment = step.description;
  const deadline = businessDeadline(ctx, step, scope, name);
  if (deadline || isBusinessDays(step.wait)) {
    if (deadline) state.TimestampPath = deadline.until;
    scope.states[name] = state;
    return;
  }
  const offset = waitOffsetSeconds(step);
  const moved = typeof step.wait === 'string' ? undefined : wholeReference(step.wait.until);
  if (typeof step.wait === 'string') state.Seconds = durationSeconds(step.wait);
  else if (offset !== undefined) {
    if (!moved)
      throw new CompileError(`step "${step.id}": "before" and "after" need one whole reference in "until"`);
    state.TimestampPath = relativeDeadline(ctx, step, moved, offset, scope, name);
  } else {
    const ref = wholeReference(step.wait.until);
    if (ref) state.TimestampPath = ctx.pathOf(scope)(ref);
    else {
      const timestamp = asRfc3339(step.wait.until);
      if (!timestamp)
        throw new CompileError(`step "${step.id}": "${step.wait.until}" is not an ISO timestamp`);
      state.Timestamp = timestamp;
    }
  }
  scope.states[name] = state;
};

export const compileIf = (ctx: CompileContext, step: IfStep, scope: Scope, next: Target): void => {
  const name = ctx.name(step);
  const probes = compileProbes(step, ctx.probes.get(step) ?? [], ctx.pathOf(scope), name);
  Object.assign(scope.states, probes.states);
  const rule: AslChoiceRule = {
    ...conditionRule(step.if, ctx.pathOf(scope), probes.flagOf),
    Next: ctx.resolve(ctx.first(step.then, next), scope),
  };
  scope.states[name] = {
    Type: 'Choice',
    ...(step.description ? { Comment: step.description } : {}),
    Choices: [rule],
    Default: ctx.resolve(ctx.first(step.else, next), scope),
  };
  ctx.sequence(step.then, scope, next);
  if (step.else) ctx.sequence(step.else, scope, next);
};

export const compileParallel = (
  ctx: CompileContext,
  step: ParallelStep,
  scope: Scope,
  next: Target,
): void => {
  const name = ctx.name(step);
  const branches = step.parallel.map((steps, i) =>
    ctx.machine(steps, {
      kind: 'branch',
      keys: scope.keys,
      local: scope.local,
      states: {},
      label: `${name}: branch ${i + 1}`,
    }),
  );
  // Each branch outputs the whole state data; their step results are merged back into $.steps.
  const selector: JsonObject = {};
  for (const key of scope.keys) selector[`${key}.$`] = `$[0].${key}`;
  let merged = '$[0].steps';
  for (let i = 1; i < branches.length; i++) merged = `States.JsonMerge(${merged}, $[${i}].steps, false)`;
  selector['steps.$'] = merged;
  const catchers = ctx.containerCatchers(step, scope);
  scope.states[name] = {
    Type: 'Parallel',
    ...(step.description ? { Comment: step.description } : {}),
    Branches: branches,
    ResultSelector: selector,
    ...(catchers.length ? { Catch: catchers } : {}),
    ...ctx.flow(next, scope),
  };
};

export const compileForEach = (ctx: CompileContext, step: ForEachStep, scope: Scope, next: Target): void => {
  if (step.forEach.itemsFrom !== undefined) {
    compileDistributedForEach(ctx, step, scope, next);
    return;
  }
  const name = ctx.name(step);
  const ref = step.forEach.items ? wholeReference(step.forEach.items) : undefined;
  if (!ref)
    throw new CompileError(
      `step "${step.id}": forEach.items must be a whole reference such as {{steps.find.leads}}`,
    );
  const nested = scope.local !== undefined;
  const body: Scope = {
    kind: 'map',
    keys: nested ? NESTED_MAP_KEYS : MAP_KEYS,
    local: bodyIds(step.forEach.steps),
    states: {},
    label: name,
  };
  const processor = ctx.machine(step.forEach.steps, body);
  const catchers = ctx.containerCatchers(step, scope);
  scope.states[name] = {
    Type: 'Map',
    ...(step.description ? { Comment: step.description } : {}),
    ItemsPath: ctx.pathOf(scope)(ref),
    MaxConcurrency: step.forEach.concurrency ?? DEFAULT_FOREACH_CONCURRENCY,
    ItemSelector: {
      'trigger.$': '$.trigger',
      'context.$': '$.context',
      // Results of the steps before the loop, read by references to them from inside the body.
      'outer.$': scope.local ? 'States.JsonMerge($.outer, $.steps, false)' : '$.steps',
      steps: {},
      'item.$': '$$.Map.Item.Value',
      'index.$': '$$.Map.Item.Index',
      ...(nested
        ? {
            'itemPath.$': scope.keys.includes('itemPath')
              ? "States.Format('{}.{}', $.itemPath, $$.Map.Item.Index)"
              : "States.Format('{}.{}', $.index, $$.Map.Item.Index)",
          }
        : {}),
    },
    ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, ...processor },
    ResultSelector: { 'results.$': '$', 'count.$': 'States.ArrayLength($)' },
    ResultPath: stepPath(step.id),
    ...(catchers.length ? { Catch: catchers } : {}),
    ...ctx.flow(next, scope),
  };
};
