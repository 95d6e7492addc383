import { describe, expect, it } from 'vitest';
import { createRealClock, type EngineClock, VirtualClock } from '../../../functions/engine/clock';
import { LocalEngine, type TaskInvocation } from '../../../functions/engine/local-engine';
import { NonRetriableError, RetriableError } from '../../../functions/shared/errors';

const FN = 'arn:aws:lambda:us-east-1:000000000000:function:worker';
const SUPERVISOR = 'arn:aws:lambda:us-east-1:000000000000:function:supervisor';
const START = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;

type Fn = (payload: Record<string, unknown>, call: TaskInvocation) => unknown;

const setup = <C extends EngineClock = VirtualClock>(
  fns: Record<string, Fn> = {},
  clock: C = new VirtualClock(START) as unknown as C,
) => {
  const calls: TaskInvocation[] = [];
  const engine = new LocalEngine({
    clock,
    random: () => 1,
    invoke: async (call) => {
      calls.push(call);
      const fn = fns[call.resource];
      if (!fn) throw new Error(`no function ${call.resource}`);
      return fn(call.payload as Record<string, unknown>, call);
    },
  });
  const register = (definition: unknown, name = 'wf') => {
    const arn = engine.stateMachineArn(name);
    engine.registerStateMachine(arn, definition);
    return arn;
  };
  return { engine, calls, clock, register };
};

