import type { BOOKING_DAYS } from '../../../statemachines/catalogue/calendar-billing';
import type { TaskMeta } from '../../../statemachines/contracts';
import { parseDuration } from '../../../statemachines/duration';
import { eventSource } from '../../../statemachines/events';
import { isValidTimeZone, localMidnight, zonedParts } from '../../../statemachines/time-zones';
import {
  type Booking,
  createBookingRepository,
  finishReservation,
  reservationDone,
  takeReservation,
} from '../../data/bookings';
import { interestFromItem, versionKey } from '../../data/event-interest';
import { createLeadRepository, toLeadSummary } from '../../data/leads';
import { assertId, batchGetAll, batchWriteAll, type Item, type ItemKey } from '../../data/repository';
import { settingsKey } from '../../data/tenants/schema';
import { ConflictError, NonRetriableError, NotFoundError, RetriableError } from '../../shared/errors';
import type { Clock, Database, EventPublisher, ItemWrite, PublishedEvent } from '../../shared/ports';
import { bookingsText } from '../found-text';
import { type AgentParts, taskEntityId, taskEventId, taskIdempotencyKey } from '../runner';
import { bookNextFreeSlot } from './reserve';
import {
  type BusinessHours,
  DEFAULT_BUSINESS_HOURS,
  DEFAULT_TIMEZONE,
  findFreeSlot,
  type Interval,
} from './slots';

/**
 * What the calendar needs from the tenant's settings. functions/data/tenants.ts (createTenantRepository) satisfies
 * it; absent fields fall back to Mon–Fri 09:00–17:00 UTC.
 */
interface CalendarSettings {
  readonly timezone?: string | undefined;
  readonly businessHours?: BusinessHours | undefined;
}
export interface TenantSettingsReader {
  getTenantSettings(tenantId: string): Promise<CalendarSettings>;
  /** The settings from their stored item (read in a batch with the step's other items). */
  settingsFromItem?(tenantId: string, item: Item | undefined): CalendarSettings;
}

export interface CalendarAgentDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly settings?: TenantSettingsReader;
}

/** No free slot of the requested length inside business hours within the window. */
export class NoFreeSlotError extends ConflictError {}

const noFreeSlot = (durationMs: number, timeZone: string, earliest: number, latest: number) =>
  new NoFreeSlotError(
    `No free ${durationMs / 60_000}-minute slot within business hours (${timeZone}) between ${new Date(earliest).toISOString()} and ${new Date(latest).toISOString()}`,
  );

interface ScheduleInput {
  readonly title: string;
  readonly earliest?: string | undefined;
  readonly within?: string | undefined;
  readonly durationMinutes?: number | undefined;
  readonly attendeeEmail?: string | undefined;
  readonly leadId?: string | undefined;
  readonly location?: string | undefined;
}

const FIND_PAGE = 100;

type BookingDay = (typeof BOOKING_DAYS)[number];

/** [from, to) of a day calendar.find names, at `now` in the tenant's zone: "this week" ends at next Monday's start. */
export const dayWindow = (day: BookingDay, now: number, zone: string): { from: string; to: string } => {
  const midnight = (daysAhead: number) => new Date(localMidnight(now, zone, -daysAhead)).toISOString();
  switch (day) {
    case 'today':
      return { from: midnight(0), to: midnight(1) };
    case 'tomorrow':
      return { from: midnight(1), to: midnight(2) };
    case 'this-week':
      return { from: midnight(0), to: midnight(7 - zonedParts(now, zone).weekday) };
    case 'next-7-days':
      return { from: midnight(0), to: midnight(7) };
  }
};

const toBookingSummary = (b: Booking) => ({
  id: b.id,
  title: b.title,
  start: b.start,
  end: b.end,
  status: b.status,
  attendeeEmail: b.attendeeEmail ?? null,
  leadId: b.leadId ?? null,
  location: b.location ?? null,
});

const DEFAULT_DURATION_MINUTES = 30;
const DEFAULT_WITHIN = 'P14D';

