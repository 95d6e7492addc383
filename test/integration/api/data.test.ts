import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, TENANT_A } from '../../support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());
beforeEach(() => {
  api.platform.published.length = 0;
});

const types = () => api.platform.published.map((e) => e.detailType);

describe('data modules', () => {
  it('GIVEN a new lead WHEN posted THEN 201, lead.created is published for the tenant, and a duplicate email is 409', async () => {
    const res = await api.call('POST', '/leads', {
      body: { email: 'Ada@Example.com', name: 'Ada', value: 12000, tags: ['vip'] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'ada@example.com', name: 'Ada', status: 'new', version: 1 });
    expect(res.headers.location).toBe(`/leads/${res.body.id}`);
    expect(api.platform.published).toEqual([
      expect.objectContaining({
        detailType: 'lead.created',
        source: 'dynaris.lead',
        detail: expect.objectContaining({
          tenantId: TENANT_A,
          lead: expect.objectContaining({ id: res.body.id }),
        }),
      }),
    ]);
    const dup = await api.call('POST', '/leads', { body: { email: 'ada@example.com' } });
    expect(dup.status).toBe(409);
    expect(types()).toEqual(['lead.created']);
  });

  it('GIVEN a lead WHEN changed THEN lead.updated carries the changes; an unchanged PUT emits nothing; a stale version is 409', async () => {
    const lead = (await api.call('POST', '/leads', { body: { email: 'grace@example.com' } })).body;
    api.platform.published.length = 0;
    const res = await api.call('PUT', `/leads/${lead.id}`, {
      body: { status: 'qualified', expectedVersion: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'qualified', version: 2 });
    expect(api.platform.published[0]).toMatchObject({
      detailType: 'lead.updated',
      detail: {
        lead: { id: lead.id, status: 'qualified' },
        changes: { status: { from: 'new', to: 'qualified' } },
      },
    });
    const same = await api.call('PUT', `/leads/${lead.id}`, { body: { status: 'qualified' } });
    expect(same.status).toBe(200);
    expect(types()).toEqual(['lead.updated']);
    const stale = await api.call('PUT', `/leads/${lead.id}`, { body: { name: 'G', expectedVersion: 1 } });
    expect(stale.status).toBe(409);
  });

  it('GIVEN leads WHEN listed THEN newest first with pagination and filters', async () => {
    const harness = await startApiHarness();
    try {
      for (const [i, status] of (['new', 'qualified', 'new'] as const).entries()) {
        await harness.call('POST', '/leads', {
          body: { email: `l${i}@example.com`, status, tags: i === 2 ? ['vip'] : [] },
        });
        harness.platform.clock.advance(1000);
      }
      const page1 = await harness.call('GET', '/leads?limit=2');
      expect(page1.body.items.map((l: { email: string }) => l.email)).toEqual([
        'l2@example.com',
        'l1@example.com',
      ]);
      const page2 = await harness.call(
        'GET',
        `/leads?limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`,
      );
      expect(page2.body.items.map((l: { email: string }) => l.email)).toEqual(['l0@example.com']);
      expect(page2.body.nextCursor).toBeUndefined();
      const qualified = await harness.call('GET', '/leads?status=qualified');
      expect(qualified.body.items.map((l: { email: string }) => l.email)).toEqual(['l1@example.com']);
      const vip = await harness.call('GET', '/leads?tag=vip');
      expect(vip.body.items.map((l: { email: string }) => l.email)).toEqual(['l2@example.com']);
      const bad = await harness.call('GET', '/leads?status=hot&limit=0&createdAfter=yesterday');
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
        'query.createdAfter',
        'query.limit',
        'query.status',
      ]);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN a lead WHEN read and deleted THEN GET answers it, DELETE is 204 and it is gone', async () => {
    const lead = (await api.call('POST', '/leads', { body: { email: 'del@example.com' } })).body;
    expect((await api.call('GET', `/leads/${lead.id}`)).body.id).toBe(lead.id);
    expect((await api.call('DELETE', `/leads/${lead.id}`)).status).toBe(204);
    expect((await api.call('GET', `/leads/${lead.id}`)).status).toBe(404);
    expect((await api.call('DELETE', `/leads/${lead.id}`)).status).toBe(404);
    expect((await api.call('PUT', `/leads/${lead.id}`, { body: { name: 'x' } })).status).toBe(404);
  });

  it('GIVEN an invalid lead WHEN posted THEN 400 lists every bad field', async () => {
    const res = await api.call('POST', '/leads', {
      body: { email: 'nope', value: -1, tags: 'vip', unknown: true },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.email',
      'body.tags',
      'body.unknown',
      'body.value',
    ]);
  });

  it('GIVEN contacts WHEN created, filtered, changed and deleted THEN CRUD works without bus events', async () => {
    const c = await api.call('POST', '/contacts', {
      body: { name: 'Lin', email: 'lin@acme.io', company: 'Acme' },
    });
    expect(c.status).toBe(201);
    expect(
      (await api.call('GET', '/contacts?company=Acme')).body.items.map((x: { id: string }) => x.id),
    ).toEqual([c.body.id]);
    const upd = await api.call('PUT', `/contacts/${c.body.id}`, {
      body: { title: 'CTO', expectedVersion: 1 },
    });
    expect(upd.body).toMatchObject({ title: 'CTO', version: 2 });
    expect((await api.call('DELETE', `/contacts/${c.body.id}`)).status).toBe(204);
    expect(types()).toEqual([]);
  });

  it('GIVEN bookings WHEN created and cancelled THEN booking.created and booking.cancelled fire; an overlap is 409', async () => {
    const lead = (await api.call('POST', '/leads', { body: { email: 'ivy@example.com', name: 'Ivy' } })).body;
    api.platform.published.length = 0;
    const body = {
      title: 'Intro call',
      start: '2026-12-01T10:00:00Z',
      end: '2026-12-01T10:30:00Z',
      leadId: lead.id,
    };
    const b = await api.call('POST', '/bookings', { body });
    expect(b.status).toBe(201);
    expect(api.platform.published[0]?.detail).toMatchObject({
      leadId: lead.id,
      lead: { id: lead.id, email: 'ivy@example.com', name: 'Ivy', status: 'new' },
    });
    expect(
      (
        await api.call('POST', '/bookings', {
          body: { ...body, start: '2026-12-01T10:15:00Z', end: '2026-12-01T10:45:00Z' },
        })
      ).status,
    ).toBe(409);
    const cancel = await api.call('PUT', `/bookings/${b.body.id}`, {
      body: { status: 'cancelled', cancelReason: 'moved' },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe('cancelled');
    expect(types()).toEqual(['booking.created', 'booking.cancelled']);
    expect(api.platform.published[1]?.detail).toMatchObject({ reason: 'moved', booking: { id: b.body.id } });
    const listed = await api.call('GET', '/bookings?status=cancelled');
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(b.body.id);
  });

  it('GIVEN a booking naming a lead that does not exist WHEN posted THEN 422 on leadId and nothing is booked or published', async () => {
    const res = await api.call('POST', '/bookings', {
      body: {
        title: 'Ghost',
        start: '2026-12-03T10:00:00Z',
        end: '2026-12-03T10:30:00Z',
        leadId: 'ld_nobody',
      },
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('leadId');
    expect(types()).toEqual([]);
    const listed = await api.call('GET', '/bookings?from=2026-12-03T00:00:00Z&to=2026-12-04T00:00:00Z');
    expect(listed.body.items).toEqual([]);
  });

  it('GIVEN a confirmed booking WHEN deleted THEN booking.cancelled fires (the slot is freed)', async () => {
    const b = await api.call('POST', '/bookings', {
      body: { title: 'Demo', start: '2026-12-02T10:00:00Z', end: '2026-12-02T11:00:00Z' },
    });
    expect(api.platform.published[0]?.detail).toMatchObject({ leadId: null });
    expect(api.platform.published[0]?.detail).not.toHaveProperty('lead');
    expect((await api.call('DELETE', `/bookings/${b.body.id}`)).status).toBe(204);
    expect(types()).toEqual(['booking.created', 'booking.cancelled']);
  });

  it('GIVEN invoices WHEN issued and paid THEN invoice.created and invoice.paid fire; drafts fire on issue only', async () => {
    const line = { description: 'Consulting', quantity: 2, unitPriceCents: 5000 };
    const open = await api.call('POST', '/invoices', {
      body: { customerEmail: 'bill@acme.io', currency: 'EUR', lines: [line] },
    });
    expect(open.status).toBe(201);
    expect(open.body).toMatchObject({
      status: 'open',
      totalCents: 10000,
      number: expect.stringMatching(/^INV-/),
    });
    const draft = await api.call('POST', '/invoices', {
      body: { customerEmail: 'bill@acme.io', currency: 'EUR', lines: [line], status: 'draft' },
    });
    expect(types()).toEqual(['invoice.created']);
    const issued = await api.call('PUT', `/invoices/${draft.body.id}`, { body: { status: 'open' } });
    expect(issued.body.status).toBe('open');
    const paid = await api.call('PUT', `/invoices/${open.body.id}`, { body: { status: 'paid' } });
    expect(paid.body.status).toBe('paid');
    expect(types()).toEqual(['invoice.created', 'invoice.created', 'invoice.paid']);
    const again = await api.call('PUT', `/invoices/${open.body.id}`, { body: { status: 'paid' } });
    expect(again.status).toBe(200);
    expect(types()).toHaveLength(3);
    expect(
      (await api.call('GET', '/invoices?status=paid')).body.items.map((i: { id: string }) => i.id),
    ).toEqual([open.body.id]);
  });

  it('GIVEN files WHEN created, read, replaced and listed by folder THEN content round-trips and file.updated fires', async () => {
    const res = await api.call('POST', '/files', {
      body: { name: 'offer.txt', folder: 'sales/2026', content: 'Hello offer' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'offer.txt',
      folder: 'sales/2026',
      path: 'sales/2026/offer.txt',
      size: 11,
    });
    const read = await api.call('GET', `/files/${res.body.id}`);
    expect(read.body).toMatchObject({ content: 'Hello offer', encoding: 'utf8' });
    const bin = Buffer.from([0, 1, 2, 255]).toString('base64');
    const replaced = await api.call('PUT', `/files/${res.body.id}`, {
      body: { content: bin, encoding: 'base64', contentType: 'application/octet-stream' },
    });
    expect(replaced.status).toBe(200);
    expect((await api.call('GET', `/files/${res.body.id}`)).body).toMatchObject({
      content: bin,
      encoding: 'base64',
      size: 4,
    });
    expect(
      (await api.call('GET', '/files?folder=sales/2026')).body.items.map((f: { id: string }) => f.id),
    ).toEqual([res.body.id]);
    expect(types()).toEqual(['file.updated', 'file.updated']);
    expect(api.platform.published.map((e) => e.detail.created)).toEqual([true, false]);
    const bad = await api.call('POST', '/files', { body: { name: '../etc/passwd', content: 'x' } });
    expect(bad.status).toBe(400);
    expect((await api.call('DELETE', `/files/${res.body.id}`)).status).toBe(204);
  });

  it('GIVEN knowledge entries WHEN created and searched THEN q ranks them with snippets; CRUD works', async () => {
    const a = await api.call('POST', '/knowledge', {
      body: { title: 'Refund policy', body: 'Refunds within 30 days of purchase.' },
    });
    await api.call('POST', '/knowledge', {
      body: { title: 'Shipping', body: 'We ship worldwide in 5 days.' },
    });
    expect(a.status).toBe(201);
    const found = await api.call('GET', '/knowledge?q=refund');
    expect(found.status).toBe(200);
    expect(found.body.items[0]).toMatchObject({ id: a.body.id, title: 'Refund policy' });
    const upd = await api.call('PUT', `/knowledge/${a.body.id}`, {
      body: { tags: ['policy'], expectedVersion: 1 },
    });
    expect(upd.body).toMatchObject({ tags: ['policy'], version: 2 });
    expect((await api.call('GET', '/knowledge?limit=1')).body.nextCursor).toEqual(expect.any(String));
    expect((await api.call('DELETE', `/knowledge/${a.body.id}`)).status).toBe(204);
  });

  it('GIVEN the bus is down WHEN a lead is created THEN 503 says the change was saved but the event not published', async () => {
    api.platform.failNextPublish();
    const res = await api.call('POST', '/leads', { body: { email: 'outage@example.com' } });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/saved.*lead.created/);
  });
});
