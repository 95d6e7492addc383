import { asInstructions } from './described';
import { EVERY, OUR_THE } from './lexicon';
import { TRADE_ROLE } from './roles';
import { wanted } from './wanted';

/**
 * Requests written in the passive voice or around their subject, put in the order the grammars read
 * ("subject-first" and "should be done" forms):
 *   "Leads who sign up should get a welcome email"          → "When leads sign up, send them a welcome email"
 *   "Meetings that get cancelled should trigger a Slack alert" → "When meetings get cancelled, send a Slack alert"
 *   "Any lead who replies should be tagged as engaged"       → "When any lead replies, tag them as engaged"
 *   "the team must be told on Slack"                          → "notify the team on Slack"
 *   "the lead should be marked as lost"                       → "mark the lead as lost"
 */

const PARTICIPLES: Readonly<Record<string, string>> = {
  tagged: 'tag',
  labelled: 'label',
  labeled: 'label',
  marked: 'mark',
  added: 'add',
  moved: 'move',
  sent: 'send',
  emailed: 'email',
  mailed: 'email',
  reminded: 'remind',
  contacted: 'contact',
  invoiced: 'invoice',
  billed: 'bill',
  charged: 'charge',
  flagged: 'flag',
  archived: 'archive',
  updated: 'update',
  assigned: 'assign',
  invited: 'invite',
  scheduled: 'schedule',
  booked: 'book',
  thanked: 'thank',
  welcomed: 'welcome',
  logged: 'log',
  saved: 'save',
  created: 'create',
  cancelled: 'cancel',
  canceled: 'cancel',
  notified: 'notify',
  told: 'notify',
  informed: 'notify',
  alerted: 'notify',
  pinged: 'notify',
  messaged: 'message',
};

export const OBJECT_PRONOUN: Readonly<Record<string, string>> = {
  they: 'them',
  he: 'him',
  she: 'her',
  we: 'us',
  i: 'me',
};

const MODAL = '(?:should|must|will|shall|needs? to|ha(?:s|ve) to|is to|are to|ought to)';
/** The keys of PARTICIPLES, written out so the pattern can be checked for linear matching. */
const PARTICIPLE =
  '(tagged|labelled|labeled|marked|added|moved|sent|emailed|mailed|reminded|contacted|invoiced|billed|charged|flagged|archived|updated|assigned|invited|scheduled|booked|thanked|welcomed|logged|saved|created|cancelled|canceled|notified|told|informed|alerted|pinged|messaged)';

/** "Leads who sign up should …" at the start of a sentence: the subject and its verb are the trigger. */
const RELATIVE = new RegExp(
  `(^|[.!?;]\\s)((?:${EVERY}\\s)?(?:new\\s)?(?:[a-z]+\\s){0,2}?[a-z]+)\\s(?:who|that|which)\\s(\\S[^,.;!?]{0,80}?)\\s${MODAL}\\s(?:also\\s)?(?:(get|receive|be sent|be given)\\s|(trigger|fire|kick off|generate|cause|result in|start)\\s|be\\s${PARTICIPLE}\\b)?`,
  'gi',
);

/** "every lead that comes from Google Ads gets a welcome email": the same, said in the present. */
const RELATIVE_GETS =
  /(^|[.!?;,]\s|\bso\s)((?:(?:all|any|every|each)\s)?(?:new\s)?(?:[a-z]+\s){0,2}?[a-z]+)\s(?:who|that|which)\s(\S[^,.;!?]{0,80}?)\s(?:gets|receives|is sent|get|receive|are sent)\s(?=(?:an?|the|our|their|his|her|some)\s)/gi;

/** "Any invoice that is paid gets logged": when it happens, that is done to it. */
const RELATIVE_DONE = new RegExp(
  `(^|[.!?;,]\\s)((?:${EVERY}\\s)?(?:new\\s)?(?:[a-z]+\\s){0,2}?[a-z]+)\\s(?:who|that|which)\\s(\\S[^,.;!?]{0,80}?)\\s(?:gets|get|is|are)\\s${PARTICIPLE}\\b`,
  'gi',
);

