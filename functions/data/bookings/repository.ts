import { BadRequestError, ConflictError } from '../../shared/errors';
import type { Clock, Database } from '../../shared/ports';
import {
  assertExpectedVersion,
  assertId,
  createEntityStore,
  deleteAtVersionStep,
  entityKey,
  findById,
  type Item,
  mustExist,
  newId,
  type Page,
  type TransactStep,
  transact,
  VersionConflictError,
  withoutTenant,
} from '../repository';
import { GSI1, GSI2, tenantKey } from '../table';
import { writeWithClaims } from './claim-writes';
import {
  type Booking,
  BookingConflictError,
  type BookingFilters,
  type BookingPatch,
  type BusyInterval,
  bookingSchemas,
  MAX_BOOKING_MS,
  type NewBooking,
} from './schema';
import { claimChanges, holderOf, readClaims, type Span } from './slot-claims';

const DAY_MS = 86_400_000;

const ENTITY = 'BOOKING';
const bookingKey = (tenantId: string, id: string) => entityKey(tenantId, ENTITY, id);
const bookingIndexes = (tenantId: string, b: Booking): Item => ({
  gsi1pk: tenantKey(tenantId, 'BOOKINGS'),
  gsi1sk: `${b.start}#${b.id}`,
  ...(b.leadId
    ? { gsi2pk: tenantKey(tenantId, 'BOOKINGS', 'LEAD', b.leadId), gsi2sk: `${b.start}#${b.id}` }
    : {}),
});

const toBooking = (item: Item): Booking => {
  const { cancelledByKey: _c, ...booking } = withoutTenant<Booking & { cancelledByKey?: string }>(item);
  return booking;
};

const spanOf = (b: Booking): Span => ({ startMs: Date.parse(b.start), endMs: Date.parse(b.end) });

/** A claim refused: the booking in the way, from the granule item as it was. */
const conflictWith =
  (booking: Booking, span: Span) =>
  (holder: Item | undefined): Error => {
    const busy = holderOf(holder, booking.id, span);
    return new BookingConflictError(booking.start, booking.end, busy?.bookingId ?? 'unknown', busy);
  };

const parseInterval = (start: string, end: string): Span => {
  const startMs = Date.parse(start);
  const endMs = Date.parse(end);
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs))
    throw new BadRequestError('start and end must be ISO-8601');
  if (endMs <= startMs) throw new BadRequestError('end must be after start');
  if (endMs - startMs > MAX_BOOKING_MS) throw new BadRequestError('a booking lasts at most 7 days');
  return { startMs, endMs };
};

