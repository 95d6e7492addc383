import { WEEKDAY_STEM } from './lexicon';
import { VERBS } from './split';

/**
 * Verbs of the catalogue (split.ts VERBS) a business says of itself in any statement ("we have", "we use Jobber", "we
 * get a lot of calls", "by hand", "we offer free quotes", "orders", "our plan"): a step only with the object the
 * grammars read after them, so not a rule word alone. Every other verb of the catalogue is one, in any form.
 */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set(
  'have get go make use run keep look let give put set start stop leave hold line hand order plan offer sort rate apply fix clear enter'.split(
    ' ',
  ),
);

/** Compounds a verb of the catalogue makes that say no step: "the drop box", "drop-off hours". */
const NOT_THE_VERB: Readonly<Record<string, string>> = { drop: String.raw`(?![\s-]?(?:off|box))` };

/** Irregular past forms of the catalogue's verbs. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  send: ['sent'],
  write: ['wrote', 'written'],
  shoot: ['shot'],
  tell: ['told'],
  find: ['found'],
  ring: ['rang', 'rung'],
  buy: ['bought'],
  seek: ['sought'],
  sleep: ['slept'],
};

/** A verb in every form a writer uses: "tag", "tags", "tagged", "tagging"; "copy", "copies", "copied". */
export const formsOf = (verb: string): readonly string[] => {
  const doubled = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) || /^(?:label|cancel)$/.test(verb);
  const stem = doubled ? verb + verb.slice(-1) : verb;
  const y = /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) : undefined;
  const e = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : undefined;
  return [
    verb,
    y ? `${y}ies` : /(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : `${verb}s`,
    y ? `${y}ied` : e ? `${verb}d` : `${stem}ed`,
    e ? `${e}ing` : `${stem}ing`,
    ...(doubled && /l$/.test(verb) ? [`${verb}ed`, `${verb}ing`] : []),
    ...(IRREGULAR[verb] ?? []),
  ];
};

/**
 * The catalogue's verbs (split.ts VERBS, every verb a clause may start its action with), in every form, but the
 * statement verbs above: derived, so a verb added to the grammars is a rule word the day it is added.
 */
const CATALOGUE_FORMS = [
  ...new Set(
    VERBS.split('|')
      .flatMap((v) => (v.includes('[sz]') ? [v.replace('[sz]', 's'), v.replace('[sz]', 'z')] : [v]))
      .filter((v) => !STATEMENT_VERBS.has(v))
      .flatMap((v) => formsOf(v).map((form) => form + (NOT_THE_VERB[v] ?? ''))),
  ),
].join('|');

/**
 * A verb of the catalogue done to someone ("the office manager usually sends them", "Karen calls him"): a step said
 * as what happens, wherever it is left unread; its object tells the verb from its noun ("our emails", "the draft").
 * Not "it" (the record itself: "after we raised it"), nor "me"/"us" (an event: "sellers ask me for updates").
 */
export const DONE_TO_SOMEONE = new RegExp(
  String.raw`\b(?:${CATALOGUE_FORMS})\s+(?:them|him|her|everyone|everybody|each one|all of them)\b`,
  'i',
);

/** Any verb of the catalogue but the statement verbs, in any form. */
export const CATALOGUE_VERB = new RegExp(String.raw`\b(?:${CATALOGUE_FORMS})\b`, 'i');

/**
 * The words any part of a rule is made of, from the grammars' vocabularies: numbers and amounts, times and
 * schedules, trigger, condition, wait and branch words, what happens to records, actions and their channels, and
 * the people written to. A sentence with none of them cannot be a trigger, a time, a condition, a wait, an action,
 * a recipient, an amount or a channel; one with any of them is never dropped as framing (`framing.ts`), nor as a
 * reason (`registers.ts`). The lists lean wide: a word too many makes a refusal, a word too few a silent drop.
 * Lower case, after spelling is corrected.
 */
