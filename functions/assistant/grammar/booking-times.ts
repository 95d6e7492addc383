import { BOOKING_NOUN } from './nouns';

/**
 * Waits anchored on a booking's own time (session 35, issue 16's miss class 3): a booking carries its start and end,
 * and a wait can run until either ({{trigger.booking.start}}), so the moments said of the booking are restated as
 * "wait until the booking starts / ends", which actions-misc.ts reads when the run has a booking:
 *   "wait until the appointment is over", "until their stay starts", "until the end of the session"
 *   "after the lesson ends, …", "once the job is done, …", "when the stay ends wait 3 days"
 *   "the day after the appointment", "an hour after it ends", "2 days after they check out"  (then that long more)
 *   "When a tour ends, …" as what starts the workflow: a booking made, then the wait until it ends; "2 days after an
 *   appointment, …" too, then that long more (session 36).
 * A moment before it or a part of its day ("2 days before the lesson", "the morning of the session", "on the day of
 * the consultation") cannot be waited for (no date arithmetic in a wait): refused, quoted (`beforeBooking`).
 */

const NOUN = `(?:${BOOKING_NOUN}|stays?|rentals?|trips?)`;
const WHOSE = "(?:the|their|his|her|its|your|our|this|that|the\\sclient's|the\\scustomer's)";
const END_VERB =
  "(?:ends|ended|is\\sover|are\\sover|'s\\sover|has\\sended|have\\sended|finishes|finished|has\\sfinished|is\\sfinished|is\\sdone|'s\\sdone|are\\sdone|wraps\\sup|is\\scomplete|is\\scompleted|has\\sbeen\\scompleted)";
const START_VERB = '(?:starts|started|begins|has\\sstarted|kicks\\soff)';
/** A person leaving or arriving at the booking: "they check out", "the guest leaves". */
const PERSON = '(?:they|he|she|the\\s(?:guests?|clients?|customers?|patients?|students?|visitors?))';
/** Not leaving or checking out something ("leaves a review", "checks out our menu"). */
const NO_OBJECT =
  '(?!\\s(?:a|an|the|us|our|their|his|her|its|it|them|me|feedback|reviews?|comments?|notes?|messages?|voicemails?|early)\\b)';
const PERSON_END = `${PERSON}\\s(?:leaves?|left|check(?:s|ed)?\\sout|depart(?:s|ed)?|go(?:es)?\\shome)${NO_OBJECT}`;
const PERSON_START = `${PERSON}\\s(?:arrives?|arrived|check(?:s|ed)?\\sin|get(?:s)?\\sthere|show(?:s)?\\sup)`;
const END_NOUN = '(?:check-?out|the\\scheck-?out|their\\scheck-?out|the\\send\\sof\\s(?:the|their)\\s[a-z]+)';
const START_NOUN =
  '(?:check-?in|the\\scheck-?in|their\\scheck-?in|arrival|their\\sarrival|the\\sstart\\sof\\s(?:the|their)\\s[a-z]+)';

/** The booking (or "it") ending or starting: groups end/start tell which. */
const MOMENT = `(?:(?<end>${WHOSE}\\s${NOUN}\\s${END_VERB}|it\\s${END_VERB}|${PERSON_END}|${END_NOUN}|after\\s${WHOSE}\\s${NOUN})|(?<start>${WHOSE}\\s${NOUN}\\s${START_VERB}|it\\s${START_VERB}|${PERSON_START}|${START_NOUN}|${WHOSE}\\s${NOUN}))`;

const SPAN = '(?:\\d+|an?|one|two|three)\\s(?:minutes?|hours?|days?|weeks?)';