export const createBookingRepository = ({ db, clock }: { readonly db: Database; readonly clock: Clock }) => {
  const store = createEntityStore<Booking>(db, {
    entity: 'booking',
    kind: ENTITY,
    indexes: bookingIndexes,
    fromItem: toBooking,
  });
  const { find, get } = store;

  /**
   * Books [start, end) or throws BookingConflictError naming the booking it overlaps. `options.id` (checked like any
   * id) lets a retried caller name the booking so that a second attempt cannot book twice (AlreadyExistsError).
   * `options.reservation` is the cohort place it was computed under (reservations.ts).
   */
  const create = async (
    tenantId: string,
    input: NewBooking,
    options: { readonly id?: string; readonly reservation?: string } = {},
  ): Promise<Booking> => {
    const data = bookingSchemas().NewBooking.parse(input);
    const { startMs, endMs } = parseInterval(data.start, data.end);
    const at = clock.now().toISOString();
    if (options.id !== undefined) assertId('booking', options.id);
    const booking: Booking = {
      id: options.id ?? newId('bk', clock.now()),
      title: data.title,
      start: new Date(startMs).toISOString(),
      end: new Date(endMs).toISOString(),
      status: 'confirmed',
      attendeeEmail: data.attendeeEmail ?? null,
      leadId: data.leadId ?? null,
      location: data.location ?? null,
      notes: data.notes ?? null,
      cancelledAt: null,
      cancelReason: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const span = { startMs, endMs };
    await writeWithClaims(db, {
      tenantId,
      bookingId: booking.id,
      to: span,
      reservation: options.reservation,
      changes: claimChanges(undefined, span),
      main: store.insertSteps(tenantId, booking),
      onConflict: conflictWith(booking, span),
    });
    return booking;
  };

  /**
   * Changes a confirmed booking. A new time is checked against the calendar like a new booking, and the old slot
   * is freed in the same transaction.
   */
  const update = async (
    tenantId: string,
    id: string,
    patch: BookingPatch,
    options: { expectedVersion?: number } = {},
  ): Promise<Booking> => {
    const data = bookingSchemas().BookingPatch.parse(patch);
    const current = await get(tenantId, id);
    assertExpectedVersion('booking', id, current, options.expectedVersion);
    const next: Booking = {
      ...current,
      title: data.title ?? current.title,
      start: data.start ? new Date(data.start).toISOString() : current.start,
      end: data.end ? new Date(data.end).toISOString() : current.end,
      attendeeEmail: data.attendeeEmail === undefined ? current.attendeeEmail : data.attendeeEmail,
      location: data.location === undefined ? current.location : data.location,
      notes: data.notes === undefined ? current.notes : data.notes,
      updatedAt: clock.now().toISOString(),
      version: current.version + 1,
    };
    const moved = next.start !== current.start || next.end !== current.end;
    if (moved && current.status !== 'confirmed') throw new ConflictError(`booking ${id} is cancelled`);
    const main = store.replaceSteps(tenantId, current, next);
    if (!moved) {
      await transact(db, main);
      return next;
    }
    const from = spanOf(current);
    const to = parseInterval(next.start, next.end);
    await writeWithClaims(db, {
      tenantId,
      bookingId: id,
      from,
      to,
      changes: claimChanges(from, to),
      main,
      onConflict: conflictWith(next, to),
    });
    return next;
  };

  /** Writes `write(current)` and gives up the booking's claims with it (a confirmed booking holds them). */
  const freeSlot = async (
    tenantId: string,
    id: string,
    expectedVersion: number | undefined,
    write: (current: Booking) => TransactStep,
  ): Promise<Booking> => {
    const current = await get(tenantId, id);
    assertExpectedVersion('booking', id, current, expectedVersion);
    const from = current.status === 'confirmed' ? spanOf(current) : undefined;
    await writeWithClaims(db, {
      tenantId,
      bookingId: id,
      from,
      changes: from ? claimChanges(from, undefined) : [],
      main: [write(current)],
      onConflict: () => new ConflictError(`booking ${id}: its slot claims are held by another booking`),
    });
    return current;
  };

  /**
   * Cancels and frees the slot. Cancelling a cancelled booking returns it unchanged (`changed: false`), except for
   * the `cancelKey` that cancelled it (a retried step): that repeat reports the change again, so the caller can
   * finish what it does after cancelling (publish booking.cancelled).
   */
  const cancel = async (
    tenantId: string,
    id: string,
    options: { reason?: string; expectedVersion?: number; cancelKey?: string } = {},
  ): Promise<{ booking: Booking; changed: boolean }> => {
    const raw = mustExist(
      'booking',
      id,
      await findById(db, 'booking', id, bookingKey(tenantId, id), (i) => i),
    );
    const existing = toBooking(raw);
    if (existing.status === 'cancelled') {
      const repeat = options.cancelKey !== undefined && raw.cancelledByKey === options.cancelKey;
      return { booking: existing, changed: repeat };
    }
    const at = clock.now().toISOString();
    let next: Booking | undefined;
    try {
      await freeSlot(tenantId, id, options.expectedVersion, (current) => {
        next = {
          ...current,
          status: 'cancelled',
          cancelledAt: at,
          cancelReason: options.reason ?? null,
          updatedAt: at,
          version: current.version + 1,
        };
        return {
          label: `booking ${id}`,
          onConditionFailed: () => new VersionConflictError('booking', id, current.version),
          item: {
            Put: {
              TableName: db.tableName,
              Item: {
                ...store.item(tenantId, next),
                ...(options.cancelKey ? { cancelledByKey: options.cancelKey } : {}),
              },
              ConditionExpression: 'version = :v AND #status = :confirmed',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':v': current.version, ':confirmed': 'confirmed' },
            },
          },
        };
      });
    } catch (error) {
      // Cancelled concurrently by someone else: the outcome is the same.
      const now = await find(tenantId, id);
      if (now?.status === 'cancelled' && options.expectedVersion === undefined)
        return { booking: now, changed: false };
      throw error;
    }
    return { booking: next!, changed: true };
  };

  /** Removes the booking entirely (and frees its slot). */
  const remove = async (
    tenantId: string,
    id: string,
    options: { expectedVersion?: number } = {},
  ): Promise<void> => {
    await freeSlot(tenantId, id, options.expectedVersion, (current) =>
      deleteAtVersionStep(db, 'booking', id, bookingKey(tenantId, id), current.version),
    );
  };

  /** In start order. */
  const list = async (tenantId: string, filters: BookingFilters = {}): Promise<Page<Booking>> => {
    const byLead = filters.leadId !== undefined;
    if (byLead) assertId('lead', filters.leadId!);
    const values: Item = {
      ':p': byLead
        ? tenantKey(tenantId, 'BOOKINGS', 'LEAD', filters.leadId!)
        : tenantKey(tenantId, 'BOOKINGS'),
    };
    const sk = byLead ? 'gsi2sk' : 'gsi1sk';
    let keyCondition = `${byLead ? 'gsi2pk' : 'gsi1pk'} = :p`;
    if (filters.from || filters.to) {
      const iso = (name: string, v: string) => {
        const ms = Date.parse(v);
        if (!Number.isFinite(ms)) throw new BadRequestError(`${name} must be an ISO-8601 date-time`);
        return new Date(ms).toISOString();
      };
      const from = filters.from ? iso('from', filters.from) : undefined;
      // A booking lasts at most MAX_BOOKING_MS, so one overlapping `from` started at most that long before it.
      values[':from'] =
        from && filters.overlapping
          ? new Date(Date.parse(from) - MAX_BOOKING_MS).toISOString()
          : (from ?? '0');
      values[':to'] = filters.to ? iso('to', filters.to) : '9';
      keyCondition += ` AND ${sk} BETWEEN :from AND :to`;
      if (from && filters.overlapping) values[':overlapFrom'] = from;
    }
    const names: Record<string, string> = {};
    const conditions: string[] = [];
    if (filters.status) {
      names['#status'] = 'status';
      values[':status'] = bookingSchemas().BookingStatus.parse(filters.status);
      conditions.push('#status = :status');
    }
    if (values[':overlapFrom'] !== undefined) {
      names['#end'] = 'end';
      conditions.push('#end > :overlapFrom');
    }
    const filter = conditions.length ? conditions.join(' AND ') : undefined;
    const page = await store.list(
      tenantId,
      { index: byLead ? GSI2 : GSI1, keyCondition, names, values, ...(filter ? { filter } : {}) },
      filters,
    );
    // BETWEEN is inclusive; `to` is exclusive.
    const items = page.items.filter((b) => !filters.to || b.start < new Date(filters.to).toISOString());
    return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
  };

  /** Confirmed bookings overlapping [from, to), from their slot claims (one Query, no read of the bookings). */
  const busyIntervals = async (tenantId: string, fromMs: number, toMs: number): Promise<BusyInterval[]> => {
    if (toMs <= fromMs) return [];
    if (toMs - fromMs > 400 * DAY_MS) throw new BadRequestError('the window is limited to 400 days');
    const busy = await readClaims(db, tenantId, fromMs, toMs);
    return busy.filter((b) => b.start < toMs && fromMs < b.end).sort((a, b) => a.start - b.start);
  };

  return {
    create,
    find,
    get,
    update,
    cancel,
    delete: remove,
    list,
    busyIntervals,
    /** The booking's item key and its parser, for a caller that reads it in a batch with other items. */
    keyOf: store.key,
    fromItem: store.fromItem,
  };
};

export type BookingRepository = ReturnType<typeof createBookingRepository>;
