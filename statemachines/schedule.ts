/**
 * Schedule triggers as EventBridge Scheduler understands them: 6-field cron, rate and one-time `at`, each in an
 * IANA time zone. Parsing and validation here; `scheduleExpression` gives the Scheduler expression string;
 * `nextFireTimes` computes fire times exactly as Scheduler does, including daylight-saving transitions:
 * a local time skipped by the spring-forward gap does not fire, a local time repeated by the fall-back
 * overlap fires once (its first occurrence). Rate schedules count fixed durations (a day is 24 hours).
 */
import { cronFireTimes, firesOnSomeDate, parseCron } from './schedule/cron';
import { formatLocal, parseAt, parseRate } from './schedule/rate-at';
import type { ScheduleProblem, ScheduleSpec } from './schedule/types';
import { canonicalTimeZone, localToInstants, offsetAt } from './time-zones';

export { type CronSchedule, parseCron } from './schedule/cron';
export { parseAt, parseRate, type Rate } from './schedule/rate-at';
export type { ScheduleProblem, ScheduleSpec } from './schedule/types';
export { isValidTimeZone, localToInstants, wallClock } from './time-zones';

/** Every problem of a schedule trigger: exactly one of cron/rate/at, each well formed, a known time zone. */
export const validateSchedule = (spec: ScheduleSpec): ScheduleProblem[] => {
  const problems: ScheduleProblem[] = [];
  const given = (['cron', 'rate', 'at'] as const).filter((k) => spec[k] !== undefined);
  if (given.length === 0) {
    problems.push({ field: '', message: 'a schedule needs one of "cron", "rate" or "at"' });
  } else if (given.length > 1) {
    problems.push({
      field: '',
      message: `a schedule has exactly one of "cron", "rate" or "at", not ${given.map((g) => `"${g}"`).join(' and ')}`,
    });
  }
  if (spec.cron !== undefined) {
    const r = parseCron(spec.cron);
    if (!r.ok) problems.push({ field: 'cron', message: r.message });
    else if (!firesOnSomeDate(r.value)) {
      problems.push({
        field: 'cron',
        message:
          'this cron never fires: no date matches its day-of-month, month, day-of-week and year (like 30 February)',
      });
    }
  }
  if (spec.rate !== undefined) {
    const r = parseRate(spec.rate);
    if (!r.ok) problems.push({ field: 'rate', message: r.message });
  }
  if (spec.at !== undefined) {
    const r = parseAt(spec.at);
    if (!r.ok) problems.push({ field: 'at', message: r.message });
  }
  const spelt = spec.timezone === undefined ? undefined : canonicalTimeZone(spec.timezone);
  if (spec.timezone !== undefined && spelt === undefined) {
    problems.push({
      field: 'timezone',
      message: `"${spec.timezone}" is not an IANA time zone; write e.g. "Europe/Berlin", "America/New_York" or "UTC"`,
    });
  } else if (spelt !== spec.timezone) {
    // EventBridge Scheduler takes the name as IANA spells it; the definition is saved as written, so it is refused.
    problems.push({
      field: 'timezone',
      message: `"${spec.timezone}" is spelt "${spelt}" as an IANA time zone`,
    });
  }
  return problems;
};

const mustBeValid = (spec: ScheduleSpec): void => {
  const problems = validateSchedule(spec);
  if (problems.length > 0) throw new Error(`invalid schedule: ${problems.map((p) => p.message).join('; ')}`);
};

/** The EventBridge Scheduler expression: `cron(0 17 ? * MON-FRI *)`, `rate(5 minutes)`, `at(2026-12-01T09:00:00)`. */
export const scheduleExpression = (spec: ScheduleSpec): string => {
  mustBeValid(spec);
  if (spec.cron !== undefined)
    return `cron(${spec.cron
      .trim()
      .replace(/^cron\((.*)\)$/, '$1')
      .trim()
      .split(/\s+/)
      .join(' ')})`;
  if (spec.rate !== undefined) {
    const r = parseRate(spec.rate);
    if (r.ok) return `rate(${r.value.value} ${r.value.unit})`;
  }
  const at = parseAt(spec.at ?? '');
  if (!at.ok) throw new Error(at.message);
  return `at(${formatLocal(at.value)})`;
};

/** The time zone Scheduler evaluates the expression in (ScheduleExpressionTimezone). */
export const scheduleTimezone = (spec: ScheduleSpec, fallback = 'UTC'): string => spec.timezone ?? fallback;

export interface FireTimeOptions {
  /** Rate schedules: the first fire time (Scheduler's StartDate, or when the schedule was created). @default from */
  readonly start?: Date;
  /** Zone used when the trigger has none (the tenant's). @default UTC */
  readonly defaultTimezone?: string;
}

/**
 * The next `count` fire times strictly after `from`. Cron: evaluated in the trigger's zone (DST gap skipped,
 * overlap once). Rate: `start`, `start + rate`, … (fixed durations). At: the one instant, or none once it passed.
 * Throws on an invalid schedule (validate first).
 */
export const nextFireTimes = (
  spec: ScheduleSpec,
  from: Date,
  count: number,
  options: FireTimeOptions = {},
): Date[] => {
  mustBeValid(spec);
  const zone = spec.timezone ?? options.defaultTimezone ?? 'UTC';
  if (spec.cron !== undefined) {
    const c = parseCron(spec.cron);
    return c.ok ? cronFireTimes(c.value, zone, from, count) : [];
  }
  if (spec.rate !== undefined) {
    const r = parseRate(spec.rate);
    if (!r.ok) return [];
    const step = r.value.seconds * 1000;
    const start = (options.start ?? from).getTime();
    const out: Date[] = [];
    let k = start > from.getTime() ? 0 : Math.floor((from.getTime() - start) / step) + 1;
    while (out.length < count) out.push(new Date(start + k++ * step));
    return out;
  }
  const at = parseAt(spec.at ?? '');
  if (!at.ok || count <= 0) return [];
  const instants = localToInstants(at.value, zone);
  // A one-time schedule inside a spring-forward gap fires when the clock has moved on (the gap's end).
  const instant =
    instants[0] ?? localToInstants(at.value + 3_600_000, zone)[0] ?? at.value - offsetAt(at.value, zone);
  return instant > from.getTime() ? [new Date(instant)] : [];
};
