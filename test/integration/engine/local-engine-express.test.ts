import { describe, expect, it } from 'vitest';
import { NonRetriableError } from '../../../functions/shared/errors';
import { FN, SUPERVISOR, setup, task } from '../../support/engine-harness';

const EXPRESS_ARN_REFUSED = {
  name: 'InvalidArn',
  message: "Invalid Arn: 'Resource type not valid in this context: express'",
};

/** What the Step Functions API refuses for EXPRESS state machines is refused here too, with the same error. */
describe('LocalEngine EXPRESS executions', () => {
  it('GIVEN an EXPRESS execution WHEN it is described, stopped or redriven THEN each call fails as the AWS API fails for Express (InvalidArn); its timeline is what its logs hold', async () => {
    const { engine, register } = setup({
      [FN]: () => {
        throw new NonRetriableError('down');
      },
    });
    const definition = { StartAt: 'Act', States: { Act: task(undefined) } };
    const arn = register(definition, 'quick', 'EXPRESS');
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'e1', input: {} });
    expect(executionArn).toContain(':express:quick:e1:');
    await engine.runUntilSettled();
    await expect(engine.describeExecution(executionArn)).rejects.toMatchObject(EXPRESS_ARN_REFUSED);
    // Logging OFF (the default): nothing to read.
    expect(await engine.getTimeline(executionArn)).toEqual([]);
    await expect(engine.stopExecution(executionArn, 'no')).rejects.toMatchObject(EXPRESS_ARN_REFUSED);
    await expect(engine.redriveExecution(executionArn)).rejects.toMatchObject(EXPRESS_ARN_REFUSED);
    // The engine itself still knows the outcome (what CloudWatch Logs would show on AWS).
    expect(engine.listExecutions({ stateMachineArn: arn })[0]).toMatchObject({ status: 'FAILED' });

    // Logging ALL with execution data (what the provisioner sets for Express): the timeline comes from the logs.
    engine.registerStateMachine(arn, definition, 'EXPRESS', {
      logging: { level: 'ALL', includeExecutionData: true },
    });
    const logged = await engine.startExecution({ stateMachineArn: arn, name: 'e2', input: { a: 1 } });
    await engine.runUntilSettled();
    expect(await engine.getTimeline(logged.executionArn)).toMatchObject([
      { name: 'Act', status: 'failed', input: { a: 1 }, error: { error: 'NonRetriableError' } },
    ]);
  });

  it('GIVEN an EXPRESS state machine WHEN the same execution name is started twice THEN two executions run (Express start is not idempotent)', async () => {
    let runs = 0;
    const { engine, register } = setup({
      [FN]: () => {
        runs++;
        return {};
      },
    });
    const arn = register({ StartAt: 'Act', States: { Act: task(undefined) } }, 'quick', 'EXPRESS');
    const first = await engine.startExecution({ stateMachineArn: arn, name: 'same', input: {} });
    const second = await engine.startExecution({ stateMachineArn: arn, name: 'same', input: {} });
    await engine.runUntilSettled();
    expect(first.alreadyStarted).toBe(false);
    expect(second.alreadyStarted).toBe(false);
    expect(second.executionArn).not.toBe(first.executionArn);
    expect(runs).toBe(2);
  });

  it('GIVEN an EXPRESS definition with a callback, or a .sync task WHEN registered THEN it is refused as CreateStateMachine refuses it', () => {
    const { engine } = setup();
    const arn = engine.stateMachineArn('quick');
    const callback = {
      StartAt: 'Wait',
      States: {
        Wait: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
          Parameters: { FunctionName: SUPERVISOR, Payload: { 'token.$': '$$.Task.Token' } },
          End: true,
        },
      },
    };
    const sync = {
      StartAt: 'Child',
      States: {
        Child: {
          Type: 'Task',
          Resource: 'arn:aws:states:::states:startExecution.sync:2',
          Parameters: { StateMachineArn: arn, Input: {} },
          End: true,
        },
      },
    };
    for (const definition of [callback, sync]) {
      expect(() => engine.registerStateMachine(arn, definition, 'EXPRESS')).toThrow(
        expect.objectContaining({ name: 'InvalidDefinition' }),
      );
    }
  });
});
