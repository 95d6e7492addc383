import type { Step } from '../../../statemachines/schema';

/**
 * "daily wrap-up at 5.30pm: summarise the day and send it to Hamish": the heading's summary and the one the sentence
 * asks for are one summary (session 41; it had summarised the day twice). A summary right after the same summary is
 * dropped and what read it reads the first.
 */
export const oneSummary = (steps: readonly Step[]): readonly Step[] => {
  const out: Step[] = [];
  const renamed = new Map<string, string>();
  for (const step of steps) {
    const last = out.at(-1);
    if (
      last &&
      'action' in last &&
      'action' in step &&
      last.action === 'report.summarize' &&
      step.action === 'report.summarize' &&
      JSON.stringify(last.input) === JSON.stringify(step.input)
    ) {
      renamed.set(step.id, last.id);
      continue;
    }
    out.push(step);
  }
  if (renamed.size === 0) return steps;
  const text = JSON.stringify(out).replace(/\{\{steps\.([\w-]+)\./g, (all, id: string) => {
    const to = renamed.get(id);
    return to ? `{{steps.${to}.` : all;
  });
  return JSON.parse(text) as Step[];
};