/** "… and gets tagged as paid", "gets marked as lost": done to them. */
const GETS_DONE = new RegExp(`\\b(and|then)\\s(?:also\\s)?gets?\\s${PARTICIPLE}\\b`, 'gi');

/** "the team must be told", "Tom should be notified on Slack": the one to tell is the object. */
const TOLD = new RegExp(
  `(?<!\\b(?:of|for)\\s(?:[a-z']+\\s){0,2})\\b((?:the|our|my|a|an|their|its|his|her|each|every)\\s(?:[a-z]+\\s)?[a-z]+(?:\\sof\\s(?:(?:the|all|our|new|this|last|unpaid|overdue)\\s){0,2}[a-z]+(?:'s\\s[a-z]+)?)?|they|he|she|we|i|(?<=^|[.!?;:]\\s)[A-Za-z]+\\s[a-z]+s|[a-z]+)\\s${MODAL}\\s(?:also\\s)?be\\s${PARTICIPLE}\\b`,
  'gi',
);

const objectOf = (np: string): string => OBJECT_PRONOUN[np.toLowerCase()] ?? np;

/**
 * "they get a polite reminder", "the customer receives a thank you", "they automatically get a confirmation email",
 * "can they get our welcome pack email": something is sent to them.
 */
const RECEIVES =
  /\b(?:(?<!^|[.!?]\s)(?:can|could)\s(?=they\s))?(they|he|she|the (?:customer|client|lead|contact|attendee|prospect|subscriber|person)s?)(?:'ll\s|\s(?:(?:should|must|will|shall|needs? to|has to|have to)\s)?)(?:(?:also|automatically|immediately|instantly|always)\s)?(?:get|gets|receive|receives)\s(?=(?:an?|the|our|their|his|her)\s)/gi;

/**
 * "they should get a note saying …", "the lead needs a note on it", "they get the tag vip": a thing kept on their record
 * is not sent to them (a note is added, a tag put on them; "they should get a welcome email" stays sent).
 */
const RECORD_GOT =
  /\b(they|he|she|the (?:customer|client|lead|contact|prospect|member|patient|student|guest|player|parent|donor|candidate)s?)\s(?:(?:should|must|will|needs? to|has to|have to)\s)?(?:also\s)?(?:get|gets|receive|receives|need|needs)\s(?:an?|the)\s(?:(?:internal|private|quick|short)\s|(?!(?:new|note|tag|label)\s)([\w-]+|⟦\d+⟧)\s(?=tag|label))?(note|comment|tag|label)(?:\s(?:on|added to|attached to|put on)\s(?:it|them|him|her|their\s(?:record|profile|file|lead|card)|the\s(?:lead|record|contact|profile)))?\b(?:\s(?:saying|called|named|of|reading)\b(?=\s\S))?/gi;

const recordGot = (m: string, np: string, name: string | undefined, noun: string): string =>
  /^(?:note|comment)$/i.test(noun)
    ? `add a note to ${objectOf(np)}${/\s(?:saying|reading)$/i.test(m) ? ' saying' : ''}`
    : `tag ${objectOf(np)}${name ? ` ${name}` : ''}`;

/** "our finance team gets a message on Slack", "Tom gets an email": a notification for them. */
const NOTIFIED = new RegExp(
  `(?<!#)\\b(${OUR_THE}\\s(?:[a-z]+\\s)?(?:team|channel|manager|boss|owner|department|people|guys)|${TRADE_ROLE}|finance|sales|support|ops)\\s(?:(?:should|must|will|needs? to|has to|have to)\\s)?(?:gets?|receives?)\\s(?:an?\\s)?(slack\\s|email\\s)?(?:message|notification|alert|ping|heads[- ]up)\\b`,
  'gi',
);

/** "Anna should get a message", "we'd like the boss notified", "I want Coach Dani told": a notification for them. */
const NAMED_NOTIFIED =
  /\b([A-Z][a-z]+)\s(?:should|must|will|needs? to|has to)\s(?:also\s)?(?:get|receive)\s(?:an?\s)?(slack\s|email\s)?(?:message|notification|alert|ping|heads[- ]up)\b/g;
const WISHED_NOTIFIED =
  /\b(?:i|we)(?:'d| would)?\s(?:really\s)?(?:like|want|need)\s((?:the|our|my)\s(?:[a-z]+\s)?[a-z]+|(?:(?:coach|dr|doctor|nurse|sensei|chef|prof|mr|mrs|ms|miss)\.?\s)?[A-Z][a-z]+)\s(?:to\sbe\s)?(?:notified|told|informed|alerted|pinged)\b(?:\s(?:in that case|then|too|as well))?/gi;

/** "I'd like the lead to be created", "we want them to be tagged as vip": the action, done to them. */
const WISHED = new RegExp(
  `\\b(?:i|we)(?:'d| would)?\\s(?:really\\s)?(?:like|want|need)\\s((?:the|our|this|that|their)\\s[a-z]+|them|him|her|it)\\sto\\sbe\\s${PARTICIPLE}\\b`,
  'gi',
);

/** "I want the team to get a summary", "we'd like them to receive a reminder": send it to them. */
const WISHED_FOR =
  /\b(?:i|we)(?:'d| would)?\s(?:really\s)?(?:like|want|need)\s((?:the|our|my|this|that|their)\s(?:[a-z]+\s)?[a-z]+|them|him|her|me|us)\sto\s(?:get|receive|be sent)\s(?!asked\s)/gi;

/** "… should receive a thank-you note and be tagged as repeat": the second thing done to them, too. */
const AND_BE = new RegExp(`\\b(and|then|,)\\s(?:(?:should|must|will|also)\\s)*be\\s${PARTICIPLE}\\b`, 'gi');

export const activeVoice = (text: string): string =>
  wanted(asInstructions(text))
    .replace(RECORD_GOT, recordGot)
    .replace(
      RELATIVE,
      (_m, head: string, subject: string, verb: string, receive?: string, fire?: string, done?: string) => {
        const then = receive
          ? 'send them '
          : fire
            ? 'send '
            : done
              ? `${PARTICIPLES[done.toLowerCase()] ?? done} them`
              : '';
        return `${head}When ${subject} ${verb}, ${then}`;
      },
    )
    .replace(
      RELATIVE_GETS,
      (_m, head: string, subject: string, verb: string) => `${head}When ${subject} ${verb}, send them `,
    )
    .replace(RELATIVE_DONE, (m, head: string, subject: string, verb: string, done: string) => {
      const act = PARTICIPLES[done.toLowerCase()];
      return act ? `${head}When ${subject} ${verb}, ${act} them` : m;
    })
    .replace(GETS_DONE, (m, and: string, done: string) => {
      const verb = PARTICIPLES[done.toLowerCase()];
      return verb ? `${and} ${verb} them` : m;
    })
    .replace(
      NAMED_NOTIFIED,
      (_m, who: string, via?: string) => `notify ${who}${via ? ` by ${via.trim()}` : ''}`,
    )
    .replace(WISHED_NOTIFIED, (_m, who: string) => `notify ${who}`)
    .replace(WISHED, (m, np: string, done: string) => {
      const verb = PARTICIPLES[done.toLowerCase()];
      return verb ? `${verb} ${np}` : m;
    })
    .replace(WISHED_FOR, (_m, np: string) => `send ${np} `)
    .replace(RECEIVES, (_m, np: string) => `send ${objectOf(np)} `)
    .replace(NOTIFIED, (_m, np: string, via?: string) => `notify ${np}${via ? ` by ${via.trim()}` : ''}`)
    .replace(AND_BE, (m, and: string, done: string) => {
      const verb = PARTICIPLES[done.toLowerCase()];
      return verb ? `${and === ',' ? ',' : and} ${verb} them` : m;
    })
    .replace(TOLD, (m, np: string, done: string) => {
      const verb = PARTICIPLES[done.toLowerCase()];
      if (!verb || /^(?:it|this|that|which|who|what|there)$/i.test(np)) return m;
      return `${verb} ${objectOf(np)}`;
    });
