import { describe, expect, it } from 'vitest';
import { NonRetriableError } from '../../../functions/shared/errors';
import { DAY, FN, START, setup, task } from '../../support/engine-harness';

/**
 * RedriveExecution as Step Functions documents it: Standard executions that FAILED, TIMED_OUT or were ABORTED in
 * the last 14 days; the redrive continues from every state that was entered and never exited (a Fail state
 * included), and for an inline Map or Parallel only the iterations and branches that failed or were aborted.
 */
describe('LocalEngine redrive, as Step Functions does it', () => {
  it('GIVEN an execution that ended in a Fail state WHEN it is redriven THEN it restarts at that Fail state and fails again (the Fail state is where it failed)', async () => {
    const seen: string[] = [];
    const { engine, register } = setup({
      [FN]: (p) => {
        seen.push(String(p.step));
        throw new NonRetriableError('tool outage');
      },
    });
    const arn = register({
      StartAt: 'Act',
      States: {
        Act: task('Unreachable', {
          Parameters: { step: 'act' },
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Run failed' }],
        }),
        Unreachable: { Type: 'Succeed' },
        'Run failed': { Type: 'Fail', ErrorPath: '$.error.Error', CausePath: '$.error.Cause' },
      },
    });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'f1', input: {} });
    expect((await engine.waitForExecution(executionArn)).error?.error).toBe('NonRetriableError');

    await engine.redriveExecution(executionArn);
    const again = await engine.waitForExecution(executionArn);
    expect(again.status).toBe('FAILED');
    expect(again.error?.error).toBe('NonRetriableError');
    expect(seen).toEqual(['act']);
    expect((await engine.getTimeline(executionArn)).map((t) => `${t.name}:${t.status}`)).toEqual([
      'Act:failed',
      'Run failed:failed',
      'Run failed:failed',
    ]);
    expect(await engine.describeExecution(executionArn)).toMatchObject({
      redriveCount: 1,
      redriveStatus: 'REDRIVABLE',
    });
  });

  it('GIVEN an inline Map where one of three iterations failed WHEN redriven THEN only that iteration runs again and the Map output keeps the others', async () => {
    let broken = true;
    const seen: number[] = [];
    const { engine, register } = setup({
      [FN]: (p) => {
        seen.push(Number(p.n));
        if (p.n === 2 && broken) throw new NonRetriableError('bad item');
        return { doubled: Number(p.n) * 2 };
      },
    });
    const arn = register({
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrency: 1,
          ItemProcessor: {
            StartAt: 'Double',
            States: { Double: task(undefined, { Parameters: { 'n.$': '$' } }) },
          },
          ResultPath: '$.results',
          End: true,
        },
      },
    });
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'm1',
      input: { items: [1, 2, 3] },
    });
    expect((await engine.waitForExecution(executionArn)).status).toBe('FAILED');
    expect(seen).toEqual([1, 2]);
    broken = false;
    await engine.redriveExecution(executionArn);
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    // Item 1 is not redone; item 2 (failed) and item 3 (never started, aborted with the Map) run.
    expect(seen).toEqual([1, 2, 2, 3]);
    expect(done.output).toEqual({
      items: [1, 2, 3],
      results: [{ doubled: 2 }, { doubled: 4 }, { doubled: 6 }],
    });
  });

  it('GIVEN a Parallel whose second branch failed after several states WHEN redriven THEN the first branch is kept and the second resumes at its failed state', async () => {
    let broken = true;
    const seen: string[] = [];
    const { engine, register } = setup({
      [FN]: (p) => {
        seen.push(String(p.step));
        if (p.step === 'b2' && broken) throw new NonRetriableError('outage');
        return { done: p.step };
      },
    });
    const arn = register({
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: task(undefined, { Parameters: { step: 'a' } }) } },
            {
              StartAt: 'B1',
              States: {
                B1: task('B2', { Parameters: { step: 'b1' }, ResultPath: '$.b1' }),
                B2: task(undefined, { Parameters: { step: 'b2' }, ResultPath: '$.b2' }),
              },
            },
          ],
          End: true,
        },
      },
    });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'p1', input: {} });
    expect((await engine.waitForExecution(executionArn)).status).toBe('FAILED');
    expect([...seen].sort()).toEqual(['a', 'b1', 'b2']);
    broken = false;
    await engine.redriveExecution(executionArn);
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(seen.slice(3)).toEqual(['b2']);
    expect(done.output).toEqual([{ done: 'a' }, { b1: { done: 'b1' }, b2: { done: 'b2' } }]);
  });

  it('GIVEN executions that SUCCEEDED, are RUNNING, or failed more than 14 days ago WHEN redriven THEN each is refused with ExecutionNotRedrivable and the status says why', async () => {
    const { engine, clock, register } = setup({
      [FN]: (p) => {
        if (p.fail) throw new NonRetriableError('no');
        return {};
      },
    });
    const arn = register({
      StartAt: 'Pause',
      States: {
        Pause: { Type: 'Wait', SecondsPath: '$.wait', Next: 'Act' },
        Act: task(undefined, { Parameters: { 'fail.$': '$.fail' } }),
      },
    });
    const ok = await engine.startExecution({
      stateMachineArn: arn,
      name: 'ok',
      input: { wait: 0, fail: false },
    });
    const old = await engine.startExecution({
      stateMachineArn: arn,
      name: 'old',
      input: { wait: 0, fail: true },
    });
    const running = await engine.startExecution({
      stateMachineArn: arn,
      name: 'running',
      input: { wait: 30 * 86_400, fail: false },
    });
    await engine.waitForExecution(ok.executionArn);
    await engine.waitForExecution(old.executionArn);
    await expect(engine.redriveExecution(ok.executionArn)).rejects.toMatchObject({
      name: 'ExecutionNotRedrivable',
      message: expect.stringContaining('SUCCEEDED'),
    });
    await expect(engine.redriveExecution(running.executionArn)).rejects.toMatchObject({
      name: 'ExecutionNotRedrivable',
      message: expect.stringContaining('RUNNING'),
    });
    expect(await engine.describeExecution(old.executionArn)).toMatchObject({ redriveStatus: 'REDRIVABLE' });

    clock.advanceTo(START.getTime() + 14 * DAY + 1_000);
    expect(await engine.describeExecution(old.executionArn)).toMatchObject({
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution redrivable period exceeded',
    });
    await expect(engine.redriveExecution(old.executionArn)).rejects.toMatchObject({
      name: 'ExecutionNotRedrivable',
    });
  });

  it('GIVEN a redriven execution with a state machine TimeoutSeconds WHEN redriven late THEN the timeout counts from the redrive, not the first start', async () => {
    let broken = true;
    const { engine, clock, register } = setup({
      [FN]: () => {
        if (broken) throw new NonRetriableError('down');
        return {};
      },
    });
    const arn = register({
      TimeoutSeconds: 3_600,
      StartAt: 'Pause',
      States: { Pause: { Type: 'Wait', Seconds: 60, Next: 'Act' }, Act: task(undefined) },
    });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 't1', input: {} });
    await engine.runUntilSettled();
    expect((await engine.waitForExecution(executionArn)).status).toBe('FAILED');
    clock.advanceTo(START.getTime() + 2 * 3_600_000);
    broken = false;
    await engine.redriveExecution(executionArn);
    await engine.runUntilSettled();
    expect((await engine.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
  });
});
