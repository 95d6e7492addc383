import { sequenceDays } from './sequence-days';

/**
 * Steps of a spec line placed on a timeline, rewritten as the waits between them (the grammars read waits as steps):
 *
 *   offsets     "Day 0: welcome email. Day 3: follow-up. Day 7: notify the AM", "T+3d: …", "D+10 …", "+2d: …",
 *               "… → follow-up at T+10d" → "welcome email. wait 3 days, then follow-up. wait 4 days, then …"
 *               (each offset counted from the start, so the wait is the difference to the one before)
 *   deadlines   "if no reply by day 3, X; by day 7, Y" → "if no reply within 3 days, X; if still no reply after
 *               7 days, Y"; "must book within 24h, else X" → "if they don't book within 24 hours, X"
 *   outcomes    "wait 14d. Paid: X. Not paid: Y." → "if they pay within 14 days, X, otherwise Y"
 */

const UNIT_HOURS: Readonly<Record<string, number>> = { h: 1, d: 24, w: 168 };

/** "T+3d", "T+10", "D+3", "+2d", "day 30", "Day 0": an offset from the start, in hours. */
const OFFSET =
  /(?<=^|[.;,:→]\s?|->\s?|\bthen\s)(?:(?:on|at)\s)?(?:[TD]\s?\+\s?(\d{1,3})\s?(?:(h|d|w)|hours?|days?|weeks?)?|\+(\d{1,3})\s?(h|d|w)|day\s(\d{1,3}))(?:\s?[:,-]|\s→|\s->)?\s/gi;

/** "… follow-up at T+10d", "escalate on day 30": the offset said after its step. */
const OFFSET_AFTER =
  /(^|[.;:→]\s?|->\s?)([^.;:→]{3,80}?)\s(?:at|on)\s(?:[TD]\s?\+\s?(\d{1,3})\s?(h|d|w)?|day\s(\d{1,3}))(?=\s?(?:[.;→]|->|$))/gi;

const SCHEDULED = /\b(?:every|each|daily|weekly|monthly|cron|schedule)\b/i;

const hoursOf = (n: string, unit: string | undefined): number =>
  Number(n) * (UNIT_HOURS[(unit ?? 'd').charAt(0).toLowerCase()] ?? 24);

const waitFor = (hours: number): string =>
  hours % 24 === 0 ? `wait ${hours / 24} day${hours === 24 ? '' : 's'}` : `wait ${hours} hours`;

/** Steps placed by their offsets from the start → the steps with the waits between them. */
/** "Stop if they reply.", "(stop on reply)", "end the sequence when they respond": every later step waits for no reply. */
const STOP_ON_REPLY =
  /(?:[.;,]\s?|\(\s?)(?:stop|halt|exit|end|cancel|pause)(?:\s(?:the\s)?(?:sequence|cadence|flow|workflow|steps))?\s(?:if|when|on|once|as soon as)\s(?:(?:they|the lead|the contact|the prospect|a|the)\s)?(?:repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?)\b(?:\sat any point)?\)?\.?/i;

