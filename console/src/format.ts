/** Dates, durations and values as people read them. */

export const formatTime = (iso: string | null | undefined, timeZone?: string): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // dateStyle cannot be combined with timeZoneName (a TypeError), so a zone gets the fields spelled out.
  return timeZone
    ? d.toLocaleString(undefined, {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      })
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
};

export const formatDuration = (ms: number): string => {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s % 60)} s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
};

export const between = (start?: string | null, end?: string | null): string =>
  start && end ? formatDuration(new Date(end).getTime() - new Date(start).getTime()) : '—';

export const relativeTime = (iso: string | null | undefined, now = Date.now()): string => {
  if (!iso) return 'never';
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
    ['second', 1000],
  ];
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of units)
    if (abs >= size || unit === 'second') return rtf.format(Math.round(diff / size), unit);
  return iso;
};

export const pretty = (value: unknown): string => {
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
};

/** A short one-line summary of a value for a table cell. */
export const summary = (value: unknown, max = 80): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return '';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export const describeTrigger = (t: {
  type: string;
  event?: string;
  source?: string;
  cron?: string;
  rate?: string;
  at?: string;
  timezone?: string;
}): string => {
  switch (t.type) {
    case 'event':
      return `on ${t.event ?? 'an event'}`;
    case 'schedule':
      return t.cron
        ? `cron ${t.cron}${t.timezone ? ` (${t.timezone})` : ''}`
        : t.rate
          ? `every ${t.rate}`
          : `once at ${t.at ?? '?'}`;
    case 'webhook':
      return `webhook from ${t.source ?? '?'}`;
    default:
      return 'started by hand';
  }
};
