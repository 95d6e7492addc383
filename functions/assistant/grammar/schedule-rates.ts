import { type PieceGrammar, set } from './schedule-times';

/**
 * Rates of a schedule: "every 15 minutes", "hourly", "every 2 weeks", "fortnightly", "every other day"; and "every
 * other Friday", which no Scheduler expression holds (refused with what to write instead).
 */

const DAY = '(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?';

/**
 * Why "every other Friday at 9" is no schedule (session 39, checked against the Scheduler guide): cron has no
 * week parity, and a rate starts at its StartDate (or creation) and counts 24-hour days, so a 14-day rate's local
 * hour moves by one across each daylight-saving change.
 */
export const SKIPPED_WEEKS =
  'a cron expression cannot skip weeks, and a 14-day rate counts 24-hour days from when the schedule starts, so its hour moves with daylight saving';

const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

export const RATE_PIECES: readonly PieceGrammar[] = [
  {
    re: new RegExp(
      `\\b(?:every|each|on)\\s+(?:other|second|2nd|alternate)\\s+(${DAY}|month)\\b(?!\\s+(?:of|in)\\s+(?:(?:the|each|every|a)\\s+)?month)`,
    ),
    apply: (m, p, problems) => {
      if (m[1] === 'month') {
        set(p, 'month', '1,3,5,7,9,11', problems, 'months');
        p.monthly = true;
        return;
      }
      problems.push(
        `"${m[0]}" cannot be a schedule: ${SKIPPED_WEEKS}; say "every ${WEEKDAYS.find((d) => d.slice(0, 3).toLowerCase() === m[1]?.slice(0, 3))}" or "every 2 weeks"`,
      );
    },
  },
  {
    re: /\b(?:every|each)\s+(?:other|second)\s+(day|hour|week|minute)\b|\b(?:bi-?weekly|fortnightly|(?:every|each|once\s+a)\s+fortnight)\b/,
    apply: (m, p, problems) => {
      const unit = m[1] ?? 'week';
      p.rateSaid = m[0];
      if (unit === 'week') set(p, 'rate', '14 days', problems, 'frequencies');
      else if (unit === 'day') p.everyDays = 2;
      else set(p, 'rate', `2 ${unit}s`, problems, 'frequencies');
    },
  },
  {
    re: /\b(?:every|each)\s+(\d+)\s+(minute|min|hour|hr|day|week)s?\b/,
    apply: (m, p, problems) => {
      const n = Number(m[1]);
      p.rateSaid = m[0];
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
];
