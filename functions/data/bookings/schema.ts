import * as z from 'zod';
import { ConflictError } from '../../shared/errors';
import type { PageRequest } from '../repository';

export const BOOKING_STATUSES = ['confirmed', 'cancelled'] as const;
export const BookingStatus = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof BookingStatus>;

export const MAX_BOOKING_MS = 7 * 86_400_000;

export const Booking = z.object({
  id: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  status: BookingStatus,
  attendeeEmail: z.string().nullable(),
  leadId: z.string().nullable(),
  location: z.string().nullable(),
  notes: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Booking = z.infer<typeof Booking>;

const IsoDateTime = z.iso.datetime({ offset: true });

export const NewBooking = z.object({
  title: z.string().trim().min(1).max(200),
  start: IsoDateTime,
  end: IsoDateTime,
  attendeeEmail: z.email().optional(),
  leadId: z.string().max(128).optional(),
  location: z.string().max(500).optional(),
  notes: z.string().max(5000).optional(),
});
export type NewBooking = z.infer<typeof NewBooking>;

export const BookingPatch = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  start: IsoDateTime.optional(),
  end: IsoDateTime.optional(),
  attendeeEmail: z.email().nullable().optional(),
  location: z.string().max(500).nullable().optional(),
  notes: z.string().max(5000).nullable().optional(),
});
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
