/**
 * The times of a schedule said as a list (session 27): "at noon and 5pm", "at 9 and at 4", "at 8am, 1pm and 6pm",
 * "morning and late afternoon" — one cron listing every hour; and the shared parts of the piece grammars (the
 * schedule's parts, the 12-hour clock, setting a part once). schedule-pieces.ts holds the other pieces.
 */

export interface ScheduleParts {
  rate?: string;
  /** The words of the rate ("fortnightly", "every two weeks"), quoted when it cannot be one. */
  rateSaid?: string;
  everyDays?: number;
  dow?: string;
  dom?: string;
  month?: string;
  hours?: number[];
  minute?: number;
  hourRange?: [number, number];
  partOfDay?: number;
  /** A bare 1–6 was taken as afternoon ("at 5"); "in the morning" takes it back. */
  barePm?: boolean;
  /** An hour said with "am" ("every night at 2am"): never moved to the afternoon by a part of the day. */
  amSaid?: boolean;
  weekly?: boolean;
  /** "before the weekend", "at the end of the week": Friday, unless a day is named ("every Thursday before the weekend"). */
  endOfWeek?: boolean;
  monthly?: boolean;
  zone?: string;
  /** "24 January 2027": the year of a date that runs once (schedule-dates.ts). */
  year?: number;
  /** "twice a day": how many times a day, spread over the office day unless the times are named. */
  perDay?: number;
}

/** 12-hour clock words to a 24-hour hour; a bare 1–6 is taken as afternoon (office hours). */
export const hourOf = (h: number, meridiem: string | undefined, bareIsPm = true): number | undefined => {
  const m = meridiem?.replace(/\./g, '');
  if (h > 23) return undefined;
  if (m === 'pm' && h < 12) return h + 12;
  if (m === 'am' && h === 12) return 0;
  if (!m && bareIsPm && h >= 1 && h <= 6) return h + 12;
  return h;
};

export interface PieceGrammar {
  readonly re: RegExp;
  readonly apply: (m: RegExpExecArray, parts: ScheduleParts, problems: string[]) => void;
}

export const set = <K extends keyof ScheduleParts>(
  parts: ScheduleParts,
  key: K,
  value: ScheduleParts[K],
  problems: string[],
  what: string,
) => {
  if (parts[key] !== undefined && JSON.stringify(parts[key]) !== JSON.stringify(value))
    problems.push(`the request names two different ${what}; a workflow has one schedule`);
  parts[key] = value;
};

/** One time of a list: a clock time or a word for one ("noon", "midnight"). */
const CLOCK = String.raw`(?:noon|midday|midnight|lunch\s?time|\d{1,2}(?:[:.]\d{2})?(?:\s?(?:am\b|pm\b|a\.m\.|p\.m\.|o'clock))?)`;
/** Between two times of a list: a comma, "and", "&", "plus" or "then", with "again" (single spaces: linear). */
const LIST_JOINT = String.raw`(?:\s?,\s?(?:and\s)?|\s(?:and|&|plus|then)\s)(?:again\s)?`;

/** "at noon and 5pm", "at 9 and at 4", "at 8am, 1pm and 6pm": several times of one schedule. */
export const TIME_LIST = new RegExp(
  String.raw`(?:\b(?:at|around)\s|@\s?)?(?<![\d:.])${CLOCK}(?:${LIST_JOINT}(?:(?:at|around)\s|@\s?)?${CLOCK})+(?![\d:.]|\s?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times?|k\b|%))`,
);
const TIME_LIST_WORDS =
  /(noon|midday|lunch\s?time)|(midnight)|(\d{1,2})(?:[:.](\d{2}))?(?:\s?(am\b|pm\b|a\.m\.|p\.m\.|o'clock))?/g;

/**
 * Whether a match of TIME_LIST is a list of times (a word time in it, or "at" before each time): "at 9 and 4" and
 * "9am and 5pm" are TIME_AT's, which knows when a bare number is an hour; "3 and 4" alone is no time.
 */
export const isTimeList = (m: RegExpExecArray): boolean =>
  /noon|midday|midnight|lunch/.test(m[0]) ||
  /(?:\band|,|&|plus|then)\s(?:again\s)?(?:at|around|@)/.test(m[0]);

/** Parts of the day said in a list ("morning and late afternoon"), each as its usual hour. */
const PART = String.raw`(?:(?:early|late|mid)[-\s]?)?(?:mornings?|afternoons?|evenings?|nights?)|noon|midday|lunch\s?time|end\sof\s(?:the\s)?(?:working\s|work\s|business\s)?day`;
const PART_HOURS: Readonly<Record<string, number>> = {
  'early morning': 7,
  morning: 9,
  'mid morning': 10,
  'late morning': 11,
  noon: 12,
  'early afternoon': 13,
  afternoon: 14,
  'mid afternoon': 15,
  'late afternoon': 17,
  'early evening': 17,
  evening: 18,
  'late evening': 21,
  night: 20,
  'end of day': 17,
};
const partHour = (said: string): number | undefined => {
  const key = said
    .replace(/-/g, ' ')
    .replace(/s\b/, '')
    .replace(/\b(?:midday|lunch\s?time)\b/, 'noon')
    .replace(/^end of .{0,20}day$/, 'end of day')
    .replace(/\s/g, ' ');
  return PART_HOURS[key];
};

/** The list pieces, read before any single time or part of the day. */
export const LIST_PIECES: readonly PieceGrammar[] = [
  {
    re: TIME_LIST,
    apply: (m, p, problems) => {
      const times = [...m[0].matchAll(TIME_LIST_WORDS)].map((i) => ({
        hour: i[1] ? 12 : i[2] ? 0 : hourOf(Number(i[3]), i[5], !i[3]?.startsWith('0')),
        minute: Number(i[4] ?? 0),
      }));
      if (times.some((t) => t.hour === undefined || t.minute > 59))
        return void problems.push(`I could not read the times "${m[0].trim()}"`);
      if (new Set(times.map((t) => t.minute)).size > 1)
        return void problems.push(
          `"${m[0].trim()}" needs two schedules (different minutes); make two workflows`,
        );
      const hours = [...new Set(times.map((t) => t.hour as number))].sort((a, b) => a - b);
      set(p, 'hours', hours, problems, 'times');
      set(p, 'minute', times[0]?.minute ?? 0, problems, 'times');
    },
  },
  {
    // "morning and late afternoon", "in the morning and in the evening": one time for each part of the day
    re: new RegExp(
      String.raw`\b(?:(?:in|every|each|on|at)\s)?(?:the\s)?(?:${PART})(?:${LIST_JOINT}(?:(?:in|every|each|on|at)\s)?(?:the\s)?(?:${PART}))+\b`,
    ),
    apply: (m, p, problems) => {
      const said = m[0].match(new RegExp(PART, 'g')) ?? [];
      const hours = said.map(partHour);
      if (hours.some((h) => h === undefined))
        return void problems.push(`I could not read the times "${m[0].trim()}"`);
      set(
        p,
        'hours',
        [...new Set(hours as number[])].sort((a, b) => a - b),
        problems,
        'times',
      );
    },
  },
];
