import type { Clause } from './clause';
import type { ActionResult } from './context';
import { DELIVERED } from './list-delivered';
import { ALL, ANY_DAY, BOOKED, DAY_AFTER, DET, KIND, LIST_NOUN } from './list-words';

/** A time gone by, which no finder of bookings names: "last year's", "yesterday's", "the past 3 months of". */
const PAST =
  "(?:(?:yesterday|last\\s+(?:night|week|month|year|season|summer|winter|spring|autumn|fall))(?:'s|s|’s)|(?:the\\s+)?(?:last|past|previous)\\s+(?:\\d+|two|three|four|six|twelve)\\s+(?:days|weeks|months)(?:\\s+of|'|’))";
/**
 * Records no finder keeps, sent as a list: "tonight's staff rota" (who works when), "today's orders"; or bookings of
 * a time gone by ("last year's festival bookings").
 */
const UNKEPT = new RegExp(
  `${DELIVERED}(?:\\s+with)?(?<list>${DET}(?:\\s+${LIST_NOUN}\\s+of)?${ALL}(?:\\s+(?:the|our|my))?\\s+(?:(?:${ANY_DAY}\\s+)?(?:(?:staff|shift|work|duty|team|rostering)\\s+(?:rotas?|rosters?|schedules?)|${KIND}orders)(?:\\s+${DAY_AFTER})?|(?<past>${PAST}\\s+${KIND}${BOOKED}|${KIND}${BOOKED}\\s+(?:from|of|for|in)\\s+${PAST})))(?![\\w'@-]|\\.\\w)(?!\\s+(?:e-?mails?|messages?|reminders?|notes?|updates?|posts?|texts?|alerts?|summar(?:y|ies)|reports?)\\b)`,
);

/** A list of records no finder gives, sent on a schedule: refused, quoting it. */
export const unkeptList = (clause: Clause): ActionResult | undefined => {
  const unkept = UNKEPT.exec(clause.view);
  if (!unkept) return undefined;
  return {
    problem: `"${clause.cased(unkept.groups?.list ?? '').trim()}": ${unkept.groups?.past ? 'bookings are found for today, tomorrow, this week or the next 7 days, not a time gone by ("a summary of last week" sums it up)' : 'no record keeps that; a list can be of bookings (today, tomorrow, this week, the next 7 days), invoices by status or leads'}`,
  };
};
