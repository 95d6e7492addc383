import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../functions/data/runs';
import { rememberingStarts } from '../../../infra/local/remembering-starts';
import { FN, setup, task } from '../../support/engine-harness';

/**
 * The local runtime's engine port remembers started names through their run records (Step Functions remembers a
 * Standard name for 90 days; the local engine forgets across restarts). For Express, Step Functions remembers no name:
 * without a data dir (no earlier process) it does not read the run record, a request AWS does not make.
 */
const harness = (earlierProcesses: boolean) => {
  const { engine, register } = setup({ [FN]: () => ({}) });
  const reads: string[] = [];
  const recorded = new Set<string>();
  const runs = {
    get: async (_tenantId: string, runId: string) => {
      reads.push(runId);
      return recorded.has(runId)
        ? ({ runId, executionId: `arn:earlier:${runId}` } as unknown as RunRecord)
        : undefined;
    },
  };
  const port = rememberingStarts(engine, runs, new Set(), undefined, { earlierProcesses });
  const definition = { StartAt: 'Act', States: { Act: task(undefined) } };
  const start = (arn: string, name: string) =>
    port.startExecution({ stateMachineArn: arn, name, input: { context: { tenantId: 't1' } } });
  return {
    engine,
    reads,
    recorded,
    start,
    express: register(definition, 'quick', 'EXPRESS'),
    standard: register(definition, 'slow', 'STANDARD'),
  };
};

describe('the local engine port remembering started names', () => {
  it('GIVEN no data dir WHEN Express runs start THEN no run record is read and each start is a new execution, as on AWS', async () => {
    const h = harness(false);
    h.recorded.add('e1');
    const first = await h.start(h.express, 'e1');
    expect(first.alreadyStarted).toBe(false);
    expect(h.reads).toEqual([]);
    await h.engine.runUntilSettled();
  });

  it('GIVEN no data dir WHEN a Standard run starts THEN its run record is still read, and a name with one is not started again', async () => {
    const h = harness(false);
    h.recorded.add('s1');
    expect(await h.start(h.standard, 's1')).toEqual({ executionArn: 'arn:earlier:s1', alreadyStarted: true });
    expect(h.reads).toEqual(['s1']);
  });

  it('GIVEN a data dir (an earlier process may have left runs) WHEN an Express run whose record exists starts THEN it is not started again', async () => {
    const h = harness(true);
    h.recorded.add('e2');
    expect(await h.start(h.express, 'e2')).toEqual({ executionArn: 'arn:earlier:e2', alreadyStarted: true });
    expect(await h.start(h.express, 'e3')).toMatchObject({ alreadyStarted: false });
    expect(h.reads).toEqual(['e2', 'e3']);
    await h.engine.runUntilSettled();
  });
});
