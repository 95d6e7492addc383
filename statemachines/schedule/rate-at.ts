/** EventBridge Scheduler `rate(value unit)` and one-time `at(yyyy-mm-ddThh:mm:ss)` expressions. */
import { MIN_RATE_SECONDS } from '../limits';
import type { Parsed } from './types';

export interface Rate {
  readonly value: number;
  readonly unit: 'minute' | 'minutes' | 'hour' | 'hours' | 'day' | 'days';
  readonly seconds: number;
}

/**
 * `5 minutes` or `rate(5 minutes)`: exactly one space between value and unit and none inside the parentheses, as
 * Scheduler requires (`rate( 5 minutes )` is refused).
 */
const RATE = /^(?:rate\()?(\d+) (minute|minutes|hour|hours|day|days)(?:\))?$/;

export const parseRate = (text: string): Parsed<Rate> => {
  const m = RATE.exec(text);
  if (!m) {
    return {
      ok: false,
      message: `"${text}" is not a rate; write a positive number and a unit: "5 minutes", "1 hour", "1 day"`,
    };
  }
  if (text.startsWith('rate(') !== text.endsWith(')'))
    return { ok: false, message: `"${text}" is not a rate; write "rate(5 minutes)" or "5 minutes"` };
  const value = Number(m[1]);
  const unit = m[2] as Rate['unit'];
  if (value < 1) return { ok: false, message: `"${text}": the rate must be at least 1` };
  const plural = unit.endsWith('s');
  if (value === 1 && plural)
    return { ok: false, message: `"${text}": write "1 ${unit.slice(0, -1)}" (singular for 1)` };
  if (value > 1 && !plural)
    return { ok: false, message: `"${text}": write "${value} ${unit}s" (plural above 1)` };
  const size = unit.startsWith('minute') ? 60 : unit.startsWith('hour') ? 3600 : 86_400;
  const seconds = value * size;
  if (seconds < MIN_RATE_SECONDS) return { ok: false, message: `"${text}": the shortest rate is 1 minute` };
  return { ok: true, value: { value, unit, seconds } };
};

// ------------------------------------------------------------------------------------------------------ at

const AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** Inside `at(…)` Scheduler wants the seconds too. */
const AT_EXPRESSION = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** A local date-time without offset (`2026-12-01T09:00:00`), as ms of a UTC date with the same fields. */
export const parseAt = (text: string): Parsed<number> => {
  const wrapped = /^at\((.*)\)$/.exec(text);
  const m = wrapped ? AT_EXPRESSION.exec(wrapped[1] ?? '') : AT.exec(text);
  if (!m) {
    return {
      ok: false,
      message: `"${text}" is not a local date-time; write "2026-12-01T09:00:00" (no offset: the time zone comes from "timezone")`,
    };
  }
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(local);
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    return { ok: false, message: `"${text}" is not a real date and time` };
  }
  return { ok: true, value: local };
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const formatLocal = (local: number): string => {
  const d = new Date(local);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
