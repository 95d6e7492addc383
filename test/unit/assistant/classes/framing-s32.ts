import type { Case } from '../table/case';
import { cross, SCHEDULE_ACTIONS } from './comparisons-s32';

/**
 * Session 32 (h5): framing by shape around a schedule — a word about the time set off by commas right after it
 * ("at 6pm, before service,") and what a report is for at its end (", for the client review meetings").
 */

export const TIME_ASIDE_CLASS: readonly Case[] = (
  [
    ['Friday and Saturday at 6pm', 'cron(0 18 ? * FRI,SAT *)'],
    ['Every weekday at 8:30am', 'cron(30 8 ? * MON-FRI *)'],
  ] as const
).flatMap(([when, trigger]) =>
  cross([
    ', before service, ',
    ', before standup, ',
    ', just before opening, ',
    ', after the lunch rush, ',
  ]).flatMap((aside) =>
    SCHEDULE_ACTIONS.map(([action, steps]): Case => [`${when}${aside}${action}`, trigger, steps]),
  ),
);

export const REPORT_FOR_CLASS: readonly Case[] = cross(
  [
    'Every Monday at 9am, email me a summary of new leads',
    'Every Friday at 4pm, post a report of paid invoices in #finance',
  ],
  [', for the client review meetings', ', for our weekly sales call', ', ahead of the Monday huddle'],
).map(
  (r): Case => [
    r,
    r.startsWith('Every Monday') ? 'cron(0 9 ? * MON *)' : 'cron(0 16 ? * FRI *)',
    r.startsWith('Every Monday') ? 'report.summarize; notify.team' : 'report.summarize; notify.slack',
  ],
);
