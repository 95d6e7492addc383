import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrmAgent, createdWindow } from '../../../functions/agents/crm/agent';
import { runAgentTask } from '../../../functions/agents/runner';
import { createLeadRepository } from '../../../functions/data/leads';
import type { PublishedEvent } from '../../../functions/shared/ports';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { memoryFileStore } from '../../support/memory-files';

/** crm.findLeads' createdIn: "each Friday email me the leads that came in this week", in the tenant's zone. */
describe('crm.findLeads by when the leads were created', () => {
  let db: TestDatabase;
  let now = new Date('2026-03-02T00:00:00Z');
  const clock = { now: () => now };
  const bus = { publish: async (_e: readonly PublishedEvent[]) => undefined };
  const settings = { getTenantSettings: async () => ({ timezone: 'America/New_York' }) };
  let step = 0;

  beforeAll(async () => {
    db = await startTestDatabase();
    const leads = createLeadRepository({ db, clock });
    // New York is UTC-5 in early March 2026 (DST starts 8 March)
    const created: readonly [string, string][] = [
      ['sun@example.com', '2026-03-02T04:30:00Z'], // Sun 1 Mar 23:30 in New York: last week
      ['mon@example.com', '2026-03-02T05:30:00Z'], // Mon 2 Mar 00:30
      ['wed@example.com', '2026-03-04T15:00:00Z'], // Wed 4 Mar 10:00
      ['thu@example.com', '2026-03-06T03:00:00Z'], // Thu 5 Mar 22:00: yesterday, seen from Friday
      ['fri@example.com', '2026-03-06T14:00:00Z'], // Fri 6 Mar 09:00: today
    ];
    for (const [email, at] of created) {
      now = new Date(at);
      await leads.create('ci1', { email, name: email.split('@')[0] });
    }
    now = new Date('2026-03-06T22:00:00Z'); // Friday 17:00 in New York
  });
  afterAll(async () => {
    await db.close();
  });

  const find = async (input: Record<string, unknown>) =>
    (await runAgentTask({
      area: 'crm',
      executors: createCrmAgent({ db, bus, clock, files: memoryFileStore(), settings }).executors,
      deps: { db, clock },
      payload: {
        action: 'crm.findLeads',
        input,
        meta: {
          tenantId: 'ci1',
          workflowId: 'wf',
          runId: 'run',
          executionId: `exec-${++step}`,
          stepId: 'find',
          itemIndex: -1,
        },
      },
    })) as { leads: { email: string }[]; count: number; text: string };
  const emails = async (input: Record<string, unknown>) =>
    (await find(input)).leads.map((l) => l.email).sort();

  it("GIVEN a New York tenant on Friday evening WHEN this week's, today's and yesterday's leads are found THEN the days are New York's, this week from Monday 00:00", async () => {
    expect(await emails({ createdIn: 'this-week' })).toStrictEqual([
      'fri@example.com',
      'mon@example.com',
      'thu@example.com',
      'wed@example.com',
    ]);
    expect(await emails({ createdIn: 'today' })).toStrictEqual(['fri@example.com']);
    expect(await emails({ createdIn: 'yesterday' })).toStrictEqual(['thu@example.com']);
    expect(await emails({ createdIn: 'last-7-days' })).toHaveLength(5);
  });

  it('GIVEN createdIn and createdAfter together WHEN found THEN both hold (the later start)', async () => {
    expect(await emails({ createdIn: 'this-week', createdAfter: '2026-03-05T00:00:00Z' })).toStrictEqual([
      'fri@example.com',
      'thu@example.com',
    ]);
    expect(await emails({ createdIn: 'today', createdBefore: '2026-03-06T12:00:00Z' })).toStrictEqual([]);
  });

  it('GIVEN the found leads WHEN rendered THEN the text has one line each, and an empty period says so', async () => {
    expect((await find({ createdIn: 'today' })).text).toBe('fri · fri@example.com · new');
    now = new Date('2026-03-09T14:00:00Z'); // the next Monday, 10:00 in New York (EDT)
    expect((await find({ createdIn: 'today' })).text).toBe('No leads found.');
    now = new Date('2026-03-06T22:00:00Z');
  });

  it('GIVEN the night clocks go forward in New York WHEN the window of yesterday is taken THEN it is 23 hours long', () => {
    expect(createdWindow('yesterday', Date.parse('2026-03-09T14:00:00Z'), 'America/New_York')).toStrictEqual({
      createdAfter: '2026-03-08T05:00:00.000Z',
      createdBefore: '2026-03-09T04:00:00.000Z',
    });
  });
});
