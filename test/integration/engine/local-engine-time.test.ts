import { describe, expect, it } from 'vitest';
import { createRealClock, VirtualClock } from '../../../functions/engine/clock';
import { NonRetriableError, RetriableError } from '../../../functions/shared/errors';
import { DAY, FN, START, setup, task } from '../../support/engine-harness';

describe('LocalEngine', () => {
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
});
