import { type KnownText, knownTextOf } from '../compile/known-text';
import { probedComparisons } from '../compile/list-contains';
import { chooseWorkflowType, longestPathSeconds } from '../compile/workflow-type';
import { MAX_EXPRESS_DURATION_SECONDS, MAX_HISTORY_EVENTS, MAX_PAYLOAD_BYTES } from '../limits';
import { wholeReference } from '../references';
import type { Step, WorkflowDefinition } from '../schema';
import { toJsonPath, type ValidationIssue } from './issues';
import { actionOutputBytes, eventBytes, LIST_ITEMS, listCount, SHORT_TEXT } from './payload-size';

/**
 * What a run of the workflow would hit on AWS, found before it is deployed (issue 11 part 6):
 *  - the run's state (every step's output is kept under `steps`) passing 256 KiB, which ends the execution with
 *    States.DataLimitExceeded; a forEach over a list keeps every iteration's results, so it is sized by its list
 *    (crm.findLeads' `limit`, else LIST_ITEMS);
 *  - the history of a STANDARD run passing 25,000 events (States.Runtime): each state entered and exited, three
 *    events per task, and every iteration of a forEach over a list with its steps;
 *  - an EXPRESS workflow whose slowest path (every action taking its full timeout) passes 5 minutes.
 * Each issue names the step that pushes the run over, and what to change. The state count and the definition size
 * are checked on the compiled machine (compiled-limits.ts).
 */

/** Trigger and context in the state: an event trigger's detail, the run context. */
const BASE_BYTES = 4_096 + 1_024;
/** History events of the run's own states: ExecutionStarted/Succeeded, "Start run" and "Finish run". */
const RUN_EVENTS = 2 + 2 * 5;

interface Cost {
  /** Bytes the step adds to the run's state. */
  readonly bytes: number;
  /** History events the step writes on its longest path. */
  readonly events: number;
}

interface Walk {
  /** Output of a step that returns a list, by step id: how many elements (for the forEach over it). */
  readonly lists: Map<string, number>;
  readonly issues: ValidationIssue[];
  /** Paths known to hold text: their `contains` has no probe. */
  readonly knownText: KnownText;
}

const TASK = 2 + 3;

const sequence = (w: Walk, steps: readonly Step[], path: (string | number)[]): Cost =>
  steps.reduce<Cost>(
    (sum, step, i) => {
      const c = stepCost(w, step, [...path, i]);
      return { bytes: sum.bytes + c.bytes, events: sum.events + c.events };
    },
    { bytes: 0, events: 0 },
  );

const larger = (a: Cost, b: Cost): Cost => ({
  bytes: Math.max(a.bytes, b.bytes),
  events: Math.max(a.events, b.events),
});

const forEachCount = (w: Walk, items: string | undefined): number => {
  const ref = items ? wholeReference(items) : undefined;
  const segments = ref?.expression.split('.') ?? [];
  if (segments[0] === 'steps' && segments[1]) return w.lists.get(segments[1]) ?? LIST_ITEMS;
  return LIST_ITEMS;
};

