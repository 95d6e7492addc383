import { OUR_THE } from './lexicon';

/**
 * The parts an approval is said with, whatever the trade (session 42, issue 16's approvals class): who approves and
 * the verb, as small lists the approval readers compose (approvals-said.ts, approver-side.ts).
 *   who    a name ("Greg", "Ciarán", "Fr Tom"), with what the writer says of them after it, its brackets dropped
 *          ("Greg sales manager", "Linda she looks after the bus"); a role with or without its article ("the GM",
 *          "our office manager", "chair", "membership sec"); never a pronoun or a record ("a coach", "the lead")
 *   verb   approve, OK, sign (it) off, tick (it) off, give the nod (go-ahead, green light, thumbs up), say yes,
 *          in the form its subject asks: "has to APPROVE", "APPROVES", "has APPROVED"
 */

/** A role that approves, lower-case or capitalised ("Chair has to sign it off"), written out for the regex lint. */
export const ROLE =
  '(?:[Mm]anager|[Mm]gr|[Bb]oss|[Oo]wner|[Dd]irector|[Pp]artner|[Ss]upervisor|[Tt]eam\\slead|[Hh]ead\\scoach|[Aa]ttorney|[Ll]awyer|[Aa]ccountant|[Bb]ookkeeper|[Tt]reasurer|[Cc]hair(?:man|woman|person)?|[Pp]resident|[Ss]ec(?:retary)?|[Cc]oordinator|[Aa]dministrator|[Pp]rincipal|[Vv]icar|[Rr]ector|[Tt]rustee|[Cc]ommittee|[Ff]ounder|[Hh]ead(?:teacher)?|[Ff]ore(?:man|woman)|[Cc]hef|[Cc]aptain|[Ss]kipper|[Ee]ditor|[Pp]roducer|[Dd]ean|[Ww]arden|[Cc]hief|[Rr]egistrar|[Cc]ontroller|GM|MD|CEO|CFO|COO|FD|HR)';

/** A first name, accented or not ("Ciarán", "Zoë"); what is capitalised but names no one is left out. */
const NOT_A_NAME =
  '(?:Th(?:e|en|is|at|ey|ere)|It|If|When|Once|And|But|So|Before|After|New|Every|Each|Any|All|Our|My|We|You|He|She|Slack|Gmail|Stripe|Calendly|Typeform|Tally|Xero|Everyone|Someone|Nobody|Booking|Invoice|Lead|Email|Form|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Yes|No|Please|Also|Then|Only)\\b';
export const NAME = `(?:(?:Fr|Father|Rev|Dr|Mr|Mrs|Ms|Miss|Coach)\\.?\\s)?(?!${NOT_A_NAME})[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+`;

/** What the writer says of them after a name ("Greg sales manager", "Linda she looks after the bus"). */
const SAID_OF = `(?:\\s(?:in|from)\\s(?:the\\s)?(?:accounts|finance|sales|admin|ops|reception|office|desk|studio|shop|front\\sdesk)(?![\\w-])|\\s(?:${OUR_THE}\\s)?(?:[a-z]+\\s){0,2}?${ROLE}|\\s(?:she|he|they)\\s(?:[a-z']+\\s){1,6}?(?=(?:has|have|must|needs?|will|should)\\s))`;

/** A word before a bare role that makes it no role ("a lead manager" is a record's field, "to manager"). */
const NOT_BEFORE_ROLE =
  '(?:a|an|the|to|and|or|then|so|but|if|when|it|is|was|by|for|from|with|of|on|in|at|lead|each)';

/**
 * Anyone of ours said with "the", "our", "my" and a noun of what they do ("our lead engineer", "the site surveyor",
 * "the board"): never the record's own people ("the client", "the couple"), someone outside ("the bank"), a machine
 * ("the system"), a thing ("the bus") or a function word.
 */
const FUNCTION_WORD =
  '(?:has|have|had|must|needs?|will|would|should|shall|can|could|may|might|is|are|was|were|be|to|and|or|then|also|just|first|always|never)';
const NOT_OURS =
  '(?:clients?|customers?|leads?|prospects?|contacts?|members?|patients?|students?|parents?|guests?|tenants?|couples?|buyers?|sellers?|families|family|applicants?|candidates?|subscribers?|users?|people|person|bank|council|insurer|lender|supplier|system|app|bot|ai|form|website|quote|invoice|booking|email|payment|order|letter|number|folder|calendar|reminder|newsletter|voucher|poster|banner|flyer|trailer|server|computer|printer|scanner|router|register|counter|filter|error|sensor|monitor|document|agreement|statement|content|event|account|amount|grant|summary|library|diary|itinerary|brief|project|subject|address|process|access|business|progress|has|have|had|must|needs?|will|would|should|shall|can|could|may|might|is|are|was|were|be|to|and|or|then|also|just|first|always|never)';
/** A noun that names a person by what they do ("engineer", "surveyor", "dentist", "technician") or a body. */
const PERSON_NOUN =
  '(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|ee|ary|ief|ef|ect|ess|man|woman|person)|board|panel|team|vet|doctor|boss)';
