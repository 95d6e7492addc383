import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ColdTier } from '../../../infra/local/dynalite/cold-tier';
import { keepMemoryStoresAsText } from '../../../infra/local/dynalite/memory-text';
import type { TieredStore } from '../../../infra/local/dynalite/tiered-memory-level';
import { type LocalRuntime, startLocalRuntime } from '../../../infra/local/runtime';
import { templateJson } from '../../../statemachines/templates';

/**
 * `dynaris serve --tiered-store`'s store (throwawayStore 'tiered'): the items of finished runs leave the heap for a folder on disk and
 * are read back from there. Every kind of record a lead follow-up run leaves (the lead and its e-mail index, its
 * timeline, the activity feed by lead and by workflow, the booking and its calendar slot, the run, its logs and
 * history, the workflow's runs) reads back through the API the same after every item moved to disk as before.
 */

keepMemoryStoresAsText();
const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
const { MemoryLevel } = fromDynalite('memory-level') as { MemoryLevel: { prototype: TieredStore } };

let runtime: LocalRuntime;
let tier: ColdTier;

const get = async (path: string): Promise<unknown> => {
  const answer = await runtime.api('GET', path);
  expect(answer.status, path).toBe(200);
  return answer.body;
};

beforeAll(async () => {
  const attach = vi.spyOn(MemoryLevel.prototype, 'attachColdTier');
  runtime = await startLocalRuntime({
    port: 0,
    clock: 'virtual',
    log: () => {},
    env: {},
    throwawayStore: 'tiered',
  });
  tier = attach.mock.results[0]?.value as ColdTier;
  attach.mockRestore();
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe("the tiered store: finished runs' items on disk", () => {
  it('GIVEN two leads that ran the lead follow-up WHEN every item moves to disk THEN every record of theirs reads back through the API as it read from the heap, and later writes read back too', async () => {
    expect(tier).toBeDefined();
    const saved = (await runtime.api('POST', '/workflows', templateJson('lead-follow-up'))) as {
      body: { workflow: { workflowId: string } };
    };
    const workflowId = saved.body.workflow.workflowId;
    expect((await runtime.api('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);
    const leadIds: string[] = [];
    for (const email of ['ada@example.com', 'grace@example.com']) {
      const created = (await runtime.api('POST', '/leads', { email, name: 'Ada', company: 'Engines' })) as {
        status: number;
        body: { lead?: { id: string }; id?: string };
      };
      expect(created.status).toBe(201);
      await runtime.runUntilSettled();
      leadIds.push((created.body.lead?.id ?? created.body.id) as string);
    }
    const runs = (await get(`/workflows/${workflowId}/runs?limit=20`)) as {
      items: { runId: string; status: string }[];
    };
    expect(runs.items.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);

    const paths = [
      '/leads',
      '/bookings',
      '/runs',
      `/workflows/${workflowId}/runs?limit=20`,
      `/events?workflowId=${workflowId}`,
      '/events',
      '/settings',
      `/workflows/${workflowId}`,
      ...leadIds.flatMap((id) => [`/leads/${id}`, `/events?leadId=${id}`]),
      ...runs.items.flatMap((r) => [`/runs/${r.runId}`, `/logs?runId=${r.runId}`]),
    ];
    const fromHeap = new Map<string, unknown>();
    for (const path of paths) fromHeap.set(path, await get(path));

    const before = tier.moved;
    await tier.moveAll();
    expect(tier.heapCount).toBe(0);
    expect(tier.moved - before).toBeGreaterThan(50);
    for (const path of paths) expect(await get(path), path).toEqual(fromHeap.get(path));

    // A write over items that moved, and a third run, read back too.
    const [first] = leadIds;
    expect((await runtime.api('PUT', `/leads/${first}`, { company: 'Analytical Engines' })).status).toBe(200);
    const lead = (await get(`/leads/${first}`)) as { lead?: { company?: string }; company?: string };
    expect(lead.lead?.company ?? lead.company).toBe('Analytical Engines');
    expect((await runtime.api('POST', '/leads', { email: 'alan@example.com', name: 'Alan' })).status).toBe(
      201,
    );
    await runtime.runUntilSettled();
    const after = (await get(`/workflows/${workflowId}/runs?limit=20`)) as { items: { status: string }[] };
    expect(after.items.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
  }, 120_000);
});
