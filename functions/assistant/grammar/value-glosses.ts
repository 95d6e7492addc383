import type { ParseResult } from '../parser';
import { throughBrackets } from './glosses';
import { isTwoKinds, kindGlosses, twoKindsProblem } from './kind-glosses';
import { readPastLabels } from './labels';
import { PERSON, PERSON_PLURAL } from './nouns';
import type { OwnStates } from './own-states';
import { repeatedStep, repeatedStepProblem } from './repeats';
import { LEAD_STATUS_WORDS } from './statuses';

/**
 * A value said in the writer's words with the CRM's own value in brackets right after it (session 33, h5; the wrong
 * workflow of sealed set 30 "if they came from TikTok (source tiktok)", which tested source = "TikTok source
 * tiktok"): the bracket RESTATES the value, it never joins it. Read by shape: a value after "from/via/through/on"
 * (one to three words) and a bracket holding the same field and ONE value ("source tiktok", "source: tiktok",
 * "utm_source = tt", "source is 'TikTok Ads'") → the bracket's value, said back. A bracket that names the field with
 * more than one value, a test word or a number ("source tiktok or ig", "source tiktok only") is no gloss: the request
 * is refused quoting it (the value is never the two joined).
 */

/** "from TikTok (source tiktok)", "via the Insta ad (source: instagram)". */
const SOURCE_GLOSS =
  /\b(from|via|through|on)\s((?:the\s|our\s|an?\s)?[\w.&'-]+(?:\s[\w.&'-]+){0,2}?)\s?\(\s?(?:lead\s|utm[\s_]?)?source\s?(?:[:=]\s?|is\s|of\s)?([^()\s][^()]{0,59}?)\s?\)/gi;

/**
 * "an Avvo lead comes in (source avvo)", "a new LinkedIn lead (source: linkedin)": the word before the person is the
 * source the bracket names (the same word), never a tag as well; read as "a lead … from avvo". A word that is not the
 * bracket's value ("a VIP lead (source avvo)") stays as written: a tag and a source.
 */
const NAMED_SOURCE = new RegExp(
  `\\b(an?|the|any|each|every|our)\\s((?:new\\s)?)([\\w.&'-]{2,30})\\s(${PERSON})(?![\\w'-])([^()]{0,60}?)\\s?\\(\\s?(?:lead\\s)?source\\s?(?:[:=]\\s?|is\\s)?([^()\\s][^()]{0,39}?)\\s?\\)`,
  'gi',
);
const sameWord = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/[^a-z0-9]/g, '') === b.toLowerCase().replace(/[^a-z0-9]/g, '');

/** One value: a word or a few joined by "-", "_", "." (or one quoted phrase); nothing that tests or joins. */
const ONE_VALUE = /^(?:"[^"]{1,40}"|'[^']{1,40}'|[\w.-]{1,40}(?:\s[\w.-]{1,20})?)$/;
const MORE_THAN_A_VALUE =
  /\b(?:or|and|only|not|unless|except|if|when|over|under|above|below|then|plus|also|etc)\b|[,;/]|\d{3,}/i;

/** The problem of a bracket that names the field of the value before it but is no single value. */
export const valueBracketProblem = (said: string): string =>
  `I could not read "${said}": a bracket after a value should give its one value in the CRM ("from TikTok (source tiktok)"); say the test in words ("if the source is tiktok or instagram")`;

/**
 * "all the lapsed subscribers (status lost)": the status of the records a step is about, in brackets after them; the
 * records are found in that status (never each found and tested).
 */
const MANY_STATUS = new RegExp(
  `\\b(?:(?<=\\b(?:the|all|our|my|any|every|each|those|these|of)\\s)(?!(?:the|all|our|my|any|every|each|those|these|of)\\s)([a-z][\\w-]*)\\s)?(${PERSON_PLURAL})\\s?\\(\\s?(?:lead\\s)?(?:status|stage)\\s?(?:[:=]|\\bis\\b)?\\s?([a-z]+(?:\\s[a-z]+)?)\\s?\\)`,
  'gi',
);

export interface ValueGlosses extends OwnStates {
  /** Brackets that name a field but hold more than its one value: refused, quoted. */
  readonly refused: readonly string[];
}

