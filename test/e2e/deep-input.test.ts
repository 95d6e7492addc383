import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, type System, startSystem } from './harness';

/**
 * Deeply nested free-form JSON against the whole local runtime: what once ended the process (an uncaught
 * RangeError inside dynalite) is refused at the edge, and what the edge admits travels through events, the
 * activity feed, runs and approvals without being dead-lettered.
 */

let system: System;
let workflowId: string;

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

beforeAll(async () => {
  system = await startSystem();
  workflowId = await system.deploy({
    name: 'Log new leads',
    trigger: { type: 'event', event: 'lead.created' },
    steps: [{ id: 'note', action: 'log', input: { message: 'New lead {{trigger.lead.email}}' } }],
  });
});
afterAll(async () => system.stop());

describe('deep JSON through the local runtime', () => {
  it('GIVEN a lead whose fields nest 1,000 levels WHEN posted THEN 400 naming the limit and the runtime keeps serving', async () => {
    const res = await system.api.post<{ error: { details: { message: string }[] } }>('/leads', {
      email: 'deep@example.com',
      fields: nested(1000),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.message).toContain('deeper than 32 levels');
    expect((await system.api.get('/health')).status).toBe(200);
    expect((await system.api.post('/leads', { email: 'after@example.com' })).status).toBe(201);
  });

  it('GIVEN a signed webhook nesting 1,000 levels WHEN delivered THEN 400 and nothing is published', async () => {
    await system.settle();
    const before = system.rt.bus.events().length;
    const res = await system.webhook('crm', nested(1000));
    expect(res.status).toBe(400);
    expect(system.rt.bus.events()).toHaveLength(before);
  });

  it('GIVEN a lead and a webhook at the depth limit WHEN accepted THEN their events reach the feed and the runs, none dead-lettered', async () => {
    await system.api.put('/settings', { autoMode: false });
    const lead = await system.api.post<{ id: string }>('/leads', {
      email: 'limit@example.com',
      fields: nested(31),
    });
    expect(lead.status).toBe(201);
    const hook = await system.webhook('crm', { data: nested(30) });
    expect(hook.status).toBe(202);
    await system.settle();

    expect(system.rt.bus.deadLetters(), explain(system)).toEqual([]);
    const feed = await system.api.get<{ items: { type: string; detail: Record<string, unknown> }[] }>(
      '/events?limit=50',
    );
    const created = feed.body.items.find(
      (e) => e.type === 'lead.created' && (e.detail.lead as { email?: string }).email === 'limit@example.com',
    );
    expect((created?.detail.lead as { fields?: unknown } | undefined)?.fields).toEqual(nested(31));
    expect(feed.body.items.some((e) => e.type === 'webhook.received')).toBe(true);
    const approvals = await system.api.get<{ items: { workflowId: string }[] }>('/approvals');
    expect(approvals.body.items.map((a) => a.workflowId)).toContain(workflowId);
    await system.api.put('/settings', { autoMode: true });
  });
});
