import type { Step } from '../../../statemachines/schema';

import type { Item } from './items';

/**
 * "change status to contacted and add the tag indeed", "remove the "active" tag from them and add "at-risk"": changes
 * said one after the other to the same lead, joined by "and", are one crm.updateLead carrying them all (one write, one
 * state), as the writers of sets 18–30 expect. Kept apart: steps listed one by one after a comma or in a new sentence,
 * as a tool's layout lists them ("Update Lead: status = customer + Add Tag: vip"), changes to two leads, the same field changed twice, a tag both
 * added and removed, or a step whose output a later step reads. The same reminder said twice in a row is sent once
 * ("chase all the overdue fees - reminder to each one").
 */
export const mergeLeadUpdates = (items: readonly Item[]): Item[] => {
  const text = JSON.stringify(items);
  const out: Item[] = [];
  for (const item of items) {
    const prev = out.at(-1);
    const last = prev?.kind === 'steps' ? prev.steps.at(-1) : undefined;
    const first = item.kind === 'steps' ? item.steps[0] : undefined;
    const merged =
      last && first && (item.segment === prev?.segment || sameReminder(last, first))
        ? merge(last, first, text)
        : undefined;
    if (prev?.kind === 'steps' && item.kind === 'steps' && merged)
      out[out.length - 1] = {
        ...prev,
        steps: [...prev.steps.slice(0, -1), merged, ...item.steps.slice(1)],
        usesSubject: prev.usesSubject || item.usesSubject,
      };
    else out.push(item);
  }
  return out;
};

type Update = {
  readonly id: string;
  readonly action: 'crm.updateLead';
  readonly input: Record<string, unknown>;
};

const isUpdate = (step: Step): step is Step & Update =>
  'action' in step &&
  step.action === 'crm.updateLead' &&
  Object.keys(step).every((k) => k === 'id' || k === 'action' || k === 'input');

const TAG_LISTS = new Set(['addTags', 'removeTags']);

/** "chase all the overdue fees - reminder to each one": the same reminder said twice is one. */
const sameReminder = (a: Step, b: Step): boolean =>
  'action' in a &&
  'action' in b &&
  a.action === 'invoice.sendReminder' &&
  b.action === 'invoice.sendReminder' &&
  JSON.stringify(a.input) === JSON.stringify(b.input);

const merge = (a: Step, b: Step, text: string): Step | undefined => {
  if (sameReminder(a, b) && !text.includes(`{{steps.${b.id}.`)) return a;
  if (!isUpdate(a) || !isUpdate(b) || a.input.leadId !== b.input.leadId) return undefined;
  if (text.includes(`{{steps.${a.id}.`) || text.includes(`{{steps.${b.id}.`)) return undefined;
  const input: Record<string, unknown> = { ...a.input };
  for (const [k, v] of Object.entries(b.input)) {
    if (k === 'leadId') continue;
    if (!(k in input)) input[k] = v;
    else if (TAG_LISTS.has(k) && Array.isArray(v) && Array.isArray(input[k]))
      input[k] = [...new Set([...(input[k] as unknown[]), ...v])];
    else return undefined;
  }
  const added = (input.addTags as unknown[] | undefined) ?? [];
  const removed = (input.removeTags as unknown[] | undefined) ?? [];
  if (added.some((t) => removed.includes(t))) return undefined;
  return { ...a, input } as Step;
};
