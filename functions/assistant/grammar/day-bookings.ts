import { EVERY, EVERY_OUR, OUR_THE, RELATIVE } from './lexicon';
import { BOOKING_NOUN, PERSON, PICKING_WORD, ROLE } from './nouns';

/**
 * A day's bookings as many records (collections.ts): the bookings themselves, or the people booked, said with the day
 * calendar.find names.
 */

/** The days calendar.find names, as said ("today", "this week", "the next 7 days"). */
const DAY =
  '(?<day>today|tonight|tomorrow|this\\s+week|(?:(?:in|over|during|within)\\s+)?the\\s+(?:next|coming)\\s+(?:7|seven)\\s+days|within\\s+(?:7|seven)\\s+days|the\\s+coming\\s+week|next\\s+week)(?!\x27s)';
/** A day said as whose bookings they are: "tomorrow's", "next weeks", "the next 7 days of" (next week: the next 7 days). */
const DAY3_OF =
  "(?:(?<day3>today|tonight|tomorrow|this\\s+week|next\\s+week)(?:'s|s)|(?<day3b>the\\s+next\\s+(?:7|seven)\\s+days)\\s+of)";
const DAY5_OF =
  "(?:(?<day5>today|tonight|tomorrow|this\\s+week|next\\s+week)(?:'s|s)|(?<day5b>the\\s+next\\s+(?:7|seven)\\s+days)\\s+of)";
const BOOKINGS = `(?:(?:demo|visit|event|pick-?up|drop-?off)s?|${BOOKING_NOUN})(?![\\w'-])`;
/** Words naming a booking's kind before its noun ("onboarding sessions", "site visits"), never a time. */
const BOOKING_MODS = `(?:(?!(?:and|or|with|for|to|a|an|the|at|in|on)\\s|${PICKING_WORD})[a-z][\\w-]*\\s+){0,2}?`;
/** A day's list of bookings: "today's schedule", "tomorrow's calendar", "today's jobs". */
const DAY_LIST =
  "(?:schedule|calendar|diary|rota|books|list|run|route|jobs(?:\\s+list)?|job\\s+list|appointments\\s+list)(?![\\w'-])";
const PEOPLE = `(?:people|persons?|everyone|everybody|anyone|those|${PERSON}|${ROLE})`;

/**
 * People with a booking on a day (written to: only bookings with an attendee), or the bookings themselves; people said
 * to arrive that day ("each guest arriving tomorrow", "every patient who's coming in today") have a booking starting then.
 */
export const BOOKING_SHAPES: readonly (readonly [RegExp, boolean])[] = [
  [
    new RegExp(
      `\\b(?:${EVERY_OUR}\\s+(?:of\\s+the\\s+)?)?${PEOPLE}\\s+(?:(?:with|${RELATIVE}\\s+ha(?:s|ve)(?:\\s+got)?|having|who\\s+booked|who(?:'s|\\s+is|\\s+are)\\s+booked(?:\\s+in)?|booked(?:\\s+in)?|scheduled|(?:(?:who|that)(?:'s|'re|\\s+(?:is|are))\\s+)?(?:arriving|checking[-\\s]in|coming(?:\\s+in)?|visiting|staying|expected))\\s+(?:for\\s+(?=(?:an?|their|any)\\s))?(?:(?:an?|their|any)\\s+)?(?:(?<bst>cancell?ed|confirmed)\\s+)?(?:${BOOKING_MODS}${BOOKINGS}\\s+(?:with\\s+(?:us|me|the\\s+team)\\s+)?(?:(?:booked|scheduled|arranged|set\\s+up|confirmed|due|coming\\s+up|lined\\s+up)(?:\\s+in)?\\s+)?)?|whose\\s+(?:next\\s+)?${BOOKINGS}\\s+(?:are|is)\\s+(?:(?:booked|scheduled|due)\\s+)?)(?:(?:for|on)\\s+)?${DAY}`,
    ),
    true,
  ],
  [
    new RegExp(
      `\\b(?:(?:all|every|each|any|the)\\s+(?:attendees?|guests?|people|participants?|invitees?|${PERSON})|everyone|everybody|anyone)\\s+(?:(?:of|at|in|for|on)|(?:booked|scheduled)\\s+(?:in|on|for|into))\\s+(?<day2>today|tomorrow)(?:'s|s)\\s+(?:${BOOKING_MODS}${BOOKINGS}|${DAY_LIST})`,
    ),
    true,
  ],
  // "every one of today's customers", "all tomorrow's clients": the people with a booking that day
  [
    new RegExp(
      `\\b${EVERY}(?:\\s+(?:one|1))?\\s+(?:of\\s+)?(?<day4>today|tomorrow)(?:'s|s)\\s+(?:attendees?|guests?|participants?|invitees?|visitors?|${PERSON})(?![\\w'-])`,
    ),
    true,
  ],
  [
    new RegExp(
      `\\b${EVERY}\\s+(?:(?:of\\s+)?${OUR_THE}\\s+)?${BOOKING_MODS}${BOOKINGS}\\s+(?:(?:that\\s+are\\s+|scheduled\\s+|booked\\s+)?(?:for\\s+|on\\s+)?)?${DAY}|\\b${EVERY}(?:\\s+(?:one|1))?\\s+(?:of\\s+)?${DAY3_OF}\\s+${BOOKING_MODS}${BOOKINGS}`,
    ),
    false,
  ],
  // "grab todays bookings", "check tomorrow's appointments", "look at next week's bookings": the day's bookings found
  // ("reminding everyone to check next week's shifts" is what the reminder says)
  [
    new RegExp(
      `\\b(?:find|get|grab|fetch|pull|look\\s+up|go\\s+through|loop\\s+(?:through|over)|(?<!\\bto\\s)(?:check|look\\s+(?:at|over)|go\\s+over))\\s+(?:all\\s+(?:of\\s+)?)?(?:the\\s+|our\\s+)?(?:${DAY5_OF}\\s+${BOOKING_MODS}${BOOKINGS}|${BOOKING_MODS}${BOOKINGS}\\s+(?:(?:booked|scheduled)\\s+)?(?:(?:for|on)\\s+)?${DAY})`,
    ),
    false,
  ],
];

export const BOOKING_DAY = (said: string): string =>
  /^(?:today|tonight)/.test(said)
    ? 'today'
    : /^tomorrow/.test(said)
      ? 'tomorrow'
      : /^this/.test(said)
        ? 'this-week'
        : 'next-7-days';
