import { WEEKDAY_STEM } from './lexicon';
import { DONE_TO_SOMEONE } from './rule-words';
import { type Separator, VERB_START, VERBS } from './split';

/** A verb that asks for something, left over inside a clause: what it asks would be silently dropped. */
const ACTION_WORDS =
  /\b(?:send|notify|tell|inform|escalate|create|add|mark|tag|post|remind|schedule|ping|alert|delete|cancel|forward)(?![\w-])|\blet\s+(?:\S+\s+){1,2}know\b|\b\d+\s?(?:minutes?|hours?|days?|weeks?|months?)\b|\b(?:excluding|other than|provided|(?:as|so) long as|didn't|isn't|aren't|wasn't|hasn't|haven't|(?:comes?|came|is|are|was|were)\s(?:in\s)?(?:from|via|through)|worth\s(?:more|less|over|under|above|below|at))\b|\bat\s\d{1,2}(?::\d{2}|\s?(?:am|pm|o'clock))\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|^\s*(?:at\s+|on\s+)?\d{1,2}\s*$|(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}/i;
/** …or a verb of the catalogue done to someone ("(Tara usually calls them)"): whoever does it, a step. */
export const ACTION_LEFTOVER = new RegExp(`${ACTION_WORDS.source}|${DONE_TO_SOMEONE.source}`, 'i');
/**
 * Session 34: a leftover saying WHEN a step runs ("next month", "later this week"), HOW it reaches someone ("by
 * phone", "by post", "in person"), WHICH occurrence starts it ("for the second time", "their 3rd session"), an
 * address ("the hello@ inbox"), what a reply carries ("replies with a question"), or a physical thing
 * to send ("flowers", "swag"): dropping it would run the steps at another time, by another channel, for other
 * events or with another content. Refused, quoting it.
 */
const WHEN_HOW_WHICH =
  /\b(?:next\s(?:week|month|year|quarter|time|day|morning|business\sday)|later\s(?:today|tonight|this|on|in\sthe)|at\sa\slater\s(?:date|time|point)|soon|shortly|eventually|this\s(?:week|month|quarter|year|weekend|morning|afternoon|evening)|(?:in|during)\sthe\s(?:morning|afternoon|evening|night)|end\sof\s(?:the\s)?(?:day|week|month|quarter|year)|(?<!\bused\sto\s(?:do|handle|send)\s(?:this|it|that|them)\s)(?:by|via|through|over)\s(?:the\s)?(?:phone|telephone|text|texts|sms|post|mail|letter|fax|courier|hand|whatsapp|call|signal|telegram)|in\sperson|face\sto\sface|(?:first|second|third|fourth|fifth|sixth|tenth|last|\d+(?:st|nd|rd|th))\s(?:time|visit|session|booking|appointment|call|order|purchase|payment|invoice|meeting|lesson|class)s?|again|repeat|returning|(?:with|asking|saying)\s(?:a|an|any|some)\s\w+|flowers|swag|merch|parcels?|packages?|hampers?|gifts?|postcards?)(?![\w-])|@/i;
export const MEANINGFUL_LEFTOVER_WORDS = new RegExp(
  `\\b(?:if|unless|only|not|never|haven't|hasn't|didn't|don't|doesn't|except|every|each|daily|weekly|monthly|hourly|when|whenever|before|until|otherwise|don't|doesn't|no|over|above|under|below|more than|less than|at least|at most|greater than|exceed(?:s|ing)?|between|tomorrow|tonight|field|weekends?|file|document|spreadsheet|(?:first|then|and|also)\\s+needs?|(?:welcome|confirmation|thank you|follow up|reminder)\\s(?:e?mail|message)|booked|scheduled|notified|tagged|emailed|and\\s(?:posted|forwarded|mailed|texted|messaged|slacked|sent|shared|logged)|or (?:more|above|higher|over|greater|less|below|under|fewer)|${WEEKDAY_STEM}days?|(?:who|that)\\s(?:joined|signed|registered|enrolled|came\\sin|bought|visited|were\\sadded))\\b`,
  'i',
);
export const MEANINGFUL_LEFTOVER = new RegExp(
  // "Instead the front desk does it": another branch (a lone "instead" ends a self-correction: "… notify me instead")
  `${MEANINGFUL_LEFTOVER_WORDS.source}|${WHEN_HOW_WHICH.source}|^\\s*instead\\s+\\S`,
  'i',
);
/**
 * "today's events", "this week's new members", "how many new members", "the list of orders": records a message would
 * carry, left unread (no finder took them): refused, never a message without them ("this week's timetable" is a thing).
 */
const RECORDS_LEFTOVER =
  /(?:\b(?:today|yesterday|tonight|tomorrow|this\s+week|last\s+week|next\s+week|the\s+week|the\s+day)(?:'s|s|’s)|\b(?:how\s+many|(?:the|a)\s+list\s+of))\s+(?:[a-z][a-z-]*\s+)?[a-z]{2,}s\b/i;
/** A leftover refused, never left out: an action, or records a message would carry. */
export const isDropped = (leftover: string): boolean =>
  [
    ACTION_LEFTOVER,
    RECORDS_LEFTOVER,
    IMPERATIVE_LEFTOVER,
    VERB_SHAPED_LEFTOVER,
    PLACE_LEFTOVER,
    LONE_VERB,
  ].some((re) => re.test(leftover));
/** A leftover that adds to or narrows what was read ("… too", "also …", "only …"). */
export const ADDS_TO_RULE = /\b(?:only|except|excluding|also|as well)\b|\btoo\s*[.!]?$/i;
/** A verb that asks for something, anywhere in a leftover ("you must reply with …", "we then email them"). */
export const VERB_INSIDE = new RegExp(
  `(?:^|\\s)(?:${VERBS})(?=\\s+(?:them|him|her|it|the|a|an|our|their|with|to)\\b)`,
);

/**
 * A clause no grammar read that can only describe (session 29): said after a comma or as its own sentence after the
 * trigger, of two words or more, with no record or field word of the catalogue, no pronoun of the records or of the
 * writer, no number, name, address or channel, no comparison sign, no modal of obligation, and none of the words
 * the patterns above find (a joint, a verb that asks): "it's urgent", "the format is fine as it is". It goes to the leftovers
 * whole, where the restriction gate still refuses any shape of a test; anything else unread is refused as before.
 */
const RECORD_WORD =
  /\b(?:leads?|contacts?|customers?|clients?|prospects?|invoices?|bookings?|meetings?|appointments?|status|source|value|tags?|amount|total|budget|price|deal|payment|replies|reply|forms?|they|them|their|he|she|his|her|we|us|our|you|your)\b/i;
/** "I'll approve it first", "we need to check": the writer's own step or an obligation, not a remark. */
const WRITER_OR_OBLIGATION =
  /\b(?:i|i'll|i'm|i've|i'd|me|my|mine|will|shall|must|need|needs|have to|has to|going to|want|wants|wait)\b|'ll\b/i;

export const onlyDescribes = (
  said: string,
  at: { readonly sep: Separator; readonly beforeTrigger?: boolean | undefined },
): boolean =>
  (at.sep === 'comma' || at.sep === 'sentence') &&
  !at.beforeTrigger &&
  /\S\s+\S/.test(said.trim()) &&
  !/\d|\s[A-Z]|@|#|[=<>]/.test(said) &&
  !RECORD_WORD.test(said) &&
  !WRITER_OR_OBLIGATION.test(said) &&
  [MEANINGFUL_LEFTOVER, ACTION_LEFTOVER, ADDS_TO_RULE, VERB_START, VERB_INSIDE].every((re) => !re.test(said));

/**
 * "pull our returns policy from the knowledge base", "acknowledge by email" left over (session 41): a verb no reader
 * knows with its object and where it comes from, or with how it reaches someone, is a step dropped: refused, quoted.
 */
const VERB_SHAPED_LEFTOVER =
  /^\s*(?:(?:and|then|also|please|first|just)\s+)?(?!(?:and|or|to|for|with|from|of|in|on|at|by|about|if|when|as|so|than|that|this|is|are|was|were|be|been|all|each|every|but|just|only|also|any|some|not|never|even|both|either|via|per|into|over|under|after|before|until|since|while|then|there|here|who|which|what|where|how|why|its|it's|one|ones|new)\b)(?![a-z]+(?:ed|ly|ing|s)\b)[a-z]{3,}\s+(?:(?:our|my|the|their|your)\s+[a-z'-]+(?:\s+[a-z'-]+){0,3}?\s+(?:from|out\s+of|off)\s+\S|(?:by|via|over)\s+(?:e-?mail|slack|text|sms|whatsapp)\b)/i;
/** "stop the sequence", "confirm it" left over in a run-on list: a verb and its object, an action dropped. */
const IMPERATIVE_LEFTOVER =
  /^\s*(?:(?:and|then|also|please)\s+)?(?!(?:and|or|to|for|with|from|of|in|on|at|by|about|if|when|as|so|than|that|this|is|are|was|were|be|been|all|each|every|but|just|only|also)\b)[a-z]{3,}\s+(?:it|them|him|her|us|me|the\s+(?:sequence|lead|customer|client|deal|booking|invoice))\b/i;
/**
 * "at Kings Court", "in USD", "at the Reading Office": a place or a currency left over can only say which records
 * (session 31): refused, quoted, never left out ("in Spanish", "in Berlin" are a language or a zone: not here); with
 * the kind of place after its name too ("at the Leeds studio", "at our Camden branch").
 */
const PLACE_LEFTOVER =
  /^(?:at\s+(?:the\s+|our\s+)?[A-Z][a-z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*(?:\s+[a-z][\w'-]*)?|in\s+(?:USD|EUR|GBP|usd|eur|gbp))$/;
/**
 * "can you track my clients macros and send them …" with only "track" left: keeping count of something over time is
 * no step of the catalogue (session 41); the request is refused, quoted, never read without it.
 */
const LONE_VERB = /^\s*(?:track|monitor|measure|calculate|compute|forecast|predict)\s*$/i;
