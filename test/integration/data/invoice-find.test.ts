import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillingAgent, detectOverdueInvoices } from '../../../functions/agents/billing/agent';
import { runAgentTask } from '../../../functions/agents/runner';
import type { OutgoingEmail, PublishedEvent } from '../../../functions/shared/ports';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/** invoice.find: what a schedule over many invoices ("remind everyone with an overdue invoice") loops over. */
describe('invoice.find on the billing agent', () => {
  let db: TestDatabase;
  const now = new Date('2026-03-02T08:00:00Z');
  const clock = { now: () => now };
  const events: PublishedEvent[] = [];
  const bus = { publish: async (e: readonly PublishedEvent[]) => void events.push(...e) };
  const mailer = { send: async (_e: OutgoingEmail) => ({ messageId: 'm' }) };
  let step = 0;

  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const run = (action: string, input: Record<string, unknown>, tenantId = 'f1') =>
    runAgentTask({
      area: 'billing',
      executors: createBillingAgent({ db, bus, clock, mailer, fromAddress: 'billing@example.com' }).executors,
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
  const invoice = (email: string, dueInDays: number) =>
    run('invoice.create', {
      customerEmail: email,
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 1, unitPriceCents: 10_000 }],
      dueInDays,
    });

  it('GIVEN open, overdue and paid invoices WHEN found by status THEN each status lists its own, and "unpaid" lists open and overdue', async () => {
    const late = await invoice('late@example.com', 1);
    const open = await invoice('open@example.com', 30);
    const paid = await invoice('paid@example.com', 30);
    await run('invoice.markPaid', { invoiceId: paid.invoiceId });
    await detectOverdueInvoices({ db, bus, clock, tenantIds: ['f1'] }, new Date('2026-03-05T06:00:00Z'));

    const ids = async (status: string) =>
      ((await run('invoice.find', { status })).invoices as { id: string }[]).map((i) => i.id).sort();
    expect(await ids('overdue')).toStrictEqual([late.invoiceId]);
    expect(await ids('open')).toStrictEqual([open.invoiceId]);
    expect(await ids('paid')).toStrictEqual([paid.invoiceId]);
    expect(await ids('unpaid')).toStrictEqual([late.invoiceId, open.invoiceId].sort());

    const found = await run('invoice.find', { status: 'overdue' });
    expect(found).toStrictEqual({
      count: 1,
      invoices: [
        {
          id: late.invoiceId,
          number: expect.stringMatching(/^INV-/),
          status: 'overdue',
          customerEmail: 'late@example.com',
          customerName: null,
          leadId: null,
          currency: 'EUR',
          totalCents: 10_000,
          paidCents: 0,
          dueDate: '2026-03-03',
        },
      ],
      text: expect.stringMatching(/^INV-\S+ · late@example\.com · EUR 100\.00 due 2026-03-03 · overdue$/),
    });
  });

  it('GIVEN no draft invoices WHEN drafts are found THEN the text says there are none, naming the status', async () => {
    expect(await run('invoice.find', { status: 'draft' })).toStrictEqual({
      count: 0,
      invoices: [],
      text: 'No draft invoices.',
    });
  });

  it('GIVEN an invoice of one tenant WHEN another tenant finds invoices THEN it is not listed', async () => {
    await invoice('only-f1@example.com', 30);
    expect((await run('invoice.find', { customerEmail: 'only-f1@example.com' }, 'f2')).count).toBe(0);
    expect((await run('invoice.find', { customerEmail: 'only-f1@example.com' }, 'f1')).count).toBe(1);
  });
});
