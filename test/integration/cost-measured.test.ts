import { beforeAll, describe, expect, it } from 'vitest';
import type { CapacityFigures, CapacityTally } from '../../infra/local/dynalite/meter';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { estimateCost } from '../../statemachines/cost';
import { MEASURED_TENANT_ID, PER_EVENT_USAGE } from '../../statemachines/cost/prices';
import { WorkflowDefinition } from '../../statemachines/schema';
import { templateJson } from '../../statemachines/templates';

/**
 * The cost model against a real run: the lead follow-up as shipped, run in the local runtime with the capacity meter
 * on, for a tenant with the id the model assumes. A run's units are those of a lead with its run minus those of a
 * lead alone (the same lead shape, the workflow disabled), each measured after a warm-up lead.
 *
 * The clock is fixed: the meeting the run books starts at the first free quarter hour, and a 30-minute meeting at
 * :15 or :45 claims two half-hour slots (GRANULE_MS) where one at :00 or :30 claims one. Started from the real time,
 * the figure depended on the minute the suite ran (it failed from 09:38 UTC on 7 December 2026, passed at 08:50).
 */
let runtime: LocalRuntime;
let run: CapacityFigures;
let byKind: Record<string, CapacityFigures>;
/** A Monday in business hours (UTC tenant): the warm-up books 10:00, the measured run 10:30, one slot each. */
const ON_THE_HALF_HOUR = new Date('2026-12-07T09:50:00.000Z');
/** The warm-up books 09:45, the measured run 10:15: each 30-minute meeting straddles two half-hour slots. */
const OFF_THE_HALF_HOUR = new Date('2026-12-07T09:35:00.000Z');

const capacity = (): CapacityTally => {
  const c = runtime.dynamodbStats().capacity;
  if (!c) throw new Error('the capacity meter is off');
  return c;
};
const minus = (a: CapacityFigures, b: CapacityFigures): CapacityFigures => ({
  writeUnits: a.writeUnits - b.writeUnits,
  readUnits: a.readUnits - b.readUnits,
});
let leads = 0;
const newLead = async (): Promise<CapacityTally> => {
  leads += 1;
  const before = capacity();
  const res = await runtime.api('POST', '/leads', {
    email: `ada.lovelace${leads}@example.com`,
    name: 'Ada Lovelace',
    company: 'Analytical Engines',
  });
  expect(res.status).toBe(201);
  await runtime.runUntilSettled();
  const after = capacity();
  return {
    ...minus(after, before),
    byKind: Object.fromEntries(
      Object.entries(after.byKind).map(([k, v]) => [
        k,
        minus(v, before.byKind[k] ?? { writeUnits: 0, readUnits: 0 }),
      ]),
    ),
  };
};

/** One measured run from a fresh runtime whose virtual clock starts at `startTime`. */
const measure = async (startTime: Date) => {
  runtime = await startLocalRuntime({
    clock: 'virtual',
    startTime,
    http: false,
    log: () => {},
    env: {},
    tenantId: MEASURED_TENANT_ID,
    meterCapacity: true,
  });
  try {
    const created = await runtime.api('POST', '/workflows', templateJson('lead-follow-up'));
    const workflowId = (created.body as { workflow: { workflowId: string } }).workflow.workflowId;
    await runtime.waitForIdle();
    await newLead();
    const leadAlone = await newLead();
    await runtime.api('POST', `/workflows/${workflowId}/enable`);
    await runtime.waitForIdle();
    await newLead();
    const leadAndRun = await newLead();
    return { run: minus(leadAndRun, leadAlone), byKind: leadAndRun.byKind };
  } finally {
    await runtime.stop();
  }
};
let offHalfHour: CapacityFigures;

beforeAll(async () => {
  ({ run, byKind } = await measure(ON_THE_HALF_HOUR));
  ({ run: offHalfHour } = await measure(OFF_THE_HALF_HOUR));
}, 120_000);

describe('dynaris cost against a metered lead follow-up run', () => {
  it('GIVEN the lead follow-up as shipped WHEN one lead runs it THEN the write units the model counts are the ones the run bills', () => {
    const model = estimateCost(WorkflowDefinition.parse(templateJson('lead-follow-up')));
    // The model counts the dispatcher that starts the run, with its read of the subscription index's version; the
    // lead alone makes that read too (the dispatcher reads it for every lead.created), so the difference leaves it out.
    expect({ writes: model.usage.dynamoDbWrites, reads: model.usage.dynamoDbReads }).toStrictEqual({
      writes: run.writeUnits,
      reads: run.readUnits + PER_EVENT_USAGE.dispatcher.reads,
    });
  });

  it('GIVEN the meeting booked at a quarter past WHEN metered THEN it bills the one more half-hour slot claim (2 units) the model leaves out, and nothing else', () => {
    expect({
      writes: offHalfHour.writeUnits - run.writeUnits,
      reads: offHalfHour.readUnits - run.readUnits,
    }).toStrictEqual({
      writes: 2,
      reads: 0,
    });
  });

  it('GIVEN the metered run WHEN its units are split by item kind THEN the run record, its logs and its events are each billed', () => {
    expect(byKind['RUN/RUN']?.writeUnits).toBeGreaterThanOrEqual(6);
    expect(byKind['RUN/LOG']?.writeUnits).toBe(4);
    expect(byKind['EVENT/EVENT']?.writeUnits).toBeGreaterThan(4 * 3);
  });
});
