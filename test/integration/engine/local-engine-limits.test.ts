import { describe, expect, it } from 'vitest';
import { FN, setup, task } from '../../support/engine-harness';

const KIB = 1024;
const CATCH_ALL = [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Caught' }];

/**
 * Step Functions quotas: 256 KiB for every state input (after Parameters) and output, and for every task result,
 * failing with States.DataLimitExceeded, which States.ALL does not catch; 25,000 history events per Standard
 * execution, event 25,000 being ExecutionFailed with States.Runtime unless it is ExecutionSucceeded.
 */
describe('LocalEngine payload and history limits', () => {
  it('GIVEN a task whose result fits but whose state output does not WHEN it runs THEN the execution fails with States.DataLimitExceeded and the States.ALL catcher does not catch it', async () => {
    const { engine, register } = setup({ [FN]: () => ({ blob: 'x'.repeat(150 * KIB) }) });
    const arn = register({
      StartAt: 'Grow',
      States: {
        Grow: task('Again', { ResultPath: '$.a', Catch: CATCH_ALL }),
        Again: task('Done', { ResultPath: '$.b', Catch: CATCH_ALL }),
        Done: { Type: 'Succeed' },
        Caught: { Type: 'Succeed' },
      },
    });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'big', input: {} });
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('FAILED');
    expect(done.error?.error).toBe('States.DataLimitExceeded');
    const names = (await engine.getTimeline(executionArn)).map((t) => `${t.name}:${t.status}`);
    expect(names).toEqual(['Grow:succeeded', 'Again:failed']);
  });

  it('GIVEN Parameters that build a task input over 256 KiB WHEN the state runs THEN the function is never invoked and the run fails with States.DataLimitExceeded', async () => {
    const { engine, calls, register } = setup({ [FN]: () => ({}) });
    const arn = register({
      StartAt: 'Send',
      States: {
        Send: task(undefined, {
          Parameters: { 'a.$': '$.half', 'b.$': '$.half', 'c.$': '$.half' },
          Catch: CATCH_ALL,
        }),
        Caught: { Type: 'Succeed' },
      },
    });
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'params',
      input: { half: 'y'.repeat(100 * KIB) },
    });
    const done = await engine.waitForExecution(executionArn);
    expect(done.error?.error).toBe('States.DataLimitExceeded');
    expect(calls).toEqual([]);
  });

  it('GIVEN an inline Map whose iterations each return 2 KiB WHEN 200 items are mapped THEN the collected result passes 256 KiB and the run fails with States.DataLimitExceeded', async () => {
    const { engine, register } = setup({ [FN]: () => ({ note: 'z'.repeat(2 * KIB) }) });
    const arn = register({
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrency: 40,
          ItemProcessor: { StartAt: 'Note', States: { Note: task(undefined) } },
          ResultPath: '$.notes',
          Catch: CATCH_ALL,
          End: true,
        },
        Caught: { Type: 'Succeed' },
      },
    });
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'map',
      input: { items: Array.from({ length: 200 }, (_, i) => i) },
    });
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('FAILED');
    expect(done.error?.error).toBe('States.DataLimitExceeded');
  });

  it('GIVEN a Choice loop that never ends WHEN it runs THEN event 25,000 is the failure: States.Runtime, "The execution reached the maximum number of history events (25000)."', async () => {
    const { engine, register } = setup();
    const arn = register({
      StartAt: 'Again?',
      States: {
        'Again?': {
          Type: 'Choice',
          Choices: [{ Variable: '$.spin', BooleanEquals: true, Next: 'Spin' }],
          Default: 'Done',
        },
        Spin: { Type: 'Pass', Next: 'Again?' },
        Done: { Type: 'Succeed' },
      },
    });
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'loop',
      input: { spin: true },
    });
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('FAILED');
    expect(done.error).toEqual({
      error: 'States.Runtime',
      cause: 'The execution reached the maximum number of history events (25000).',
    });
    expect(engine.historyEventCount(executionArn)).toBe(25_000);
  });

  it('GIVEN a Parallel of two branches and an inline Map of three items WHEN they run THEN the history counts the events Step Functions writes for them', async () => {
    const { engine, register } = setup({ [FN]: () => ({}) });
    const arn = register({
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: task(undefined) } },
            { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
          ],
          ResultPath: null,
          Next: 'Each',
        },
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: { StartAt: 'C', States: { C: task(undefined) } },
          ResultPath: null,
          End: true,
        },
      },
    });
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'count',
      input: { items: [1, 2, 3] },
    });
    expect((await engine.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
    // ExecutionStarted + ExecutionSucceeded                                   2
    // Parallel: Entered, Started, Succeeded, Exited                          4
    //   A (Lambda task): TaskStateEntered, LambdaFunctionScheduled/Started/Succeeded, TaskStateExited   5
    //   B (Pass): Entered, Exited                                             2
    // Map: Entered, Started, Succeeded, Exited                                4
    //   3 x (MapIterationStarted + C (5) + MapIterationSucceeded)           21
    expect(engine.historyEventCount(executionArn)).toBe(2 + 4 + 5 + 2 + 4 + 21);
  });
});
