import { isoSeconds } from './business-days';
import { MAX_STANDARD_DURATION_SECONDS } from './limits';
import { localToInstants } from './time-zones';

/**
 * Waits relative to a time in the data (`{ until: "{{trigger.booking.start}}", before: "PT24H" }`): the deadline task
 * before the Wait computes when it ends, since Step Functions' Wait takes a timestamp but no arithmetic on one.
 * A date-time (`2026-12-08T10:00:00Z`, `…+01:00`) is that instant; a date alone (`2026-12-20`, an invoice's due date)
 * is the start of that day in the tenant's time zone. The result is an RFC 3339 time in UTC with whole seconds and an
 * uppercase T and Z (what a Wait's TimestampPath takes); a time already past is now (`late`), so the Wait ends at once
 * and the steps after it run.
 */

export interface RelativeDeadline {
  readonly ok: true;
  /** When the wait ends, `2026-12-07T10:00:00Z`. */
  readonly until: string;
  /** Seconds from `now` to `until` (0 when late). */
  readonly seconds: number;
  /** Whether the computed time had already passed when the wait began. */
  readonly late: boolean;
}

export type RelativeDeadlineResult = RelativeDeadline | { readonly ok: false; readonly message: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/** The instant a time in the data names, in ms; undefined when it is not a date or a date-time with an offset. */
export const instantOf = (value: string, timeZone: string): number | undefined => {
  const date = DATE.exec(value);
  if (date) {
    const local = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    if (!new Date(local).toISOString().startsWith(value)) return undefined;
    // Midnight may not exist (a DST gap at 00:00): the first instant of the day then.
    return localToInstants(local, timeZone)[0] ?? localToInstants(local + 3_600_000, timeZone)[0];
  }
  if (!DATE_TIME.test(value)) return undefined;
  const t = Date.parse(value.replace(' ', 'T'));
  return Number.isNaN(t) ? undefined : t;
};

/**
 * `value` moved by `offsetSeconds` (negative: before), from `now` (the deadline state's entered time). Not ok, with
 * the reason, when the value holds no time, or the time is more than a year away (the longest a run lasts).
 */
export const relativeDeadline = (
  value: unknown,
  offsetSeconds: number,
  now: string,
  timeZone: string,
): RelativeDeadlineResult => {
  if (value === null || value === undefined || value === '')
    return { ok: false, message: 'holds no time (it is empty), so there is nothing to wait for' };
  const at = typeof value === 'string' ? instantOf(value, timeZone) : undefined;
  if (at === undefined)
    return {
      ok: false,
      message: `holds ${JSON.stringify(value).slice(0, 80)}, not a date (2026-12-20) or a date-time with an offset (2026-12-20T10:00:00Z)`,
    };
  // Whole seconds, as a Wait counts them (it truncates milliseconds).
  const target = Math.floor((at + offsetSeconds * 1000) / 1000) * 1000;
  const start = Math.floor(Date.parse(now) / 1000) * 1000;
  if (target - start > MAX_STANDARD_DURATION_SECONDS * 1000)
    return {
      ok: false,
      message: `is ${isoSeconds(target)} once moved, more than a year away (the longest a run lasts)`,
    };
  const late = target < start;
  return {
    ok: true,
    until: isoSeconds(late ? start : target),
    seconds: late ? 0 : (target - start) / 1000,
    late,
  };
};
