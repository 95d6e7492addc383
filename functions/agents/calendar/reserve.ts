import {
  type Booking,
  BookingConflictError,
  type BookingRepository,
  type BusyInterval,
  placesToLeave,
  type Reservation,
} from '../../data/bookings';
import { VersionConflictError } from '../../data/repository';
import { type BusinessHours, eachFreeSlot, findFreeSlot, type Interval } from './slots';

/**
 * Booking "the next free slot" when many runs ask at once (see functions/data/bookings/reservations.ts): the booker
 * leaves the first free slots to the earlier bookers of its cohort it does not see yet, books the next one, and after
 * a lost claim moves on to the next free slot of what it already knows (the claim it lost says which booking was in
 * the way) instead of reading again.
 */

const DAY_MS = 86_400_000;
/** Calendar read ahead at first; doubled each time the search runs out of it. */
const FIRST_READ_MS = 7 * DAY_MS;
/** Claims a booker may lose before it gives the step back to the state machine's retry. */
export const MAX_LOST_CLAIMS = 25;

export interface SlotRequest {
  readonly earliest: number;
  readonly latest: number;
  readonly durationMs: number;
  readonly timeZone: string;
  readonly businessHours: BusinessHours;
}

export type BookingOutcome =
  | { readonly booked: Booking; readonly lostClaims: number }
  | { readonly full: true }
  | { readonly contended: BookingConflictError | VersionConflictError; readonly lostClaims: number };

/** The calendar read so far: days are read as the search reaches them. */
const createCalendarView = (bookings: BookingRepository, tenantId: string, req: SlotRequest) => {
  const busy: BusyInterval[] = [];
  let readUntil = req.earliest;
  let span = FIRST_READ_MS;
  return {
    busy,
    get readUntil() {
      return readUntil;
    },
    /** Reads further ahead; false when the whole window has been read. */
    async extend(): Promise<boolean> {
      if (readUntil >= req.latest) return false;
      const until = Math.min(req.latest, readUntil + span);
      for (const b of await bookings.busyIntervals(tenantId, readUntil, until)) {
        if (!busy.some((x) => x.bookingId === b.bookingId)) busy.push(b);
      }
      readUntil = until;
      span *= 2;
      return true;
    },
  };
};

/**
 * Books the free slot for `reservation`, or the next free one after each lost claim. `book` writes one
 * candidate (the booking repository's create with the step's booking id).
 */
export const bookNextFreeSlot = async (
  bookings: BookingRepository,
  tenantId: string,
  req: SlotRequest,
  reservation: Reservation,
  book: (slot: Interval) => Promise<Booking>,
): Promise<BookingOutcome> => {
  const view = createCalendarView(bookings, tenantId, req);
  const lost: Interval[] = [];
  /** The search looks a day ahead first, then a week, then all that was read: it stays small where slots are. */
  const search = (busy: readonly Interval[], from: number) => {
    for (const horizon of [DAY_MS, 7 * DAY_MS, Number.POSITIVE_INFINITY]) {
      const latest = Math.min(view.readUntil, from + horizon);
      const near = busy.filter((b) => b.end > from && b.start < latest);
      const slot = findFreeSlot({ ...req, earliest: from, latest, busy: near });
      if (slot || latest === view.readUntil) return slot;
    }
    return undefined;
  };
  /** The first free slot from `from` on, reading further ahead as needed. */
  const nextFree = async (busyOf: () => readonly Interval[], from: number): Promise<Interval | undefined> => {
    for (;;) {
      const slot = search(busyOf(), from);
      if (slot) return slot;
      if (!(await view.extend())) return undefined;
    }
  };
  const everything = () => [...view.busy, ...lost];

  // The free slots before this booker's belong to the earlier bookers of its cohort that it does not see yet.
  const placeSlot = async (): Promise<Interval | undefined> => {
    for (;;) {
      const leave = placesToLeave(reservation, view.busy);
      let skipped = 0;
      for (const slot of eachFreeSlot({ ...req, latest: view.readUntil, busy: everything() })) {
        if (skipped === leave) return slot;
        skipped++;
      }
      if (!(await view.extend())) return undefined;
    }
  };
  let candidate = await placeSlot();
  let lostClaims = 0;
  let lastLoss: BookingConflictError | VersionConflictError | undefined;
  for (;;) {
    const slot = candidate;
    const taken = slot && everything().find((b) => b.start < slot.end && slot.start < b.end);
    if (!slot || taken) {
      candidate = await nextFree(everything, slot ? slot.start : req.earliest);
      if (candidate) continue;
      // Nothing left of the window: a full calendar, unless slots were lost to bookers that may still give up.
      return lastLoss ? { contended: lastLoss, lostClaims } : { full: true };
    }
    try {
      return { booked: await book(slot), lostClaims };
    } catch (error) {
      if (!(error instanceof BookingConflictError || error instanceof VersionConflictError)) throw error;
      lostClaims++;
      lastLoss = error;
      if (lostClaims >= MAX_LOST_CLAIMS) return { contended: error, lostClaims };
      lost.push(slot);
      const inTheWay = error instanceof BookingConflictError ? error.conflicting : undefined;
      if (inTheWay) lost.push(inTheWay);
    }
  }
};
