import { PERSON, PERSON_PLURAL } from './nouns';

/**
 * What a step reads, said as a noun, and whom a find picks, said as what we did to them (classes 7 and 8, session 34),
 * put in the words the readers take:
 * - "list the unpaid invoices in #billing" is one post with the list, as "post a list of …" reads, never a post per
 *   invoice;
 * - "everyone we emailed 5+ days ago who never replied" are the leads with no reply for 5 days;
 * - "search … and email me what it finds" is the results (the search's text, the email's body).
 * A day's bookings said in the trade's nouns ("today's appointments") are no longer put as "today's bookings" for a
 * report (session 36): an activity report counts what happened, never what is booked; found-lists.ts finds a day's
 * bookings sent as a list and sends them in one message (session 38).
 */

const RECORDS = String.raw`(?:(?:the|all|our|every|any)\s)?(?:(?:[\w-]+\s){0,2}?)(?:invoices|bills|leads|bookings|appointments|consultations|deals|customers|clients|payments|sign-?ups|orders)`;
const LIST_IN = new RegExp(
  String.raw`\b[lL]ist\s(?!of\s)(${RECORDS})\s(in|to|on|into)\s((?:the\s)?#[a-z0-9][\w-]{0,79}(?:\schannel)?|(?:the\s)?[sS]lack\b)`,
  'g',
);

const EVERYONE = String.raw`(?:everyone|everybody|anyone|anybody|(?:every|each|any)\s${PERSON}|all\s(?:of\s)?(?:the\s)?(?:people|${PERSON_PLURAL})|(?:the\s)?(?:people|${PERSON_PLURAL}))`;
const CONTACTED = String.raw`(?:e-?mailed|contacted|messaged|wrote\sto|reached\sout\sto|followed\sup\swith|sent\s(?:an?\s|our\s)?(?:e-?mail|message|follow-?up|proposal|quote)\s(?:to\s)?)`;
const AGO = String.raw`(?:more\sthan\s|over\s|at\sleast\s)?(?:(\d{1,3})\+?\s(days?|weeks?)|(a|one)\s(week|fortnight))\s(?:or\smore\s)?ago(?:\sor\s(?:more|longer))?`;
/** The silence's length said after it: "… haven't heard back from in 2 weeks". */
const IN = String.raw`(?:in|for|within|over)\s(?:(?:the\s)?(?:last|past)\s)?(?:(\d{1,3})\+?\s(days?|weeks?)|(a|one)\s(week|fortnight))`;
const NEVER = String.raw`(?:and\s(?:who\s|that\s)?|who\s|that\s)(?:(?:still\s)?(?:never|haven'?t|hasn'?t|have\snot|has\snot|didn'?t|did\snot)(?:\s(?:yet|ever))?)\s(?:replied|responded|answered|gotten\sback|got\sback|reply|respond|answer|get\sback|came\sback|come\sback)(?:\s(?:to\sus|to\sit|to\sthem|yet))?`;
/** "… and (we) haven'?t heard back from (them)": the same silence, said from our side. */
const UNHEARD = String.raw`(?:and\s|but\s)(?:we\s)?(?:haven'?t|have\snot|never|didn'?t|did\snot)\s(?:heard|had)\s(?:back\s)?(?:anything\s)?from(?:\s(?:them|since))?`;
/**
 * Whom we contacted and who never replied, the length said as when we wrote ("5+ days ago") or as the silence ("in
 * 2 weeks"): one of the two is needed ("everyone we emailed who never replied" says no length and is left as said).
 */
const NO_REPLY_SINCE = new RegExp(
  String.raw`\b(${EVERYONE})\s(?:(?:that|who|whom)\s)?we\s${CONTACTED}(?:\s?${AGO})?\s(?:${NEVER}|${UNHEARD})(?:\s${IN})?\b`,
  'gi',
);

/**
 * "email me what it finds", "post whatever comes back", "slack me the top results": what a search found, in a request
 * that searches.
 */
const WHAT_IT_FINDS =
  /\bwhat(?:ever)?\s(?:it\s(?:finds|found|turns\sup|comes\s(?:up|back)\swith)|comes\s(?:back|up)|was\sfound)\b|\bthe\s(?:top|best|first|closest)\s(?:\d\s)?(?:results?|hits?|match(?:es)?)\b/gi;
const SEARCHES = /\b(?:search(?:es)?|look(?:s)?\s(?:it\s)?up|knowledge\sbase|faq)\b/i;

const days = (n: string | undefined, unit: string | undefined, word: string | undefined): number =>
  word === 'fortnight' ? 14 : word === 'week' ? 7 : Number(n) * (unit?.startsWith('week') ? 7 : 1);

export const readsSaid = (text: string): string =>
  (SEARCHES.test(text) ? text.replace(WHAT_IT_FINDS, 'the results') : text)
    .replace(LIST_IN, 'post a list of $1 $2 $3')
    .replace(
      NO_REPLY_SINCE,
      (m, _who: string, n?: string, unit?: string, a?: string, word?: string, ...rest: unknown[]) => {
        const [n2, unit2, a2, word2] = rest as (string | undefined)[];
        if (n === undefined && a === undefined && n2 === undefined && a2 === undefined) return m;
        const ago = n !== undefined || a !== undefined;
        return `all leads who haven't replied in ${ago ? days(n, unit, word) : days(n2, unit2, word2)} days`;
      },
    );
