import * as z from 'zod/mini';
import '../zod-kit';
import { EVENT_NAMES } from '../events';
import { MAX_NESTING_DEPTH, MAX_PARALLEL_BRANCHES } from '../limits';
import { parseTemplate, type Reference, wholeReference } from '../references';
import { type StepKind, stepKind } from '../schema';
import { checkAction } from './actions';
import { checkFixedValues } from './comparison-types';
import { checkCondition } from './conditions';
import { type Scope, StepLayer, type StepOutcome, type ValidationContext } from './context';
import { checkBusinessDays, checkDuration } from './durations';
import { checkForEach } from './for-each';
import { isRecord, type Path } from './issues';
import { didYouMean, list } from './messages';
import { conditionFacts, withPresent } from './presence';
import { checkReference, checkReferences } from './references';
import { eventDetailShape, leaf, OPEN, object, type Shape, walkShape } from './shapes';
import { checkMatchReferenceType, checkWholeReferenceType } from './template-types';

/**
 * The walk over the steps, in the order they run: each step kind checked (waits, waitFor, if, parallel, forEach,
 * approval; actions in actions.ts), with the results of the steps that ran so far in scope, the time spent waiting
 * on every path (for steps that settings.timeout cuts off), and EXPRESS restrictions.
 */

const KIND_RESULTS: Record<StepKind, string> = {
  action: 'the action output',
  wait: 'no result (a wait)',
  waitFor: '',
  if: 'no result of its own (an if; its branches write their own steps)',
  parallel: 'no result of its own (a parallel; its branches write their own steps)',
  forEach: '',
  approval: '',
};

export const checkSequence = (
  ctx: ValidationContext,
  steps: readonly unknown[],
  path: Path,
  scope: Scope,
): StepOutcome => {
  const visible = new StepLayer(scope.steps);
  const added = new Map<string, Shape>();
  let elapsed = scope.elapsed;
  for (const [i, step] of steps.entries()) {
    const here = [...path, i];
    if (ctx.timeoutSeconds !== undefined && elapsed >= ctx.timeoutSeconds && !ctx.unreachableReported) {
      ctx.unreachableReported = true;
      ctx.add(
        here,
        'unreachable',
        `this step can never run: the waits before it last at least ${elapsed} seconds, and the workflow's timeout (settings.timeout) ends the run after ${ctx.timeoutSeconds}`,
      );
    }
    const outcome = checkStep(ctx, step, here, { ...scope, steps: visible, elapsed });
    for (const [k, v] of outcome.bindings) {
      visible.set(k, v);
      added.set(k, v);
    }
    elapsed = outcome.elapsed;
  }
  return { bindings: added, elapsed };
};

