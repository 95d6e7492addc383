import { localMidnight, localTimeToInstant, zonedParts } from '../../../statemachines/time-zones';

/** Period boundaries in a tenant's time zone (calendar days and weeks begin at local midnight, Monday). */

export type PeriodName =
  | 'today'
  | 'yesterday'
  | 'last24h'
  | 'last7days'
  | 'thisWeek'
  | 'last30days'
  | 'lastMonth'
  | 'thisMonth';

const midnight = (now: Date, timeZone: string, daysBack = 0): Date =>
  new Date(localMidnight(now.getTime(), timeZone, daysBack));

/** Local midnight of the 1st of the month `monthsBack` months before the one containing `now`. */
const monthStart = (now: Date, timeZone: string, monthsBack: number): Date => {
  const p = zonedParts(now.getTime(), timeZone);
  return new Date(localTimeToInstant(Date.UTC(p.year, p.month - 1 - monthsBack, 1), timeZone));
};

export const periodRange = (period: PeriodName, now: Date, timeZone: string): { from: Date; to: Date } => {
  switch (period) {
    case 'today':
      return { from: midnight(now, timeZone), to: now };
    case 'yesterday':
      return { from: midnight(now, timeZone, 1), to: midnight(now, timeZone) };
    case 'last24h':
      return { from: new Date(now.getTime() - 86_400_000), to: now };
    case 'last7days':
      return { from: new Date(now.getTime() - 7 * 86_400_000), to: now };
    case 'thisWeek':
      return { from: midnight(now, timeZone, zonedParts(now.getTime(), timeZone).weekday), to: now };
    case 'last30days':
      return { from: new Date(now.getTime() - 30 * 86_400_000), to: now };
    case 'lastMonth':
      return { from: monthStart(now, timeZone, 1), to: monthStart(now, timeZone, 0) };
    case 'thisMonth':
      return { from: monthStart(now, timeZone, 0), to: now };
  }
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `Tue 24 Nov 2026, 09:30` in the zone (built from parts: the same text on every ICU version). */
export const formatLocal = (instant: Date, timeZone: string): string => {
  const p = zonedParts(instant.getTime(), timeZone);
  return `${WEEKDAYS[p.weekday]} ${p.day} ${MONTHS[p.month - 1]} ${p.year}, ${pad(p.hour)}:${pad(p.minute)}`;
};
