import type { Step } from '../../../statemachines/schema';

/**
 * "change status to contacted and add the tag indeed", "remove the "active" tag from them and add "at-risk"": changes
 * said one after the other to the same lead are one crm.updateLead carrying them all (one write, one state), as the
 * writers of sets 18–30 expect. Kept apart: changes to two leads, the same field changed twice, a tag both added and
 * removed, or a step whose output a later step reads.
 */
export const mergeLeadUpdates = (steps: readonly Step[]): Step[] => {
  const text = JSON.stringify(steps);
  const out: Step[] = [];
  for (const step of steps.map(inside)) {
    const prev = out.at(-1);
    const merged = prev && merge(prev, step, text);
    if (merged) out[out.length - 1] = merged;
    else out.push(step);
  }
  return out;
};

const inside = (step: Step): Step => {
  if ('waitFor' in step)
    return {
      ...step,
      ...(step.onEvent ? { onEvent: mergeLeadUpdates(step.onEvent) } : {}),
      ...(step.onTimeout ? { onTimeout: mergeLeadUpdates(step.onTimeout) } : {}),
    };
  if ('if' in step)
    return {
      ...step,
      then: mergeLeadUpdates(step.then),
      ...(step.else ? { else: mergeLeadUpdates(step.else) } : {}),
    };
  if ('forEach' in step)
    return { ...step, forEach: { ...step.forEach, steps: mergeLeadUpdates(step.forEach.steps) } };
  if ('parallel' in step) return { ...step, parallel: step.parallel.map(mergeLeadUpdates) };
  if ('approval' in step && step.onReject) return { ...step, onReject: mergeLeadUpdates(step.onReject) };
  return step;
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

const merge = (a: Step, b: Step, text: string): Step | undefined => {
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
