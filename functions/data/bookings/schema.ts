import * as z from 'zod/mini';
import { builtOnFirstUse } from '../../../statemachines/zod-kit';
import { emailAddress } from '../../shared/email-address';
import { ConflictError } from '../../shared/errors';
import type { PageRequest } from '../repository';

export const BOOKING_STATUSES = ['confirmed', 'cancelled'] as const;
export type BookingStatus = z.infer<typeof BookingStatus>;

export const MAX_BOOKING_MS = 7 * 86_400_000;

export type Booking = z.infer<typeof Booking>;

export type NewBooking = z.infer<typeof NewBooking>;

export type BookingPatch = z.infer<typeof BookingPatch>;

export interface BookingFilters extends PageRequest {
  /** Bookings starting at or after (ISO). */
  readonly from?: string;
  /** Bookings starting before (ISO). */
  readonly to?: string;
  readonly status?: BookingStatus;
  readonly leadId?: string;
  /** With `from`/`to`: bookings overlapping [from, to) instead of starting in it (calendar views). */
  readonly overlapping?: boolean;
}

export interface BusyInterval {
  readonly bookingId: string;
  readonly start: number;
  readonly end: number;
  /** The reservation (cohort place) the booking was made under, when it was made through one (reservations.ts). */
  readonly reservation?: string;
}

/** The interval overlaps a confirmed booking. */
export class BookingConflictError extends ConflictError {
  readonly conflictingBookingId: string;
  /** The interval of the booking in the way, when known (a lost slot claim tells it). */
  readonly conflicting: BusyInterval | undefined;
  constructor(start: string, end: string, conflictingBookingId: string, conflicting?: BusyInterval) {
    super(`${start} – ${end} overlaps booking ${conflictingBookingId}`);
    this.conflictingBookingId = conflictingBookingId;
    this.conflicting = conflicting;
  }
}

/**
 * The booking schemas, built on the first call and kept: a function that serves other collections (api-data answers
 * six) never builds them, and one that parses booking builds them on its first parse. The exports below are the same
 * schemas by name, for code that reads them at its own module scope; a bundle that reads only `bookingSchemas()` drops
 * them.
 */
export const bookingSchemas = /* @__PURE__ */ builtOnFirstUse(() => {
  const BookingStatus = z.enum(BOOKING_STATUSES);

  const Booking = z.object({
    id: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string(),
    status: BookingStatus,
    attendeeEmail: z.nullable(z.string()),
    leadId: z.nullable(z.string()),
    location: z.nullable(z.string()),
    notes: z.nullable(z.string()),
    cancelledAt: z.nullable(z.string()),
    cancelReason: z.nullable(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  });

  const IsoDateTime = z.iso.datetime({ offset: true });

  const NewBooking = z.object({
    title: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200)),
    start: IsoDateTime,
    end: IsoDateTime,
    attendeeEmail: z.optional(emailAddress()),
    leadId: z.optional(z.string().check(z.maxLength(128))),
    location: z.optional(z.string().check(z.maxLength(500))),
    notes: z.optional(z.string().check(z.maxLength(5000))),
  });

  const BookingPatch = z.object({
    title: z.optional(z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200))),
    start: z.optional(IsoDateTime),
    end: z.optional(IsoDateTime),
    attendeeEmail: z.optional(z.nullable(emailAddress())),
    location: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
    notes: z.optional(z.nullable(z.string().check(z.maxLength(5000)))),
  });

  return { BookingStatus, Booking, IsoDateTime, NewBooking, BookingPatch };
});

export const BookingStatus = /* @__PURE__ */ (() => bookingSchemas().BookingStatus)();
export const Booking = /* @__PURE__ */ (() => bookingSchemas().Booking)();
export const NewBooking = /* @__PURE__ */ (() => bookingSchemas().NewBooking)();
export const BookingPatch = /* @__PURE__ */ (() => bookingSchemas().BookingPatch)();