const checkStep = (ctx: ValidationContext, step: unknown, path: Path, scope: Scope): StepOutcome => {
  const none: StepOutcome = { bindings: new Map(), elapsed: scope.elapsed };
  if (!isRecord(step)) return none;
  if (scope.depth > MAX_NESTING_DEPTH) {
    ctx.add(
      path,
      'too-deep',
      `steps are nested more than ${MAX_NESTING_DEPTH} levels deep here; move part of it to its own workflow`,
    );
    return none;
  }
  const kind = stepKind(step);
  const id = typeof step.id === 'string' ? step.id : undefined;
  const bind = (shape: Shape, extra?: Map<string, Shape>, elapsed = scope.elapsed): StepOutcome => {
    const bindings = new Map(extra);
    if (id !== undefined) bindings.set(id, shape);
    return { bindings, elapsed };
  };
  const noResult = (k: StepKind): Shape => ({
    t: 'forbidden',
    code: 'no-result',
    message: `step "${id}" has ${KIND_RESULTS[k]}`,
  });
  if (ctx.express && (kind === 'wait' || kind === 'waitFor' || kind === 'approval')) {
    ctx.add(
      [...path, kind],
      'express-cannot-wait',
      `an EXPRESS workflow cannot ${kind === 'wait' ? 'wait' : kind === 'waitFor' ? 'wait for an event' : 'wait for approval'} (it runs at most 5 minutes, without callbacks); use settings.type STANDARD`,
    );
  }
  const inner = { ...scope, depth: scope.depth + 1 };
  switch (kind) {
    case 'action':
      return bind(checkAction(ctx, step, path, scope));
    case 'wait': {
      const seconds = checkWait(ctx, step.wait, [...path, 'wait'], scope);
      // A wait moved from a time in the data keeps when it ended and whether that time had passed (`late`).
      const moved = isRecord(step.wait) && (step.wait.before !== undefined || step.wait.after !== undefined);
      const result = moved
        ? object({ until: leaf('string'), seconds: leaf('number'), late: leaf('boolean') })
        : noResult('wait');
      return bind(result, undefined, scope.elapsed + (seconds ?? 0));
    }
    case 'waitFor':
      return bind(checkWaitFor(ctx, step, path, id, inner));
    case 'if': {
      checkCondition(ctx, step.if, [...path, 'if'], scope);
      if (Array.isArray(step.then)) {
        if (step.then.length === 0) {
          ctx.add(
            [...path, 'then'],
            'empty-branch',
            '"then" has no steps; an if needs at least one step to run when its condition holds',
          );
        }
        checkSequence(ctx, step.then, [...path, 'then'], withPresent(inner, conditionFacts(step.if, true)));
      }
      if (Array.isArray(step.else))
        checkSequence(ctx, step.else, [...path, 'else'], withPresent(inner, conditionFacts(step.if, false)));
      return bind(noResult('if'));
    }
    case 'parallel': {
      const merged = new Map<string, Shape>();
      let elapsed = scope.elapsed;
      if (Array.isArray(step.parallel)) {
        if (step.parallel.length < 2) {
          ctx.add(
            [...path, 'parallel'],
            'parallel-branches',
            `a parallel step needs at least 2 branches (it has ${step.parallel.length}); for one branch, put its steps in line`,
          );
        }
        if (step.parallel.length > MAX_PARALLEL_BRANCHES) {
          ctx.add(
            [...path, 'parallel'],
            'parallel-branches',
            `a parallel step has at most ${MAX_PARALLEL_BRANCHES} branches`,
          );
        }
        for (const [b, branch] of step.parallel.entries()) {
          if (!Array.isArray(branch)) continue;
          if (branch.length === 0)
            ctx.add([...path, 'parallel', b], 'empty-branch', `parallel branch ${b} has no steps`);
          const out = checkSequence(ctx, branch, [...path, 'parallel', b], inner);
          for (const [k, v] of out.bindings) merged.set(k, v);
          elapsed = Math.max(elapsed, out.elapsed);
        }
      }
      return bind(noResult('parallel'), merged, elapsed);
    }
    case 'forEach':
      return bind(checkForEach(ctx, step, path, inner, checkSequence));
    case 'approval': {
      const shape = object({
        approved: leaf('boolean'),
        by: leaf('string'),
        at: leaf('string'),
        comment: leaf('string'),
      });
      const approval = step.approval;
      if (isRecord(approval)) {
        if (typeof approval.message === 'string') {
          checkReferences(ctx, approval.message, [...path, 'approval', 'message'], scope);
          checkWholeText(ctx, approval.message, [...path, 'approval', 'message'], scope);
        }
        if (Array.isArray(approval.approvers)) {
          checkReferences(ctx, approval.approvers, [...path, 'approval', 'approvers'], scope);
          for (const [i, a] of approval.approvers.entries())
            checkWholeText(ctx, a, [...path, 'approval', 'approvers', i], scope);
        }
        if (typeof approval.timeout === 'string')
          checkDuration(ctx, approval.timeout, [...path, 'approval', 'timeout']);
      }
      if (Array.isArray(step.onReject)) {
        if (step.onReject.length === 0) {
          ctx.add(
            [...path, 'onReject'],
            'empty-branch',
            '"onReject" has no steps; remove it (the run then ends as rejected) or add steps',
          );
        }
        const steps = new StepLayer(scope.steps);
        if (id !== undefined) steps.set(id, shape);
        checkSequence(ctx, step.onReject, [...path, 'onReject'], { ...inner, steps });
      }
      return bind(shape);
    }
    default:
      return none;
  }
};

