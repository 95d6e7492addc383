/**
 * Calendar bookings that can never overlap, also when requests race.
 *
 *   booking       pk T#<t>#BOOKING#<id>        sk BOOKING   gsi1 T#<t>#BOOKINGS / <start>#<id>
 *                                                           gsi2 T#<t>#BOOKINGS#LEAD#<leadId> / <start>#<id>
 *   calendar day  pk T#<t>#CALDAY#<YYYY-MM-DD>  sk CALDAY    version, slots [{ b: bookingId, s: startMs, e: endMs }]
 *
 * Every confirmed booking is listed in the calendar-day item of each UTC day it touches. Booking = read those day
 * items, check the new interval against their slots, then one transaction that writes the booking and every day
 * item conditioned on the version that was read (and bumps it). Two overlapping bookings share at least one day, so
 * they race on the same day item and only one transaction can commit; the other re-reads and sees the overlap.
 * Cancelling removes the slot in the same way, which frees it.
 */
export * from './repository';
export * from './reservations';
export * from './schema';
export { GRANULE_MS, granuleRoles } from './slot-claims';
