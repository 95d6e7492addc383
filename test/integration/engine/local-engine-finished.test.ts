import { describe, expect, it } from 'vitest';
import { MemoryFinishedExecutions } from '../../../functions/engine/finished';
import { NonRetriableError } from '../../../functions/shared/errors';
import { FN, setup, task } from '../../support/engine-harness';

const TWO_TASKS = {
  StartAt: 'One',
  States: {
    One: task('Two', { Parameters: { step: 'one', meta: { stepId: 'one' } }, ResultPath: '$.steps.one' }),
    Two: task(undefined, { Parameters: { step: 'two', meta: { stepId: 'two' } }, ResultPath: '$.steps.two' }),
  },
};

/** Runs the same execution on an engine that keeps finished ones live and on one that keeps none live. */
const runOnBoth = async (fn: (p: Record<string, unknown>) => unknown) => {
  const live = setup({ [FN]: fn });
  const stored = setup({ [FN]: fn }, undefined, { maxFinishedExecutions: 0 });
  const arns: string[] = [];
  for (const { engine, register } of [live, stored]) {
    const { executionArn } = await engine.startExecution({
      stateMachineArn: register(TWO_TASKS),
      name: 'run-1',
      input: { trigger: { n: 1 }, steps: {} },
    });
    await engine.waitForExecution(executionArn);
    await engine.waitForIdle();
    arns.push(executionArn);
  }
  return { live: live.engine, stored: stored.engine, arn: arns[0] ?? '' };
};

