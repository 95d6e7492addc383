import * as z from 'zod/mini';
import { builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import {
  type BookingPatch,
  bookingSchemas,
  createBookingRepository,
  type NewBooking,
} from '../../data/bookings';
import { toLeadSummary } from '../../data/leads';
import type { Platform } from '../../shared/platform';
import { type CollectionAdapter, type CollectionSpec, dataEvent, defined } from '../data-modules';
import { Cursor, Limit, pageView } from '../schemas';
import { ExpectedVersion, IsoTime, leadReferences, orUndefined } from './common';

const BookingsQuery = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    limit: Limit,
    cursor: Cursor,
    from: described(z.optional(IsoTime), 'Bookings starting at or after'),
    to: described(z.optional(IsoTime), 'Bookings starting before'),
    status: z.optional(bookingSchemas().BookingStatus),
    leadId: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(128))),
  }),
);

const BookingUpdate = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.strictObject({
      ...bookingSchemas().BookingPatch.shape,
      /** `cancelled` cancels the booking (frees the slot, emits booking.cancelled). */
      status: z.optional(z.literal('cancelled')),
      cancelReason: z.optional(z.string().check(z.maxLength(1000))),
      expectedVersion: ExpectedVersion,
    }),
    { id: 'BookingPatch' },
  ),
);

export const bookingsSpec: CollectionSpec = {
  name: 'bookings',
  title: 'Booking',
  item: builtOnFirstUse(() => withMeta(bookingSchemas().Booking, { id: 'Booking' })),
  createBody: builtOnFirstUse(() =>
    withMeta(z.strictObject(bookingSchemas().NewBooking.shape), { id: 'NewBooking' }),
  ),
  updateBody: BookingUpdate,
  listQuery: BookingsQuery,
  unprocessableWrites: true,
};

export const bookingsAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createBookingRepository({ db: platform.db, clock: platform.clock });
  const leadOf = leadReferences(platform);
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<ReturnType<typeof BookingsQuery>>)));
    },
    async create(tenantId, body) {
      const input = body as NewBooking;
      const lead = await leadOf(tenantId, input.leadId, 'The booking');
      const booking = await repo.create(tenantId, input);
      return {
        item: booking,
        events: [
          dataEvent(clock, tenantId, 'booking.created', {
            booking,
            leadId: booking.leadId,
            ...(lead ? { lead: toLeadSummary(lead) } : {}),
          }),
        ],
      };
    },
    get: (tenantId, id) => orUndefined(repo.get(tenantId, id)),
    async update(tenantId, id, body) {
      const { expectedVersion, status, cancelReason, ...patch } = body as z.infer<
        ReturnType<typeof BookingUpdate>
      >;
      let booking =
        Object.keys(defined(patch)).length > 0
          ? await repo.update(tenantId, id, patch as BookingPatch, defined({ expectedVersion }))
          : await repo.get(tenantId, id);
      if (status !== 'cancelled') return { item: booking, events: [] };
      const cancelled = await repo.cancel(tenantId, id, defined({ reason: cancelReason }));
      booking = cancelled.booking;
      return {
        item: booking,
        events: cancelled.changed
          ? [dataEvent(clock, tenantId, 'booking.cancelled', { booking, reason: cancelReason ?? null })]
          : [],
      };
    },
    async remove(tenantId, id) {
      const existing = await repo.get(tenantId, id);
      await repo.delete(tenantId, id);
      return {
        item: null,
        events:
          existing.status === 'confirmed'
            ? [dataEvent(clock, tenantId, 'booking.cancelled', { booking: existing, reason: 'deleted' })]
            : [],
      };
    },
  };
};
