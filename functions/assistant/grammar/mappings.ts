/**
 * A sentence that only maps the writer's words to others (session 34, class 3 of fresh sets 31/32): "Retainer paid =
 * client signed.", "PNC = potential new client.", "Booked means the consult is booked." It is never a step:
 *   - when the rest of the request uses one side ("when a client signs", "when a PNC books"), that use is read as the
 *     other side ("when a retainer is paid", "when a potential new client books") and the mapping is said back;
 *   - when the rest uses neither side, the mapping is context, said back;
 *   - when the rest names a side's words in a way not read here, the mapping stays for the grammars (refused, quoted).
 * Fields and values ("status = customer", "lead.stage = won") are notation, never a mapping: left to its reader.
 */

/** One side of a mapping: one to five plain words. */
const SIDE = /^[A-Za-z][\w'&/-]*(?:\s[A-Za-z][\w'&/-]*){0,4}$/;

/** "X = Y.", "X means Y, for us.": the two sides, found with string methods (no pattern trading spaces). */
const sidesOf = (sentence: string): [string, string] | undefined => {
  let s = sentence.trim();
  if (s.endsWith('.') || s.endsWith('!')) s = s.slice(0, -1).trimEnd();
  for (const tail of [', for us', ', in our case', ', here', ', basically'])
    if (s.endsWith(tail)) s = s.slice(0, -tail.length);
  const eq = s.indexOf('=');
  const means = s.indexOf(' means ');
  const [left, right] =
    eq >= 0
      ? [s.slice(0, eq), s.slice(s.startsWith('==', eq) ? eq + 2 : eq + 1)]
      : means >= 0
        ? [s.slice(0, means), s.slice(means + 7)]
        : ['', ''];
  const a = left.trim();
  const b = right.trim();
  return SIDE.test(a) && SIDE.test(b) ? [a, b] : undefined;
};

/** A field, a value or a rule word: the sentence is notation or a rule, not a mapping of words. */
const NOT_WORDS =
  /\b(?:status|stage|tag|tags|source|value|field|owner|type|amount|total|priority|score|id|true|false|null|yes|no|when|if|then|send|email|notify|post|mark|set|update|over|under|above|below|more|less|than|least|most|between|event|trigger|action|step|workflow|condition|filter|channel|recipient|subject|body|template|to|from)\b|[._\d]/i;

/** Verbs the catalogue's events are said with: a side that uses one is read as it is. */
const EVENT_STEM =
  /^(?:pay|settle|book|cancel|submit|create|add|receive|win|lose|confirm|complete|fill|schedule|reschedule|upload|update|register|join|subscribe|reply|respond|make|send)$/;

const IRREGULAR: Readonly<Record<string, string>> = {
  paid: 'pay',
  sent: 'send',
  won: 'win',
  lost: 'lose',
  made: 'make',
  done: 'do',
  got: 'get',
  signed: 'sign',
};

/** "signed" → "sign", "booked" → "book", "paid" → "pay". */
const stemOf = (participle: string): string | undefined => {
  const w = participle.toLowerCase();
  if (Object.hasOwn(IRREGULAR, w)) return IRREGULAR[w];
  if (/ied$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/([^aeiou])\1ed$/.test(w)) return w.slice(0, -3);
  if (/ed$/.test(w)) return w.slice(0, -2);
  return undefined;
};

interface Side {
  readonly words: string;
  /** "retainer paid": the noun and the verb's stem. */
  readonly noun?: string;
  readonly stem?: string;
  readonly participle?: string;
}

const sideOf = (words: string): Side => {
  const parts = words.trim().split(/\s+/);
  const last = parts.at(-1) ?? '';
  const stem = parts.length >= 2 && parts.length <= 3 ? stemOf(last) : undefined;
  return stem
    ? {
        words: words.trim(),
        noun: parts.slice(0, -1).join(' ').toLowerCase(),
        stem,
        participle: last.toLowerCase(),
      }
    : { words: words.trim() };
};

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The uses of a side in `text`, as a pattern. */
const usesOf = (side: Side): RegExp =>
  side.noun && side.stem
    ? new RegExp(
        String.raw`\b(?:(?:a|an|the|our|their|any)\s)?${literal(side.noun)}s?\s(?:(?:is|are|gets|get|has been|have been|was|were)\s)?(?:${literal(side.stem)}(?:s|es|ed|d)?|${literal(side.participle ?? '')})\b`,
        'gi',
      )
    : ACRONYM.test(side.words)
      ? new RegExp(String.raw`\b${literal(side.words)}(s?)\b`, 'g')
      : new RegExp(String.raw`\b${literal(side.words)}(s?)\b`, 'gi');

/** "PNC", "PL": an abbreviation, matched as written; any other single word is never replaced. */
const ACRONYM = /^[A-Z]{2,6}$/;

/** What a use of `from` becomes in the words of `to`. */
const said = (to: Side, plural: boolean): string | undefined => {
  if (to.noun && to.participle)
    return `${/^[aeiou]/i.test(to.noun) ? 'an' : 'a'} ${to.noun} is ${to.participle}`;
  if (to.noun) return undefined;
  return plural ? `${to.words}s` : to.words;
};

export interface Mapped {
  /** The rest of the request, each use of a side read as the other. */
  readonly text: string;
  /** Whether the mapping can be left out (used and read, or not used at all). */
  readonly settled: boolean;
}

/** Reads a mapping sentence against the rest of the request; undefined when the sentence is no mapping. */
export const mapped = (sentence: string, rest: string): Mapped | undefined => {
  const sides = sidesOf(sentence);
  if (!sides || NOT_WORDS.test(sides[0]) || NOT_WORDS.test(sides[1])) return undefined;
  const a = sideOf(sides[0]);
  const b = sideOf(sides[1]);
  const usesA = [...rest.matchAll(usesOf(a))];
  const usesB = [...rest.matchAll(usesOf(b))];
  if (usesA.length === 0 && usesB.length === 0) {
    // neither side used as a whole: context, unless a side's noun or verb is named some other way ("has signed")
    const words = [a, b].map((s) => s.stem ?? s.words).filter((w) => w.length > 1);
    const named = words.some((w) => new RegExp(String.raw`\b${literal(w)}`, 'i').test(rest));
    return { text: rest, settled: !named };
  }
  if (usesA.length > 0 && usesB.length > 0) return { text: rest, settled: false };
  const [from, to] = usesA.length > 0 ? [a, b] : [b, a];
  // a single word that is no abbreviation ("matter", "a"): too common to read as the other side
  if (!from.noun && !ACRONYM.test(from.words) && from.words.split(/\s+/).length === 1)
    return { text: rest, settled: false };
  // the side used is already in the catalogue's words ("when an invoice is paid"), or is the longer of a
  // abbreviation and its phrase ("prospective lead" for "PL"): read as written
  if (
    (from.stem && EVENT_STEM.test(from.stem)) ||
    (!from.noun && !to.noun && from.words.split(/\s+/).length > 1)
  )
    return { text: rest, settled: true };
  let ok = true;
  const text = rest.replace(usesOf(from), (use: string, plural?: string) => {
    const instead = said(to, !!plural && plural.length > 0);
    if (!instead) ok = false;
    return instead ?? use;
  });
  return ok ? { text, settled: true } : { text: rest, settled: false };
};
