import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscriptionStore } from '../../functions/data/subscriptions';
import { createDispatcher } from '../../functions/dispatcher/dispatcher';
import { createStartGuard } from '../../functions/dispatcher/start-guard';
import { createCachedSubscriptionIndex } from '../../functions/dispatcher/subscription-cache';
import type { PublishedEvent } from '../../functions/shared/ports';
import { causingWorkflow, runWithCause, stampingCause } from '../../functions/shared/task-context';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import { batchPutSubscriptions, FakeEngine, machineArn, subscription } from '../support/routing';

const clock = { now: () => new Date('2026-11-25T10:00:01Z') };
let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
  await batchPutSubscriptions(db, [
    subscription('loop', 'lead.updated', 'tagger', undefined),
    subscription('loop', 'lead.updated', 'notifier', undefined),
    subscription('loop', 'workflow.failed', 'on-failure', undefined),
  ]);
});
afterAll(async () => {
  await db.close();
});

const dispatcher = (engine: FakeEngine) =>
  createDispatcher({
    subscriptions: createCachedSubscriptionIndex(createSubscriptionStore({ db, clock })),
    engine,
    expressGuard: createStartGuard({ db, clock }),
  });

const event = (id: string, detailType: string, detail: Record<string, unknown>) => ({
  id,
  source: 'dynaris.lead',
  detailType,
  time: '2026-11-25T10:00:00Z',
  detail: { tenantId: 'loop', ...detail },
});

describe('a run never restarts its own workflow', () => {
  it('GIVEN events published while a step of run r1 of "tagger" runs WHEN published THEN they carry causedBy', async () => {
    const published: PublishedEvent[] = [];
    const bus = stampingCause({ publish: async (events) => void published.push(...events) });
    await runWithCause({ workflowId: 'tagger', runId: 'r1' }, () =>
      bus.publish([{ detailType: 'lead.updated', source: 'dynaris.lead', detail: { tenantId: 'loop' } }]),
    );
    await bus.publish([{ detailType: 'lead.updated', source: 'dynaris.lead', detail: { tenantId: 'loop' } }]);
    expect(published.map((e) => e.detail.causedBy)).toStrictEqual([
      { workflowId: 'tagger', runId: 'r1' },
      undefined,
    ]);
  });

  it('GIVEN a lead.updated caused by a run of "tagger" WHEN dispatched THEN every other subscriber starts, "tagger" does not', async () => {
    const engine = new FakeEngine();
    const result = await dispatcher(engine).dispatch(
      event('e1', 'lead.updated', { lead: { id: 'L1' }, causedBy: { workflowId: 'tagger', runId: 'r1' } }),
    );
    expect(engine.calls.map((c) => c.stateMachineArn)).toStrictEqual([machineArn('loop', 'notifier')]);
    expect(result.selfTriggered).toBe(1);
  });

  it('GIVEN the same event with no cause (an API write) WHEN dispatched THEN both subscribers start', async () => {
    const engine = new FakeEngine();
    await dispatcher(engine).dispatch(event('e2', 'lead.updated', { lead: { id: 'L1' } }));
    expect(engine.calls).toHaveLength(2);
  });

  it('GIVEN "on-failure" itself fails WHEN its workflow.failed is dispatched THEN it does not start again', async () => {
    const engine = new FakeEngine();
    const result = await dispatcher(engine).dispatch(
      event('e3', 'workflow.failed', { workflowId: 'on-failure', runId: 'r9', workflowName: 'x' }),
    );
    expect(engine.calls).toHaveLength(0);
    expect(result.selfTriggered).toBe(1);
    expect(causingWorkflow('workflow.failed', { workflowId: 'other' })).toBe('other');
    expect(causingWorkflow('lead.created', { workflowId: 'w', emittedBy: { workflowId: 'e' } })).toBe('e');
  });
});
