import { alt, ORDINAL_SUFFIX } from './lexicon';
import { DATE_PIECES } from './schedule-dates';
import { MONTH, MONTH_PIECES, MONTHS } from './schedule-months';
import { RATE_PIECES } from './schedule-rates';
import { hourOf, LIST_PIECES, type PieceGrammar, set } from './schedule-times';

export { SKIPPED_WEEKS } from './schedule-rates';
export type { ScheduleParts } from './schedule-times';
export { isTimeList, TIME_LIST } from './schedule-times';

/**
 * The pieces of a schedule, each with its own small grammar: days (weekdays, lists, ranges, nth weekday of the
 * month, days of the month, quarters), times ("at 8:30", "half past eight", "noon", "twice a day", parts of the
 * day), hour ranges and rates ("every 15 minutes"). schedule.ts finds them in a request and assembles them.
 */

const DAY_NUMBERS: Record<string, number> = { sun: 1, mon: 2, tue: 3, wed: 4, thu: 5, fri: 6, sat: 7 };
const DAY = '(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?';
const DAY_RE = new RegExp(`^${DAY}$`);
const dayCode = (word: string): string | undefined => {
  if (!DAY_RE.test(word)) return undefined;
  const code = word.slice(0, 3).toUpperCase();
  return code in { MON: 1, TUE: 1, WED: 1, THU: 1, FRI: 1, SAT: 1, SUN: 1 } ? code : undefined;
};
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const NTH = '(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)';
const EVERY = '(?:every|each|on|on every|on each|every single)';

export const TIME_AT =
  /\b(?:at|@|by|around|from)?\s*(?<!⟦)(\d{1,2})(?![\d⟧])(?:[:.](\d{2}))?(?:\s*(am\b|pm\b|a\.m\.|p\.m\.|o'clock|h\b|hrs\b))?(?:\s*(?:and|&|,)\s*(\d{1,2})(?:[:.](\d{2}))?(?:\s*(am\b|pm\b|a\.m\.|p\.m\.|o'clock))?)*/;
