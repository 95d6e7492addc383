import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { EngineCore } from '../../../functions/engine/engine-core';
import type { LocalEngineOptions } from '../../../functions/engine/engine-types';
import { FN, START, setup, task } from '../../support/engine-harness';

const TWO_TASKS = {
  StartAt: 'One',
  States: {
    One: task('Two', { Parameters: { step: 'one', meta: { stepId: 'one' } }, ResultPath: '$.steps.one' }),
    Two: task(undefined, { Parameters: { step: 'two', meta: { stepId: 'two' } }, ResultPath: '$.steps.two' }),
  },
};

/** A dry run's engine: EngineCore, without LocalEngine's fast paths, bounded store and redrive status. */
const core = (options: Pick<LocalEngineOptions, 'maxFinishedExecutions'> = {}) =>
  new EngineCore({
    clock: new VirtualClock(START),
    random: () => 1,
    ...options,
    invoke: async (call) => ({ done: (call.payload as { step?: unknown }).step }),
  });

const runTwice = async (engine: EngineCore | ReturnType<typeof setup>['engine']) => {
  const stateMachineArn = engine.stateMachineArn('wf');
  // Unchecked, as a dry run registers its definition (EngineCore has no ASL check).
  engine.registerStateMachine(stateMachineArn, TWO_TASKS, 'STANDARD', { validate: false });
  const arns: string[] = [];
  for (const name of ['run-1', 'run-2']) {
    const { executionArn } = await engine.startExecution({ stateMachineArn, name, input: { steps: {} } });
    await engine.waitForExecution(executionArn);
    arns.push(executionArn);
  }
  await engine.waitForIdle();
  return arns;
};

describe("EngineCore (a dry run's engine): finished executions and their description", () => {
  it('GIVEN finished executions it no longer holds live WHEN described and their steps read THEN every one is answered as a live one is', async () => {
    const live = core();
    const stored = core({ maxFinishedExecutions: 0 });
    const arns = await runTwice(live);
    expect(await runTwice(stored)).toStrictEqual(arns);
    for (const arn of arns) {
      expect(stored.inspectExecution(arn)?.status).toBe('SUCCEEDED');
      expect(stored.inspectExecution(arn)).toStrictEqual(live.inspectExecution(arn));
      expect(await stored.getSteps(arn)).toStrictEqual(await live.getSteps(arn));
      expect((await stored.getSteps(arn)).map((s) => s.stepId)).toStrictEqual(['one', 'two']);
    }
    expect(stored.listExecutions()).toStrictEqual(live.listExecutions());
  });

  it('GIVEN the same execution on EngineCore and on LocalEngine WHEN described THEN only LocalEngine (which redrives) names a redrive status, and the rest is the same', async () => {
    const local = setup({ [FN]: (p) => ({ done: p.step }) }).engine;
    const dryRun = core();
    const [arn = ''] = await runTwice(local);
    expect(await runTwice(dryRun)).toContain(arn);
    const { redriveStatus, redriveStatusReason, ...rest } = local.inspectExecution(arn) ?? {};
    expect(redriveStatus).toBe('NOT_REDRIVABLE');
    expect(redriveStatusReason).toBe('Execution is SUCCEEDED and cannot be redriven');
    expect(dryRun.inspectExecution(arn)).toStrictEqual(rest);
  });

  it('GIVEN EngineCore, which has no ASL check WHEN a definition is registered to be checked THEN registration fails instead of accepting it unchecked, and LocalEngine checks it', () => {
    const dryRun = core();
    expect(() => dryRun.registerStateMachine(dryRun.stateMachineArn('wf'), TWO_TASKS, 'STANDARD')).toThrow(
      /checks no ASL/,
    );
    expect(dryRun.hasStateMachine(dryRun.stateMachineArn('wf'))).toBe(false);
    const local = setup({ [FN]: (p) => ({ done: p.step }) }).engine;
    const invalid = { StartAt: 'One', States: { One: { Type: 'Pass', Next: 'Nowhere' } } };
    expect(() => local.registerStateMachine(local.stateMachineArn('wf'), invalid, 'STANDARD')).toThrow(
      expect.objectContaining({ name: 'InvalidDefinition' }),
    );
    local.registerStateMachine(local.stateMachineArn('wf'), TWO_TASKS, 'STANDARD');
    expect(local.hasStateMachine(local.stateMachineArn('wf'))).toBe(true);
  });
});
