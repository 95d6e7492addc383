import { MAX_STANDARD_DURATION_SECONDS } from './limits';
import { DAY_MS, localTimeToInstant, wallClock } from './time-zones';
import { utcWeekday, type Weekday } from './working-week';

/**
 * Business days: `{ "businessDays": N }` in a wait or a waitFor timeout, counted in the tenant's working week (the
 * days its business hours open), its time zone and its public holidays.
 *
 * "N business days after T", T read on the tenant's local clock:
 *  - T on a working day: the same local time on the Nth working day after T's date (Fri 15:00 + 1 = Mon 15:00);
 *  - T on a day that is not a working day (weekend, holiday): counted from the next working day's opening time, so
 *    Sat 10:00 + 1 = Tue 09:00 with Mon-Fri 09:00-17:00 (the client gets N whole working days);
 *  - a local time the DST change skips moves forward by the jump; a repeated one takes its first occurrence;
 *  - the result is a whole second (Step Functions truncates timestamps to seconds).
 */

export interface WorkingCalendar {
  readonly timeZone: string;
  /** Opening intervals (`HH:MM`) by weekday; a day without one is not a working day. */
  readonly businessHours: Readonly<Partial<Record<Weekday, readonly { readonly start: string }[]>>>;
  /** Local dates (`YYYY-MM-DD`) that are not working days. */
  readonly holidays?: readonly string[] | undefined;
}

export type BusinessDeadline = { ok: true; at: number } | { ok: false; message: string };

/** Local days searched at most: past them the deadline is more than a year away, longer than a run may last. */
const MAX_DAYS_SCANNED = 400;

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant `days` business days after `fromMs` (see above), or why there is none within a year. */
export const addBusinessDays = (
  fromMs: number,
  days: number,
  calendar: WorkingCalendar,
): BusinessDeadline => {
  const from = Math.floor(fromMs / 1000) * 1000;
  const zone = calendar.timeZone;
  const holidays = new Set(calendar.holidays ?? []);
  /** Minutes after midnight the local day (a UTC-midnight wall-clock value) opens; undefined when it is closed. */
  const opening = (day: number): number | undefined => {
    if (holidays.has(new Date(day).toISOString().slice(0, 10))) return undefined;
    const hours = calendar.businessHours[utcWeekday(day)];
    if (!hours || hours.length === 0) return undefined;
    return Math.min(...hours.map((h) => minutes(h.start)));
  };
  const local = wallClock(from, zone);
  let day = Math.floor(local / DAY_MS) * DAY_MS;
  let timeOfDay = local - day;
  let scanned = 0;
  if (opening(day) === undefined) {
    // Not a working day: counted from the next working day's opening.
    let open: number | undefined;
    while (open === undefined && scanned < MAX_DAYS_SCANNED) {
      day += DAY_MS;
      scanned++;
      open = opening(day);
    }
    if (open === undefined) return { ok: false, message: noWorkingDay(calendar) };
    timeOfDay = open * 60_000;
  }
  let counted = 0;
  while (counted < days && scanned < MAX_DAYS_SCANNED) {
    day += DAY_MS;
    scanned++;
    if (opening(day) !== undefined) counted++;
  }
  if (counted === 0 && days > 0) return { ok: false, message: noWorkingDay(calendar) };
  const at = Math.floor(localTimeToInstant(day + timeOfDay, zone) / 1000) * 1000;
  if (counted < days || at - from > MAX_STANDARD_DURATION_SECONDS * 1000) {
    return {
      ok: false,
      message: `${days} business days from ${isoSeconds(from)} end more than a year later (${zone}), longer than a run may last`,
    };
  }
  return { ok: true, at };
};

const noWorkingDay = (calendar: WorkingCalendar): string =>
  `the tenant's business hours open on no working day within a year (${calendar.timeZone}); set businessHours in the settings`;

/** `2026-12-09T15:00:00Z`: RFC 3339 with an uppercase T and Z and no fraction, as a Wait state's timestamp must be. */
export const isoSeconds = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** What the deadline task leaves for the Wait (`until`) or the waitFor task (`seconds`, a positive integer). */
export type DeadlineResult = { ok: true; until: string; seconds: number } | { ok: false; message: string };

export const businessDeadline = (from: string, days: number, calendar: WorkingCalendar): DeadlineResult => {
  const start = Math.floor(Date.parse(from) / 1000) * 1000;
  if (Number.isNaN(start)) return { ok: false, message: `"${from}" is not a timestamp` };
  const r = addBusinessDays(start, days, calendar);
  if (!r.ok) return r;
  return { ok: true, until: isoSeconds(r.at), seconds: Math.max(1, Math.round((r.at - start) / 1000)) };
};
