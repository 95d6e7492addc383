import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 */
let runtime: LocalRuntime;
let run: CapacityFigures;
let byKind: Record<string, CapacityFigures>;

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

beforeAll(async () => {
  runtime = await startLocalRuntime({
    clock: 'virtual',
    http: false,
    log: () => {},
    env: {},
    tenantId: MEASURED_TENANT_ID,
    meterCapacity: true,
  });
  const created = await runtime.api('POST', '/workflows', templateJson('lead-follow-up'));
  const workflowId = (created.body as { workflow: { workflowId: string } }).workflow.workflowId;
  await runtime.waitForIdle();
  await newLead();
  const leadAlone = await newLead();
  await runtime.api('POST', `/workflows/${workflowId}/enable`);
  await runtime.waitForIdle();
  await newLead();
  const leadAndRun = await newLead();
  run = minus(leadAndRun, leadAlone);
  byKind = leadAndRun.byKind;
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

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

  it('GIVEN the metered run WHEN its units are split by item kind THEN the run record, its logs and its events are each billed', () => {
    expect(byKind['RUN/RUN']?.writeUnits).toBeGreaterThanOrEqual(6);
    expect(byKind['RUN/LOG']?.writeUnits).toBe(4);
    expect(byKind['EVENT/EVENT']?.writeUnits).toBeGreaterThan(4 * 3);
  });
});
