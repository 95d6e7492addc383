import { describe, expect, it } from 'vitest';
import type { LocalEngine } from '../../../functions/engine/local-engine';
import { DAY, START, SUPERVISOR, setup } from '../../support/engine-harness';

describe('LocalEngine', () => {
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
});
