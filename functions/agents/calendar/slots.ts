import { localTimeToInstant, zonedParts } from '../../../statemachines/time-zones';
import { utcWeekday, type Weekday } from '../../../statemachines/working-week';

/**
 * Free-slot search inside business hours, in the tenant's time zone (DST-correct through
 * statemachines/time-zones.ts). Pure: the calendar agent passes the busy intervals it read.
 */

export { DEFAULT_BUSINESS_HOURS, WEEKDAYS, type Weekday } from '../../../statemachines/working-week';

export interface OpeningInterval {
  /** HH:MM local time. */
  readonly start: string;
  /** HH:MM local time; `24:00` = midnight at the end of the day. */
  readonly end: string;
}
export type BusinessHours = Partial<Record<Weekday, readonly OpeningInterval[]>>;

export const DEFAULT_TIMEZONE = 'UTC';

/**
 * The instant at which the zone's clock shows the given local time (see localTimeToInstant: a time skipped by a DST
 * jump moves forward by the jump, a repeated time takes its first occurrence).
 */
export const zonedTimeToUtc = (
  year: number,
  month: number,
  day: number,
  minutesOfDay: number,
  timeZone: string,
): number => localTimeToInstant(Date.UTC(year, month - 1, day) + minutesOfDay * 60_000, timeZone);

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Opening intervals (UTC instants) of the local days from `from`'s local date until after `to`, in order, one day at
 * a time as they are read (a search that stops at the first free slot does not compute a year of days).
 */
export function* eachOpeningInterval(
  fromMs: number,
  toMs: number,
  timeZone: string,
  hours: BusinessHours,
): Generator<Interval> {
  const first = zonedParts(fromMs, timeZone);
  for (let d = 0; d <= 801; d++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + d));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const dayStart = zonedTimeToUtc(y, m, day, 0, timeZone);
    if (dayStart >= toMs) return;
    const weekday = utcWeekday(date.getTime());
    const today: Interval[] = [];
    for (const i of hours[weekday] ?? []) {
      const start = zonedTimeToUtc(y, m, day, minutesOf(i.start), timeZone);
      const end = zonedTimeToUtc(y, m, day, minutesOf(i.end), timeZone);
      if (end > start) today.push({ start, end });
    }
    // Opening hours end by 24:00, so a day's intervals all start before the next day's.
    yield* today.sort((a, b) => a.start - b.start);
  }
}

/** Every opening interval of eachOpeningInterval, as a list. */
export const openingIntervals = (
  fromMs: number,
  toMs: number,
  timeZone: string,
  hours: BusinessHours,
): Interval[] => [...eachOpeningInterval(fromMs, toMs, timeZone, hours)];

/** Busy intervals sorted and merged where they overlap or touch: disjoint, so their ends ascend too. */
const mergeBusy = (busy: readonly Interval[]): Interval[] => {
  const merged: { start: number; end: number }[] = [];
  for (const b of [...busy].sort((x, y) => x.start - y.start)) {
    const last = merged[merged.length - 1];
    if (last && b.start <= last.end) last.end = Math.max(last.end, b.end);
    else merged.push({ start: b.start, end: b.end });
  }
  return merged;
};

export interface FindSlotRequest {
  /** No slot starts before this instant. */
  readonly earliest: number;
  /** No slot ends after this instant. */
  readonly latest: number;
  readonly durationMs: number;
  readonly timeZone: string;
  readonly businessHours: BusinessHours;
  readonly busy: readonly Interval[];
  /** Slots start on this grid, counted from the opening time. @default 15 */
  readonly stepMinutes?: number;
}

/**
 * The free slots of `durationMs` inside opening intervals that overlap nothing busy, earliest first, each starting
 * at or after the end of the one before. Linear in the opening intervals up to the last slot read plus the busy
 * intervals: candidates only move forward, and so does the busy cursor.
 */
export function* eachFreeSlot(req: FindSlotRequest): Generator<Interval> {
  const step = (req.stepMinutes ?? 15) * 60_000;
  const busy = mergeBusy(req.busy);
  let next = 0;
  let from = req.earliest;
  for (const open of eachOpeningInterval(req.earliest, req.latest, req.timeZone, req.businessHours)) {
    if (open.start >= req.latest) return;
    let start = open.start;
    if (start < from) start = open.start + Math.ceil((from - open.start) / step) * step;
    while (start + req.durationMs <= open.end && start + req.durationMs <= req.latest) {
      const end = start + req.durationMs;
      // Overlapping opening intervals can step back in time: the cursor starts over then.
      if (next > 0 && (busy[next - 1] as Interval).end > start) next = 0;
      while (next < busy.length && (busy[next] as Interval).end <= start) next++;
      const clash = busy[next];
      const free = !clash || clash.start >= end;
      if (free) {
        yield { start, end };
        from = end;
      }
      start = open.start + Math.ceil(((free ? end : clash.end) - open.start) / step) * step;
    }
  }
}

/** The earliest free slot (the first of eachFreeSlot). */
export const findFreeSlot = (req: FindSlotRequest): Interval | undefined => {
  for (const slot of eachFreeSlot(req)) return slot;
  return undefined;
};