const TIME_LIST_ITEM = /(\d{1,2})(?:[:.](\d{2}))?\s*(am\b|pm\b|a\.m\.|p\.m\.|o'clock)?/g;

const days = (text: string): string[] =>
  (text.match(new RegExp(DAY, 'g')) ?? []).map((d) => dayCode(d)).filter((d): d is string => d !== undefined);

/** "Mondays and Thursdays", "mon wed fri", "every Sunday evening": the days of the week it runs on. */
export const DAY_LIST = new RegExp(
  `\\b(?:${EVERY}\\s+)?(?:the\\s+)?${DAY}(?:\\s+${alt('partOfDay', '+night')})?(?:(?:\\s*(?:,|/|&|\\band\\b|\\bor\\b|\\bplus\\b)\\s*(?:on\\s+)?|\\s)${DAY})*\\b`,
);

/**
 * "6pm the night before: send every guest arriving tomorrow …": the day before tomorrow's records, every day (read
 * only when the request says tomorrow: schedule.ts).
 */
export const DAY_BEFORE =
  /\bthe\s+(night|evening|afternoon|morning|day)\s+before\b(?!\s+(?:the|a|an|their|its|each|every|any|it|they|we|you)\b)/;

export const PIECES: readonly PieceGrammar[] = [
  ...DATE_PIECES,
  ...MONTH_PIECES,
  ...LIST_PIECES,
  ...RATE_PIECES,
  {
    re: DAY_BEFORE,
    apply: (m, p) => {
      const hour = PART_OF_DAY[m[1] ?? ''];
      if (hour !== undefined) p.partOfDay = hour;
    },
  },
  {
    re: /\b(twice|(\d+)\s*(?:times|x))\s+(?:a|per|each|every)\s+(day|week|month)\b|\btwice\s+(daily|weekly|monthly)\b/,
    apply: (m, p, problems) => {
      const n = m[1] === 'twice' || m[4] ? 2 : Number(m[2]);
      const unit = m[3] ?? (m[4] === 'daily' ? 'day' : m[4] === 'weekly' ? 'week' : 'month');
      const spread = SPREAD;
      if (unit === 'day') {
        if (spread[n]) set(p, 'perDay', n, problems, 'times a day');
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
    // "the first and third Monday of the month": Scheduler's day-of-week field holds one "#" expression only
    re: new RegExp(
      `\\b(?:on\\s+)?(?:the\\s+)?${NTH}(?:\\s*(?:,|and|&|or)\\s*(?:the\\s+)?${NTH})+\\s+${DAY}\\s+(?:of|in)\\s+(?:(?:the|each|every|a)\\s+)?month\\b`,
    ),
    apply: (m, _p, problems) => {
      problems.push(
        `"${m[0].trim()}" cannot be one schedule: a cron expression names one weekday of the month ("the first Monday"); make one workflow for each`,
      );
    },
  },
  {
    // "the first business day of the month": the weekday nearest the 1st, never in the month before (1W)
    re: /\b(?:on\s+)?(?:the\s+)?first\s+(?:working|business|week)\s*day\s+(?:of|in)\s+(?:(?:the|each|every|a)\s+)?month\b/,
    apply: (_m, p, problems) => {
      set(p, 'dom', '1W', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    re: new RegExp(
      `\\b(?:on\\s+)?(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\\s+(${DAY})\\s+(?:(?:of|in)\\s+(?:(?:the|each|every|a)\\s+)?|(?:each|every)\\s+)(month|quarter)\\b`,
    ),
    apply: (m, p, problems) => {
      // "the first Monday of each quarter": that Monday in January, April, July and October; the last in December's
      if (m[3] === 'quarter') set(p, 'month', m[1] === 'last' ? '3,6,9,12' : '1,4,7,10', problems, 'months');
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
    re: /\b(?:on\s+|at\s+)?(?:the\s+)?(?:last\s+(working|business|week)\s*day|end)\s+of\s+(?:(?:the|each|every|a)\s+)?month\b|\b(?:(?:on|at|every|each)\s+)?(?:the\s+)?(?:month[-\s]?end|end of month|eom)\b|\b(?:the\s+)?last\s+calendar\s+day(?:\s+of\s+(?:(?:the|each|every|a)\s+)?month)?\b|\b(?:on\s+)?(?:the\s+)?last\s+day\s+of\s+(?:(?:the|each|every|a)\s+)?month\b/,
    apply: (m, p, problems) => {
      set(p, 'dom', m[1] ? 'LW' : 'L', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    // "quarter end", "at the end of each quarter": the last day of March, June, September and December
    re: /(?<!\b(?:by|before|until|till)\s(?:the\s)?)\b(?:(?:on|at|every|each)\s+)?(?:the\s+)?(?:quarter[-\s]?end|end\s+of\s+(?:(?:the|each|every|a)\s+)?quarter|eoq)\b/,
    apply: (_m, p, problems) => {
      set(p, 'month', '3,6,9,12', problems, 'months');
      set(p, 'dom', 'L', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    // "year end", "at the end of the year": the 31st of December
    re: /(?<!\b(?:by|before|until|till)\s(?:the\s)?)\b(?:(?:on|at|every|each)\s+)?(?:the\s+)?(?:year[-\s]?end|end\s+of\s+(?:(?:the|each|every|a)\s+)?year|eoy)\b/,
    apply: (_m, p, problems) => {
      set(p, 'month', '12', problems, 'months');
      set(p, 'dom', '31', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    // "at the end of each week", "week end": the end of the working week, Friday
    re: /(?<!\b(?:by|before|until|till)\s(?:the\s)?)\b(?:(?:on|at|every|each)\s+)?(?:the\s+)?(?:end\s+of\s+(?:(?:the|each|every|a)\s+)?(?:working\s+|work\s+|business\s+)?week|eow)\b/,
    apply: (_m, p, problems) => set(p, 'dow', 'FRI', problems, 'days'),
  },
  {
    // "every month on the last day", "monthly, on the last business day": the month said first
    re: /\b(?:(?:every|each)\s+month|monthly)[,\s]+on\s+the\s+last\s+(?:(working|business|week)\s*)?day\b/,
    apply: (m, p, problems) => {
      set(p, 'dom', m[1] ? 'LW' : 'L', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    re: /\b(?:at\s+|on\s+)?(?:the\s+)?(?:start|beginning|first\s+day)\s+of\s+(?:(?:the|each|every|a)\s+)?month\b/,
    apply: (_m, p, problems) => {
      set(p, 'dom', '1', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    // "day 28 of each month", "on day 5 of the month", "monthly on day 15": a day of the month by its number
    // "on the 2 of every month", "every month on the 15" (no ordinal ending): the same day, never the 1st
    re: /\b(?:on\s+)?(?:day|the)\s+(\d{1,2})\s+of\s+(?:(?:the|each|every|a)\s+)?month\b|\bmonthly\s+on\s+(?:day|the)\s+(\d{1,2})\b|\b(?:every|each)\s+month\s+on\s+the\s+(\d{1,2})\b(?![:.]\d|\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|h\b|hrs?\b|hours?|days?|minutes?|weeks?|months?))/,
    apply: (m, p, problems) => {
      const n = Number(m[1] ?? m[2] ?? m[3]);
      if (n < 1 || n > 31) problems.push(`"${m[0].trim()}" is not a day of the month`);
      else set(p, 'dom', String(n), problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    re: new RegExp(
      `(?<!\\b(?:by|before|until|till)\\s(?:the\\s)?)\\b(?:on\\s+)?(?:(?:every|each)\\s+)?(?:the\\s+)?(\\d{1,2}${ORDINAL_SUFFIX}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?\\d{1,2}${ORDINAL_SUFFIX})*)(?:\\s+(?:day\\s+)?(?:of\\s+)?(?:(?:the|each|every|a)\\s+)?month)?(?!\\s*(?:of\\s+)?(?:${MONTH}))\\b|\\b(?:on\\s+)?(?:the\\s+)?(first|second|third|fourth|fifth)(?=\\s+(?:day\\s+)?of\\s+(?:(?:the|each|every|a)\\s+)?month)(?:\\s+day)?\\s+of\\s+(?:(?:the|each|every|a)\\s+)?month\\b`,
    ),
    apply: (m, p, problems) => {
      const ns = m[1]
        ? (m[1].match(/\d{1,2}(?=st|nd|rd|th)/g) ?? []).map(Number)
        : [ORDINALS[m[2] ?? ''] ?? 0];
      if (ns.some((n) => n < 1 || n > 31)) problems.push(`"${m[0].trim()}" is not a day of the month`);
      else set(p, 'dom', [...new Set(ns)].sort((a, b) => a - b).join(','), problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    re: new RegExp(
      `\\b(?:on\\s+|every\\s+|each\\s+)?(${MONTH})\\s+(\\d{1,2})${ORDINAL_SUFFIX}?\\b|\\b(?:on\\s+|every\\s+|each\\s+)?(?:the\\s+)?(\\d{1,2})${ORDINAL_SUFFIX}?\\s+(?:of\\s+)?(${MONTH})\\b`,
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
    re: /\b(?:every|each)\s+quarter\b|\b(?:(the|their|our|your|my|his|her|its|a)\s)?quarterly\b|\bonce\s+a\s+quarter\b/,
    apply: (m, p, problems) => {
      // "on Jan 15, Apr 15, Jun 15 and Sep 15 … their quarterly payments": a kind of thing beside the months named
      if (m[1] && p.month !== undefined) return;
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
      `\\b(?:(?:during|from|throughout|over|on)\\s+(?:the\\s+)?)?(?:${EVERY}\\s+)?(?:(?<!\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|more|additional|extra|further)\\s)(?:work(?:ing)?|business)\\s*days?|week\\s*days?|weekdays?)\\b|\\b(?:from\\s+)?(?:${DAY})\\s*(?:-|to|through|thru|until)\\s*(?:${DAY})\\b|\\bbetween\\s+(?:${DAY})\\s+and\\s+(?:${DAY})\\b`,
    ),
    apply: (m, p, problems) => {
      const range = days(m[0]);
      if (range.length === 2) set(p, 'dow', `${range[0]}-${range[1]}`, problems, 'days');
      else set(p, 'dow', 'MON-FRI', problems, 'days');
    },
  },
  {
    re: /\b(?:(?:just|right)\s)?(?:before|ahead\sof|prior\sto)\s(?:the\s)?weekend\b|(?<!\b(?:by|until|till|before)\s(?:the\s)?)\b(?:at\s)?(?:the\s)?end\sof\s(?:the|each|every)\s(?:working\s|work\s)?week\b/,
    apply: (_m, p) => {
      p.endOfWeek = true;
    },
  },
  {
    re: new RegExp(`\\b(?:(?:${EVERY}|over|during|at)\\s+)?(?:the\\s+)?weekends?\\b`),
    apply: (_m, p, problems) => set(p, 'dow', 'SAT,SUN', problems, 'days'),
  },
  {
    re: DAY_LIST,
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
    re: /\b(?:between|from)\s+(\d{1,2})\s*(?:(am|pm)\s*)?(?:and|to|until|-)\s*(\d{1,2})\s*(am|pm)?\b|\b(?:during|within|in)\s+(?:business|office|working|work)\s+hours\b/,
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
    // "ten past nine", "20 to 5", "5 minutes after 8"
    re: /\b(?:at\s+)?(\d{1,2})\s+(?:minutes?\s+)?(past|after|to)\s+(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.|o'clock)?(?![\d:.])/,
    apply: (m, p, problems) => {
      const minutes = Number(m[1]);
      const base = Number(m[3]);
      const to = m[2] === 'to';
      const hour = hourOf(to ? base - 1 : base, m[4]);
      if (hour === undefined || base > 12 || minutes < 1 || minutes > 59)
        return void problems.push(`I could not read the time "${m[0].trim()}"`);
      set(p, 'hours', [hour], problems, 'times');
      set(p, 'minute', to ? 60 - minutes : minutes, problems, 'times');
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
    // "everyone who's booked for tonight", "tonight's bookings": the day of the bookings found, never the schedule's time
    re: /\b(?:in\s+the\s+|every\s+|each\s+|on\s+)?(mornings?|afternoons?|evenings?|nights?|(?<!\b(?:booked|scheduled|reserved|confirmed|due|coming|in|have|got|are)\s(?:in\s)?(?:for\s)?)tonight(?!['’]s\b))\b/,
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
      // "06:00", "07.30": a leading zero is the 24-hour clock, the hour as written, never taken as afternoon
      const bare = (i: RegExpExecArray | RegExpMatchArray) => !i[3] && !i[1]?.startsWith('0');
      const times = items.map((i) => ({
        hour: hourOf(Number(i[1]), i[3], bare(i)),
        minute: Number(i[2] ?? 0),
      }));
      if (items.some((i) => bare(i) && Number(i[1]) >= 1 && Number(i[1]) <= 6)) p.barePm = true;
      if (items.some((i) => /^a/.test(i[3] ?? ''))) p.amSaid = true;
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

/** "twice a day" without its times: spread over the office day. */
export const SPREAD: Readonly<Record<number, readonly number[]>> = {
  2: [9, 17],
  3: [9, 13, 17],
  4: [8, 12, 16, 20],
};

/** A time that is a clock time only with "at", am/pm or hh:mm ("3 days" and "10k" are not times). */
export const isClockTime = (m: RegExpExecArray): boolean =>
  /^\s*(?:at|@)\b/.test(m[0]) || Boolean(m[2]) || /am|pm|a\.m|p\.m|o'clock|h\b|hrs/.test(m[0]);
