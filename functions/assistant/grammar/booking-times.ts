import { WEEKDAY_STEM } from './lexicon';
import { BOOKING_NOUN, PICKING_WORD } from './nouns';
import { VERBS } from './split';

/**
 * Waits anchored on a booking's own time (session 35, issue 16's miss class 3): a booking carries its start and end,
 * and a wait can run until either ({{trigger.booking.start}}), so the moments said of the booking are restated as
 * "wait until the booking starts / ends", which actions-misc.ts reads when the run has a booking:
 *   "wait until the appointment is over", "until their stay starts", "until the end of the session"
 *   "after the lesson ends, …", "once the job is done, …", "when the stay ends wait 3 days"
 *   "the day after the appointment", "an hour after it ends", "2 days after they check out"  (then that long more: one wait
 *   moved after it once assembled, business-days.ts waitsWritten)
 *   "When a tour ends, …" as what starts the workflow: a booking made, then the wait until it ends; "2 days after an
 *   appointment, …" too, then that long more (session 36).
 * A time before it is a wait moved before its start or end (SPAN_BEFORE, session 38: "24 hours before the appointment");
 * a part of its day ("the morning of the session", "on the day of the consultation", "the night before") is no one
 * time: refused, quoted (`beforeBooking`).
 */

const NOUN = `(?:${BOOKING_NOUN}|stays?|rentals?|trips?|show\\srounds?|shows?|gigs?|performances?|call-?outs?|events?)`;
/**
 * The trade's own name for its bookings, before the noun (session 41): "a groom appointment", "a video consultation",
 * "their click-and-collect slot", "a client meeting" are every booking (no title test, as the expected rows read
 * them; "a renewal meeting" too). Never a word that picks some out ("the last class", "a morning session", "the new
 * booking"), a state ("a missed appointment", "a cancelled class") or the team's own meetings ("the team meeting").
 */
const KIND = `(?!(?:${PICKING_WORD}|new|team|staff|internal|board|all-hands|daily|nightly|morning|afternoon|evening|night|weekend|${WEEKDAY_STEM}day|today|tomorrow|tonight|no-?show|[a-z]+ed|is|are|was|were|gets?|got|has|have|had|it|they|he|she|and|or|then|with|for|to|in|on|at|of|from|by|after|before|ends?|starts?|finishes)(?![\\w'-]))[a-z][\\w'-]*\\s`;
/** A booking's noun with up to two of the trade's words before it: "the appointment", "a groom appointment". */
const NAMED = `(?:${KIND}){0,2}${NOUN}`;
/** Whose booking: "the", "their", … ("each", "every" too, where a wait can go: not in ANY_BEFORE's refusal). */
const ONE = "the|their|his|her|its|your|our|this|that|the\\sclient's|the\\scustomer's";
const WHOSE = `(?:${ONE}|each|every|any)`;
/**
 * Any one booking, as a time before or after it is said (session 42): "the day before an install", "an hour after a
 * booked install finishes" (after "a", its end said: "2 days after a booking" may be after one is made).
 */
const ANY_WHOSE = `(?:${WHOSE}|an?)(?:\\s(?:booked|scheduled|upcoming))?`;
const END_VERB =
  "(?:ends|ended|is\\sover|are\\sover|'s\\sover|has\\sended|have\\sended|finishes|finished|has\\sfinished|is\\sfinished|is\\sdone|'s\\sdone|are\\sdone|wraps\\sup|is\\scomplete|is\\scompleted|has\\sbeen\\scompleted)";
/** The end said after the noun: "the job ends", "the job's done" (the contraction has no space before its verb). */
const ENDS = `(?:\\s${END_VERB}|'s\\s(?:over|done|finished|ended))`;
const START_VERB = '(?:starts|started|begins|has\\sstarted|kicks\\soff)';
/**
 * The same after "after" with no verb needed: "2 days after a session booking" may be after the booking is made or
 * after the session, so a kind before "booking" needs its end said ("after a meeting room booking ends").
 */
