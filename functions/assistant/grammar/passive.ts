import { OUR_THE } from './lexicon';
import { TRADE_ROLE } from './roles';
import { isKnownWord } from './spelling';
import { OBJECT_PRONOUN } from './voice';

/**
 * Actions said around who receives or undergoes them, put back in the imperative the action readers read. One rule
 * per form, over a lexicon of participles, not one pattern per sentence:
 *   passive            "they're added to the CRM"            → "add them to the CRM"
 *                      "a note gets logged on the lead"       → "log a note on the lead"
 *                      "their status should be set to won"    → "set their status to won"
 *                      "they are sent a follow-up email"      → "send them a follow-up email"
 *   motion             "an email goes out to them"            → "send an email to them"
 *                      "a Slack alert goes to #sales"         → "send a Slack alert to #sales"
 *   receiving          "#sales gets a Slack message"          → "send a Slack message to #sales"
 *                      "Anna gets a Slack message"            → "notify Anna by slack"
 *   a tool as subject  "have Slack ping #sales"               → "ping #sales"
 * Only an action clause is rewritten: one that starts after a comma, "and", "then" or a full stop, never the first
 * clause of the request (that is where "a lead is added" is the trigger) and never one opened by "if", "when",
 * "once", … (where "the lead is tagged vip" is a condition).
 */

/** Participle → the imperative. Irregular and doubled forms listed; the regular -ed forms are derived. */
const IRREGULAR: Readonly<Record<string, string>> = {
  sent: 'send',
  told: 'notify',
  informed: 'notify',
  alerted: 'notify',
  notified: 'notify',
  pinged: 'ping',
  set: 'set',
  put: 'put',
  left: 'leave',
  written: 'write',
  made: 'make',
  given: 'give',
  cc: 'cc',
  tagged: 'tag',
  logged: 'log',
  labelled: 'label',
  cancelled: 'cancel',
  jotted: 'jot',
  dropped: 'drop',
  shot: 'send',
  fired: 'send',
  emailed: 'email',
  mailed: 'email',
  messaged: 'message',
  texted: 'text',
};

/** Verbs whose -ed participle is the verb + "ed" or + "d" (added, marked, created, moved). */
const REGULAR = [
  'add',
  'mark',
  'move',
  'creat',
  'updat',
  'chang',
  'sav',
  'stor',
  'record',
  'book',
  'schedul',
  'arrang',
  'post',
  'shar',
  'assign',
  'invit',
  'remind',
  'contact',
  'invoic',
  'bill',
  'charg',
  'flag',
  'archiv',
  'thank',
  'welcom',
  'label',
  'upgrad',
  'forward',
  'copi',
  'enter',
  'insert',
  'register',
  'convert',
  'switch',
  'subscrib',
  'enroll',
  'attach',
  'generat',
  'issu',
  'draft',
  'prepar',
  'raise',
];

const REGULAR_BASE: Readonly<Record<string, string>> = {
  creat: 'create',
  updat: 'update',
  chang: 'change',
  sav: 'save',
  stor: 'store',
  schedul: 'schedule',
  arrang: 'arrange',
  shar: 'share',
  invit: 'invite',
  invoic: 'invoice',
  charg: 'charge',
  archiv: 'archive',
  welcom: 'welcome',
  upgrad: 'upgrade',
  copi: 'copy',
  subscrib: 'subscribe',
  generat: 'generate',
  issu: 'issue',
  prepar: 'prepare',
  raise: 'raise',
};

const PARTICIPLE_BASE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    REGULAR.map((stem) => [`${stem}${/[aeiou]$/.test(stem) ? 'd' : 'ed'}`, REGULAR_BASE[stem] ?? stem]),
  ),
  ...IRREGULAR,
};

const PARTICIPLES = Object.keys(PARTICIPLE_BASE).join('|');

/** Where an action clause can start: after a comma, a semicolon, a full stop, an arrow, "and", "then", "also". */
const START =
  '((?:[.!?;:,+]|->|→)\\s+(?:(?:and|then|also|plus|so|next|after that|afterwards)\\s+)*|\\s(?:and|then|also|plus)\\s+(?:(?:then|also)\\s+)?)';

/** Who or what: a pronoun, a noun phrase with its determiner, a Slack channel, a team word, a name. */
const NP =
  "(they|he|she|we|(?:the|their|his|her|its|our|my|a|an|one|some|another)\\s(?:[a-z][\\w'-]*\\s){0,3}?[a-z][\\w'-]*|#[\\w-]+|sales|finance|support|ops|marketing|[a-z]+)";

/** Becoming: "is", "'re", "gets", "should be", "will get", "needs to be", each optionally followed by "also". */
const BECOME =
  "(?:'re|'s|\\s(?:is|are|gets?|got|was|were)|(?:'ll|\\s(?:should|must|will|shall|needs? to|has to|have to|can|is to|are to))\\s(?:also\\s|then\\s|automatically\\s|immediately\\s)?(?:be|get))\\s(?:also\\s|then\\s|automatically\\s|immediately\\s)?";

const PASSIVE = new RegExp(`${START}${NP}${BECOME}(${PARTICIPLES})\\b(\\s(?:up|down)\\b)?`, 'gi');

