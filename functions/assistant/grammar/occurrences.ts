import {
  beforeBooking,
  beforeBookingProblem,
  isBeforeBooking,
  unstoredTime,
  unstoredTimeProblem,
} from './booking-times';
import { teamEventProblem, teamEventTime } from './team-events';

/**
 * Which occurrence of a person's events starts the workflow (session 34): "when a client books their second
 * session", "pays for the first time", "attends a 3rd class", "makes another purchase". A trigger runs on every
 * event of its kind and no record counts a person's bookings or payments, so reading the event alone would run the
 * workflow for every one of them; the request is refused, quoting the words.
 */

const ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th)|another|repeat)';
/** Verbs of an event said as it happens (third person or past): never an action's bare imperative ("book a first call"). */
const EVENT_VERB =
  '(?:books|booked|pays|paid|buys|bought|orders|ordered|makes|made|attends|attended|completes|completed|visits|visited|has|had|comes\\s+(?:in|back)|came\\s+(?:in|back)|signs\\s+up|signed\\s+up|schedules|scheduled|submits|submitted|places|placed|purchases|purchased|renews|renewed|replies|replied|responds|responded)';
const OCCURRENCE = new RegExp(
  `(?<!\\b(?:not|never|yet\\sto|hasn't|haven't|hadn't|didn't|doesn't|don't|isn't|wasn't)\\s)\\b${EVENT_VERB}\\s+(?:(?:for|to|in)\\s+)?(?:(?:a|an|the|their|his|her|its|our)\\s+)?(?<nth>${ORDINAL}\\s+(?:[a-z][\\w'-]*\\s+)?(?:time|session|visit|booking|appointment|order|purchase|payment|invoice|call|lesson|class|meeting|consultation|treatment|reply|response|one)s?\\b)|\\b(?:for|the)\\s+(?:the\\s+)?(?:first|second|third|fourth|fifth|\\d{1,3}(?:st|nd|rd|th)|nth|umpteenth|last)\\s+time\\b`,
  'i',
);

/**
 * What a reply carries, said as a thing ("replies with a question", "answers with a complaint", "responds asking for
 * a discount"): no field says a reply is a question or a complaint, so reading the reply alone would run on every
 * one. Words it contains are tested ("replies mentioning pricing"); a kind of reply is refused, quoted.
 */
const REPLY_CARRIES =
  /\b(?:replies|replied|responds|responded|answers|answered|writes\s+back|wrote\s+back|gets\s+back\s+to\s+us)\s+(?:with\s+(?!the\s+(?:words?|phrases?|keywords?|text|terms?)\b)(?:an?|some|any|their|the)\s+[a-z][\w'-]*(?![\w'-])(?!\s+(?:about|regarding|on|mentioning|re|saying|that\s+says)\b)|(?:by\s+)?asking\s+(?:for|about|if|whether|to)\b)|\b(?:if|when|once|whenever)\s+(?:they|he|she|the\s+[a-z]+)\s+(?:reply|respond|answer|write\s+back)\s+with\s+(?:an?|some|any)\s+[a-z][\w'-]*(?![\w'-])(?!\s+(?:about|regarding|on|mentioning|re|saying|that\s+says)\b)/i;

/**
 * Also a moment before a booking ("2 days before the lesson"), which no wait can be anchored on (booking-times.ts),
 * a time relative to the team's own event ("an hour after the weekly staff meeting", team-events.ts) and one counted
 * from a date no record keeps ("a week before their birthday", booking-times.ts).
 */
export const occurrence = (text: string): string | undefined =>
  nthOf(OCCURRENCE.exec(text)) ??
  REPLY_CARRIES.exec(text)?.[0] ??
  unstoredTime(text) ??
  beforeBooking(text) ??
  teamEventTime(text);

/** "pays their first invoice": the words that say which one ("first invoice"), as the refusal quotes them. */
const nthOf = (m: RegExpExecArray | null): string | undefined => (m ? (m.groups?.nth ?? m[0]) : undefined);

export const occurrenceProblem = (phrase: string): string =>
  teamEventTime(phrase) === phrase
    ? teamEventProblem(phrase)
    : unstoredTime(phrase) === phrase
      ? unstoredTimeProblem(phrase)
      : isBeforeBooking(phrase)
        ? beforeBookingProblem(phrase)
        : REPLY_CARRIES.test(phrase)
          ? `"${phrase}": a reply is recognised by the words it contains, not by what kind of reply it is; say the words to look for ("replies mentioning pricing"), or take it out to run on every reply`
          : `"${phrase}": a trigger runs on every event of its kind, and no record counts which one of theirs it is; take the words out to run on every one, or say it as a tag or a status ("when a client tagged returning books …")`;
