import type { Clause } from './clause';
import { readEventPhrase } from './event-nouns';
import type { EventPhrase } from './events';
import { VERB_START } from './split';

/**
 * The trigger in the forms writers use besides "When …" (session 31), read by the noun-phrase reader of
 * record-phrase.ts (through readEventPhrase), never by a list of phrases:
 *   a heading or label naming the record, and its state when it has one: "Enquiry form -", "Rent overdue →",
 *   "Overdue fees:", "New tenancy application –", "Cancelled viewing:". The label is a noun phrase; it is said back
 *   to the noun-phrase reader as the sentence it stands for ("a new enquiry form", "a rent invoice is overdue") and
 *   counts only when that sentence is read whole.
 * A label with no state names a record's arrival only when it says "new" or names a form (a form's heading means
 * its submissions: "Contact form:"); "Clients:", "Invoices:" or "Tenants —" name no event and stay refused.
 */

/** The words of a record's state, before or after its head: "rent overdue", "paid invoice", "cancelled viewing". */
const STATE =
  /^(?:overdue|late|past[\s-]due|unpaid|paid|settled|cancell?ed|called off|submitted|received|booked|confirmed|issued|raised|sent|sent out|won|lost|churned|converted|qualified|disqualified|contacted)$/;
/** Before the head too: a record's state ("paid invoice") or a lead's status ("won deal", "churned customer"). */
const STATE_FIRST =
  /^(?:overdue|late|past-due|paid|settled|cancell?ed|won|lost|churned|converted|qualified|disqualified)$/;

/** The label cut into its head and its state: "rent overdue" → ["rent", "overdue"]; no state → undefined. */
const stateOf = (np: string): readonly [head: string, state: string] | undefined => {
  const words = np.split(' ');
  for (const n of [2, 1]) {
    const state = words.slice(-n).join(' ');
    if (words.length > n && STATE.test(state)) return [words.slice(0, -n).join(' '), state];
  }
  const [first = '', ...rest] = words;
  return rest.length > 0 && STATE_FIRST.test(first) ? [rest.join(' '), first] : undefined;
};

/** What may open the label: a determiner, a quantifier, "new". */
const OPENER = /^(?:(?:on|upon|a|an|the|each|every|any|all|our|new|incoming|latest|fresh)\s+)*/;

/** An event said as a noun ("payment of an invoice"): the noun, and the record after "of". */
const NOMINAL_OF =
  /^(?:(?:on|upon|after|following|the|a|an|each|every|any) )*(?:receipt of (?:a |the )?(?=payment))?(payments?|cancell?ations?|submissions?|arrivals?|receipt|issue|booking) (?:of|for|on) (?:(?:the|a|an|our|each|every|any) )?([a-z][\w-]*(?: [a-z][\w-]*){0,2})$/;
const NOMINAL: Readonly<Record<string, string>> = {
  payment: 'is paid',
  cancellation: 'is cancelled',
  cancelation: 'is cancelled',
  submission: 'is submitted',
  arrival: 'comes in',
  receipt: 'comes in',
  issue: 'is issued',
  booking: 'is booked',
};

/** The sentence the label stands for, with whether it says the record is new. */
const sentences = (label: string): string[] => {
  // "payment of an invoice", "submission of the enquiry form": the event said as a noun, the record after "of"
  const of = NOMINAL_OF.exec(label.replace(/\s+/g, ' '));
  if (of) {
    const [, noun = '', record = ''] = of;
    const done = NOMINAL[noun.replace(/s$/, '')];
    return done ? [`a ${record} ${done}`, `a new ${record} ${noun}`] : [];
  }
  const opener = OPENER.exec(label)?.[0] ?? '';
  const np = label.slice(opener.length);
  if (!/\S/.test(np) || STATE.test(np)) return [];
  const [head, state] = stateOf(np) ?? [];
  if (state && head) {
    // "rent overdue": rent is what a landlord invoices, said as its invoice by record-phrase's trade names
    const noun = head.replace(/(?<=fee)s$/, '');
    return [`a ${noun} is ${state}`, `a ${noun} invoice is ${state}`];
  }
  const isNew = /\bnew\b|\bincoming\b|\bfresh\b|\blatest\b/.test(opener);
  const cut = np.lastIndexOf(' ') + 1;
  const one = `${np.slice(0, cut)}${singular(np.slice(cut))}`;
  return [`a new ${one}`].filter(() => isNew || FORM_HEAD.test(np));
};

