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
    String.raw`\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|quarters?|daily|weekly|hourly|monthly|eom|nightly|yearly|annually|quarterly|biweekly|mornings?|afternoons?|evenings?|nights?|tonight|today|tomorrow|yesterday|noon|midnight|midday|lunchtime|weekdays?|weekends?|eod|eow|am|pm|o'clock|twice|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|june|july|august|september|october|november|december|deadline|due|overdue|timezone|zone|schedul\w*|recurring|regularly|routinely|immediately|instantly|straight away|right away)\b`,
    // triggers, conditions, waits and branches
    String.raw`\b(?:if|unless|when|whenever|once|after|before|until|till|within|every|each|only|except|excluding|otherwise|else|instead|provided|whether|in case|as long as|as soon as|upon|then|first|next|later than|over|above|under|below|more than|less than|at least|at most|exceed\w*|between|worth|value|budget|amount|total|revenue|price|status|stage|tag|tags|tagged|label\w*|vip|vips|priority|hot|qualified|won|lost|new|existing|returning|source|country|region|domain|field|also|same|again|as well|rest|others)\b|\btoo[.!?]*$`,
    // what happens to records, and what the workflow waits for
    String.raw`\b(?:repl(?:y|ies|ied|ying)|respond\w*|answer\w*|pa(?:y|ys|id|ying)|unpaid|settle\w*|book\w*|confirm\w*|submi\w*|fill\w*|sign(?:s|ed|ing)?\s?(?:up|ups)|signups?|subscrib\w*|cancel\w*|reschedul\w*|upload\w*|arriv\w*|comes? in|came in|creat\w*|add|adds|added|adding|updat\w*|chang\w*|delet\w*|remov\w*|expir\w*|renew\w*|fail\w*|complet\w*|open\w*|click\w*|download\w*|register\w*|enrol\w*|join\w*|purchas\w*|buy\w*|bought|refund\w*|trigger\w*|filter\w*|step|steps|action|actions|event|events|workflows?|automations?|rules?|zaps?)\b`,
    // actions and their channels
    String.raw`\b(?:send\w*|sent|e-?mail\w*|mail\w*|notif\w*|alert\w*|remind\w*|ping\w*|tell|tells|told|inform\w*|messag\w*|text\w*|sms|whatsapp|slack\w*|teams|post\w*|cc|bcc|dm|forward\w*|escalat\w*|assign\w*|log|logs|logged|logging|record\w*|notes?|noted|mark\w*|move\w*|approv\w*|summar\w*|reports?|reporting|digest|recap|draft\w*|search\w*|chase\w*|follow\w*|nudge\w*|thank\s(?!you\b)|welcome|invit\w*|calls?|called|calling|meetings?|demos?|appointments?|invoic\w*|bills?|billing|charg\w*|receipts?|reminders?|notifications?|letters?|newsletters?|surveys?|questionnaires?|tasks?|to-?dos?|tickets?|files?|documents?|docs|pdfs?|contracts?|attachments?|webhooks?|api|http|url|crm|calendar|spreadsheets?|sheets?|inbox|channel|phone|let\s+\S+\s+know)\b`,
    // the people written to
    String.raw`\b(?:team|teams|manager|managers|boss|sales|support|finance|accounting|accounts|marketing|ops|operations|ceo|cfo|coo|founders?|owners?|directors?|admins?|staff|reps?|everyone|everybody|anyone|anybody|someone|nobody|me|myself)\b`,
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
