import { afterEach, describe, expect, it, vi } from 'vitest';
import { StateStepper } from '../../../functions/engine/mini';
import { SUPERVISOR, setup } from '../../support/engine-harness';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LocalEngine: a task promise the library drops', () => {
  it('GIVEN the library fails after calling a task handler that waits for a token WHEN the execution ends and the task rejects THEN no unhandled rejection is raised and the execution fails with the library error', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      // As aws-local-stepfunctions did on Node 20 (no Promise.withResolvers): it calls the task handler, then
      // throws before awaiting the handler's promise.
      const step = StateStepper.prototype.step;
      vi.spyOn(StateStepper.prototype, 'step').mockImplementationOnce(function (
        this: StateStepper,
        scope,
        name,
        input,
        context,
        handler,
      ) {
        return step.call(this, scope, name, input, context, async (wrapped) => {
          handler?.(wrapped);
          throw new TypeError('Promise.withResolvers is not a function');
        });
      });
      const { engine, register } = setup({ [SUPERVISOR]: () => null });
      const arn = register({
        StartAt: 'Wait for reply',
        States: {
          'Wait for reply': {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
            Parameters: { FunctionName: SUPERVISOR, Payload: { 'taskToken.$': '$$.Task.Token' } },
            End: true,
          },
        },
      });
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'x', input: {} });
      const done = await engine.waitForExecution(executionArn);
      await engine.waitForIdle();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(done.status).toBe('FAILED');
      expect(done.error).toEqual({ error: 'TypeError', cause: 'Promise.withResolvers is not a function' });
      expect(engine.pendingTasks()).toEqual([]);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
