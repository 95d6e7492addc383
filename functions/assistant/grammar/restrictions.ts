import type { Step, Trigger } from '../../../statemachines/schema';
import { type Assembled, assemble } from './assemble';
import type { Ctx } from './context';
import { FORM_SOURCES } from './event-shapes';
import type { Item } from './items';
import { mergeLeadUpdates } from './lead-updates';
import { picksOutOfGroup } from './many';
import { oneSummary } from './summary-twice';
import { isPlaceName } from './zone-countries';

/**
 * The assembler's last rule (session 28): words the grammars could not read are said back as not understood, and
 * the workflow still comes back — right for a detail ("with our logo", "asap"), a wrong workflow for a restriction:
 * "… if he is already qualified", "Most of them are VIPs.", "at 9 WIB", "in contacted status", "on the 15", "when
 * the total tops 300 euros". Left out, a restriction makes the workflow run for every event, at the wrong hour or
 * for every record. So any leftover that could restrict who, when or which refuses the request, quoted.
 *
 * The tests are on the kind of words, not on sentences seen: a condition's joint, a status or tag said of the
 * records, a copula said of them, a number that is a day, a time, an amount or a share, a day or month name, a
 * period word, an all-caps word in a schedule (an unknown zone), a channel named after "on"/"via", a relative
 * clause or "per …" grouping about the records.
 */

const CONDITION_JOINT =
  /\b(?:if|unless|only|except|excluding|provided|providing|as long as|so long as|as soon as|the moment|by the time|in case|whenever|when|until|while|whose|where|whether|but not)\b/i;

/** "once the total reaches 300": "once" as a condition; "once every two weeks", "once a day" is a cadence. */
const ONCE = /\bonce\b(?!\s+(?:every|each|a|an|per|daily|weekly|monthly)\b)/i;

/** A status, a tag or a qualifier of the records: who the workflow is for. */
const STATUS_OR_TAG =
  /\b(?:vips?|qualified|unqualified|contacted|won|lost|converted|churned|disqualified|status|stage|tagged|tags?|label(?:l?ed)?|segment|already|still|not yet|anymore|any more)\b/i;