const NAMED_AFTER = `(?:(?:${KIND}){1,2}(?:(?!(?:bookings?|reservations?)(?![\\w'-]))${NOUN}|(?:bookings?|reservations?)(?=${ENDS}))|${NOUN})`;
/** "it ends", "it's over" (the contraction has no space before its verb). */
const IT_END = `it(?:\\s${END_VERB}|'s\\s(?:over|done|finished|ended))`;
/** A wait's own verb. */
const WAIT_WORD = '(?:wait|hold\\soff|pause)';
/** "until", "till", "til", "'til". */
const UNTIL = "(?:until|'?till?)";
/** Whose booking opens the request: "a client's appointment", "someone's class", "their session", "a booked meeting". */
const OPENER_WHOSE =
  "(?:(?:an?|the|each|every)(?:\\s(?:client|customer|member|patient|student|candidate|guest)'s)?|their|someone's|somebody's)(?:\\s(?:booked|scheduled|upcoming))?";
/** A person leaving or arriving at the booking: "they check out", "the guest leaves". */
const PERSON = '(?:they|he|she|the\\s(?:guests?|clients?|customers?|patients?|students?|visitors?))';
/** Not leaving or checking out something ("leaves a review", "checks out our menu"). */
const NO_OBJECT =
  '(?!\\s(?:a|an|the|us|our|their|his|her|its|it|them|me|feedback|reviews?|comments?|notes?|messages?|voicemails?|early)\\b)';
/** "they've", "she has": the moment said as done. */
const HAS = "(?:'ve|'s|\\shave|\\shas)?";
const PERSON_END = `${PERSON}${HAS}\\s(?:leaves?|left|check(?:s|ed)?\\sout|depart(?:s|ed)?|go(?:es)?\\shome)${NO_OBJECT}`;
const PERSON_START = `${PERSON}${HAS}\\s(?:arrives?|arrived|check(?:s|ed)?\\sin|get(?:s)?\\sthere|show(?:s)?\\sup)`;
/**
 * Any one of them checking out or in, as the request's first words: "When a guest checks out, …" (session 41, set
 * 20); never "a client leaves" (they may leave the business).
 */
const ANY_ONE =
  '(?:a|an|each|every|any)\\s(?:guest|client|customer|patient|visitor|camper|tenant|renter)s?\\scheck(?:s|ed)?';
const ANY_END = `(?:${PERSON_END}|${ANY_ONE}\\sout(?!\\sof\\b)${NO_OBJECT})`;
const ANY_START = `(?:${PERSON_START}|${ANY_ONE}\\sin)`;
const END_NOUN = '(?:check-?out|the\\scheck-?out|their\\scheck-?out|the\\send\\sof\\s(?:the|their)\\s[a-z]+)';
/**
 * A booking's start or end said by the trade's noun for it (session 44): "arrival", "check in time", "their
 * departure", "discharge", "the end of the booking". A booking keeps only its start and end (docs/data-model.md),
 * so these are the two times a wait can count from; never "arrival of the van", "check in with the client".
 */
const ANCHOR_TAIL =
  "(?:\\s(?:time|date|day))?(?![\\w'-])(?!\\s(?:of|on|at|to|for|from|page|link|form|process|info|details|instructions|notes?|summary|code)\\b)";
/** "check in", "check-out", never the verb with its object ("check in with the client"). */
const CHECK_IN = 'check[-\\s]?in(?!\\s(?:with|by)\\b)';
const CHECK_OUT = 'check[-\\s]?out(?!\\s(?:with|by)\\b)';
const ANCHOR_WHOSE = '(?:(?:the|their|his|her|your|each|every)\\s)?';
const START_AT = `(?:${ANCHOR_WHOSE}(?:${CHECK_IN}|arrival)${ANCHOR_TAIL}|(?:the\\s)?(?:start|beginning)\\sof\\s(?:the|their|each)\\s${NOUN})`;
const END_AT = `(?:${ANCHOR_WHOSE}(?:${CHECK_OUT}|departure|discharge)${ANCHOR_TAIL}|(?:the\\s)?end\\sof\\s(?:the|their|each)\\s${NOUN})`;
const START_NOUN =
  '(?:check-?in|the\\scheck-?in|their\\scheck-?in|arrival|their\\sarrival|the\\sstart\\sof\\s(?:the|their)\\s[a-z]+)';