export const RULE_WORDS = new RegExp(
  [
    // numbers, amounts, channels, addresses, quoted text
    String.raw`\d|[$€£₹%#@⟦"]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|grand|lakhs?|crores?|dozen|half|couple|few|several)\b`,
    // times and schedules
    String.raw`\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|quarters?|daily|weekly|hourly|monthly|eom|nightly|yearly|annually|quarterly|biweekly|mornings?|afternoons?|evenings?|nights?|tonight|today|tomorrow|yesterday|noon|midnight|midday|lunchtime|weekdays?|weekends?|eod|eow|am|pm|o'clock|twice|${WEEKDAY_STEM}days?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|june|july|august|september|october|november|december|deadline|due|overdue|timezone|zone|schedul\w*|recurring|regularly|routinely|immediately|instantly|straight away|right away)\b`,
    // triggers, conditions, waits and branches
    String.raw`\b(?:if|unless|when|whenever|once|after|before|until|till|within|every|each|only|except|excluding|otherwise|else|instead|provided|whether|in case|as long as|as soon as|upon|then|first|next|later than|over|above|under|below|more than|less than|at least|at most|exceed\w*|between|worth|value|budget|amount|total|revenue|price|status|stage|tag|tags|tagged|label\w*|vip|vips|priority|hot|qualified|won|lost|new|existing|returning|source|country|region|domain|field|also|same|again|as well|rest|others)\b|\btoo[.!?]*$`,
    // what happens to records, and what the workflow waits for
    String.raw`\b(?:repl(?:y|ies|ied|ying)|respond\w*|answer\w*|pa(?:y|ys|id|ying)|unpaid|settle\w*|book\w*|confirm\w*|submi\w*|fill\w*|sign(?:s|ed|ing)?\s?(?:up|ups)|signups?|subscrib\w*|cancel\w*|reschedul\w*|upload\w*|arriv\w*|comes? in|came in|creat\w*|add|adds|added|adding|updat\w*|chang\w*|delet\w*|remov\w*|expir\w*|renew\w*|fail\w*|complet\w*|open\w*|click\w*|download\w*|register\w*|enrol\w*|join\w*|purchas\w*|buy\w*|bought|refund\w*|trigger\w*|filter\w*|step|steps|action|actions|event|events|workflows?|automations?|rules?|zaps?)\b`,
    // actions and their channels
    String.raw`\b(?:send\w*|sent|e-?mail\w*|mail\w*|notif\w*|alert\w*|remind\w*|ping\w*|tell|tells|told|inform\w*|messag\w*|text\w*|sms|whatsapp|slack\w*|teams|post\w*|cc|bcc|dm|forward\w*|escalat\w*|assign\w*|log|logs|logged|logging|record\w*|notes?|noted|mark\w*|move\w*|approv\w*|summar\w*|reports?|reporting|digest|recap|draft\w*|search\w*|chase\w*|follow\w*|nudge\w*|thank\s(?!you\b)|welcome|invit\w*|calls?|called|calling|meetings?|demos?|appointments?|invoic\w*|bills?|billing|charg\w*|receipts?|reminders?|notifications?|letters?|newsletters?|surveys?|questionnaires?|tasks?|to-?dos?|tickets?|files?|documents?|docs|pdfs?|contracts?|attachments?|webhooks?|api|http|url|crm|calendar|spreadsheets?|sheets?|inbox|channel|phone|let\s+\S+\s+know)\b`,
    // the people written to
    String.raw`\b(?:team|teams|manager|managers|boss|sales|support|finance|accounting|accounts|marketing|ops|operations|ceo|cfo|coo|founders?|owners?|directors?|admins?|staff|reps?|everyone|everybody|anyone|anybody|someone|nobody|me|myself)\b`,
    // every other verb of the catalogue
    CATALOGUE_VERB.source,
  ].join('|'),
  'i',
);

/**
 * The records a statement of context may be about ("we lose leads", "our customers hate waiting"): not a rule by
 * themselves, yet they keep any sentence that is not a plain statement (a request, a question) for the grammars.
 */
export const RECORD_WORDS =
  /\b(?:leads?|deals?|customers?|clients?|contacts?|prospects?|opportunit\w*|subscribers?|users?|members?|patients?|guests?|attendees?|students?|buyers?|vendors?|suppliers?|partners?|bookings?|forms?|submissions?|enquir\w*|inquir\w*|applications?|orders?|payments?|emails?|responses?|pipeline|business|people)\b/i;

/** Capitalised words after a sentence's first that are no ordinary words: a person's or an app's name. */
export const NAME = /(?<=\S\s)(?!I\b|I'|OK\b)[A-Z][\p{L}'-]+/u;

const NOT_A_NAME =
  /^(?:i|we|you|they|he|she|it|our|my|your|their|the|a|an|at|all|and|but|so|as|if|when|this|that|these|those|there|then|also|please|every|each|some|most|no|one)$/;

/** A clause that starts with someone named and what they do ("Anna sees it too", "Tom gets a copy"). */
export const namedFirst = (text: string): boolean => {
  const first = /^\s*([A-Z][a-z][\p{L}'-]*)\s+[a-z]+(?:s|ed)\b/u.exec(text)?.[1];
  return first !== undefined && !NOT_A_NAME.test(first.toLowerCase());
};

/**
 * "We frobnicate the widgets": we or I, then a verb that is neither being, having nor how things are — maybe what the
 * workflow should do, said as "we" ("… we send them a survey"), so it stays for the grammars.
 */
export const WE_DO =
  /^(?:(?:so|well|ok|okay|honestly|basically|unfortunately|currently|right now|at the moment|for now|these days|also)[\s,:-]+)*(?:we|i)\s(?!(?:are|am|was|were|have|has|had|do|does|did|don't|doesn't|didn't|can't|cannot|won't|will|would|could|should|might|may|must|usually|often|always|sometimes|still|never|currently|really|just|mostly|normally|typically|already|run|use|sell|get|got|lose|lost|spend|struggle|try|tried|tend|keep|work|deal|rely|handle|love|hate|know|think|feel|hope|believe|want|need|like|used|started|manage|offer|provide|operate|help|make|build|sit|live|are)\b)[a-z]+/;
