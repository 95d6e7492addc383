import { getAction } from '../../statemachines/catalogue';
import { humanizeDuration, humanizeWaitTime, isBusinessDays } from '../../statemachines/duration';
import { EVENT_DESCRIPTIONS, type EventName } from '../../statemachines/events';
import type { Condition, Step, Trigger, WorkflowDefinition } from '../../statemachines/schema';

/** A short plain-words account of what a workflow will do, the same whichever path produced it. */

const describeTrigger = (t: Trigger): string => {
  switch (t.type) {
    case 'event': {
      const what = EVENT_DESCRIPTIONS[t.event as EventName] ?? `the event ${t.event}`;
      return `Runs when ${what.charAt(0).toLowerCase()}${what.slice(1).replace(/\.$/, '')} (${t.event})${t.filter ? ', if it matches the filter' : ''}.`;
    }
    case 'schedule': {
      const when = t.cron
        ? `on the schedule cron(${t.cron})`
        : t.rate
          ? `every ${t.rate}`
          : `once at ${t.at}`;
      return `Runs ${when}${t.timezone ? ` in ${t.timezone}` : " in the tenant's time zone"}.`;
    }
    case 'manual':
      // what the run asks for when it is started: its inputs, the fields {{trigger.<name>}} reads
      return t.inputs?.length
        ? `Runs when started by hand (API, CLI or console), given ${t.inputs.slice(0, -1).join(', ')}${t.inputs.length > 1 ? ' and ' : ''}${t.inputs.at(-1)}.`
        : 'Runs when started by hand (API, CLI or console).';
    case 'webhook':
      return `Runs when the "${t.source}" webhook is received.`;
  }
};

const describeCondition = (c: Condition): string => {
  if ('all' in c) return c.all.map(describeCondition).join(' and ');
  if ('any' in c) return c.any.map(describeCondition).join(' or ');
  if ('not' in c) return `not (${describeCondition(c.not)})`;
  const ops: [keyof typeof c, string][] = [
    ['eq', 'is'],
    ['ne', 'is not'],
    ['gt', 'is more than'],
    ['gte', 'is at least'],
    ['lt', 'is less than'],
    ['lte', 'is at most'],
    ['contains', 'contains'],
    ['startsWith', 'starts with'],
    ['in', 'is one of'],
  ];
  const found = ops.find(([k]) => c[k] !== undefined);
  if (found) return `${c.path} ${found[1]} ${JSON.stringify(c[found[0]])}`;
  return c.exists === false ? `${c.path} is missing` : `${c.path} is present`;
};

const describeAction = (step: Extract<Step, { action: string }>): string => {
  const spec = getAction(step.action);
  const input = step.input ?? {};
  const title = step.name ?? spec?.title ?? step.action;
  const detail =
    typeof input.to === 'string'
      ? ` to ${input.to}${typeof input.subject === 'string' ? ` ("${input.subject}")` : ''}`
      : typeof input.title === 'string'
        ? ` "${input.title}"`
        : typeof input.text === 'string'
          ? `: "${input.text.length > 60 ? `${input.text.slice(0, 57)}…` : input.text}"`
          : // what a find picks: "Find bookings (today)", "Find leads (new, created this-week)"
            ` (${[input.day, input.status, input.createdIn && `created ${input.createdIn}`].filter((v) => typeof v === 'string').join(', ')})`.replace(
              ' ()',
              '',
            );
  return `${title}${detail} [${step.action}]`;
};

/** `24 hours before `, `1 hour after ` a wait's time, or nothing. */
const movedBy = (wait: { before?: string | undefined; after?: string | undefined }): string => {
  const moved = wait.before ?? wait.after;
  return moved ? `${humanizeDuration(moved)} ${wait.before ? 'before' : 'after'} ` : '';
};

const describeSteps = (steps: readonly Step[], depth: number, lines: string[]): void => {
  const pad = '  '.repeat(depth);
  steps.forEach((step, i) => {
    const n = `${pad}${i + 1}. `;
    if ('action' in step) lines.push(`${n}${describeAction(step)}`);
    else if ('wait' in step)
      lines.push(
        `${n}Wait ${typeof step.wait === 'string' || isBusinessDays(step.wait) ? humanizeWaitTime(step.wait) : `until ${movedBy(step.wait)}${step.wait.until}`}`,
      );
    else if ('waitFor' in step) {
      lines.push(`${n}Wait up to ${humanizeWaitTime(step.waitFor.timeout)} for ${step.waitFor.event}`);
      if (step.onEvent?.length) {
        lines.push(`${pad}   If it arrives:`);
        describeSteps(step.onEvent, depth + 2, lines);
      }
      if (step.onTimeout?.length) {
        lines.push(`${pad}   If it does not:`);
        describeSteps(step.onTimeout, depth + 2, lines);
      }
    } else if ('if' in step) {
      lines.push(`${n}If ${describeCondition(step.if)}:`);
      describeSteps(step.then, depth + 2, lines);
      if (step.else?.length) {
        lines.push(`${pad}   Otherwise:`);
        describeSteps(step.else, depth + 2, lines);
      }
    } else if ('parallel' in step) {
      lines.push(`${n}At the same time:`);
      step.parallel.forEach((branch, b) => {
        lines.push(`${pad}   Branch ${b + 1}:`);
        describeSteps(branch, depth + 2, lines);
      });
    } else if ('forEach' in step) {
      lines.push(`${n}For each item of ${step.forEach.items}:`);
      describeSteps(step.forEach.steps, depth + 2, lines);
    } else if ('approval' in step) {
      lines.push(`${n}Ask for approval: "${step.approval.message}"`);
      if (step.onReject?.length) {
        lines.push(`${pad}   If rejected or not decided in time (then the run ends):`);
        describeSteps(step.onReject, depth + 2, lines);
      }
    }
  });
};

export const explainWorkflow = (def: WorkflowDefinition): string => {
  const lines = [describeTrigger(def.trigger), 'Then:'];
  describeSteps(def.steps, 0, lines);
  if (def.autoMode === false)
    lines.push('Every run waits for approval first (Auto Mode off for this workflow).');
  lines.push('Nothing runs until you save and enable it; try it first with a dry run.');
  return lines.join('\n');
};