/** "Most of them are VIPs", "they are all in Germany", "he is a customer": something said of the records. */
const SAID_OF_THEM =
  /\b(?:they|them|he|she|most|all|some|many|half|none|few|several|these|those|each|every|everyone|nobody|the\s+(?:leads?|contacts?|customers?|clients?|prospects?|patients?|members?|students?|guests?))\b[^.;!?]{0,60}?\b(?:is|are|was|were|be|been|being|'re|has|have|had|belongs?|lives?|live|comes?|works?)\b/i;

/** "which have …", "who has …", "that are …": a relative clause about the records. */
const RELATIVE =
  /\b(?:which|who|that)\s+(?:have|has|had|are|is|were|was|got|did|do|does|haven't|hasn't|don't|doesn't|didn't|aren't|isn't|never|still|already)\b/i;

/** A day, a time, a share or an amount said with a number; a day or month name; a period word. */
const WHEN_OR_HOW_MUCH = new RegExp(
  [
    String.raw`\b(?:on|the|by|before|until|till|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs?|o'clock)(?![\w])`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\d\s*(?:%|percent|k\b|m\b|€|\$|£|₹|eur\b|euros?\b|usd\b|dollars?\b|pounds?\b|gbp\b|inr\b|rupees?\b|bucks\b)`,
    String.raw`[€$£₹]\s?\d`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b`,
    String.raw`\b(?:january|february|march|april|june|july|august|september|october|november|december)\b`,
    String.raw`\b(?:eom|eod|eow|eoq|eoy|end\s+of\s+(?:the\s+)?(?:month|week|quarter|year))\b`,
    String.raw`\b(?:calendar|business|working|week)\s*days?\b`,
    String.raw`\b(?:daily|weekly|monthly|hourly|yearly|annually|quarterly|nightly|fortnightly|every|each|weekends?|holidays?)\b`,
    String.raw`\b(?:morning|afternoon|evening|night|noon|midnight|tonight|tomorrow)s?\b`,
    String.raw`\b(?:pass(?:es|ed)?|reach(?:es|ed)?|tops?|exceed(?:s|ed)?|hits?|over|above|under|below|beyond|more than|less than|at least|at most)\s+(?:the\s+)?(?:[€$£₹]\s?)?\d`,
  ].join('|'),
  'i',
);

/**
 * The shapes of a test, whatever its words (session 29): a comparison ("the industry is healthcare", "region equals
 * EMEA", "source == enterprise", "score > 80"), a negation ("it is not a test lead", "who never booked"), a relative
 * clause on the records ("who came from LinkedIn", "whose plan is premium", "that signed up"), a clause joined to
 * the trigger or a test ("and the contact opted in"), a window of time ("in the last 7 days", "this month", "since
 * March", "2 weeks ago") or a field of the catalogue said with "with" ("with source webinar", "with a value of").
 * Left out, each would make the workflow run for records or at times the request excludes.
 */
const TEST_SHAPE = new RegExp(
  [
    String.raw`[=<>≠≤≥]`,
    String.raw`\b(?!(?:this|that|it|there|here|which|what|who)\s)[\w.']{1,40}\s{1,3}(?:is|are|was|were|isn't|aren't|wasn't|weren't|equals?|equal\s+to|exceeds?|contains?|includes?|matches|(?:starts|ends|begins)\s+with)\b`,
    String.raw`\b(?:not|never|no\s+longer|without)\b|n't\b`,
    String.raw`(?<!,\s?)\b(?:who|whom|whose|which)\b`,
    String.raw`\bthat\s+(?:\w+ed|came|come|comes|got|have|has|had|did|do|does|paid|made|left|spent|bought|went|signed|joined|booked|opened|clicked)\b`,
    String.raw`^\s*(?:and|or|but|&|plus)(?:\s+(?:also|then|only))?\s+(?:(?:the|their|its|his|her|they|it|he|she|this|these|those|[a-z]+'s)\b|if\b)`,
    String.raw`\b(?:last|past|next|previous|coming|first)\s+(?:\d+|few|couple\s+of|two|three|four|five|six|seven|ten|thirty)\s+(?:hours?|days?|weeks?|months?|years?)\b`,
    String.raw`\bthis\s+(?:week|month|quarter|year)\b|\b(?:since|ago)\b|\b(?:from|before|after)\s+(?:yesterday|today|last\s+\w+)\b`,
    String.raw`\b\d{1,6}\s{0,3}(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)\b`,
    String.raw`\b(?:with|having|w/)\s+(?:an?\s+|the\s+|no\s+)?(?:status|stage|tags?|source|value|budget|total|amount|score|priority|plan|tier|country|region|industry|currency)\b`,
    // a choice among the records: "the important ones", "skip the rest", "repeat customers excluded", "applies to"
    String.raw`\b(?:the|those|these)\s+(?:[a-z-]+\s+)?ones\b|\b(?:skip|ignore|exclude|omit)\b|\bleave\s+out\b|\bfilter\s+out\b`,
    String.raw`\b(?:excluded|excepted|included|exempt(?:ed)?)\b|\b(?:applies|apply|applicable)\s+(?:only\s+)?(?:to|for)\b`,
    String.raw`\b(?:office|business|working|opening)\s+hours\b`,
    // "first-time buyers", "free trial users", "enterprise accounts": a kind of records said alone
    String.raw`^\s*(?!(?:new|all|our|the|every|each|existing|current|any|some|my|their)\s)(?:[a-z][a-z-]*\s+){1,3}(?:users|accounts|buyers|customers|clients|members|subscribers|signups|prospects|companies|businesses|plans?|tiers?|segments?|regions?|markets?)\s*$`,
    // "that's for big accounts", "just for the premium plan": whom the rule is for, said as a kind of records
    String.raw`\bfor\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,2}(?:accounts|users|buyers|members|subscribers|signups|prospects|plans?|tiers?|segments?)\b(?!\s+(?:team|teams|department|manager|managers|group|channel|people)\b)`,
  ].join('|'),
  'i',
);

/** "per rep", "per region": a grouping no action makes (a rate's "per day" is a schedule). */
const PER_GROUP = /\bper\b(?!\s+(?:day|week|month|hour|minute|year|run|cent)\b)/i;

/** "on WeChat", "via Signal": a channel the actions do not use, said as the way to send or to pay. */
const CHANNEL = /\b(?:on|via|through|over|using)\s+(?:[A-Z][a-z]*[A-Z]\w*|[A-Z][a-z]{2,})\b/;

/** An all-caps word in a scheduled request ("at 9 WIB"): an unknown zone, unless a word offices use. */
const CAPS = /(?<![\w#@.])[A-Z]{2,5}(?![\w@.])/g;
const ACRONYMS =
  /^(?:CRM|SOP|CA|CPA|API|PDF|CSV|VIP|VIPS|CEO|CFO|COO|CTO|CMO|MD|GM|HR|IT|PM|AM|OK|USA|US|UK|EU|FAQ|ID|KPI|KPIS|ROI|SMS|URL|QA|AI|PR|CC|BCC|FYI|ASAP|TODO|NB|PS|RE|FW|FWD|LLC|INC|LTD|GMBH|ACME|B2B|B2C|SaaS|MRR|ARR|NPS|CSM|SDR|BDR|AE|W)$/;

const TOPIC_AFTER =
  /^\s+(?:summary|summaries|report|reports|digest|update|updates|review|dashboard|metrics|stats|numbers|figures|breach(?:es)?|overview|recap)\b/i;
const topicIn = (request: string, word: string): boolean => {
  const at = request.indexOf(word);
  return at >= 0 && TOPIC_AFTER.test(request.slice(at + word.length));
};
const unknownZone = (left: string, trigger: Trigger, request: string): string | undefined => {
  if (trigger.type !== 'schedule' || !(trigger.cron || trigger.at)) return undefined;
  // "the weekly SLA summary", "the NPS report": an acronym before what is sent names its topic, never a zone
  return [...left.matchAll(CAPS)].map((m) => m[0]).find((w) => !ACRONYMS.test(w) && !topicIn(request, w));
};

/**
 * "They are already customers.", "Most of them are VIPs.", "He is on the premium plan.": a sentence that says what
 * the records are (a pronoun or a share of them, a copula). Never context to leave out: it may say who the rule is for.
 */
const RECORDS_ARE =
  /^\s*(?:they|he|she|(?:most|all|some|many|half|none|a few|several|each|every one|the majority)\s+of\s+them|(?:(?:most|all|some|many|half|none)\s+of\s+)?(?:the|these|those)\s+(?:leads?|contacts?|customers?|clients?|prospects?|people|patients?|members?|students?|guests?))\s+(?:are|is|were|was|'re|'s|will\s+be|must\s+be|should\s+be)\b/i;
/** "It is not a test lead.", "This lead is from a competitor.": what the one record is ("It is a pain point." is story). */
const IT_IS =
  /^\s*(?:it\s*(?:is|'s|was)\s+(?:not|never)\s|it\s+(?:isn't|wasn't)\s|this\s+(?:lead|contact|customer|client|person|prospect|booking|invoice)\s+(?:is|was|isn't|wasn't)\s+(?:not\s+|never\s+)?(?:an?|from|in|on)\s)/i;
export const saysWhatTheRecordsAre = (sentence: string): boolean =>
  RECORDS_ARE.test(sentence) || IT_IS.test(sentence);

/**
 * "This is just for the premium plan.", "Only for leads from Berlin.", "It's for the big ones.": a remark whose shape
 * chooses records — "for" + a noun phrase whose head is a record, a kind of one ("plan", "tier", "ones") — or any
 * "only/just for …" that is not our own side ("just for the sales team", "only for our records").
 */
const FOR_RECORDS =
  /\bfor\s+(?:the\s+|our\s+|my\s+|all\s+|those\s+|these\s+)?(?:[\w'-]+\s+){0,3}(?:accounts?|users?|buyers?|members?|subscribers?|sign-?ups?|prospects?|customers?|clients?|leads?|contacts?|tenants?|landlords?|patients?|students?|guests?|people|ones|plans?|tiers?|segments?|packages?|kinds?|types?|invoices?|bookings?)\b(?!\s+(?:teams?|department|managers?|group|channel|project)\b)/i;
const ONLY_FOR =
  /^\s*(?:(?:this|it|that)(?:\s+one)?\s*(?:is|'s|should\s+be|will\s+be)\s+)?(?:only|just|solely|exclusively)\s+(?:for|applies\s+to)\s+(?!(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+)?(?:teams?|department|managers?|records?|us|me|internal\s+use|testing|now|today|the\s+time\s+being)\b)/i;
export const remarkChoosesRecords = (sentence: string): boolean =>
  /^\s*(?:(?:this|it|that)(?:\s+one)?\s*(?:is|'s|should\s+be|will\s+be)\s+)?(?:(?:only|just|solely|exclusively|mainly|mostly)\s+)?for\s/i.test(
    sentence,
  ) &&
  (FOR_RECORDS.test(sentence) || ONLY_FOR.test(sentence));

/** Why a leftover could restrict who, when or which (undefined when it is a detail). */
/** ", who handles sales", ", which is what we do today": a clause after a comma describes, it does not choose. */
const describes = (left: string, request: string): boolean => {
  const at = request.indexOf(left);
  return at > 0 && /,\s*$/.test(request.slice(0, at)) && /^(?:who|whom|whose|which)\b/i.test(left);
};

/** "from Germany", "in the UK", "based in France": a place said of the records, which no record keeps. */
const PLACE =
  /\b(?:from|in|for|to|outside(?:\s+of)?|based\s+in|located\s+in|living\s+in|across)\s+((?:the\s+)?[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})/g;

const placeSaid = (left: string): string | undefined =>
  [...left.matchAll(PLACE)].find((m) => isPlaceName(m[1] ?? ''))?.[1];

/**
 * "Mid-month", "close of month", "the first of the quarter", "'s end", "every term": a period or a point in one that
 * the schedule reader did not place. Left out, the schedule would run daily or on the wrong day.
 */
const PERIOD =
  /\bmid-?(?:month|week|year|quarter|term)\b|\b(?:close|start|beginning|middle|first|last|end)\s+of\s+(?:the\s+|each\s+|every\s+|a\s+)?(?:month|quarter|year|term|semester|season|fiscal|financial)\b|'s\s+end\b|\b(?:half-?terms?|paydays?|pay\s+periods?|(?:fiscal|financial|tax)\s+years?|semesters?|school\s+holidays?|bank\s+holidays?)\b/i;

const unplacedPeriod = (left: string, trigger: Trigger): boolean =>
  trigger.type === 'schedule' && PERIOD.test(left);

/**
 * "At sunrise every day", "at teatime", "at the crack of dawn": a point in the day the schedule readers did not read.
 * Left over, the schedule ran at its default hour. A leftover that is only "at …" (a few words, nothing else) in a
 * scheduled workflow is a time said in words no reader has, whichever words they are.
 */
const UNREAD_POINT = /^(?:at|around|about)\s+(?:the\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}$/iu;

/** A time of day the schedule readers read: with one said, "at the office" is a place, not the time. */
const TIME_SAID =
  /\b(?:at|@|by|around)\s*\d|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|h)\b|\b\d{1,2}:\d{2}\b|(?<![\w-])(?:noon|midday|midnight|lunch\s?time|mornings?|afternoons?|evenings?|nights?|nightly|tonight|hourly|hours?|minutes?)\b/i;

const unplacedPoint = (left: string, trigger: Trigger, request: string): boolean =>
  trigger.type === 'schedule' && UNREAD_POINT.test(left.trim()) && !TIME_SAID.test(request);

/**
 * "the big clients", "our premium customers": people said with a word before them that picks some out. Left over
 * (the action already has its recipient), the workflow would act on every one of them. "new customers" are the
 * ones the event brings.
 */
const PICKED_PEOPLE =
  /^(?:(?:to|for)\s+)?(?:(?:the|our|my|all|any|those|these|all\s+the)\s+)?(?!(?:new|incoming)\s+\w+$)(?:[\w'-]+\s+){1,3}(?:ones|clients|customers|leads|contacts|prospects|tenants|landlords|members|patients|students|guests|accounts|buyers)$/i;

/**
 * "so whoever's on rotation can claim", "so the on-call rep can grab": a purpose — "so" + who + what they can then do —
 * says why, never who, when or which; framing, unless it holds a condition word, a number or a limit ("so only the
 * sales team sees").
 */
const PURPOSE_LEFT =
  /^\s*(?:just\s+)?so\s+(?:that\s+)?(?:whoever(?:'s)?|someone|somebody|anyone|everyone|nobody|we|i|they|he|she|you|(?:the|our|my)\s+[\w-]+(?:\s+[\w-]+)?)\s/i;
const purposeOnly = (left: string): boolean =>
  PURPOSE_LEFT.test(left) &&
  !CONDITION_JOINT.test(left) &&
  !/\d|\b(?:just|also|too|every|each|all)\b/i.test(left.replace(/^\s*just\s/i, ''));

/** "everyone else", "otherwise", "the rest": the other branch of a test; left out, its steps would join the first. */
const OTHER_BRANCH =
  /\b(?:(?<!\b(?:someone|somebody|something|nobody|nothing|no one|who|what|where|how)\s)else|otherwise|the\s+rest|all\s+(?:the\s+)?others)\b/i;

/**
 * "When an invoice is paid late", "a booking is made for next week", "a lead replies in Spanish": words left right
 * after the event's verb say which events — how, when or by whom it happened — and no record keeps them (session 33).
 */
const EVENT_VERB =
  /\b(?:paid|made|booked|scheduled|created|cancell?ed|submitted|added|received|sent|signs?\sup|signed\sup|comes?\sin|came\sin|arrives?|arrived|lands?|landed|repl(?:y|ies|ied)|responds?|responded|writes?\sback|books|pays|cancels|submits|registers?|registered|joins?|joined|enrolls?|enrolled)$/i;
/** How, when or by whom, in the shapes that choose events: an adverb, a means of payment, a language, a period, a kind of person. */
const EVENT_MANNER =
  /^(?:[a-z]+ly|late|early|again)$|^by\s(?:card|cash|cheque|check|bank\stransfer|transfer|paypal|direct\sdebit|credit\scard|debit\scard)$|^in\s[A-Z][a-z]+$|^for\s(?:next|this|tomorrow|today|the\sweekend)\b|^by\s(?:an?|the)\s(?!new\s)[a-z]+\s(?:client|customer|lead|member|guest|patient|student|person|user|buyer)s?$/;
const afterEvent = (left: string, request: string): boolean => {
  if (!EVENT_MANNER.test(left.trim())) return false;
  const at = request.toLowerCase().indexOf(left.toLowerCase());
  return at > 0 && inTriggerClause(request.slice(0, at)) && EVENT_VERB.test(request.slice(0, at).trimEnd());
};
/** The words before the leftover are the trigger's clause: "when", "if", "whenever", "once" opens it, no comma since. */
const inTriggerClause = (before: string): boolean =>
  /\b(?:when|whenever|if|once|as soon as|every time|each time)\s[^,;.:→]*$/i.test(before);

/** What an incoming message says, tested: "mentions refund", "says 'DBS' or 'safeguarding'", "asks about prices". */
const TEXT_TEST =
  /\b(?:mentions?|mentioning|says|saying|contains?|containing|refers?\s+to|referring\s+to|talks?\s+about|talking\s+about|asks?\s+about|asking\s+about)\s/i;

const WORD_CHAR = /[\p{L}\p{N}'-]/u;

/** The leftover from the start of the word it begins in (a leftover may start inside a word: "ntions refund"). */
const fromWordStart = (left: string, request: string): string => {
  const at = request.toLowerCase().indexOf(left.toLowerCase());
  if (at <= 0) return left;
  let start = at;
  while (start > 0 && WORD_CHAR.test(request[start - 1] ?? '')) start -= 1;
  return request.slice(start, at) + left;
};

/**
 * A test of the received message's text left unread ("When an enquiry email mentions refund, notify Sophie"): the
 * workflow ran for every email. The words of a text test say which messages it is for, whatever the test is of.
 */
const unreadTextTest = (left: string, trigger: Trigger, request: string): string | undefined => {
  if (trigger.type !== 'event' || trigger.event !== 'email.received') return undefined;
  const whole = fromWordStart(left, request);
  return TEXT_TEST.test(`${whole} `) ? whole : undefined;
};

const FORM_TOOL = new RegExp(`\\b(?:${FORM_SOURCES.join('|')})\\b`, 'i');

/** "→ I approve it → it gets filed", "then they're printed": a step said in the passive (a send is the send readers': never here). */
const DONE_TO_IT =
  /^(?:(?:and|then|so)\s+)*(?:it|they|this|that|these)(?:\s+(?:gets?|got|is|are|(?:will|should|can)\s+be)|'s|'re)\s+(?!(?:needed|used|based|interested|required|expected|supposed|allowed|called|named|tagged|marked|approved|rejected|declined|signed|e-?mailed|mailed)\b)(?:[a-z]{3,}ed|done|made|put|kept|written|given|taken|shown|read|set)(?![\w'-])/i;

const restricts = (left: string, trigger: Trigger, request: string): string | undefined => {
  // a step left out is a wrong workflow: said in the passive, it is refused, never dropped (issue 16, session 43)
  if (DONE_TO_IT.test(left.trim()))
    return `I did not understand "${left}": it says a step done to it, which is not left out. Say it as an order ("file it", "post it to the portal") or take it out`;
  const tested = unreadTextTest(left, trigger, request);
  if (tested) return condition(tested);
  if (OTHER_BRANCH.test(left))
    return `I did not understand "${left}": it reads as the other branch of a condition, which is not left out. Say it after a comma ("…, otherwise add a note") or as its own condition`;
  // "with 'Private Dining' in the title": a test of a field, never a detail
  if (/\bin\s(?:the|its|their)\s(?:title|subject|name|body|text)\b/i.test(left)) return condition(left);
  if (purposeOnly(left)) return undefined;
  // "New grant application (tally form) ->" with the tool not read: any form's submissions would start it
  if (
    FORM_TOOL.test(left) &&
    trigger.type === 'event' &&
    trigger.event === 'form.submitted' &&
    !trigger.filter?.source
  )
    return `I did not understand "${left}": which form starts it? Say "When a ${FORM_TOOL.exec(left)?.[0]} form is submitted, …"`;
  if (trigger.type === 'event' && afterEvent(left, request)) return condition(left);
  if (PICKED_PEOPLE.test(left.trim()) || remarkChoosesRecords(left)) return condition(left);
  if (unplacedPoint(left, trigger, request))
    return `I did not understand "${left}", which could change when the schedule runs: it is not left out. Say the time ("at 7am", "at 18:30")`;
  if (unplacedPeriod(left, trigger))
    return `I did not understand "${left}", which could change when the schedule runs: it is not left out. Say the day and the time ("on the last day of the month at 5pm", "every Friday at 9am")`;
  const place = placeSaid(left);
  if (place)
    return `I did not understand "${left}": no record of the catalogue keeps a country or region (a lead has a source, a status, tags and a value), so the workflow would run for everyone, not only ${place}. Say it as a tag ("tagged ${place.toLowerCase().replace(/^the\s+/, '')}") or take it out`;
  const zone = unknownZone(left, trigger, request);
  if (zone)
    return `I did not understand "${left}": if "${zone}" is a time zone, name a city or an IANA zone ("Asia/Jakarta"); the schedule would run in UTC without it`;
  if (ONCE.test(left) && !/\bonce\s+(?:every|each|a|an|per)\b/i.test(request)) return condition(left);
  // "on WeChat", "per rep": no channel or data source of the catalogue says or gives that; not a bare post
  const channel = CHANNEL.exec(left);
  if (channel && !CONDITION_JOINT.test(left))
    return `I did not understand "${left}": no action sends or receives on ${channel[0].replace(/^\w+\s+/, '')} (email, Slack and team notifications are the channels). Say one of those, or take it out`;
  const per = PER_GROUP.exec(left);
  if (per && !CONDITION_JOINT.test(left))
    return `I did not understand "${left}": no data source of the catalogue gives "${/\bper\s+[\w-]+/i.exec(request)?.[0] ?? per[0]}" (the summary is the activity of a period for the whole account). Ask for it without that, or take it out`;
  if (
    CONDITION_JOINT.test(left) ||
    STATUS_OR_TAG.test(left) ||
    SAID_OF_THEM.test(left) ||
    RELATIVE.test(left) ||
    WHEN_OR_HOW_MUCH.test(left) ||
    PER_GROUP.test(left) ||
    CHANNEL.test(left) ||
    (TEST_SHAPE.test(left) && !describes(left, request)) ||
    picksOutOfGroup(left, request)
  )
    return condition(left);
  return undefined;
};

const condition = (left: string): string =>
  `I did not understand "${left}", which could change who, when or which records the workflow is for: it is not left out. Say it as a condition ("only if the lead's status is qualified"), a time or a filter, or take it out`;

/** The refusals a workflow's leftovers call for: none when every leftover is a detail. */
export const restrictionProblems = (
  notUnderstood: readonly string[],
  trigger: Trigger,
  request: string,
): string[] =>
  notUnderstood.flatMap((left) => {
    const problem = restricts(left, trigger, request);
    return problem ? [problem] : [];
  });

/**
 * The assembler with its last rule: the pieces nested into steps, then a refusal for each leftover that could
 * restrict who, when or which ("… if he is already qualified", "at 9 WIB"): without them the workflow would run for
 * every event, for every record or in UTC.
 */
/** An approval asked for, in any words a step does not read ("subject to approval", "it has to be approved"). */
const APPROVAL_ASKED =
  /(?<![\w-]|\bfor\s(?:(?:their|his|her|an?|the|your)\s)?)(?:approval|sign-?off|go-ahead|approves?|approving|sign(?:s|ed)?\s(?:(?:it|them|this)\s)?off|(?:be|been|being|gets?|got) approved)(?![\w-])/i;

/**
 * "ping Dr Patel to sign off the rota", "remind the manager to approve the timesheets": a message, no approval (a
 * thing named and nothing after it; "tell Sam to approve it, then email them" is an approval asked of Sam).
 */
const ASKED_IN_A_MESSAGE =
  /\b(?:ping|remind|nudge|tell|message|text)\s(?:[^\s,.;!?]+\s){1,3}?to\s(?:approve|sign\soff|ok|okay)\s(?:the|our|their|this\sweek's|next\sweek's)\s[a-z-]+(?:\s[a-z-]+)?(?=\s*(?:[.;!?]|$))/gi;

/**
 * "each monday 8am ping Dr Patel to sign off the rota": the sign-off is what the one message asks of a colleague, and
 * no step waits on it (session 44); with another step ("…, then email them") it stays an approval to say.
 */
const askedInTheMessage = (steps: readonly Step[], asked: string): boolean => {
  const [only] = steps;
  if (steps.length !== 1 || !only || !('action' in only) || !/^notify\.(?:team|slack)$/.test(only.action))
    return false;
  const text = (only.input as { text?: unknown } | undefined)?.text;
  return typeof text === 'string' && text.toLowerCase().includes(asked.toLowerCase());
};

export const assembleRestricted = (
  items: readonly Item[],
  ctx: Ctx,
  problems: string[],
  notUnderstood: readonly string[],
  trigger: Trigger,
  request: string,
): Assembled => {
  const put = assemble(
    mergeLeadUpdates(items),
    ctx,
    problems,
    trigger.type === 'event' ? trigger.filter : undefined,
  );
  // "daily wrap-up at 5.30pm: summarise the day": one summary (summary-twice.ts)
  const assembled: Assembled = { ...put, steps: [...oneSummary(put.steps)] };
  problems.push(...restrictionProblems(notUnderstood, trigger, request));
  // "checkout → review request" with the step not read: a workflow that only waits does nothing
  if (assembled.steps.length > 0 && assembled.steps.every((s) => 'wait' in s))
    problems.push(
      `I understood a wait but nothing to do after it${notUnderstood.length > 0 ? `: "${notUnderstood.join(' … ')}"` : ''}`,
    );
  // "email them the quote after approval" read as the email alone: an approval asked for is never left out
  const asked = APPROVAL_ASKED.exec(request.replace(ASKED_IN_A_MESSAGE, ''));
  if (
    asked &&
    problems.length === 0 &&
    !JSON.stringify(assembled.steps).includes('"approval":') &&
    !(trigger.type === 'event' && trigger.event === 'approval.requested') &&
    !askedInTheMessage(assembled.steps, asked[0])
  )
    problems.push(
      `I did not understand how "${asked[0]}" is asked for: say who approves and before which step ("ask the partner to approve it, then email them")`,
    );
  return assembled;
};

/** The trigger without the filters a step tests instead (assemble.ts: the other branch of the trigger's own test). */
export const untested = (trigger: Trigger, keys: readonly string[] | undefined): Trigger => {
  if (!keys || trigger.type !== 'event' || !trigger.filter) return trigger;
  const filter = Object.fromEntries(Object.entries(trigger.filter).filter(([k]) => !keys.includes(k)));
  const { filter: _, ...rest } = trigger;
  return Object.keys(filter).length > 0 ? { ...rest, filter } : rest;
};
