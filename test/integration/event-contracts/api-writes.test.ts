import { describe, expect, it } from 'vitest';
import { createDataModules } from '../../../functions/api/data';
import type { PublishedEvent } from '../../../functions/shared/ports';
import { checkedEvents, typesOf, useContractPlatform } from '../../support/event-contracts';

const platform = useContractPlatform();
const published = () => checkedEvents(platform());

describe('API data writes publish contract details', () => {
  const modules = () => createDataModules(platform());
  const write = async (result: Promise<{ events: readonly PublishedEvent[] }>) => {
    platform().published.push(...(await result).events);
  };

  it('GIVEN leads created and updated through the API WHEN their events are built THEN they follow the contract', async () => {
    const leads = modules().leads!;
    const created = await leads.create('api-t', { email: 'gus@example.com', name: 'Gus' }, 'user');
    platform().published.push(...created.events);
    const id = (created.item as { id: string }).id;
    await write(leads.update('api-t', id, { status: 'qualified' }, 'user'));
    expect(typesOf(published())).toStrictEqual(['lead.created', 'lead.updated']);
  });

  it('GIVEN bookings created, cancelled and deleted through the API WHEN their events are built THEN they follow the contract', async () => {
    const bookings = modules().bookings!;
    const slot = (h: number) => ({
      start: `2026-03-03T${String(h).padStart(2, '0')}:00:00.000Z`,
      end: `2026-03-03T${String(h).padStart(2, '0')}:30:00.000Z`,
    });
    const lead = await modules().leads!.create('api-t', { email: 'kim@example.com' }, 'user');
    const leadId = (lead.item as { id: string }).id;
    const a = await bookings.create('api-t', { title: 'A', ...slot(9), leadId }, 'user');
    const b = await bookings.create('api-t', { title: 'B', ...slot(11) }, 'user');
    platform().published.push(...a.events, ...b.events);
    await write(
      bookings.update(
        'api-t',
        (a.item as { id: string }).id,
        { status: 'cancelled', cancelReason: 'no' },
        'u',
      ),
    );
    await write(bookings.remove('api-t', (b.item as { id: string }).id, 'user'));
    const events = published();
    expect(typesOf(events)).toStrictEqual([
      'booking.created',
      'booking.created',
      'booking.cancelled',
      'booking.cancelled',
    ]);
    expect(events[3]?.detail).toMatchObject({ reason: 'deleted' });
    expect(events[0]?.detail).toMatchObject({ leadId, lead: { id: leadId, email: 'kim@example.com' } });
    expect(events[1]?.detail).toMatchObject({ leadId: null });
    expect(events[1]?.detail).not.toHaveProperty('lead');
  });

  it('GIVEN invoices created, issued and paid through the API WHEN their events are built THEN they follow the contract', async () => {
    const invoices = modules().invoices!;
    const body = {
      customerEmail: 'hal@example.com',
      currency: 'EUR',
      lines: [{ description: 'x', quantity: 1, unitPriceCents: 100 }],
    };
    const open = await invoices.create('api-t', body, 'user');
    const draft = await invoices.create('api-t', { ...body, status: 'draft' }, 'user');
    platform().published.push(...open.events, ...draft.events);
    await write(invoices.update('api-t', (draft.item as { id: string }).id, { status: 'open' }, 'user'));
    await write(invoices.update('api-t', (open.item as { id: string }).id, { status: 'paid' }, 'user'));
    expect(typesOf(published())).toStrictEqual(['invoice.created', 'invoice.created', 'invoice.paid']);
  });

  it('GIVEN files created and replaced through the API WHEN their events are built THEN they follow the contract', async () => {
    const files = modules().files!;
    const created = await files.create('api-t', { name: 'a.txt', content: 'one' }, 'user');
    platform().published.push(...created.events);
    await write(files.update('api-t', (created.item as { id: string }).id, { content: 'two' }, 'user'));
    await write(files.create('api-t', { name: 'a.txt', content: 'three' }, 'user'));
    const events = published();
    expect(typesOf(events)).toStrictEqual(['file.updated', 'file.updated', 'file.updated']);
    expect(events.map((e) => e.detail.created)).toStrictEqual([true, false, false]);
  });
});