/** The booking (or "it") ending or starting: groups end/start tell which. */
const MOMENT = `(?:(?<end>${WHOSE}\\s${NAMED}${ENDS}|${IT_END}|${PERSON_END}|${END_NOUN}|after\\s${WHOSE}\\s${NAMED})|(?<start>${WHOSE}\\s${NAMED}\\s${START_VERB}|it\\s${START_VERB}|${PERSON_START}|${START_NOUN}|${WHOSE}\\s${NAMED}))`;

const SPAN = '(?:\\d+|an?|one|two|three)\\s(?:minutes?|hours?|days?|weeks?)';

/** "wait until the session is over", "hold off till their stay starts". */
const WAIT_UNTIL = new RegExp(`\\b(?:wait|hold\\soff|pause)\\s${UNTIL}\\s${MOMENT}(?![\\w'-])`, 'gi');
/** "the day", "day" (said first, "day before each viewing"; not "every day", "one day"). */
const THE_DAY = "(?:the\\s|(?<![\\w'-]\\s))";
/**
 * "it" ending its clause: "send the condolence email 10 days after it", after the run's booking ("wait until it has
 * passed", read in actions-misc.ts only where the run has a booking).
 */
const IT_ALONE = '(?<it>it)(?=\\s*(?:[,.;!?]|$))';
/**
 * A moment said in the trade's words and glossed as the booking's start or end: "the customer picks their car up from
 * service (end of the booking)" (the brackets are gone by now).
 */
const GLOSSED =
  "(?:the|their|a|an|each|every)\\s[a-z][\\w'-]*\\s[^,.;!?]{1,60}?\\s(?:i\\.e\\.?\\s|so\\s)?(?:the\\s)?";
const GLOSS_OF = `\\sof\\s(?:the|their)\\s${NOUN}`;
const AFTER_PHRASE = `(?:(?<span>${SPAN})|${THE_DAY}(?:next\\s|following\\s)?day)\\s(?:after|following)\\s(?:(?<startAt>${START_AT}|${PERSON_START}|it\\s${START_VERB}|${WHOSE}\\s${NAMED}\\s${START_VERB}|${GLOSSED}(?:start|beginning)${GLOSS_OF})|${WHOSE}\\s${NAMED_AFTER}(?:${ENDS})?|${ANY_WHOSE}\\s${NAMED}${ENDS}|${IT_END}|${PERSON_END}|${END_AT}|${GLOSSED}end${GLOSS_OF}|${IT_ALONE})(?![\\w'-])`;
/**
 * Where an action said before its time ends: its clause's end, or a purpose or what is sent said after the time ("…
 * 14 days before their stay to remind them the balance is due", "… 2 hours after discharge with the aftercare
 * sheet"), which stays after the action once the wait is moved before it.
 */
const ACTION_END =
  "(?=\\s*(?:[,.;!?]|$)|\\s(?:to\\s(?!(?:the|a|an|our|their|his|her|my|your|its|them|him|me|us|everyone|all|each|every)(?![\\w'-]))[a-z]+|with\\s(?:the|a|an|our|their|your)\\s[a-z]+)(?![\\w'-]))";
/**
 * "the day after the appointment", "an hour after it ends", "2 days after they check out": after its end; "3 hrs
 * after check in time", "an hour after the class starts": after its start.
 */
const SPAN_AFTER = new RegExp(`\\b${AFTER_PHRASE}`, 'gi');
/**
 * "email the candidate an hour after the interview ends" ending its clause (session 38): the waits go before the
 * action, as when said first (read in place, the action came before them).
 */
