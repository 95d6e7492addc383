import { describe, expect, it } from 'vitest';
import { routingByInterest } from '../../../functions/data/routed-publisher';
import { NonRetriableError } from '../../../functions/shared/errors';
import type { MetricsPort } from '../../../functions/shared/metrics';
import { recordingDatabase, type SentCommand } from '../../support/counting-database';
import {
  bus,
  clock,
  db,
  setup,
  startPayload,
  supervisorWith,
  useSupervisorDatabase,
} from './supervisor-fixture';

useSupervisorDatabase();

/** Run metrics are counted where the run record changes, once per run, whatever is retried. */
const recorded = () => {
  const points: { name: string; dimensions: unknown; metadata: unknown }[] = [];
  const metrics: MetricsPort = {
    record: (name, _value, dimensions, metadata) => points.push({ name, dimensions, metadata }),
  };
  return { metrics, points };
};

describe('run metrics counted by the supervisor', () => {
  it('GIVEN a start and a finish that are each retried WHEN the run succeeds THEN RunsStarted and RunsSucceeded are counted once, with the run ids', async () => {
    const wf = await setup('rm-ok');
    const { metrics, points } = recorded();
    const sup = supervisorWith({ metrics });
    const payload = startPayload('rm-ok', wf.workflowId, 'event', 'run-ok');
    const ctx = await sup.start(payload);
    await sup.start(payload);
    await sup.finish({ op: 'finish', context: ctx, steps: {} });
    await sup.finish({ op: 'finish', context: ctx, steps: {} });
    const ids = { tenantId: 'rm-ok', workflowId: wf.workflowId, runId: 'run-ok' };
    expect(points).toStrictEqual([
      { name: 'RunsStarted', dimensions: { trigger: 'event' }, metadata: ids },
      { name: 'RunsSucceeded', dimensions: {}, metadata: ids },
    ]);
    // workflow.started and workflow.completed were published on every attempt (the bus is at-least-once).
    expect(bus.ofType('workflow.started')).toHaveLength(2);
  });

  it('GIVEN a failed run whose failure is recorded twice WHEN counted THEN RunsFailed once; a rejected run counts no end', async () => {
    const wf = await setup('rm-fail');
    const { metrics, points } = recorded();
    const sup = supervisorWith({ metrics });
    const failing = await sup.start(startPayload('rm-fail', wf.workflowId, 'event', 'run-fail'));
    const error = { Error: 'Boom', Cause: 'it broke' };
    await sup.fail({ op: 'fail', context: failing, error });
    await sup.fail({ op: 'fail', context: failing, error });
    const rejected = await sup.start(startPayload('rm-fail', wf.workflowId, 'event', 'run-rejected'));
    await sup.finish({ op: 'finish', outcome: 'rejected', context: rejected, steps: {} });
    expect(points.map((p) => p.name)).toStrictEqual(['RunsStarted', 'RunsFailed', 'RunsStarted']);
  });

  it('GIVEN a disabled workflow WHEN an event starts it THEN the cancelled run is not counted as started', async () => {
    const wf = await setup('rm-off', { enable: false });
    const { metrics, points } = recorded();
    await expect(
      supervisorWith({ metrics }).start(startPayload('rm-off', wf.workflowId, 'event', 'run-off')),
    ).rejects.toBeInstanceOf(NonRetriableError);
    expect(points).toStrictEqual([]);
  });

  it('GIVEN nothing listens to workflow.* WHEN a run starts and finishes THEN each event is recorded with one BatchWriteItem and no once-per-id put', async () => {
    const wf = await setup('rm-shape');
    const sent: SentCommand[] = [];
    const recording = recordingDatabase(db, sent);
    const sup = supervisorWith({ db: recording, bus: routingByInterest(bus, { db: recording, clock }) });
    const ctx = await sup.start(startPayload('rm-shape', wf.workflowId, 'event', 'run-shape'));
    await sup.finish({ op: 'finish', context: ctx, steps: {} });
    const eventItemPuts = sent.filter(
      (c) => c.name === 'PutCommand' && String((c.input.Item as { pk?: unknown }).pk).includes('#EVENT#'),
    );
    expect(eventItemPuts).toStrictEqual([]);
    const feedBatches = sent.filter(
      (c) => c.name === 'BatchWriteCommand' && JSON.stringify(c.input).includes('#EVENT#'),
    );
    expect(feedBatches).toHaveLength(2);
  });
});
