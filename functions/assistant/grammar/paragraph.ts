import { remarkChoosesRecords, saysWhatTheRecordsAre } from './restrictions';
import { CATALOGUE_VERB, WE_DO } from './rule-words';
import { type Accepted, type Refused, settingAside } from './set-aside';
import { VERB_START } from './split';
import { GUARD, STATUS } from './story';
import { WEAK_NAMES, ZONE_NAME } from './timezones';
import { headed } from './wishes';

/**
 * A long request read in part (the paragraph problem): one unread sentence of background, an aside, a feeling or a
 * plan must not refuse the whole request. The request is cut into pieces — its sentences, the head before a colon
 * that opens one ("So here's my process, I'm a solo agent:"), a parenthesis, an aside between dashes — and each piece
 * is judged RULE or CONTEXT by the rule below.
 *
 * THE RULE. A piece is CONTEXT — it cannot change the workflow — only when it is a statement and carries none of:
 *   1. a request: a wish or an order ("I want", "should", "please", "can you …"), a verb first, a question other
 *      than one about price or the product ("How much does this cost?")
 *   2. a trigger, condition, wait or branch word ("when", "if", "once", "until", "only", "except", "unless")
 *   3. a time: a clock time, a weekday, a date, a duration, a schedule word ("every", "weekly", "tomorrow")
 *   4. an amount compared ("over $500"), or an amount the rest of the request does not say again
 *   5. a channel, an address, a #channel, a quoted text, an approval, someone added ("too", "also", "cc")
 *   6. a negation of a step ("we never text on Sundays", "don't email them")
 *   7. an action of the catalogue done by us, by the system or by a colleague to someone ("we send them …", "it
 *      tags the lead"), or said of someone ("Sam gets a copy", "they're tagged"): a step said as a statement; outside
 *      a context label ("Background:", "ok context:"), anything we or I do in words nobody reads ("We frobnicate
 *      the widgets."); and ANY verb of the catalogue in any form, whoever does it ("Right now Karen calls them"),
 *      derived from the grammars' own list (rule-words.ts CATALOGUE_VERB from split.ts VERBS), but the statement
 *      verbs a business says of itself ("we have", "we use", "by hand")
 *   8. an event of a record said as happening ("a guest books"), not as a tendency ("people email us at all hours")
 *   9. a status said of the records ("they're VIPs", "They are all customers already"), who the rule is for ("This
 *      is just for the premium plan", "free trial users", "this applies to enterprise accounts"), a field or a branch ("source", "anything else", "under that", "="), a negation or an
 *      exclusion ("It is not a test lead", "Repeat customers excluded"), a place that could be the schedule's
 *      time zone, an abbreviation ("(WITA)"), or two words that say nothing a statement says ("(intensive course)")
 * A piece that could be a rule stays, for the grammars to read or to refuse quoting it. A piece of context is taken
 * out only when the request is refused with it, or the grammars left words of it unread; the request is then read
 * without it, and the piece is said back ("not used, as context: …"). Never a step dropped in silence.
 */

const REQUEST =
  /\b(?:want|wants|wanted|need|needs|would like|'d like|'d love|would love|wish|prefer|should|must|have to|has to|got to|gotta|please|pls|kindly|make sure|ensure|remember|don't forget|let's|can you|could you|would you|will you|can we|could we|can it|could it|is it possible|is there a way|be great if|be nice if|love it if|like it if)\b/;

