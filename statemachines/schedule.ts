/**
 * Schedule triggers as EventBridge Scheduler understands them: 6-field cron, rate and one-time `at`, each in an
 * IANA time zone. Parsing and validation here; `scheduleExpression` gives the Scheduler expression string;
 * `nextFireTimes` computes fire times exactly as Scheduler does, including daylight-saving transitions:
 * a local time skipped by the spring-forward gap does not fire, a local time repeated by the fall-back
 * overlap fires once (its first occurrence). Rate schedules count fixed durations (a day is 24 hours).
 */
import { CRON_MAX_YEAR, CRON_MIN_YEAR, MIN_RATE_SECONDS } from './limits';

export interface ScheduleSpec {
  readonly cron?: string | undefined;
  readonly rate?: string | undefined;
  readonly at?: string | undefined;
  readonly timezone?: string | undefined;
}

export interface ScheduleProblem {
  /** The trigger key at fault: `cron`, `rate`, `at`, `timezone`, or `` for the trigger as a whole. */
  readonly field: 'cron' | 'rate' | 'at' | 'timezone' | '';
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------- time zones

let zoneSet: Set<string> | undefined;
const knownZones = (): Set<string> => {
  zoneSet ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zoneSet;
};

/** An IANA zone name (`Europe/Berlin`, `UTC`); legacy aliases that Intl resolves (`Asia/Calcutta`) are accepted. */
export const isValidTimeZone = (zone: string): boolean => {
  if (knownZones().has(zone)) return true;
  if (!/^[A-Za-z][A-Za-z_]*(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (zone: string): Intl.DateTimeFormat => {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
};

/** The wall-clock time of an instant in a zone, as milliseconds of a UTC date with the same fields. */
export const wallClock = (instant: number, zone: string): number => {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second) + (((instant % 1000) + 1000) % 1000);
};

const offsetAt = (instant: number, zone: string): number => wallClock(instant, zone) - instant;

/**
 * Instants whose wall-clock time in `zone` is `local` (ms of a UTC date with the local fields): none inside a
 * spring-forward gap, two inside a fall-back overlap, one otherwise. Sorted.
 */
export const localToInstants = (local: number, zone: string): number[] => {
  const offsets = new Set([
    offsetAt(local - 86_400_000, zone),
    offsetAt(local, zone),
    offsetAt(local + 86_400_000, zone),
  ]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = local - offset;
    if (wallClock(candidate, zone) === local) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
};

// ---------------------------------------------------------------------------------------------------- cron

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly FieldSpec[] = [
  { label: 'minutes', min: 0, max: 59 },
  { label: 'hours', min: 0, max: 23 },
  { label: 'day-of-month', min: 1, max: 31 },
  { label: 'month', min: 1, max: 12, names: MONTHS },
  { label: 'day-of-week', min: 1, max: 7, names: DAYS },
  { label: 'year', min: CRON_MIN_YEAR, max: CRON_MAX_YEAR },
];

export interface CronSchedule {
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly months: ReadonlySet<number>;
  readonly years: ReadonlySet<number>;
  /** Day of month: plain days, `L` (last day), `LW` (last weekday), `nW` (weekday nearest day n). */
  readonly dom:
    | { readonly any: true }
    | {
        readonly any: false;
        readonly days: ReadonlySet<number>;
        readonly last: boolean;
        readonly lastWeekday: boolean;
        readonly nearestWeekday: readonly number[];
      };
  /** Day of week (1 = SUN … 7 = SAT): plain days, `nL` (last such day of the month), `n#k` (k-th such day). */
  readonly dow:
    | { readonly any: true }
    | {
        readonly any: false;
        readonly days: ReadonlySet<number>;
        readonly lastOf: readonly number[];
        readonly nth: readonly (readonly [number, number])[];
      };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const parseNumber = (text: string, field: FieldSpec): number | undefined => {
  if (/^\d+$/.test(text)) return Number(text);
  const idx = field.names?.indexOf(text.toUpperCase()) ?? -1;
  return idx >= 0 ? idx + field.min : undefined;
};

const namesHint = (field: FieldSpec): string =>
  ` (use ${field.min}-${field.max}${field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : ''})`;

/** `*`, `a`, `a-b`, `a/n`, `a-b/n`, `* /n` lists (ranges may wrap: `FRI-MON`, `NOV-FEB`). */
const parseList = (text: string, field: FieldSpec): Parsed<Set<number>> => {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const m = /^(\*|[A-Za-z0-9]+)(?:-([A-Za-z0-9]+))?(?:\/(\d+))?$/.exec(item);
    if (!m) return { ok: false, message: `"${item}" is not a valid ${field.label} value` };
    const [, startText = '', endText, stepText] = m;
    let start = field.min;
    let end = field.max;
    if (startText !== '*') {
      const s = parseNumber(startText, field);
      if (s === undefined)
        return {
          ok: false,
          message: `"${startText}" is not a valid ${field.label} value${namesHint(field)}`,
        };
      if (s < field.min || s > field.max) {
        return {
          ok: false,
          message: `${field.label} value "${startText}" is out of range ${field.min}-${field.max}`,
        };
      }
      start = s;
      end = endText === undefined ? (stepText === undefined ? s : field.max) : end;
    } else if (endText !== undefined) {
      return { ok: false, message: `"${item}": a range cannot start with *` };
    }
    if (endText !== undefined) {
      const e = parseNumber(endText, field);
      if (e === undefined)
        return { ok: false, message: `"${endText}" is not a valid ${field.label} value${namesHint(field)}` };
      if (e < field.min || e > field.max) {
        return {
          ok: false,
          message: `${field.label} value "${endText}" is out of range ${field.min}-${field.max}`,
        };
      }
      end = e;
    }
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) return { ok: false, message: `"${item}": the increment must be at least 1` };
    const span = end >= start ? end - start : end + (field.max - field.min + 1) - start;
    for (let i = 0; i <= span; i += step) {
      const v = start + i;
      values.add(v > field.max ? v - (field.max - field.min + 1) : v);
    }
  }
  return { ok: true, value: values };
};

const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);

export const parseCron = (expression: string): Parsed<CronSchedule> => {
  const text = expression
    .trim()
    .replace(/^cron\((.*)\)$/, '$1')
    .trim();
  const parts = text.split(/\s+/);
  if (parts.length !== 6) {
    return {
      ok: false,
      message: `"${expression}" has ${parts.length} field${parts.length === 1 ? '' : 's'}; EventBridge Scheduler cron has 6: minutes hours day-of-month month day-of-week year (e.g. "0 17 ? * MON-FRI *")`,
    };
  }
  const [minT = '', hourT = '', domT = '', monthT = '', dowT = '', yearT = ''] = parts;
  const [fMin, fHour, fDom, fMonth, fDow, fYear] = FIELDS as [
    FieldSpec,
    FieldSpec,
    FieldSpec,
    FieldSpec,
    FieldSpec,
    FieldSpec,
  ];
  if (domT === '?' && dowT === '?') {
    return {
      ok: false,
      message: 'day-of-month and day-of-week cannot both be "?"; put "?" in one of them only',
    };
  }
  if (domT !== '?' && dowT !== '?') {
    return {
      ok: false,
      message: `day-of-month ("${domT}") and day-of-week ("${dowT}") cannot both be set; one of them must be "?" (e.g. "0 17 ? * MON-FRI *" or "0 9 1 * ? *")`,
    };
  }
  const minutes = parseList(minT, fMin);
  if (!minutes.ok) return minutes;
  const hours = parseList(hourT, fHour);
  if (!hours.ok) return hours;
  const months = parseList(monthT, fMonth);
  if (!months.ok) return months;
  const years = parseList(yearT, fYear);
  if (!years.ok) return years;

  let dom: CronSchedule['dom'] = { any: true };
  if (domT !== '?') {
    const days = new Set<number>();
    let last = false;
    let lastWeekday = false;
    const nearestWeekday: number[] = [];
    for (const item of domT.split(',')) {
      if (item === 'L') last = true;
      else if (item === 'LW') lastWeekday = true;
      else if (/^\d+W$/.test(item)) {
        const n = Number(item.slice(0, -1));
        if (n < 1 || n > 31) return { ok: false, message: `day-of-month "${item}": the day must be 1-31` };
        nearestWeekday.push(n);
      } else {
        const list = parseList(item, fDom);
        if (!list.ok) return list;
        for (const d of list.value) days.add(d);
      }
    }
    dom = domT === '*' ? { any: true } : { any: false, days, last, lastWeekday, nearestWeekday };
  }

  let dow: CronSchedule['dow'] = { any: true };
  if (dowT !== '?') {
    const days = new Set<number>();
    const lastOf: number[] = [];
    const nth: [number, number][] = [];
    for (const item of dowT.split(',')) {
      const hash = /^([A-Za-z0-9]+)#(\d+)$/.exec(item);
      const lastM = /^([A-Za-z0-9]+)L$/.exec(item);
      if (item === 'L') days.add(7);
      else if (hash) {
        const d = parseNumber(hash[1] ?? '', fDow);
        const k = Number(hash[2]);
        if (d === undefined || d < 1 || d > 7)
          return { ok: false, message: `day-of-week "${item}": the day must be 1-7 or SUN-SAT` };
        if (k < 1 || k > 5)
          return { ok: false, message: `day-of-week "${item}": the occurrence after # must be 1-5` };
        nth.push([d, k]);
      } else if (lastM) {
        const d = parseNumber(lastM[1] ?? '', fDow);
        if (d === undefined || d < 1 || d > 7)
          return { ok: false, message: `day-of-week "${item}": the day must be 1-7 or SUN-SAT` };
        lastOf.push(d);
      } else {
        const list = parseList(item, fDow);
        if (!list.ok) return list;
        for (const d of list.value) days.add(d);
      }
    }
    dow = dowT === '*' ? { any: true } : { any: false, days, lastOf, nth };
  }

  return {
    ok: true,
    value: {
      minutes: sorted(minutes.value),
      hours: sorted(hours.value),
      months: months.value,
      years: years.value,
      dom,
      dow,
    },
  };
};

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 1 = SUN … 7 = SAT, as cron counts. */
const weekday = (year: number, month: number, day: number): number =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;

/** The weekday (Mon-Fri) nearest to `day` without leaving the month (Quartz/EventBridge `W`). */
const nearestWeekdayOf = (year: number, month: number, day: number): number => {
  const dim = daysInMonth(year, month);
  const d = Math.min(day, dim);
  const wd = weekday(year, month, d);
  if (wd === 7) return d === 1 ? 3 : d - 1;
  if (wd === 1) return d === dim ? d - 2 : d + 1;
  return d;
};

const dayMatches = (c: CronSchedule, year: number, month: number, day: number): boolean => {
  if (!c.years.has(year) || !c.months.has(month)) return false;
  const dim = daysInMonth(year, month);
  const wd = weekday(year, month, day);
  if (!c.dom.any) {
    const d = c.dom;
    if (d.days.has(day)) return true;
    if (d.last && day === dim) return true;
    if (d.lastWeekday && day === nearestWeekdayOf(year, month, dim)) return true;
    return d.nearestWeekday.some((n) => n <= dim && nearestWeekdayOf(year, month, n) === day);
  }
  if (!c.dow.any) {
    const d = c.dow;
    if (d.days.has(wd)) return true;
    if (d.lastOf.includes(wd) && day + 7 > dim) return true;
    return d.nth.some(([target, k]) => target === wd && Math.ceil(day / 7) === k);
  }
  return true;
};

/** Whether any date matches the day-of-month, month, day-of-week and year fields (30 February never does). */
const firesOnSomeDate = (c: CronSchedule): boolean => {
  const calendars = new Set<string>();
  for (const year of c.years) {
    // Years that are alike in leap day and weekday of 1 January have the same dates: check one of each kind.
    const calendar = `${daysInMonth(year, 2)}-${weekday(year, 1, 1)}`;
    if (calendars.has(calendar)) continue;
    calendars.add(calendar);
    for (const month of c.months) {
      for (let day = 1; day <= daysInMonth(year, month); day++)
        if (dayMatches(c, year, month, day)) return true;
    }
  }
  return false;
};

const DAY_MS = 86_400_000;

/**
 * The zone's UTC offsets in effect from the day before a local day to the day after it: every offset that
 * localToInstants would try for a local time of that day (one change at most per day, as in every real zone).
 */
const offsetsAround = (localMidnight: number, zone: string): number[] => [
  ...new Set([-DAY_MS, 0, DAY_MS, 2 * DAY_MS].map((shift) => offsetAt(localMidnight + shift, zone))),
];

/** localToInstants(local, zone)[0] with the day's offsets computed once. */
const firstInstant = (local: number, offsets: readonly number[], zone: string): number | undefined => {
  let first: number | undefined;
  for (const offset of offsets) {
    const candidate = local - offset;
    if ((first === undefined || candidate < first) && wallClock(candidate, zone) === local) first = candidate;
  }
  return first;
};

const cronFireTimes = (c: CronSchedule, zone: string, from: Date, count: number): Date[] => {
  const out: Date[] = [];
  if (count <= 0) return out;
  const fromMs = from.getTime();
  const start = new Date(wallClock(from.getTime(), zone));
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  let day = start.getUTCDate();
  const lastYear = Math.max(...c.years);
  while (year <= lastYear && out.length < count) {
    if (!c.years.has(year)) {
      year += 1;
      month = 1;
      day = 1;
      continue;
    }
    if (!c.months.has(month)) {
      month += 1;
      day = 1;
    } else {
      if (dayMatches(c, year, month, day)) {
        const offsets = offsetsAround(Date.UTC(year, month - 1, day), zone);
        for (const hour of c.hours) {
          for (const minute of c.minutes) {
            const local = Date.UTC(year, month - 1, day, hour, minute);
            // Times of day already past cost no time-zone conversion (an every-minute cron asked late in the day).
            if (offsets.every((offset) => local - offset <= fromMs)) continue;
            const first = firstInstant(local, offsets, zone);
            // A skipped local time (spring forward) does not fire; a repeated one (fall back) fires once.
            if (first !== undefined && first > fromMs) {
              out.push(new Date(first));
              if (out.length >= count) return out;
            }
          }
        }
      }
      day += 1;
      if (day > daysInMonth(year, month)) {
        day = 1;
        month += 1;
      }
    }
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------------- rate

export interface Rate {
  readonly value: number;
  readonly unit: 'minute' | 'minutes' | 'hour' | 'hours' | 'day' | 'days';
  readonly seconds: number;
}

export const parseRate = (text: string): Parsed<Rate> => {
  const inner = text
    .trim()
    .replace(/^rate\((.*)\)$/, '$1')
    .trim();
  const m = /^(\d+)\s+(minute|minutes|hour|hours|day|days)$/.exec(inner);
  if (!m) {
    return {
      ok: false,
      message: `"${text}" is not a rate; write a positive number and a unit: "5 minutes", "1 hour", "1 day"`,
    };
  }
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

/** A local date-time without offset (`2026-12-01T09:00:00`), as ms of a UTC date with the same fields. */
export const parseAt = (text: string): Parsed<number> => {
  const m = AT.exec(text);
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
const formatLocal = (local: number): string => {
  const d = new Date(local);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

// ------------------------------------------------------------------------------------------------- trigger

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
  if (spec.timezone !== undefined && !isValidTimeZone(spec.timezone)) {
    problems.push({
      field: 'timezone',
      message: `"${spec.timezone}" is not an IANA time zone; write e.g. "Europe/Berlin", "America/New_York" or "UTC"`,
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
