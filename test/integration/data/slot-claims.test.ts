import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Booking,
  BookingConflictError,
  createBookingRepository,
  GRANULE_MS,
  granuleRoles,
} from '../../../functions/data/bookings';
import { countingDatabase } from '../../support/counting-database';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

const DAY = '2026-05-04';
const at = (minutes: number) => new Date(Date.parse(`${DAY}T00:00:00Z`) + minutes * 60_000).toISOString();
const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start < b.end && b.start < a.end;
/** Both inside one granule without touching its edges: the one case a claim refuses without an overlap. */
const bothInner = (a: { start: string; end: string }, b: { start: string; end: string }) => {
  const inner = (x: { start: string; end: string }) => {
    const roles = granuleRoles({ startMs: Date.parse(x.start), endMs: Date.parse(x.end) });
    return roles.length === 1 && roles[0]!.role === 'I' ? roles[0]!.at : undefined;
  };
  return inner(a) !== undefined && inner(a) === inner(b);
};

describe('slot claims', () => {
  let db: TestDatabase;
  let bookings: ReturnType<typeof createBookingRepository>;
  let tenant = 0;
  beforeAll(async () => {
    db = await startTestDatabase();
    bookings = createBookingRepository({ db, clock: { now: () => new Date() } });
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN random bookings of any minute and length, racing or in turn, WHEN they commit THEN the confirmed ones never overlap and every refusal names a confirmed booking in the way', async () => {
    const request = fc
      .record({ start: fc.integer({ min: 0, max: 180 }), minutes: fc.integer({ min: 1, max: 75 }) })
      .map(({ start, minutes }) => ({ start: at(start), end: at(start + minutes) }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(request, { minLength: 2, maxLength: 8 }),
        fc.boolean(),
        async (requests, race) => {
          const t = `prop${tenant++}`;
          const book = (r: { start: string; end: string }) => bookings.create(t, { title: 'x', ...r });
          // Racing, or one after the other in the array's order (every ordered pair of roles gets checked).
          const outcomes: PromiseSettledResult<Booking>[] = [];
          if (race) outcomes.push(...(await Promise.allSettled(requests.map(book))));
          else for (const r of requests) outcomes.push(...(await Promise.allSettled([book(r)])));
          const confirmed = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
          for (const a of confirmed)
            for (const b of confirmed) if (a.id !== b.id) expect(overlaps(a, b)).toBe(false);
          for (const [i, o] of outcomes.entries()) {
            if (o.status === 'fulfilled') continue;
            expect(o.reason).toBeInstanceOf(BookingConflictError);
            const holder = confirmed.find(
              (b) => b.id === (o.reason as BookingConflictError).conflictingBookingId,
            );
            expect(holder).toBeDefined();
            expect(overlaps(holder!, requests[i]!) || bothInner(holder!, requests[i]!)).toBe(true);
          }
          const busy = await bookings.busyIntervals(t, Date.parse(at(0)), Date.parse(at(6 * 60)));
          expect(busy.map((b) => b.bookingId).sort()).toEqual(confirmed.map((b) => b.id).sort());
        },
      ),
      { numRuns: 40 },
    );
  });

  it('GIVEN an inner booking and a tail booking in one granule WHEN another inner booking that overlaps neither is refused THEN the refusal names the inner one', async () => {
    const t = `inner${tenant++}`;
    const inner = await bookings.create(t, { title: 'inner', start: at(31), end: at(32) });
    await bookings.create(t, { title: 'tail', start: at(50), end: at(60) });
    const refused = await bookings
      .create(t, { title: 'x', start: at(32), end: at(33) })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BookingConflictError);
    expect((refused as BookingConflictError).conflictingBookingId).toBe(inner.id);
  });

  it('GIVEN 40 bookings of different half hours of one day WHEN they are made at once THEN all succeed with one transaction each', async () => {
    const counted = countingDatabase(db);
    const repo = createBookingRepository({ db: counted.db, clock: { now: () => new Date() } });
    const made = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        repo.create('day', { title: `m${i}`, start: at(i * 30), end: at(i * 30 + 30) }),
      ),
    );
    expect(made).toHaveLength(40);
    expect(counted.count('TransactWriteCommand')).toBe(40);
  });

  it('GIVEN a cancelled or deleted booking WHEN its time is booked again THEN that succeeds, and a moved one frees its old time', async () => {
    const a = await bookings.create('free', { title: 'a', start: at(600), end: at(650) });
    await bookings.cancel('free', a.id);
    const b = await bookings.create('free', { title: 'b', start: at(610), end: at(640) });
    await bookings.delete('free', b.id);
    const c = await bookings.create('free', { title: 'c', start: at(600), end: at(660) });
    await bookings.update('free', c.id, { start: at(700), end: at(760) });
    await expect(
      bookings.create('free', { title: 'd', start: at(600), end: at(700) }),
    ).resolves.toBeDefined();
    await expect(
      bookings.create('free', { title: 'e', start: at(750), end: at(800) }),
    ).rejects.toBeInstanceOf(BookingConflictError);
  });

  it('GIVEN a booking of three days (more granules than one transaction holds) WHEN booked, overlapped and cancelled THEN it holds every granule and frees them all', async () => {
    expect((3 * 86_400_000) / GRANULE_MS).toBeGreaterThan(100);
    const long = await bookings.create('long', { title: 'trip', start: at(0), end: at(3 * 1440) });
    await expect(bookings.create('long', { title: 'x', start: at(100), end: at(130) })).rejects.toMatchObject(
      { conflictingBookingId: long.id },
    );
    await expect(
      bookings.create('long', { title: 'y', start: at(3 * 1440 - 30), end: at(3 * 1440 + 30) }),
    ).rejects.toBeInstanceOf(BookingConflictError);
    await bookings.cancel('long', long.id);
    const after = await Promise.all(
      [100, 1500, 3 * 1440 - 30].map((m) =>
        bookings.create('long', { title: 'z', start: at(m), end: at(m + 30) }),
      ),
    );
    expect(after).toHaveLength(3);
  });

  it('GIVEN a long booking refused by its last granules WHEN it fails THEN the granules it took first are given back', async () => {
    const blocker: Booking = await bookings.create('undo', {
      title: 'b',
      start: at(2 * 1440 + 600),
      end: at(2 * 1440 + 630),
    });
    await expect(
      bookings.create('undo', { title: 'long', start: at(0), end: at(3 * 1440) }),
    ).rejects.toMatchObject({ conflictingBookingId: blocker.id });
    await expect(
      bookings.create('undo', { title: 'early', start: at(60), end: at(90) }),
    ).resolves.toBeDefined();
    const busy = await bookings.busyIntervals('undo', Date.parse(at(0)), Date.parse(at(3 * 1440)));
    expect(busy).toHaveLength(2);
  });
});