/** A value that must be text at run time (an approval's message, an approver): a whole reference must hold text. */
const checkWholeText = (ctx: ValidationContext, value: unknown, path: Path, scope: Scope): void => {
  const ref = typeof value === 'string' ? wholeReference(value) : undefined;
  const shape = ref && checkReference(ctx, ref, path, scope, true);
  if (ref && shape) checkWholeReferenceType(ctx, ref, shape, 'string', path);
};

const checkWait = (ctx: ValidationContext, value: unknown, path: Path, scope: Scope): number | undefined => {
  if (typeof value === 'string') return checkDuration(ctx, value, path);
  if (isRecord(value) && 'businessDays' in value) return checkBusinessDays(ctx, value, path);
  if (isRecord(value) && typeof value.until === 'string') {
    const until = value.until;
    const ref = wholeReference(until);
    const offset = checkOffset(ctx, value, path);
    if (offset && !ref) {
      ctx.add(
        [...path, offset],
        'bad-until-offset',
        `"${offset}" moves a time held in the data, so "until" must be one whole reference such as {{trigger.booking.start}}; for a fixed time, write that time in "until"`,
      );
    }
    if (ref) {
      const shape = checkReference(ctx, ref, [...path, 'until'], scope);
      if (shape) checkWholeReferenceType(ctx, ref, shape, 'string', [...path, 'until']);
      if (shape && offset) checkTimeField(ctx, ref, shape, [...path, 'until']);
    } else if (parseTemplate(until).some((p) => p.kind === 'ref')) {
      ctx.add(
        [...path, 'until'],
        'bad-until',
        '"until" must be a timestamp or one whole reference such as {{steps.meeting.start}}, not text around a reference',
      );
    } else if (!z.iso.datetime({ offset: true }).safeParse(until).success) {
      ctx.add(
        [...path, 'until'],
        'bad-until',
        `"${until}" is not an ISO timestamp with offset such as 2026-12-01T09:00:00Z or 2026-12-01T09:00:00+01:00`,
      );
    }
  }
  return undefined;
};

/** `before` or `after` (not both): a positive duration of at most a year. Which one was given, if valid. */
const checkOffset = (
  ctx: ValidationContext,
  value: Record<string, unknown>,
  path: Path,
): 'before' | 'after' | undefined => {
  const given = (['before', 'after'] as const).filter((k) => value[k] !== undefined);
  if (given.length > 1) {
    ctx.add([...path, 'after'], 'bad-until-offset', 'give "before" or "after", not both');
    return undefined;
  }
  const key = given[0];
  if (!key || typeof value[key] !== 'string') return undefined;
  return checkDuration(ctx, value[key], [...path, key]) === undefined ? undefined : key;
};

/**
 * The names of the fields that hold a date-time (`start`, `end`, `createdAt`) or a date (`dueDate`): what the
 * catalogue's and the events' data carry; timeFields in the tests lists every declared one.
 */
export const TIME_FIELD = /^(?:start|end|date|time)$|(?:At|Date|Time|Start|End)$/;

/** A wait moved before or after a referenced time: the field must hold one (open data is checked at run time). */
const checkTimeField = (ctx: ValidationContext, ref: Reference, shape: Shape, path: Path): void => {
  if (shape.t !== 'leaf' || shape.type !== 'string') return;
  const field = ref.segments.at(-1) ?? '';
  if (TIME_FIELD.test(field)) return;
  ctx.add(
    path,
    'not-a-time',
    `{{${ref.expression}}} is text, not a date-time field; "before" and "after" move a time such as {{trigger.booking.start}} or {{trigger.invoice.dueDate}}`,
  );
};

