import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/** `status: "open"` issues a draft invoice; sent for a paid one it answered 200 unchanged, as if it had reopened it. */

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

describe('reopening an invoice', () => {
  it('GIVEN a paid invoice WHEN status open is asked THEN 409 saying it cannot be reopened, and it stays paid', async () => {
    const created = await api.call('POST', '/invoices', { body: newInvoice('open') });
    const paid = await api.call('PUT', `/invoices/${created.body.id}`, { body: { status: 'paid' } });
    expect(paid.body.status).toBe('paid');
    const reopened = await api.call('PUT', `/invoices/${created.body.id}`, { body: { status: 'open' } });
    expect(reopened.status).toBe(409);
    expect(reopened.body.error.message).toContain('is paid and cannot be reopened');
    expect(await api.call('GET', `/invoices/${created.body.id}`)).toMatchObject({
      status: 200,
      body: { status: 'paid', version: paid.body.version },
    });
  });

  it('GIVEN a draft and an open invoice WHEN status open is asked THEN the draft is issued and the open one answers unchanged', async () => {
    const draft = await api.call('POST', '/invoices', { body: newInvoice('draft') });
    const issued = await api.call('PUT', `/invoices/${draft.body.id}`, { body: { status: 'open' } });
    expect(issued).toMatchObject({ status: 200, body: { status: 'open' } });
    const again = await api.call('PUT', `/invoices/${draft.body.id}`, { body: { status: 'open' } });
    expect(again).toMatchObject({ status: 200, body: { status: 'open', version: issued.body.version } });
  });
});
