import type { Clause } from './clause';
import type { ActionResult } from './context';

/**
 * A day's bookings sent as a list ("email me the list of today's appointments", "send the techs a rundown of
 * today's appointments", "post tomorrow's walks in #walkers", "send me the showings for the week"): calendar.find can
 * find them (today, tomorrow, this week, the next 7 days), but a message's text cannot carry the list it returns (a
 * template puts in a string, a number or a yes/no; States.Format refuses a list), and an activity report counts what
 * happened, never what is booked. Refused, quoted, saying what can be built instead (session 36; issue 16 class 7).
 * A report of activity said with its own words ("a summary of the week's bookings", "summarize the day's bookings")
 * and a step for each booking ("email everyone on tomorrow's schedule") are left to their readers.
 */

/** What is booked, in many trades' words, and a day's list of them. */
const BOOKED =
  "(?:appointments|appts|bookings|reservations|showings|viewings|walks|grooms|groomings|check-?ins|check-?outs|turnovers|arrivals|departures|visits|lessons|classes|sessions|jobs|stays|pick-?ups|drop-?offs|tours|consultations|consults|meetings|calls|shoots|fittings|treatments|installs|deliveries|schedule|agenda|diary|calendar|rota|bookings\\s+list)(?![\\w'-])";
/**
 * A day said before what is booked: any of them for a list; for a summary, a day to come, or today in a trade's
 * word ("a summary of today's bookings" may be the day's activity; "of today's walks" are the walks booked).
 */
const ANY_DAY =
  "(?:today|tonight|tomorrow|this\\s+morning|this\\s+afternoon|this\\s+evening|this\\s+week|next\\s+week|the\\s+week|the\\s+day|the\\s+coming\\s+week)(?:'s|s|’s)";
const COMING_DAY =
  "(?:(?:tonight|tomorrow|this\\s+morning|this\\s+afternoon|this\\s+evening|next\\s+week|the\\s+coming\\s+week)(?:'s|s|’s)|today(?:'s|s|’s)(?!\\s+(?:bookings|reservations)\\b))";
const DAY_AFTER =
  '(?:for|on)\\s+(?:today|tonight|tomorrow|the\\s+week|this\\s+week|next\\s+week|the\\s+day|the\\s+coming\\s+week)';
const KIND = "(?:(?!(?:new|recent|latest|incoming)\\s)[a-z][\\w'-]*\\s+)?";

/** Who sends it and to whom: "send me", "email the techs", "send Rosa", "post", "the walkers need". */
const DELIVERED =
  '^[\\s,]*(?:(?:then|also|and|please|just)\\s+)*(?:(?:send|e-?mail|mail|post|share|give|forward|drop|slack|deliver)(?:\\s+(?:me|us|the\\s+(?!(?:list|rundown|summary|recap)\\b)[a-z][\\w-]*|(?!(?:a|an|the|my|our|all|list|rundown|summary)\\s)[a-z][\\w-]*))?|(?:the\\s+)?[a-z][\\w-]*\\s+(?:need|needs|want|wants|get|gets))(?:\\s+(?:a|an|the|my|our))?(?:\\s+(?:quick|short|full|daily|morning|brief|complete|simple))?';

const LISTED = new RegExp(
  `${DELIVERED}(?:\\s+(?:list|rundown|run-down|breakdown|printout)\\s+of)?(?:\\s+all(?:\\s+of)?)?\\s+(?:(?<said>${ANY_DAY}\\s+${KIND}${BOOKED})|(?:the\\s+)?(?<after>${KIND}${BOOKED}\\s+${DAY_AFTER}))`,
);
const SUMMED = new RegExp(
  `${DELIVERED}\\s+(?:summary|overview|recap|digest|round-?up)\\s+of(?:\\s+all(?:\\s+of)?)?\\s+(?<said>${COMING_DAY}\\s+${KIND}${BOOKED})`,
);

/** A day word the schedule reader blanked, before "'s" and the bookings. */
const DAY_READ = / {5,14}(?=(?:'s|s|’s)\s)/g;

export const readBookingList = (clause: Clause): ActionResult | undefined => {
  // the clause as written too: "this morning" may have been read as the schedule's time
  const m =
    LISTED.exec(clause.view) ??
    SUMMED.exec(clause.view) ??
    LISTED.exec(clause.text) ??
    SUMMED.exec(clause.text);
  const said = m?.groups?.said ?? m?.groups?.after;
  if (!m || !said) return undefined;
  return {
    problem: `"${clause.cased(said).trim()}": I can find that day's bookings, but a message cannot list the bookings found yet. Say what to do for each of them ("for each appointment tomorrow, email the client"), or ask for a summary of the day's activity`,
  };
};
