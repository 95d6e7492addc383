import { ORDINAL_SUFFIX } from './lexicon';
import { HOLIDAY_PIECES } from './schedule-holidays';
import { type PieceGrammar, set } from './schedule-times';

/**
 * Days of the year said with a list of months (session 31): "the 1st of January, April, July and October", "on 1
 * January, 1 April, 1 July and 1 October", "every year on 1 January", "in January and July on the 1st". One cron
 * expression holds one day-of-month field and a list of months (EventBridge Scheduler: `min hour dom month ? year`),
 * so a list of months is one schedule when its day is the same for each; different days are refused, never merged.
 */

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Between two months of a list: ",", "and", "&", "or", ", and" (single spaces: linear). */
const JOINT = String.raw`(?:\s?,\s?(?:and\s)?|\s(?:and|&|or)\s)`;
const DAY = String.raw`(\d{1,2})${ORDINAL_SUFFIX}?`;

const monthNumbers = (text: string): number[] =>
  [...new Set((text.match(new RegExp(MONTH, 'g')) ?? []).map((m) => MONTHS.indexOf(m.slice(0, 3)) + 1))]
    .filter((n) => n > 0)
    .sort((a, b) => a - b);

const setDays = (
  said: string,
  days: readonly number[],
  p: Parameters<PieceGrammar['apply']>[1],
  problems: string[],
) => {
  const distinct = [...new Set(days)];
  if (distinct.length !== 1 || !distinct[0] || distinct[0] > 31)
    return void problems.push(
      `"${said.trim()}" names a different day in different months; a schedule runs on one day of the month in each of its months: make one workflow for each day`,
    );
  set(p, 'dom', String(distinct[0]), problems, 'days of the month');
};

/** "in March", "during June and July" with no day: schedule.ts reads it only right after a time or a day. */
export const MONTHS_ONLY = new RegExp(
  String.raw`\b(?:in|during|throughout)\s(?:the\smonths?\sof\s)?(${MONTH}(?:${JOINT}${MONTH})*)\b(?!\s?,?\s?(?:on\s)?(?:the\s)?\d)`,
);

/** Scheduler's day-of-week numbers (1 = Sunday), for "the last Friday of …" (`6L`). */
const WEEKDAY = '(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|rsday|urday|r|rs)?';
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const LAST = String.raw`(?<!\b(?:by|before|until|till)\s(?:the\s)?)\b(?:on\s|at\s)?(?:the\s)?last\s(?:(working|business|week)\s?day|(?:calendar\s)?day|${WEEKDAY})`;

/** The last day ("L"), last weekday ("LW") or last Friday ("6L") of the months a schedule runs in. */
const setLast = (
  m: RegExpExecArray,
  months: string,
  p: Parameters<PieceGrammar['apply']>[1],
  problems: string[],
) => {
  set(p, 'month', months, problems, 'months');
  if (m[2]) set(p, 'dow', `${WEEKDAYS.indexOf(m[2]) + 1}L`, problems, 'days');
  else set(p, 'dom', m[1] ? 'LW' : 'L', problems, 'days of the month');
  p.monthly = true;
};

export const MONTH_PIECES: readonly PieceGrammar[] = [
  // "every Christmas Eve", "on New Year's Day": first, so a named day is never a zone or a kind of message
  ...HOLIDAY_PIECES,
  {
    // "the last day of each quarter", "the last business day of the quarter", "the last Friday of every quarter":
    // in the quarter's last month, never its first (session 39: "the last day of each quarter" ran on 1 January)
    re: new RegExp(String.raw`${LAST}\sof\s(?:(?:the|each|every|a)\s)?quarter\b`),
    apply: (m, p, problems) => setLast(m, '3,6,9,12', p, problems),
  },
  {
    // "the last day of March, June, September and December", "the last Friday of November"
    re: new RegExp(String.raw`${LAST}\s(?:of|in)\s(${MONTH}(?:${JOINT}${MONTH})*)\b`),
    apply: (m, p, problems) => setLast(m, monthNumbers(m[3] ?? '').join(','), p, problems),
  },
  {
    // "the 1st of January, April, July and October", "on the 15th of March, June, September and December"
    re: new RegExp(String.raw`\b(?:on\s)?(?:the\s)?${DAY}\s(?:of\s)?(${MONTH}(?:${JOINT}${MONTH})+)\b`),
    apply: (m, p, problems) => {
      setDays(m[0], [Number(m[1])], p, problems);
      set(p, 'month', monthNumbers(m[2] ?? '').join(','), problems, 'months');
      p.monthly = true;
    },
  },
  {
    // "on 1 January, 1 April, 1 July and 1 October", "January 1, April 1 and July 1"
    re: new RegExp(
      String.raw`\b(?:on\s)?(?:the\s)?(?:${DAY}\s(?:of\s)?${MONTH}(?:${JOINT}(?:the\s)?\d{1,2}${ORDINAL_SUFFIX}?\s(?:of\s)?${MONTH})+|${MONTH}\s\d{1,2}${ORDINAL_SUFFIX}?(?:${JOINT}${MONTH}\s\d{1,2}${ORDINAL_SUFFIX}?)+)\b`,
    ),
    apply: (m, p, problems) => {
      const days = (m[0].match(/\d{1,2}/g) ?? []).map(Number);
      setDays(m[0], days, p, problems);
      set(p, 'month', monthNumbers(m[0]).join(','), problems, 'months');
      p.monthly = true;
    },
  },
  {
    // "in January and July on the 1st", "every March, June, September and December on the 15th": with its day
    re: new RegExp(
      String.raw`\b(?:(?:in|during)\s(${MONTH}(?:${JOINT}${MONTH})*)|(?:every|each)\s(${MONTH}(?:${JOINT}${MONTH})*)(?=,?\s(?:on\s)?(?:the\s)?\d)),?\s(?:on\s)?(?:the\s)?${DAY}(?!\s?(?:am|pm|a\.m\.|p\.m\.|o'clock|:|\.\d))\b`,
    ),
    apply: (m, p, problems) => {
      setDays(m[0], [Number(m[3])], p, problems);
      set(p, 'month', monthNumbers(m[1] ?? m[2] ?? '').join(','), problems, 'months');
      p.monthly = true;
    },
  },
  {
    // "every 3 months", "every six months", "twice a year": the months of the year it runs in (from January)
    re: /\b(?:(?:every|each|once\s+every)\s+(3|three|4|four|6|six)\s+months|(twice)\s+a\s+year|(bi-?annually|semi-?annually|half-?yearly))\b/,
    apply: (m, p, problems) => {
      const every = /^(?:3|three)$/.test(m[1] ?? '') ? 3 : /^(?:4|four)$/.test(m[1] ?? '') ? 4 : 6;
      set(
        p,
        'month',
        Array.from({ length: 12 / every }, (_, i) => 1 + i * every).join(','),
        problems,
        'months',
      );
      p.monthly = true;
    },
  },
  {
    // "at the start of each quarter", "the first day of every quarter": the 1st of its first month
    re: /\b(?:at\s|on\s)?(?:the\s)?(?:start|beginning|first\sday)\sof\s(?:(?:the|each|every|a)\s)?quarter\b/,
    apply: (_m, p, problems) => {
      set(p, 'month', '1,4,7,10', problems, 'months');
      set(p, 'dom', '1', problems, 'days of the month');
      p.monthly = true;
    },
  },
  {
    // "every Monday at 9 in March", "weekdays during June and July": only in those months (no day of its own)
    re: MONTHS_ONLY,
    apply: (m, p, problems) => set(p, 'month', monthNumbers(m[1] ?? '').join(','), problems, 'months'),
  },
];
