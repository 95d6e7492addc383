import type { Condition, Step, Trigger, WorkflowDefinition } from '../../statemachines/schema';

/**
 * A workflow as one line: its trigger, its conditions and its ordered actions, without ids or inputs. What the
 * parser's accuracy is measured on (tests and `npm run bench`): two workflows with the same outline do the same
 * things in the same order under the same conditions.
 *
 *   trigger:  `lead.created`, `lead.created {"lead.tags":["vip"]}`, `email.sent[message]` (sent messages that are
 *             not replies), `cron(0 9 ? * MON *) Europe/Berlin`, `rate(1 hour)`, `webhook:typeform`, `manual`
 *   steps:    `email.send; wait(P2D); waitFor(email.received,P2D,timeout:[email.send])`, business days `wait(3BD)`,
 *             `waitFor(email.received,2BD,timeout:[…])`,
 *             `if(trigger.lead.value gt 10000)[notify.team]else[email.send]`, `forEach[invoice.sendReminder]`
 */

/** The filter that keeps a no-reply reminder from starting on replies and on invoice reminders. */
export const SENT_MESSAGES_FILTER = {
  subject: [{ 'anything-but': { prefix: 'Re:' } }],
  $or: [{ kind: ['message'] }, { kind: [{ exists: false }] }],
} as const;

const isSentMessagesFilter = (filter: unknown): boolean =>
  JSON.stringify(filter) === JSON.stringify(SENT_MESSAGES_FILTER);

export const outlineTrigger = (trigger: Trigger): string => {
  switch (trigger.type) {
    case 'event':
      if (trigger.filter === undefined) return trigger.event;
      if (trigger.event === 'email.sent' && isSentMessagesFilter(trigger.filter))
        return 'email.sent[message]';
      return `${trigger.event} ${JSON.stringify(trigger.filter)}`;
    case 'schedule': {
      const when = trigger.cron
        ? `cron(${trigger.cron})`
        : trigger.rate
          ? `rate(${trigger.rate})`
          : `at(${trigger.at})`;
      return trigger.timezone ? `${when} ${trigger.timezone}` : when;
    }
    case 'webhook':
      return trigger.filter
        ? `webhook:${trigger.source} ${JSON.stringify(trigger.filter)}`
        : `webhook:${trigger.source}`;
    case 'manual':
      return 'manual';
  }
};

export const outlineCondition = (c: Condition): string => {
  if ('all' in c) return `(${c.all.map(outlineCondition).join(' and ')})`;
  if ('any' in c) return `(${c.any.map(outlineCondition).join(' or ')})`;
  if ('not' in c) return `not ${outlineCondition(c.not)}`;
  const [op, value] = Object.entries(c).find(([k]) => k !== 'path') ?? ['?', undefined];
  return `${c.path} ${op} ${JSON.stringify(value)}`;
};

const branch = (label: string, steps: readonly Step[] | undefined): string[] =>
  steps && steps.length > 0 ? [`${label}:[${outlineSteps(steps)}]`] : [];

const outlineStep = (step: Step): string => {
  if ('action' in step) return step.action;
  if ('wait' in step) {
    if (typeof step.wait === 'string') return `wait(${step.wait})`;
    if ('businessDays' in step.wait) return `wait(${step.wait.businessDays}BD)`;
    // a wait moved from the time it names: `wait(until-PT24H)`, `wait(until+PT1H)`
    const { before, after } = step.wait;
    return `wait(until${before ? `-${before}` : after ? `+${after}` : ''})`;
  }
  if ('waitFor' in step)
    return `waitFor(${[
      step.waitFor.event,
      typeof step.waitFor.timeout === 'string'
        ? step.waitFor.timeout
        : `${step.waitFor.timeout.businessDays}BD`,
      ...branch('event', step.onEvent),
      ...branch('timeout', step.onTimeout),
    ].join(',')})`;
  if ('if' in step)
    return `if(${outlineCondition(step.if)})[${outlineSteps(step.then)}]${step.else?.length ? `else[${outlineSteps(step.else)}]` : ''}`;
  if ('forEach' in step) return `forEach[${outlineSteps(step.forEach.steps)}]`;
  if ('parallel' in step) return `parallel[${step.parallel.map((b) => `[${outlineSteps(b)}]`).join(',')}]`;
  return `approval${step.onReject?.length ? `(rejected:[${outlineSteps(step.onReject)}])` : ''}`;
};

export const outlineSteps = (steps: readonly Step[]): string => steps.map(outlineStep).join('; ');

export interface Outline {
  readonly trigger: string;
  readonly steps: string;
}

export const outlineOf = (def: Pick<WorkflowDefinition, 'trigger' | 'steps'>): Outline => ({
  trigger: outlineTrigger(def.trigger),
  steps: outlineSteps(def.steps),
});
