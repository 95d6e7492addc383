import { describe, expect, it } from 'vitest';
import {
  amountText,
  bookingLine,
  bookingsText,
  boundedLines,
  FOUND_TEXT_MAX_CHARS,
  FOUND_TEXT_MAX_LINES,
  invoiceLine,
  invoicesText,
  leadLine,
  leadsText,
} from '../../../functions/agents/found-text';

const booking = (over: Partial<Parameters<typeof bookingLine>[0]> = {}) => ({
  title: 'Smith v Jones – hearing',
  start: '2026-12-07T14:00:00.000Z',
  end: '2026-12-07T15:30:00.000Z',
  status: 'confirmed',
  attendeeEmail: 'counsel@example.com',
  location: 'Court 4',
  ...over,
});

describe('the text a find step renders of what it found', () => {
  it('GIVEN a booking WHEN rendered in New York and in Tokyo THEN the day and times are each zone’s own', () => {
    expect(bookingLine(booking(), 'America/New_York')).toBe(
      'Mon 7 Dec 09:00–10:30 Smith v Jones – hearing · counsel@example.com · Court 4',
    );
    // 23:00 in Tokyo: the booking ends after midnight, on the next day
    expect(bookingLine(booking(), 'Asia/Tokyo')).toBe(
      'Mon 7 Dec 23:00 – Tue 8 Dec 00:30 Smith v Jones – hearing · counsel@example.com · Court 4',
    );
  });

  it('GIVEN the night clocks go back in Berlin WHEN a booking spans it THEN the times follow the zone’s offset', () => {
    // 00:30Z and 01:30Z on 25 Oct 2026: 02:30 CEST, then 02:30 CET again
    expect(
      bookingLine(
        booking({ start: '2026-10-25T00:30:00Z', end: '2026-10-25T01:30:00Z', location: null }),
        'Europe/Berlin',
      ),
    ).toBe('Sun 25 Oct 02:30–02:30 Smith v Jones – hearing · counsel@example.com');
  });

  it('GIVEN odd values (line breaks, no title, a bad timestamp, a long title, a cancelled booking) WHEN rendered THEN each stays one readable line', () => {
    const line = bookingLine(
      booking({ title: 'Call\nback\t Mrs  Lee', attendeeEmail: null, location: null, status: 'cancelled' }),
      'UTC',
    );
    expect(line).toBe('Mon 7 Dec 14:00–15:30 Call back Mrs Lee · cancelled');
    expect(bookingLine(booking({ title: '  ', attendeeEmail: null, location: null }), 'UTC')).toBe(
      'Mon 7 Dec 14:00–15:30 (untitled)',
    );
    expect(bookingLine(booking({ start: 'soon', attendeeEmail: null, location: null }), 'UTC')).toBe(
      'soon Smith v Jones – hearing',
    );
    const long = bookingLine(booking({ title: 'x'.repeat(500), attendeeEmail: null, location: null }), 'UTC');
    expect(long).toHaveLength('Mon 7 Dec 14:00–15:30 '.length + 120);
    expect(long.endsWith('x…')).toBe(true);
  });

  it('GIVEN no bookings WHEN rendered THEN the line names the day asked for', () => {
    expect(bookingsText([], 'UTC', 'today')).toBe('No bookings today.');
    expect(bookingsText([], 'UTC', 'tomorrow')).toBe('No bookings tomorrow.');
    expect(bookingsText([], 'UTC', 'this-week')).toBe('No bookings this week.');
    expect(bookingsText([], 'UTC', 'next-7-days')).toBe('No bookings in the next 7 days.');
    expect(bookingsText([], 'UTC', undefined)).toBe('No bookings found.');
  });

  it('GIVEN more records than fit WHEN rendered THEN the text stops at the line bound and says how many more', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `line ${i + 1}`);
    const text = boundedLines(lines, 'none');
    const out = text.split('\n');
    expect(out).toHaveLength(FOUND_TEXT_MAX_LINES + 1);
    expect(out[FOUND_TEXT_MAX_LINES - 1]).toBe(`line ${FOUND_TEXT_MAX_LINES}`);
    expect(out.at(-1)).toBe(`… and ${120 - FOUND_TEXT_MAX_LINES} more`);
  });

  it('GIVEN long lines WHEN rendered THEN the text stays within the character bound, closing line included', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i}:${'y'.repeat(200)}`);
    const text = boundedLines(lines, 'none');
    expect(text.length).toBeLessThanOrEqual(FOUND_TEXT_MAX_CHARS);
    const out = text.split('\n');
    expect(out.at(-1)).toBe(`… and ${40 - (out.length - 1)} more`);
    expect(boundedLines(['a', 'b'], 'none')).toBe('a\nb');
  });

  it('GIVEN invoices in several currencies, part paid or without a number WHEN rendered THEN each shows amount, currency and due date', () => {
    const base = {
      number: 'INV-0042',
      status: 'overdue',
      customerEmail: 'billing@acme.example',
      customerName: 'Acme Ltd',
      currency: 'EUR',
      totalCents: 125_000,
      paidCents: 0,
      dueDate: '2026-12-01',
    };
    expect(invoiceLine(base)).toBe(
      'INV-0042 · Acme Ltd (billing@acme.example) · EUR 1,250.00 due 2026-12-01 · overdue',
    );
    expect(invoiceLine({ ...base, currency: 'USD', paidCents: 25_000, customerName: null })).toBe(
      'INV-0042 · billing@acme.example · USD 1,250.00 due 2026-12-01, USD 250.00 paid · overdue',
    );
    expect(invoiceLine({ ...base, number: null, status: 'draft', dueDate: null })).toBe(
      'Draft · Acme Ltd (billing@acme.example) · EUR 1,250.00 · draft',
    );
    expect(amountText(1999, 'not-a-code')).toBe('not-a-code 19.99');
    expect(invoicesText([], 'overdue')).toBe('No overdue invoices.');
    expect(invoicesText([], undefined)).toBe('No invoices found.');
  });

  it('GIVEN leads with and without a name or company WHEN rendered THEN each line has who, email and status', () => {
    const lead = { email: 'anna@example.com', name: 'Anna Schmidt', company: 'Acme', status: 'qualified' };
    expect(leadLine(lead)).toBe('Anna Schmidt (Acme) · anna@example.com · qualified');
    expect(leadLine({ ...lead, company: null })).toBe('Anna Schmidt · anna@example.com · qualified');
    expect(leadLine({ ...lead, name: null })).toBe('Acme · anna@example.com · qualified');
    expect(leadLine({ ...lead, name: null, company: null, status: 'new' })).toBe('anna@example.com · new');
    expect(leadsText([lead, { ...lead, name: 'Bo' }], 'qualified')).toBe(
      'Anna Schmidt (Acme) · anna@example.com · qualified\nBo (Acme) · anna@example.com · qualified',
    );
    expect(leadsText([], 'new')).toBe('No new leads found.');
    expect(leadsText([], undefined)).toBe('No leads found.');
  });
});
