import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarAgent, dayWindow } from '../../../functions/agents/calendar/agent';
import { runAgentTask } from '../../../functions/agents/runner';
import { createBookingRepository } from '../../../functions/data/bookings';
import type { PublishedEvent } from '../../../functions/shared/ports';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/** calendar.find: what a schedule over many bookings ("every morning, remind everyone booked for tomorrow") loops over. */
describe('calendar.find on the calendar agent', () => {
  let db: TestDatabase;
  // Thursday 2026-03-05, 23:30 in UTC: already Friday 00:30 in Berlin, the tenant's zone.
  const now = new Date('2026-03-05T23:30:00Z');
  const clock = { now: () => now };
  const bus = { publish: async (_e: readonly PublishedEvent[]) => undefined };
  const settings = { getTenantSettings: async () => ({ timezone: 'Europe/Berlin' }) };
  let step = 0;

  beforeAll(async () => {
    db = await startTestDatabase();
    const bookings = createBookingRepository({ db, clock });
    const book = (title: string, start: string, attendeeEmail?: string) =>
      bookings.create('cf1', {
        title,
        start,
        end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
        ...(attendeeEmail ? { attendeeEmail } : {}),
      });
    await book('Thursday late', '2026-03-05T22:00:00Z', 'thu@example.com'); // Thu 23:00 Berlin
    await book('Friday early', '2026-03-05T23:45:00Z', 'fri1@example.com'); // Fri 00:45 Berlin
    await book('Friday noon', '2026-03-06T11:00:00Z'); // Fri 12:00 Berlin, no attendee
    await book('Saturday', '2026-03-07T09:00:00Z', 'sat@example.com'); // Sat 10:00 Berlin
    await book('Monday', '2026-03-09T08:00:00Z', 'mon@example.com'); // Mon 09:00 Berlin: next week
    const cancelled = await book('Saturday cancelled', '2026-03-07T13:00:00Z', 'gone@example.com');
    await bookings.cancel('cf1', cancelled.id, { reason: 'ill' });
  });
  afterAll(async () => {
    await db.close();
  });

  const find = (input: Record<string, unknown>) =>
    runAgentTask({
      area: 'calendar',
      executors: createCalendarAgent({ db, bus, clock, settings }).executors,
      deps: { db, clock },
      payload: {
        action: 'calendar.find',
        input,
        meta: {
          tenantId: 'cf1',
          workflowId: 'wf',
          runId: 'run',
          executionId: `exec-${++step}`,
          stepId: 'find',
          itemIndex: -1,
        },
      },
    }) as Promise<{ bookings: { title: string }[]; count: number; text: string }>;
  const titles = async (input: Record<string, unknown>) => (await find(input)).bookings.map((b) => b.title);

  it("GIVEN bookings around midnight WHEN today's and tomorrow's are found THEN the days are the tenant's (Berlin), not UTC's", async () => {
    expect(await titles({ day: 'today' })).toStrictEqual(['Friday early', 'Friday noon']);
    expect(await titles({ day: 'tomorrow' })).toStrictEqual(['Saturday']);
  });

  it('GIVEN a Friday WHEN this week and the next 7 days are found THEN the week ends at Monday and the 7 days run past it', async () => {
    expect(await titles({ day: 'this-week' })).toStrictEqual(['Friday early', 'Friday noon', 'Saturday']);
    expect(await titles({ day: 'next-7-days' })).toStrictEqual([
      'Friday early',
      'Friday noon',
      'Saturday',
      'Monday',
    ]);
  });

  it('GIVEN a booking with no attendee and a cancelled one WHEN found with withAttendee and by status THEN each is left out or found as asked', async () => {
    expect(await titles({ day: 'today', withAttendee: true })).toStrictEqual(['Friday early']);
    expect(await titles({ day: 'tomorrow', status: 'cancelled' })).toStrictEqual(['Saturday cancelled']);
    const found = await find({ day: 'tomorrow' });
    expect(found).toStrictEqual({
      count: 1,
      bookings: [
        {
          id: expect.stringMatching(/^bk/),
          title: 'Saturday',
          start: '2026-03-07T09:00:00.000Z',
          end: '2026-03-07T09:30:00.000Z',
          status: 'confirmed',
          attendeeEmail: 'sat@example.com',
          leadId: null,
          location: null,
        },
      ],
      text: 'Sat 7 Mar 10:00–10:30 Saturday · sat@example.com',
    });
  });

  it("GIVEN bookings around midnight WHEN today's are found THEN the text lists them at Berlin's times, and an empty day says so", async () => {
    expect((await find({ day: 'today' })).text).toBe(
      'Fri 6 Mar 00:45–01:15 Friday early · fri1@example.com\nFri 6 Mar 12:00–12:30 Friday noon',
    );
    expect((await find({ day: 'tomorrow', status: 'cancelled' })).text).toBe(
      'Sat 7 Mar 14:00–14:30 Saturday cancelled · gone@example.com · cancelled',
    );
    expect((await find({ from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' })).text).toBe(
      'No bookings found.',
    );
  });

  it('GIVEN a window and a limit WHEN found THEN only bookings starting in [from, to) come back, at most the limit', async () => {
    expect(await titles({ from: '2026-03-06T00:00:00Z', to: '2026-03-07T09:00:00Z' })).toStrictEqual([
      'Friday noon',
    ]);
    expect(await titles({ day: 'next-7-days', limit: 2 })).toStrictEqual(['Friday early', 'Friday noon']);
  });

  it('GIVEN the night clocks go forward in Berlin WHEN that day is found THEN it is 23 hours long', () => {
    expect(dayWindow('tomorrow', Date.parse('2026-03-28T12:00:00Z'), 'Europe/Berlin')).toStrictEqual({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
  });
});