export const createCalendarAgent = (deps: CalendarAgentDeps): AgentParts => {
  const bookings = createBookingRepository(deps);
  const leads = createLeadRepository(deps);

  const calendarFrom = (s: CalendarSettings) => {
    const timeZone = s.timezone && isValidTimeZone(s.timezone) ? s.timezone : DEFAULT_TIMEZONE;
    return { timeZone, businessHours: s.businessHours ?? DEFAULT_BUSINESS_HOURS };
  };
  type Calendar = ReturnType<typeof calendarFrom>;
  const calendarOf = async (tenantId: string): Promise<Calendar> =>
    calendarFrom(deps.settings ? await deps.settings.getTenantSettings(tenantId) : {});

  /**
   * What calendar.schedule needs before it books, from one strongly consistent BatchGetItem: its lead (a missing
   * one is NotFoundError, as leads.get), the booking an earlier attempt of the step made, the tenant's calendar, and
   * who listens to booking.created (PublishedEvent.interest: the event is routed by what is stored before the step
   * books, as the supervisor's start routes workflow.started by its first read; docs/event-routing.md).
   */
  const readStep = async (tenantId: string, leadId: string | undefined, bookingId: string) => {
    if (leadId !== undefined) assertId('lead', leadId);
    const settings = deps.settings;
    const inBatch = settings?.settingsFromItem !== undefined;
    const bookingKey = bookings.keyOf(tenantId, bookingId);
    const leadKey = leadId !== undefined ? leads.keyOf(tenantId, leadId) : undefined;
    const settingsItemKey = settingsKey(tenantId);
    const interestKey = versionKey(tenantId, 'booking.created');
    const readAtMs = deps.clock.now().getTime();
    const items = await batchGetAll(deps.db, [
      bookingKey,
      ...(leadKey ? [leadKey] : []),
      ...(inBatch ? [settingsItemKey] : []),
      interestKey,
    ]);
    const at = (k: ItemKey) => items.find((i) => i.pk === k.pk && i.sk === k.sk);
    const leadItem = leadKey && at(leadKey);
    if (leadId !== undefined && !leadItem) throw new NotFoundError('lead', leadId);
    const bookingItem = at(bookingKey);
    return {
      lead: leadItem ? leads.fromItem(leadItem) : undefined,
      booking: bookingItem ? bookings.fromItem(bookingItem) : undefined,
      createdInterest: { ...interestFromItem(at(interestKey)), readAtMs },
      calendar: inBatch
        ? calendarFrom(settings?.settingsFromItem?.(tenantId, at(settingsItemKey)) ?? {})
        : await calendarOf(tenantId),
    };
  };

  const windowOf = (input: { earliest?: string | undefined; within?: string | undefined }) => {
    const now = deps.clock.now().getTime();
    const requested = input.earliest ? Date.parse(input.earliest) : now;
    const earliest = Math.max(now, requested);
    const within = parseDuration(input.within ?? DEFAULT_WITHIN);
    if (!within.ok) throw new NonRetriableError(`within: ${within.message}`);
    if (within.seconds > 366 * 86_400) throw new NonRetriableError('within: at most one year (P366D)');
    return { earliest, latest: earliest + within.seconds * 1000 };
  };

  const nextSlot = async (
    tenantId: string,
    input: {
      earliest?: string | undefined;
      within?: string | undefined;
      durationMinutes?: number | undefined;
    },
  ): Promise<Interval> => {
    const { timeZone, businessHours } = await calendarOf(tenantId);
    const { earliest, latest } = windowOf(input);
    const durationMs = (input.durationMinutes ?? DEFAULT_DURATION_MINUTES) * 60_000;
    const busy = await bookings.busyIntervals(tenantId, earliest, latest);
    const slot = findFreeSlot({ earliest, latest, durationMs, timeZone, businessHours, busy });
    if (!slot) throw noFreeSlot(durationMs, timeZone, earliest, latest);
    return slot;
  };

  /**
   * Books the next free slot for this step (reserve.ts): a place in the cohort, then the next free slot per lost claim.
   * A booking of its own comes with its ticket's done mark, for the caller to write with booking.created's feed items
   * (reservations.ts); a ticket that booked nothing is marked done here.
   */
  const schedule = async (
    tenantId: string,
    bookingId: string,
    input: ScheduleInput,
    lead: { readonly email: string } | undefined,
    { timeZone, businessHours }: Calendar,
  ): Promise<{ readonly booking: Booking; readonly done?: ItemWrite }> => {
    const { earliest, latest } = windowOf(input);
    const durationMs = (input.durationMinutes ?? DEFAULT_DURATION_MINUTES) * 60_000;
    const reservation = await takeReservation(deps.db, tenantId, deps.clock.now().getTime());
    const finish = () => finishReservation(deps.db, tenantId, reservation, deps.clock.now().getTime());
    const book = (slot: Interval) =>
      bookings.create(
        tenantId,
        {
          title: input.title,
          start: new Date(slot.start).toISOString(),
          end: new Date(slot.end).toISOString(),
          ...(input.attendeeEmail
            ? { attendeeEmail: input.attendeeEmail }
            : lead
              ? { attendeeEmail: lead.email }
              : {}),
          ...(input.leadId ? { leadId: input.leadId } : {}),
          ...(input.location ? { location: input.location } : {}),
        },
        { id: bookingId, reservation: reservation.key },
      );
    const outcome = await bookNextFreeSlot(
      bookings,
      tenantId,
      { earliest, latest, durationMs, timeZone, businessHours },
      reservation,
      book,
    )
      .catch(async (error: unknown) => {
        // The same step running twice at once (a duplicated invocation): the other one booked it.
        const existing =
          error instanceof ConflictError ? await bookings.find(tenantId, bookingId) : undefined;
        if (existing) return { bookedByAnother: existing };
        throw error;
      })
      .catch(async (error: unknown) => {
        await finish();
        throw error;
      });
    if ('booked' in outcome)
      return {
        booking: outcome.booked,
        done: reservationDone(tenantId, reservation, deps.clock.now().getTime()),
      };
    await finish();
    if ('bookedByAnother' in outcome) return { booking: outcome.bookedByAnother };
    if ('full' in outcome) throw noFreeSlot(durationMs, timeZone, earliest, latest);
    // Contention, not a full calendar: the state machine retries the step.
    throw new RetriableError(
      `Lost ${outcome.lostClaims} slot claims to concurrent bookings; trying again later`,
      { cause: outcome.contended },
    );
  };

  /**
   * `writes`: idempotent puts to make with the event's feed items (one BatchWriteItem), else before publishing;
   * `interest`: who listens to the type, read earlier in this invocation.
   */
  const publish = async (
    meta: TaskMeta,
    name: 'booking.created' | 'booking.cancelled',
    detail: Record<string, unknown>,
    { writes = [], interest }: { writes?: readonly ItemWrite[]; interest?: PublishedEvent['interest'] } = {},
  ) => {
    const events = [
      {
        detailType: name,
        source: eventSource(name),
        id: taskEventId(meta, name),
        detail: { tenantId: meta.tenantId, ...detail },
        ...(interest ? { interest } : {}),
      },
    ];
    if (writes.length === 0) return deps.bus.publish(events);
    if (deps.bus.publishWithWrites) return deps.bus.publishWithWrites(events, writes);
    await batchWriteAll(deps.db, writes);
    await deps.bus.publish(events);
  };

  return {
    // The booking is written under the step's own id (taskEntityId) and found again by a retried or duplicated step.
    selfDeduplicating: ['calendar.schedule'],
    executors: {
      'calendar.schedule': async (input, meta) => {
        // A retry after a failure past the booking (publishing, say) finds that booking instead of taking a second slot.
        const bookingId = taskEntityId(meta, 'bk');
        const step = await readStep(meta.tenantId, input.leadId, bookingId);
        const { lead } = step;
        const { booking, done } = step.booking
          ? { booking: step.booking, done: undefined }
          : await schedule(meta.tenantId, bookingId, input, lead, step.calendar);
        // The ticket's done mark rides in the event's feed batch: its booking is committed, so visible already.
        await publish(
          meta,
          'booking.created',
          { booking, leadId: booking.leadId, ...(lead ? { lead: toLeadSummary(lead) } : {}) },
          { writes: done ? [done] : [], interest: step.createdInterest },
        );
        return { bookingId: booking.id, start: booking.start, end: booking.end, title: booking.title };
      },

      'calendar.find': async (input, meta) => {
        // the zone names the day, and the times of the text
        const { timeZone } = await calendarOf(meta.tenantId);
        const window = input.day
          ? dayWindow(input.day, deps.clock.now().getTime(), timeZone)
          : { from: input.from, to: input.to };
        const wanted = input.limit ?? 100;
        const found: Booking[] = [];
        let cursor: string | undefined;
        do {
          const page = await bookings.list(meta.tenantId, {
            ...(window.from ? { from: window.from } : {}),
            ...(window.to ? { to: window.to } : {}),
            status: input.status ?? 'confirmed',
            ...(input.leadId ? { leadId: input.leadId } : {}),
            limit: Math.min(FIND_PAGE, wanted - found.length),
            ...(cursor ? { cursor } : {}),
          });
          found.push(...page.items.filter((b) => !input.withAttendee || b.attendeeEmail));
          cursor = page.cursor;
        } while (cursor && found.length < wanted);
        const listed = found.slice(0, wanted).map(toBookingSummary);
        return { bookings: listed, count: listed.length, text: bookingsText(listed, timeZone, input.day) };
      },

      'calendar.cancel': async (input, meta) => {
        const { booking, changed } = await bookings.cancel(meta.tenantId, input.bookingId, {
          ...(input.reason ? { reason: input.reason } : {}),
          // A retry after booking.cancelled failed to publish is told the cancellation was this step's, and publishes.
          cancelKey: taskIdempotencyKey('calendar.cancel', meta),
        });
        if (changed) await publish(meta, 'booking.cancelled', { booking, reason: input.reason ?? null });
        return { bookingId: booking.id, status: booking.status };
      },
    },
    previews: {
      'calendar.schedule': async (input, meta) => {
        const slot = await nextSlot(meta.tenantId, input);
        return {
          bookingId: 'dry-run',
          start: new Date(slot.start).toISOString(),
          end: new Date(slot.end).toISOString(),
          title: input.title,
        };
      },
      'calendar.cancel': async (input, meta) => {
        const existing = await bookings.get(meta.tenantId, input.bookingId).catch((e: unknown) => {
          if (e instanceof NotFoundError) throw new NonRetriableError(e.message);
          throw e;
        });
        return { bookingId: existing.id, status: 'cancelled' };
      },
    },
  };
};
