/**
 * ISO-8601 durations as the workflow language uses them: `P2D`, `PT30M`, `P1DT12H`, `P1W`, `PT90S`.
 * Years and months are refused: their length varies, and Step Functions waits in seconds.
 */

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export type DurationResult = { ok: true; seconds: number } | { ok: false; message: string };

export const parseDuration = (text: string): DurationResult => {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) {
    if (/^P(\d+Y|\d+M(?!.*T))/.test(text)) {
      return { ok: false, message: `"${text}": years and months vary in length; use days or weeks (P30D)` };
    }
    return { ok: false, message: `"${text}" is not an ISO-8601 duration such as P2D, PT30M or P1DT12H` };
  }
  const [, w, d, h, min, s] = m.map((v) => (v === undefined ? 0 : Number(v)));
  const seconds = (w ?? 0) * 604_800 + (d ?? 0) * 86_400 + (h ?? 0) * 3600 + (min ?? 0) * 60 + (s ?? 0);
  if (seconds <= 0) return { ok: false, message: `"${text}" is zero; a duration must be positive` };
  return { ok: true, seconds };
};

/** Seconds of a duration already known to be valid; throws otherwise. */
export const durationSeconds = (text: string): number => {
  const r = parseDuration(text);
  if (!r.ok) throw new Error(r.message);
  return r.seconds;
};

const UNITS: readonly [number, string][] = [
  [604_800, 'week'],
  [86_400, 'day'],
  [3600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** `172800` -> `2 days`, `5400` -> `1 hour 30 minutes` (at most two units, for state names). */
export const humanizeSeconds = (total: number): string => {
  const parts: string[] = [];
  let rest = total;
  for (const [size, unit] of UNITS) {
    if (rest >= size && parts.length < 2) {
      const n = Math.floor(rest / size);
      rest -= n * size;
      parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
    }
  }
  return parts.join(' ') || '0 seconds';
};

export const humanizeDuration = (text: string): string => {
  const r = parseDuration(text);
  return r.ok ? humanizeSeconds(r.seconds) : text;
};

/** Whether a wait or a waitFor timeout counts business days (`{ "businessDays": 3 }`). */
export const isBusinessDays = (value: unknown): value is { businessDays: number } =>
  typeof value === 'object' && value !== null && 'businessDays' in value;

/** A wait's or a waitFor timeout's length in words: `2 days`, `3 business days`. */
export const humanizeWaitTime = (value: string | { readonly businessDays: number }): string =>
  typeof value === 'string'
    ? humanizeDuration(value)
    : `${value.businessDays} business day${value.businessDays === 1 ? '' : 's'}`;

/**
 * Seconds a wait lasts at least: a duration's own, or N business days' N days less the largest DST shift (2 hours).
 * Business days' upper bound depends on the tenant's calendar.
 */
export const leastWaitSeconds = (value: string | { readonly businessDays: number }): number =>
  typeof value === 'string' ? durationSeconds(value) : Math.max(0, value.businessDays * 86_400 - 7_200);
