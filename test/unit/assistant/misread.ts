import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateSchedule } from '../../../statemachines/schedule';
import type { Step } from '../../../statemachines/schema';
import type { Case } from './table/case';

/** The bench's rule (bench/assistant/accuracy.ts): PT{24k}H is P{k}D, and step ids are not compared. */
export const sameDurations = (outline: string): string =>
  outline
    .replace(/\bPT(\d+)H\b/g, (all, h: string) => (Number(h) % 24 === 0 ? `P${Number(h) / 24}D` : all))
    .replace(/\bsteps\.[\w-]+\./g, 'steps.<id>.');

/** Each case whose workflow is not the expected one (refusals included); steps compared after `steps` (the bench's rule). */
export const misread = (
  cases: readonly Case[],
  steps: (outline: string) => string = sameDurations,
): string[] =>
  cases.flatMap(([prompt, trigger, expected]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const got = outlineOf(result.definition);
    return got.trigger === trigger && steps(got.steps) === steps(expected)
      ? []
      : [`${prompt} → ${got.trigger} || ${got.steps}`];
  });

/**
 * Each must-refuse request that came back as a workflow, or whose refusal does not quote what it must (compared
 * without case): [request, quoted].
 */
export const notRefused = (rows: readonly (readonly [request: string, quoted: string])[]): string[] =>
  rows.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    if (result.ok) return [`${prompt} → a workflow`];
    const said = result.problems.join(' ');
    return said.toLowerCase().includes(quoted.toLowerCase())
      ? []
      : [`${prompt} → ${result.problems.join('; ')}`];
  });

/** Each request whose trigger outline is not the expected one, or whose schedule EventBridge Scheduler would refuse. */
export const triggersOf = (rows: readonly (readonly [request: string, trigger: string])[]): string[] =>
  rows.flatMap(([prompt, trigger]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const t = result.definition.trigger;
    const invalid = t.type === 'schedule' ? validateSchedule(t).map((p) => p.message) : ['not a schedule'];
    const got = outlineOf(result.definition).trigger;
    return got === trigger && invalid.length === 0 ? [] : [`${prompt} → ${got} ${invalid.join('; ')}`];
  });

/** The steps the parser reads from a prompt; a refusal fails the test with its problems. */
export const stepsOf = (prompt: string): readonly Step[] => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`${prompt} → refused: ${result.problems.join('; ')}`);
  return result.definition.steps;
};

/** An action step's input (empty for any other step). */
export const inputOf = (step: Step | undefined): Record<string, unknown> =>
  step && 'input' in step ? (step.input as Record<string, unknown>) : {};
