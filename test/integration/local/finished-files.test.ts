import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NonRetriableError } from '../../../functions/shared/errors';
import { FinishedExecutionFiles } from '../../../infra/local/finished-files';
import { FN, setup, task } from '../../support/engine-harness';

const TWO_TASKS = {
  StartAt: 'One',
  States: {
    One: task('Two', { Parameters: { step: 'one', meta: { stepId: 'one' } }, ResultPath: '$.steps.one' }),
    Two: task(undefined, { Parameters: { step: 'two', meta: { stepId: 'two' } }, ResultPath: '$.steps.two' }),
  },
};

let folder: string;
let said: string[];
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dynaris-finished-'));
  said = [];
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** An engine (a process) storing finished executions in `folder`; `broken` steps fail. */
const start = (broken: Set<string>) => {
  const files = new FinishedExecutionFiles(folder, (line) => said.push(line));
  const harness = setup(
    {
      [FN]: (p) => {
        if (broken.has(String(p.step))) throw new NonRetriableError(`${String(p.step)} is down`);
        return { ok: p.step };
      },
    },
    undefined,
    { maxFinishedExecutions: 0, finishedExecutions: files },
  );
  return { ...harness, files, stateMachineArn: harness.register(TWO_TASKS) };
};

describe('Finished executions on storage (--data-dir)', () => {
  it('GIVEN executions that finished before a restart WHEN a new process reads them THEN describe, timeline and name de-duplication answer as before, and a failed one can be redriven', async () => {
    const first = start(new Set(['two']));
    const ok = await first.engine.startExecution({
      stateMachineArn: first.stateMachineArn,
      name: 'ok',
      input: { steps: {} },
    });
    await first.engine.waitForExecution(ok.executionArn);
    await first.engine.waitForIdle();
    const before = {
      described: await first.engine.describeExecution(ok.executionArn),
      timeline: await first.engine.getTimeline(ok.executionArn),
    };
    expect(before.described?.status).toBe('FAILED');
    first.engine.close();
    await first.files.flush();
    expect(await readdir(folder)).toHaveLength(1);

    const second = start(new Set());
    expect(await second.engine.describeExecution(ok.executionArn)).toEqual(before.described);
    expect(await second.engine.getTimeline(ok.executionArn)).toEqual(before.timeline);
    expect(
      await second.engine.startExecution({ stateMachineArn: second.stateMachineArn, name: 'ok', input: {} }),
    ).toEqual({ executionArn: ok.executionArn, alreadyStarted: true });
    await second.engine.redriveExecution(ok.executionArn);
    const redriven = await second.engine.waitForExecution(ok.executionArn);
    expect(redriven).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1 });
    await second.engine.waitForIdle();
    await second.files.flush();

    const third = start(new Set());
    expect(await third.engine.describeExecution(ok.executionArn)).toMatchObject({
      status: 'SUCCEEDED',
      redriveCount: 1,
    });
    expect(said).toEqual([]);
  });

  it('GIVEN a running execution stopped by a shutdown WHEN the process stops THEN it is not stored as aborted (it resumes from its snapshot instead)', async () => {
    const first = start(new Set());
    first.engine.registerStateMachine(first.engine.stateMachineArn('wait'), {
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 60, End: true } },
    });
    const { executionArn } = await first.engine.startExecution({
      stateMachineArn: first.engine.stateMachineArn('wait'),
      name: 'long',
      input: {},
    });
    await first.engine.waitForIdle();
    first.engine.close();
    await first.engine.waitForExecution(executionArn);
    await first.files.flush();
    expect(await readdir(folder)).toEqual([]);
  });

  it('GIVEN a stored execution whose file is damaged WHEN it is read THEN it is reported and treated as unknown, not thrown', async () => {
    const first = start(new Set());
    const { executionArn } = await first.engine.startExecution({
      stateMachineArn: first.stateMachineArn,
      name: 'x',
      input: {},
    });
    await first.engine.waitForExecution(executionArn);
    await first.engine.waitForIdle();
    await first.files.flush();
    const [file] = await readdir(folder);
    await writeFile(path.join(folder, file ?? ''), '{"arn": "half');
    const second = start(new Set());
    expect(await second.engine.describeExecution(executionArn)).toBeUndefined();
    expect(said).toEqual([expect.stringContaining('is damaged')]);
  });
});
