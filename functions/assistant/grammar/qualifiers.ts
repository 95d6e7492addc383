import { branchesSaidInFull } from './branch-words';
import { fieldsGlossed } from './field-glosses';
import { OUR_THE } from './lexicon';
import { PERSON_PLURAL, PICKING_WORD } from './nouns';
import { oneEmailForTwoPurposes } from './one-email';
import { QUOTED_STATUS } from './statuses';

/**
 * Conditions said as a description of the record (class 9, session 35), put as the tests the condition readers take,
 * so that none is left out and the workflow never runs for more records than the writer meant:
 *   a reply's words          "replies with STOP or unsubscribe" → "replies saying STOP or unsubscribe"
 *   a text with a word in it "the booking title has "Honeymoon" in it" → "the booking title contains "Honeymoon""
 *   what was booked, named   "a booking is made for the Lighthouse Suite", "someone books 'The Loft'"
 *                            → "… is made and the booking title contains "Lighthouse Suite""
 *   a state said as settled  "the buyer is already qualified" → "the buyer is qualified"
 *   a tag in brackets        "all my active buyers (tag: active-buyer)" → "… tagged active-buyer"
 *   a field in brackets      "(funded field = yes)", "(we use the value field)": field-glosses.ts
 * Only a quoted text, a word in capitals, or a name in capitals after "the" is read: "replies with a question" or "a
 * booking made for a client" stay as written, for the readers to refuse or read as they do.
 */

/** A person of any trade, as the lead a record is about. */
const PERSON_ONE =
  '(?:lead|buyer|seller|guest|patient|student|pupil|member|tenant|homeowner|diner|parent|applicant|candidate|subscriber|donor|client|customer|prospect|contact)';
const QUOTED = `(?:"[^"]{1,60}"|'[^']{1,60}'|“[^”]{1,60}”)`;
/** The first word of a reply: quoted, or in capitals ("STOP", "YES"); those after it in a list may be any word. */
const FIRST_WORD = String.raw`(?:${QUOTED}|[A-Z]{2,}(?![\w'-]))`;
const MORE_WORDS = String.raw`(?:\s?(?:,|\bor\b|/)\s?(?:${QUOTED}|[A-Za-z]+(?![\w'-])))*`;

const REPLIED_WITH = new RegExp(
  String.raw`\b(repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?|(?:writes?|wrote|texts?|texted)\sback)\swith\s(?:the\swords?\s)?(${FIRST_WORD}${MORE_WORDS})`,
  'g',
);

/**
 * "the booking title has "Honeymoon" in it", "the subject line includes 'urgent' in it", "has "sick" or "unwell" in
 * it", "the company name has Trust or Pty in it", "the address has "CBD" in it" (one word each unquoted: quoted for the
 * condition grammar).
 */