const checkWaitFor = (
  ctx: ValidationContext,
  step: Record<string, unknown>,
  path: Path,
  id: string | undefined,
  scope: Scope,
): Shape => {
  const spec = step.waitFor;
  let eventShape: Shape = OPEN;
  let timeoutSeconds: number | undefined;
  if (isRecord(spec)) {
    if (typeof spec.event === 'string') {
      if ((EVENT_NAMES as readonly string[]).includes(spec.event)) {
        eventShape = eventDetailShape(spec.event);
      } else {
        ctx.add(
          [...path, 'waitFor', 'event'],
          'unknown-event',
          `unknown event "${spec.event}"${didYouMean(spec.event, EVENT_NAMES)} Events: ${list(EVENT_NAMES)}`,
        );
      }
    }
    if (isRecord(spec.match)) {
      const keys = Object.keys(spec.match);
      if (keys.length === 0) {
        ctx.add(
          [...path, 'waitFor', 'match'],
          'empty-match',
          'match needs at least one field, e.g. { "leadId": "{{trigger.lead.id}}" }, or every event of that type would resume the run',
        );
      }
      for (const key of keys) {
        const check = walkShape(eventShape, key.split('.'), `the "${String(spec.event)}" event`);
        if (!check.ok) ctx.add([...path, 'waitFor', 'match', key], 'unknown-field', check.message);
        const outer = { ...scope, depth: scope.depth - 1 };
        const value = spec.match[key];
        checkReferences(ctx, value, [...path, 'waitFor', 'match', key], outer);
        const ref = typeof value === 'string' ? wholeReference(value) : undefined;
        if (check.ok && !String(value).includes('{{'))
          checkFixedValues(ctx, [...path, 'waitFor', 'match', key], key, check.shape, [value]);
        const shape = ref && checkReference(ctx, ref, [...path, 'waitFor', 'match', key], outer, true);
        if (ref && shape && check.ok)
          checkMatchReferenceType(ctx, ref, shape, check.shape, [...path, 'waitFor', 'match', key]);
      }
    }
    if (typeof spec.timeout === 'string')
      timeoutSeconds = checkDuration(ctx, spec.timeout, [...path, 'waitFor', 'timeout']);
    else if (isRecord(spec.timeout) && 'businessDays' in spec.timeout)
      timeoutSeconds = checkBusinessDays(ctx, spec.timeout, [...path, 'waitFor', 'timeout']);
  }
  const received = leaf('boolean');
  const inside = object({ received, event: eventShape });
  const outside: Shape = object({
    received,
    event: {
      t: 'forbidden',
      code: 'event-outside-onEvent',
      message: `steps.${id}.event exists only inside "onEvent" of "${id}" (the event may not have arrived elsewhere); check steps.${id}.received instead`,
    },
  });
  const withWait = (shape: Shape): StepLayer => {
    const steps = new StepLayer(scope.steps);
    if (id !== undefined) steps.set(id, shape);
    return steps;
  };
  if (Array.isArray(step.onEvent))
    checkSequence(ctx, step.onEvent, [...path, 'onEvent'], { ...scope, steps: withWait(inside) });
  if (Array.isArray(step.onTimeout)) {
    const elapsed = scope.elapsed + (timeoutSeconds ?? 0);
    if (
      ctx.timeoutSeconds !== undefined &&
      timeoutSeconds !== undefined &&
      elapsed >= ctx.timeoutSeconds &&
      step.onTimeout.length > 0
    ) {
      ctx.unreachableReported = true;
      ctx.add(
        [...path, 'onTimeout'],
        'unreachable',
        `these steps can never run: the wait times out after ${timeoutSeconds} seconds, but settings.timeout ends the run first (${ctx.timeoutSeconds} seconds)`,
      );
    }
    checkSequence(ctx, step.onTimeout, [...path, 'onTimeout'], {
      ...scope,
      steps: withWait(outside),
      elapsed,
    });
  }
  return outside;
};
