import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { FN, START, SUPERVISOR, setup, task } from '../../support/engine-harness';

/** Snapshots are taken every 50 ms with --data-dir: an execution that did not move is not copied again. */
describe('LocalEngine snapshots of running executions', () => {
  const machine = {
    StartAt: 'Wait for reply',
    States: {
      'Wait for reply': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: {
          FunctionName: SUPERVISOR,
          Payload: { op: 'registerWait', 'taskToken.$': '$$.Task.Token' },
        },
        ResultPath: '$.reply',
        Next: 'Pause',
      },
      Pause: { Type: 'Wait', Seconds: 3600, Next: 'Done' },
      Done: task(undefined, { ResultPath: '$.done' }),
    },
  };

  const waitingRun = async () => {
    const a = setup({ [FN]: () => ({ ok: true }), [SUPERVISOR]: () => null }, new VirtualClock(START));
    const arn = a.register(machine);
    await a.engine.startExecution({ stateMachineArn: arn, name: 'r1', input: { n: 1 } });
    await a.engine.waitForIdle();
    return a;
  };

  it('GIVEN a run waiting for a token WHEN snapshotted twice THEN the second snapshot is the first one, not a new copy', async () => {
    const { engine } = await waitingRun();
    const [first] = engine.snapshot();
    const [second] = engine.snapshot();
    engine.close();
    expect(first?.resume.stateName).toBe('Wait for reply');
    expect(first?.token?.token).toBeDefined();
    expect(second).toBe(first);
  });

  it('GIVEN a snapshotted run WHEN its token is answered and it moves on THEN the next snapshot resumes where it now is, with what it did', async () => {
    const { engine } = await waitingRun();
    const [before] = engine.snapshot();
    await engine.sendTaskSuccess(before?.token?.token ?? '', { text: 'hi' });
    await engine.waitForIdle();
    const [after] = engine.snapshot();
    engine.close();
    expect(after).not.toBe(before);
    expect(after?.resume.stateName).toBe('Pause');
    expect(after?.token).toBeUndefined();
    expect(after?.timeline).toMatchObject([{ name: 'Wait for reply', status: 'succeeded' }]);
    expect(after?.timeline).toHaveLength(1);
  });
});
