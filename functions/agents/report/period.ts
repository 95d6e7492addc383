import { localMidnight, zonedParts } from '../../../statemachines/time-zones';

/** Period boundaries in a tenant's time zone (calendar days and weeks begin at local midnight, Monday). */

export type PeriodName = 'today' | 'yesterday' | 'last24h' | 'last7days' | 'thisWeek';

const midnight = (now: Date, timeZone: string, daysBack = 0): Date =>
  new Date(localMidnight(now.getTime(), timeZone, daysBack));

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