/** The request with each source said in the writer's words read as the value its bracket names. */
export const ownValues = (text: string, statusOf: (word: string) => string | undefined): ValueGlosses => {
  if (!text.includes('(')) return { text, notes: [], refused: [] };
  // "add them to the CRM (source: avvo)": the source a lead is created with, however joined (never a tool's test)
  const created = text.replace(
    /(?<=\b(?:lead|crm|contact|prospect)\s?)\(\s?source\s?(?:[:=]|is\s)\s?/gi,
    '(source ',
  );
  const kinds = kindGlosses(created); // "a new matter (lead)": the noun is the kind the bracket names
  const notes: string[] = [...kinds.notes];
  const refused: string[] = [...kinds.refused];
  const out = kinds.text
    .replace(MANY_STATUS, (whole, own: string | undefined, people: string, word: string) => {
      const status = statusOf(word.toLowerCase());
      if (!status) return whole;
      // "the lapsed subscribers (status lost)": the bracket says what the writer's adjective is in the CRM
      if (own) notes.push(`"${own} ${people}" is read as the status ${status}, as you said in brackets`);
      return `${people} in status ${status}`;
    })
    .replace(
      NAMED_SOURCE,
      (whole, det: string, fresh: string, word: string, person: string, rest: string, value: string) => {
        // "an Avvo lead from the directory (source avvo)": the source said twice, left to the reader of "from"
        if (!sameWord(word, value) || !ONE_VALUE.test(value.trim()) || /\b(?:from|via|through)\b/i.test(rest))
          return whole;
        notes.push(
          `"${word} ${person}" is read as a ${person} from the source ${value.trim()}, as you said in brackets`,
        );
        const article = /^an?$/i.test(det) ? (/^[aeiou]/i.test(fresh || person) ? 'an' : 'a') : det;
        return `${article} ${fresh}${person}${rest} from ${value.trim()}`;
      },
    )
    .replace(SOURCE_GLOSS, (whole, prep: string, said: string, inside: string, at: number, all: string) => {
      const value = inside.trim();
      if (!ONE_VALUE.test(value) || MORE_THAN_A_VALUE.test(value.replace(/^["'].*["']$/, ''))) {
        refused.push(whole.slice(whole.indexOf('(')).trim());
        return whole;
      }
      const bare = value.replace(/^["']|["']$/g, '');
      notes.push(`"${said.trim()}" is read as the source ${bare}, as you said in brackets`);
      // "tiktok-ads", "ig_ad", "TikTok Ads": quoted, so the value is read whole wherever the source stands
      const quoted = /[\s_-]/.test(bare) ? `"${bare}"` : bare;
      // "a new contact comes in from the Just Giving import (source is "justgiving")": the field named on the
      // trigger's noun, its filter (named-source.ts); "if they came from TikTok (source tiktok)" stays a test
      const before = all.slice(0, at);
      const onNoun =
        /\b(?:leads?|contacts?|clients?|customers?|prospects?|enquir(?:y|ies)|inquir(?:y|ies))(?:\s+(?:comes?\s+in|came\s+in|is\s+(?:created|added)|signs?\s+up))?\s*$/i.test(
          before,
        ) && !/\b(?:if|unless|only|except|whether|and|or|but|then)\b[^,.;:→>]*$/i.test(before);
      return onNoun && prep.toLowerCase() === 'from' ? `with source ${quoted}` : `${prep} ${quoted}`;
    });
  return { text: out, notes, refused };
};

/**
 * The canonical request (after the surface pass) read with the writer's values in brackets first (parser.ts): before
 * the other bracket readers (glosses.ts), which would read a bare status in brackets as the trigger's gloss, and the
 * labels; a bracket that is no single value refuses, quoted, and so does a step asked a number of times (repeats.ts).
 */
export const throughValues = (request: string, read: (text: string) => ParseResult): ParseResult => {
  const fail = (problems: readonly string[], notUnderstood: readonly string[]): ParseResult => ({
    ok: false,
    problems,
    notUnderstood,
  });
  const repeated = repeatedStep(request);
  if (repeated) return fail([repeatedStepProblem(repeated)], [repeated]);
  const own = ownValues(request, (w) => LEAD_STATUS_WORDS[w]);
  if (own.refused.length > 0)
    return fail(
      own.refused.map((r) => (isTwoKinds(r) ? twoKindsProblem(r) : valueBracketProblem(r))),
      own.refused,
    );
  const result = throughBrackets(own.text, (t) => readPastLabels(t, read));
  return result.ok && own.notes.length > 0 ? { ...result, notes: [...own.notes, ...result.notes] } : result;
};
