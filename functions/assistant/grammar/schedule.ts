import type { Trigger } from '../../../statemachines/schema';
import type { Clause } from './clause';
import { resolveZone, WEAK_NAMES, ZONE_NAME } from './timezones';

/**
 * Schedules: the pieces of a recurring time — which days, what time(s), which zone — may appear anywhere in the
 * request and in any order ("every Monday at 9 in Berlin", "a summary every Monday on Slack", "at half past eight
 * on weekdays"). Each piece has its own small grammar; together they make one EventBridge Scheduler cron or rate
 * expression (AWS syntax: `min hour day-of-month month day-of-week year`, one of the day fields `?`).
 */

const DAY_NUMBERS: Record<string, number> = { sun: 1, mon: 2, tue: 3, wed: 4, thu: 5, fri: 6, sat: 7 };
const DAY = '(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?';
const DAY_RE = new RegExp(`^${DAY}$`);
const dayCode = (word: string): string | undefined => {
  if (!DAY_RE.test(word)) return undefined;
  const code = word.slice(0, 3).toUpperCase();
  return code in { MON: 1, TUE: 1, WED: 1, THU: 1, FRI: 1, SAT: 1, SUN: 1 } ? code : undefined;
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const EVERY = '(?:every|each|on|on every|on each|every single)';

interface Parts {
  rate?: string;
  everyDays?: number;
  dow?: string;
  dom?: string;
  month?: string;
  hours?: number[];
  minute?: number;
  hourRange?: [number, number];
  partOfDay?: number;
  weekly?: boolean;
  monthly?: boolean;
  zone?: string;
}

export interface ScheduleScan {
  /** Whether any schedule piece was found. */
  readonly found: boolean;
  readonly trigger: Extract<Trigger, { type: 'schedule' }> | undefined;
  readonly problems: readonly string[];
}

/** 12-hour clock words to a 24-hour hour; a bare 1–6 is taken as afternoon (office hours). */
const hourOf = (h: number, meridiem: string | undefined, bareIsPm = true): number | undefined => {
  const m = meridiem?.replace(/\./g, '');
  if (h > 23) return undefined;
  if (m === 'pm' && h < 12) return h + 12;
  if (m === 'am' && h === 12) return 0;
  if (!m && bareIsPm && h >= 1 && h <= 6) return h + 12;
  return h;
};

const TIME_AT =
  /\b(?:at|@|by|around|from)?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'clock|h\b|hrs\b)?(?:\s*(?:and|&|,)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'clock)?)*/;
