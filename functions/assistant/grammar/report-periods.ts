import type { Ctx } from './context';

/**
 * The period of an activity report said in its words ("yesterday's numbers", "last month's figures"), or the one its
 * schedule implies.
 */
export const PERIODS: readonly [RegExp, string][] = [
  [/\b(?:yesterday(?:'s)?|the day before|previous day)\b/, 'yesterday'],
  [/\b(?:this week(?:'s)?|the current week|week so far|week to date)\b/, 'thisWeek'],
  [
    /\b(?:last|past|previous)\s+(?:7|seven)\s+days\b|\b(?:last|past|previous)\s+week(?:'s)?\b|\bthe week(?:'s)?\b|\bweekly\b|\bweek(?:'s)?\b/,
    'last7days',
  ],
  [/\b(?:last|past|previous)\s+(?:30|thirty)\s+days\b/, 'last30days'],
  [
    /\b(?:last|past|previous)\s+month(?:'s)?\b|\bthe month(?:'s)?\b|\bmonthly\b|\bmonth(?:'s)?\b/,
    'lastMonth',
  ],
  [/\b(?:last|past)\s+24\s+hours\b|\bhourly\b/, 'last24h'],
  [
    /\b(?:today(?:'s)?|tonight's|the day(?:'s)?|of the day|daily|the day's|end of (?:the )?day|nightly)\b/,
    'today',
  ],
];

export const defaultPeriod = (ctx: Ctx): string =>
  ctx.cadence === 'weekly'
    ? 'last7days'
    : ctx.cadence === 'monthly'
      ? 'lastMonth'
      : ctx.cadence === 'daily-morning'
        ? 'yesterday'
        : ctx.cadence === 'daily-evening'
          ? 'today'
          : 'last24h';
