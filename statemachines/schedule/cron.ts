/**
 * EventBridge Scheduler cron: six fields `minutes hours day-of-month month day-of-week year`, with `, - * /` in
 * every field, `?` in one of the two day fields, `L` and `W` in day-of-month, `L` and `#` in day-of-week.
 * Fire times are computed in the schedule's zone (zones.ts).
 */
import { CRON_MAX_YEAR, CRON_MIN_YEAR } from '../limits';
import { firstInstant, offsetsAround, wallClock } from '../time-zones';
import type { Parsed } from './types';

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
    const items = dowT.split(',');
    // "If you use a '#' character, you can define only one expression in the day-of-week field" (AWS cron reference)
    if (items.length > 1 && items.some((i) => i.includes('#')))
      return {
        ok: false,
        message: `day-of-week "${dowT}": "#" allows only one expression in the field (AWS refuses "3#1,6#3")`,
      };
    for (const item of items) {
      const hash = /^([A-Za-z0-9]+)#(\d+)$/.exec(item);
      const lastM = /^([A-Za-z0-9]+)L$/.exec(item);
      if (item === 'L') days.add(7);
      else if (hash && !/^\d+$/.test(hash[1] ?? '')) {
        // AWS documents "#" after a day number only (3#2); a day name before it is refused rather than guessed.
        const d = parseNumber(hash[1] ?? '', fDow);
        return {
          ok: false,
          message: `day-of-week "${item}": AWS documents "#" after a day number only${d !== undefined && d >= 1 && d <= 7 ? `; write "${d}#${hash[2]}"` : ' (1 = SUN … 7 = SAT)'}`,
        };
      } else if (hash) {
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
export const firesOnSomeDate = (c: CronSchedule): boolean => {
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

export const cronFireTimes = (c: CronSchedule, zone: string, from: Date, count: number): Date[] => {
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
