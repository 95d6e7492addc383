import { MAX_JSON_DEPTH, MAX_STEPS } from '../limits';
import { type WorkflowDefinition, workflowLanguage } from '../schema';
import { checkCompiledLimits } from './compiled-limits';
import { StepLayer, ValidationContext } from './context';
import { dedupe, isRecord, type ValidationIssue, type ValidationReport } from './issues';
import { describe } from './messages';
import { checkRunLimits } from './run-limits';
import { checkSettings } from './settings';
import { countRawSteps, indexSteps, tooManySteps } from './step-index';
import { checkSequence } from './steps';
import { type RawZodIssue, zodToIssues } from './structure';
import { checkTrigger } from './triggers';

/**
 * Validation of a workflow definition before anything runs. Every problem is reported at once, each with the
 * JSONPath of the offending value and a message a person understands. Never throws, whatever the input.
 *
 * Three passes: the zod schema (structure.ts); a tolerant walk over the raw value (triggers, settings, then the
 * steps in run order: actions, inputs, references, conditions, durations, branches, loops) that checks whatever
 * is well-typed enough to check, so a structural mistake in one step does not hide the problems of the others;
 * and, when both are clean, the DEFINITION_CHECKS on the parsed definition (Step Functions limits).
 *
 * Adding a check: a new file in this folder exporting a function. One over the parsed definition returning
 * issues goes in DEFINITION_CHECKS below; one that needs what the walk knows (references in scope, shapes) is
 * called from the walk (steps.ts for a step kind, conditions.ts for conditions) with the ValidationContext.
 */

export { checkCompiledLimits } from './compiled-limits';
export { formatIssues, toJsonPath, type ValidationIssue, type ValidationReport } from './issues';
export { closest } from './messages';

export interface ValidateOptions {
  /** Run the DEFINITION_CHECKS: compile the definition and check Step Functions limits. @default true */
  readonly checkLimits?: boolean;
}

/** Checks of a definition that passed every other check, in order. */
const DEFINITION_CHECKS: readonly ((def: WorkflowDefinition) => ValidationIssue[])[] = [
  checkCompiledLimits,
  checkRunLimits,
];

/** Plain JSON, not absurdly nested, an object: anything else gets one issue and no further checking. */
const guardInput = (input: unknown): ValidationIssue | undefined => {
  const depth = jsonDepth(input, MAX_JSON_DEPTH);
  if (depth < 0)
    return {
      path: '$',
      code: 'not-json',
      message: 'the definition refers to itself (a cycle); it must be plain JSON',
    };
  if (depth > MAX_JSON_DEPTH)
    return {
      path: '$',
      code: 'too-deep',
      message: `the definition is nested more than ${MAX_JSON_DEPTH} levels deep`,
    };
  if (!isRecord(input))
    return {
      path: '$',
      code: 'wrong-type',
      message: `a workflow definition is a JSON object, not ${describe(input)}`,
    };
  return undefined;
};

/** Depth of a value (iteratively, so absurd nesting cannot exhaust the stack); -1 when it contains a cycle. */
const jsonDepth = (value: unknown, stopAt: number): number => {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (seen.has(v)) return -1;
    seen.add(v);
    if (d > max) max = d;
    if (max > stopAt) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
};

/** The semantic walk over the raw definition. */
const checkSemantics = (def: Record<string, unknown>): ValidationContext => {
  const ctx = new ValidationContext();
  checkTrigger(ctx, def.trigger);
  checkSettings(ctx, def);
  if (!Array.isArray(def.steps)) return ctx;
  indexSteps(ctx, def.steps, ['steps'], 1);
  if (def.steps.length === 0) ctx.add(['steps'], 'empty-branch', 'a workflow needs at least one step');
  checkSequence(ctx, def.steps, ['steps'], {
    steps: new StepLayer(),
    item: undefined,
    elapsed: 0,
    depth: 1,
    present: ctx.triggerPresent,
  });
  return ctx;
};

export const validateWorkflow = (input: unknown, options: ValidateOptions = {}): ValidationReport => {
  const issues: ValidationIssue[] = [];
  let warnings: ValidationIssue[] = [];
  try {
    const refused = guardInput(input);
    if (refused || !isRecord(input)) return { valid: false, issues: refused ? [refused] : [], warnings };
    // Checking every step of a workflow that can never be accepted costs the caller time for nothing.
    const stepCount = Array.isArray(input.steps) ? countRawSteps(input.steps, 1) : 0;
    if (stepCount > MAX_STEPS) return { valid: false, issues: [tooManySteps(stepCount)], warnings };
    const parsed = workflowLanguage().WorkflowDefinition.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues as unknown as RawZodIssue[])
        issues.push(...zodToIssues(issue, input));
    }
    const semantics = checkSemantics(input);
    issues.push(...semantics.issues);
    warnings = dedupe(semantics.warnings);
    const unique = dedupe(issues);
    if (unique.length === 0 && parsed.success) {
      if (options.checkLimits !== false)
        for (const check of DEFINITION_CHECKS) unique.push(...check(parsed.data));
      if (unique.length === 0) return { valid: true, issues: [], warnings, definition: parsed.data };
    }
    return { valid: false, issues: unique, warnings };
  } catch (error) {
    return {
      valid: false,
      warnings,
      issues: [
        ...dedupe(issues),
        {
          path: '$',
          code: 'internal-error',
          message: `the validator failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
};
