/**
 * Free-slot search inside business hours, in the tenant's time zone (DST-correct, no date library: Intl only).
 * Pure: the calendar agent passes the busy intervals it read.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningInterval {
  /** HH:MM local time. */
  readonly start: string;
  /** HH:MM local time; `24:00` = midnight at the end of the day. */
  readonly end: string;
}
export type BusinessHours = Partial<Record<Weekday, readonly OpeningInterval[]>>;

export const DEFAULT_TIMEZONE = 'UTC';
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  mon: [{ start: '09:00', end: '17:00' }],
  tue: [{ start: '09:00', end: '17:00' }],
  wed: [{ start: '09:00', end: '17:00' }],
  thu: [{ start: '09:00', end: '17:00' }],
  fri: [{ start: '09:00', end: '17:00' }],
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

/** Local wall-clock fields of an instant in a time zone. */
export const zonedParts = (epochMs: number, timeZone: string) => {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
};

/** Offset of the zone from UTC at an instant, in ms (Berlin in summer: +7 200 000). */
export const zoneOffsetMs = (epochMs: number, timeZone: string): number => {
  const p = zonedParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
};

/**
 * The instant at which the zone's clock shows the given local time. A local time skipped by a DST jump is moved
 * forward by the jump (02:30 on a spring-forward night is 03:30), as Temporal's "compatible" disambiguation does; a
 * repeated local time maps to its first occurrence.
 */
export const zonedTimeToUtc = (
  year: number,
  month: number,
  day: number,
  minutesOfDay: number,
  timeZone: string,
): number => {
  const local = Date.UTC(year, month - 1, day) + minutesOfDay * 60_000;
  const before = zoneOffsetMs(local - 86_400_000, timeZone);
  const after = zoneOffsetMs(local + 86_400_000, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((t) => zoneOffsetMs(t, timeZone) === local - t)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  return local - Math.min(before, after);
};

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Opening intervals (UTC instants) of the local days from `from`'s local date until after `to`. */
export const openingIntervals = (
  fromMs: number,
  toMs: number,
  timeZone: string,
  hours: BusinessHours,
): Interval[] => {
  const first = zonedParts(fromMs, timeZone);
  const out: Interval[] = [];
  for (let d = 0; ; d++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + d));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const dayStart = zonedTimeToUtc(y, m, day, 0, timeZone);
    if (dayStart >= toMs) break;
    const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7]!;
    for (const i of hours[weekday] ?? []) {
      const start = zonedTimeToUtc(y, m, day, minutesOf(i.start), timeZone);
      const end = zonedTimeToUtc(y, m, day, minutesOf(i.end), timeZone);
      if (end > start) out.push({ start, end });
    }
    if (d > 800) break;
  }
  return out.sort((a, b) => a.start - b.start);
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

/** The earliest slot of `durationMs` inside an opening interval that overlaps nothing busy. */
export const findFreeSlot = (req: FindSlotRequest): Interval | undefined => {
  const step = (req.stepMinutes ?? 15) * 60_000;
  const busy = [...req.busy].sort((a, b) => a.start - b.start);
  for (const open of openingIntervals(req.earliest, req.latest, req.timeZone, req.businessHours)) {
    let start = open.start;
    if (start < req.earliest) start = open.start + Math.ceil((req.earliest - open.start) / step) * step;
    while (start + req.durationMs <= open.end && start + req.durationMs <= req.latest) {
      const end = start + req.durationMs;
      const clash = busy.find((b) => b.start < end && start < b.end);
      if (!clash) return { start, end };
      start = open.start + Math.ceil((clash.end - open.start) / step) * step;
    }
  }
  return undefined;
};