const ACTION_AFTER = new RegExp(
  `(?<lead>^|(?:[,;.!?:]|->|→|=>)\\s?|\\bthen\\s|\\band\\s)\\s?(?<action>(?:${VERBS})\\s[^,.;!?]*?)\\s${AFTER_PHRASE}${ACTION_END}`,
  'gi',
);
/** "after the lesson ends", "once the job is done", "when their stay starts" (not the request's first words). */
const WHEN_MOMENT = new RegExp(
  `\\b(?:after|once|when|as\\ssoon\\sas)\\s(?:(?<end>${WHOSE}\\s${NAMED}${ENDS}|${IT_END}|${PERSON_END}|check-?out)|(?<start>${WHOSE}\\s${NAMED}\\s${START_VERB}|it\\s${START_VERB}|${PERSON_START}|check-?in))(?![\\w'-])`,
  'gi',
);
/** "When a tour ends, …", "After checkout, …" as the request's first words: a booking's run, waiting for it. */
const OPENING = new RegExp(
  `^(?:(?:so|ok|okay)[\\s,]+)?(?:after|once|when|whenever|as\\ssoon\\sas)\\s(?:(?<end>${OPENER_WHOSE}\\s${NAMED}${ENDS}|${ANY_END}|${END_AT})|(?<start>${OPENER_WHOSE}\\s${NAMED}\\s${START_VERB}|${ANY_START}|${START_AT}))(?![\\w'-])(?:\\s(?:(?:when|once|i\\.e\\.?)\\s)?(?:${WHOSE}\\s)?${NAMED}\\s(?:${END_VERB}|${START_VERB})|\\s(?:the\\s)?(?:end|start)\\sof\\s(?:the|their)\\s${NAMED})?\\s?,?\\s?`,
  'i',
);

/** "checkout → …", "arrival: …", "check-in - …": a booking's moment as the request's heading. */
const HEADING = new RegExp(`^(${END_AT}|${START_AT})\\s?(?:→|->|=>|:|-)\\s?`, 'i');

/**
 * "2 days after an appointment, …", "a week after the lesson, …" as the request's first words: a booking
 * made, then the wait until it ends and that long more. Not "… after an appointment is booked" (after it is made),
 * nor "… after a class booking comes in" (the booking made, session 39),
 * nor with a word picking some bookings out ("3 days after the last class"): left unread, refused, never dropped.
 */
const OPENING_SPAN = new RegExp(
  `^(?<span>${SPAN})\\s(?:after|following)\\s(?:an?|the|each|every|their)\\s${NAMED_AFTER}(?:${ENDS})?(?![\\w'-])(?!\\s(?:is|are|was|were|gets|got|has|have|comes|came|bookings?|reservations?|requests?|enquiry|inquiry|forms?|invoices?|payments?)\\b)\\s?,?\\s?`,
  'i',
);

/**
 * "After a test drive booking, …", "When a class booking comes in, …" as the request's first words (session 42): a
 * booking made, named by what is booked, which every booking is; never a word that picks some out ("a VIP booking",
 * "a USD booking", "a group booking": left to the trigger grammars, refused there).
 */
const OPENING_KIND = new RegExp(
  `^(?:after|when|whenever|on|following|with)\\s(?:a|an|each|every|any)\\s(?:new\\s)?(?:${KIND})?${NOUN}\\s(?:bookings?|reservations?)(?:\\s(?:comes\\sin|is\\smade|is\\splaced|arrives))?\\s?,\\s?`,
  'i',
);

/** "2 days after the booking is made": after the trigger's event, a plain wait ("2 days later"), never its time. */
const AFTER_MADE = new RegExp(
  `\\b(?<span>${SPAN})\\s(?:after|following)\\s(?:${WHOSE}|an?)\\s${NAMED}\\s(?:is|was|gets|got|has\\sbeen)\\s(?:made|booked|created|scheduled|confirmed|placed)(?![\\w'-])`,
  'gi',
);

/** "(wait till it ends)" right after the opening that said that moment (brackets may be gone): the same wait said twice. */
const SAME_MOMENT = new RegExp(
  `^\\(?\\s?(?:i\\.e\\.?\\s|so\\s)?(?:wait|hold\\soff)\\s${UNTIL}\\s${MOMENT}\\s?\\)?\\s?,?\\s?(?:then\\s)?`,
  'i',
);

const sameMomentOut = (rest: string, moment: string): string => {
  const m = SAME_MOMENT.exec(rest);
  return m && which(m.groups) === moment ? rest.slice(m[0].length) : rest;
};

const which = (groups: Record<string, string | undefined> | undefined): string =>
  groups?.end ? 'ends' : 'starts';

/** "a final check in email", "check out time": the noun, never the verb "check" (its split at "and check"). */
const CHECK_NOUN =
  /\bcheck\s(in|out)(?=\s(?:e-?mails?|messages?|calls?|texts?|notes?|info|information|details|instructions|times?|dates?|forms?)\b)/gi;

