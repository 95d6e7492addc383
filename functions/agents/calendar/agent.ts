import type { TaskMeta } from '../../../statemachines/contracts';
import { parseDuration } from '../../../statemachines/duration';
import { eventSource } from '../../../statemachines/events';
import { isValidTimeZone } from '../../../statemachines/time-zones';
import { type Booking, BookingConflictError, createBookingRepository } from '../../data/bookings';
import { createLeadRepository, toLeadSummary } from '../../data/leads';
import { ConflictError, NonRetriableError, NotFoundError, RetriableError } from '../../shared/errors';
import type { Clock, Database, EventPublisher } from '../../shared/ports';
import { POLICIES, retry } from '../../shared/retry';
import { type AgentParts, taskEntityId, taskEventId, taskIdempotencyKey } from '../runner';
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
export interface TenantSettingsReader {
  getTenantSettings(
    tenantId: string,
  ): Promise<{ readonly timezone?: string | undefined; readonly businessHours?: BusinessHours | undefined }>;
}

export interface CalendarAgentDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly settings?: TenantSettingsReader;
}

/** No free slot of the requested length inside business hours within the window. */
export class NoFreeSlotError extends ConflictError {}

const DEFAULT_DURATION_MINUTES = 30;
const DEFAULT_WITHIN = 'P14D';

export const createCalendarAgent = (deps: CalendarAgentDeps): AgentParts => {
  const bookings = createBookingRepository(deps);
  const leads = createLeadRepository(deps);

  const calendarOf = async (tenantId: string) => {
    const s = deps.settings ? await deps.settings.getTenantSettings(tenantId) : {};
    const timeZone = s.timezone && isValidTimeZone(s.timezone) ? s.timezone : DEFAULT_TIMEZONE;
    return { timeZone, businessHours: s.businessHours ?? DEFAULT_BUSINESS_HOURS };
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
    if (!slot) {
      throw new NoFreeSlotError(
        `No free ${durationMs / 60_000}-minute slot within business hours (${timeZone}) between ${new Date(earliest).toISOString()} and ${new Date(latest).toISOString()}`,
      );
    }
    return slot;
  };

  const publish = async (
    meta: TaskMeta,
    name: 'booking.created' | 'booking.cancelled',
    detail: Record<string, unknown>,
  ) =>
    deps.bus.publish([
      {
        detailType: name,
        source: eventSource(name),
        id: taskEventId(meta, name),
        detail: { tenantId: meta.tenantId, ...detail },
      },
    ]);

  return {
    executors: {
      'calendar.schedule': async (input, meta) => {
        const lead = input.leadId ? await leads.get(meta.tenantId, input.leadId) : undefined;
        // A retry after a failure past the booking (publishing, say) finds that booking instead of taking a second slot.
        const bookingId = taskEntityId(meta, 'bk');
        // A lost race (someone booked the slot between our read and our write) re-reads the calendar and tries the
        // next free slot, spread apart by the backoff: racing bookers all computed the same "next free slot".
        const booking: Booking =
          (await bookings.find(meta.tenantId, bookingId)) ??
          (await retry(
            async () => {
              const slot = await nextSlot(meta.tenantId, input);
              return bookings.create(
                meta.tenantId,
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
                { id: bookingId },
              );
            },
            POLICIES.bookingRace,
            { retryOn: (error) => error instanceof BookingConflictError },
          ).catch((error: unknown) => {
            if (!(error instanceof BookingConflictError)) throw error;
            // Contention, not a full calendar (that is NoFreeSlotError): the state machine retries the step.
            throw new RetriableError(
              `Lost ${POLICIES.bookingRace.attempts} races for the next free slot to concurrent bookings; trying again later`,
              { cause: error },
            );
          }));
        await publish(meta, 'booking.created', {
          booking,
          leadId: booking.leadId,
          ...(lead ? { lead: toLeadSummary(lead) } : {}),
        });
        return { bookingId: booking.id, start: booking.start, end: booking.end, title: booking.title };
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
