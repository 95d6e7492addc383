import { LEAD_STATUS_WORDS } from './statuses';

/**
 * An event phrase written with a learner's verb form, put in the form the event shapes read (events.ts). The verb
 * of the subject is found whatever its inflection, tense, aspect or voice: bare or -s ("a lead pass", "client
 * writes"), past ("a lead booked"), progressive ("is sending", "is getting updated"), be/get + participle ("is
 * failed", "gets paid", "has been cancelled"), auxiliaries ("did pay", "will book"); an odd determiner ("some",
 * "one", none) is kept, since the shapes read it. Only verbs some event says are looked up (EVENT_VERBS), by their
 * base form, so an unknown verb is never guessed; the rewritten phrase must then be read by the same shapes as any
 * other, so a form that fits no event stays unread. Two meanings are mapped by the catalogue, not by the words:
 * a move to a lead status said with any verb of motion ("pass to the status customer", "is put on lost") and a
 * message to us said with any verb of writing ("writes us email", "send email to us").
 */

/** Base forms of the verbs the event shapes say (after the subject), with their particles left as written. */
const EVENT_VERBS = new Set(
  'add create capture import register enter save sign generate receive come arrive join subscribe enrol enroll show appear land book schedule reserve set request make cancel call delete remove pay settle clear fail error break crash complete finish succeed start begin kick upload update change modify edit replace rename revise overwrite store share drop submit fill send reply respond answer write email message contact reach get become turn convert move mark tag close win lose go issue raise draft confirm qualify pass put switch expire give throw return annul realize realise effectuate emit'.split(
    ' ',
  ),
);

/** Verbs that take no object: "a workflow is failed" is the workflow failing (the learner's passive of "fail"). */
const INTRANSITIVE = new Set(
  'fail error crash break complete finish succeed start begin come arrive join subscribe enrol enroll appear land reply respond answer'.split(
    ' ',
  ),
);

/** Verbs of motion that, before a lead status, say the lead moved to it. */
const MOTION = new Set('pass put move go change switch turn enter set mark become'.split(' '));
/** Verbs of writing that, with us as the receiver, say an email came in. */
const WRITING = new Set('send write email message mail'.split(' '));

const IRREGULAR: Readonly<Record<string, string>> = {
  sent: 'send',
  wrote: 'write',
  written: 'write',
  made: 'make',
  paid: 'pay',
  got: 'get',
  gotten: 'get',
  came: 'come',
  went: 'go',
  gone: 'go',
  broke: 'break',
  broken: 'break',
  began: 'begin',
  begun: 'begin',
  won: 'win',
  lost: 'lose',
  became: 'become',
  gave: 'give',
  given: 'give',
  threw: 'throw',
  thrown: 'throw',
  put: 'put',
  set: 'set',
};

const PARTICIPLE: Readonly<Record<string, string>> = {
  send: 'sent',
  write: 'written',
  make: 'made',
  pay: 'paid',
  get: 'got',
  come: 'come',
  go: 'gone',
  break: 'broken',
  begin: 'begun',
  win: 'won',
  lose: 'lost',
  become: 'become',
  put: 'put',
  set: 'set',
  cancel: 'cancelled',
  submit: 'submitted',
  drop: 'dropped',
  enrol: 'enrolled',
};

const THIRD: Readonly<Record<string, string>> = { go: 'goes', do: 'does', have: 'has' };

/** False friends of the events' verbs, by their meaning ("a meeting is annulled", "a booking is realized"). */
const MEANS: Readonly<Record<string, string>> = {
  annul: 'cancel',
  realize: 'make',
  realise: 'make',
  effectuate: 'make',
  emit: 'issue',
};

/** The base form of a verb form, when it is one of the event verbs. */
export const lemmaOf = (word: string): string | undefined => {
  const w = word.toLowerCase();
  const candidates = [IRREGULAR[w] ?? w];
  const stem = (cut: number) => w.slice(0, w.length - cut);
  const undoubled = (s: string) => (/([bdglmnprt])\1$/.test(s) ? s.slice(0, -1) : s);
  if (w.endsWith('ies') || w.endsWith('ied')) candidates.push(`${stem(3)}y`);
  if (w.endsWith('es')) candidates.push(stem(2));
  if (w.endsWith('s')) candidates.push(stem(1));
  if (w.endsWith('ed')) candidates.push(stem(2), stem(1), undoubled(stem(2)));
  if (w.endsWith('ing')) candidates.push(stem(3), `${stem(3)}e`, undoubled(stem(3)));
  const found = candidates.find((c) => EVENT_VERBS.has(c));
  return found ? (MEANS[found] ?? found) : undefined;
};

