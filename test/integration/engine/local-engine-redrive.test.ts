import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { NonRetriableError } from '../../../functions/shared/errors';
import { DAY, FN, START, SUPERVISOR, setup, task } from '../../support/engine-harness';

describe('LocalEngine', () => {
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

    it('GIVEN a run that failed at its second step, without a Catch WHEN it is redriven after the cause is fixed THEN only the failed step runs again and the run succeeds', async () => {
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
        task(next, { Parameters: { step: id, meta: { stepId: id } }, ResultPath: `$.steps.${id}` });
      // The failure ends the execution at the failing task itself, so a redrive continues there (a Catch leading
      // to a Fail state would make the Fail state the redrive point: see local-engine-redrive-rules.test.ts).
      const arn = register({
        StartAt: 'One',
        States: {
          One: step('one', 'Two'),
          Two: step('two', 'Three'),
          Three: step('three', undefined),
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