const duration = (hours: number): string =>
  hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? '' : 's'}` : `${hours} hours`;

const offsets = (text: string): string => {
  const stop = STOP_ON_REPLY.exec(text);
  const unstopped = stop ? text.slice(0, stop.index) + text.slice(stop.index + stop[0].length) : text;
  const said = unstopped.replace(
    OFFSET_AFTER,
    (_m, start: string, step: string, n?: string, unit?: string, day?: string) =>
      `${start}T+${n ?? day}${unit ?? 'd'}: ${step}`,
  );
  const marks = [...said.matchAll(OFFSET)];
  // one offset alone with nothing before it is no timeline ("day 28 of each month" is a schedule's)
  const lone = marks.length === 1 && !/^(?:[TD]\s?\+|\+)/i.test(marks[0]?.[0] ?? '');
  // one "day 30:" after a step is a timeline; in a schedule ("monthly, on day 5, …") it is the schedule's
  if (marks.length === 0 || (lone && (!/:\s$/.test(marks[0]?.[0] ?? '') || SCHEDULED.test(text))))
    return text;
  // with "stop if they reply", the steps after the first wait for no reply, counted from the first step
  const first = marks[0]?.index ?? 0;
  const stepBefore = /[a-z]/i.test(said.slice(0, first).replace(/^[^→:]*?(?:→|->|:)/, ''));
  let previous = 0;
  let base: number | undefined = stepBefore ? 0 : undefined;
  let waits = 0;
  return said.replace(
    OFFSET,
    (all, t?: string, tUnit?: string, plus?: string, plusUnit?: string, day?: string, at?: number) => {
      const before = said.slice(Math.max(0, (at ?? 0) - 12), at);
      // "the first Monday of the month", "by day 3": not an offset of a step
      if (/\b(?:by|of|until|before)\s$/i.test(before)) return all;
      const hours = day !== undefined ? hoursOf(day, 'd') : hoursOf(t ?? plus ?? '0', tUnit ?? plusUnit);
      const gap = hours - previous;
      previous = hours;
      if (stop && base !== undefined && hours > base) {
        waits += 1;
        return waits === 1
          ? `if no reply within ${duration(hours - base)}, `
          : `if still no reply after ${duration(hours - base)}, `;
      }
      base ??= hours;
      return gap > 0 ? `${waitFor(gap)}, then ` : '';
    },
  );
};

/** An outcome said by its participle, as the positive wait reads it: "they reply", "it is paid", "it is booked". */
const outcome = (participle: string): string => {
  const p = participle.toLowerCase();
  return /^(?:replied|responded|answered)$/.test(p) ? 'they reply' : `it is ${p}`;
};

/** "14d", "24h", "2 weeks" → "14 days", "24 hours", "2 weeks". */
const inWords = (d: string): string =>
  d.replace(/^(\d+)\s?([hdw])[a-z]*$/i, (_m, n: string, u: string) => {
    const unit = { h: 'hour', d: 'day', w: 'week' }[u.toLowerCase()] ?? 'day';
    return `${n} ${unit}${n === '1' ? '' : 's'}`;
  });

/** "wait 14d. Paid: X. Not paid: Y." (either order, sentences, semicolons or arrows between). */
const OUTCOMES =
  /\bwait\s(\d{1,3}\s?(?:hours?|hrs?|h|days?|d|weeks?|wks?|w)\b)[.;,]?\s(?:(?:if\s)?([a-z]+ed|paid):\s([^.;]{2,120}?)[.;]\s?(?:if\s)?not\s\2:\s([^.;]{2,120})|(?:if\s)?not\s([a-z]+ed|paid):\s([^.;]{2,120}?)[.;]\s?(?:if\s)?\5:\s([^.;]{2,120}))/gi;

/** "if paid within 14d: X; not paid: Y": the positive wait with its branches as labels. */
const OUTCOME_IF =
  /\bif\s([a-z]+ed|paid)\swithin\s(\d{1,3}\s?(?:hours?|hrs?|h|days?|d|weeks?|wks?|w)\b):\s([^.;]{2,120}?)[.;]\s?(?:if\s)?not\s\1:\s([^.;]{2,120})/gi;

/** "must book within 24h, else X": the negative wait, said as an obligation. */
const OBLIGATION =
  /\b(?:(?:they|the lead|the client|the customer|he|she)\s)?(?:must|should|needs? to|has to|have to)\s([a-z]+(?:\s(?:a|an|the|their)\s[a-z]+)?)\swithin\s(\d{1,3}\s?(?:hours?|hrs?|h|days?|d|weeks?|wks?|w)\b),?\s(?:else|otherwise|or else|if not)\b,?/gi;

/** "if no reply by day 3, X; by day 7, Y": deadlines counted from the start, as the waits the grammars read. */
const deadlines = (text: string): string => {
  const first = /\bif\sno\s([a-z]+(?:\s[a-z]+)?)\sby\sday\s(\d{1,3})\b/i.exec(text);
  if (!first) return text;
  const [said, awaited, day] = first;
  const head = text.slice(0, first.index);
  const tail = text
    .slice(first.index + said.length)
    .replace(
      /([.;,]\s?|→\s?|->\s?)(?:and\s)?(?:if\s(?:still\s)?no\s[a-z]+(?:\s[a-z]+)?\s)?by\sday\s(\d{1,3})\b,?/gi,
      (_m, sep: string, later: string) => `${sep}if still no ${awaited} after ${later} days,`,
    );
  return `${head}if no ${awaited} within ${day} days${tail}`;
};

const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ABBREVIATIONS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const dayOf = (word: string): number => DAY_CODES.indexOf(word.slice(0, 3).toLowerCase());

/** The days a schedule runs on: "every day", "daily", "weekdays", "business days", "Mon-Fri", "Monday to Thursday". */
const BASE_DAYS =
  /\b(?:((?:every|each)\sday|daily)|(?:(?:every|each|on)\s)?(?:week\s?days?|business\sdays?|working\sdays?)|(?:(?:every|each|on)\s)?((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?)\s?(?:-|to|through|thru)\s?((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?))\b/i;

/** Days taken out of them: "except Friday", "(skip Fri)", "excluding weekends", "but not on Mondays", "no Fridays". */
const EXCEPT_DAYS =
  /,?\s?\(?(?:except(?:\son)?|skip(?:ping)?|excluding|but\snot(?:\son)?|not\son|no)\s(weekends?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?(?:(?:,\s?|\sand\s|\sor\s|\s?&\s?|\/)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?)*)\)?/i;

/** "every weekday except Friday at 9", "Mon-Thu (skip Fri)": the schedule's days with the exceptions taken out. */
const exceptDays = (text: string): string => {
  const base = BASE_DAYS.exec(text);
  const except = EXCEPT_DAYS.exec(text);
  if (!base || !except?.[1]) return text;
  const from = base[2] ? dayOf(base[2]) : 0;
  const to = base[3] ? dayOf(base[3]) : base[1] ? 6 : 4;
  if (from < 0 || to < from) return text;
  const out = /^weekends?$/i.test(except[1])
    ? [5, 6]
    : (except[1].match(/[a-z]+/gi) ?? []).map(dayOf).filter((d) => d >= 0);
  const kept = DAY_CODES.map((_d, i) => i).filter((i) => i >= from && i <= to && !out.includes(i));
  if (kept.length === 0) return text;
  const without = text.slice(0, except.index) + text.slice(except.index + except[0].length);
  // "Mon-Thu (skip Fri)": the exception takes out no day of the schedule, a note that changes nothing
  if (kept.length === to - from + 1) return without;
  // the days left as a list, as the learners' reader says them ("MON,TUE,WED,THU"), never a range
  const names = kept.map((i) => ABBREVIATIONS[i] ?? '');
  const said = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  const at = without.indexOf(base[0]);
  return at < 0 ? text : `${without.slice(0, at)}every ${said}${without.slice(at + base[0].length)}`;
};

export const timeline = (text: string): string =>
  offsets(
    exceptDays(deadlines(sequenceDays(text)))
      .replace(
        OUTCOMES,
        (
          _m,
          wait: string,
          yes?: string,
          onYes?: string,
          onNo?: string,
          no?: string,
          onNo2?: string,
          onYes2?: string,
        ) =>
          `if ${outcome(yes ?? no ?? '')} within ${inWords(wait)}, ${onYes ?? onYes2}, otherwise ${onNo ?? onNo2}`,
      )
      .replace(
        OUTCOME_IF,
        (_m, yes: string, within: string, onYes: string, onNo: string) =>
          `if ${outcome(yes)} within ${inWords(within)}, ${onYes}, otherwise ${onNo}`,
      )
      .replace(
        OBLIGATION,
        (_m, verb: string, within: string) => `if they don't ${verb} within ${inWords(within)},`,
      ),
  );