const thirdOf = (lemma: string): string =>
  THIRD[lemma] ??
  (/(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`);

const participleOf = (lemma: string): string =>
  PARTICIPLE[lemma] ??
  (lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const GET = new Set(['get', 'gets', 'got', 'getting', 'gotten']);
const AUX = new Set([...BE, ...GET, 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'shall']);
/** Words that end a subject without being a verb: a clause boundary, a pronoun object, a preposition. */
const NOT_SUBJECT = /^(?:if|then|and|or|but|to|from|with|by|in|on|at|for|of|us|me|him|her|them|it|not|no)$/;

/** A rewritten start of the phrase: `said` characters of the original read as `text`. */
export interface Regularised {
  readonly text: string;
  readonly said: number;
}

const STATUS_AFTER =
  /^\s+(?:(?:to|on|in|into|as|at)\s+)?(?:the\s+)?(?:(?:status|stage|state|column)\s+(?:of\s+)?)?(?:an?\s+)?([a-z]+(?:\s[a-z]+)?)/;
const TO_US_FIRST = /^\s+(?:to\s+)?(?:us|me)\s+(?:an?\s+|the\s+)?(?:e-?mail|mail|message)s?(?![\w-])/;
const TO_US_AFTER = /^\s+(?:an?\s+|the\s+)?(?:e-?mail|mail|message)s?\s+to\s+(?:us|me)(?![\w-])/;
const TO_US_ONLY =
  /^\s+(?:to\s+)?(?:us|me|(?:the\s+|our\s+)?(?:support|sales|team|office|company|shop|store|inbox|help\s?desk))(?![\w-])/;
/** "a workflow give an error", "a run returns errors": it fails. */
const AN_ERROR = /^\s+(?:an?\s+|some\s+)?(?:error|errors|exception|failure)(?![\w-])/;

/** A status after a verb of motion and its preposition ("to the status customer"; "becomes lost" needs none). */
const statusAfter = (rest: string, bare: boolean): { length: number; status: string } | undefined => {
  const m = STATUS_AFTER.exec(rest);
  if (!m?.[1] || (!bare && !/^\s+(?:to|on|in|into|as|at)\s/.test(m[0]))) return undefined;
  const [one = '', two] = m[1].split(' ');
  const words = two !== undefined && `${one} ${two}` in LEAD_STATUS_WORDS ? `${one} ${two}` : one;
  if (!(words in LEAD_STATUS_WORDS)) return undefined;
  return { length: m[0].length - m[1].length + words.length, status: words };
};

const DETERMINER = /^(?:a|an|the|some|any|one|each|every|all|our|my|new|fresh|incoming)$/;

/** The readings of `text` with its verb at word `i`, most likely first. */
const readingsAt = (text: string, words: readonly RegExpExecArray[], at: number): Regularised[] => {
  const first = words[at - 1];
  if (!first || words.slice(0, at).every((w) => DETERMINER.test(w[0]))) return [];
  // "one lead answers": one of them, said with the numeral
  const subject = text.slice(0, first.index + first[0].length).replace(/^(\s*)one\s/, '$1a ');
  const aux: string[] = [];
  let i = at;
  while (
    AUX.has(words[i]?.[0] ?? '') &&
    !(GET.has(words[i]?.[0] ?? '') && !lemmaOf(words[i + 1]?.[0] ?? ''))
  ) {
    aux.push(words[i]?.[0] ?? '');
    i++;
  }
  const verb = words[i];
  const lemma = verb ? lemmaOf(verb[0]) : undefined;
  if (!verb || !lemma || aux.length > 3) return [];
  const end = verb.index + verb[0].length;
  const rest = text.slice(end);
  const passive = aux.some((a) => BE.has(a) || GET.has(a)) && !verb[0].endsWith('ing');
  const out: Regularised[] = [];
  const status = MOTION.has(lemma) ? statusAfter(rest, /^(?:become|turn)$/.test(lemma)) : undefined;
  if (status) out.push({ text: `${subject} moves to ${status.status}`, said: end + status.length });
  if (lemma === 'expire') out.push({ text: `${subject} is overdue`, said: end });
  const error = /^(?:give|throw|return|have)$/.test(lemma) ? AN_ERROR.exec(rest) : null;
  if (error) out.push({ text: `${subject} fails`, said: end + error[0].length });
  if (WRITING.has(lemma) && !passive) {
    const us = TO_US_FIRST.exec(rest) ?? TO_US_AFTER.exec(rest) ?? TO_US_ONLY.exec(rest);
    if (us) out.push({ text: `${subject} emails us`, said: end + us[0].length });
  }
  const plural = /^(?:we|i|they|you|people)$/.test(subject.trim());
  const active = { text: `${subject} ${plural ? lemma : thirdOf(lemma)}`, said: end };
  const done = { text: `${subject} is ${participleOf(lemma)}`, said: end };
  if (passive) out.push(done, ...(INTRANSITIVE.has(lemma) ? [active] : []));
  else if (/ed$/.test(verb[0]) || IRREGULAR[verb[0]]) out.push(active, done);
  else out.push(active);
  return out.filter((r) => r.text !== text.slice(0, r.said));
};

/**
 * The ways `text` (an event phrase at its start) can be read with its verb regularised, most likely first: the
 * verb may stand after a subject of one to four words (never a clause word, a pronoun object or a preposition).
 */
export const regularised = (text: string): Regularised[] => {
  const words = [...text.matchAll(/[a-z][\w'-]*/g)].slice(0, 10);
  for (let at = 1; at <= 4 && at < words.length; at++) {
    if (NOT_SUBJECT.test(words[at - 1]?.[0] ?? '')) break;
    const word = words[at]?.[0] ?? '';
    const next = words[at + 1]?.[0] ?? '';
    // the subject's verb: the first verb form after a word that is not a determiner ("a booking request is made":
    // a noun that is also a verb, before another verb, is still the subject)
    if (!AUX.has(word) && (!lemmaOf(word) || AUX.has(next))) continue;
    if (words.slice(0, at).every((w) => DETERMINER.test(w[0]))) continue;
    return readingsAt(text, words, at);
  }
  return [];
};
