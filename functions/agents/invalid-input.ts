import type * as zc from 'zod/v4/core';
import { NonRetriableError } from '../shared/errors';

/** Why a task's input was refused, one `<input>: <message>` per problem. */
export const issuesText = (error: zc.$ZodError): string =>
  error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let v = root;
  for (const k of path)
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
};

/**
 * An input the action's schema refuses: never retried (the same input fails again), naming the step and each input.
 * A null where a value is needed usually comes from a reference to a field that was null in this run (the validator
 * warns about those: value-may-be-missing), so it says how to guard it.
 */
export const invalidInput = (
  action: string,
  stepId: string,
  given: unknown,
  error: zc.$ZodError,
): NonRetriableError => {
  // a rule between inputs (`body` or `html`) names its inputs in params: a null one there counted as not given
  const nulls = error.issues
    .flatMap((i) =>
      i.path.length > 0
        ? [i.path]
        : ((i as { params?: { inputs?: readonly string[] } }).params?.inputs ?? []).map((k) => [k]),
    )
    .filter((path) => valueAt(given, path) === null)
    .map((path) => path.join('.'));
  const hint =
    nulls.length > 0
      ? ` (${nulls.map((n) => `"${n}"`).join(', ')} ${nulls.length === 1 ? 'was' : 'were'} null: the value referenced had none in this run; run the step in an if whose condition tests that it exists)`
      : '';
  return new NonRetriableError(
    `Invalid input for ${action} in step "${stepId}": ${issuesText(error)}${hint}`,
  );
};