/** A verb first: the catalogue's, or one that says what a message holds ("include the lockbox code"). */
const ORDER_WORD = /^\s*(?:include|mention|attach|say|ask|cc|bcc|copy|loop|don't|do not|never|avoid)\b/i;
const ordered = (clause: string): boolean => VERB_START.test(clause) || ORDER_WORD.test(clause);

/** "Sam calls the lead back.", "Priya handles intake.": a name (no "-ly" adverb, no article), then a verb. */
const NAMED_DOER =
  /^(?!(?:I|We|You|They|He|She|It|Our|My|Your|Their|The|A|An|This|That|These|Those|There|Then|Also|Most|Many|Some|Every|Each|All|No|One)\b)[A-Z][a-z]+(?<!ly)\s(?!(?:this|his|its|was|has|is|us|does|goes|always|usually)\b)[a-z]+(?:s|ed)\b/;

/** A question the writer asks us about the product itself, never about what the workflow does. */
const ASKED_ABOUT_US =
  /^(?:how much|what(?:'s| is| does) (?:the |this )?(?:price|cost|pricing|plan)|(?:is|are) there (?:a |any )?(?:free trial|discount|plan)|do you (?:offer|have) (?:a |any )?(?:free trial|discount|plan|support)|(?:does|will) (?:this|it) cost)\b[^?]*\?$/;

/** Amounts: kept only when the rest of the request says the same amount again. */
const AMOUNT = /(?:[$€£₹]\s?\d[\d,.]*k?|\b\d[\d,.]*\s?(?:k\b|dollars?|euros?|pounds?|usd|eur|gbp|bucks))/g;

/** The catalogue's actions as verbs: "send", "tag", "follow up". */
const STEP_VERB =
  '(?:send|email|e-mail|mail|notify|notifie|remind|post|tag|message|text|call|contact|ping|alert|add|create|update|mark|schedule|book|invoice|bill|charge|cancel|forward|assign|log|draft|summari[sz]e|thank|welcome|reply|respond|write|share|cc|move|flag|escalate|tell|inform|chase|nudge|follow up)';

/**
 * 6 and 7: a step said as a statement, or forbidden — the catalogue's actions as verbs (not "have", "run", "use",
 * "look": every statement has those), done by us, the system or someone who will, to someone or something.
 */
const STEP_SAID = [
  new RegExp(
    String.raw`(?:^|[,;]\s|\band\s)(?:we|i|it|you|the (?:system|tool|app|workflow|automation)|[a-z]+ (?:will|would|'ll))(?:'ll|\s(?:will|would|can|could|then|also|usually|always|normally|typically|just|still|already|currently|manually|automatically))*\s${STEP_VERB}(?:s|es|ed|d)?\s(?:out\s|back\s)?(?:them|him|her|it|us|me|everyone|everybody|the|a|an|our|their|his|its|my|every|each|all|any|new|[a-z]+@)`,
  ),
  new RegExp(
    String.raw`\b(?:not|never|no|don't|doesn't|do not|does not|won't|can't|shouldn't|nobody|no one)\s(?:\w+\s)?${STEP_VERB}(?:s|es|ed|d)?\b`,
  ),
  /\b(?:gets?|got|receives?|received)\s(?:an?\s|the\s|their\s|our\s)?(?:e-?mail|message|note|notification|text|copy|reminder|invoice|summary|report|alert|ping|call|follow[- ]up)\b/,
  /\b(?:is|are|was|were|be|been|gets?|got)\s(?:\w+\s)?(?:sent|emailed|notified|tagged|added|created|updated|marked|moved|assigned|posted|logged|scheduled|booked|cancell?ed|invoiced|charged|reminded|texted|messaged|called|contacted|forwarded|deleted|removed|archived)\b/,
];

/** "Background:", "ok context:", "Guest communication problem:": the writer says what follows is context. */
const CONTEXT_LABEL = /^(?:[a-z&'-]+\s){0,3}(?:context|background|problem|rationale|why|fyi)\s?:/;

/** "free trial users", "first-time buyers", "this applies to enterprise accounts": which records, said as a remark. */
const RECORDS_CHOSEN =
  /^(?:the\s|all\s|only\s|just\s)?(?:[a-z0-9-]+\s){0,2}(?:users?|accounts?|customers?|clients?|members?|subscribers?|leads?|buyers?|guests?|patients?|students?|contacts?|ones|sign-?ups?)(?:\s(?:only|too|as well))?$|\bappl(?:y|ies)\s(?:to|for|only)\b/;

/** 9: a negation or exclusion, a field of the records, another branch, a comparison sign. */
const NEGATED_OR_FIELD =
  /\b(?:from|via|not|no|never|nothing|nobody|none|without|except\w*|exclud\w*|skip\w*|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|can't|cannot|source|status|stage|tags?|tagged|labels?|value|budget|amount|total|price|type|category|country|region|city|else|otherwise|instead|other|others|rest|anyone|anything|everything|customers?|location|area|zip|postcode|smaller|cheaper|(?:under|over|below|above)\sthat)\b|[=<>→+]|\s'[^']{1,60}'/;

/** "My assistant gets a copy.", "we send them the form", "they're tagged": a step said as a statement (lower case). */
export const saysAStep = (s: string): boolean => STEP_SAID.some((re) => re.test(s));
/** Only a step said of someone else ("Sam gets a copy", "they're tagged"): the story reader judges "we"/"I". */
export const saysAStepOfSomeone = (s: string): boolean => STEP_SAID.slice(2).some((re) => re.test(s));

/** 8: a record's event; a piece saying it is context only as a tendency. */
const EVENT =
  /\b(?:book(?:s|ed)?|cancel\w*|pa(?:y|ys|id)|repl(?:y|ies|ied)|respond\w*|submit\w*|sign(?:s|ed)?\s(?:up|in)|fill\w*|upload\w*|subscrib\w*|unsubscrib\w*|register\w*|check(?:s|ed)?\s(?:in|out)|arriv\w*|comes?\sin|came\sin|e-?mails?|emailed|messag(?:e|es|ed)|texts?|texted|order(?:s|ed)?|purchas\w*|buys?|bought|joins?|joined|enrol\w*|renew\w*|expir\w*|opens?|opened|clicks?|clicked|download\w*)\b/;
/** "(a booking is made)", "the job gets confirmed": a record's event said in the passive. */
const RECORD_EVENT =
  /\b(?:booking|invoice|lead|form|payment|job|appointment|order|call|meeting|deal|quote|e-?mail|message|contact|reservation|stay|session|lesson|class|visit|ticket|request|application)s?\s(?:is|are|was|were|gets?|got|has been|have been)\s(?:\w+\s)?(?:[a-z]+ed|made|paid|sent|done|in|out|up|back)\b/;
const TENDENCY =
  /\b(?:usually|often|always|sometimes|constantly|regularly|rarely|never|mostly|typically|normally|tend to|keep|all the time|at all hours|day and night|a lot|lots of|tons of|loads of|so many|too many|most|many|plenty of|people)\b/;

/** A place that could be a time zone ("Berlin"), not one of the weak names ("us", "central"). */
const zoned = (s: string): boolean => {
  for (
    let rest = s, m = ZONE_NAME.exec(rest);
    m;
    rest = rest.slice(m.index + m[0].length), m = ZONE_NAME.exec(rest)
  )
    if (!WEAK_NAMES.has(m[0])) return true;
  return false;
};

/** The piece without the full stops or exclamation marks that end it (a string method: no pattern runs on them). */
const withoutEnd = (piece: string): string => {
  let end = piece.length;
  while (end > 0 && (piece[end - 1] === '.' || piece[end - 1] === '!')) end--;
  return piece.slice(0, end);
};

/**
 * A verb of the catalogue that says no step: done to us ("people email us at all hours": an event, judged as one
 * below), or about the request itself ("I'll add more later").
 */
const NOT_A_STEP = new RegExp(
  String.raw`(?:${CATALOGUE_VERB.source})\s+(?:us|me|more|the rest|details)\b`,
  'gi',
);

/** "a workflow I can run by hand", "something we can kick off": the start of the run, never context. */
const RUN_BY_ME =
  /\b(?:i|we)(?:\s(?:can|could|will|want\sto)|'ll)\s(?:run|kick\soff|start|trigger|launch|fire\soff|(?:kick|fire)\s(?:it|this)\soff)\b|\b(?:i|we)\s(?:run|start|trigger|launch|kick)\s(?:it|this)\b/;

/** Whether a piece (lower case, as the grammars see it) cannot change the workflow; `rest` is the request without it. */
export const onlyContext = (piece: string, rest: string): boolean => {
  const s = withoutEnd(piece)
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .trim();
  if (!/\p{L}{2}/u.test(s) || s.length > 240) return false;
  if (s.endsWith('?')) return ASKED_ABOUT_US.test(s);
  if (REQUEST.test(s) || RUN_BY_ME.test(s) || s.split(/[,;:]\s|\s(?:and|so|then|but)\s/).some(ordered))
    return false;
  // "Sam calls the lead back.", "Priya handles intake.": someone named, doing something, may be who a step is for
  if (
    NAMED_DOER.test(piece.trim()) ||
    saysWhatTheRecordsAre(piece) ||
    remarkChoosesRecords(piece) ||
    /\b[A-Z]{2,}\b/.test(piece)
  )
    return false;
  if (
    NEGATED_OR_FIELD.test(s) ||
    RECORDS_CHOSEN.test(s) ||
    (s.split(/\s+/).length < 3 && !/\w'(?:s|re|m)\b|\b(?:is|are|am)\b/.test(s))
  )
    return false;
  const said = rest.toLowerCase();
  const amounts = s.match(AMOUNT) ?? [];
  if (amounts.some((a) => !said.includes(a.trim()))) return false;
  const bare = s.replace(AMOUNT, ' ');
  if (GUARD.test(bare) || /\d\s?(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?)\b/.test(bare))
    return false;
  if (STATUS.test(bare) || zoned(bare)) return false;
  if (saysAStep(bare)) return false;
  // "Right now Karen calls them.", "(Tara usually texts them)": a verb of the catalogue, whoever does it, is a step
  // the workflow may have to do; it stays for the grammars to read or to refuse quoting it
  if (CATALOGUE_VERB.test(bare.replace(NOT_A_STEP, ' '))) return false;
  // "We frobnicate the widgets.": we or I doing something nobody reads may be a step, unless labelled as context
  if (!CONTEXT_LABEL.test(s) && WE_DO.test(s)) return false;
  if (RECORD_EVENT.test(bare)) return false;
  return !EVENT.test(bare) || TENDENCY.test(bare);
};

interface Piece {
  readonly from: number;
  readonly to: number;
}

/** Abbreviations whose full stop ends no sentence. */
const NOT_AN_END = /\b(?:e\.g|i\.e|mr|mrs|ms|dr|prof|vs|etc|approx|no|a\.m|p\.m|st|inc|ltd|co)\.$/i;

/** The pieces of a request: sentences, a head before a colon, parentheses, asides between dashes. */
const piecesOf = (text: string): Piece[] => {
  const out: Piece[] = [];
  let start = 0;
  const sentence = (from: number, to: number) => {
    const body = text.slice(from, to);
    const lead = body.length - body.trimStart().length;
    const head = /^([^:()"]{3,90}):\s/.exec(body.trimStart());
    if (head) out.push({ from: from + lead, to: from + lead + head[0].length });
    out.push({ from, to });
  };
  for (const m of text.matchAll(/[.!?](?=\s|$)/g)) {
    const end = m.index + m[0].length;
    const said = text.slice(start, end);
    if (NOT_AN_END.test(said) || (said.endsWith('..') && /^\s+\p{Ll}/u.test(text.slice(end)))) continue;
    sentence(start, end);
    start = end;
  }
  if (/\S/.test(text.slice(start))) sentence(start, text.length);
  for (const m of text.matchAll(/\s?\(([^()]{2,160})\)/g))
    out.push({ from: m.index, to: m.index + m[0].length });
  // "— we are a tiny studio —", "- I'm in Lisbon this month" to the end of its sentence
  for (const m of text.matchAll(/\s[-–—]\s[^-–—.!?()]{2,160}?(?:\s[-–—](?=[\s,])|(?=[.!?]?$))/g))
    out.push({ from: m.index, to: m.index + m[0].length });
  return out;
};

const inner = (said: string): string =>
  said
    .trim()
    .replace(/^[-–—(]\s?|\)$|\s[-–—]$/g, '')
    .replace(/:$/, '')
    .trim();

/** The pieces of `text` that are only context, outermost first, none inside another. */
export const contextIn = (text: string): { said: string[]; rest: string } => {
  const chosen: Piece[] = [];
  for (const p of piecesOf(text)) {
    if (chosen.some((c) => c.from <= p.from && p.to <= c.to)) continue;
    const piece = text.slice(p.from, p.to);
    const rest = text.slice(0, p.from) + text.slice(p.to);
    if (!onlyContext(inner(piece), rest)) continue;
    for (let i = chosen.length - 1; i >= 0; i--) {
      const c = chosen[i];
      if (c && p.from <= c.from && c.to <= p.to) chosen.splice(i, 1);
    }
    chosen.push(p);
  }
  chosen.sort((a, b) => a.from - b.from);
  let rest = '';
  let last = 0;
  for (const c of chosen) {
    rest += `${text.slice(last, c.from)} `;
    last = c.to;
  }
  rest = (rest + text.slice(last)).replace(/\s+/g, ' ').trim();
  return { said: chosen.map((c) => inner(text.slice(c.from, c.to))), rest };
};

interface Read {
  readonly ok: boolean;
  readonly notUnderstood: readonly string[];
  readonly notes?: readonly string[];
  readonly definition?: { readonly trigger: unknown; readonly steps: readonly unknown[] };
}

const unread = (notUnderstood: readonly string[], said: readonly string[]): boolean =>
  notUnderstood.some((n) => said.some((s) => s.toLowerCase().includes(n.toLowerCase().trim())));

/**
 * A state a record is in, said before its plural noun in a heading ("For cancelled bookings, …"), after a greeting
 * too ("Morning! For overdue invoices: …"; the greeting is kept for framing to take out).
 */
const HEADING_STATE =
  /^((?:(?:hi|hello|hey|hiya|morning|afternoon|good\s(?:morning|afternoon|evening))(?:\s(?:there|team|all|everyone|folks|guys))?\s?[,!.]\s+)?)for\s+(?:all\s+)?((?:cancell?ed|rescheduled|paid|unpaid|overdue|late|booked|confirmed|completed|expired|submitted|signed|won|lost|qualified|failed|uploaded|created|updated)\s[a-z-]+s)\s?[,:]\s/i;

/** "crm", "into the CRM" after an arrow or a plus: the record created, said as where it goes. */
const TO_THE_CRM =
  /(\s(?:→|->|=>|\+|&|,)\s*)(?:(?:add\s+(?:them\s+)?)?(?:in)?to\s+)?(?:the\s+|our\s+)?crm(?=\s*(?:$|[+&,.]|→|->))/gi;

/**
 * Notes and headings a refused request may be written in, said the way the grammars read them: "For cancelled
 * bookings, …" is the heading "cancelled bookings: …"; "form submitted → crm", "enquiry → CRM + reply": the record
 * created ("create a lead").
 */
const asNotes = (text: string): string =>
  headed(text).replace(HEADING_STATE, '$1$2: ').replace(TO_THE_CRM, '$1create a lead');

/** "Late payments: when an invoice is overdue …": a heading before a rule that says its own trigger. */
const HEADED = /^([^:.!?]{3,40}):\s+(?=(?:when|whenever|once|as soon as|after|every|each)\b)/i;

/**
 * A heading that names the very records the rule's trigger starts on ("Overdue invoices: when an invoice is overdue
 * …") is a title: read as a trigger it gives the same trigger, and it is not also a test of their state. Anything
 * else it could say (VIP leads, other records) leaves the request as it was read.
 */
const withoutTitle = <R extends Read>(read: (text: string) => R, text: string): R | undefined => {
  const m = HEADED.exec(text);
  if (!m?.[1]) return undefined;
  const rule = read(text.slice(m[0].length));
  const title = read(`${m[1]}: notify the team`);
  if (!rule.ok || !title.ok || !rule.definition || !title.definition) return undefined;
  const [step] = title.definition.steps as { action?: string }[];
  const same = JSON.stringify(title.definition.trigger) === JSON.stringify(rule.definition.trigger);
  if (!same || title.definition.steps.length !== 1 || step?.action !== 'notify.team') return undefined;
  return {
    ...rule,
    notes: [
      ...(rule.notes ?? []),
      `"${m[1].trim()}" read as the title of the rule: its trigger names the same records`,
    ],
  };
};

/**
 * Reads a request; when it is refused, or words the grammars left unread lie in pieces of context, reads it again
 * without those pieces and says them back. The first reading stands when the second is refused too. A heading that
 * names the trigger's own records is a title; notes and headings are first said as the grammars read them.
 */
const readPieces =
  <R extends Read>(read: (text: string) => R) =>
  (text: string): R => {
    const noted = asNotes(text);
    const titled = withoutTitle(read, noted);
    if (titled) return titled;
    const first = read(noted);
    if (first.ok && first.notUnderstood.length === 0) return first;
    const { said, rest } = contextIn(noted);
    if (said.length === 0 || !/\p{L}/u.test(rest)) return first;
    if (first.ok && !unread(first.notUnderstood, said)) return first;
    const again = read(rest);
    if (!again.ok) return first;
    const note = `not used, as context: ${said.map((s) => `"${s}"`).join(', ')}`;
    return { ...again, notes: [...(again.notes ?? []), note] };
  };

/**
 * The whole request's reading around the grammars: read in part (pieces of context, above), then, when it is still
 * refused for words not understood, without the parts that cannot change the workflow (set-aside.ts).
 */
export const readInPart = <R extends Read & (Refused | Accepted)>(
  read: (text: string) => R,
): ((text: string) => R) => settingAside<R>(readPieces<R>(read));
