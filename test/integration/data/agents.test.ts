import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillingAgent, detectOverdueInvoices } from '../../../functions/agents/billing/agent';
import { handler as billingHandler } from '../../../functions/agents/billing/handler';
import { createCalendarAgent } from '../../../functions/agents/calendar/agent';
import { createCrmAgent } from '../../../functions/agents/crm/agent';
import { handler as crmHandler } from '../../../functions/agents/crm/handler';
import { createFilesAgent } from '../../../functions/agents/files/agent';
import { createKnowledgeAgent } from '../../../functions/agents/knowledge/agent';
import { type AgentParts, type Executors, runAgentTask } from '../../../functions/agents/runner';
import { createBookingRepository } from '../../../functions/data/bookings';
import { createKnowledgeRepository } from '../../../functions/data/knowledge';
import { type Platform, setPlatform } from '../../../functions/shared/platform';
import type { OutgoingEmail, PublishedEvent } from '../../../functions/shared/ports';
import type { AgentName } from '../../../statemachines/catalogue';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { memoryFileStore } from '../../support/memory-files';

describe('business agents on the shared runner', () => {
  let db: TestDatabase;
  let now = new Date('2026-03-02T08:00:00Z'); // a Monday
  const clock = { now: () => now };
  const events: PublishedEvent[] = [];
  const bus = { publish: async (e: readonly PublishedEvent[]) => void events.push(...e) };
  const sent: OutgoingEmail[] = [];
  const mailer = {
    send: async (e: OutgoingEmail) => {
      sent.push(e);
      return { messageId: `m-${sent.length}` };
    },
  };
  const files = memoryFileStore();
  const settings = { getTenantSettings: async () => ({ timezone: 'Europe/Berlin' }) };
  let step = 0;

  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    setPlatform(undefined);
    await db.close();
  });

  const parts = (area: AgentName): AgentParts | Executors => {
    const deps = { db, bus, clock, mailer, fromAddress: 'billing@example.com', files, settings };
    return {
      crm: () => createCrmAgent(deps),
      calendar: () => createCalendarAgent(deps),
      billing: () => createBillingAgent(deps),
      files: () => createFilesAgent(deps),
      knowledge: () => createKnowledgeAgent(deps),
    }[area as 'crm']();
  };
  const metaFor = (tenantId: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    tenantId,
    workflowId: 'wf',
    runId: 'run',
    executionId: `exec-${++step}`,
    stepId: 'step',
    itemIndex: -1,
    ...extra,
  });
  const run = (area: AgentName, action: string, input: Record<string, unknown>, meta = metaFor('t1')) => {
    const p = parts(area);
    const { executors, previews } =
      'executors' in p ? (p as AgentParts) : { executors: p as Executors, previews: undefined };
    return runAgentTask({
      area,
      executors,
      ...(previews ? { previews } : {}),
      deps: { db, clock },
      payload: { action, input, meta },
    });
  };
  const emitted = (name: string) => events.filter((e) => e.detailType === name);

  it('GIVEN a lead email already known WHEN crm.createLead runs THEN it returns the existing lead and emits lead.created only once', async () => {
    const first = await run('crm', 'crm.createLead', {
      email: 'Ann@Example.com',
      name: 'Ann',
      tags: ['vip'],
    });
    const second = await run('crm', 'crm.createLead', { email: 'ann@example.com' });
    expect(first).toMatchObject({
      created: true,
      lead: { email: 'ann@example.com', name: 'Ann', tags: ['vip'] },
    });
    expect(second).toMatchObject({ created: false, leadId: first.leadId });
    expect(emitted('lead.created')).toHaveLength(1);
    expect(emitted('lead.created')[0]).toMatchObject({
      source: 'dynaris.lead',
      detail: { tenantId: 't1', lead: { id: first.leadId } },
    });
  });

  it('GIVEN a retried task (same execution and step) WHEN it runs again THEN the first result is returned and nothing is emitted twice', async () => {
    const meta = metaFor('t1');
    const before = emitted('lead.created').length;
    const first = await run('crm', 'crm.createLead', { email: 'retry@example.com' }, meta);
    const retry = await run('crm', 'crm.createLead', { email: 'retry@example.com' }, { ...meta, attempt: 1 });
    expect(retry).toEqual(first);
    expect(retry.created).toBe(true);
    expect(emitted('lead.created').length - before).toBe(1);
  });

  it('GIVEN a lead WHEN crm.updateLead changes it THEN lead.updated carries the changes; a no-op update emits nothing', async () => {
    const { leadId } = await run('crm', 'crm.createLead', { email: 'up@example.com', status: 'new' });
    await run('crm', 'crm.updateLead', { leadId, status: 'qualified', addTags: ['hot'] });
    const updated = emitted('lead.updated').at(-1);
    expect(updated?.detail).toMatchObject({ changes: { status: { from: 'new', to: 'qualified' } } });
    const count = emitted('lead.updated').length;
    await run('crm', 'crm.updateLead', { leadId, status: 'qualified' });
    expect(emitted('lead.updated')).toHaveLength(count);
    const note = await run('crm', 'crm.addNote', { leadId, text: 'Called, interested' });
    expect(note).toMatchObject({ leadId, noteId: expect.stringMatching(/^nt_/) });
    const found = await run('crm', 'crm.findLeads', { status: 'qualified', tag: 'hot' });
    expect(found).toMatchObject({
      count: 1,
      leads: [{ id: leadId }],
      text: 'up@example.com · qualified',
    });
    expect(await run('crm', 'crm.getLead', { email: 'UP@example.com' })).toMatchObject({ leadId });
    await expect(run('crm', 'crm.getLead', { leadId: 'ld_nope' })).rejects.toMatchObject({
      name: 'NonRetriableError',
    });
  });

  it('GIVEN a Berlin tenant WHEN calendar.schedule runs five times at once THEN five slots inside 09:00–17:00 local are booked without overlap', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        run('calendar', 'calendar.schedule', { title: 'Intro call', durationMinutes: 60 }),
      ),
    );
    const starts = results.map((r) => r.start as string).sort();
    // 09:00 CET = 08:00Z on 2 March 2026.
    expect(starts).toEqual([
      '2026-03-02T08:00:00.000Z',
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
      '2026-03-02T12:00:00.000Z',
    ]);
    expect(emitted('booking.created')).toHaveLength(5);
  });

  it('GIVEN a booking WHEN calendar.cancel runs THEN booking.cancelled is emitted once and the slot is offered again', async () => {
    const booked = await run('calendar', 'calendar.schedule', {
      title: 'Demo',
      earliest: '2026-03-03T13:00:00Z',
      durationMinutes: 30,
    });
    expect(booked.start).toBe('2026-03-03T13:00:00.000Z');
    const cancelled = await run('calendar', 'calendar.cancel', {
      bookingId: booked.bookingId,
      reason: 'moved',
    });
    await run('calendar', 'calendar.cancel', { bookingId: booked.bookingId });
    expect(cancelled).toEqual({ bookingId: booked.bookingId, status: 'cancelled' });
    expect(emitted('booking.cancelled')).toHaveLength(1);
    const again = await run('calendar', 'calendar.schedule', {
      title: 'Demo 2',
      earliest: '2026-03-03T13:00:00Z',
      durationMinutes: 30,
    });
    expect(again.start).toBe('2026-03-03T13:00:00.000Z');
  });

  it('GIVEN no free slot in the window WHEN calendar.schedule runs THEN it fails with ConflictError', async () => {
    await expect(
      run('calendar', 'calendar.schedule', { title: 'x', earliest: '2026-03-07T09:00:00Z', within: 'P1D' }),
    ).rejects.toMatchObject({ name: 'ConflictError' });
    await expect(run('calendar', 'calendar.schedule', { title: 'x', within: 'P1M' })).rejects.toMatchObject({
      name: 'NonRetriableError',
    });
  });

  it('GIVEN a dry run WHEN calendar.schedule runs THEN the would-be slot is returned and nothing is booked or emitted', async () => {
    const before = events.length;
    const preview = await run(
      'calendar',
      'calendar.schedule',
      { title: 'Dry', earliest: '2026-03-04T08:00:00Z' },
      metaFor('dry', { dryRun: true }),
    );
    expect(preview).toEqual({
      bookingId: 'dry-run',
      start: '2026-03-04T08:00:00.000Z',
      end: '2026-03-04T08:30:00.000Z',
      title: 'Dry',
    });
    expect(events.length).toBe(before);
    expect((await createBookingRepository({ db, clock }).list('dry')).items).toEqual([]);
  });

  it('GIVEN an invoice WHEN a reminder step is retried THEN one email is sent, the count is 1, and paying emits invoice.paid', async () => {
    const inv = await run('billing', 'invoice.create', {
      customerEmail: 'pay@example.com',
      customerName: 'Pat',
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 2, unitPriceCents: 5000 }],
      taxRateBps: 1900,
      dueInDays: 7,
    });
    expect(inv).toMatchObject({
      number: 'INV-000001',
      totalCents: 11_900,
      currency: 'EUR',
      dueDate: '2026-03-09',
    });
    expect(emitted('invoice.created')).toHaveLength(1);
    const meta = metaFor('t1');
    const r1 = await run('billing', 'invoice.sendReminder', { invoiceId: inv.invoiceId }, meta);
    const r2 = await run('billing', 'invoice.sendReminder', { invoiceId: inv.invoiceId }, meta);
    expect(r1).toEqual(r2);
    expect(r1.reminderCount).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: ['pay@example.com'], from: 'billing@example.com' });
    expect(sent[0]?.subject).toContain('INV-000001');
    expect(sent[0]?.text).toContain('€119.00');
    const paid = await run('billing', 'invoice.markPaid', { invoiceId: inv.invoiceId });
    expect(paid).toEqual({ invoiceId: inv.invoiceId, status: 'paid' });
    expect(emitted('invoice.paid')).toHaveLength(1);
    await expect(run('billing', 'invoice.sendReminder', { invoiceId: inv.invoiceId })).rejects.toMatchObject({
      name: 'NonRetriableError',
    });
  });

  it('GIVEN open invoices past due WHEN overdue detection runs twice THEN each is marked overdue and announced once', async () => {
    const a = await run(
      'billing',
      'invoice.create',
      {
        customerEmail: 'a@example.com',
        currency: 'EUR',
        lines: [{ description: 'x', quantity: 1, unitPriceCents: 100 }],
        dueInDays: 1,
      },
      metaFor('od'),
    );
    await run(
      'billing',
      'invoice.create',
      {
        customerEmail: 'b@example.com',
        currency: 'EUR',
        lines: [{ description: 'x', quantity: 1, unitPriceCents: 100 }],
        dueInDays: 30,
      },
      metaFor('od'),
    );
    const later = new Date('2026-03-05T06:00:00Z');
    const first = await detectOverdueInvoices({ db, bus, clock, tenantIds: ['od'] }, later);
    const second = await detectOverdueInvoices({ db, bus, clock, tenantIds: ['od'] }, later);
    expect(first).toEqual({ tenants: 1, checked: 1, markedOverdue: 1 });
    expect(second.markedOverdue).toBe(0);
    const overdue = emitted('invoice.overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.detail).toMatchObject({
      tenantId: 'od',
      daysOverdue: 2,
      invoice: { id: a.invoiceId, status: 'overdue' },
    });
  });

  it('GIVEN files.create and knowledge entries WHEN run THEN file.updated is emitted and the search is ranked', async () => {
    const file = await run('files', 'files.create', {
      name: 'quote.txt',
      folder: 'quotes',
      content: 'Quote: 100 EUR',
    });
    expect(file).toMatchObject({ name: 'quote.txt', size: 14 });
    expect(emitted('file.updated').at(-1)?.detail).toMatchObject({
      file: { id: file.fileId, path: 'quotes/quote.txt' },
    });
    const kb = createKnowledgeRepository({ db, clock });
    await kb.create('t1', { title: 'Shipping', body: 'We ship worldwide within 3 days.' });
    const prices = await kb.create('t1', { title: 'Prices', body: 'Our prices start at 100 EUR per month.' });
    const out = await run('knowledge', 'knowledge.search', { query: 'pricing per month', limit: 3 });
    expect((out.results as { id: string }[])[0]?.id).toBe(prices.id);
    // the entries found as text a message can carry, one line each; none found is said
    expect(out.text).toBe('Prices · Our prices start at 100 EUR per month.');
    const none = await run('knowledge', 'knowledge.search', { query: 'parking' });
    expect(none.text).toBe('No matching entries in the knowledge base.');
  });

  it('GIVEN the platform WHEN the crm and billing Lambda handlers are invoked THEN tasks and the scheduled sweep run', async () => {
    setPlatform({
      mode: 'local',
      db,
      bus,
      clock,
      mailer,
      files,
      fromAddress: 'x@example.com',
    } as unknown as Platform);
    const context = {} as Context;
    const out = (await crmHandler(
      { action: 'crm.createLead', input: { email: 'handler@example.com' }, meta: metaFor('h') },
      context,
    )) as Record<string, unknown>;
    expect(out).toMatchObject({ created: true, lead: { email: 'handler@example.com' } });
    await expect(
      crmHandler({ action: 'invoice.create', input: {}, meta: metaFor('h') }, context),
    ).rejects.toMatchObject({ name: 'NonRetriableError' });
    now = new Date('2026-04-30T00:00:00Z');
    expect(await billingHandler({ op: 'detectOverdue', tenantId: 't1' }, context)).toMatchObject({
      tenants: 1,
    });
    // Without a tenant: every tenant that has issued invoices (t1 and od); od's 30-day invoice is now past due.
    const all = (await billingHandler({ op: 'detectOverdue' }, context)) as {
      tenants: number;
      markedOverdue: number;
    };
    expect(all).toMatchObject({ tenants: 2, markedOverdue: 1 });
    expect(emitted('invoice.overdue').at(-1)?.detail.tenantId).toBe('od');
  });
  it('GIVEN 120 leads with a tag WHEN crm.exportLeads runs (and is retried) THEN every one is written as a JSON Lines file under exports/<tenant>/, the run keeps only its key and count, and the retry writes the same object', async () => {
    for (let n = 0; n < 120; n++)
      await run('crm', 'crm.createLead', { email: `x${n}@example.com`, tags: ['export'] }, metaFor('t-exp'));
    const meta = metaFor('t-exp');
    const out = (await run('crm', 'crm.exportLeads', { tag: 'export' }, meta)) as {
      leads: { key: string; count: number };
      count: number;
    };
    expect(out).toStrictEqual({
      leads: { key: expect.stringMatching(/^exports\/t-exp\/.+\.jsonl$/), count: 120 },
      count: 120,
    });
    const lines = new TextDecoder()
      .decode(await files.get(out.leads.key))
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(120);
    expect(new Set(lines.map((l: { email: string }) => l.email)).size).toBe(120);
    expect(lines[0]).toMatchObject({ id: expect.any(String), email: expect.any(String), tags: ['export'] });
    const retry = await run('crm', 'crm.exportLeads', { tag: 'export' }, { ...meta, attempt: 1 });
    expect(retry).toStrictEqual(out);
  });
});
