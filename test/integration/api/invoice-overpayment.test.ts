import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/**
 * A payment over the balance due was recorded: paidCents past totalCents (a negative balance) on an invoice model
 * that has no credit. It is a 422 naming amountCents, and the invoice stays as it was.
 */

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

const newInvoice = (status: 'draft' | 'open') => ({
  customerEmail: 'billing@example.com',
  currency: 'EUR',
  lines: [{ description: 'Consulting', quantity: 2, unitPriceCents: 5000 }],
  status,
});

describe('paying more than an invoice has due', () => {
  it('GIVEN an open invoice of 10000 with 4000 paid WHEN 6001 is paid THEN 422 naming amountCents and the balance, the invoice unchanged, and 6000 then pays it', async () => {
    const created = await api.call('POST', '/invoices', { body: newInvoice('open') });
    const id = created.body.id as string;
    const partial = await api.call('PUT', `/invoices/${id}`, { body: { status: 'paid', amountCents: 4000 } });
    expect(partial.body).toMatchObject({ status: 'open', paidCents: 4000 });

    const over = await api.call('PUT', `/invoices/${id}`, { body: { status: 'paid', amountCents: 6001 } });
    expect(over.status).toBe(422);
    expect(over.body.error.details).toStrictEqual([
      {
        path: 'body.amountCents',
        message:
          '6001 is more than the balance due, 6000 (total 10000, paid 4000); an invoice records no credit',
      },
    ]);
    expect(await api.call('GET', `/invoices/${id}`)).toMatchObject({
      status: 200,
      body: { status: 'open', paidCents: 4000, version: partial.body.version },
    });

    const rest = await api.call('PUT', `/invoices/${id}`, { body: { status: 'paid', amountCents: 6000 } });
    expect(rest.body).toMatchObject({ status: 'paid', paidCents: 10000 });
  });

  it('GIVEN a draft invoice WHEN paid with more than its total THEN 422 and it stays a draft (not issued)', async () => {
    const draft = await api.call('POST', '/invoices', { body: newInvoice('draft') });
    const over = await api.call('PUT', `/invoices/${draft.body.id}`, {
      body: { status: 'paid', amountCents: 10001 },
    });
    expect(over.status).toBe(422);
    expect(over.body.error.details[0].path).toBe('body.amountCents');
    expect(await api.call('GET', `/invoices/${draft.body.id}`)).toMatchObject({
      body: { status: 'draft', number: null, paidCents: 0 },
    });
  });
});
