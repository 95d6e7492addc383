import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { FN, START, SUPERVISOR, setup, task } from '../../support/engine-harness';

const callback = (extra: Record<string, unknown>) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
  Parameters: { FunctionName: SUPERVISOR, Payload: { 'token.$': '$$.Task.Token' } },
  ...extra,
});

/** Resolves once `ready()` holds (a function under test was called); the engine stays busy while it runs. */
const invoked = async (ready: () => boolean): Promise<void> => {
  for (let i = 0; i < 1_000 && !ready(); i++) await new Promise((r) => setImmediate(r));
};

describe('LocalEngine task timeouts, heartbeats and Lambda timeouts', () => {
  it('GIVEN a callback task with HeartbeatSeconds WHEN heartbeats stop THEN it fails with States.HeartbeatTimeout, which a States.Timeout catcher catches', async () => {
    const { engine, clock, register } = setup({ [SUPERVISOR]: () => null });
    const arn = register({
      StartAt: 'Wait for reply',
      States: {
        'Wait for reply': callback({
          TimeoutSeconds: 3_600,
          HeartbeatSeconds: 60,
          Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.error', Next: 'Gave up' }],
          End: true,
        }),
        'Gave up': { Type: 'Succeed' },
      },
    });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'hb', input: {} });
    await engine.waitForIdle();
    const [pending] = engine.pendingTasks(executionArn);
    clock.advanceTo(START.getTime() + 50_000);
    await engine.sendTaskHeartbeat(pending?.taskToken ?? '');
    clock.advanceTo(START.getTime() + 100_000);
    await engine.waitForIdle();
    expect((await engine.describeExecution(executionArn))?.status).toBe('RUNNING');
    await engine.runUntilSettled();
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.output).toMatchObject({ error: { Error: 'States.HeartbeatTimeout' } });
    expect(clock.now().getTime()).toBe(START.getTime() + 110_000);
    await expect(engine.sendTaskHeartbeat(pending?.taskToken ?? '')).rejects.toMatchObject({
      name: 'TaskTimedOut',
    });
  });

  it('GIVEN a function whose own timeout is shorter than its work WHEN invoked THEN the task fails with Sandbox.Timedout, which a retrier naming it retries', async () => {
    let attempts = 0;
    const clock = new VirtualClock(START);
    const { engine, register } = setup(
      {
        [FN]: async () => {
          attempts++;
          if (attempts === 1) await clock.sleep(45_000);
          return { ok: true };
        },
      },
      clock,
      { functionTimeouts: { [FN]: 30 } },
    );
    const arn = register({
      StartAt: 'Slow',
      States: {
        Slow: task(undefined, {
          TimeoutSeconds: 120,
          Retry: [{ ErrorEquals: ['Sandbox.Timedout'], MaxAttempts: 1, IntervalSeconds: 1 }],
        }),
      },
    });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'sbx', input: {} });
    // The function is busy (not idle): time is moved by hand past its 30 s timeout.
    await invoked(() => attempts === 1);
    clock.advanceTo(START.getTime() + 31_000);
    await engine.runUntilSettled();
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(attempts).toBe(2);
    const [slow] = await engine.getTimeline(executionArn);
    expect(slow).toMatchObject({ status: 'succeeded', retries: 1 });
  });

  it('GIVEN a function timeout and no retrier WHEN the function runs too long THEN the run fails with Sandbox.Timedout and a Lambda-style cause', async () => {
    const clock = new VirtualClock(START);
    const { engine, calls, register } = setup(
      {
        [FN]: async () => {
          await clock.sleep(60_000);
          return {};
        },
      },
      clock,
      { functionTimeouts: { [FN]: 30 } },
    );
    const arn = register({ StartAt: 'Slow', States: { Slow: task(undefined, { TimeoutSeconds: 120 }) } });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'sbx2', input: {} });
    await invoked(() => calls.length === 1);
    clock.advanceTo(START.getTime() + 31_000);
    await engine.runUntilSettled();
    const done = await engine.waitForExecution(executionArn);
    expect(done.error?.error).toBe('Sandbox.Timedout');
    expect(JSON.parse(done.error?.cause ?? '{}')).toMatchObject({
      errorType: 'Sandbox.Timedout',
      errorMessage: expect.stringContaining('Task timed out after 30.00 seconds'),
    });
  });

  it('GIVEN a Catch on States.TaskFailed WHEN the task times out THEN the timeout is not caught (States.TaskFailed excludes States.Timeout)', async () => {
    const clock = new VirtualClock(START);
    const { engine, calls, register } = setup(
      {
        [FN]: async () => {
          await clock.sleep(600_000);
          return {};
        },
      },
      clock,
    );
    const arn = register({
      StartAt: 'Slow',
      States: {
        Slow: task(undefined, {
          TimeoutSeconds: 10,
          Catch: [{ ErrorEquals: ['States.TaskFailed'], Next: 'Caught' }],
        }),
        Caught: { Type: 'Succeed' },
      },
    });
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'tf', input: {} });
    await invoked(() => calls.length === 1);
    clock.advanceTo(START.getTime() + 11_000);
    await engine.runUntilSettled();
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('FAILED');
    expect(done.error?.error).toBe('States.Timeout');
  });
});
