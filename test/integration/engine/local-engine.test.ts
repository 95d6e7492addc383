import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { MemoryFinishedExecutions } from '../../../functions/engine/finished';
import { LocalEngine } from '../../../functions/engine/local-engine';
import { FN, START, SUPERVISOR, setup, task } from '../../support/engine-harness';

describe('LocalEngine', () => {
  it('GIVEN two Lambda tasks WHEN the execution runs THEN it succeeds and the timeline lists each state with its step id, input and output', async () => {
    const { engine, register } = setup({
      [FN]: (p) => ({ doubled: Number(p.n) * 2, extra: 'dropped' }),
    });
    const arn = register({
      StartAt: 'Double it',
      States: {
        'Double it': task('Double again', {
          Parameters: {
            action: 'math.double',
            'input.$': '$.trigger',
            meta: { stepId: 'first', 'executionId.$': '$$.Execution.Id' },
            'n.$': '$.trigger.n',
          },
          ResultSelector: { 'doubled.$': '$.doubled' },
          ResultPath: '$.steps.first',
        }),
        'Double again': task(undefined, {
          Parameters: { 'n.$': '$.steps.first.doubled', meta: { stepId: 'second' } },
          ResultSelector: { 'doubled.$': '$.doubled' },
          ResultPath: '$.steps.second',
        }),
      },
    });
    const { executionArn, alreadyStarted } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'run-1',
      input: { trigger: { n: 3 }, steps: {} },
    });
    expect(alreadyStarted).toBe(false);
    expect(executionArn).toBe('arn:aws:states:us-east-1:000000000000:execution:wf:run-1');
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.output).toEqual({
      trigger: { n: 3 },
      steps: { first: { doubled: 6 }, second: { doubled: 12 } },
    });
    const timeline = await engine.getTimeline(executionArn);
    expect(timeline.map((t) => [t.name, t.stepId, t.type, t.status])).toEqual([
      ['Double it', 'first', 'Task', 'succeeded'],
      ['Double again', 'second', 'Task', 'succeeded'],
    ]);
    expect(timeline[1]?.input).toEqual({ trigger: { n: 3 }, steps: { first: { doubled: 6 } } });
    expect(timeline[0]?.startedAt).toBe(START.toISOString());
    expect(timeline[0]?.endedAt).toBe(START.toISOString());
  });

  it('GIVEN a Parameters reference to $$.Execution.Id WHEN the task runs THEN the function receives the execution ARN', async () => {
    const { engine, calls, register } = setup({ [FN]: () => ({}) });
    const arn = register({
      StartAt: 'A',
      States: {
        A: task(undefined, {
          Parameters: {
            'id.$': '$$.Execution.Id',
            'name.$': '$$.Execution.Name',
            'started.$': '$$.Execution.StartTime',
          },
        }),
      },
    });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'ctx', input: {} });
    await engine.waitForExecution(executionArn);
    expect(calls[0]?.payload).toEqual({ id: executionArn, name: 'ctx', started: START.toISOString() });
  });

  it('GIVEN an execution name already used WHEN it is started again THEN the second start is a no-op reported as alreadyStarted', async () => {
    const { engine, calls, register } = setup({ [FN]: () => ({ ok: true }) });
    const arn = register({ StartAt: 'A', States: { A: task(undefined) } });
    const first = await engine.startExecution({ stateMachineArn: arn, name: 'dup', input: {} });
    const second = await engine.startExecution({ stateMachineArn: arn, name: 'dup', input: { other: 1 } });
    await engine.waitForExecution(first.executionArn);
    expect(second).toEqual({ executionArn: first.executionArn, alreadyStarted: true });
    expect(calls).toHaveLength(1);
    expect(engine.listExecutions({ stateMachineArn: arn })).toHaveLength(1);
  });

  it('GIVEN a store bounded to two finished executions WHEN more have finished THEN the oldest finished ones are forgotten, running ones never', async () => {
    const clock = new VirtualClock(START);
    const engine = new LocalEngine({
      clock,
      maxFinishedExecutions: 0,
      finishedExecutions: new MemoryFinishedExecutions({ maxCount: 2 }),
      invoke: async () => ({}),
    });
    const arn = engine.stateMachineArn('keep');
    engine.registerStateMachine(arn, { StartAt: 'A', States: { A: task(undefined) } });
    const slow = engine.stateMachineArn('slow');
    engine.registerStateMachine(slow, {
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 60, End: true } },
    });
    const waiting = await engine.startExecution({ stateMachineArn: slow, name: 'waiting', input: {} });
    const arns: string[] = [];
    for (const name of ['one', 'two', 'three']) {
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name, input: {} });
      await engine.waitForExecution(executionArn);
      arns.push(executionArn);
    }
    await engine.waitForIdle();
    expect(await engine.describeExecution(arns[0] ?? '')).toBeUndefined();
    expect((await engine.describeExecution(arns[2] ?? ''))?.status).toBe('SUCCEEDED');
    expect((await engine.describeExecution(waiting.executionArn))?.status).toBe('RUNNING');
    expect(
      engine
        .listExecutions()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['three', 'two', 'waiting']);
  });

  it('GIVEN an unknown state machine or a bad name WHEN an execution is started THEN it is refused with the AWS error name', async () => {
    const { engine, register } = setup();
    await expect(
      engine.startExecution({ stateMachineArn: engine.stateMachineArn('nope'), name: 'x', input: {} }),
    ).rejects.toMatchObject({
      name: 'StateMachineDoesNotExist',
    });
    const arn = register({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
    await expect(
      engine.startExecution({ stateMachineArn: arn, name: 'has space', input: {} }),
    ).rejects.toMatchObject({
      name: 'InvalidName',
    });
    expect(await engine.describeExecution(`${arn}:missing`)).toBeUndefined();
  });

  it('GIVEN payloads over 256 KiB WHEN an execution starts or a task returns one THEN they are refused as Step Functions refuses them', async () => {
    const big = 'x'.repeat(300 * 1024);
    const { engine, calls, register } = setup({ [FN]: () => ({ big }) });
    const arn = register({
      StartAt: 'A',
      States: {
        A: task(undefined, {
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 3 }],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Caught' }],
        }),
        Caught: { Type: 'Pass', End: true },
      },
    });
    await expect(
      engine.startExecution({ stateMachineArn: arn, name: 'too-big', input: { big } }),
    ).rejects.toMatchObject({
      name: 'InvalidExecutionInput',
    });
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'big-result',
      input: {},
    });
    const done = await engine.waitForExecution(executionArn);
    // Not retried, and not caught: States.ALL does not match the terminal States.DataLimitExceeded.
    expect(calls).toHaveLength(1);
    expect(done.status).toBe('FAILED');
    expect(done.error?.error).toBe('States.DataLimitExceeded');
  });

  it('GIVEN an EXPRESS state machine THEN callbacks are refused at registration and a run longer than 5 minutes times out', async () => {
    const { engine } = setup();
    expect(() =>
      engine.registerStateMachine(
        engine.stateMachineArn('express-callback'),
        {
          StartAt: 'Wait for reply',
          States: {
            'Wait for reply': {
              Type: 'Task',
              Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
              Parameters: { FunctionName: SUPERVISOR, Payload: { 'taskToken.$': '$$.Task.Token' } },
              End: true,
            },
          },
        },
        'EXPRESS',
      ),
    ).toThrow(expect.objectContaining({ name: 'InvalidDefinition' }));
    const arn = engine.stateMachineArn('express-long');
    engine.registerStateMachine(
      arn,
      { StartAt: 'Long', States: { Long: { Type: 'Wait', Seconds: 600, End: true } } },
      'EXPRESS',
    );
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'e1', input: {} });
    await engine.runUntilSettled();
    expect(await engine.waitForExecution(executionArn)).toMatchObject({
      status: 'TIMED_OUT',
      error: { error: 'States.Timeout' },
    });
  });

  it('GIVEN an invalid definition WHEN it is registered THEN registration fails with InvalidDefinition', () => {
    const { engine } = setup();
    expect(() =>
      engine.registerStateMachine(engine.stateMachineArn('bad'), {
        StartAt: 'X',
        States: { Y: { Type: 'Pass', End: true } },
      }),
    ).toThrow(expect.objectContaining({ name: 'InvalidDefinition' }));
  });

  it('GIVEN a definition WHEN it is registered THEN getDefinition returns it as given (the ASL check adds nothing to it)', () => {
    const { engine, register } = setup();
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', Result: 1, End: true } } };
    const arn = register(structuredClone(definition));
    expect(engine.getDefinition(arn)).toEqual(definition);
  });

  it('GIVEN validate false WHEN a definition the ASL schema refuses but the engine can run is registered THEN it is accepted and runs', async () => {
    const { engine } = setup();
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', Result: 1, End: true, Extra: 1 } } };
    expect(() => engine.registerStateMachine(engine.stateMachineArn('strict'), definition)).toThrow(
      expect.objectContaining({ name: 'InvalidDefinition' }),
    );
    const arn = engine.stateMachineArn('trusted');
    engine.registerStateMachine(arn, definition, 'STANDARD', { validate: false });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'e1', input: {} });
    await engine.runUntilSettled();
    expect(await engine.waitForExecution(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: 1 });
  });
});
