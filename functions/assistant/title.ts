import { getAction } from '../../statemachines/catalogue';
import { isBusinessDays } from '../../statemachines/duration';
import type { Condition, Step, Trigger, WorkflowDefinition } from '../../statemachines/schema';

/**
 * A workflow's name: a short title of what it does ("New lead: send email, notify team"), never the request cut at
 * 80 characters with its greeting ("Hi team, when a new lead comes in from our website please send them our we…").
 */

const EVENTS: Readonly<Record<string, string>> = {
  'lead.created': 'New lead',
  'lead.updated': 'Lead updated',
  'email.received': 'Email received',
  'email.sent': 'Email sent',
  'file.updated': 'File updated',
  'form.submitted': 'Form submitted',
  'booking.created': 'New booking',
  'booking.cancelled': 'Booking cancelled',
  'invoice.created': 'New invoice',
  'invoice.paid': 'Invoice paid',
  'invoice.overdue': 'Invoice overdue',
  'workflow.started': 'Workflow started',
  'workflow.completed': 'Workflow completed',
  'workflow.failed': 'Workflow failed',
  'approval.requested': 'Approval requested',
};

const DAYS: Readonly<Record<string, string>> = {
  'MON-FRI': 'Weekdays',
  MON: 'Mondays',
  TUE: 'Tuesdays',
  WED: 'Wednesdays',
  THU: 'Thursdays',
  FRI: 'Fridays',
  SAT: 'Saturdays',
  SUN: 'Sundays',
};

/** "cron(0 9 ? * MON *)" → "Mondays at 09:00"; "0 17 * * ? *" → "Daily at 17:00". */
const whenScheduled = (cron: string): string => {
  const [minute = '', hour = '', dom = '', , dow = ''] = cron.split(/\s+/);
  const at =
    /^\d+$/.test(hour) && /^\d+$/.test(minute)
      ? ` at ${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`
      : '';
  const days =
    dow !== '?' && dow !== '*' ? (DAYS[dow] ?? 'Weekly') : dom !== '*' && dom !== '?' ? 'Monthly' : 'Daily';
  return `${days}${at}`;
};

const whenOf = (t: Trigger): string => {
  switch (t.type) {
    case 'event':
      return EVENTS[t.event] ?? t.event;
    case 'schedule':
      return t.cron ? whenScheduled(t.cron) : t.rate ? `Every ${t.rate.replace(/^1 /, '')}` : 'Once';
    case 'manual':
      return 'On request';
    case 'webhook':
      return `${t.source.charAt(0).toUpperCase()}${t.source.slice(1)} webhook`;
  }
};

const AWAITED: Readonly<Record<string, string>> = {
  'email.received': 'reply',
  'invoice.paid': 'payment',
  'booking.created': 'booking',
  'form.submitted': 'form',
};

/** "P10D" → "10 days", "P14D" → "2 weeks", "PT48H" → "2 days", "PT30M" → "30 minutes". */
const humanizeDuration = (iso: string): string => {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  const minutes = m ? Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0;
  const [n, unit] =
    minutes === 0
      ? [0, iso]
      : minutes % 10080 === 0
        ? [minutes / 10080, 'week']
        : minutes % 1440 === 0
          ? [minutes / 1440, 'day']
          : minutes % 60 === 0
            ? [minutes / 60, 'hour']
            : [minutes, 'minute'];
  return n === 0 ? iso : `${n} ${unit}${n === 1 ? '' : 's'}`;
};

/** A wait's length: its duration in words, or `3 business days`. */
const waitTime = (value: string | { businessDays: number }): string =>
  typeof value === 'string'
    ? humanizeDuration(value)
    : `${value.businessDays} business day${value.businessDays === 1 ? '' : 's'}`;

const OPS: readonly [string, string][] = [
  ['eq', '='],
  ['ne', '≠'],
  ['gt', '>'],
  ['gte', '≥'],
  ['lt', '<'],
  ['lte', '≤'],
  ['contains', 'mentions'],
];

const conditionOf = (c: Condition): string => {
  if ('all' in c) return c.all.map(conditionOf).join(' and ');
  if ('any' in c) return c.any.map(conditionOf).join(' or ');
  if ('not' in c) return `not ${conditionOf(c.not)}`;
  const field = (c.path.split('.').at(-1) ?? c.path).replace(/Cents$/, '');
  const op = OPS.find(([k]) => k in c);
  const value = op ? (c as unknown as Record<string, unknown>)[op[0]] : undefined;
  return op ? `${field} ${op[1]} ${typeof value === 'string' ? value : String(value)}` : field;
};

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const stepsOf = (steps: readonly Step[]): string => steps.map(stepOf).join(', ');

const stepOf = (step: Step): string => {
  if ('action' in step) return lower(getAction(step.action)?.title ?? step.action);
  if ('wait' in step)
    return typeof step.wait === 'string' || isBusinessDays(step.wait)
      ? `wait ${waitTime(step.wait)}`
      : step.wait.before || step.wait.after
        ? `wait until ${humanizeDuration(step.wait.before ?? step.wait.after ?? '')} ${step.wait.before ? 'before' : 'after'} a date`
        : 'wait until a date';
  if ('waitFor' in step) {
    const what = AWAITED[step.waitFor.event] ?? step.waitFor.event;
    const within = step.waitFor.timeout ? ` in ${waitTime(step.waitFor.timeout)}` : '';
    const timeout = step.onTimeout?.length ? `no ${what}${within}: ${stepsOf(step.onTimeout)}` : '';
    const event = step.onEvent?.length ? `on ${what}${within}: ${stepsOf(step.onEvent)}` : '';
    return [timeout, event].filter(Boolean).join('; ') || `wait for ${what}`;
  }
  if ('if' in step)
    return `if ${conditionOf(step.if)}: ${stepsOf(step.then)}${step.else?.length ? `; else ${stepsOf(step.else)}` : ''}`;
  if ('forEach' in step) return `for each: ${stepsOf(step.forEach.steps)}`;
  if ('parallel' in step) return step.parallel.map(stepsOf).join(' and ');
  return 'approval';
};

const LIMIT = 80;

export const titleOf = (definition: Pick<WorkflowDefinition, 'trigger' | 'steps'>): string => {
  const title = `${whenOf(definition.trigger)}: ${stepsOf(definition.steps)}`;
  if (title.length <= LIMIT) return title;
  const cut = title.slice(0, LIMIT - 1);
  let end = Math.max(cut.lastIndexOf(' '), LIMIT / 2);
  while (end > 0 && ' ,:;'.includes(cut.charAt(end - 1))) end -= 1;
  return `${cut.slice(0, end)}…`;
};