/** "after someone books wait 10 mins": the booking made, then the wait (never "wait" as what was booked). */
const BOOKS_THEN_WAIT = /\b(books|booked|reserves|reserved)\s(?=(?:wait|pause)\s)/gi;

export const bookingTimesSaid = (said: string): string => {
  // the request's first words say what starts it ("Two days after a booking is made, …"): left to the trigger
  const text = said
    .replace(CHECK_NOUN, 'check-$1')
    .replace(BOOKS_THEN_WAIT, '$1, ')
    .replace(AFTER_MADE, (m, ...args) =>
      /\S/.test(said.slice(0, args.at(-3) as number)) ? `${(args.at(-1) as { span: string }).span} later` : m,
    )
    .replace(OPENING_KIND, 'When a booking is made, ')
    // "checkout → review request", "arrival: …": the moment as a heading, said as when
    .replace(HEADING, 'after $1, ');
  const opening = OPENING.exec(text);
  const spanned = opening ? undefined : OPENING_SPAN.exec(text);
  const opened = opening
    ? `When a booking is made, wait until the booking ${which(opening.groups)}, then ${sameMomentOut(text.slice(opening[0].length), which(opening.groups))}`
    : spanned
      ? `When a booking is made, wait until the booking ends, then wait ${spanned.groups?.span}, then ${text.slice(spanned[0].length)}`
      : text;
  return beforeSaid(opened)
    .replace(ACTION_AFTER, (...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      const lead = g.lead ? `${g.lead} ` : '';
      return `${lead}wait until ${g.it ? 'it has passed' : `the booking ${g.startAt ? 'starts' : 'ends'}`}, then wait ${g.span ?? '1 day'}, then ${g.action ?? ''}`.replace(
        /\s{2,}/g,
        ' ',
      );
    })
    .replace(WAIT_UNTIL, (_m, ...args) => `wait until the booking ${which(args.at(-1))}`)
    .replace(SPAN_AFTER, (_m, ...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      return `wait until ${g.it ? 'it has passed' : `the booking ${g.startAt ? 'starts' : 'ends'}`}, then wait ${g.span ?? '1 day'}, then`;
    })
    .replace(WHEN_MOMENT, (m, ...args) => {
      const at = args.at(-3) as number;
      // the request's own trigger ("when a client books …") is never a moment of its booking
      return at === 0 ? m : `wait until the booking ${which(args.at(-1))}, then`;
    });
};

/**
 * "24 hours before the appointment", "the day before their class", "2 days before the lesson starts", "an hour before
 * it ends" (session 38): a wait until that long before the booking's time ({ until, before }), read by actions-misc.ts
 * as "wait until 24 hours before the booking starts". "The day before" is 1 day before it starts. With no trigger
 * said, implied.ts starts the run on the booking or invoice (session 40).
 *
 * "a reminder the day before", "2 hours before," (session 40): before with nothing after it, ending its clause, is
 * before the run's booking starts; read only where the run has a booking (actions-misc.ts), else refused, quoted.
 */
