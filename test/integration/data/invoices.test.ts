import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvoiceRepository, taxCents } from '../../../functions/data/invoices';
import { ConflictError, UnprocessableError } from '../../../functions/shared/errors';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

const line = { description: 'Consulting', quantity: 3, unitPriceCents: 3333 };

describe('invoices', () => {
  let db: TestDatabase;
  let now = new Date('2026-03-01T12:00:00Z');
  let invoices: ReturnType<typeof createInvoiceRepository>;
  beforeAll(async () => {
    db = await startTestDatabase();
    invoices = createInvoiceRepository({ db, clock: { now: () => now } });
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN two invoices created at once WHEN both commit THEN they get distinct consecutive numbers', async () => {
    const [a, b] = await Promise.all([
      invoices.create('pair', { customerEmail: 'a@x.io', currency: 'EUR', lines: [line] }),
      invoices.create('pair', { customerEmail: 'b@x.io', currency: 'EUR', lines: [line] }),
    ]);
    expect([a!.number, b!.number].sort()).toEqual(['INV-000001', 'INV-000002']);
  });

  it('GIVEN 20 concurrent creates WHEN they all commit THEN the numbers are 1..20 with no gap or duplicate', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        invoices.create('burst', { customerEmail: `c${i}@x.io`, currency: 'EUR', lines: [line] }),
      ),
    );
    expect(created.map((c) => c.sequence).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('GIVEN lines and a tax rate WHEN an invoice is created THEN cents are exact and tax is rounded half up', async () => {
    const inv = await invoices.create('math', {
      customerEmail: 'A@X.io',
      currency: 'EUR',
      lines: [line, { description: 'Setup', quantity: 1, unitPriceCents: 1 }],
      taxRateBps: 1900,
      dueInDays: 30,
    });
    expect(inv.subtotalCents).toBe(10_000);
    expect(inv.taxCents).toBe(1900);
    expect(inv.totalCents).toBe(11_900);
    expect(inv.customerEmail).toBe('a@x.io');
    expect(inv.issueDate).toBe('2026-03-01');
    expect(inv.dueDate).toBe('2026-03-31');
    expect(taxCents(1005, 500)).toBe(50); // 50.25 -> 50
    expect(taxCents(1010, 500)).toBe(51); // 50.5 -> 51
    expect(taxCents(9_007_199_254_740, 10_000)).toBe(9_007_199_254_740);
  });

  it('GIVEN a draft WHEN it is issued THEN it takes the next number and can no longer be edited or deleted', async () => {
    const draft = await invoices.create('draft', {
      customerEmail: 'a@x.io',
      currency: 'EUR',
      lines: [line],
      status: 'draft',
    });
    expect(draft.number).toBeNull();
    await invoices.create('draft', { customerEmail: 'b@x.io', currency: 'EUR', lines: [line] });
    const issued = await invoices.issue('draft', draft.id);
    expect(issued.number).toBe('INV-000002');
    await expect(invoices.update('draft', draft.id, { customerName: 'x' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(invoices.delete('draft', draft.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('GIVEN open invoices WHEN time passes their due date THEN they are listed past due once and paying removes them', async () => {
    now = new Date('2026-03-01T12:00:00Z');
    const a = await invoices.create('due', {
      customerEmail: 'a@x.io',
      currency: 'EUR',
      lines: [line],
      dueInDays: 7,
    });
    const b = await invoices.create('due', {
      customerEmail: 'b@x.io',
      currency: 'EUR',
      lines: [line],
      dueInDays: 30,
    });
    now = new Date('2026-03-09T00:00:01Z');
    expect((await invoices.listPastDue('due', now)).items.map((i) => i.id)).toEqual([a.id]);
    const marked = await invoices.markOverdue('due', a.id);
    expect(marked.changed).toBe(true);
    expect((await invoices.markOverdue('due', a.id)).changed).toBe(false);
    expect((await invoices.listPastDue('due', now)).items).toEqual([]);
    const paid = await invoices.markPaid('due', a.id);
    expect(paid.invoice.status).toBe('paid');
    expect((await invoices.markPaid('due', a.id)).changed).toBe(false);
    expect((await invoices.list('due', { status: 'open' })).items.map((i) => i.id)).toEqual([b.id]);
  });

  it('GIVEN a partial payment WHEN recorded THEN the invoice stays open until the balance is paid', async () => {
    const inv = await invoices.create('partial', { customerEmail: 'a@x.io', currency: 'EUR', lines: [line] });
    const first = await invoices.markPaid('partial', inv.id, { amountCents: 4000 });
    expect(first.invoice).toMatchObject({ status: 'open', paidCents: 4000 });
    const rest = await invoices.markPaid('partial', inv.id);
    expect(rest.invoice).toMatchObject({ status: 'paid', paidCents: 9999 });
  });

  it('GIVEN a payment over the balance WHEN recorded THEN it is refused as unprocessable and nothing is paid (an invoice records no credit)', async () => {
    const inv = await invoices.create('over', { customerEmail: 'a@x.io', currency: 'EUR', lines: [line] });
    await expect(invoices.markPaid('over', inv.id, { amountCents: 10_000 })).rejects.toBeInstanceOf(
      UnprocessableError,
    );
    expect(await invoices.get('over', inv.id)).toMatchObject({
      status: 'open',
      paidCents: 0,
      version: inv.version,
    });
  });

  it('GIVEN a partial payment with a payment key WHEN the same step pays again (a retry) THEN it counts once and reports the change again, and another key counts', async () => {
    const inv = await invoices.create('retried', { customerEmail: 'a@x.io', currency: 'EUR', lines: [line] });
    const payment = { amountCents: 4000, paymentKey: 'exec#pay' };
    expect((await invoices.markPaid('retried', inv.id, payment)).invoice.paidCents).toBe(4000);
    const again = await invoices.markPaid('retried', inv.id, payment);
    expect(again).toMatchObject({ changed: true, invoice: { status: 'open', paidCents: 4000 } });
    expect(Object.keys(again.invoice)).not.toContain('paymentKeys');
    const other = await invoices.markPaid('retried', inv.id, { amountCents: 5999, paymentKey: 'exec#pay-2' });
    expect(other.invoice).toMatchObject({ status: 'paid', paidCents: 9999 });
    expect((await invoices.markPaid('retried', inv.id, payment)).changed).toBe(true);
  });

  it('GIVEN a reminder key WHEN the reminder is recorded twice THEN it counts once', async () => {
    const inv = await invoices.create('remind', { customerEmail: 'a@x.io', currency: 'EUR', lines: [line] });
    expect((await invoices.recordReminder('remind', inv.id, 'exec#s1')).reminderCount).toBe(1);
    expect(await invoices.recordReminder('remind', inv.id, 'exec#s1')).toMatchObject({
      reminderCount: 1,
      counted: false,
    });
    expect((await invoices.recordReminder('remind', inv.id, 'exec#s2')).reminderCount).toBe(2);
    await invoices.markPaid('remind', inv.id);
    await expect(invoices.recordReminder('remind', inv.id, 'exec#s3')).rejects.toBeInstanceOf(ConflictError);
    expect((await invoices.get('remind', inv.id)).reminderCount).toBe(2);
  });
});