/** "wait until the session is over", "hold off till their stay starts". */
const WAIT_UNTIL = new RegExp(`\\b(?:wait|hold\\soff|pause)\\s(?:until|till)\\s${MOMENT}(?![\\w'-])`, 'gi');
/** "the day after the appointment", "an hour after it ends", "2 days after they check out": after its end. */
const SPAN_AFTER = new RegExp(
  `\\b(?:(?<span>${SPAN})|the\\s(?:next\\s)?day|the\\sfollowing\\sday)\\safter\\s(?:${WHOSE}\\s${NOUN}(?:\\s${END_VERB})?|it\\s${END_VERB}|${PERSON_END}|check-?out)(?![\\w'-])`,
  'gi',
);
/** "after the lesson ends", "once the job is done", "when their stay starts" (not the request's first words). */
const WHEN_MOMENT = new RegExp(
  `\\b(?:after|once|when|as\\ssoon\\sas)\\s(?:(?<end>${WHOSE}\\s${NOUN}\\s${END_VERB}|it\\s${END_VERB}|${PERSON_END}|check-?out)|(?<start>${WHOSE}\\s${NOUN}\\s${START_VERB}|it\\s${START_VERB}|${PERSON_START}|check-?in))(?![\\w'-])`,
  'gi',
);
/** "When a tour ends, …", "After checkout, …" as the request's first words: a booking's run, waiting for it. */
const OPENING = new RegExp(
  `^(?:(?:so|ok|okay)[\\s,]+)?(?:after|once|when|whenever|as\\ssoon\\sas)\\s(?:(?<end>(?:an?|the|their|each|every)\\s${NOUN}\\s${END_VERB}|${PERSON_END}|check-?out)|(?<start>(?:an?|the|their|each|every)\\s${NOUN}\\s${START_VERB}|${PERSON_START}|check-?in))(?![\\w'-])(?:\\s(?:when|once|i\\.e\\.?)\\s${WHOSE}\\s${NOUN}\\s(?:${END_VERB}|${START_VERB}))?\\s?,?\\s?`,
  'i',
);

/**
 * "2 days after an appointment, …", "a week after the lesson, …" as the request's first words: a booking
 * made, then the wait until it ends and that long more. Not "… after an appointment is booked" (after it is made),
 * nor with a word saying which bookings ("3 days after a groom appointment"): left unread, refused, never dropped.
 */
const OPENING_SPAN = new RegExp(
  `^(?<span>${SPAN})\\s(?:after|following)\\s(?:an?|the|each|every|their)\\s${NOUN}(?:\\s${END_VERB})?(?![\\w'-])(?!\\s(?:is|are|was|were|gets|got|has|have|comes|came)\\b)\\s?,?\\s?`,
  'i',
);

const which = (groups: Record<string, string | undefined> | undefined): string =>
  groups?.end ? 'ends' : 'starts';

export const bookingTimesSaid = (text: string): string => {
  const opening = OPENING.exec(text);
  const spanned = opening ? undefined : OPENING_SPAN.exec(text);
  const opened = opening
    ? `When a booking is made, wait until the booking ${which(opening.groups)}, then ${text.slice(opening[0].length)}`
    : spanned
      ? `When a booking is made, wait until the booking ends, then wait ${spanned.groups?.span}, then ${text.slice(spanned[0].length)}`
      : text;
  return opened
    .replace(WAIT_UNTIL, (_m, ...args) => `wait until the booking ${which(args.at(-1))}`)
    .replace(SPAN_AFTER, (_m, ...args) => {
      const span = (args.at(-1) as Record<string, string | undefined>).span;
      return `wait until the booking ends, then wait ${span ?? '1 day'}, then`;
    })
    .replace(WHEN_MOMENT, (m, ...args) => {
      const at = args.at(-3) as number;
      // the request's own trigger ("when a client books …") is never a moment of its booking
      return at === 0 ? m : `wait until the booking ${which(args.at(-1))}, then`;
    });
};

/** A moment before a booking or a part of its day: no wait can be anchored there. */
const BEFORE_BOOKING = new RegExp(
  `\\b(?:(?:${SPAN}|the\\s(?:day|night|evening|morning|week))\\s(?:before|ahead\\sof|prior\\sto)\\s${WHOSE}\\s${NOUN}|(?:on\\s)?the\\s(?:day|morning|evening|afternoon|night)\\sof\\s${WHOSE}\\s${NOUN})(?![\\w'-])`,
  'i',
);

export const beforeBooking = (text: string): string | undefined => BEFORE_BOOKING.exec(text)?.[0];

export const beforeBookingProblem = (phrase: string): string =>
  `"${phrase}": a wait can run until a booking starts or ends ("wait until the appointment starts"), not to a moment before it or a part of its day; say it that way, or as a daily schedule over the next day's bookings`;

export const isBeforeBooking = (phrase: string): boolean => BEFORE_BOOKING.test(phrase);
