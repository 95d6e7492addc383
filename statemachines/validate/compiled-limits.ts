import { allStates, compileWorkflow, placeholderResolver } from '../compile';
import { MAX_DEFINITION_BYTES, MAX_STATE_NAME_LENGTH, MAX_STATES } from '../limits';
import { type WorkflowDefinition, walkSteps } from '../schema';
import { toJsonPath, type ValidationIssue } from './issues';

/**
 * Step Functions limits, checked on the compiled state machine (placeholder resources): state count, definition
 * size, state name length and uniqueness. Runs only on definitions that passed every other check.
 */
export const checkCompiledLimits = (def: WorkflowDefinition): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  let compiled: ReturnType<typeof compileWorkflow>;
  try {
    compiled = compileWorkflow(def, { resolver: placeholderResolver });
  } catch (error) {
    return [
      {
        path: '$',
        code: 'compile-failed',
        message: `the workflow could not be compiled: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
  const stepPathById = new Map<string, string>();
  for (const { step, path } of walkSteps(def.steps)) stepPathById.set(step.id, toJsonPath(path));
  const stepOfState = new Map(Object.entries(compiled.stateNames).map(([id, name]) => [name, id]));
  const pathOfState = (name: string): string => stepPathById.get(stepOfState.get(name) ?? '') ?? '$';
  if (compiled.stateCount > MAX_STATES) {
    issues.push({
      path: '$.steps',
      code: 'too-many-states',
      message: `the workflow compiles to ${compiled.stateCount} states; the limit is ${MAX_STATES}`,
    });
  }
  const bytes = new TextEncoder().encode(compiled.json).length;
  if (bytes >= MAX_DEFINITION_BYTES) {
    issues.push({
      path: '$',
      code: 'definition-too-large',
      message: `the compiled state machine is ${bytes} bytes; Step Functions accepts definitions under ${MAX_DEFINITION_BYTES} bytes (1 MB). Move part of it to another workflow`,
    });
  }
  const seen = new Set<string>();
  for (const [name] of allStates(compiled.definition)) {
    if (name.length > MAX_STATE_NAME_LENGTH) {
      issues.push({
        path: pathOfState(name),
        code: 'state-name-too-long',
        message: `state name "${name}" has ${name.length} characters; at most ${MAX_STATE_NAME_LENGTH} are allowed (shorten the step's name)`,
      });
    }
    if (seen.has(name)) {
      issues.push({
        path: pathOfState(name),
        code: 'duplicate-state-name',
        message: `two states are named "${name}"; give one of the steps a different "name"`,
      });
    }
    seen.add(name);
  }
  return issues;
};
