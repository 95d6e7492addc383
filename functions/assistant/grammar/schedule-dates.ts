import { ORDINAL_SUFFIX } from './lexicon';
import { MONTH, MONTHS } from './schedule-months';
import { type PieceGrammar, type ScheduleParts, set } from './schedule-times';

/**
 * Dates of one day (session 39): "On 24 January 2027 at 9am", "April 1st 2027 9am", "on 2027-03-01": a date with
 * its year runs once, an EventBridge Scheduler one-time schedule (`at(2027-01-24T09:00:00)` in the trigger's zone).
 * "on 23/12" (no year) is that day every year, as "on 23 December" is. Numbers are read day first ("23/12") or month
 * first ("12/23") only when one of them cannot be a month; "on 1/4" is refused, asking for the month's name.
 */

const date = (p: ScheduleParts, problems: string[], day: number, month: number, year?: number): void => {
  if (month < 1 || month > 12 || day < 1 || day > 31) return;
  set(p, 'month', String(month), problems, 'months');
  set(p, 'dom', String(day), problems, 'days of the month');
  if (year !== undefined) set(p, 'year', year, problems, 'years');
};

const monthOf = (said: string | undefined): number => MONTHS.indexOf((said ?? '').slice(0, 3)) + 1;

export const DATE_PIECES: readonly PieceGrammar[] = [
  {
    // "24 January 2027", "the 1st of March, 2027", "January 24, 2027", "April 1st 2027"
    re: new RegExp(
      String.raw`\b(?:on\s)?(?:the\s)?(?:(\d{1,2})${ORDINAL_SUFFIX}?\s(?:of\s)?(${MONTH})|(${MONTH})\s(\d{1,2})${ORDINAL_SUFFIX}?),?\s(20\d\d)\b(?![/:.-]\d)`,
    ),
    apply: (m, p, problems) => date(p, problems, Number(m[1] ?? m[4]), monthOf(m[2] ?? m[3]), Number(m[5])),
  },
  {
    // "on 2027-03-01"
    re: /\b(?:on\s)?(20\d\d)-(\d\d)-(\d\d)\b(?![t:.-]?\d)/,
    apply: (m, p, problems) => date(p, problems, Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // "on 23/12", "on 12/23/2026", "24.12.2026": after "on", or with a year; never "24/7" or "50/50"
    re: /\bon\s(?:the\s)?(\d{1,2})[/.](\d{1,2})(?:[/.](20\d\d))?(?![/.]?\d)|\b(\d{1,2})[/.](\d{1,2})[/.](20\d\d)(?![/.]?\d)/,
    apply: (m, p, problems) => {
      const [a, b] = [Number(m[1] ?? m[4]), Number(m[2] ?? m[5])];
      const year = m[3] ?? m[6];
      if (a === 24 && b === 7 && !year) return;
      if (a <= 12 && b <= 12 && a !== b)
        return void problems.push(
          `"${m[0].trim()}" could be ${a} ${MONTH_NAMES[b - 1]} or ${MONTH_NAMES[a - 1]} ${b}; write the month's name`,
        );
      const dayFirst = a > 12 || a === b;
      date(p, problems, dayFirst ? a : b, dayFirst ? b : a, year === undefined ? undefined : Number(year));
    },
  },
];

const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ');

/**
 * The one-time schedule of a date with its year, `2027-01-24T09:00:00`; with a problem when there is none (the
 * trigger is kept so that the refusal is that problem alone).
 */
export const atOf = (p: ScheduleParts, hours: readonly number[], problems: string[]): string => {
  const [y, mo, d] = [p.year ?? 0, Number(p.month), Number(p.dom)];
  const repeats =
    p.rate ?? p.everyDays ?? p.dow ?? p.perDay ?? p.hourRange ?? (p.monthly || p.weekly ? true : undefined);
  if (repeats !== undefined || hours.length !== 1) {
    problems.push(
      `a date with its year (${y}) runs once, at one time; say the date without the year for every year, or "every …" alone`,
    );
  }
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() !== mo - 1)
    problems.push(`${d} ${MONTH_NAMES[mo - 1]} ${y} is not a date`);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${y}-${two(mo)}-${two(d)}T${two(hours[0] ?? 9)}:${two(p.minute ?? 0)}:00`;
};