const BARE_BEFORE = '(?<bare>before)(?=\\s*(?:[,.;!?]|$|then\\b))';
/** An invoice's due date: "the due date", "it's due", "the invoice is due", "their payment is due". */
const DUE_WORDS = `(?:the|its|their|this)\\s(?:invoice(?:'s)?\\s|payment\\s|balance\\s|deposit\\s|fees?\\s|final\\spayment\\s)?due\\sdate|it(?:'s|\\sis)\\sdue|${ANY_WHOSE}\\s(?:invoice|payment|bill)\\s(?:is|falls)\\sdue`;
const DUE = `(?<due>${DUE_WORDS})`;
/** The start of a time before: "24 hours", "the day" (not "a summary of the day before"). */
const BEFORE_HEAD = `(?<!\\b(?:of|from|for|on|since|in|about|than)\\s)(?:(?<span>${SPAN})|${THE_DAY}day)\\s`;
/** "starts", "ends": which of the booking's times, after its noun. */
const BOOKING_VERB = `(?:\\s(?:(?<end>${END_VERB})|${START_VERB}))?`;
/** "before it starts", "before it ends"; "48 hours before it," alone: before it starts. */
const IT_VERB = `it(?:\\s(?:(?<itEnd>ends|finishes)|${START_VERB})|(?=\\s?(?:[,.;!?→]|$)))`;
const BEFORE_WORD = '(?:before|ahead\\sof|prior\\sto|in\\sadvance\\sof)';
const BEFORE_PHRASE = `${BEFORE_HEAD}(?:${BEFORE_WORD}\\s(?:${DUE}|${ANY_WHOSE}\\s${NAMED}${BOOKING_VERB}|${IT_VERB}|(?<endAt>${END_AT})|${START_AT})(?![\\w'-])|${BARE_BEFORE})`;
/** The same with one booking only ("each showing" is left to the action's own refusal). */
const ONE_BEFORE = `${BEFORE_HEAD}(?:${BEFORE_WORD}\\s(?:${DUE}|(?:${ONE})\\s${NAMED}${BOOKING_VERB}|${IT_VERB}|(?<endAt>${END_AT})|${START_AT})(?![\\w'-])|${BARE_BEFORE})`;
/** Where a clause starts: the text's start, a comma or a sentence's end, "then", "and". */
const CLAUSE_START = '(?<lead>^|(?:[,;.!?:]|->|→|=>)\\s?|\\bthen\\s|\\band\\s)';
/** "24 hours before the appointment, remind them": at a clause's start, the wait first as said. */
const SPAN_BEFORE = new RegExp(`${CLAUSE_START}\\s?${BEFORE_PHRASE}`, 'gi');
/** "a reminder", "another follow-up email": a message whose verb was said before it ("send X now and a reminder …"). */
const ELIDED =
  '(?:an?|another|one\\smore)\\s(?:(?:quick|short|friendly|final|second)\\s)?(?:reminder|follow-?up|nudge)(?:\\s(?:email|message|text))?';
/** An action's words up to the time, never across "and"/"then" before another action (session 40). */
const ACTION_WORDS = `(?:(?!\\s(?:and|then)\\s(?:(?:${VERBS})\\s|${ELIDED}))[^,.;!?])*?`;
/**
 * "remind them 24 hours before the appointment" ending its clause: the wait goes before the action; also said right
 * after a booking with no comma ("when someone books a tour send them a reminder 24h before it starts"); the channel
 * said after the time stays the action's ("remind customers 24 hrs before their appointment by email").
 */
const ACTION_BEFORE = new RegExp(
  `(?<lead>^|(?:[,;.!?:]|->|→|=>)\\s?|\\bthen\\s|\\band\\s|(?<=\\b(?:${NOUN}|booked|scheduled|reserved)\\s))\\s?(?<action>(?!${WAIT_WORD}\\s${UNTIL}\\s)(?:${VERBS})\\s${ACTION_WORDS}|${ELIDED})\\s${BEFORE_PHRASE}(?<by>\\s(?:by|via|over|through)\\s(?:e-?mail|text|sms|slack))?${ACTION_END}`,
  'gi',
);
/**
 * "wait till 2 days before the due date", "wait until 3 days before it's due, then …" (session 42): the wait said
 * with its own verb, anywhere in a clause; the same wait as said first.
 */
const WAIT_BEFORE = new RegExp(
  `\\b${WAIT_WORD}\\s${UNTIL}\\s(?:${BEFORE_PHRASE}|(?<dueAt>${DUE_WORDS})(?![\\w'-]))`,
  'gi',
);
/** What is left of a time before a booking once both are restated: said where no wait can go before it. */
const ANY_BEFORE = new RegExp(`(?<!\\buntil\\s)\\b${ONE_BEFORE}`, 'i');

/** "wait until 24 hours before the booking starts", from a BEFORE_PHRASE match's groups. */
const waitBefore = (g: Record<string, string | undefined>): string => {
  const span = (g.span ?? '1 day').replace(
    /^(?:one|two|three)\b/i,
    (w) => NUMBER_WORDS[w.toLowerCase()] ?? w,
  );
  if (g.due) return `wait until ${span} before the invoice is due`;
  if (g.bare) return `wait until ${g.span ?? 'the day'} before it starts`;
  return `wait until ${span} before the booking ${g.end || g.itEnd || g.endAt ? 'ends' : 'starts'}`;
};

