import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/** A `leadId` on contacts, invoices and bookings must name a lead of the caller's tenant: 422 otherwise. */

let api: ApiHarness;
let ownLead: string;
let otherTenantsLead: string;

const invoice = (leadId?: string) => ({
  customerEmail: 'pay@example.com',
  currency: 'EUR',
  lines: [{ description: 'Work', quantity: 1, unitPriceCents: 1000 }],
  ...(leadId ? { leadId } : {}),
});
const booking = (leadId?: string) => ({
  title: 'Call',
  start: '2026-12-01T10:00:00Z',
  end: '2026-12-01T10:30:00Z',
  ...(leadId ? { leadId } : {}),
});

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
  ownLead = (await api.call('POST', '/leads', { body: { email: 'own@example.com' } })).body.id;
  otherTenantsLead = (await api.call('POST', '/leads', { as: 'b', body: { email: 'theirs@example.com' } }))
    .body.id;
});
afterAll(async () => api.close());

describe('lead references', () => {
  it("GIVEN another tenant's lead id or one that does not exist WHEN a contact, invoice or booking names it THEN 422 on body.leadId and nothing is stored", async () => {
    for (const leadId of [otherTenantsLead, 'ld_does_not_exist']) {
      for (const [path, body] of [
        ['/contacts', { name: 'Cy', leadId }],
        ['/invoices', invoice(leadId)],
        ['/bookings', booking(leadId)],
      ] as const) {
        const res = await api.call('POST', path, { body });
        expect(res.status, `${path} ${leadId}`).toBe(422);
        expect(res.body.error.details[0].path).toBe('body.leadId');
      }
    }
    for (const path of ['/contacts', '/invoices', '/bookings']) {
      expect((await api.call('GET', path)).body.items).toEqual([]);
    }
  });

  it("GIVEN a contact and an invoice WHEN updated to name another tenant's lead THEN 422 and they keep their lead", async () => {
    const contact = (await api.call('POST', '/contacts', { body: { name: 'Di', leadId: ownLead } })).body;
    const bill = (await api.call('POST', '/invoices', { body: invoice(ownLead) })).body;
    expect([contact.leadId, bill.leadId]).toEqual([ownLead, ownLead]);
    expect(
      (await api.call('PUT', `/contacts/${contact.id}`, { body: { leadId: otherTenantsLead } })).status,
    ).toBe(422);
    expect(
      (await api.call('PUT', `/invoices/${bill.id}`, { body: { leadId: otherTenantsLead } })).status,
    ).toBe(422);
    expect((await api.call('GET', `/contacts/${contact.id}`)).body.leadId).toBe(ownLead);
    expect((await api.call('GET', `/invoices/${bill.id}`)).body.leadId).toBe(ownLead);
    expect((await api.call('PUT', `/contacts/${contact.id}`, { body: { leadId: null } })).status).toBe(200);
  });
});
