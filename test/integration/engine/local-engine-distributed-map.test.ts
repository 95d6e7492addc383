import { describe, expect, it } from 'vitest';
import { DAY, FN, setup } from '../../support/engine-harness';

const GET = 'arn:aws:states:::s3:getObject';
const PUT = 'arn:aws:states:::s3:putObject';

/** A JSON Lines file of `count` items `{ n }`, as s3:getObject returns it. */
const jsonl = (count: number) => ({
  Body: Array.from({ length: count }, (_, n) => JSON.stringify({ n })).join('\n'),
});

const distributedMap = (extra: Record<string, unknown> = {}, body: Record<string, unknown> = {}) => ({
  StartAt: 'Each',
  States: {
    Each: {
      Type: 'Map',
      Label: 'Leads',
      ItemReader: {
        Resource: GET,
        ReaderConfig: { InputType: 'JSONL' },
        Parameters: { Bucket: 'files', 'Key.$': '$.key' },
      },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'Work',
        States: { Work: { Type: 'Task', Resource: FN, End: true }, ...body },
      },
      ResultWriter: { Resource: PUT, Parameters: { Bucket: 'files', Prefix: 'results' } },
      End: true,
      ...extra,
    },
  },
});

/**
 * Distributed Map as Step Functions runs it: a Map Run of child executions (each its own history), items read by
 * the ItemReader, results exported by the ResultWriter instead of returned, ToleratedFailurePercentage, and a
 * redrive that runs only the children that did not succeed.
 */
describe('LocalEngine Distributed Map', () => {
  it('GIVEN 10 items read from a JSON Lines object, 2 failing, 20% tolerated WHEN the map runs THEN it succeeds, the Map Run counts 8 succeeded and 2 failed and the results are written to S3, not returned', async () => {
    const written: Record<string, string> = {};
    const { engine, register } = setup({
      [GET]: (p) => (p.Key === 'leads.jsonl' ? jsonl(10) : undefined),
      [PUT]: (p) => {
        written[String(p.Key)] = String(p.Body);
        return {};
      },
      [FN]: (p) => {
        if ((p.n as number) % 5 === 4) throw Object.assign(new Error('bad lead'), { name: 'LeadError' });
        return { sent: p.n };
      },
    });
    const arn = register(distributedMap({ ToleratedFailurePercentage: 20 }));
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'campaign',
      input: { key: 'leads.jsonl' },
    });
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    const output = done.output as { MapRunArn: string; ResultWriterDetails: { Key: string } };
    expect(output.MapRunArn).toMatch(/:mapRun:wf\/Leads:/);
    const [run] = await engine.listMapRuns(executionArn);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      stateName: 'Each',
      itemCounts: { total: 10, succeeded: 8, failed: 2, pending: 0, running: 0 },
    });
    const manifest = JSON.parse(written[output.ResultWriterDetails.Key] ?? '{}');
    expect(manifest.ResultFiles.SUCCEEDED[0].Size).toBe(8);
    const failed = JSON.parse(written[manifest.ResultFiles.FAILED[0].Key] ?? '[]');
    expect(failed.map((f: { Error: string }) => f.Error)).toEqual(['LeadError', 'LeadError']);
  });

  it('GIVEN failures beyond the tolerated percentage WHEN the map runs THEN the run fails with States.ExceedToleratedFailureThreshold and a redrive runs only the children that failed', async () => {
    let broken = true;
    const attempts = new Map<number, number>();
    const { engine, register } = setup({
      [GET]: () => jsonl(10),
      [PUT]: () => ({}),
      [FN]: (p) => {
        const n = p.n as number;
        attempts.set(n, (attempts.get(n) ?? 0) + 1);
        if (broken && n >= 7) throw Object.assign(new Error('outage'), { name: 'Outage' });
        return { sent: n };
      },
    });
    const arn = register(distributedMap({ ToleratedFailurePercentage: 10, MaxConcurrency: 1 }));
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'over',
      input: { key: 'k' },
    });
    const failed = await engine.waitForExecution(executionArn);
    expect(failed.status).toBe('FAILED');
    expect(failed.error?.error).toBe('States.ExceedToleratedFailureThreshold');
    const [run] = await engine.listMapRuns(executionArn);
    expect(run?.status).toBe('FAILED');
    expect(run?.itemCounts.succeeded).toBe(7);
    expect(run?.itemCounts.failed).toBe(2);

    broken = false;
    await engine.redriveExecution(executionArn);
    const redriven = await engine.waitForExecution(executionArn);
    expect(redriven.status).toBe('SUCCEEDED');
    expect(redriven.redriveCount).toBe(1);
    // Succeeded children are kept; the two that failed and the one stopped before it started run again.
    expect([...attempts.entries()].filter(([, count]) => count > 1).map(([n]) => n)).toEqual([7, 8]);
    expect(attempts.get(9)).toBe(1);
    const [after] = await engine.listMapRuns(executionArn);
    expect(after?.itemCounts).toMatchObject({ succeeded: 10, failed: 0, total: 10 });
  });

  it('GIVEN each child waits 3 days WHEN 100 items are mapped without a MaxConcurrency THEN the waits run in parallel and the map ends 3 days after it started', async () => {
    const { engine, register, clock } = setup({
      [GET]: () => jsonl(100),
      [PUT]: () => ({}),
      [FN]: () => ({}),
    });
    const arn = register(
      distributedMap(
        {},
        {
          Work: { Type: 'Wait', Seconds: 3 * 86_400, Next: 'Send' },
          Send: { Type: 'Task', Resource: FN, End: true },
        },
      ),
    );
    const started = clock.now().getTime();
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'waits',
      input: { key: 'k' },
    });
    await engine.runUntilSettled();
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(clock.now().getTime() - started).toBe(3 * DAY);
  });
});
