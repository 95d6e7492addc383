import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrmAgent } from '../../../functions/agents/crm/agent';
import { runAgentTask } from '../../../functions/agents/runner';
import { createActivityStore } from '../../../functions/data/activity';
import type { PublishedEvent } from '../../../functions/shared/ports';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { memoryFileStore } from '../../support/memory-files';

/** crm.findLeads noReplyFor: what "every morning, nudge the leads that haven't replied in 3 days" loops over. */
describe('crm.findLeads over the leads that have not replied', () => {
  let db: TestDatabase;
  const now = new Date('2026-03-10T08:00:00Z');
  const clock = { now: () => now };
  const bus = { publish: async (_e: readonly PublishedEvent[]) => undefined };
  const files = memoryFileStore();
  const ids: Record<string, string> = {};
  let step = 0;

  const run = (action: string, input: Record<string, unknown>) =>
    runAgentTask({
      area: 'crm',
      executors: createCrmAgent({ db, bus, clock, files }).executors,
      deps: { db, clock },
      payload: {
        action,
        input,
        meta: {
          tenantId: 'nr1',
          workflowId: 'wf',
          runId: 'run',
          executionId: `exec-${++step}`,
          stepId: 'step',
          itemIndex: -1,
        },
      },
    }) as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    db = await startTestDatabase();
    const activity = createActivityStore({ db, clock });
    let n = 0;
    const happened = (type: 'email.sent' | 'email.received', who: string, time: string) =>
      activity.record({
        id: `ev-${++n}`,
        source: type === 'email.sent' ? 'dynaris.email' : 'dynaris.inbound',
        detailType: type,
        time,
        detail: { tenantId: 'nr1', leadId: ids[who] },
      });
    for (const who of ['silent', 'replied', 'recent', 'never', 'answeredEarlier'])
      ids[who] = (await run('crm.createLead', { email: `${who}@example.com`, status: 'contacted' }))
        .leadId as string;
    await happened('email.sent', 'silent', '2026-03-05T09:00:00Z'); // 5 days ago, no answer
    await happened('email.sent', 'replied', '2026-03-05T09:00:00Z');
    await happened('email.received', 'replied', '2026-03-06T10:00:00Z'); // answered it
    await happened('email.sent', 'recent', '2026-03-09T09:00:00Z'); // only 1 day ago
    await happened('email.received', 'answeredEarlier', '2026-03-01T10:00:00Z'); // a reply before our last email
    await happened('email.sent', 'answeredEarlier', '2026-03-02T09:00:00Z');
  });
  afterAll(async () => {
    await db.close();
  });

  const found = async (input: Record<string, unknown>) =>
    ((await run('crm.findLeads', input)).leads as { email: string }[]).map((l) => l.email).sort();

  it('GIVEN leads emailed, answered, emailed lately or never WHEN found with noReplyFor P3D THEN only those emailed 3+ days ago with no reply since come back', async () => {
    expect(await found({ noReplyFor: 'P3D' })).toStrictEqual([
      'answeredearlier@example.com',
      'silent@example.com',
    ]);
  });

  it('GIVEN the same leads WHEN found with a longer wait and with another filter THEN the wait and the filter both apply', async () => {
    expect(await found({ noReplyFor: 'P7D' })).toStrictEqual(['answeredearlier@example.com']);
    expect(await found({ noReplyFor: 'P3D', status: 'qualified' })).toStrictEqual([]);
    expect(await found({ status: 'contacted' })).toHaveLength(5);
  });

  it('GIVEN a duration in months WHEN found THEN the step is refused naming noReplyFor, not retried', async () => {
    await expect(run('crm.findLeads', { noReplyFor: 'P1M' })).rejects.toThrow(/noReplyFor/);
  });
});