const OURS = `(?:[Tt]he|[Oo]ur|[Mm]y)\\s(?:(?!${FUNCTION_WORD}\\s)[a-z]+\\s){0,2}?(?!${NOT_OURS}(?![\\w-]))${PERSON_NOUN}(?![\\w-])`;

/** Which one of them: "the vet on duty", "the manager on call", "the partner in charge". */
const ON_DUTY = '(?:\\s(?:on\\s(?:duty|call|shift)|in\\scharge))?';

/** Who approves: a role (with its article or bare), anyone of ours, a name with what is said of it. */
export const APPROVER = `(?<![\\wÀ-ÿ'-])(?:(?:(?:[Tt]he|[Mm]y|[Oo]ur)\\s(?:[a-z]+\\s)?${ROLE}|${OURS})${ON_DUTY}|${NAME}(?:${SAID_OF})?|(?<!\\b(?:[Tt]he|[Mm]y|[Oo]ur|[Aa]n?)\\s)(?:(?!${NOT_BEFORE_ROLE}\\s|[a-z]+(?:ed|ing)\\s)[a-z]+\\s)?${ROLE}(?![\\w-]))`;

/** A lower-case name asked to approve ("get andy to approve"): only where a person is asked (never a pronoun). */
export const LOWER_NAME =
  '(?!(?:them|him|her|it|us|me|you|they|everyone|everybody|someone|somebody|anyone|people|the|a|an|this|that|these|those|all|each)\\b)[a-z]{3,12}';

/** What is given as approval, after give/gives/given: "(it) the nod", "them the green light". */
const NOD = '\\s(?:it\\s|them\\s)?(?:the\\s|their\\s|a\\s)?(?:nod|go-ahead|green\\slight|thumbs\\sup|OK|ok)';

/** The verb after "has to", "to": approve, OK, sign (it) off, give the nod. */
export const APPROVE = `(?:approve|OK|ok|okay|sign\\s(?:(?:it|them|this)\\s)?off(?:\\son)?|tick\\s(?:it|them|this)\\soff|give${NOD}|say\\syes)`;
/** Its third person: "Gemma approves", "Rob signs it off". */
export const APPROVES = `(?:approves|OKs|oks|okays|signs\\s(?:(?:it|them|this)\\s)?off(?:\\son)?|ticks\\s(?:it|them|this)\\soff|gives${NOD}|says\\syes)`;
/** Its perfect: "once Jan has ok'd it". */
export const APPROVED = `(?:approved|OK'd|ok'd|OKed|oked|okayed|okay'd|signed\\s(?:(?:it|them|this)\\s)?off(?:\\son)?|ticked\\s(?:it|them|this)\\soff|given${NOD}|said\\syes)`;
/** The approval as a noun someone gives: "get the GM's sign off", "needs Raj's OK". */
export const APPROVAL_NOUN =
  '(?:approval|sign[\\s-]?off|OK|ok|okay|go-ahead|nod|tick|green\\slight|thumbs\\sup|blessing)';

/** The approver as the step asks for it: "Greg" of "Greg sales manager", "the GM", "chair" as "the chair". */
export const approverName = (who: string): string => {
  if (/^(?:me|I)$/.test(who)) return 'me';
  const named = /^(?:(?:Fr|Father|Rev|Dr|Mr|Mrs|Ms|Miss|Coach)\.?\s)?([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:\s|$)/.exec(
    who,
  );
  if (named?.[1] && !new RegExp(`^${ROLE}$`).test(named[1])) return named[1];
  if (/^(?:[Tt]he|[Mm]y|[Oo]ur)\s/.test(who)) return who.replace(/^(?:The|My|Our)\b/, (w) => w.toLowerCase());
  return `the ${/^[A-Z][a-z]/.test(who) ? who.charAt(0).toLowerCase() + who.slice(1) : who}`;
};

/** Who approves: a role, a name, "compliance (Lerato)", me, or an address; a lower-case name only when asked. */
export const SOMEONE = APPROVER;
export const ADDRESS = '[\\w%+-][\\w.%+-]{0,63}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}';
/** A team and its person: "compliance (Lerato)", its parentheses dropped before ("compliance Lerato"). */
export const TEAM = '(?:compliance|finance|accounts|legal|ops|operations|admin|HR|management|the\\soffice)';
export const WHO = `(?:${TEAM}\\s\\(?[A-Z][a-z]+\\)?|${SOMEONE}|(?<![\\w-])${TEAM}(?![\\w-])|${ADDRESS}|me|I)`;

/** "Lerato" of "compliance (Lerato)", "the partner", "me" of "I", "Andy" of "andy", an address as written. */
export const approverOf = (who: string): string => {
  const named = new RegExp(`^${TEAM}\\s\\(?([A-Z][a-z]+)\\)?$`).exec(who);
  if (named?.[1]) return named[1];
  if (/^(?:I|me)$/.test(who)) return 'me';
  if (who.includes('@') || new RegExp(`^${TEAM}$`).test(who)) return who;
  if (new RegExp(`^${LOWER_NAME}$`).test(who) && !new RegExp(`^${SOMEONE}$`).test(who))
    return who.charAt(0).toUpperCase() + who.slice(1);
  return approverName(who);
};
export const asked = (who: string): string =>
  who === 'me' ? 'ask for my approval' : `ask ${who} for approval`;