const TIME_LIST_ITEM = /(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'clock)?/g;

interface PieceGrammar {
  readonly re: RegExp;
  readonly apply: (m: RegExpExecArray, parts: Parts, problems: string[]) => void;
}

const set = <K extends keyof Parts>(
  parts: Parts,
  key: K,
  value: Parts[K],
  problems: string[],
  what: string,
) => {
  if (parts[key] !== undefined && JSON.stringify(parts[key]) !== JSON.stringify(value))
    problems.push(`the request names two different ${what}; a workflow has one schedule`);
  parts[key] = value;
};

const days = (text: string): string[] =>
  (text.match(new RegExp(DAY, 'g')) ?? []).map((d) => dayCode(d)).filter((d): d is string => d !== undefined);

const PIECES: readonly PieceGrammar[] = [
  {
    re: /\b(?:every|each)\s+(?:other|second)\s+(day|hour|week|minute)\b|\b(?:bi-?weekly|fortnightly)\b/,
    apply: (m, p, problems) => {
      const unit = m[1] ?? 'week';
      if (unit === 'week') set(p, 'rate', '14 days', problems, 'frequencies');
      else if (unit === 'day') p.everyDays = 2;
      else set(p, 'rate', `2 ${unit}s`, problems, 'frequencies');
    },
  },
  {
    re: /\b(?:every|each)\s+(\d+)\s+(minute|min|hour|hr|day|week)s?\b/,
    apply: (m, p, problems) => {
      const n = Number(m[1]);
      const unit = (m[2] ?? '').startsWith('min') ? 'minute' : (m[2] ?? '').startsWith('h') ? 'hour' : m[2];
      if (unit === 'day' && n > 1) p.everyDays = n;
      else if (unit === 'week') set(p, 'rate', `${n * 7} days`, problems, 'frequencies');
      else set(p, 'rate', `${n} ${unit}${n === 1 ? '' : 's'}`, problems, 'frequencies');
    },
  },
  {
    re: /\b(?:every|each)\s+(?:half\s+(?:an\s+)?hour|30\s+mins?)\b|\btwice an hour\b/,
    apply: (_m, p, problems) => set(p, 'rate', '30 minutes', problems, 'frequencies'),
  },
  {
    re: /\b(?:every|each)\s+(?:quarter\s+(?:of\s+an\s+)?hour)\b/,
    apply: (_m, p, problems) => set(p, 'rate', '15 minutes', problems, 'frequencies'),
  },
  {
    re: /\b(?:hourly|every\s+hour|each\s+hour|once\s+an\s+hour|on\s+the\s+hour)\b/,
    apply: (_m, p, problems) => set(p, 'rate', '1 hour', problems, 'frequencies'),
  },
  {
    re: /\bevery\s+minute\b/,
    apply: (_m, p, problems) => set(p, 'rate', '1 minute', problems, 'frequencies'),
  },
  {
    re: /\b(twice|(\d+)\s+times)\s+(?:a|per|each|every)\s+(day|week|month)\b|\btwice\s+(daily|weekly|monthly)\b/,
    apply: (m, p, problems) => {
      const n = m[1] === 'twice' || m[4] ? 2 : Number(m[2]);
      const unit = m[3] ?? (m[4] === 'daily' ? 'day' : m[4] === 'weekly' ? 'week' : 'month');
      const spread: Record<number, number[]> = { 2: [9, 17], 3: [9, 13, 17], 4: [8, 12, 16, 20] };
      if (unit === 'day') {
        const hours = spread[n];
        if (hours) set(p, 'hours', hours, problems, 'times');
        else set(p, 'rate', `${Math.max(1, Math.floor(24 / n))} hours`, problems, 'frequencies');
      } else if (unit === 'week') {
        const week: Record<number, string> = {
          2: 'MON,THU',
          3: 'MON,WED,FRI',
          4: 'MON,TUE,THU,FRI',
          5: 'MON-FRI',
        };
        const dow = week[n];
        if (dow) set(p, 'dow', dow, problems, 'days');
        else problems.push(`"${m[0]}" is more often than once a day; say which days or how often a day`);
      } else {
        set(p, 'dom', n === 2 ? '1,15' : n === 3 ? '1,10,20' : '1,8,15,22', problems, 'days of the month');
      }
    },
  },
  {
    re: new RegExp(
      `\\b(?:on\\s+)?(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\\s+(${DAY})\\s+(?:of|in)\\s+(?:the|each|every|a)?\\s*month\\b`,
    ),
    apply: (m, p, problems) => {
      const code = dayCode(m[2] ?? '');
      const n = DAY_NUMBERS[(code ?? '').toLowerCase()];
      if (!code || !n) return;
      const which = (m[1] ?? '').replace(/\d(st|nd|rd|th)$/, '');
      const ord = ORDINALS[which] ?? Number.parseInt(m[1] ?? '', 10);
      set(p, 'dow', m[1] === 'last' ? `${n}L` : `${n}#${ord}`, problems, 'days');
      p.monthly = true;
    },
  },
  {
    re: /\b(?:on\s+|at\s+)?(?:the\s+)?(?:last\s+(working|business|week)\s*day|end)\s+of\s+(?:the|each|every|a)?\s*month\b|\b(?:month-end|end of month)\b|\b(?:on\s+)?(?:the\s+)?last\s+day\s+of\s+(?:the|each|every|a)?\s*month\b/,
    apply: (m, p, problems) => {
      set(p, 'dom', m[1] ? 'LW' : 'L', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    re: /\b(?:at\s+|on\s+)?(?:the\s+)?(?:start|beginning|first\s+day)\s+of\s+(?:the|each|every|a)?\s*month\b/,
    apply: (_m, p, problems) => {
      set(p, 'dom', '1', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    re: new RegExp(
      `\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?:\\s+(?:day\\s+)?(?:of\\s+)?(?:the|each|every|a)?\\s*month)?(?!\\s*(?:${MONTH}))\\b|\\b(?:on\\s+)?(?:the\\s+)?(first|second|third|fourth|fifth)(?=\\s+(?:day\\s+)?of\\s+(?:the|each|every|a)?\\s*month)(?:\\s+day)?\\s+of\\s+(?:the|each|every|a)?\\s*month\\b`,
    ),
    apply: (m, p, problems) => {
      const n = m[1] ? Number(m[1]) : (ORDINALS[m[2] ?? ''] ?? 0);
      if (n < 1 || n > 31) problems.push(`"${m[0].trim()}" is not a day of the month`);
      else set(p, 'dom', String(n), problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    re: new RegExp(
      `\\b(?:on\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b`,
    ),
    apply: (m, p, problems) => {
      const month = MONTHS.indexOf((m[1] ?? m[4] ?? '').slice(0, 3)) + 1;
      const day = Number(m[2] ?? m[3]);
      if (month < 1 || day < 1 || day > 31) return;
      set(p, 'month', String(month), problems, 'months');
      set(p, 'dom', String(day), problems, 'days of the month');
    },
  },
  {
    re: /\b(?:every|each)\s+quarter\b|\bquarterly\b|\bonce\s+a\s+quarter\b/,
    apply: (_m, p, problems) => {
      set(p, 'month', '1,4,7,10', problems, 'months');
      p.monthly = true;
    },
  },
  {
    re: /\b(?:every|each)\s+year\b|\b(?:yearly|annually)\b|\bonce\s+a\s+year\b/,
    apply: (_m, p) => {
      p.month ??= '1';
      p.monthly = true;
    },
  },
  {
    re: /\b(?:every|each)\s+month\b|\bmonthly\b|\bonce\s+a\s+month\b|\bper\s+month\b/,
    apply: (_m, p) => {
      p.monthly = true;
    },
  },
  {
    re: new RegExp(
      `\\b(?:${EVERY}\\s+)?(?:(?:work(?:ing)?|business|week)\\s*days?|weekdays?)\\b|\\b(?:${DAY})\\s*(?:-|to|through|thru|until)\\s*(?:${DAY})\\b`,
    ),
    apply: (m, p, problems) => {
      const range = days(m[0]);
      if (range.length === 2) set(p, 'dow', `${range[0]}-${range[1]}`, problems, 'days');
      else set(p, 'dow', 'MON-FRI', problems, 'days');
    },
  },
  {
    re: new RegExp(`\\b(?:${EVERY}\\s+)?(?:the\\s+)?weekends?\\b`),
    apply: (_m, p, problems) => set(p, 'dow', 'SAT,SUN', problems, 'days'),
  },
  {
    re: new RegExp(
      `\\b(?:${EVERY}\\s+)?(?:the\\s+)?${DAY}(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s*(?:,|/|&|\\band\\b|\\bor\\b|\\bplus\\b)\\s*(?:on\\s+)?${DAY})*\\b`,
    ),
    apply: (m, p, problems) => {
      const list = [...new Set(days(m[0]))];
      if (list.length > 0) set(p, 'dow', list.join(','), problems, 'days');
      const part = /morning|afternoon|evening|night/.exec(m[0]);
      const hour = part ? PART_OF_DAY[part[0]] : undefined;
      if (hour !== undefined) p.partOfDay = hour;
    },
  },
  {
    re: /\b(?:every|each|once\s+a|per|once\s+every)\s+week\b|\bweekly\b/,
    apply: (_m, p) => {
      p.weekly = true;
    },
  },
  {
    re: /\b(?:every|each)\s+(?:single\s+)?day\b|\b(?:daily|everyday|nightly)\b|\bonce\s+a\s+day\b|\bper\s+day\b|\bday\s+by\s+day\b/,
    apply: (m, p) => {
      if (m[0] === 'nightly') p.partOfDay ??= 20;
    },
  },
  {
    re: /\b(?:between|from)\s+(\d{1,2})\s*(am|pm)?\s*(?:and|to|until|-)\s*(\d{1,2})\s*(am|pm)?\b|\b(?:during|within|in)\s+(?:business|office|working|work)\s+hours\b/,
    apply: (m, p, problems) => {
      if (!m[1]) {
        set(p, 'hourRange', [9, 17], problems, 'hours');
        p.dow ??= 'MON-FRI';
        return;
      }
      const from = hourOf(Number(m[1]), m[2], false);
      const to = hourOf(Number(m[3]), m[4] ?? (Number(m[3]) < Number(m[1]) ? 'pm' : undefined), false);
      if (from === undefined || to === undefined || to < from)
        problems.push(`I could not read the hours "${m[0]}"`);
      else set(p, 'hourRange', [from, to], problems, 'hours');
    },
  },
  {
    re: /\b(?:at\s+)?(?:half\s+past|quarter\s+past|quarter\s+to)\s+(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.|o'clock)?/,
    apply: (m, p, problems) => {
      const base = Number(m[1]);
      const to = m[0].includes(' to ');
      const hour = hourOf(to ? base - 1 : base, m[2]);
      if (hour === undefined || base > 12)
        return void problems.push(`I could not read the time "${m[0].trim()}"`);
      set(p, 'hours', [hour], problems, 'times');
      set(p, 'minute', m[0].includes('half') ? 30 : to ? 45 : 15, problems, 'times');
    },
  },
  {
    re: /\b(?:at\s+)?(?:noon|midday|lunch\s*time|lunch)\b/,
    apply: (_m, p, problems) => set(p, 'hours', [12], problems, 'times'),
  },
  {
    re: /\b(?:at\s+)?midnight\b/,
    apply: (_m, p, problems) => set(p, 'hours', [0], problems, 'times'),
  },
  {
    re: /\b(?:at\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day|eod|close\s+of\s+business|cob|after\s+work)\b/,
    apply: (_m, p) => {
      p.partOfDay = 17;
    },
  },
  {
    re: /\b(?:first\s+thing(?:\s+in\s+the\s+morning)?|start\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day)\b/,
    apply: (_m, p) => {
      p.partOfDay = 8;
    },
  },
  {
    re: /\b(?:in\s+the\s+|every\s+|each\s+|on\s+)?(mornings?|afternoons?|evenings?|nights?|tonight)\b/,
    apply: (m, p) => {
      const word = (m[1] ?? '').replace(/s$/, '');
      const hour = PART_OF_DAY[word === 'tonight' ? 'evening' : word];
      if (hour !== undefined) p.partOfDay = hour;
    },
  },
  {
    re: TIME_AT,
    apply: (m, p, problems) => {
      const items = [...m[0].replace(/^\s*(?:at|@|by|around|from)\s*/, '').matchAll(TIME_LIST_ITEM)];
      const times = items.map((i) => ({ hour: hourOf(Number(i[1]), i[3]), minute: Number(i[2] ?? 0) }));
      if (times.some((t) => t.hour === undefined || t.minute > 59))
        return void problems.push(`I could not read the time "${m[0].trim()}"`);
      const minutes = new Set(times.map((t) => t.minute));
      if (minutes.size > 1)
        return void problems.push(
          `"${m[0].trim()}" needs two schedules (different minutes); make two workflows`,
        );
      set(
        p,
        'hours',
        [...new Set(times.map((t) => t.hour as number))].sort((a, b) => a - b),
        problems,
        'times',
      );
      set(p, 'minute', times[0]?.minute ?? 0, problems, 'times');
    },
  },
];

const PART_OF_DAY: Record<string, number> = { morning: 9, afternoon: 14, evening: 18, night: 20 };

/** A time that is a clock time only with "at", am/pm or hh:mm ("3 days" and "10k" are not times). */
const isClockTime = (m: RegExpExecArray): boolean =>
  /^\s*(?:at|@)\b/.test(m[0]) || Boolean(m[2]) || /am|pm|a\.m|p\.m|o'clock|h\b|hrs/.test(m[0]);

const ZONE_PIECE = new RegExp(
  `(?:\\(\\s*)?(?:\\b(?:in|on)\\s+)?(?:the\\s+)?(${ZONE_NAME.source})(\\s+time(?:\\s*zone)?|\\s+timezone)?(?:\\s*\\))?`,
  'u',
);
const UNKNOWN_ZONE =
  /\b(?:in\s+)?([a-z][a-z ]{1,30}?)\s+(?:time\s*zone|timezone|time)\b(?!\s+(?:of|as|for|to))/;

/** Scans one clause for schedule pieces and marks them; call for every clause, then `schedule(parts)`. */
export const scanSchedule = (clause: Clause, parts: Parts, problems: string[]): boolean => {
  let found = false;
  for (const piece of PIECES) {
    for (let m = clause.find(piece.re); m; m = clause.find(piece.re)) {
      if (piece.re === TIME_AT && !isClockTime(m)) break;
      if (
        piece.re === TIME_AT &&
        /\b(?:minute|hour|day|week|month)s?\b/.test(
          clause.view.slice(m.index + m[0].length, m.index + m[0].length + 12),
        )
      )
        break;
      piece.apply(m, parts, problems);
      clause.mark(m.index, m[0].length);
      found = true;
    }
  }
  return found;
};

/** Whether only blanks and commas separate `index` from an understood schedule piece before it. */
const followsPiece = (clause: Clause, index: number): boolean => {
  const gap = /[\s,]*$/.exec(clause.text.slice(0, index))?.[0].length ?? 0;
  return index - gap > 0 && clause.isMarked(index - gap - 1);
};

/** Scans one clause for time zones; call for every clause once a schedule was found. */
export const scanZones = (clause: Clause, parts: Parts, problems: string[]): void => {
  for (let m = clause.find(ZONE_PIECE); m; m = clause.find(ZONE_PIECE)) {
    const name = m[1] ?? '';
    const explicit = Boolean(m[2]) || m[0].includes('(');
    const introduced = /^\s*(?:in|on)\b/.test(m[0]);
    const adjacent = followsPiece(clause, m.index);
    const accepted = WEAK_NAMES.has(name) ? explicit || adjacent : explicit || introduced || adjacent;
    if (!accepted) break;
    const zone = resolveZone(name, clause.cased(name));
    if (!zone) break;
    if (!zone.ok) problems.push(zone.problem);
    else if (parts.zone && parts.zone !== zone.zone)
      problems.push('the request names two different time zones');
    else parts.zone = zone.zone;
    clause.mark(m.index, m[0].length);
  }
  const place = clause.find(/\b(?:in|at)\s+([a-z][a-z/_ ]{1,30}?)\s*(?=,|$)/);
  if (
    place?.[1] &&
    followsPiece(clause, place.index) &&
    !/^(?:the|a|an|all|once|slack|email|total|the morning|the evening|the afternoon)\b/.test(place[1])
  ) {
    problems.push(
      `I don't know the time zone "${clause.cased(place[1]).trim()}"; name a city or an IANA zone such as Europe/Berlin`,
    );
    clause.mark(place.index, place[0].length);
  }
  const unknown = clause.find(UNKNOWN_ZONE);
  if (
    unknown?.[1] &&
    !/^(?:the|same|each|every|a|an|any|that|this|what|lead|response|reply|delivery|send|first|next|last|real|business|office|working|their|our|my|your|local|due|record|one|any)\b/.test(
      unknown[1],
    )
  ) {
    problems.push(
      `I don't know the time zone "${clause.cased(unknown[1]).trim()}"; name a city or an IANA zone such as Europe/Berlin`,
    );
    clause.mark(unknown.index, unknown[0].length);
  }
};

export const newScheduleParts = (): Parts => ({});

/** The trigger the pieces make, or the problem that prevents one. */
export const scheduleOf = (
  p: Parts,
  problems: string[],
): Extract<Trigger, { type: 'schedule' }> | undefined => {
  const withZone = (t: Extract<Trigger, { type: 'schedule' }>) => (p.zone ? { ...t, timezone: p.zone } : t);
  const hasDay = p.dow !== undefined || p.dom !== undefined || p.month !== undefined;
  const hasTime = p.hours !== undefined || p.partOfDay !== undefined;
  if (p.rate) {
    const [n, unit] = p.rate.split(' ');
    if (p.hourRange && /minute|hour/.test(unit ?? '')) {
      // AWS documents "/" as start/increment only: a stepped range is written as the list of its hours
      const [from, to] = p.hourRange;
      const every = Number(n);
      const step = unit?.startsWith('hour')
        ? Array.from({ length: Math.floor((to - from) / every) + 1 }, (_, i) => from + i * every).join(',')
        : `${from}-${to}`;
      const minutes = unit?.startsWith('minute') ? `0/${n}` : '0';
      return withZone({
        type: 'schedule',
        cron: `${minutes} ${step} ${p.dow ? '?' : '*'} * ${p.dow ?? '?'} *`,
      });
    }
    if (hasDay || hasTime) {
      problems.push(
        `"every ${p.rate}" cannot also be tied to a day or a time; EventBridge Scheduler runs a rate from when it is created`,
      );
      return undefined;
    }
    return withZone({ type: 'schedule', rate: p.rate });
  }
  const hours = p.hours
    ? p.partOfDay !== undefined && p.partOfDay >= 12
      ? p.hours.map((h) => (h < 12 ? h + 12 : h))
      : p.hours
    : [p.partOfDay ?? 9];
  const hourField = p.hourRange ? `${p.hourRange[0]}-${p.hourRange[1]}` : hours.join(',');
  const minute = p.minute ?? 0;
  let dom = p.dom ?? (p.dow ? '?' : p.monthly ? '1' : '*');
  let dow = p.dow ?? (p.weekly && !p.dom ? 'MON' : '?');
  if (dow !== '?' && dom !== '?') {
    if (p.dom) {
      problems.push('a schedule can name days of the week or days of the month, not both');
      return undefined;
    }
    dom = '?';
  }
  if (p.everyDays) {
    if (dow !== '?' || (dom !== '*' && dom !== '?')) {
      problems.push(`"every ${p.everyDays} days" cannot also be tied to days of the week or month`);
      return undefined;
    }
    if (!hasTime) return withZone({ type: 'schedule', rate: `${p.everyDays} days` });
    dom = `1/${p.everyDays}`;
    dow = '?';
  }
  return withZone({ type: 'schedule', cron: `${minute} ${hourField} ${dom} ${p.month ?? '*'} ${dow} *` });
};

export type ScheduleParts = Parts;