const task = (next: string | undefined, extra: Record<string, unknown> = {}) => ({
  Type: 'Task',
  Resource: FN,
  ...(next ? { Next: next } : { End: true }),
  ...extra,
});

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

  it('GIVEN a limit on kept executions WHEN more have finished THEN the oldest finished ones are forgotten, running ones never', async () => {
    const clock = new VirtualClock(START);
    const engine = new LocalEngine({ clock, maxFinishedExecutions: 2, invoke: async () => ({}) });
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
    expect(calls).toHaveLength(1);
    expect(done.output).toMatchObject({ error: { Error: 'States.DataLimitExceeded' } });
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

  describe('task tokens', () => {
    const approvalMachine = {
      StartAt: 'Wait for approval',
      States: {
        'Wait for approval': {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
          Parameters: {
            FunctionName: SUPERVISOR,
            Payload: {
              op: 'requestApproval',
              'taskToken.$': '$$.Task.Token',
              stepId: 'approve',
              'who.$': '$.who',
            },
          },
          TimeoutSeconds: 172_800,
          ResultPath: '$.steps.approve',
          Catch: [
            { ErrorEquals: ['ApprovalRejected'], ResultPath: '$.rejection', Next: 'Rejected' },
            { ErrorEquals: ['States.Timeout'], ResultPath: '$.timeout', Next: 'Timed out' },
          ],
          Next: 'Approved',
        },
        Approved: { Type: 'Pass', End: true },
        Rejected: { Type: 'Pass', End: true },
        'Timed out': { Type: 'Pass', End: true },
      },
    };

    it('GIVEN a waitForTaskToken task WHEN SendTaskSuccess is called with its token THEN the execution resumes with that output', async () => {
      const { engine, calls, register } = setup({ [SUPERVISOR]: () => ({ ignored: true }) });
      const arn = register(approvalMachine);
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'a1',
        input: { who: 'ana' },
      });
      await engine.waitForIdle();
      const pending = engine.pendingTasks(executionArn);
      expect(pending).toHaveLength(1);
      const token = pending[0]?.taskToken ?? '';
      expect(token.length).toBeGreaterThan(32);
      expect(calls[0]).toMatchObject({ kind: 'function', resource: SUPERVISOR, taskToken: token });
      expect(calls[0]?.payload).toEqual({
        op: 'requestApproval',
        taskToken: token,
        stepId: 'approve',
        who: 'ana',
      });
      const timeline = await engine.getTimeline(executionArn);
      expect(timeline[0]).toMatchObject({ name: 'Wait for approval', status: 'waiting', stepId: 'approve' });
      expect((await engine.describeExecution(executionArn))?.status).toBe('RUNNING');

      await engine.sendTaskSuccess(token, { approved: true, by: 'ana' });
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect(done.output).toEqual({ who: 'ana', steps: { approve: { approved: true, by: 'ana' } } });
      await expect(engine.sendTaskSuccess(token, {})).rejects.toMatchObject({ name: 'TaskDoesNotExist' });
    });

    it('GIVEN a waitForTaskToken task WHEN SendTaskFailure is called THEN the error is caught by name with its cause', async () => {
      const { engine, register } = setup({ [SUPERVISOR]: () => null });
      const arn = register(approvalMachine);
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'a2',
        input: { who: 'bo' },
      });
      await engine.waitForIdle();
      const [pending] = engine.pendingTasks(executionArn);
      await engine.sendTaskFailure(pending?.taskToken ?? '', 'ApprovalRejected', '{"by":"bo"}');
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect(done.output).toEqual({
        who: 'bo',
        rejection: { Error: 'ApprovalRejected', Cause: '{"by":"bo"}' },
      });
      const timeline = await engine.getTimeline(executionArn);
      expect(timeline.map((t) => [t.name, t.status])).toEqual([
        ['Wait for approval', 'failed'],
        ['Rejected', 'succeeded'],
      ]);
    });

    it('GIVEN a token task with a 2-day TimeoutSeconds and a virtual clock WHEN nothing answers THEN States.Timeout is caught after exactly 2 virtual days', async () => {
      const { engine, clock, register } = setup({ [SUPERVISOR]: () => null });
      const arn = register(approvalMachine);
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'a3',
        input: { who: 'cy' },
      });
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect(done.output).toMatchObject({ timeout: { Error: 'States.Timeout' } });
      expect(clock.now().getTime() - START.getTime()).toBe(2 * DAY);
      expect(done.stopDate).toBe(new Date(START.getTime() + 2 * DAY).toISOString());
      expect(engine.pendingTasks()).toEqual([]);
    });

    it('GIVEN a token answered before its timeout WHEN time later passes THEN the stale timeout does not fire', async () => {
      const { engine, clock, register } = setup({ [SUPERVISOR]: () => null });
      const arn = register(approvalMachine);
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'a4',
        input: { who: 'di' },
      });
      await engine.waitForIdle();
      clock.advanceTo(START.getTime() + DAY);
      await engine.sendTaskSuccess(engine.pendingTasks()[0]?.taskToken ?? '', { approved: true });
      const done = await engine.waitForExecution(executionArn);
      expect(done.output).toEqual({ who: 'di', steps: { approve: { approved: true } } });
      expect(clock.pendingTimers).toBe(0);
    });

    it('GIVEN a function that calls back with the token while it is being invoked THEN the execution still resumes', async () => {
      let engineRef: LocalEngine | undefined;
      const { engine, register } = setup({
        [SUPERVISOR]: async (p) => {
          await engineRef?.sendTaskSuccess(String(p.taskToken), { immediate: true });
          return null;
        },
      });
      engineRef = engine;
      const arn = register(approvalMachine);
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'a5',
        input: { who: 'ed' },
      });
      const done = await engine.waitForExecution(executionArn);
      expect(done.output).toEqual({ who: 'ed', steps: { approve: { immediate: true } } });
    });
  });

  describe('waits and time', () => {
    it('GIVEN a Wait of 2 days on a virtual clock WHEN the engine settles THEN it passes at once and virtual time moved by 2 days', async () => {
      const clock = new VirtualClock(START);
      const { engine, calls, register } = setup({ [FN]: () => ({ at: clock.now().toISOString() }) }, clock);
      const arn = register({
        StartAt: 'Wait 2 days',
        States: {
          'Wait 2 days': { Type: 'Wait', Seconds: 172_800, Comment: 'step:pause', Next: 'Remind' },
          Remind: task(undefined, { ResultPath: '$.remind' }),
        },
      });
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'w1',
        input: { keep: 1 },
      });
      await engine.waitForIdle();
      expect((await engine.getTimeline(executionArn))[0]).toMatchObject({
        name: 'Wait 2 days',
        type: 'Wait',
        status: 'waiting',
        stepId: 'pause',
      });
      expect(calls).toHaveLength(0);
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      const twoDaysLater = new Date(START.getTime() + 2 * DAY).toISOString();
      expect(done.output).toEqual({ keep: 1, remind: { at: twoDaysLater } });
      const [wait] = await engine.getTimeline(executionArn);
      expect(wait).toMatchObject({
        type: 'Wait',
        status: 'succeeded',
        startedAt: START.toISOString(),
        endedAt: twoDaysLater,
      });
    });

    it('GIVEN a Wait until a timestamp from the input WHEN it runs THEN virtual time reaches that timestamp; a past timestamp does not wait', async () => {
      const { engine, clock, register } = setup();
      const arn = register({
        StartAt: 'Until',
        States: {
          Until: { Type: 'Wait', TimestampPath: '$.at', Next: 'Past' },
          Past: { Type: 'Wait', Timestamp: '2020-01-01T00:00:00Z', End: true },
        },
      });
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'w2',
        input: { at: '2026-03-05T17:00:00Z' },
      });
      await engine.runUntilSettled();
      expect((await engine.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
      expect(clock.now().toISOString()).toBe('2026-03-05T17:00:00.000Z');
    });

    it('GIVEN an execution TimeoutSeconds shorter than its Wait WHEN time passes THEN the execution is TIMED_OUT', async () => {
      const { engine, register } = setup();
      const arn = register({
        TimeoutSeconds: 60,
        StartAt: 'Long',
        States: { Long: { Type: 'Wait', Seconds: 3600, End: true } },
      });
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'w3', input: {} });
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('TIMED_OUT');
      expect(done.error?.error).toBe('States.Timeout');
    });

    it('GIVEN a real clock and a function slower than the task TimeoutSeconds WHEN it runs THEN States.Timeout is raised and caught', async () => {
      const { engine: real } = setup(
        { [FN]: () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 5_000).unref()) },
        createRealClock(),
      );
      const arn = real.stateMachineArn('slow');
      real.registerStateMachine(arn, {
        StartAt: 'Slow',
        States: {
          Slow: task(undefined, {
            TimeoutSeconds: 1,
            Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.err', Next: 'Handled' }],
          }),
          Handled: { Type: 'Pass', End: true },
        },
      });
      const { executionArn } = await real.startExecution({ stateMachineArn: arn, name: 's1', input: {} });
      const done = await real.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect(done.output).toMatchObject({ err: { Error: 'States.Timeout' } });
    });
  });

  describe('retry and catch', () => {
    const retryMachine = (maxAttempts: number) => ({
      StartAt: 'Call tool',
      States: {
        'Call tool': task('Done', {
          Parameters: { 'attempt.$': '$$.State.RetryCount', meta: { stepId: 'tool' } },
          ResultPath: '$.result',
          Retry: [
            { ErrorEquals: ['NonRetriableError'], MaxAttempts: 0 },
            {
              ErrorEquals: ['RetriableError', 'States.Timeout'],
              IntervalSeconds: 2,
              BackoffRate: 2,
              MaxAttempts: maxAttempts,
              MaxDelaySeconds: 60,
            },
          ],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Record failure' }],
        }),
        Done: { Type: 'Succeed' },
        'Record failure': { Type: 'Pass', Next: 'Failed' },
        Failed: { Type: 'Fail', Error: 'StepFailed', Cause: 'tool failed' },
      },
    });

    it('GIVEN a tool failing twice then succeeding WHEN it runs THEN it is retried with backoff on the clock and the timeline counts 2 retries', async () => {
      let n = 0;
      const { engine, clock, calls, register } = setup({
        [FN]: (p) => {
          n += 1;
          if (n <= 2) throw new RetriableError('busy');
          return { attempt: p.attempt };
        },
      });
      const arn = register(retryMachine(3));
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'r1', input: {} });
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect(done.output).toEqual({ result: { attempt: 2 } });
      expect(calls.map((c) => (c.payload as { attempt: number }).attempt)).toEqual([0, 1, 2]);
      expect(clock.now().getTime() - START.getTime()).toBe(6_000);
      const [entry] = await engine.getTimeline(executionArn);
      expect(entry).toMatchObject({ name: 'Call tool', status: 'succeeded', retries: 2 });
    });

    it('GIVEN a tool that keeps failing WHEN retries are exhausted THEN the error is caught, recorded with a Lambda-style cause, and the run fails', async () => {
      const { engine, calls, register } = setup({
        [FN]: () => {
          throw new RetriableError('still down');
        },
      });
      const arn = register(retryMachine(2));
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'r2', input: {} });
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(calls).toHaveLength(3);
      expect(done.status).toBe('FAILED');
      expect(done.error).toEqual({ error: 'StepFailed', cause: 'tool failed' });
      const timeline = await engine.getTimeline(executionArn);
      expect(timeline.map((t) => [t.name, t.status])).toEqual([
        ['Call tool', 'failed'],
        ['Record failure', 'succeeded'],
        ['Failed', 'failed'],
      ]);
      expect(timeline[0]?.retries).toBe(2);
      expect(timeline[0]?.error?.error).toBe('RetriableError');
      expect(JSON.parse(timeline[0]?.error?.cause ?? '{}')).toEqual({
        errorType: 'RetriableError',
        errorMessage: 'still down',
      });
      expect(timeline[1]?.input).toMatchObject({ error: { Error: 'RetriableError' } });
    });

    it('GIVEN a NonRetriableError WHEN the task fails THEN it is not retried', async () => {
      const { engine, calls, register } = setup({
        [FN]: () => {
          throw new NonRetriableError('bad input');
        },
      });
      const arn = register(retryMachine(3));
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'r3', input: {} });
      await engine.runUntilSettled();
      expect((await engine.waitForExecution(executionArn)).status).toBe('FAILED');
      expect(calls).toHaveLength(1);
    });
  });

  describe('Map and Parallel', () => {
    it('GIVEN a Map over three items with concurrency 2 WHEN it runs THEN every item is processed with its index and results keep their order', async () => {
      const { engine, register } = setup({
        [FN]: (p) => ({ greeting: `hi ${String(p.name)} #${String(p.index)}` }),
      });
      const arn = register({
        StartAt: 'For each lead',
        States: {
          'For each lead': {
            Type: 'Map',
            ItemsPath: '$.leads',
            MaxConcurrency: 2,
            ItemSelector: { 'item.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' },
            ItemProcessor: {
              StartAt: 'Greet',
              States: {
                Greet: task(undefined, {
                  Parameters: { 'name.$': '$.item.name', 'index.$': '$.index', meta: { stepId: 'greet' } },
                  ResultSelector: { 'greeting.$': '$.greeting' },
                }),
              },
            },
            ResultPath: '$.results',
            End: true,
          },
        },
      });
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'm1',
        input: { leads: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] },
      });
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect((done.output as { results: unknown }).results).toEqual([
        { greeting: 'hi a #0' },
        { greeting: 'hi b #1' },
        { greeting: 'hi c #2' },
      ]);
      const greets = (await engine.getTimeline(executionArn)).filter((t) => t.name === 'Greet');
      expect(greets.map((t) => [t.itemIndex, t.status, t.stepId]).sort()).toEqual([
        [0, 'succeeded', 'greet'],
        [1, 'succeeded', 'greet'],
        [2, 'succeeded', 'greet'],
      ]);
    });

    it('GIVEN a Parallel whose branches wait different virtual times WHEN it runs THEN both results arrive and time advances to the longer wait', async () => {
      const { engine, clock, register } = setup({ [FN]: (p) => ({ from: p.branch }) });
      const arn = register({
        StartAt: 'Both',
        States: {
          Both: {
            Type: 'Parallel',
            Branches: [
              {
                StartAt: 'Short',
                States: {
                  Short: { Type: 'Wait', Seconds: 60, Next: 'Left' },
                  Left: task(undefined, { Parameters: { branch: 'left' } }),
                },
              },
              {
                StartAt: 'Long',
                States: {
                  Long: { Type: 'Wait', Seconds: 3600, Next: 'Right' },
                  Right: task(undefined, { Parameters: { branch: 'right' } }),
                },
              },
            ],
            ResultPath: '$.both',
            End: true,
          },
        },
      });
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'p1', input: {} });
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(done.output).toEqual({ both: [{ from: 'left' }, { from: 'right' }] });
      expect(clock.now().getTime() - START.getTime()).toBe(3_600_000);
      const timeline = await engine.getTimeline(executionArn);
      const left = timeline.find((t) => t.name === 'Left');
      expect(left?.startedAt).toBe(new Date(START.getTime() + 60_000).toISOString());
    });
  });

  describe('stop and redrive', () => {
    it('GIVEN an execution waiting for a token WHEN it is stopped THEN it is ABORTED, the token is gone and nothing after it runs', async () => {
      const { engine, calls, register } = setup({ [SUPERVISOR]: () => null, [FN]: () => ({}) });
      const arn = register({
        StartAt: 'Wait for reply',
        States: {
          'Wait for reply': {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
            Parameters: { FunctionName: SUPERVISOR, Payload: { 'taskToken.$': '$$.Task.Token' } },
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'After' }],
            Next: 'After',
          },
          After: task(undefined),
        },
      });
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'x1', input: {} });
      await engine.waitForIdle();
      const [pending] = engine.pendingTasks(executionArn);
      await engine.stopExecution(executionArn, 'user asked');
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('ABORTED');
      expect(done.error).toEqual({ error: 'States.Aborted', cause: 'user asked' });
      expect(engine.pendingTasks()).toEqual([]);
      await expect(engine.sendTaskSuccess(pending?.taskToken ?? '', {})).rejects.toMatchObject({
        name: 'TaskDoesNotExist',
      });
      await engine.waitForIdle();
      expect(calls.map((c) => c.resource)).toEqual([SUPERVISOR]);
      expect((await engine.getTimeline(executionArn))[0]).toMatchObject({
        status: 'failed',
        error: { error: 'States.Aborted' },
      });
    });

    it('GIVEN a run that failed at its second step WHEN it is redriven after the cause is fixed THEN only the failed step runs again and the run succeeds', async () => {
      let broken = true;
      const seen: string[] = [];
      const { engine, register } = setup({
        [FN]: (p) => {
          seen.push(String(p.step));
          if (p.step === 'two' && broken) throw new NonRetriableError('integration missing');
          return { ok: p.step };
        },
      });
      const step = (id: string, next: string | undefined) =>
        task(next, {
          Parameters: { step: id, meta: { stepId: id } },
          ResultPath: `$.steps.${id}`,
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Record failure' }],
        });
      const arn = register({
        StartAt: 'One',
        States: {
          One: step('one', 'Two'),
          Two: step('two', 'Three'),
          Three: step('three', undefined),
          'Record failure': { Type: 'Pass', Next: 'Failed' },
          Failed: { Type: 'Fail', Error: 'States.TaskFailed' },
        },
      });
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'rd1',
        input: { steps: {} },
      });
      const failed = await engine.waitForExecution(executionArn);
      expect(failed.status).toBe('FAILED');
      expect(seen).toEqual(['one', 'two']);

      await expect(
        engine.startExecution({ stateMachineArn: arn, name: 'rd1', input: {} }),
      ).resolves.toMatchObject({ alreadyStarted: true });
      broken = false;
      await engine.redriveExecution(executionArn);
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect(seen).toEqual(['one', 'two', 'two', 'three']);
      expect(done.output).toEqual({
        steps: { one: { ok: 'one' }, two: { ok: 'two' }, three: { ok: 'three' } },
      });
      expect(engine.listExecutions({ stateMachineArn: arn })[0]?.redriveCount).toBe(1);
      const timeline = await engine.getTimeline(executionArn);
      expect(timeline.map((t) => `${t.name}:${t.status}`)).toEqual([
        'One:succeeded',
        'Two:failed',
        'Record failure:succeeded',
        'Failed:failed',
        'Two:succeeded',
        'Three:succeeded',
      ]);
      await expect(engine.redriveExecution(executionArn)).rejects.toMatchObject({
        name: 'ExecutionNotRedrivable',
      });
    });

    it('GIVEN a stopped execution WHEN it is redriven THEN the interrupted state runs again', async () => {
      const { engine, clock, register } = setup({ [FN]: () => ({ done: true }) });
      const arn = register({
        StartAt: 'Pause',
        States: {
          Pause: { Type: 'Wait', Seconds: 600, Next: 'Act' },
          Act: task(undefined, { ResultPath: '$.act' }),
        },
      });
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'rd2', input: {} });
      await engine.waitForIdle();
      await engine.stopExecution(executionArn, 'oops');
      await engine.waitForExecution(executionArn);
      expect(clock.pendingTimers).toBe(0);
      await engine.redriveExecution(executionArn);
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect(done.output).toEqual({ act: { done: true } });
    });
  });

  describe('service integrations', () => {
    it('GIVEN lambda:invoke and dynamodb:putItem resources WHEN they run THEN the invoker gets the function and the service call, and lambda:invoke results are wrapped in Payload', async () => {
      const { engine, calls, register } = setup({
        [FN]: () => ({ value: 1 }),
        'arn:aws:states:::dynamodb:putItem': () => ({}),
      });
      const arn = register({
        StartAt: 'Invoke',
        States: {
          Invoke: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: FN, Payload: { 'x.$': '$.x' } },
            ResultSelector: { 'value.$': '$.Payload.value', 'status.$': '$.StatusCode' },
            ResultPath: '$.invoked',
            Next: 'Log',
          },
          Log: {
            Type: 'Task',
            Resource: 'arn:aws:states:::dynamodb:putItem',
            Parameters: { TableName: 't', Item: { pk: { 'S.$': "States.Format('T#{}', $.x)" } } },
            ResultPath: null,
            End: true,
          },
        },
      });
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'svc',
        input: { x: 'a' },
      });
      const done = await engine.waitForExecution(executionArn);
      expect(done.output).toEqual({ x: 'a', invoked: { value: 1, status: 200 } });
      expect(calls.map((c) => [c.kind, c.resource, c.payload])).toEqual([
        ['function', FN, { x: 'a' }],
        ['service', 'arn:aws:states:::dynamodb:putItem', { TableName: 't', Item: { pk: { S: 'T#a' } } }],
      ]);
      expect((await engine.getSteps(executionArn)).map((s) => s.action)).toEqual([undefined, 'log']);
    });
  });
  describe('snapshot and resume (restart of a persisted local runtime)', () => {
    const machine = {
      StartAt: 'Greet',
      States: {
        Greet: task('Wait for reply', { ResultPath: '$.greet' }),
        'Wait for reply': {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
          Parameters: {
            FunctionName: SUPERVISOR,
            Payload: { op: 'registerWait', 'taskToken.$': '$$.Task.Token' },
          },
          TimeoutSeconds: 172_800,
          ResultPath: '$.reply',
          Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.timeout', Next: 'Pause' }],
          Next: 'Pause',
        },
        Pause: { Type: 'Wait', Seconds: 86_400, Next: 'Done' },
        Done: task(undefined, { ResultPath: '$.done' }),
      },
    };

    const firstLife = async () => {
      const clock = new VirtualClock(START);
      const a = setup({ [FN]: () => ({ ok: true }), [SUPERVISOR]: () => null }, clock);
      const arn = a.register(machine);
      const { executionArn } = await a.engine.startExecution({ stateMachineArn: arn, name: 'r1', input: {} });
      await a.engine.waitForIdle();
      const token = a.engine.pendingTasks()[0]?.taskToken;
      clock.advanceTo(START.getTime() + DAY);
      const snapshots = a.engine.snapshot();
      a.engine.close();
      return { clock, executionArn, token, snapshots };
    };

    it('GIVEN a run waiting for a token WHEN it is snapshotted and resumed in a new engine THEN it waits for the same token, without registering again', async () => {
      const { clock, executionArn, token, snapshots } = await firstLife();
      expect(snapshots).toHaveLength(1);
      expect(snapshots[0]?.resume.stateName).toBe('Wait for reply');
      const b = setup({ [FN]: () => ({ ok: true }), [SUPERVISOR]: () => null }, clock);
      b.register(machine);
      expect(b.engine.resume(JSON.parse(JSON.stringify(snapshots)))).toEqual({
        resumed: [executionArn],
        skipped: [],
      });
      await b.engine.waitForIdle();
      expect(b.calls).toEqual([]);
      expect(b.engine.pendingTasks().map((t) => t.taskToken)).toEqual([token]);
      await b.engine.sendTaskSuccess(token ?? '', { event: { text: 'hi' } });
      await b.engine.runUntilSettled();
      const done = await b.engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect(done.output).toMatchObject({
        greet: { ok: true },
        reply: { event: { text: 'hi' } },
        done: { ok: true },
      });
      expect((await b.engine.getTimeline(executionArn)).map((t) => `${t.name}:${t.status}`)).toEqual([
        'Greet:succeeded',
        'Wait for reply:succeeded',
        'Pause:succeeded',
        'Done:succeeded',
      ]);
    });

    it('GIVEN a resumed token wait and a resumed Wait WHEN nothing answers THEN each keeps its original deadline', async () => {
      const { clock, executionArn, snapshots } = await firstLife();
      const b = setup({ [FN]: () => ({ at: clock.now().toISOString() }), [SUPERVISOR]: () => null }, clock);
      b.register(machine);
      b.engine.resume(snapshots);
      await b.engine.runUntilSettled();
      const done = await b.engine.waitForExecution(executionArn);
      // Timed out 2 days after it began waiting (not 2 days after the restart), then paused 1 day.
      expect(done.output).toMatchObject({
        timeout: { Error: 'States.Timeout' },
        done: { at: new Date(START.getTime() + 3 * DAY).toISOString() },
      });
    });

    it('GIVEN a snapshot whose state machine is gone WHEN resumed THEN it is skipped with the reason', async () => {
      const { snapshots, clock } = await firstLife();
      const b = setup({}, clock);
      expect(b.engine.resume(snapshots).skipped).toEqual([
        { executionArn: snapshots[0]?.executionArn, reason: 'its state machine or state no longer exists' },
      ]);
    });
  });
});
