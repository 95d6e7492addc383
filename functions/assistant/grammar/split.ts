import { leadFieldGoesOn } from './on-file';
import { MONTH } from './schedule-months';

/**
 * Splits a request into clauses. Sentences and semicolons always end a clause; commas, "and", "then" end one only
 * when what follows can start a clause of its own (a verb, "if", "otherwise", a time), so "Mondays and
 * Thursdays", "10,000", "hot and vip" and "name and email" stay whole.
 */

export type Separator = 'start' | 'sentence' | 'comma' | 'and' | 'then' | 'keyword';

export interface Piece {
  readonly text: string;
  readonly sep: Separator;
  /** Index of the sentence-level segment (commas and sentences start a new one), for trailing conditions. */
  readonly segment: number;
}

export const VERBS =
  'send|email|mail|reply|respond|answer|write|shoot|drop|follow|reach|check|thank|welcome|congratulate|greet|remind|nudge|contact|message|forward|introduce|notify|alert|tell|inform|ping|let|warn|escalate|flag|loop|cc|update|assign|hand|pass|post|share|put|publish|push|announce|broadcast|slack|add|create|make|log|record|note|save|store|capture|register|insert|enter|import|sync|copy|tag|label|mark|set|move|change|switch|convert|qualify|disqualify|promote|remove|delete|schedule|book|arrange|plan|organi[sz]e|invite|hold|reserve|propose|offer|cancel|call|bill|charge|invoice|issue|generate|raise|prepare|draft|compose|craft|summari[sz]e|recap|compile|produce|deliver|give|get|search|look|find|query|consult|use|ask|have|request|require|seek|wait|pause|sleep|delay|classify|categori[sz]e|analy[sz]e|score|extract|translate|detect|determine|enrich|research|triage|prioriti[sz]e|sort|rate|assess|evaluate|text|phone|ring|archive|export|upload|keep|track|chase|dun|obtain|tweet|order|buy|fetch|hit|trigger|run|collect|gather|go|stop|start|attach|jot|leave|apply|clear|fix|line|offer';
const KEYWORDS =
  "please|no reply|no response|no answer|no payment|no(?= (?:new |other |further )?[a-z]+ (?:is|are|gets?|has been|have been|comes?|arrives?) )|if|unless|except if|except when|provided|as long as|so long as|otherwise|else|(?:every|any)(?:one|body|thing) else|when|whenever|once|after|before|every|each|daily|weekly|monthly|hourly|nightly|on|at|in|then|only|but|for|whether|in case|should|as soon as|right after|upon|twice|the next day|the day after|a day later|a week later|next|finally|also|lastly|afterwards|and then|until|till|with|remind|there|we|i|and if|or|nobody|no one|they|it's|its|it|a summary|a report|a daily|a weekly|a monthly|(?:first )?need(?= (?:my|your|an?|the|manager's|boss's) approv)";

export const VERB_WORD = new RegExp(`^(?:${VERBS})$`);

/** "for everything else, …", "everyone else: …", "… #big-deals everyone else add a note" (before an action verb). */
export const OTHER_BRANCH_START = new RegExp(
  String.raw`\b(?:for\s+|to\s+)?(?:everyone|everybody|everything|anyone|anything|all)\s+else(?:\s*[,:]|\s+(?:just\s+)?(?=(?:${VERBS})\b))`,
  'gi',
);

/** "sending" -> "send", "creating" -> "create", "tagging" -> "tag": the verb a gerund stands for, if known. */
export const verbOfGerund = (word: string): string | undefined => {
  if (!word.endsWith('ing') || word.length < 5) return undefined;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/y$/, 'y')];
  return candidates.find((c) => VERB_WORD.test(c));
};

/** A clause that starts with one of these asks for something: not understanding it is not a detail. */
export const VERB_START = new RegExp(`^\\s*(?:(?:please|then|also|and)\\s+)*(?:${VERBS})(?![\\w-])`, 'i');

export const STARTER = new RegExp(
  `^\\s*(?:(?:${KEYWORDS})\\b|(?:(?:automatically|immediately|instantly|promptly)\\s+)?(?:${VERBS})\\b(?!-(?:ins?|outs?|ups?)\\b)|(?:an?\\s+|the\\s+)?(?:welcome|confirmation|thank you|follow up|reminder|slack)\\s+(?:e?mail|message|dm|note)\\b|\\d+\\s+(?:more\\s+)?(?:minutes?|hours?|days?|weeks?|months?)\\b|⟦)`,
);