const IN_IT_WORD = String.raw`(?:${QUOTED}|(?!(?:it|them|there|the|a|an|or)\b)[A-Za-z][\w&'-]*)`;
const HAS_IN_IT = new RegExp(
  String.raw`\b((?:title|(?:company\s)?name|company|subject(?:\sline)?|notes?|message|text|body|reason|address|location|venue))\s(?:has|have|includes?|mentions?|contains?)\s(?:the\swords?\s)?(${IN_IT_WORD}(?:(?:\s?,\s?(?:or\s)?|\sor\s)${IN_IT_WORD})*)\sin\s(?:it|them|there|(?:the|its|their)\s(?:name|title))\b`,
  'gi',
);
/** "there's a dog in the notes", "there is 'cot' mentioned in the special requests": the field mentions it. */
const THERE_IN = new RegExp(
  String.raw`\bthere(?:'s|\sis|\sare)\s(?:(?:an?|any|some)\s)?(${IN_IT_WORD})\s(?:(?:mentioned|written|said)\s)?in\s(?:the|their|its)\s((?:booking\s)?(?:notes?|description|comments?|special\srequests?)|subject(?:\sline)?|message|reason)\b`,
  'gi',
);
const quotedEach = (words: string): string =>
  words
    .split(/(\s?,\s?(?:or\s)?|\sor\s)/)
    .map((w, i) => (i % 2 === 1 || /^["'“]/.test(w) ? w : `"${w}"`))
    .join('');

/** A name in capitals after "the" ("the Lighthouse Suite", "the Blue Room"), or quoted: what was booked. */
const BOOKED_NAME = String.raw`(?:[Tt]he\s((?:[A-Z][\w'&-]*)(?:\s(?:[A-Z][\w'&-]*|of|&))*)(?<![\s&]|\bof)|(${QUOTED}))`;
const BOOKED_FOR = new RegExp(
  String.raw`\b((?:(?:[Aa]n?|[Tt]he)\s)?(?:[Nn]ew\s)?(?:[Bb]ooking|[Rr]eservation|[Aa]ppointment|[Ss]tay|[Ss]ession)\s(?:is\s|gets\s|was\s)?(?:made|booked|placed|created|confirmed))\sfor\s(?:an?\s(?=["'“]))?${BOOKED_NAME}`,
  'g',
);
const BOOKS_NAMED = new RegExp(
  String.raw`\b((?:someone|anyone|somebody|a\s(?:guest|client|customer|patient|member|student|buyer))\sbooks)\s${BOOKED_NAME}`,
  'g',
);

/**
 * "the buyer is already qualified", "the guest is a customer": the status of the lead the record is about, said in
 * the trade's noun for them; "already" adds nothing to the test. Only after "the": "she is already qualified" in a
 * new lead's workflow is the writer's remark, refused as it was.
 */
const SETTLED = new RegExp(
  String.raw`\bthe\s${PERSON_ONE}\s(is|are)\s(?:already\s)?(?=(?:new|contacted|qualified|lost|(?:a\s)?customer|(?:a\s)?client)\b)`,
  'gi',
);

/** "all my active buyers (tag: active-buyer)", "(tagged "vip")": the tag of the people just named. */
/**
 * "if it's a coverup (tag coverup)", "if the guest has a pet (tag "pet")": what the record is or has, said with the tag
 * that records it in brackets, is that tag (session 45).
 */
const IS_TAGGED = new RegExp(
  String.raw`\b(?:it's|it\sis|they're|they\sare|(?:he|she|it|they|the\s[a-z]+)\s(?:has|have|is|are))\s(?:an?\s)?[\w-]+(?:\s[\w-]+)?\s?\(\s?(?:tag(?:ged)?|label(?:led)?)\s?[:=]?\s?(${QUOTED}|[\w-]{1,40})\s?\)`,
  'gi',
);
const TAG_IN_BRACKETS = new RegExp(
  String.raw`(?<=[a-z])\s?\(\s?(?:tag(?:ged)?|label(?:led)?)\s?[:=]?\s?(${QUOTED}|[\w-]{1,40})\s?\)`,
  'gi',
);

/**
 * "all the dog walking clients (tag: walks)", "the fleet customers (tag: fleet)": the words before the people describe
 * them, and the tag in brackets says which they are (session 36); the description goes, the tag stays. A status or a
 * picking word before the people ("the new clients (tag: x)", "the big customers (tag: x)") is left for the list
 * readers, which test it or refuse it.
 */
const DESCRIBED_GROUP = new RegExp(
  String.raw`\b((?:(?:all|every\sone|each\sone)\s(?:of\s)?)?${OUR_THE}\s)((?:(?!(?:new|contacted|qualified|lost|${PICKING_WORD})\s)[a-z][\w-]*\s){1,2})(${PERSON_PLURAL})(?=\s?\(\s?(?:tag(?:ged)?|label(?:led)?)\b)`,
  'gi',
);

const quoted = (said: string): string => `"${said.replace(/^["'“]|["'”]$/g, '')}"`;
const booked = (event: string, name: string | undefined, quote: string | undefined): string =>
  `${event} and the booking title contains ${quoted(name ?? quote ?? '')}`;

/** "attachments (payslips, ID etc)": examples of what was just said, which choose nothing. */
const EXAMPLES_ETC =
  /\s?\((?![^()]*\b(?:only|not|no|unless|if|except|over|under|above|below)\b)[\w\s,/&'-]{1,60}\betc\b\.?\)/gi;

/**
 * "for overdue invoices over $2,500 tell the partner, for smaller ones …": the records a rule is for, said with their
 * state and an amount, at the start (session 45): the records themselves, read as "overdue invoices over $2,500 …".
 */
const FOR_RECORDS =
  /^for\s+(?=(?:overdue|late|paid|unpaid|cancell?ed)\s+[a-z]+s\s+(?:over|above|under|below|worth|(?:more|less)\s+than|at\s+least)\b)/i;

/**
 * "new lead worth more than $5000 (weddings, big groups) - …", "over £1,000 (intensive course) notify …": words in
 * brackets right after an amount, with no test, number or verb in them, are examples of such records: they choose
 * nothing (session 45).
 */
const AMOUNT_EXAMPLES =
  /(?<=(?:[$€£]\s?\d[\d,.]{0,12}k?|\d\s?(?:k|dollars?|euros?|pounds?)))\s?\((?:like\s)?(?![^()]*\b(?:only|not|no|unless|if|except|tag\w*|source|status)\b)[a-z][a-z\s,/&'-]{0,40}\)/gi;
/**
 * "new lead tagged corporate -> Marcus. tagged startup -> Jorge": a record with a tag sent to a colleague named after
 * an arrow is that colleague told; another tag said the same way in the next sentence is the next branch's test
 * ("tagged ielts → email them the IELTS info. tagged dele → …").
 */
const TAG_TO_NAME = /(\btagged\s[\w'-]+)\s?(→|->|=>)\s?([A-Z][a-z]+)(?=\s?(?:[.;,]|$))/g;
const NEXT_TAG = /(?<=\btagged\s[\w'-]+\s?(?:→|->|=>)[^.;]{1,80}[.;]\s)(tagged\s[\w'-]+\s?(?:→|->|=>))/g;
/**
 * "when a customer tagged vip emails us", "a client tagged urgent replies", "a client tagged vip books in": the email
 * or the booking, of someone with that tag (the test after the event, as "a customer emails us and they're tagged
 * vip" reads).
 */
const TAGGED_WRITES =
  /\b((?:a|an|any)\s[a-z]+)\stagged\s([\w'-]+|"[^"]{1,30}"|'[^']{1,30}')\s((?:e-?mails|writes|messages|books|cancels|pays)(?:\s(?:us|me|in|back))?|replies)\b/gi;

/**
 * "if they're under 18", "the client is over 16 years old": a person under or over a plain number of two digits is
 * their age, a form's answer, where a form is said (elsewhere left to the readers), never the form's amount.
 */
const PERSON_AGED =
  /\b(?:they're|they\sare|(?:he|she)(?:'s|\sis)|the\s(?:client|customer|person|guest|patient|student|child|kid)(?:'s|\sis))\s(under|over|below|above|younger\sthan|older\sthan)\s(\d{1,2})(?:\s(?:years?\sold|yrs?))?(?![\d%]|[.,]\d|\s?(?:k|days?|weeks?|months?|hours?|am|pm)\b)/gi;
/** A form said in the request: where an age is kept (a form's answer). */
const FORM_SAID = /\b(?:form|waiver|intake|questionnaire|survey|sign-?up|registration|application)s?\b/i;
const AGE_OP: Readonly<Record<string, string>> = { 'younger than': 'under', 'older than': 'over' };

/**
 * "new lead with no phone number -> …", "new enquiry without an email:": the event said as its record, with a field
 * it lacks, before the steps: the event, then the test ("when a new lead comes in without a phone number, …").
 */
const NEW_WITHOUT =
  /^(new\s(?:lead|enquiry|inquiry|client|contact|customer))\s((?:with\sno|without)\s[^,.:?>→-]{3,30}?)\s?(?:->|→|:|\?|\s-)\s/i;
/**
 * "an enquiry email mentions 'DBS'", "a new client email mentions …": the kind of email is what it is about, every
 * such email; what it mentions is the test (read as "an email mentions …").
 */
const KIND_EMAIL_SAYS = new RegExp(
  String.raw`\b(an?|any)\s(new\s)?(?!${PICKING_WORD})[a-z]+\s(e-?mail)\s(?=(?:mentions|says|contains|includes)\b)`,
  'gi',
);
/** "the job's worth over £10k": what it is worth. */
const WORTH = /\b([a-z]+)'s\s(?=worth\b)/gi;

export const qualifiersSaid = (text: string): string =>
  branchesSaidInFull(
    oneEmailForTwoPurposes(
      fieldsGlossed(
        text
          .replace(EXAMPLES_ETC, '')
          .replace(AMOUNT_EXAMPLES, '')
          .replace(FOR_RECORDS, '')
          .replace(NEW_WITHOUT, 'when a $1 comes in $2, ')
          .replace(WORTH, '$1 is ')
          .replace(KIND_EMAIL_SAYS, '$1 $2$3 ')
          .replace(TAGGED_WRITES, "$1 $3 and they're tagged $2")
          .replace(PERSON_AGED, (m, op: string, n: string, _at: number, all: string) =>
            FORM_SAID.test(all) ? `their age is ${AGE_OP[op.toLowerCase()] ?? op} ${n}` : m,
          )
          .replace(TAG_TO_NAME, '$1 $2 tell $3')
          .replace(NEXT_TAG, "otherwise if they're $1"),
      ),
    ),
  )
    .replace(QUOTED_STATUS, '$1')
    .replace(SETTLED, 'the lead $1 ')
    .replace(DESCRIBED_GROUP, '$1$3')
    .replace(IS_TAGGED, "they're tagged $1")
    .replace(TAG_IN_BRACKETS, ' tagged $1')
    .replace(REPLIED_WITH, (_m, verb: string, words: string) => `${verb} saying ${words}`)
    .replace(HAS_IN_IT, (_m, field: string, word: string) => `${field} contains ${quotedEach(word)}`)
    .replace(THERE_IN, (_m, word: string, field: string) => `the ${field} mentions ${quotedEach(word)}`)
    .replace(BOOKED_FOR, (_m, event: string, name?: string, quote?: string) => booked(event, name, quote))
    .replace(BOOKS_NAMED, (_m, event: string, name?: string, quote?: string) => booked(event, name, quote));
