import aslValidator from 'asl-validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aslErrors, aslProblems } from '../../functions/engine/asl-check';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import { TEMPLATE_IDS, TEMPLATES } from '../../statemachines/templates';
import { validateWorkflow } from '../../statemachines/validate';
import { validWorkflow } from '../support/workflow-arbitrary';

/**
 * functions/engine/asl-check.ts runs asl-validator's checks with one Ajv per process instead of one per call: for
 * every definition its answer is the package's own (validator.js with checkPaths), errors in the same order.
 */
const packageErrors = (definition: unknown, checkArn = true): unknown[] =>
  aslValidator(structuredClone(definition) as never, { checkPaths: true, checkArn }).errors;

const task = (extra: Record<string, unknown> = {}) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  End: true,
  ...extra,
});
const machine = (states: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  StartAt: Object.keys(states)[0],
  States: states,
  ...extra,
});

/** Definitions each of the package's checks refuses, and a few it accepts. */
const CASES: Readonly<Record<string, unknown>> = {
  'a bad reference path': machine({ A: { Type: 'Pass', OutputPath: '$.a[', End: true } }),
  'a bad payload template': machine({
    A: { Type: 'Pass', Parameters: { 'x.$': 'States.Format(' }, End: true },
  }),
  'an unknown state type': machine({ A: { Type: 'Nope', End: true } }),
  'a missing StartAt': { States: { A: { Type: 'Succeed' } } },
  'a transition to nowhere': machine({ A: { Type: 'Pass', Next: 'B' } }),
  'an unreachable state': machine({ A: { Type: 'Succeed' }, B: { Type: 'Succeed' } }),
  'a duplicate state name in a branch': machine({
    A: { Type: 'Parallel', Branches: [machine({ A: { Type: 'Succeed' } })], End: true },
  }),
  'a branch leaving to an outer state': machine({
    P: { Type: 'Parallel', Branches: [machine({ X: { Type: 'Pass', Next: 'Done' } })], Next: 'Done' },
    Done: { Type: 'Succeed' },
  }),
  'no terminal state': machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } }),
  'a duplicate field after evaluation': machine({
    A: { Type: 'Pass', Parameters: { x: 1, 'x.$': '$.y' }, End: true },
  }),
  'both End and Next': machine({ A: { Type: 'Pass', Next: 'B', End: true }, B: { Type: 'Succeed' } }),
  'two timeouts on a task': machine({ A: task({ TimeoutSeconds: 5, TimeoutSecondsPath: '$.t' }) }),
  'two heartbeats on a task': machine({ A: task({ HeartbeatSeconds: 5, HeartbeatSecondsPath: '$.h' }) }),
  'a wait without a duration': machine({ A: { Type: 'Wait', End: true } }),
  'a wait with two durations': machine({ A: { Type: 'Wait', Seconds: 1, SecondsPath: '$.s', End: true } }),
  'a map with Iterator and ItemProcessor': machine({
    M: {
      Type: 'Map',
      Iterator: machine({ I: { Type: 'Succeed' } }),
      ItemProcessor: machine({ J: { Type: 'Succeed' } }),
      End: true,
    },
  }),
  'a map with ItemSelector and Parameters': machine({
    M: {
      Type: 'Map',
      ItemProcessor: machine({ I: { Type: 'Succeed' } }),
      ItemSelector: { a: 1 },
      Parameters: { b: 2 },
      End: true,
    },
  }),
  'a map with two concurrency limits': machine({
    M: {
      Type: 'Map',
      ItemProcessor: machine({ I: { Type: 'Succeed' } }),
      MaxConcurrency: 2,
      MaxConcurrencyPath: '$.c',
      End: true,
    },
  }),
  'a fail with Cause and CausePath': machine({ F: { Type: 'Fail', Cause: 'x', CausePath: '$.c' } }),
  'a task whose resource is not an ARN': machine({ A: task({ Resource: 'not-an-arn' }) }),
  'a bad JSONata expression': machine(
    { A: { Type: 'Pass', Output: '{% $x( %}', End: true } },
    { QueryLanguage: 'JSONata' },
  ),
  'a good JSONata expression': machine(
    { A: { Type: 'Pass', Output: '{% $states.input.a %}', End: true } },
    { QueryLanguage: 'JSONata' },
  ),
  'a choice with a bad variable': machine({
    C: { Type: 'Choice', Choices: [{ Variable: '$.a[', StringEquals: 'x', Next: 'D' }], Default: 'D' },
    D: { Type: 'Succeed' },
  }),
  'a retry and a catch': machine({
    A: task({
      Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }],
    }),
    F: { Type: 'Fail', Error: 'E' },
  }),
};

describe('asl-check: asl-validator with its schema validator built once', () => {
  it.each(Object.entries(CASES))(
    'GIVEN %s WHEN checked THEN the errors are exactly the package validator’s, with and without ARN checks',
    (_name, definition) => {
      expect(aslErrors(definition)).toStrictEqual(packageErrors(definition));
      expect(aslErrors(definition, { checkArn: false })).toStrictEqual(packageErrors(definition, false));
    },
  );

  it('GIVEN the refusing cases WHEN checked THEN each has a problem (the cases test something)', () => {
    const accepted = Object.entries(CASES)
      .filter(([name]) => !['a good JSONata expression', 'a retry and a catch'].includes(name))
      .filter(([, definition]) => aslProblems(definition).length === 0)
      .map(([name]) => name);
    expect(accepted).toStrictEqual([]);
  });

  it('GIVEN the compiled templates and random compiled workflows WHEN checked THEN the answers are the package’s (none)', () => {
    const seed = Date.now() % 2 ** 31;
    const compiled = [
      ...TEMPLATE_IDS.map((id) => TEMPLATES[id]),
      ...fc
        .sample(validWorkflow, { numRuns: 20, seed })
        .map((raw) => validateWorkflow(raw, { checkLimits: false }).definition),
    ].map((definition) => compileWorkflow(definition!, { resolver: placeholderResolver }).definition);
    const differ = compiled.filter((d) => JSON.stringify(aslErrors(d)) !== JSON.stringify(packageErrors(d)));
    expect({ seed, differ: differ.length }).toStrictEqual({ seed, differ: 0 });
    expect(compiled.flatMap((d) => aslProblems(d))).toStrictEqual([]);
  });

  it('GIVEN a definition WHEN checked THEN it is left as it was (the package writes into its input; the check works on a copy)', () => {
    const definition = machine({ A: { Type: 'Pass', End: true } });
    const before = structuredClone(definition);
    aslProblems(definition);
    expect(definition).toStrictEqual(before);
  });
});
