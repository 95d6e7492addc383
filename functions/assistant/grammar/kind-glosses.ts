import { alt } from './lexicon';
import { PERSON, PICKING_WORD } from './nouns';

/**
 * The writer's own noun for a record with the catalogue's kind in brackets right after it (session 34): "a new matter
 * (lead) comes in", "a matter (= a lead in our CRM) is opened", "a PNC (potential new client) books a consultation",
 * "a work order (booking) is cancelled". The bracket says what the noun is, so the noun is read as that kind; it is
 * never a tag ("a new matter lead": leads tagged matter) nor left unread. A bracket naming two kinds ("(lead or
 * booking)") says the noun could be either: refused, quoted, never one of them guessed. A noun phrase with a word
 * that picks some out ("a big matter (lead)") is left as written for the readers that refuse it.
 */

/** What a record is in the catalogue's words, or one of our people (a lead). */
const KIND = `(?:leads?|clients?|customers?|contacts?|prospects?|bookings?|appointments?|meetings?|invoices?|bills?|forms?(?:\\s+submissions?)?|submissions?|payments?|${PERSON})`;
/** "(lead)", "(= a lead)", "(i.e. a new lead)", "(a lead in our CRM)", "(potential new client)". */
const GLOSS = new RegExp(
  `^(?:(?:=|i\\.?e\\.?|aka|a\\.k\\.a\\.|that's|that is|meaning|which is|so)\\s?,?\\s?)?(?:(?:a|an|the|one|our)\\s)?((?:${alt('likelihood', '+new')}\\s){0,2}${KIND})(?:\\s(?:in|on)\\s(?:our|the)\\s(?:crm|system|pipeline|calendar)|\\s(?:record|entry))?$`,
  'i',
);
const TWO_KINDS = new RegExp(`^[^()]*\\b${KIND}\\s(?:or|and|/)\\s(?:an?\\s)?${KIND}\\b`, 'i');

/** After "when", a determiner, "new" and one to three words before a bracket: the trigger's noun phrase. */
const GLOSSED =
  /\b((?:when(?:ever)?|once|if|as soon as|every time|each time|after)\s)(an?|the|any|each|every|our)\s((?:new\s)?)((?:[A-Za-z][\w'-]*\s){0,2}[A-Za-z][\w'-]*)\s?\(([^()]{1,60})\)/gi;

const PICKS = new RegExp(
  `(?:^|\\s)(?:${PICKING_WORD}|vip|hot|warm|cold|trial|paying|existing|returning|premium|enterprise|from|with|over|under|tagged|\\d)`,
  'i',
);
const SAME_KIND = new RegExp(`(?:^|\\s)${KIND}$`, 'i');

export interface KindGlosses {
  readonly text: string;
  readonly notes: readonly string[];
  readonly refused: readonly string[];
}

/** The request with each noun glossed by its kind read as that kind. */
export const kindGlosses = (text: string): KindGlosses => {
  const notes: string[] = [];
  const refused: string[] = [];
  const out = withoutAcronyms(text, notes).replace(
    GLOSSED,
    (whole, when: string, det: string, fresh: string, noun: string, inside: string) => {
      const gloss = inside.trim();
      if (TWO_KINDS.test(gloss)) {
        refused.push(`(${gloss})`);
        return whole;
      }
      const kind = GLOSS.exec(gloss)?.[1];
      // "a pilot invoice (invoice)": already the kind; "a big matter (lead)": a choice among them, for other readers
      if (!kind || SAME_KIND.test(noun) || PICKS.test(noun)) return whole;
      notes.push(
        `"${noun}" is read as ${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}, as you said in brackets`,
      );
      const article = /^an?$/i.test(det) ? (/^[aeiou]/i.test(fresh || kind) ? 'an' : 'a') : det;
      return `${when}${article} ${fresh}${kind}`;
    },
  );
  return { text: out, notes, refused };
};

/** Whether a refused bracket ("(lead or booking)") is one naming two kinds. */
export const isTwoKinds = (said: string): boolean => TWO_KINDS.test(said.replace(/^\(|\)$/g, ''));

/** "a potential new client (PNC)", "the intake form (IF)": the writer's initials for the words before, dropped. */
const ACRONYM = /\b((?:[A-Za-z][\w'-]*\s){1,5})\(([A-Z]{2,6})\)/g;
const withoutAcronyms = (text: string, notes: string[]): string =>
  text.replace(ACRONYM, (whole, words: string, initials: string) => {
    const said = words.trim().split(/\s+/).slice(-initials.length);
    if (said.map((w) => w.charAt(0).toUpperCase()).join('') !== initials) return whole;
    notes.push(`"(${initials})" is read as your short name for "${said.join(' ')}"`);
    return words.trimEnd();
  });

/** The problem of a bracket naming two kinds. */
export const twoKindsProblem = (said: string): string =>
  `${said}: a workflow starts on one kind of record; say which one it is (a lead, a booking, an invoice, a form)`;