const beforeSaid = (text: string): string =>
  text
    .replace(WAIT_BEFORE, (...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      return g.dueAt ? 'wait until the invoice is due' : waitBefore(g);
    })
    .replace(ACTION_BEFORE, (...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      return `${g.lead ?? ''}${g.lead ? ' ' : ''}${waitBefore(g)}, then ${g.action ?? ''}${g.by ?? ''}`.replace(
        /\s{2,}/g,
        ' ',
      );
    })
    .replace(SPAN_BEFORE, (...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      return `${g.lead ?? ''}${g.lead ? ' ' : ''}${waitBefore(g)}`.replace(/\s{2,}/g, ' ');
    });

const NUMBER_WORDS: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3' };

/** A moment before a booking or a part of its day ("the night before", "the morning of"): no wait is anchored there. */
const BEFORE_BOOKING = new RegExp(
  `\\b(?:the\\s(?:night|evening|morning|week)\\s(?:before|ahead\\sof|prior\\sto)\\s${WHOSE}\\s${NAMED}|(?:on\\s)?the\\s(?:day|morning|evening|afternoon|night)\\sof\\s${WHOSE}\\s${NAMED})(?![\\w'-])`,
  'i',
);

/** A part of a booking's day, or a time before it said where the wait cannot go first ("if 2 days before …"). */
export const beforeBooking = (text: string): string | undefined =>
  BEFORE_BOOKING.exec(text)?.[0] ?? ANY_BEFORE.exec(beforeSaid(text))?.[0];

export const beforeBookingProblem = (phrase: string): string =>
  BEFORE_BOOKING.test(phrase)
    ? `"${phrase}": a wait can run until a booking starts or ends, or a set time before it ("24 hours before the appointment, …"), not to a part of its day; say it that way, or as a daily schedule over the next day's bookings`
    : `"${phrase}": a wait can run until a set time before a booking, with what to do then said next to it as an email, a Slack message, a note or another step ("24 hours before the appointment, email them …"); I could not read what is done then`;

/**
 * A time counted from a date no record keeps (session 44): "a week before their birthday", "60 days before their
 * lease ends", "a month after their membership starts". A booking keeps its start and end and an invoice its due
 * date (docs/data-model.md); nothing else has a time a wait could count from, so these are refused, quoted ("their
 * renewal meeting" is a booking).
 */
const UNSTORED =
  '(?<what>birthdays?|birth\\s?dates?|anniversar(?:y|ies)|leases?|tenanc(?:y|ies)|contracts?|renewals?|expiry|expiration|memberships?|subscriptions?|trials?|polic(?:y|ies)|warrant(?:y|ies)|insurance|licen[cs]es?|passports?|visas?|deadlines?|graduations?)';
const UNSTORED_TIME = new RegExp(
  `\\b(?:(?:\\d+|an?|one|two|three)\\s(?:minutes?|hours?|days?|weeks?|months?)|the\\s(?:day|week|month))\\s(?:before|after|ahead\\sof|prior\\sto)\\s(?:their|the|his|her|its|your|our|a|an|each|every)\\s(?:[a-z][\\w'-]*\\s)?${UNSTORED}(?![\\w'-])(?!\\s${NOUN}(?![\\w'-]))(?:'s)?(?:\\s(?:ends?|expires?|starts?|begins?|runs\\sout|is\\sup|date|renews?|renewal))?(?![\\w'-])`,
  'i',
);

export const unstoredTime = (text: string): string | undefined => UNSTORED_TIME.exec(text)?.[0];

export const unstoredTimeProblem = (phrase: string): string => {
  const what = UNSTORED_TIME.exec(phrase)?.groups?.what ?? 'that date';
  return `"${phrase}": no record keeps ${what.toLowerCase()} dates, so there is no time to count from; a wait can count from a booking's start or end ("the day before the appointment") or an invoice's due date`;
};

export const isBeforeBooking = (phrase: string): boolean =>
  BEFORE_BOOKING.test(phrase) || ANY_BEFORE.test(phrase);
