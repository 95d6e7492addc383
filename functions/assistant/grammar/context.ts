import type { ActionName } from '../../../statemachines/catalogue';
import type { EventName } from '../../../statemachines/events';
import type { Step } from '../../../statemachines/schema';
import type { Clause } from './clause';
import { type Subject, TRIGGER_TEXT } from './subjects';

/** What the action grammars know while reading a request: the trigger, who it is about, what came before. */
export interface Ctx {
  readonly event: EventName | undefined;
  subject: Subject | undefined;
  readonly ids: Set<string>;
  /** The last step whose text "it" refers to (a summary, a draft, search results); `sentAt`: a draft already sent, as `ids.size` then. */
  previous: { readonly id: string; readonly action: ActionName; readonly sentAt?: number } | undefined;
  /** The schedule's cadence, for a report's default period. */
  readonly cadence: 'hourly' | 'daily-morning' | 'daily-evening' | 'weekly' | 'monthly' | undefined;
  /** What a manual run is given (its trigger's `inputs`): "the topic" is `{{trigger.topic}}`. */
  readonly given?: readonly string[] | undefined;
}

export interface ActionOutcome {
  readonly steps: Step[];
  /** Whether the steps act on the subject (the loop's item, the trigger's lead): keeps a loop open. */
  readonly usesSubject: boolean;
}

export type ActionResult = ActionOutcome | { readonly problem: string };

/** Reads a clause, marking what it understood; undefined when the clause is not this action after all. */
export type ActionReader = (clause: Clause, ctx: Ctx) => ActionResult | undefined;

/** Per set of step ids, where each base's numbering goes on: ids are only ever added, so none before it is free. */
const numbering = new WeakMap<Set<string>, Map<string, number>>();

/** `base`, else the first of `base-2`, `base-3` … not taken; a request of n steps alike costs n look-ups, not n². */
export const uniqueId = (ctx: Ctx, base: string): Step['id'] => {
  const next = numbering.get(ctx.ids) ?? new Map<string, number>();
  numbering.set(ctx.ids, next);
  let n = next.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (ctx.ids.has(id)) id = `${base}-${++n}`;
  next.set(base, n);
  ctx.ids.add(id);
  return id as Step['id'];
};

export const action = (ctx: Ctx, base: string, name: ActionName, input: Record<string, unknown>): Step => ({
  id: uniqueId(ctx, base),
  action: name,
  input,
});

/** A one-line description of what started the run (for notifications, notes and logs). */
export const triggerText = (ctx: Ctx): string =>
  (ctx.event && TRIGGER_TEXT[ctx.event]) ??
  (ctx.subject?.leadRoot === 'item'
    ? 'Lead: {{item.name}} ({{item.email}}), status {{item.status}}'
    : undefined) ??
  (ctx.subject?.invoiceRoot === 'item'
    ? 'Invoice {{item.number}} for {{item.customerEmail}} ({{item.status}})'
    : undefined) ??
  (ctx.event && ctx.subject?.email
    ? `Update about ${ctx.subject.email}`
    : 'Update from {{context.workflowName}}');

/** The text "it" means: the last summary, draft, search or found list, else what started the run. */
export const itText = (ctx: Ctx): string => {
  const prev = ctx.previous;
  if (prev?.action === 'report.summarize') return `{{steps.${prev.id}.summary}}`;
  if (prev?.action === 'email.draft') return `{{steps.${prev.id}.body}}`;
  if (prev?.action === 'ai.task') return `{{steps.${prev.id}.result}}`;
  if (prev?.action === 'knowledge.search') return `{{steps.${prev.id}.text}}`;
  // a found list's records, one line each (the list itself cannot go inside text)
  if (prev?.action === 'calendar.find' || prev?.action === 'invoice.find' || prev?.action === 'crm.findLeads')
    return `{{steps.${prev.id}.text}}`;
  // an email that came in is itself "it": "send it on to Graham", "forward it to the coach" pass its words on
  if (!prev && ctx.event === 'email.received')
    return 'Email from {{trigger.from}}: {{trigger.subject}}\n\n{{trigger.text}}';
  return triggerText(ctx);
};

export const outcome = (steps: Step[], usesSubject: boolean): ActionOutcome => ({ steps, usesSubject });

export const noSubject = (what: string, ctx: Ctx): { problem: string } => ({
  // a webhook's body is the provider's own: it carries no lead, invoice or booking id of ours (docs/api.md)
  problem:
    ctx.subject?.fieldsRoot === 'trigger.payload'
      ? `I understood "${what}" but a webhook carries no lead, invoice or booking of ours to do it for, only what its sender put in it: ${/\b(?:invoice|inv|paid|payment)\b/i.test(what) ? 'start the workflow from our own event ("when an invoice is paid, …")' : 'create the lead first ("…, create the lead and add a note")'}`
      : ctx.subject
        ? `I understood "${what}" but this trigger gives no ${ctx.subject.noun} to do it for`
        : ctx.given
          ? `I understood "${what}" but a run started by hand is given no one to do it for: say what you type when you run it: "when I run it with their name and email, …"`
          : `I understood "${what}" but there is no person or record to do it for in this trigger`,
});