// ("the deposit invoice - €2,500", "the onboarding invoice: $350 + 10% GST", "an invoice for their order: 10 kegs at
// $210 each": the amount of the invoice, not a sentence)
const SENTENCE =
  /(?<!\s)\s*(?:(?<![.!?;])(?<!\binvoice\sno)[.!?;]+(?=\s|$)|\n|:(?=\s)(?<!\binvoice:(?=\s[$€£₹]\s?\d))(?<!\binvoice(?:\s+(?:for|of)(?:\s+[a-z'-]+){1,3})?:(?=\s\d{1,4}\s*(?:x|×)\s*[$€£₹]?\s?\d|\s\d{1,4}\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:at|@)\s+[$€£₹]?\s?\d))|\s(?:->|=>|→|—|(?<!\bme\s)=)\s|(?<![\d:]|\b(?:am|pm))\s-\s(?!\d)(?<!\binvoice\s-\s(?=[$€£₹]\s?\d)))\s*/;
/**
 * "post in slack: …", "post in #general: …", "send a message in slack: …", "… at 4pm: ⟦0⟧" (a quote alone after it):
 * the colon opens the post's words, which stay in its clause (message-text.ts reads them), never a clause of their own.
 * Such a colon is kept from SENTENCE as "∶" (one code unit, as long) and given back in each piece; only after words
 * said first (a schedule, a trigger): "Post in #sales: a new lead signs up" opens with the action, its trigger after.
 */
const POSTED_COLON =
  /(?<=[\w'’)]\s)(?:post|say|announce|(?<!\b(?:on|in|via|to|into|over|by)\s)slack(?:\s(?:everyone|everybody|the\s(?:whole\s)?team))?|(?:post|send|put)\s(?:a|the)\s(?:message|msg|note|post))(?:\s(?:in|on|to|into)\s(?:(?:the\s|our\s)?slack(?:\schannel)?|#[\w-]+|the\s[\w-]+\schannel))?:(?=\s)|:(?=\s?⟦\d+⟧\s?(?:$|[.!;\n]))/g;
const KEPT_COLON = '\u2236';

/** Commas that are not thousands separators, "and"/"then" connectors, and words that start a clause. */
const SPLIT =
  /,(?!\d{3}(?!\d))\s*(?:(?:and|then)\s+)?|(?<!\s)\s+(?:and\s+then|and\s+also|then|and|also|as well as|plus|followed by)\s+|(?<!\s|\b(?:minutes?|hours?|days?|weeks?|months?|fortnight))\s+(?:after that|afterwards)\s+|(?<!\b(?:only|but|and|except)|\s)(?<!\b(?:asking|to\s+ask)(?:\s+(?:him|her|them|everyone))?(?=\s+if\b))\s+(?=(?:if|unless|otherwise|else(?<!\b(?:everyone|everybody|everything|anyone|anybody|anything|someone|nobody|nothing)\s+else)|whenever|when|but only if|only if|but only when|only when|but if|in case|or else|except (?:if|when)|(?:as|so) long as|provided (?:that|the|they|it|their|its)\b)\b)/g;

const sepOf = (raw: string): Separator => {
  const s = raw.trim();
  if (s.startsWith(',')) return 'comma';
  if (s === '') return 'keyword';
  if (/then|after|followed/.test(s)) return 'then';
  return 'and';
};

/** "at 9 and at 4", "in the morning and in the evening": the next time of a schedule's list, not a clause. */
const TIME_ENDS =
  /(?:\b\d{1,2}(?:[:.]\d{2})?(?:\s?(?:am|pm|a\.m\.|p\.m\.|o'clock))?|\b(?:noon|midday|midnight|lunch\s?time|mornings?|afternoons?|evenings?|nights?))$/;
const TIME_GOES_ON =
  /^(?:again\s)?(?:(?:at|around)\s(?:\d{1,2}(?:[:.]\d{2})?(?:\s?(?:am\b|pm\b|a\.m\.|p\.m\.|o'clock))?|noon|midday|midnight|lunch\s?time)(?![\d:.]|\s?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b)|in\sthe\s(?:(?:early|late|mid)[-\s]?)?(?:morning|afternoon|evening)\b)/;
const timeListGoesOn = (before: string, c: { text: string; raw: string }): boolean =>
  /^(?:,|and\b|plus\b)/.test(c.raw.trim()) &&
  TIME_ENDS.test(before.trimEnd()) &&
  TIME_GOES_ON.test(c.text.trimStart());

/** "their name and email", "his phone number and email address" (", … in #sales"): the next field of a list, never an action. */
const FIELDS_END =
  /\b(?:their|his|her|its|the\s+[a-z]+'s)\s+(?:[a-z-]+\s+){0,2}?(?:name|phone(?:\s+number)?|number|company(?:\s+name)?|address|e-?mail(?:\s+address)?|budget|source|details)$/i;
const FIELD_GOES_ON =
  /^(?:their\s+|his\s+|her\s+)?(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|number|company(?:\s+name)?|address|budget|source)(?:\s+(?:in|to|on|into)\s+(?:#[\w-]+|slack))?$/i;
const fieldListGoesOn = (before: string, c: { text: string; raw: string }): boolean =>
  /^(?:,|and\b|&)/.test(c.raw.trim()) &&
  FIELDS_END.test(before.trimEnd()) &&
  FIELD_GOES_ON.test(c.text.trim());

interface Chunk {
  readonly text: string;
  readonly raw: string;
  /** Split where one action's object ends and the next verb starts, with no comma or "and". */
  readonly runOn?: boolean;
}

/** Words that end an action's object ("… a welcome email", "… as hot", "… them"). */
const OBJECT_END = new Set(
  'know team sales finance support email emails mail message messages note notes reminder confirmation receipt up crm slack summary report them him her it me us qualified hot vip cold warm lost won brochure link dm heads-up text sms demo entry inbound channel call meeting invoice'.split(
    ' ',
  ),
);
const OBJECT_START = new Set(
  'them him her it a an the their our his my me us up in with confirmation reminder note notes summary report invoice'.split(
    ' ',
  ),
);

const NOUN_VERBS = new Set(
  'email mail message note call text post record book order log invoice bill slack alert tag label report summary'.split(
    ' ',
  ),
);
/** Words that name what kind of noun-verb follows ("a reminder email", "a sales call", "a follow up call"). */
const MODIFIERS = new Set(
  'reminder confirmation welcome sales slack up team support finance thank intro demo follow'.split(' '),
);
const PERSON = new Set('them him her me us'.split(' '));
/** "… ping anna on slack", "… tell mark": verbs whose object may be a name. */
const PEOPLE_VERBS = new Set('ping tell notify inform warn give ask remind'.split(' '));
const NOT_NAMES = new Set('and or then if when to of for in on at about that this all every each'.split(' '));

/**
 * Verbs that are never the noun of an action's object ("send", "notify", "mark"): typed in a hurry, with no
 * article or comma ("make invoice 1500 usd send welcome email", "inform HR mark him lost"), one starts the next
 * action wherever the action before it already has its verb and a word after it.
 */
const ACTION_VERBS = new Set(
  'send notify tell inform ping warn escalate add create make mark move save store write put forward search cancel assign let'.split(
    ' ',
  ),
);
/** Words after which a verb is the object of what comes before ("to send", "can add", "and let"), not a new action. */
// "notify us on slack in #rent", "via text": after a preposition of the channel a verb-noun is the channel
const NOT_BEFORE_VERB = new Set(
  "on via through over to and or then also please can could will would should must may might not dont don't i we they you he she who that which so just only never first a an the their our my his her your its this some any each every is are was were be been being get gets got we'll i'll you'll they'll we'd i'd they'd".split(
    ' ',
  ),
);
/** What "book" or "schedule" books when it starts an action: "book intro call", "schedule 15 min demo". */
const MEETING =
  /^(?:\d+|intro|call|calls|meeting|meetings|demo|demos|appointment|consultation|discovery|sales|follow-?up)$/;
const ARTICLES = new Set('a an the their our his her my your its each every all any some'.split(' '));
/** Words that end an action ("… w them", "log it", "let maria know"): a verb after them starts the next one. */
const CLOSED = new Set('them him her me us it know'.split(' '));
/** "post in #sales", "email to ⟦0⟧": a preposition and a target. */
const targetAfter = (words: readonly string[], at: number): boolean =>
  /^(?:in|to|on|into)$/.test(words[at] ?? '') && TARGET.test(words[at + 1] ?? '');
const GIVING = /^(?:send|give|shoot|drop|email|mail|forward|get)$/;
/** A channel, an address or a quoted text: the object of a noun-verb ("post #wins", "email ⟦0⟧"). */
const TARGET = /^(?:#[\w-]+|⟦\d+⟧|[\w.+-]+@[\w-]+\.[\w.]+)$/;

/** "… each time a client write us": the verb of a trigger's subject (an article, one or two nouns), not an action. */
const subjectVerb = (words: readonly string[], i: number): boolean => {
  const k = words.slice(0, i + 1).findLastIndex((w) => /^(?:when|whenever|if|once|time|soon)$/.test(w));
  // ("each time stripe send the webhook": a one-word subject, before a verb of sending and its object)
  const named =
    i - k === 1 &&
    !VERB_WORD.test(words[i] ?? '') &&
    /^(?:send|write|email|message)$/.test(words[i + 1] ?? '') &&
    /^(?:us|me|the|a|an|to)$/.test(words[i + 2] ?? '');
  return (
    k >= 0 &&
    ((i - k >= 2 && i - k <= 3 && /^(?:a|an|the|some|any|one|each|every)$/.test(words[k + 1] ?? '')) ||
      named) &&
    !words.slice(k + 2, i + 1).some((w) => VERB_WORD.test(w))
  );
};

/** "send them a welcome email put a note on their lead": two actions, no comma between them. */
const runOn = (chunk: Chunk): Chunk[] => {
  const words = chunk.text.split(' ');
  const out: Chunk[] = [];
  let from = 0;
  let at = 0;
  // the verb of the action being read: the chunk's first verb not after an article ("deal won mark contacted …",
  // never "a reply" or "new booking"), then wherever a split started one
  let action = words.findIndex(
    (w, k) => VERB_WORD.test(w) && (k === 0 || !(ARTICLES.has(words[k - 1] ?? '') || words[k - 1] === 'new')),
  );
  for (let i = 0; i < words.length - 2; i++) {
    at += (words[i] ?? '').length + 1;
    const [end, verb, object] = [words[i] ?? '', words[i + 1] ?? '', words[i + 2] ?? ''];
    const named = PEOPLE_VERBS.has(verb) && /^[a-z][a-z'-]+$/.test(object) && !NOT_NAMES.has(object);
    // "remove the ⟦0⟧ tag from them", "add a vip label": the tag's noun after its name, never a new action
    if (/^(?:tag|label)s?$/.test(verb) && ARTICLES.has(words[i - 1] ?? '')) continue;
    // the action so far has its verb and an object: a verb that cannot be a noun, or a noun-verb with a target
    // "post a short celebration message in #wins": after an article the noun-verb is the head of the object
    const open = action >= 0 && words.slice(action + 1, i + 1).some((w) => ARTICLES.has(w));
    // "deal won post #wins save …", "when they email us send …": after a target or a pronoun, even in the trigger
    const closed =
      (TARGET.test(end) || (CLOSED.has(end) && !GIVING.test(words[i - 1] ?? ''))) && VERB_WORD.test(verb);
    const hurried =
      (closed || (action >= 0 && i > action)) &&
      // "send them remind mail": a ditransitive verb's person still needs its object
      !(i === action + 1 && PERSON.has(end) && GIVING.test(words[action] ?? '')) &&
      !NOT_BEFORE_VERB.has(end) &&
      !subjectVerb(words, i) &&
      (!VERB_WORD.test(end) || NOUN_VERBS.has(end)) &&
      (ACTION_VERBS.has(verb) ||
        closed ||
        (!open &&
          VERB_WORD.test(verb) &&
          (TARGET.test(object) || PERSON.has(object) || targetAfter(words, i + 2))) ||
        (!open && /^(?:book|schedule|arrange)$/.test(verb) && MEETING.test(object)));
    if (
      !hurried &&
      (i === 0 ||
        !(OBJECT_END.has(end) || /^⟦\d+⟧$/.test(end)) ||
        !VERB_WORD.test(verb) ||
        !(OBJECT_START.has(object) || named || TARGET.test(object)))
    )
      continue;
    // "a reminder email a day later", "a sales call with them": a noun that is also a verb, unless it has a person
    if (
      NOUN_VERBS.has(verb) &&
      MODIFIERS.has(end) &&
      !PERSON.has(object) &&
      // "team slack #ops", "team post in #sales" (never "slack message to #ops": a message is what is sent)
      !(!open && (TARGET.test(object) || (/^(?:post|slack)$/.test(verb) && targetAfter(words, i + 2)))) &&
      !(hurried && MEETING.test(object))
    )
      continue;
    out.push({
      ...chunk,
      text: chunk.text.slice(from, at - 1),
      ...(out.length > 0 ? { raw: ' ', runOn: true } : {}),
    });
    from = at;
    action = i + 1;
  }
  if (out.length === 0) return [chunk];
  out.push({ text: chunk.text.slice(from), raw: ' ', runOn: true });
  return out;
};

/**
 * The words that open a message's text ("saying …", "telling them …", "to remind them that …"): this split, the
 * message reader (message-text.ts) and the schedule scan (a date in the text is what it says, never a second schedule)
 * read the same words (session 33: "email all members to tell them the studio is closed on Monday" was refused as
 * two schedules). "to remind him about the demo" is the message's purpose, not its words.
 */
export const SAID_OPENER = String.raw`(?:saying|that\s+says|to\s+say|(?:telling|to\s+tell)\s+(?:them|him|her|everyone)|(?:letting|to\s+let)\s+(?:them|him|her|everyone)\s+know|(?:reminding|to\s+remind|informing|to\s+inform)\s+(?:them|him|her|everyone)(?!\s+(?:about|of|to)\b))`;

/**
 * "email them saying thanks, we really appreciate your business": after the words that start a message's text, what
 * follows a comma and speaks to the reader ("we …", "you …", "your …") is more of that text, not a clause — unless
 * it starts with an action verb (session 31).
 */
const SAID_TEXT = new RegExp(String.raw`\b${SAID_OPENER}\b`);
const messageGoesOn = (before: string, c: Chunk): boolean =>
  SAID_TEXT.test(before) &&
  // "saying we got it and we'll ring to confirm": "and" too (session 44)
  (c.raw.trim() === ',' || c.raw.trim() === 'and') &&
  /^\s*(?:we|we're|we'll|we've|i|i'm|i'll|you|you're|your|our|it's|here's|here\s+is|see\s+you)\b/.test(
    c.text,
  ) &&
  !VERB_START.test(c.text);

/**
 * "post in slack: dress rehearsal tomorrow 10am, all teachers in by 9:15": after the colon that opens a post's words,
 * what follows a comma or "and" is more of those words (its times are the message's), unless an action verb starts it.
 */
const postGoesOn = (before: string, c: Chunk): boolean =>
  before.includes(KEPT_COLON) && /^(?:,|and)$/.test(c.raw.trim()) && !VERB_START.test(c.text);

/** "Monday, Wednesday, Friday at noon", "mon, wed, fri": the next weekday of a list of days, not a clause. */
const WEEKDAY_WORD = '(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?';
const WEEKDAY_AFTER = new RegExp(`\\b${WEEKDAY_WORD}\\s*$`);
const WEEKDAY_NEXT = new RegExp(`^\\s*(?:and\\s+)?(?:on\\s+)?${WEEKDAY_WORD}\\b(?!')`);
const dayListGoesOn = (before: string, c: Chunk): boolean =>
  c.raw.trim().startsWith(',') && WEEKDAY_AFTER.test(before) && WEEKDAY_NEXT.test(c.text);

/** "On 1 January, 1 April, 1 July, 1 October at 9am": the next date of a list of dates, not a clause. */
const DATE_AFTER = new RegExp(`\\b${MONTH}\\s*$`);
const DATE_NEXT = new RegExp(
  `^\\s*(?:and\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
);
/** "January 24, 2027", "the 1st of March, 2027": the year of the date before it. */
const DAY_OF_MONTH_AFTER = new RegExp(
  `\\b(?:${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH})\\s*$`,
);
const dateListGoesOn = (before: string, c: Chunk): boolean =>
  (DATE_AFTER.test(before) && DATE_NEXT.test(c.text)) ||
  (DAY_OF_MONTH_AFTER.test(before) && /^\s*20\d\d\b/.test(c.text));

/** '"sick", "ill" or "unwell"': the next quoted words of a list, never a clause of their own (it was dropped). */
const quoteListGoesOn = (prev: string, c: Chunk): boolean =>
  /⟦\d+⟧\s*$/.test(prev) && c.raw.trim() === ',' && /^\s*⟦\d+⟧(?:\s*,\s*⟦\d+⟧)*\s+or\s+⟦\d+⟧/.test(c.text);

export const splitClauses = (text: string): Piece[] => {
  const pieces: Piece[] = [];
  let segment = 0;
  const kept = text.replace(POSTED_COLON, (m) => `${m.slice(0, -1)}${KEPT_COLON}`);
  for (const [si, sentence] of kept.split(SENTENCE).entries()) {
    if (!sentence.trim()) continue;
    const chunks: Chunk[] = [];
    let last = 0;
    let raw = '';
    for (const m of sentence.matchAll(SPLIT)) {
      chunks.push({ text: sentence.slice(last, m.index), raw });
      raw = m[0];
      last = m.index + m[0].length;
    }
    chunks.push({ text: sentence.slice(last), raw });
    const joined = chunks.flatMap(runOn);
    const merged: { text: string; sep: Separator }[] = [];
    for (const [i, c] of joined.entries()) {
      const prev = merged.at(-1);
      // after a comma, four words or more that do not continue a list are a clause of their own
      const standsAlone =
        c.raw.trim().startsWith(',') &&
        !/^\s*and\b/.test(c.text) &&
        // ", by email to me", ", on Slack in #sales": how the action before is delivered
        !/^\s*(?:by|via|through|over|on|in)\s+(?:e?mail|slack|#)/.test(c.text) &&
        // ", due in 14 days": when the invoice before is due
        !/^\s*(?:due|payable)\s+(?:in|within)\s+\d{1,3}\s+days?\s*$/.test(c.text) &&
        // "create an invoice for it, £35 GBP per lesson": the amount of the invoice before
        !(
          /\b(?:invoice|bill)\b/.test(prev?.text ?? '') &&
          /^\s*[$€£]\s?\d(?![^,]*\b(?:per|a|every)\s+(?:month|week|year|day|hour|annum)\b)/.test(c.text)
        ) &&
        // "LinkedIn, Google or Bing …": the next values of a list
        !/^\s*[\w'-]+(?:\s+[\w'-]+)?\s+or\b/.test(c.text) &&
        c.text.trim().split(/\s+/).length >= 4;
      if (
        prev &&
        i > 0 &&
        ((!STARTER.test(c.text) && !standsAlone) ||
          // "write + send each of them a personalised email": one email, written and sent
          (/(?:^|\s)(?:write|draft|compose)\s*$/.test(prev.text) &&
            /^\s*send\b/.test(c.text) &&
            c.raw.trim() === 'and') ||
          timeListGoesOn(prev.text, c) ||
          messageGoesOn(prev.text, c) ||
          postGoesOn(prev.text, c) ||
          fieldListGoesOn(prev.text, c) ||
          leadFieldGoesOn(prev.text, c, joined.slice(i + 1)) ||
          dateListGoesOn(prev.text, c) ||
          dayListGoesOn(prev.text, c) ||
          quoteListGoesOn(prev.text, c))
      ) {
        prev.text = `${prev.text}${c.raw}${c.text}`;
        continue;
      }
      merged.push({
        text: c.text,
        sep: i === 0 ? (si === 0 ? 'start' : 'sentence') : c.runOn ? 'and' : sepOf(c.raw),
      });
    }
    for (const p of merged) {
      if (p.sep === 'start' || p.sep === 'comma' || p.sep === 'sentence') segment += 1;
      if (p.text.trim())
        pieces.push({ text: p.text.trim().replaceAll(KEPT_COLON, ':'), sep: p.sep, segment });
    }
  }
  return pieces;
};

/** "the sales deck", "the support guide": a thing of that team, not the team. */
export const ROLE_OBJECTS =
  'deck|slides?|brochures?|pitch|pages?|reports?|figures|numbers|pipeline|materials?|kit|pack|presentations?|data|sheets?|playbook|script|docs?|documents?|deals?|calls?|emails?|tickets?|summary|invoices?|inbox|address|portal|guide|sequence';
