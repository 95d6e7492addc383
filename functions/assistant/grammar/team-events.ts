import { WEEKDAY_STEM } from './lexicon';

/**
 * A time said relative to the team's own recurring event (session 42): "an hour after the weekly staff meeting",
 * "30 minutes before the daily standup", "the day after the monthly board meeting". No record carries when that
 * event is (it is no booking of a client's: booking-times.ts reads those), so the workflow cannot run relative to
 * it; read as it was, "weekly" became a Monday 9am schedule. Refused, quoted: the request says the event's own day
 * and time instead ("every Monday at 11").
 * The event is the team's when a word says it recurs ("weekly", "daily", "Monday") or whose it is ("staff", "team",
 * "board", "committee"); "our sales call" may be a client's booking, left to booking-times.ts.
 */

const RECURS = `(?:weekly|daily|monthly|fortnightly|quarterly|annual|yearly|nightly|morning|evening|regular|usual|${WEEKDAY_STEM}day)`;
const OWNER = '(?:staff|team|board|committee|management|leadership|all-hands|department|directors|trustees)';
const EVENT =
  '(?:meetings?|stand-?ups?|huddles?|catch-?ups?|briefings?|syncs?|calls?|reviews?|check-?ins?|toolbox\\stalks?|get-?togethers?|socials?|assembl(?:y|ies)|services?|practices?|trainings?|training\\ssessions?)';
const SPAN = '(?:\\d+|an?|one|two|three|half\\san?)\\s(?:minutes?|mins?|hours?|hrs?|days?)';
const TEAM_EVENT = `(?:the|our|this|each|every)\\s(?:${RECURS}\\s(?:${OWNER}\\s)?|${OWNER}\\s)${EVENT}`;

const RELATIVE = new RegExp(
  `\\b(?:(?:${SPAN}|the\\s(?:day|morning|evening|night))\\s)?(?:after|before|following|ahead\\sof|prior\\sto)\\s${TEAM_EVENT}(?:\\s(?:ends|finishes|is\\sover|starts|begins|wraps\\sup))?(?![\\w'-])`,
  'i',
);

/** The words of a time relative to the team's own event, if the request says one. */
export const teamEventTime = (text: string): string | undefined => RELATIVE.exec(text)?.[0];

export const teamEventProblem = (phrase: string): string =>
  `"${phrase}": no record says when that is, so no schedule or wait can run relative to it; say its day and time ("every Monday at 11, …")`;
