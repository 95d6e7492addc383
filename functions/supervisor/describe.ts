import { getAction } from '../../statemachines/catalogue';
import { humanizeWaitTime, isBusinessDays } from '../../statemachines/duration';
import { parseTemplate } from '../../statemachines/references';
import { childBranches, type Step } from '../../statemachines/schema';

/**
 * "What will happen" in words, for approval requests: one line per step, with `{{trigger.…}}` values filled in
 * from the event that started the run (other references stay as written: they are only known later).
 */

const MAX_LINES = 40;
const MAX_VALUE = 120;

const readPath = (value: unknown, segments: readonly string[]): unknown => {
  let current = value;
  for (const s of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[s];
  }
  return current;
};

const clip = (text: string): string => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);

/** Fills `{{trigger.…}}` from the trigger; leaves other references readable as `{{…}}`. */
export const renderWithTrigger = (template: string, trigger: Record<string, unknown> | undefined): string =>
  parseTemplate(template)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.ref.root === 'trigger' && trigger) {
        const v = readPath(trigger, part.ref.segments);
        if (v !== undefined && v !== null) return typeof v === 'string' ? v : JSON.stringify(v);
      }
      return `{{${part.ref.expression}}}`;
    })
    .join('');

const show = (value: unknown, trigger: Record<string, unknown> | undefined): string =>
  clip(typeof value === 'string' ? renderWithTrigger(value, trigger) : JSON.stringify(value));

/** The inputs worth naming for each kind of action, in order. */
const KEY_INPUTS = [
  'to',
  'subject',
  'member',
  'text',
  'title',
  'customerEmail',
  'leadId',
  'url',
  'method',
  'instruction',
  'name',
  'query',
  'message',
  'status',
  'event',
];

const describeAction = (
  step: Extract<Step, { action: string }>,
  trigger: Record<string, unknown> | undefined,
): string => {
  const spec = getAction(step.action);
  const title = step.name ?? spec?.title ?? step.action;
  const input = step.input ?? {};
  const details = KEY_INPUTS.filter((k) => input[k] !== undefined).map(
    (k) => `${k}: ${show(input[k], trigger)}`,
  );
  if (step.action === 'invoice.create' && Array.isArray(input.lines)) {
    const total = (input.lines as { quantity?: number; unitPriceCents?: number }[]).reduce(
      (sum, l) =>
        sum +
        (typeof l.quantity === 'number' && typeof l.unitPriceCents === 'number'
          ? l.quantity * l.unitPriceCents
          : 0),
      0,
    );
    details.push(
      `net ${(total / 100).toFixed(2)} ${typeof input.currency === 'string' ? input.currency : ''}`.trim(),
    );
  }
  return details.length > 0 ? `${title} (${details.join(', ')})` : title;
};

/** A duration as written (`P2D`); business days in words. */
const waitText = (value: string | { businessDays: number }): string =>
  typeof value === 'string' ? value : humanizeWaitTime(value);

const describeStep = (step: Step, trigger: Record<string, unknown> | undefined): string => {
  if ('action' in step) return describeAction(step, trigger);
  if ('wait' in step)
    return typeof step.wait === 'string' || isBusinessDays(step.wait)
      ? `Wait ${waitText(step.wait)}`
      : `Wait until ${step.wait.before ? `${step.wait.before} before ` : step.wait.after ? `${step.wait.after} after ` : ''}${show(step.wait.until, trigger)}`;
  if ('waitFor' in step) return `Wait up to ${waitText(step.waitFor.timeout)} for ${step.waitFor.event}`;
  if ('if' in step) return step.name ?? `Decide (${step.id})`;
  if ('parallel' in step) return step.name ?? `In parallel (${step.parallel.length} branches)`;
  if ('forEach' in step) return step.name ?? `For each of ${show(step.forEach.items, trigger)}`;
  return `Ask for approval: ${show(step.approval.message, trigger)}`;
};

/** One line per step, nested steps indented; capped at 40 lines. */
export const describeSteps = (
  steps: readonly Step[],
  trigger?: Record<string, unknown>,
  depth = 0,
  lines: string[] = [],
): string[] => {
  for (const step of steps) {
    if (lines.length >= MAX_LINES) {
      if (lines[lines.length - 1] !== '…') lines.push('…');
      return lines;
    }
    lines.push(`${'  '.repeat(depth)}${describeStep(step, trigger)}`);
    for (const [key, children] of childBranches(step)) {
      if (lines.length >= MAX_LINES) break;
      const label = key.join(' ');
      if (label !== 'forEach steps' && label.startsWith('parallel') === false)
        lines.push(`${'  '.repeat(depth + 1)}${label}:`);
      describeSteps(children, trigger, depth + 2, lines);
    }
  }
  return lines;
};

/** The steps that follow a given step (in its own list and the lists enclosing it): what an approval unlocks. */
export const stepsAfter = (steps: readonly Step[], stepId: string): Step[] | undefined => {
  for (const [i, step] of steps.entries()) {
    if (step.id === stepId) return steps.slice(i + 1);
    for (const [, children] of childBranches(step)) {
      const inner = stepsAfter(children, stepId);
      if (inner) return [...inner, ...steps.slice(i + 1)];
    }
  }
  return undefined;
};
