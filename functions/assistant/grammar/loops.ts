import { getAction } from '../../../statemachines/catalogue';
import type { EventFilter, Step, Trigger } from '../../../statemachines/schema';
import { SENT_MESSAGES_FILTER } from '../outline';

/**
 * An action that publishes the very event that starts its workflow would start it again, forever (the validator
 * refuses it). Where the request means something sensible, say so in the workflow: "when a lead is added, add them
 * to the CRM" — the lead is already there, the step is dropped; "when a lead is updated, mark them as contacted" —
 * the trigger ignores the change the workflow itself makes.
 */
export interface LoopFix {
  readonly trigger: Trigger;
  readonly steps: Step[];
  readonly notes: string[];
}

const actionsIn = (steps: readonly Step[]): Extract<Step, { action: string }>[] =>
  steps.flatMap((s) => {
    if ('action' in s) return [s];
    if ('if' in s) return [...actionsIn(s.then), ...actionsIn(s.else ?? [])];
    if ('waitFor' in s) return [...actionsIn(s.onEvent ?? []), ...actionsIn(s.onTimeout ?? [])];
    if ('forEach' in s) return actionsIn(s.forEach.steps);
    if ('parallel' in s) return s.parallel.flatMap(actionsIn);
    if ('approval' in s) return actionsIn(s.onReject ?? []);
    return [];
  });

const without = (steps: readonly Step[], drop: (s: Step) => boolean): Step[] =>
  steps.flatMap((s): Step[] => {
    if (drop(s)) return [];
    if ('if' in s)
      return [{ ...s, then: without(s.then, drop), ...(s.else ? { else: without(s.else, drop) } : {}) }];
    if ('waitFor' in s)
      return [
        {
          ...s,
          ...(s.onEvent ? { onEvent: without(s.onEvent, drop) } : {}),
          ...(s.onTimeout ? { onTimeout: without(s.onTimeout, drop) } : {}),
        },
      ];
    if ('forEach' in s) return [{ ...s, forEach: { ...s.forEach, steps: without(s.forEach.steps, drop) } }];
    return [s];
  });

const literalPrefix = (text: unknown): string | undefined => {
  if (typeof text !== 'string') return undefined;
  const prefix = text.split('{{')[0]?.trim();
  return prefix && prefix.length >= 3 ? prefix : undefined;
};

/**
 * "When we email a lead, if they haven't replied in 3 days, …", "a week after we email a lead, remind Hannah to chase
 * them": a wait after what we sent follows up on our messages, never on our replies.
 */
const awaitingReplies = (trigger: Trigger, steps: readonly Step[]): Trigger =>
  trigger.type === 'event' &&
  trigger.event === 'email.sent' &&
  trigger.filter === undefined &&
  steps.some((s) => ('waitFor' in s && s.waitFor.event === 'email.received') || 'wait' in s)
    ? { ...trigger, filter: structuredClone(SENT_MESSAGES_FILTER) as Record<string, unknown> }
    : trigger;

/** The state the starting event already guarantees: a test of it around every step is always true. */
const GUARANTEED: Readonly<Record<string, readonly [path: string, value: string]>> = {
  'invoice.overdue': ['trigger.invoice.status', 'overdue'],
  'invoice.paid': ['trigger.invoice.status', 'paid'],
};

/** "Late payments: when an invoice is overdue send a reminder": no test that the overdue invoice is overdue. */
const untested = (trigger: Trigger, steps: Step[], notes: string[]): Step[] => {
  const [only] = steps;
  const known = trigger.type === 'event' ? GUARANTEED[trigger.event] : undefined;
  if (steps.length !== 1 || !only || !known) return steps;
  // "Paid invoices: when an invoice is paid, thank them": no wait for a payment that has come
  if (
    'waitFor' in only &&
    trigger.type === 'event' &&
    only.waitFor.event === trigger.event &&
    !only.onTimeout
  ) {
    notes.push(`the invoice is already ${known[1]} when this workflow starts: no step waits for it`);
    return only.onEvent ?? steps;
  }
  if (!('if' in only) || only.else) return steps;
  const test = only.if;
  if (!('path' in test) || test.path !== known[0] || test.eq !== known[1]) return steps;
  notes.push(`the invoice is already ${known[1]} when this workflow starts: no step tests it again`);
  return only.then;
};

export const breakSelfLoops = (given: Trigger, read: Step[]): LoopFix => {
  const trigger = awaitingReplies(given, read);
  const notes: string[] = [];
  const steps = untested(trigger, read, notes);
  if (trigger.type !== 'event') return { trigger, steps, notes };
  const looping = actionsIn(steps).filter((a) => getAction(a.action)?.emits === trigger.event);
  if (looping.length === 0) return { trigger, steps, notes };
  const redundant = new Set(['lead.created:crm.createLead', 'invoice.paid:invoice.markPaid']);
  if (looping.every((a) => redundant.has(`${trigger.event}:${a.action}`))) {
    notes.push(
      trigger.event === 'lead.created'
        ? 'the lead is already in the CRM when this workflow starts: no step adds it again'
        : 'the invoice is already paid when this workflow starts: no step marks it paid again',
    );
    return { trigger, steps: without(steps, (s) => looping.includes(s as never)), notes };
  }
  if (trigger.filter) return { trigger, steps, notes };
  const filter: EventFilter = {};
  for (const a of looping) {
    const input = a.input ?? {};
    if (a.action === 'crm.updateLead') {
      if (typeof input.status === 'string')
        filter['changes.status.to'] = [{ 'anything-but': [input.status] }];
      else filter['changes.status'] = [{ exists: true }];
    } else if (a.action === 'email.send' && typeof input.to === 'string' && !input.to.includes('{{')) {
      filter.to = [{ 'anything-but': [input.to.toLowerCase()] }];
    } else if (a.action === 'email.send' || a.action === 'invoice.sendReminder') {
      filter.subject = [{ 'anything-but': { prefix: 'Re:' } }];
      filter.$or = [{ kind: ['message'] }, { kind: [{ exists: false }] }];
    } else if (a.action === 'calendar.schedule' && literalPrefix(input.title)) {
      filter['booking.title'] = [{ 'anything-but': { prefix: literalPrefix(input.title) } }];
    } else if (a.action === 'files.create' && literalPrefix(input.name)) {
      filter['file.name'] = [{ 'anything-but': { prefix: literalPrefix(input.name) } }];
    }
  }
  return Object.keys(filter).length > 0
    ? { trigger: { ...trigger, filter }, steps, notes }
    : { trigger, steps, notes };
};