/** "an email goes out to them", "a Slack alert goes to #sales": it is sent to them. */
const GOES = new RegExp(
  `${START}((?:a|an|the|our|their|one)\\s(?:[a-z][\\w'-]*\\s){0,3}?(?:e?mail|message|alert|notification|ping|note|reminder|dm|text|sms|summary|report|invite|invitation))\\s(?:(?:should|must|will|'ll)\\s)?(?:goes|go|gets? sent|is sent)(?:\\s+out)?\\s(to\\b)`,
  'gi',
);

/** "#sales gets a Slack message": the channel is where it goes. */
const CHANNEL_GETS = new RegExp(
  `${START}(#[\\w-]+)\\s(?:(?:should|must|will)\\s)?(?:gets?|receives?)\\s((?:a|an)\\s(?:[a-z][\\w'-]*\\s){0,2}?(?:message|alert|notification|ping|post|update))\\b`,
  'gi',
);

/** "Anna gets a Slack message", "the sales team gets an email": a notification for them, by that channel. */
const PERSON_GETS = new RegExp(
  `${START}(${TRADE_ROLE}|${OUR_THE}\\s(?:[a-z]+\\s)?(?:team|manager|boss|owner|department|rep|people)|sales|finance|support|ops|[A-Z][a-z]+|[a-z]+)\\s(?:(?:should|must|will)\\s(?:also\\s)?)?(?:gets?|receives?)\\s(?:an?\\s)?(?:(slack|email|e-mail|text)\\s)?(?:message|msg|notification|alert|ping|heads[- ]up|dm|email|mail|e-mail)\\b`,
  'gi',
);

/** "have Slack ping #sales", "get the bot to post in #sales": the tool is how, not what. */
const TOOL_DOES = new RegExp(
  `${START}(?:have|get|let|make)\\s(?:slack|the slack bot|the bot|the system|the crm|the app|dynaris)\\s(?:to\\s)?(?=[a-z])`,
  'gi',
);

/** "and have it saved as a file", "then get them emailed to me": the causative, what is done to it. */
const HAVE_DONE = new RegExp(
  `${START}(?:have|get)\\s(it|them|this|that|the\\s(?:report|summary|list|file|results?))\\s(${PARTICIPLES})\\b`,
  'gi',
);

/** A clause opened by one of these is a condition or a trigger: "if the lead is tagged vip", "once it's paid". */
const OPENED =
  /\b(?:if|when|whenever|unless|once|until|till|while|as soon as|after|before|in case|provided|whether|where|who|which|that)\b[^,.;:!?→]*$/i;

/** The patterns built from the participle lexicon, for the super-linear check. */
export const PASSIVE_PATTERNS: readonly RegExp[] = [
  PASSIVE,
  GOES,
  CHANNEL_GETS,
  PERSON_GETS,
  TOOL_DOES,
  HAVE_DONE,
];

const isAction = (all: string, at: number): boolean => at > 0 && !OPENED.test(all.slice(0, at));

const isPerson = (np: string): boolean =>
  /^(?:they|he|she|we|sales|finance|support|ops|marketing|#[\w-]+)$/i.test(np) ||
  /^(?:the|their|his|her|its|our|my|a|an|one|some|another)\s/i.test(np) ||
  /^[A-Z]/.test(np);

export const doneToThem = (text: string): string =>
  text
    .replace(HAVE_DONE, (m, start: string, what: string, participle: string, at: number, all: string) => {
      const verb = PARTICIPLE_BASE[participle.toLowerCase()];
      return verb && isAction(all, at + start.length) ? `${start}${verb} ${what}` : m;
    })
    .replace(TOOL_DOES, (m, start: string, at: number, all: string) =>
      isAction(all, at + start.length) ? start : m,
    )
    .replace(
      PASSIVE,
      (
        m,
        start: string,
        np: string,
        participle: string,
        particle: string | undefined,
        at: number,
        all: string,
      ) => {
        const verb = PARTICIPLE_BASE[participle.toLowerCase()];
        // "and anna is told" in a request typed with no capitals: an unknown word told something is a name
        const named = verb === 'notify' && !/\p{Lu}/u.test(all) && /^[a-z]+$/.test(np) && !isKnownWord(np);
        if (!verb || !(isPerson(np) || named) || !isAction(all, at + start.length)) return m;
        return `${start}${verb}${particle ?? ''} ${OBJECT_PRONOUN[np.toLowerCase()] ?? np}`;
      },
    )
    .replace(GOES, (m, start: string, np: string, to: string, at: number, all: string) =>
      isAction(all, at + start.length) ? `${start}send ${np} ${to}` : m,
    )
    .replace(CHANNEL_GETS, (m, start: string, channel: string, what: string, at: number, all: string) =>
      isAction(all, at + start.length) ? `${start}send ${what} to ${channel}` : m,
    )
    .replace(
      PERSON_GETS,
      (m, start: string, who: string, via: string | undefined, at: number, all: string) => {
        // "anna gets a slack message" in a request typed with no capitals: an unknown word is a name
        const named = !/\p{Lu}/u.test(all) && /^[a-z]+$/.test(who) && !isKnownWord(who);
        if (!(isPerson(who) || named) || !isAction(all, at + start.length)) return m;
        const by = via ? ` by ${via.toLowerCase().startsWith('s') ? 'slack' : 'email'}` : '';
        return `${start}notify ${who}${by}`;
      },
    );
