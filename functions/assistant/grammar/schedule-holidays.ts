import { type PieceGrammar, set } from './schedule-times';

/**
 * Days of the year said by name (session 38): "every Christmas Eve", "on New Year's Day at 9", "each Halloween".
 * A day on the same date every year is its month and day; a day that moves (Easter, Thanksgiving) has no cron
 * expression and stays refused, quoted ("I did not understand …"), never read as every day (as it was before).
 * Only after "every", "each" or "on" ("every year on" is "every year" and "on"): "a Christmas message" is none.
 * With its year ("on Christmas Eve 2026") it runs once.
 * Written compactly (name and month·100 + day): the api-assistant bundle is near its ceiling.
 */
const FIXED = new Map(
  'christmas eve 1224,christmas day 1225,christmas 1225,boxing day 1226,new years eve 1231,new years day 101,valentines day 214,st patricks day 317,halloween 1031'
    .split(',')
    .map((e) => [e.slice(0, e.lastIndexOf(' ')), Number(e.slice(e.lastIndexOf(' ')))]),
);

export const HOLIDAY_PIECES: readonly PieceGrammar[] = [
  {
    // never a thing's name: "on the christmas card list", "each Christmas hamper order"
    re: /\b(?:every|each|on)\s(christmas\seve|christmas\sday|christmas|boxing\sday|new\syear'?s\seve|new\syear'?s\sday|valentine'?s\sday|st\spatrick'?s\sday|halloween)(?![\w'-])(?!\s(?:card|list|part|fair|hamper|appeal|message|order|sale))(?:,?\s(20\d\d)\b)?/,
    apply: (m, p, problems) => {
      const n = FIXED.get((m[1] ?? '').replace(/'/g, '').replace(/\s+/g, ' ')) ?? 0;
      set(p, 'month', String(Math.floor(n / 100)), problems, 'months');
      set(p, 'dom', String(n % 100), problems, 'days of the month');
      // "on Christmas Eve 2026": that day once, as a date with its year is (schedule-dates.ts)
      if (m[2]) set(p, 'year', Number(m[2]), problems, 'years');
    },
  },
];
