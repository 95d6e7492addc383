/** Weekday keys of business hours, Monday first: the tenant setting, the calendar's free slots and business-day waits. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The weekday of an instant read on the UTC clock (a local date kept as UTC midnight). */
export const utcWeekday = (ms: number): Weekday => WEEKDAYS[(new Date(ms).getUTCDay() + 6) % 7] as Weekday;

/** Mon-Fri 09:00-17:00: the business hours of a tenant that set none. */
export const DEFAULT_BUSINESS_HOURS: Partial<Record<Weekday, { start: string; end: string }[]>> =
  Object.fromEntries(WEEKDAYS.slice(0, 5).map((d) => [d, [{ start: '09:00', end: '17:00' }]]));
