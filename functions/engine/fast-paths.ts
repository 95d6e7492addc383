import { compileFastChoice } from './fast-choice';
import { compileFastState, type FastState } from './fast-state';
import type { FastPaths, StepOutcome, TaskHandler, TemplateEvaluator } from './mini';
import { MISS } from './miss';

/** A fast state run without the library; undefined when its input needs the library (a path that selects nothing). */
const fastStep = async (
  fast: FastState,
  input: unknown,
  context: Record<string, unknown>,
  handler: TaskHandler | undefined,
  library: TemplateEvaluator,
): Promise<StepOutcome | undefined> => {
  const effective = fast.input(input, context);
  if (effective === MISS) return undefined;
  const result = fast.result === 'task' ? await (handler as TaskHandler)(effective) : fast.result(effective);
  let selected = fast.select(result, context);
  if (selected === MISS) selected = await library.evaluate(fast.resultSelector ?? {}, result, context);
  const placed = fast.place(input, selected);
  let output = fast.output(placed, context);
  if (output === MISS) {
    const picked = await library.evaluate({ 'v.$': fast.outputPath }, placed, context);
    output = (picked as { v: unknown }).v;
  }
  return { next: fast.next, output };
};

/**
 * The fast paths the local runtime's engine runs with (LocalEngine; see FastPaths in mini.ts): compiling a state or
 * a Choice's rules, and running a compiled state, none of it in the api-dry-run bundle.
 */
export const FAST_PATHS: FastPaths = { state: compileFastState, choice: compileFastChoice, step: fastStep };
