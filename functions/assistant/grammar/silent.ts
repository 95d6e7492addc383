import { numberOf } from './number-words';

/** The silence itself: "who haven't replied in 3 days", "that still has not got back to us within a week". */
const SILENCE = String.raw`(?:who|that)\s+(?:still\s+)?(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not|don't|do\s+not|doesn't|does\s+not|never)\s+(?:yet\s+)?(?:replied|reply|responded|respond|answered|answer|got\s+back|gotten\s+back|get\s+back|written\s+back|write\s+back)(?:\s+to\s+(?:us|me|our\s+(?:emails?|messages?)))?(?:\s+(?:yet|so\s+far))?\s+(?:in|for|within|after|since)\s+(?:(?:the\s+)?(?:last|past)\s+)?(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-eight|seventy-two)\s+(?<unit>hours?|days?|weeks?)\b`;

/**
 * Leads that have not replied, in a schedule over many records: "every lead that hasn't replied in 3 days", "all
 * prospects who have not responded within a week". A find of the leads a workflow emailed that long ago and that
 * have not replied since (crm.findLeads noReplyFor), never a wait: nothing started a run per lead. Without a
 * duration it is left to the wait grammar, which asks for one.
 */
export const SILENT_LEADS = new RegExp(
  String.raw`\b(?:(?:all|every|each|any|the|our)\s+(?:(?:of\s+)?the\s+)?)?(?:leads?|prospects?|contacts?|customers?|clients?|enquir(?:y|ies)|inquir(?:y|ies)|people|those|everyone|anyone)\s+${SILENCE}`,
  'i',
);

/** The same silence said after a noun already read ("all qualified leads| who haven't replied in 30 days"). */
export const SILENT_TAIL = new RegExp(`^${SILENCE}`, 'i');

/**
 * The same silence said from what we did: "any enquiry we emailed 7+ days ago who never replied", "everyone we emailed
 * over a week ago who hasn't replied". Emailed that long ago with no reply since is what noReplyFor finds.
 */
export const SILENT_SINCE =
  /\b(?:(?:all|every|each|any|the|our)\s+(?:(?:of\s+)?the\s+)?)?(?:leads?|prospects?|contacts?|customers?|clients?|enquir(?:y|ies)|inquir(?:y|ies)|people|those|everyone|everybody|anyone)\s+(?:(?:who|that|whom)\s+)?(?:we|i)\s+(?:e-?mailed|contacted|messaged|wrote\s+to|reached\s+out\s+to|followed\s+up(?:\s+with)?)\s+(?:(?:over|more\s+than|at\s+least)\s+)?(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|ten|fourteen|thirty)\+?\s+(?<unit>days?|weeks?)(?:\s+or\s+more)?\s+ago\s+(?:(?:and\s+)?(?:who|that)|and)\s+(?:still\s+)?(?:never|haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:replied|responded|answered|got\s+back(?:\s+to\s+us)?)(?:\s+(?:yet|since))?/i;

/** ISO-8601 duration of the match's "3 days", "three days", "a week", "48 hours". */
export const silenceOf = (m: RegExpExecArray): string => {
  const said = (m.groups?.n ?? '').toLowerCase();
  const [ten, unitWord] = said.split('-') as [string, string | undefined];
  const n = /^\d/.test(said) ? Number(said) : (numberOf(ten, unitWord) ?? 1);
  const unit = (m.groups?.unit ?? 'day').toLowerCase();
  return unit.startsWith('hour') ? `PT${n}H` : unit.startsWith('week') ? `P${7 * n}D` : `P${n}D`;
};

/** "When I run it manually", "when I click the button", "whenever I hit run": the run started by hand. */
const STARTED_BY_HAND =
  /\b(?:when(?:ever)?|each\stime|every\stime)\s(?:i|we)\s(?:(?:run|start|trigger|launch)\s(?:it|this)|kick\s(?:it|this)\soff|(?:click|press|hit)\s(?:the\sbutton|run|go|start))\b/gi;
/** "once a week", "once every month": a schedule, not "once" opening an event. */
const ONCE_A = /\bonce\s(?:a|every|per)\s(?:day|week|fortnight|month|year)\b/i;
/** "sunday 6pm:", "Mondays 07:00 —": a weekday and a clock time, a schedule said without "every". */
const DAY_AT =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:days?)?\s(?:at\s)?(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d)\b/i;
const EVENT_SAID = /\b(?:when|whenever|once|as soon as|after|each time|every time)\b/i;

/** Said in a request run on a schedule or started by hand, with no event to start it. */
export const scheduledOnly = (text: string): boolean =>
  (ONCE_A.test(text) ||
    DAY_AT.test(text) ||
    /\b(?:every|each)\s+(?:day|morning|evening|afternoon|night|week|weekday|month|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:daily|weekly|hourly|monthly|nightly|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings|evenings|afternoons|nights))\b/i.test(
      text,
    ) ||
    text.match(STARTED_BY_HAND)?.length === 1) &&
  !EVENT_SAID.test(text.replace(STARTED_BY_HAND, '').replace(new RegExp(ONCE_A, 'gi'), ''));