const FORM_HEAD =
  /(?:^|\s)(?:forms?|surveys?|questionnaires?|applications?|rsvps?|timesheets?|waivers?|submissions?)$/;

const PREPOSITION_IN = /\b(?:from|to|for|in|on|with|by|about|into|of|via|through)\b/;

/** Whether the phrase was read whole and says an event of the catalogue with no qualifier left. */
const whole = (phrase: EventPhrase | undefined, sentence: string): phrase is EventPhrase =>
  phrase !== undefined &&
  !phrase.problem &&
  !phrase.qualifier &&
  phrase.trigger.type === 'event' &&
  phrase.length === sentence.length;

/** A clause that is only a label naming the event ("Enquiry form", "Rent overdue"), read as that event. */
export const readLabel = (
  clause: Clause,
): { phrase: EventPhrase; index: number; length: number } | undefined => {
  const view = clause.view;
  let end = view.length;
  while (end > 0 && /[\s:?!.,;\-–—→>]/.test(view[end - 1] as string)) end--;
  const label = view.slice(0, end).trim();
  const phrase = labelEvent(label);
  return phrase ? { phrase, index: view.indexOf(label), length: label.length } : undefined;
};

/** The event a label names, read whole, or undefined. */
const labelEvent = (said: string): EventPhrase | undefined => {
  // "contact us form on the website": where every form is, not which one (events.ts ON_SITE)
  // "contact us form", "call us form": the form's name, one word (no order to contact us)
  const label = said
    .replace(/ on (?:our|the) (?:website|site|web ?site|homepage|landing page)$/, '')
    .replace(
      /^(contact|call|email|ask|message)\s+us\s+(?=(?:[\w-]+\s+)?forms?(?:\s+(?:submissions?|entries|responses?))?$)/,
      '$1-us ',
    );
  if (label.length === 0 || label.length > 60 || label.split(/\s+/).length > 8) return undefined;
  // "contact form" opens with a verb's word: the noun-phrase reading below decides, read whole or not at all
  if (/[#@\d"]/.test(label) || /^\S+\s+(?:the|a|an|them|him|her|me|us|it)\b/.test(label)) return undefined;
  // an order ("create leads from form submissions") is no label: a verb's word opens only a short compound
  if (VERB_START.test(label) && (label.split(' ').length > 3 || PREPOSITION_IN.test(label))) return undefined;
  for (const sentence of sentences(label)) {
    const phrase = readEventPhrase(sentence);
    if (whole(phrase, sentence)) return { ...phrase, length: said.length };
  }
  return undefined;
};

/**
 * A label run on into the action with no joint, as dictated or typed in a hurry ("won deal post in #wins", "new
 * trial signup email me"): the boundary is where an action's verb starts, and the words before it are read as a
 * label, whole. The shortest such label is the one read (the action keeps every word after its verb).
 */
export const readRunOnLabel = (
  clause: Clause,
): { phrase: EventPhrase; index: number; length: number } | undefined => {
  const view = clause.view;
  const start = view.length - view.trimStart().length;
  const words = view.slice(start).split(' ');
  let at = start;
  for (let k = 1; k < Math.min(words.length, 7); k++) {
    at += (words[k - 1] ?? '').length + 1;
    const rest = view.slice(at);
    if (!VERB_START.test(rest) || !/\S\s+\S/.test(rest.trim())) continue;
    const label = view.slice(start, at).trim();
    const phrase = labelEvent(label);
    if (phrase) return { phrase, index: start, length: label.length };
  }
  return undefined;
};

/**
 * The trigger said with an anaphor for a record the sentence before introduced: "We get enquiries through the
 * website form. Whenever a new one comes in, …", "Bookings come in through Calendly. Each time one is cancelled, …".
 * The anaphor ("a new one", "one", "it", "they", "one of them") is replaced by the record's noun, so the event
 * grammars read the clause as they read "Whenever a new enquiry comes in". The record is the noun the sentence
 * before introduced: its subject or its verb's object, never the object of a preposition ("through the website
 * form" says how it comes, not what), read by the noun-phrase reader as a record ("a new enquiry"); when the
 * sentence introduces two records of different events, or none, the anaphor is left as written (refused, quoted).
 * "When that happens" names an event, not a record: it is left to the grammars.
 */
const ANAPHOR =
  /(^|[.!?]\s+)((?:when(?:ever)?|each time|every time|any ?time|once|as soon as)\s+)(a new one|new ones|a new one of (?:these|those|them)|one of (?:these|those|them)|one|it|they|these|those)('s|'re)?(?=\s)/gi;
/** Where a preposition's object starts: its nouns are never the record introduced. */
const PREPOSITION = /^(?:through|via|from|on|in|into|with|by|using|at|to|for|over|under|about|of)$/;

/** A sentence that says a rule of its own (a trigger, a condition, a time) introduces nothing to refer to. */
const STATEMENT_NOT = /\b(?:when|whenever|if|once|every|each|unless|after|before|until)\b|[?:→]|->/i;

/** The words of an event's verb: never part of the noun that names the record ("bookings come in"). */
const NOT_NOUN =
  /^(?:comes?|came|arrives?|lands?|gets?|got|is|are|was|were|goes|go|paid|overdue|cancell?ed|booked|submitted|sent|raised|issued|in|out|up|through|new|online|manually|monthly|weekly|daily|here|there|now)$/;

/** The singular of a plural noun, by its ending ("enquiries" → "enquiry", "bookings" → "booking"). */
const singular = (word: string): string => word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

/** The verbs of a statement of habit: what is before is its subject, what is after its object. */
const HABIT_VERB =
  /^(?:get|gets|got|use|uses|send|sends|receive|receives|take|takes|raise|raises|issue|issues|handle|handles|process|processes|book|books|run|runs|have|has|collect|collects|accept|accepts|manage|manages|keep|keeps|log|logs|submit|submits|fill|fills|make|makes|come|comes|arrive|arrives|land|lands|go|goes|put|puts|do|does)$/;
const ARRIVAL_VERB = /^(?:come|comes|arrive|arrives|land|lands|go|goes|get|gets)$/;
/** Words that are never the record: determiners, pronouns. */
const NOT_RECORD =
  /^(?:a|an|the|our|my|their|your|some|all|any|us|them|we|i|you|they|it|this|that|these|those|every|each)$/;

/** The record nouns of a run of words ("booking form", "enquiry"), each read by the noun-phrase reader. */
const recordsIn = (words: readonly string[]): string[] => {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (PREPOSITION.test(words[i] as string)) break;
    for (const span of [words.slice(i, i + 2), words.slice(i, i + 1)]) {
      if (span.length === 0 || span.some((w) => NOT_NOUN.test(w) || NOT_RECORD.test(w))) continue;
      const noun = [...span.slice(0, -1), singular(span.at(-1) as string)].join(' ');
      const sentenceOf = `a new ${noun}`;
      if (whole(readEventPhrase(sentenceOf), sentenceOf)) {
        found.push(noun);
        i += span.length - 1;
        break;
      }
    }
  }
  return found;
};

/**
 * The records the sentence introduces: its verb's object ("we get enquiries through the form" → enquiry), else its
 * subject when the verb has none ("bookings come in through Calendly" → booking); never a preposition's object.
 */
const introduced = (sentence: string): string[] => {
  const words = sentence
    .toLowerCase()
    .replace(/[^a-z'\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const verb = words.findIndex((w) => HABIT_VERB.test(w));
  if (verb < 0) return [];
  // "fill in consent forms", "send invoices out": the verb's particle is no preposition
  const particle = /^(?:in|out|up|over|back)$/.test(words[verb + 1] ?? '') ? 1 : 0;
  const object = recordsIn(words.slice(verb + 1 + particle));
  // the subject is the record only when the verb takes no object ("bookings come in through Calendly")
  return object.length > 0 || !ARRIVAL_VERB.test(words[verb] as string)
    ? object
    : recordsIn(words.slice(0, verb));
};

/** Who does the habit: a pronoun or a plural noun of people with its determiner ("our members"), nothing more. */
const PEOPLE = '(?:we|i|you|they|(?:(?:our|my|the)\\s+)?[a-z]+s)';
/** How the records come, which picks none of them out: "online", "by hand", "through the portal", "on our site". */
const HOW =
  '(?:\\s+(?:online|manually|by hand|by email|by phone|(?:through|via|on|in|using|with|by)\\s+(?:(?:the|our|a|an)\\s+)?[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?))?';
const ADVERB = '(?:(?:also|usually|normally|often|mostly)\\s+)?';
const ARRIVE =
  '(?:comes?\\s+in|arrives?|lands?|(?:gets?|are|is)\\s+(?:submitted|booked|raised|sent|issued|made|filled\\s+in))';

/**
 * Whether the statement only introduces the record, in the shape "we get enquiries through the website form" or
 * "bookings come in through Calendly": who (a pronoun, or people with a determiner), a verb of habit, the record
 * with at most a determiner, and how it comes. A word more (a modifier of the record, a person picked out, a
 * number, a negation) could restrict which records, and the statement is then left to the grammars.
 */
const onlyIntroduces = (sentence: string, noun: string): boolean => {
  const words = noun.split(' ');
  const last = words.pop() as string;
  const plural = last.endsWith('y') ? `${last.slice(0, -1)}(?:y|ies)` : `${last}s?`;
  const record = `(?:(?:a|an|the|our|all|all our|all the|some)\\s+)?${[...words, plural].join('\\s+')}`;
  const verbs = HABIT_VERB.source.slice(4, -2);
  const shape = new RegExp(
    `^(?:${PEOPLE}\\s+${ADVERB}(?:${verbs})\\s+(?:(?:us|them|in|out|up)\\s+)?${record}(?:\\s+(?:in|out))?|${record}\\s+${ADVERB}${ARRIVE})${HOW}$`,
  );
  // the sentence comes without its full stop (withReferents cuts it at the last one)
  return shape.test(sentence.toLowerCase().trim());
};

export interface Referred {
  /** The request with each anaphor replaced by the record's noun. */
  readonly text: string;
  /** The statements that only introduced the record: taken out, said back as context. */
  readonly introductions: readonly string[];
}

/**
 * The request with each anaphor for a record introduced just before replaced by the record's noun; a statement that
 * only introduced it is taken out (said back as context), one that says more is left for the grammars to read.
 */
export const withReferents = (text: string): Referred => {
  if (!/\b(?:one|it|they|these|those)\b/i.test(text) || text.length > 1000)
    return { text, introductions: [] };
  const introductions: string[] = [];
  const replaced = text.replace(
    ANAPHOR,
    (all, before: string, word: string, anaphor: string, verb: string | undefined, at: number) => {
      const previous = text.slice(0, at + before.length).replace(/[.!?]\s*$/, '');
      const stop = Math.max(previous.lastIndexOf('.'), previous.lastIndexOf('!'), previous.lastIndexOf('?'));
      const sentence = previous.slice(stop + 1).trim();
      // the sentence before is a statement of how things are, not a rule of its own or an order
      if (sentence.length === 0 || STATEMENT_NOT.test(sentence) || VERB_START.test(sentence)) return all;
      const nouns = [...new Set(introduced(sentence))];
      const events = new Set(
        nouns.map((n) => readEventPhrase(`a new ${n}`)?.trigger).map((t) => JSON.stringify(t)),
      );
      const [noun] = nouns;
      if (!noun || events.size !== 1) return all;
      if (onlyIntroduces(sentence, noun)) introductions.push(sentence);
      const article = /^[aeiou]/.test(noun) ? 'an' : 'a';
      const np = /new/.test(anaphor) ? `a new ${noun}` : `${article} ${noun}`;
      return `${before}${word}${np}${verb ? ' is' : ''}`;
    },
  );
  const out = introductions.reduce((t, sentence) => {
    const at = t.indexOf(sentence);
    if (at < 0) return t;
    let end = at + sentence.length;
    while (end < t.length && /[.!\s]/.test(t.charAt(end))) end++;
    return `${t.slice(0, at)}${t.slice(end)}`;
  }, replaced);
  return { text: out, introductions };
};

/**
 * The record as the subject of what should be done to it: "Every submission of the enquiry form should be added to
 * the CRM", "Each new booking needs a confirmation email", "Every paid invoice should trigger a thank-you email".
 * The subject is a quantified noun phrase that the label reading reads as an event ("every paid invoice" → "an
 * invoice is paid"; "every submission of the enquiry form" → "a new enquiry form submission"); what follows is said
 * as the action grammars read it: "should be added …" → "they should be added …" (done to them), "needs / should
 * get a confirmation email" → "they should get a confirmation email" (sent to them), "should trigger / kick off
 * a Slack alert" → "send a Slack alert", "should notify the team" → "notify the team", "should become a lead" → "add
 * them as a lead".
 */
const SUBJECT_FIRST =
  /(^|[.!?] )(?:every|each|all|any) ([a-z][\w'-]*(?: [a-z][\w'-]*){0,7}?) (?:(should|must|will|needs? to|has to|have to|ought to|is to|are to) (?:(be|get|receive|trigger|fire|kick off|generate|start|become|turn into|be turned into) )?|(gets?|needs?|receives?|deserves?|triggers?|fires?|kicks? off|generates?|starts?|becomes?|turns? into) )(?=[a-z#])/gi;

/** What a record becomes: "a lead", "new contacts". */
const AS_RECORD = /^(?:an?\s+)?(?:new\s+)?(?:lead|contact|prospect)s?\b/i;

const TIME_WORD = /^(?:time|times|day|week|month|year|hour|morning|evening|night|weekday|other)\b/i;
/** A participle after "gets": the subject's own event ("gets sent in", "gets paid"), not what it receives. */
const PARTICIPLE_NEXT = /^(?:[a-z]+ed|sent|paid|done|made|set|put|given|taken|booked|filled|cancell?ed)\b/i;

/** The noun phrase said as the event sentence it stands for: "submission of the enquiry form" → "… form submission". */
const subjectEvent = (np: string): string | undefined => {
  for (const sentence of sentences(np)) {
    const phrase = readEventPhrase(sentence);
    if (whole(phrase, sentence)) return sentence;
  }
  return undefined;
};

/** The request with a record said as the subject of its action put as "When …, …". */
export const subjectFirst = (text: string): string => {
  if (!/^(?:every|each|all|any)\s|[.!?]\s+(?:every|each|all|any)\s/i.test(text) || text.length > 1000)
    return text;
  return text.replace(
    SUBJECT_FIRST,
    (
      all,
      before: string,
      np: string,
      modal: string | undefined,
      done: string | undefined,
      verb: string | undefined,
      at: number,
      whole: string,
    ) => {
      // "each time a form …" opens a trigger; "every RSVP gets sent in" is the event itself (gets + participle)
      if (TIME_WORD.test(np) || /\b(?:a|an|the)\b/i.test(np.split(' of ')[0] ?? '')) return all;
      const how = (done ?? verb ?? '').toLowerCase();
      if (/^(?:get|gets)$/.test(how) && PARTICIPLE_NEXT.test(whole.slice(at + all.length))) return all;
      const sentence = subjectEvent(np.toLowerCase());
      if (!sentence) return all;
      // "every enquiry form should become a lead": put on file as one
      const becomes = /^(?:becomes?|turns? into|be turned into)$/.test(how);
      if (becomes && !AS_RECORD.test(whole.slice(at + all.length))) return all;
      const then = becomes
        ? 'add them as '
        : how === 'be'
          ? 'they should be '
          : /^(?:get|gets|needs?|receives?|receive|deserves?)$/.test(how)
            ? 'they should get '
            : /^(?:triggers?|fires?|kicks? off|generates?|starts?)$/.test(how)
              ? 'send '
              : modal && !how
                ? ''
                : undefined;
      return then === undefined ? all : `${before}When ${sentence}, ${then}`;
    },
  );
};
