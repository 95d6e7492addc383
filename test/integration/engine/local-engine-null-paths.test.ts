import { describe, expect, it } from 'vitest';
import { FN, setup, task } from '../../support/engine-harness';

/**
 * A reference path applied to a null document fails the state on AWS with States.Runtime ("Unable to apply Path
 * transformation to null or empty input"); aws-local-stepfunctions fails it too (jsonpath-plus selects nothing from
 * a falsy document). The engine's fast evaluation of plain states and Choice rules must not answer instead (it used
 * to give `{ "k": null }` for `"k.$": "$"` after an InputPath that selected null).
 */
const runOn = async (states: Record<string, unknown>, input: unknown) => {
  const { engine, calls, register } = setup({ [FN]: () => null });
  const arn = register({ StartAt: 'First', States: states });
  const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'run', input });
  return { done: await engine.waitForExecution(executionArn), calls };
};

describe('LocalEngine: paths applied to a null document', () => {
  it.each([
    ['null', null],
    ['0', 0],
    ['false', false],
    ['the empty string', ''],
  ])(
    'GIVEN an InputPath that selects %s and Parameters that read "$" WHEN the Task state runs THEN the execution fails with States.Runtime and the function is never called',
    async (_label, selected) => {
      const { done, calls } = await runOn(
        { First: task(undefined, { InputPath: '$.a', Parameters: { 'k.$': '$' } }) },
        { a: selected },
      );
      expect(done.status).toBe('FAILED');
      expect(done.error?.error).toBe('States.Runtime');
      expect(calls).toHaveLength(0);
    },
  );

  it('GIVEN a task that returns null and an OutputPath of "$" WHEN the state ends THEN the execution fails with States.Runtime', async () => {
    const { done, calls } = await runOn({ First: task(undefined, { OutputPath: '$' }) }, {});
    expect(calls).toHaveLength(1);
    expect(done.status).toBe('FAILED');
    expect(done.error?.error).toBe('States.Runtime');
  });

  it('GIVEN a Pass state whose InputPath selects null and whose ResultPath keeps its input WHEN it runs THEN no path reads the null document and the run succeeds with its input', async () => {
    const { done } = await runOn(
      { First: { Type: 'Pass', InputPath: '$.a', Parameters: { k: 1 }, ResultPath: '$.b', End: true } },
      { a: null },
    );
    expect(done.status).toBe('SUCCEEDED');
    expect(done.output).toEqual({ a: null, b: { k: 1 } });
  });
});

describe('LocalEngine: Choice rules on a null document', () => {
  const choose = (rule: Record<string, unknown>) =>
    runOn(
      {
        First: task('Pick'),
        Pick: { Type: 'Choice', Choices: [{ Variable: '$', ...rule, Next: 'Yes' }], Default: 'No' },
        Yes: { Type: 'Succeed' },
        No: { Type: 'Fail', Error: 'NotTaken' },
      },
      {},
    );

  it('GIVEN a state output of null and a Choice rule IsNull on "$" WHEN the Choice runs THEN the execution fails with States.Runtime', async () => {
    const { done } = await choose({ IsNull: true });
    expect(done.status).toBe('FAILED');
    expect(done.error?.error).toBe('States.Runtime');
  });

  it('GIVEN a state output of null and a Choice rule IsPresent on "$" WHEN the Choice runs THEN the rule does not match and the Default runs', async () => {
    const { done } = await choose({ IsPresent: true });
    expect(done.status).toBe('FAILED');
    expect(done.error?.error).toBe('NotTaken');
  });
});