const stepCost = (w: Walk, step: Step, path: (string | number)[]): Cost => {
  if ('action' in step) {
    const count = listCount(step.action, step.input);
    if (count !== undefined) w.lists.set(step.id, count);
    return { bytes: step.id.length + 4 + actionOutputBytes(step.action, step.input), events: TASK };
  }
  if ('if' in step) {
    const then = sequence(w, step.then, [...path, 'then']);
    const otherwise = sequence(w, step.else ?? [], [...path, 'else']);
    // Each `contains` on a path not known to hold text runs a probe first (compile/list-contains.ts): a Choice and a
    // Pass, two events each. Its flag (~40 bytes) stays out of a forEach's results, so it adds nothing that grows
    // with a list.
    const probes = 4 * probedComparisons(step.if, w.knownText).length;
    return { bytes: larger(then, otherwise).bytes, events: 2 + probes + larger(then, otherwise).events };
  }
  if ('waitFor' in step) {
    const onEvent = sequence(w, step.onEvent ?? [], [...path, 'onEvent']);
    const onTimeout = sequence(w, step.onTimeout ?? [], [...path, 'onTimeout']);
    const branches = larger(onEvent, onTimeout);
    // Business days: the deadline task first (compile/control-steps.ts businessDeadline).
    const deadline = typeof step.waitFor.timeout === 'string' ? 0 : TASK;
    return {
      bytes: eventBytes(step.waitFor.event) + branches.bytes,
      events: TASK + 1 + 2 + deadline + branches.events,
    };
  }
  if ('approval' in step) {
    const onReject = sequence(w, step.onReject ?? [], [...path, 'onReject']);
    return { bytes: 4 * SHORT_TEXT + onReject.bytes, events: TASK + 1 + 2 + onReject.events };
  }
  if ('parallel' in step) {
    const branches = step.parallel.map((b, i) => sequence(w, b, [...path, 'parallel', i]));
    return {
      bytes: branches.reduce((sum, b) => sum + b.bytes, 0),
      events: 2 + branches.reduce((sum, b) => sum + b.events, 0),
    };
  }
  if ('forEach' in step) {
    const body = sequence(w, step.forEach.steps, [...path, 'forEach', 'steps']);
    // A Distributed Map: a key and a count in the state, four events; the children have their own histories.
    if (step.forEach.itemsFrom !== undefined) return { bytes: 200, events: 6 };
    const count = forEachCount(w, step.forEach.items);
    return { bytes: 40 + count * (4 + body.bytes), events: 2 + count * (2 + body.events) };
  }
  // A wait moved from a time in the data: the deadline task first, its { until, seconds, late } under the step's id.
  if (
    'wait' in step &&
    typeof step.wait === 'object' &&
    'until' in step.wait &&
    (step.wait.before || step.wait.after)
  )
    return { bytes: SHORT_TEXT + 70, events: 2 + TASK };
  // A wait; with business days, the deadline task first and its { until, seconds } kept under the step's id.
  if ('wait' in step && typeof step.wait === 'object' && 'businessDays' in step.wait)
    return { bytes: SHORT_TEXT + 60, events: 2 + TASK };
  return { bytes: SHORT_TEXT, events: 2 };
};

const kib = (bytes: number): string => `${Math.round(bytes / 1024)} KiB`;

/** Where a run passes a limit: the first top-level step at which the running total does. */
const firstOver = (
  costs: readonly Cost[],
  start: number,
  of: (c: Cost) => number,
  limit: number,
): { index: number; total: number } | undefined => {
  let total = start;
  for (const [index, c] of costs.entries()) {
    total += of(c);
    if (total > limit) return { index, total };
  }
  return undefined;
};

const LOOP_ADVICE =
  'a forEach over a list keeps every item in the run; for large sets export them with crm.exportLeads and loop with "itemsFrom" (each item its own execution), or lower the list\'s "limit"';

export const checkRunLimits = (def: WorkflowDefinition): ValidationIssue[] => {
  const w: Walk = { lists: new Map(), issues: [], knownText: knownTextOf(def) };
  const costs = def.steps.map((step, i) => stepCost(w, step, ['steps', i]));
  const loopAt = (index: number) => 'forEach' in (def.steps[index] ?? {});
  const payload = firstOver(costs, BASE_BYTES, (c) => c.bytes, MAX_PAYLOAD_BYTES);
  if (payload) {
    w.issues.push({
      path: toJsonPath(['steps', payload.index]),
      code: 'state-too-large',
      message: `after this step a run's state can reach about ${kib(payload.total)}; Step Functions ends a run whose state passes 256 KiB (States.DataLimitExceeded): ${loopAt(payload.index) ? LOOP_ADVICE : 'return less from the steps before it, or split the workflow'}`,
    });
  }
  const type = chooseWorkflowType(def);
  if (type === 'STANDARD') {
    const history = firstOver(costs, RUN_EVENTS, (c) => c.events, MAX_HISTORY_EVENTS);
    if (history) {
      w.issues.push({
        path: toJsonPath(['steps', history.index]),
        code: 'history-too-long',
        message: `by this step a run can write about ${history.total.toLocaleString('en-US')} history events; a STANDARD execution holds 25,000 and then fails (States.Runtime): ${loopAt(history.index) ? LOOP_ADVICE : 'move part of the steps to another workflow'}`,
      });
    }
  } else {
    for (let k = 0; k < def.steps.length; k++) {
      const seconds = longestPathSeconds({ steps: def.steps.slice(0, k + 1) });
      if (!Number.isFinite(seconds) || seconds <= MAX_EXPRESS_DURATION_SECONDS) continue;
      w.issues.push({
        path: toJsonPath(['steps', k]),
        code: 'express-too-long',
        message: `with every action taking its full timeout, an EXPRESS run reaches about ${Math.round(seconds)} s by this step; Express executions end at 5 minutes: lower the steps' "timeout", or set settings.type to "STANDARD"`,
      });
      break;
    }
  }
  return w.issues;
};
