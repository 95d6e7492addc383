import { getAction } from '../catalogue';
import { humanizeDuration, humanizeWaitTime, isBusinessDays } from '../duration';
import { parseReference, parseTemplate, type Reference } from '../references';
import {
  type ActionStep,
  type Comparison,
  type Condition,
  type ForEachStep,
  type Step,
  type WaitForStep,
  type WaitStep,
  walkSteps,
} from '../schema';

/** Step Functions limit on state names. */
export const MAX_STATE_NAME = 80;

/** Names of the supervisor's states around every workflow; user steps never take them. */
export const RESERVED_STATE_NAMES = {
  start: 'Start run',
  gate: 'Approval needed?',
  waitForApproval: 'Wait for approval',
  approvalRequested: 'Approval requested',
  finish: 'Finish run',
  finishRejected: 'Finish rejected run',
  rejected: 'Run rejected',
  recordFailure: 'Record failure',
  failed: 'Run failed',
} as const;

const ELLIPSIS = '…';

/** Cuts text to `max` characters on a word boundary when one is close, marking the cut with an ellipsis. */
export const truncate = (text: string, max: number): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}${ELLIPSIS}`;
};

/** Hands out unique state names (the whole machine shares one namespace, nested branches included). */
export class StateNamer {
  readonly #taken = new Set<string>();
  /** Next suffix to try per base name, so many equal names cost O(1) each. */
  readonly #next = new Map<string, number>();

  constructor(reserved: Iterable<string> = Object.values(RESERVED_STATE_NAMES)) {
    for (const name of reserved) this.#taken.add(name);
  }

  /** `base` if free, else `base (2)`, `base (3)`…, always <= 80 characters. */
  unique(base: string): string {
    const first = truncate(base, MAX_STATE_NAME) || 'Step';
    let name = first;
    let n = this.#next.get(first) ?? 2;
    while (this.#taken.has(name)) {
      const suffix = ` (${n})`;
      name = `${truncate(first, MAX_STATE_NAME - suffix.length)}${suffix}`;
      n++;
    }
    this.#next.set(first, n);
    this.#taken.add(name);
    return name;
  }
}

const words = (segment: string): string =>
  segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** How a reference reads inside a name: `{{trigger.lead.email}}` -> `[lead.email]`. */
export const referenceHint = (ref: Reference): string => {
  const segments = ref.segments.filter((s) => !/^\d+$/.test(s));
  if (segments.length === 0) return `[${ref.root}]`;
  return `[${segments.slice(-2).join('.')}]`;
};

/** A template rendered for a name: literal text kept, references as hints. */
export const templateHint = (value: string): string =>
  parseTemplate(value)
    .map((p) => (p.kind === 'text' ? p.text : referenceHint(p.ref)))
    .join('');

/** `trigger.lead.value` -> `Lead value`; `steps.find.count` -> `Find count`; `index` -> `Index`. */
export const humanizePath = (path: string): string => {
  const ref = parseReference(path);
  const segments = ref.segments.filter((s) => !/^\d+$/.test(s));
  const parts =
    ref.root === 'item' || ref.root === 'index' || segments.length === 0 ? [ref.root, ...segments] : segments;
  return capitalize(parts.map(words).join(' '));
};

const HINT_KEYS = [
  'subject',
  'title',
  'text',
  'message',
  'instruction',
  'query',
  'name',
  'event',
  'email',
  'customerEmail',
  'url',
  'status',
  'period',
] as const;

const MAX_HINT = 48;

export const actionStepName = (step: ActionStep): string => {
  if (step.name) return step.name;
  const title = getAction(step.action)?.title ?? step.action;
  const input = step.input ?? {};
  for (const key of HINT_KEYS) {
    const value = input[key];
    if (typeof value === 'string' && value.trim())
      return `${title}: ${truncate(templateHint(value), MAX_HINT)}`;
  }
  return title;
};

export const waitStepName = (step: WaitStep): string => {
  if (step.name) return step.name;
  if (typeof step.wait === 'string' || isBusinessDays(step.wait))
    return `Wait ${humanizeWaitTime(step.wait)}`;
  const { until, before, after } = step.wait;
  const moved = before ?? after;
  return moved
    ? `Wait until ${humanizeDuration(moved)} ${before ? 'before' : 'after'} ${templateHint(until)}`
    : `Wait until ${templateHint(until)}`;
};

/** What people call the awaited event in names: `Wait for reply (2 days)`. */
export const EVENT_NOUNS: Record<string, string> = {
  'email.received': 'reply',
  'email.sent': 'email sent',
  'lead.created': 'new lead',
  'lead.updated': 'lead update',
  'file.updated': 'file update',
  'form.submitted': 'form submission',
  'booking.created': 'booking',
  'booking.cancelled': 'cancellation',
  'invoice.created': 'invoice',
  'invoice.paid': 'payment',
  'invoice.overdue': 'overdue invoice',
  'workflow.started': 'workflow start',
  'workflow.completed': 'workflow completion',
  'workflow.failed': 'workflow failure',
  'approval.requested': 'approval request',
  'webhook.received': 'webhook',
};

export const eventNoun = (event: string): string => EVENT_NOUNS[event] ?? event;

export const waitForStepName = (step: WaitForStep): string =>
  step.name ?? `Wait for ${eventNoun(step.waitFor.event)} (${humanizeWaitTime(step.waitFor.timeout)})`;

export const waitForTimeoutName = (step: WaitForStep): string =>
  `No ${eventNoun(step.waitFor.event)} within ${humanizeWaitTime(step.waitFor.timeout)}`;

const literal = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

const comparisonText = (c: Comparison): string => {
  const subject = humanizePath(c.path);
  if (c.eq !== undefined) return `${subject} is ${literal(c.eq)}`;
  if (c.ne !== undefined) return `${subject} is not ${literal(c.ne)}`;
  if (c.gt !== undefined) return `${subject} > ${c.gt}`;
  if (c.gte !== undefined) return `${subject} >= ${c.gte}`;
  if (c.lt !== undefined) return `${subject} < ${c.lt}`;
  if (c.lte !== undefined) return `${subject} <= ${c.lte}`;
  if (c.contains !== undefined) return `${subject} contains ${literal(c.contains)}`;
  if (c.startsWith !== undefined) return `${subject} starts with ${literal(c.startsWith)}`;
  if (c.in !== undefined) return `${subject} is ${c.in.map(literal).join(' or ')}`;
  if (c.exists === false) return `${subject} missing`;
  return `${subject} exists`;
};

export const conditionText = (condition: Condition): string => {
  if ('all' in condition) return condition.all.map(conditionText).join(' and ');
  if ('any' in condition) return condition.any.map(conditionText).join(' or ');
  if ('not' in condition) return `not (${conditionText(condition.not)})`;
  return comparisonText(condition);
};

export const ifStepName = (step: { name?: string | undefined; if: Condition }): string =>
  step.name ?? `${truncate(conditionText(step.if), MAX_STATE_NAME - 1)}?`;

const singular = (noun: string): string => {
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/(ss|us)$/.test(noun)) return noun;
  if (/(ss|x|ch|sh|zz)es$/.test(noun)) return noun.replace(/es$/, '');
  return noun.replace(/s$/, '');
};

export const forEachStepName = (step: ForEachStep): string => {
  if (step.name) return step.name;
  const ref = parseTemplate(step.forEach.items ?? step.forEach.itemsFrom ?? '').find((p) => p.kind === 'ref');
  const last = ref?.kind === 'ref' ? ref.ref.segments.filter((s) => !/^\d+$/.test(s)).at(-1) : undefined;
  return `For each ${last ? singular(words(last)) : 'item'}`;
};

export const approvalStepName = (step: {
  name?: string | undefined;
  approval: { message: string };
}): string => step.name ?? `Approval: ${templateHint(step.approval.message)}`;

/** The short label of an approval, for the names of its rejection states. */
export const approvalLabel = (step: { name?: string | undefined; approval: { message: string } }): string =>
  truncate(step.name ?? templateHint(step.approval.message), 56);

export const parallelStepName = (step: { name?: string | undefined; parallel: unknown[][] }): string =>
  step.name ??
  (step.parallel.length === 1 ? 'Run 1 branch' : `Run ${step.parallel.length} branches in parallel`);

const baseStateName = (step: Step): string => {
  if ('action' in step) return actionStepName(step);
  if ('wait' in step) return waitStepName(step);
  if ('waitFor' in step) return waitForStepName(step);
  if ('if' in step) return ifStepName(step);
  if ('parallel' in step) return parallelStepName(step);
  if ('forEach' in step) return forEachStepName(step);
  return approvalStepName(step);
};

/**
 * The state that performs each step, named in document order before any auxiliary state so steps get the plain
 * names. The compiler names its states this way, so these are the compiled names without compiling.
 */
export const stepStateNames = (steps: readonly Step[], namer = new StateNamer()): Map<Step, string> => {
  const names = new Map<Step, string>();
  for (const { step } of walkSteps(steps)) names.set(step, namer.unique(baseStateName(step)));
  return names;
};