describe('LocalEngine: finished executions leave the heap', () => {
  it('GIVEN finished executions no longer held live WHEN described, listed and their timeline and steps read THEN the answers are those of a live one', async () => {
    const { live, stored, arn } = await runOnBoth((p) => ({ done: p.step }));
    const described = await stored.describeExecution(arn);
    expect(described?.status).toBe('SUCCEEDED');
    expect(described).toEqual(await live.describeExecution(arn));
    expect(await stored.getTimeline(arn)).toEqual(await live.getTimeline(arn));
    expect((await stored.getTimeline(arn)).map((t) => t.stepId)).toEqual(['one', 'two']);
    expect(await stored.getSteps(arn)).toEqual(await live.getSteps(arn));
    expect(stored.historyEventCount(arn)).toBe(live.historyEventCount(arn));
    expect(stored.listExecutions()).toEqual(live.listExecutions());
    expect(stored.stepIdOf(arn, 'Two')).toBe('two');
  });

  it('GIVEN a finished Standard execution held only in the store WHEN it is started again with the same name THEN nothing starts (the name is taken, as on AWS)', async () => {
    const { engine, calls, register } = setup({ [FN]: () => ({}) }, undefined, { maxFinishedExecutions: 0 });
    const stateMachineArn = register(TWO_TASKS);
    const first = await engine.startExecution({ stateMachineArn, name: 'once', input: {} });
    await engine.waitForExecution(first.executionArn);
    await engine.waitForIdle();
    const again = await engine.startExecution({ stateMachineArn, name: 'once', input: {} });
    expect(again).toEqual({ executionArn: first.executionArn, alreadyStarted: true });
    expect(calls).toHaveLength(2);
  });

  it('GIVEN a failed execution held only in the store WHEN it is redriven THEN only the failed step runs again and the run succeeds', async () => {
    let broken = true;
    const seen: string[] = [];
    const { engine, register } = setup(
      {
        [FN]: (p) => {
          seen.push(String(p.step));
          if (p.step === 'two' && broken) throw new NonRetriableError('integration missing');
          return { ok: p.step };
        },
      },
      undefined,
      { maxFinishedExecutions: 0 },
    );
    const { executionArn } = await engine.startExecution({
      stateMachineArn: register(TWO_TASKS),
      name: 'redo',
      input: { steps: {} },
    });
    expect((await engine.waitForExecution(executionArn)).status).toBe('FAILED');
    await engine.waitForIdle();
    expect((await engine.describeExecution(executionArn))?.redriveStatus).toBe('REDRIVABLE');
    broken = false;
    await engine.redriveExecution(executionArn);
    const done = await engine.waitForExecution(executionArn);
    expect(done).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1 });
    expect(done.output).toMatchObject({ steps: { one: { ok: 'one' }, two: { ok: 'two' } } });
    expect(seen).toEqual(['one', 'two', 'two']);
    await engine.waitForIdle();
    expect((await engine.describeExecution(executionArn))?.redriveCount).toBe(1);
  });

  it('GIVEN a failed execution held only in the store WHEN its state machine was updated before the redrive THEN the redrive is refused (it needs the definition it ran)', async () => {
    const { engine, register } = setup(
      { [FN]: () => Promise.reject(new NonRetriableError('down')) },
      undefined,
      { maxFinishedExecutions: 0 },
    );
    const stateMachineArn = register(TWO_TASKS);
    const { executionArn } = await engine.startExecution({ stateMachineArn, name: 'old', input: {} });
    await engine.waitForExecution(executionArn);
    await engine.waitForIdle();
    register({ StartAt: 'One', States: { One: task(undefined) } });
    await expect(engine.redriveExecution(executionArn)).rejects.toMatchObject({
      name: 'ExecutionNotRedrivable',
      message: expect.stringContaining('definition changed'),
    });
    expect((await engine.describeExecution(executionArn))?.status).toBe('FAILED');
  });

  it('GIVEN a finished Express execution held only in the store WHEN it is read THEN DescribeExecution is refused as on AWS and its timeline is what its logging level keeps', async () => {
    const { engine } = setup({ [FN]: () => ({ sent: true }) }, undefined, { maxFinishedExecutions: 0 });
    const logged = engine.stateMachineArn('logged');
    const silent = engine.stateMachineArn('silent');
    engine.registerStateMachine(logged, TWO_TASKS, 'EXPRESS', {
      logging: { level: 'ALL', includeExecutionData: false },
    });
    engine.registerStateMachine(silent, TWO_TASKS, 'EXPRESS');
    const a = await engine.startExecution({ stateMachineArn: logged, name: 'a', input: {} });
    const b = await engine.startExecution({ stateMachineArn: silent, name: 'b', input: {} });
    await engine.waitForExecution(a.executionArn);
    await engine.waitForExecution(b.executionArn);
    await engine.waitForIdle();
    await expect(engine.describeExecution(a.executionArn)).rejects.toMatchObject({ name: 'InvalidArn' });
    expect(engine.inspectExecution(a.executionArn)?.status).toBe('SUCCEEDED');
    const timeline = await engine.getTimeline(a.executionArn);
    expect(timeline.map((t) => [t.name, t.status])).toEqual([
      ['One', 'succeeded'],
      ['Two', 'succeeded'],
    ]);
    expect(timeline.some((t) => 'input' in t || 'output' in t)).toBe(false);
    expect(await engine.getTimeline(b.executionArn)).toEqual([]);
  });

  it('GIVEN an in-memory store bounded in bytes WHEN executions with large outputs finish THEN it holds no more than its bound, forgetting the oldest first', async () => {
    const store = new MemoryFinishedExecutions({ maxBytes: 100_000 });
    const { engine, register } = setup({ [FN]: () => ({ text: 'x'.repeat(10_000) }) }, undefined, {
      maxFinishedExecutions: 0,
      finishedExecutions: store,
    });
    const stateMachineArn = register(TWO_TASKS);
    const arns: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { executionArn } = await engine.startExecution({ stateMachineArn, name: `big-${i}`, input: {} });
      await engine.waitForExecution(executionArn);
      arns.push(executionArn);
    }
    await engine.waitForIdle();
    expect(store.size.bytes).toBeLessThanOrEqual(100_000);
    expect(store.size.count).toBeGreaterThan(0);
    expect(store.size.count).toBeLessThan(12);
    expect(await engine.describeExecution(arns[0] ?? '')).toBeUndefined();
    expect((await engine.describeExecution(arns[11] ?? ''))?.status).toBe('SUCCEEDED');
  });
});
