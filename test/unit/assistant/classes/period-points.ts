/**
 * Points of a period said as a schedule (session 30, class I of sets 23/24): "month end at 5pm" was read as daily,
 * "every month end" as the 1st, "quarter end" as the quarter's first day. Each point × how it is said × where the
 * time stands × the action: the day fields it must give. Points the schedule reader cannot place ("mid-month",
 * "close of month", "every week's end", "at half-term") are refused quoting them, never a daily schedule.
 */

const POINTS: readonly (readonly [said: readonly string[], dom: string, month: string, dow: string])[] = [
  [['month end', 'month-end', 'the end of the month', 'the end of each month'], 'L', '*', '?'],
  [['quarter end', 'quarter-end', 'the end of each quarter', 'the end of the quarter'], 'L', '3,6,9,12', '?'],
  [['year end', 'year-end', 'the end of the year'], '31', '12', '?'],
  [['the end of the week', 'the end of each week', 'the end of the working week'], '?', '*', 'FRI'],
];

const ACTIONS: readonly (readonly [string, string])[] = [
  ['post the overdue invoices summary to #finance', 'report.summarize; notify.slack'],
  ['send me a summary of paid invoices', 'report.summarize; notify.team'],
];

/** [request, trigger outline, steps outline]. */
export const PERIOD_POINT_CLASS: readonly (readonly [string, string, string])[] = POINTS.flatMap(
  ([said, dom, month, dow]) =>
    said.flatMap((point) => {
      const bare = point.replace(/^the\s+/, '');
      const heads: readonly (readonly [string, string])[] = [
        [`At ${point} at 5pm, `, '0 17'],
        [`${bare[0]?.toUpperCase()}${bare.slice(1)} at 5pm: `, '0 17'],
        [
          bare.startsWith('end of ')
            ? `${bare.replace(/^end of (?:the|each) /, 'End of every ')}, `
            : `Every ${bare}, `,
          '0 9',
        ],
        [`On ${point}, at 4:30pm, `, '30 16'],
      ];
      return heads.flatMap(([head, clock]) =>
        ACTIONS.map(
          ([action, steps]) =>
            [`${head}${action}`, `cron(${clock} ${dom} ${month} ${dow} *)`, steps] as const,
        ),
      );
    }),
);

/** Points no reader places × the time × the action: [request, the words the refusal must quote]. */
export const UNPLACED_PERIOD_CLASS: readonly (readonly [string, string])[] = [
  'Mid-month',
  'Close of month',
  'The first of the quarter',
  "Every week's end",
  'At half-term',
  'Every payday',
  'At the end of the fiscal year',
  'Every bank holiday',
].flatMap((point) =>
  ['at 9am', 'at 5pm'].flatMap((time) =>
    ACTIONS.map(([action]) => [`${point} ${time}, ${action}`, point.split(' ').at(-1) ?? point] as const),
  ),
);
