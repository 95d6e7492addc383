import { describe, expect, it } from 'vitest';
import {
  bus,
  clock,
  logs,
  runs,
  setup,
  startPayload,
  supervisorWith,
  useSupervisorDatabase,
} from './supervisor-fixture';

useSupervisorDatabase();

/** An Express execution's id: Step Functions sends no status change for it and cannot describe it. */
const expressStart = (tenantId: string, workflowId: string, runId: string) => {
  const p = startPayload(tenantId, workflowId, 'manual', runId);
  return {
    ...p,
    executionId: `arn:aws:states:eu-west-1:1:express:sm:${runId}:9b7f6c1e-0000-4000-8000-000000000000`,
  };
};

describe('Express runs are closed even when their execution cannot tell', () => {
  it('GIVEN an Express run whose execution never closed it WHEN the sweeper runs past its deadline THEN the run fails as timed out, once, with a reason', async () => {
    const wf = await setup('sv-ex');
    const sup = supervisorWith();
    await sup.start(expressStart('sv-ex', wf.workflowId, 'run-ex'));
    expect(await sup.sweepExpressRuns()).toEqual({ closed: [] });

    clock.advance(7 * 60_000);
    expect(await sup.sweepExpressRuns()).toEqual({ closed: ['sv-ex/run-ex'] });
    expect(await sup.sweepExpressRuns()).toEqual({ closed: [] });
    expect(await runs().mustGet('sv-ex', 'run-ex')).toMatchObject({
      status: 'failed',
      error: { error: 'States.Timeout', cause: expect.stringContaining('5 minutes') },
    });
    expect(bus.ofType('workflow.failed')).toHaveLength(1);
    const messages = (await logs().listByRun('sv-ex', 'run-ex')).items.map((l) => l.message);
    expect(messages.some((m) => /Express execution/.test(m))).toBe(true);
  });

  it('GIVEN an Express run that finished WHEN the sweeper runs later THEN it is left as it ended', async () => {
    const wf = await setup('sv-ex2');
    const sup = supervisorWith();
    const ctx = await sup.start(expressStart('sv-ex2', wf.workflowId, 'run-ex2'));
    await sup.finish({ op: 'finish', context: ctx, steps: {} });
    clock.advance(7 * 60_000);
    expect(await sup.sweepExpressRuns()).toEqual({ closed: [] });
    expect((await runs().mustGet('sv-ex2', 'run-ex2')).status).toBe('succeeded');
  });
});
