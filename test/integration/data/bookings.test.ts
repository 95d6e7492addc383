import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BookingConflictError,
  createBookingRepository,
  granuleRoles,
} from '../../../functions/data/bookings';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

describe('bookings', () => {
  let db: TestDatabase;
  let bookings: ReturnType<typeof createBookingRepository>;
  beforeAll(async () => {
    db = await startTestDatabase();
    bookings = createBookingRepository({ db, clock: { now: () => new Date() } });
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN two bookings racing for one slot WHEN they commit at once (10 races) THEN exactly one wins each time', async () => {
    for (let race = 0; race < 10; race++) {
      const start = `2026-03-${String(race + 2).padStart(2, '0')}T10:00:00.000Z`;
      const end = `2026-03-${String(race + 2).padStart(2, '0')}T10:30:00.000Z`;
      const outcomes = await Promise.allSettled([
        bookings.create('race', { title: 'A', start, end }),
        bookings.create('race', { title: 'B', start, end }),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o) => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(BookingConflictError);
    }
    const all = await bookings.list('race', { limit: 100 });
    expect(all.items).toHaveLength(10);
  });

  it('GIVEN five overlapping bookings of different lengths racing WHEN they commit THEN the confirmed ones never overlap', async () => {
    const requests = [
      ['09:00', '10:00'],
      ['09:30', '10:30'],
      ['09:45', '09:50'],
      ['10:00', '11:00'],
      ['08:00', '09:15'],
    ].map(([s, e]) =>
      bookings.create('race2', { title: 'x', start: `2026-04-01T${s}:00Z`, end: `2026-04-01T${e}:00Z` }),
    );
    await Promise.allSettled(requests);
    const { items } = await bookings.list('race2', { status: 'confirmed' });
    expect(items.length).toBeGreaterThan(0);
    for (const a of items) {
      for (const b of items) {
        if (a.id !== b.id) expect(a.start < b.end && b.start < a.end).toBe(false);
      }
    }
  });

  it('GIVEN a booking WHEN an adjacent one is booked THEN it succeeds, and an overlapping one is refused naming the booking', async () => {
    const first = await bookings.create('adj', {
      title: 'a',
      start: '2026-05-04T09:00:00Z',
      end: '2026-05-04T10:00:00Z',
    });
    await expect(
      bookings.create('adj', { title: 'b', start: '2026-05-04T10:00:00Z', end: '2026-05-04T11:00:00Z' }),
    ).resolves.toMatchObject({ status: 'confirmed' });
    await expect(
      bookings.create('adj', { title: 'c', start: '2026-05-04T08:00:00Z', end: '2026-05-04T09:00:00Z' }),
    ).resolves.toMatchObject({ status: 'confirmed' });
    const error = await bookings
      .create('adj', { title: 'd', start: '2026-05-04T09:59:00Z', end: '2026-05-04T10:01:00Z' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BookingConflictError);
    expect((error as BookingConflictError).statusCode).toBe(409);
    const inside = await bookings
      .create('adj', { title: 'e', start: '2026-05-04T09:10:00Z', end: '2026-05-04T09:20:00Z' })
      .catch((e: unknown) => e);
    expect((inside as BookingConflictError).conflictingBookingId).toBe(first.id);
  });

  it('GIVEN a booking across midnight WHEN bookings on either day overlap it THEN both are refused', async () => {
    const at = (iso: string) => Date.parse(iso);
    expect(granuleRoles({ startMs: at('2026-06-01T23:40:00Z'), endMs: at('2026-06-02T00:40:00Z') })).toEqual([
      { at: at('2026-06-01T23:30:00Z'), role: 'T' },
      { at: at('2026-06-02T00:00:00Z'), role: 'F' },
      { at: at('2026-06-02T00:30:00Z'), role: 'H' },
    ]);
    expect(granuleRoles({ startMs: at('2026-06-01T23:05:00Z'), endMs: at('2026-06-01T23:10:00Z') })).toEqual([
      { at: at('2026-06-01T23:00:00Z'), role: 'I' },
    ]);
    await bookings.create('night', {
      title: 'late',
      start: '2026-06-01T23:00:00Z',
      end: '2026-06-02T01:00:00Z',
    });
    await expect(
      bookings.create('night', { title: 'x', start: '2026-06-02T00:30:00Z', end: '2026-06-02T02:00:00Z' }),
    ).rejects.toBeInstanceOf(BookingConflictError);
    await expect(
      bookings.create('night', { title: 'y', start: '2026-06-01T22:00:00Z', end: '2026-06-01T23:30:00Z' }),
    ).rejects.toBeInstanceOf(BookingConflictError);
  });

  it('GIVEN a cancelled booking WHEN its slot is booked again THEN it succeeds, and cancelling twice changes nothing', async () => {
    const b = await bookings.create('cancel', {
      title: 'a',
      start: '2026-07-01T09:00:00Z',
      end: '2026-07-01T10:00:00Z',
    });
    const first = await bookings.cancel('cancel', b.id, { reason: 'ill' });
    expect(first.changed).toBe(true);
    expect(first.booking).toMatchObject({ status: 'cancelled', cancelReason: 'ill' });
    const second = await bookings.cancel('cancel', b.id);
    expect(second.changed).toBe(false);
    await expect(
      bookings.create('cancel', { title: 'b', start: '2026-07-01T09:00:00Z', end: '2026-07-01T10:00:00Z' }),
    ).resolves.toMatchObject({ status: 'confirmed' });
  });

  it('GIVEN a booking moved to a free time WHEN its old slot is booked THEN that succeeds; moving onto another booking is refused', async () => {
    const a = await bookings.create('move', {
      title: 'a',
      start: '2026-08-03T09:00:00Z',
      end: '2026-08-03T10:00:00Z',
    });
    const b = await bookings.create('move', {
      title: 'b',
      start: '2026-08-04T09:00:00Z',
      end: '2026-08-04T10:00:00Z',
    });
    await bookings.update('move', a.id, { start: '2026-08-05T09:00:00Z', end: '2026-08-05T10:00:00Z' });
    await expect(
      bookings.create('move', { title: 'c', start: '2026-08-03T09:00:00Z', end: '2026-08-03T10:00:00Z' }),
    ).resolves.toBeDefined();
    await expect(
      bookings.update('move', a.id, { start: '2026-08-04T09:30:00Z', end: '2026-08-04T10:30:00Z' }),
    ).rejects.toBeInstanceOf(BookingConflictError);
    const busy = await bookings.busyIntervals(
      'move',
      Date.parse('2026-08-04T00:00:00Z'),
      Date.parse('2026-08-06T00:00:00Z'),
    );
    expect(busy.map((x) => x.bookingId)).toEqual([b.id, a.id]);
  });

  it('GIVEN bookings around a window WHEN listed as overlapping THEN one that started before the window but runs into it is included', async () => {
    const early = await bookings.create('view', {
      title: 'long',
      start: '2026-10-01T08:00:00Z',
      end: '2026-10-01T12:00:00Z',
    });
    const inside = await bookings.create('view', {
      title: 'in',
      start: '2026-10-01T13:00:00Z',
      end: '2026-10-01T14:00:00Z',
    });
    await bookings.create('view', {
      title: 'before',
      start: '2026-10-01T06:00:00Z',
      end: '2026-10-01T07:00:00Z',
    });
    await bookings.create('view', {
      title: 'after',
      start: '2026-10-01T18:00:00Z',
      end: '2026-10-01T19:00:00Z',
    });
    const window = { from: '2026-10-01T10:00:00Z', to: '2026-10-01T15:00:00Z' };
    expect((await bookings.list('view', window)).items.map((b) => b.id)).toEqual([inside.id]);
    expect((await bookings.list('view', { ...window, overlapping: true })).items.map((b) => b.id)).toEqual([
      early.id,
      inside.id,
    ]);
  });
});
