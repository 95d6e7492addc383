/** Period boundaries in a tenant's time zone (calendar days and weeks begin at local midnight, Monday). */

const partsIn = (instant: Date, timeZone: string) => {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
  });
  const get = (type: string) => f.formatToParts(instant).find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: get('weekday'),
  };
};

/** Milliseconds the zone is ahead of UTC at an instant. */
const offsetAt = (instant: Date, timeZone: string): number => {
  const p = partsIn(instant, timeZone);
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
    Math.floor(instant.getTime() / 1000) * 1000
  );
};

/** The instant of local midnight of the local calendar day `daysBack` days before the one containing `instant`. */
export const localMidnight = (instant: Date, timeZone: string, daysBack = 0): Date => {
  const p = partsIn(instant, timeZone);
  const wallClock = Date.UTC(p.year, p.month - 1, p.day - daysBack);
  let guess = wallClock - offsetAt(new Date(wallClock), timeZone);
  guess = wallClock - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
};

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export type PeriodName = 'today' | 'yesterday' | 'last24h' | 'last7days' | 'thisWeek';

export const periodRange = (period: PeriodName, now: Date, timeZone: string): { from: Date; to: Date } => {
  switch (period) {
    case 'today':
      return { from: localMidnight(now, timeZone), to: now };
    case 'yesterday':
      return { from: localMidnight(now, timeZone, 1), to: localMidnight(now, timeZone) };
    case 'last24h':
      return { from: new Date(now.getTime() - 86_400_000), to: now };
    case 'last7days':
      return { from: new Date(now.getTime() - 7 * 86_400_000), to: now };
    case 'thisWeek':
      return {
        from: localMidnight(now, timeZone, WEEKDAY_INDEX[partsIn(now, timeZone).weekday] ?? 0),
        to: now,
      };
  }
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `Tue 24 Nov 2026, 09:30` in the zone (built from parts: the same text on every ICU version). */
export const formatLocal = (instant: Date, timeZone: string): string => {
  const p = partsIn(instant, timeZone);
  return `${p.weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}, ${pad(p.hour)}:${pad(p.minute)}`;
};
