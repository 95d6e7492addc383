import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrmAgent } from '../../../functions/agents/crm/agent';
import { createLeadExport } from '../../../functions/agents/crm/lead-export';
import { runAgentTask } from '../../../functions/agents/runner';
import { createActivityStore } from '../../../functions/data/activity';
import { createLogRepository } from '../../../functions/data/logs';
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

  const run = (action: string, input: Record<string, unknown>, tenantId = 'nr1', noReplyScanLimit?: number) =>
    runAgentTask({
      area: 'crm',
      executors: createCrmAgent({
        db,
        bus,
        clock,
        files,
        ...(noReplyScanLimit ? { noReplyScanLimit } : {}),
      }).executors,
      deps: { db, clock },
      payload: {
        action,
        input,
        meta: {
          tenantId,
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

  it('GIVEN a reply in the same millisecond as our email, and a lead whose feed has many newer events WHEN found THEN the reply counts and the older email is still found', async () => {
    const tenant = 'nr2';
    const activity = createActivityStore({ db, clock });
    const lead = async (email: string) => (await run('crm.createLead', { email }, tenant)).leadId as string;
    const [tie, busy] = [await lead('tie@example.com'), await lead('busy@example.com')];
    let n = 0;
    const happened = (type: string, leadId: string, time: string, id = `nr2-${++n}`) =>
      activity.record({
        id,
        source: 'dynaris.email',
        detailType: type,
        time,
        detail: { tenantId: tenant, leadId },
      });
    // Ids sort the reply before the email within their millisecond: newest first, the email comes first.
    await happened('email.received', tie, '2026-03-05T09:00:00.000Z', 'a-reply');
    await happened('email.sent', tie, '2026-03-05T09:00:00.000Z', 'b-sent');
    await happened('email.sent', busy, '2026-03-04T09:00:00.000Z');
    for (let i = 0; i < 60; i++)
      await happened('lead.updated', busy, `2026-03-08T09:00:${String(i).padStart(2, '0')}.000Z`);
    const found = (await run('crm.findLeads', { noReplyFor: 'P3D' }, tenant)).leads as { email: string }[];
    expect(found.map((l) => l.email)).toStrictEqual(['busy@example.com']);
  });

  it('GIVEN more candidate leads than a noReplyFor find looks at WHEN found THEN only that many are looked at and the run log says the others were not', async () => {
    const tenant = 'nr3';
    const activity = createActivityStore({ db, clock });
    const emails = ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}@example.com`);
    for (const [i, email] of emails.entries()) {
      const leadId = (await run('crm.createLead', { email }, tenant)).leadId as string;
      await activity.record({
        id: `nr3-${i}`,
        source: 'dynaris.email',
        detailType: 'email.sent',
        time: '2026-03-01T09:00:00.000Z',
        detail: { tenantId: tenant, leadId },
      });
    }
    const warnings = async () =>
      (await createLogRepository({ db, clock }).listByRun(tenant, 'run')).items
        .filter((e) => e.level === 'warn')
        .map((e) => e.message);
    const capped = await run('crm.findLeads', { noReplyFor: 'P3D' }, tenant, 3);
    expect(capped).toMatchObject({ count: 3 });
    expect(await warnings()).toStrictEqual([
      'noReplyFor looked at the 3 newest leads matching the other filters and found 3; older leads were not looked at (narrow the find with status, tag, source or createdAfter).',
    ]);
    expect(await run('crm.findLeads', { noReplyFor: 'P3D' }, tenant)).toMatchObject({ count: 5 });
    expect(await run('crm.findLeads', { noReplyFor: 'P3D', limit: 2 }, tenant, 3)).toMatchObject({
      count: 2,
    });
    expect(await warnings()).toHaveLength(1);
  });

  it("GIVEN these tenants' leads and feeds WHEN exported by the dry run's lead export (no crm agent, no writes but its file) THEN each file and warning is the crm agent's, line for line", async () => {
    const meta = (tenantId: string, n: number) => ({
      tenantId,
      workflowId: 'wf',
      runId: 'run',
      executionId: `exec-export-${n}`,
      stepId: 'export',
      itemIndex: -1,
    });
    let n = 0;
    for (const [tenantId, input, scanLimit] of [
      ['nr1', { noReplyFor: 'P3D' }, undefined],
      ['nr1', { noReplyFor: 'P7D', status: 'contacted' }, undefined],
      ['nr1', { status: 'contacted', limit: 2 }, undefined],
      ['nr2', { noReplyFor: 'P3D' }, undefined],
      ['nr3', { noReplyFor: 'P3D' }, 3],
    ] as const) {
      const agentFiles = memoryFileStore();
      const exportFiles = memoryFileStore();
      const agentWarnings: unknown[] = [];
      const exportWarnings: unknown[] = [];
      const logsInto = (into: unknown[]) => ({
        append: async (_t: string, entry: unknown) => into.push(entry),
      });
      const limit = scanLimit ? { noReplyScanLimit: scanLimit } : {};
      const agent = createCrmAgent({
        db,
        bus,
        clock,
        files: agentFiles,
        logs: logsInto(agentWarnings),
        ...limit,
      });
      const byAgent = await agent.executors['crm.exportLeads']?.(input, meta(tenantId, ++n));
      const alone = createLeadExport({
        db,
        clock,
        files: exportFiles,
        logs: logsInto(exportWarnings),
        ...limit,
      });
      const byExport = await alone(input, meta(tenantId, n));
      expect(byExport).toStrictEqual(byAgent);
      expect([...exportFiles.objects]).toStrictEqual([...agentFiles.objects]);
      expect(exportWarnings).toStrictEqual(agentWarnings);
    }
  });
});
