import { BOOKING_NOUN, TRADE_BOOKING } from './nouns';

/**
 * The words of a list of records sent on a schedule (found-lists.ts, unkept-lists.ts): what is booked in many trades'
 * words, the days said before or after it, and the words around a list ("a quick rundown of all …").
 */

/** What is booked, in many trades' words, and a day's list of them. */
export const BOOKED = `(?:${BOOKING_NOUN}\\s+(?:list|timetable|schedule|rota|roster|sheet)|appointments|appts|bookings|reservations|showings|viewings|walks|grooms|groomings|check-?ins|check-?outs|turnovers|arrivals|departures|visits|lessons|classes|sessions|jobs|cleans|stays|pick-?ups|drop-?offs|tours|consultations|consults|meetings|calls|shoots|fittings|treatments|installs|deliveries|events|weddings|parties|functions|ceremonies|receptions|rounds|tee\\s+times|gigs|schedule|agenda|diary|calendar|rota|roster|timetable|(?:renewal|policy|annual|portfolio)\\s+reviews|surgeries|procedures|covers|${TRADE_BOOKING}(?<=s))(?![\\w'-])`;
export const POSSESSIVE = "(?:'s|s|’s)";
/**
 * A day said before what is booked: any of them for a list; for a summary, a day to come, or today in a trade's
 * word ("a summary of today's bookings" may be the day's activity; "of today's walks" are the walks booked).
 */
export const COMING =
  'tonight|tomorrow|this\\s+morning|this\\s+afternoon|this\\s+evening|next\\s+week|the\\s+coming\\s+week';
/** The days ahead said as whose bookings they are: "the next 7 days of bookings", "the coming week's". */
export const DAYS_OF = "the\\s+(?:next|coming)\\s+(?:7|seven)\\s+days(?:\\s+of|'|’)";
export const ANY_DAY = `(?:(?:today|${COMING}|this\\s+week|the\\s+week|the\\s+day)${POSSESSIVE}|${DAYS_OF})`;
export const COMING_DAY = `(?:(?!tonight)(?:${COMING})${POSSESSIVE}|(?:today|tonight)${POSSESSIVE}(?!\\s+(?:bookings|reservations)\\b))`;
export const DAY_AFTER = `(?:for|on|over|in|during)\\s+(?:today|tonight|tomorrow|the\\s+week|this\\s+week|next\\s+week|the\\s+day|the\\s+coming\\s+week|the\\s+next\\s+(?:7|seven)\\s+days)`;
/** What is booked by the space, said with "booked": "the rooms that are booked today", "the courts booked tomorrow". */
export const SPACES =
  '(?:rooms|spaces|desks|tables|courts|pitches|studios|bays|pods|offices|halls|units|venues|suites)';
/** "the week ahead", "the day ahead": what is booked then, said as the time alone. */
export const AHEAD = '\\s+the\\s+(?:coming\\s+)?(?:week|day)\\s+ahead';
/** The kind of booking, in one or two of the trade's words ("court", "test drive", "site visit"). */
export const KIND =
  "(?:(?!(?:new|recent|latest|incoming|the|an?|all|for|of|in|on|to|at|by|next|this|these|our|my|their)\\s)[a-z][\\w'-]*\\s+){0,2}";
/** A message about the bookings, not their list: "the rota reminder", "tomorrow's appointment emails", "today's bookings summary". */
export const NOT_THE_LIST =
  '(?!\\s+(?:reminder|message|e-?mail|note|alert|update|text|form|link|summary|summaries|report|recap|digest|overview|count|total|numbers|figures|stats)s?\\b)';

export const DET =
  '(?:\\s+(?:a|an|the|my|our))?(?:\\s+(?:quick|short|full|daily|weekly|morning|brief|complete|simple))?';
export const LIST_NOUN = '(?:list|rundown|run-down|breakdown|printout)';
export const ALL = '(?:\\s+all(?:\\s+of)?)?';
export const WHEN =
  'today|yesterday|this\\s+week|(?:the\\s+)?(?:last|past)\\s+(?:7|seven)\\s+days|the\\s+past\\s+week';
