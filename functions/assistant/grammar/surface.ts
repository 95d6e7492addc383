import { corrected, restarted } from './corrections';
import { DAY_NAMES, dayInEnglish } from './day-names';
import { alt } from './lexicon';
import { NUMBER_SEQUENCE, numberSequencesInDigits } from './number-words';
import { saidFirst } from './said-first';
import { isKnownWord } from './spelling';
import { VERBS } from './split';

/**
 * The surface people type and dictate, put once in canonical words before any grammar reads the request, with a map
 * back to the writer's own words (so what is quoted as not understood is what they wrote):
 *   typed       "pleaseee", "!!!", "??"
 *   dictated    "question mark", "colon", "semicolon", "full stop", "comma", "new line", "quote … end quote",
 *               "hash sales" (#sales), "anna at acme dot com"
 *   fillers     "um", "uh", "er", "okay so", "right so", "basically", "you know", "like" before a step or a number,
 *               "kind of" (never "what kind of", "like" as a wish, "right away", "so that")
 *   numbers     "a hundred and fifty", "a grand", "forty quid", ordinals of a day ("the fifteenth", "twenty first")
 *   times       "seven a m", "five thirty p m", "at six in the evening", "at nine at night"
 *   days        "maandag 9:00", "jeden Freitag", "tous les lundis" (day-names.ts)
 *   corrections "three days no wait make that ten days", "Perth time sorry Brisbane time", "email them actually
 *               scratch that text them" (corrections.ts: what the correction replaces, or a refusal quoting it)
 * Every pass is one left-to-right scan of the text (linear); quoted text ("saying 'um, hi'") is never touched.
 */

/** One replacement made by a pass: [from, to) of its input became `length` characters of its output. */
export interface Edit {
  readonly from: number;
  readonly to: number;
  readonly length: number;
}

export interface Surface {
  /** The canonical text the grammars read. */
  readonly text: string;
  /** A correction whose corrected words cannot be told, in the writer's words: the request is refused quoting it. */
  readonly unclear?: string;
  /** The writer's own words for a fragment of `text` (the fragment itself when it is not in `text`). */
  readonly writers: (fragment: string) => string;
}

type Replace = (match: string, groups: readonly (string | undefined)[], at: number, all: string) => string;

/** Quoted text, left as written. */
const QUOTED = /"[^"]{0,500}"|“[^”]{0,500}”/g;

/** Applies one pass: every match of `re` (global) outside quotes replaced; the edits recorded. */
export const scan = (text: string, re: RegExp, replace: Replace | string): [string, Edit[]] => {
  const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  const edits: Edit[] = [];
  let out = '';
  let last = 0;
  let q = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    const to = at + m[0].length;
    while (q < quoted.length && (quoted[q]?.[1] ?? 0) <= at) q++;
    if (q < quoted.length && (quoted[q]?.[0] ?? Infinity) < to) continue;
    const by =
      typeof replace === 'string'
        ? replace.replace(/\$(\d)/g, (_s, n: string) => m[Number(n)] ?? '')
        : replace(m[0], m.slice(1), at, text);
    if (by === m[0] || at < last) continue;
    out += text.slice(last, at) + by;
    edits.push({ from: at, to, length: by.length });
    last = to;
  }
  return [out + text.slice(last), edits];
};

/** A position of a pass's output back in its input (`end`: the end of a fragment). */
const back = (edits: readonly Edit[], p: number, end: boolean): number => {
  let delta = 0;
  for (const e of edits) {
    const start = e.from + delta;
    if (p <= start) return p - delta;
    if (p < start + e.length) return end ? e.to : e.from;
    delta += e.length - (e.to - e.from);
  }
  return p - delta;
};

const H = '(1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const HOURS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
const hourOf = (h: string): number => HOURS.indexOf(h.toLowerCase()) + 1 || Number(h);
const TENS: Readonly<Record<string, number>> = {
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
const UNITS = 'one two three four five six seven eight nine'.split(' ');
/** Minutes said after the hour: "30", "thirty", "forty five", "oh five". */
const MM = `(\\d{2}|(?:ten|fifteen|twenty|thirty|forty|fifty)(?:[\\s-](?:${UNITS.join('|')}))?|(?:oh|o)\\s(?:${UNITS.join('|')}))`;
const minutesOf = (m: string): number => {
  const [a = '', b = ''] = m.toLowerCase().split(/[\s-]/);
  if (/^\d/.test(a)) return Number(a);
  return (TENS[a] ?? 0) + UNITS.indexOf(b) + 1;
};
const clock = (h: string, m: string | undefined): string => {
  const minutes = m === undefined ? 0 : minutesOf(m);
  return `${hourOf(h)}${m === undefined ? '' : `:${String(minutes).padStart(2, '0')}`}`;
};

const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
const TEENTHS =
  'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );
const suffixed = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const WEEKDAY = `${alt('weekdayStem', '+week')}day`;

/** The passes, in order: each reads what the ones before left. */
const PASSES: readonly (readonly [RegExp, Replace | string])[] = [
  // typed: "!!!", "??", ",,"
  [/([!?])[!?]+|(,)\s?,+/g, '$1$2'],
  // "pleaseee", "sooo", "weeeek": a letter held, back to the word it was (never a word not known either way)
  [
    /\b[a-z]+\b/gi,
    (word, _g, at, all) => {
      // never in an address, a link or a channel ("www.example.com", "#zzz")
      if (
        !/([a-z])\1\1/i.test(word) ||
        /[@./:#-]/.test(all.charAt(at - 1)) ||
        /^[@/-]|^\.[a-z]/i.test(all.slice(at + word.length, at + word.length + 2))
      )
        return word;
      for (const held of ['$1', '$1$1']) {
        const w = word.replace(/([a-z])\1\1+/gi, held);
        if (isKnownWord(w.toLowerCase())) return w;
      }
      return word;
    },
  ],
  // dictated punctuation and marks
  [/\s(?:question mark)\b/gi, '?'],
  [/\s(?:exclamation (?:mark|point))\b/gi, '!'],
  [/\s(?:semi-?colon)\b/gi, ';'],
  [
    /(?<!\b(?:the|a|his|her|their|your|my)\s|^)\b\s?colon(?=\s)(?!\s(?:cancer|screening|check|exam|health|surgery|clinic))/gi,
    ':',
  ],
  [/\b(?:open\s)?quote\s(\S[^"]{0,200}?)\s(?:(?:end|close)\squote|unquote)\b/gi, '"$1"'],
  [/\b(?:hash(?:tag)?)\s(?=[a-z][\w-]{1,40}\b)/gi, '#'],
  // trade names said with "and" ("click and collect bookings", "meet & greet sessions"): one word, never two clauses
  [
    /\b(?:click\s(?:and|&|n)\scollect|meet\s(?:and|&|n)\sgreet|park\s(?:and|&|n)\sride|bed\s(?:and|&|n)\sbreakfast)\b/gi,
    (m) => m.replace(/\s(?:and|&|n)\s/i, '-and-'),
  ],
  [
    /\b([a-z0-9][\w.+-]{0,40})\s(?:at)\s([a-z0-9][\w-]{0,40})\s(?:dot)\s(com|net|org|io|co|uk|au|ca|de|nz|ie)(?:\s(?:dot)\s(uk|au|nz))?\b/gi,
    (_m, [user = '', host = '', tld = '', second]) => `${user}@${host}.${tld}${second ? `.${second}` : ''}`,
  ],
  // steps dictated as a list: "number one … number two …" (in order from one), "bullet point", "dash" before a
  // step, "second"/"next"/"finally" with no comma before them: each step after a comma, as typed
  [
    /\bnumber\s(one|two|three|four|five|six|[1-6])\b\s?/gi,
    (m, [n = ''], _at, all) => {
      const i = ['one', 'two', 'three', 'four', 'five', 'six'].indexOf(n.toLowerCase()) + 1 || Number(n);
      return /\bnumber\s(?:one|1)\b/i.test(all) && /\bnumber\s(?:two|2)\b/i.test(all) ? `${i}) ` : m;
    },
  ],
  [/(^|,?\s)(?:next\s)?bullet(?:\spoint)?\b[,:]?(?=\s|$)/gi, (_m, [at = '']) => (at === '' ? '' : ',')],
  [
    new RegExp(
      `(?<!\\b(?:a|an|the|this|that|their|our|my|your|his|her|its|each|every|one|per))(?:,?\\s)(?:dash|(second(?:ly)?|third(?:ly)?|fourth(?:ly)?|next|lastly|finally|and\\sfinally|and\\slastly))\\s(?=(?:then\\s)?(?:${VERBS})\\b|[a-z]+\\s(?:in|them|him|her|it|the|a|an|their|our|me|us)\\b)`,
      'gi',
    ),
    (m, [ordinal]) => (ordinal ? (m.startsWith(',') ? m : `, ${ordinal} `) : ', '),
  ],
  // fillers: sounds, openers, emphasis, "you know", "kind of", "like" before a step or a number
  // ("ER" in capitals is a department)
  [
    /(^|[\s,])(?:um+|uh+m*|erm+|er|hmm+|ehm+|oh(?=,|\s(?:and|also|yeah|wait|right|ok(?:ay)?)\b))(?=[\s,.!?]|$)[,.]?/gi,
    (m, [at = '']) => (/ER/.test(m) ? m : at),
  ],
  [
    /(^\s*|[.!?;:]\s*)(?:(?:ok(?:ay)?|alright|all right|right|yeah|yes|well|anyway|anyways|and)[\s,]+)*(?:so|ok(?:ay)?|alright|yeah|anyway|anyways)(?:,|\s(?!(?:that|much|many|far|long|as)\b))\s*/gi,
    '$1',
  ],
  [/,?\s?\b(?:basically|literally|essentially|obviously)\b,?(?=\s)/gi, ''],
  [
    /(,?)\s?(?<!\b(?:let|to|do|did|if|would|will|what|that|how|n't|not|us|me|them|never|so|as)\s)\byou know\b(?!\s(?:what|how|when|if|that|about|who|where|why|it|them|him|her|me|us))(,?)/gi,
    (_m, [a, b]) => (a && b ? ',' : ''),
  ],
  [
    /(?<!\b(?:what|this|that|which|the|a|an|any|some|every|each|no|one|other|same|all|those|these)\s)\b(?:kind of|sort of|kinda|sorta)\s/gi,
    '',
  ],
  [
    new RegExp(
      `\\blike(?<=(?:^|[\\s,])(?!(?:i|we|you|they|would|'d|do|don't|also|just|feel|looks?|things?|stuff|something|anything|much|more|exactly|not)\\s)[^\\s,]+,?\\slike),?\\s(?=(?:${VERBS}|\\d|an?\\s(?:grand|week|day|month|fortnight|couple|few)\\b)(?![\\w-])|[a-z]+\\s(?:in|them|him|her|the|their|our|me|us)\\b)`,
      'gi',
    ),
    '',
  ],
  // numbers: "a hundred and fifty", "one thousand five hundred"; "a grand"; "forty quid"
  [/\ba\s(?=(?:hundred|thousand)\b)/gi, 'one '],
  [NUMBER_SEQUENCE, (words) => numberSequencesInDigits(words)],
  // "over a grand", "for a grand" (never "a grand opening")
  [
    /(?<=\b(?:over|above|under|below|than|for|of|worth|about|around|least|most|is|costs?|paid|pay|exceeds?|to|by)\s)a\sgrand\b/gi,
    '1 grand',
  ],
  [
    /(?<=\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\s?)\s?quid\b/gi,
    ' pounds',
  ],
  // a day of the month said as an ordinal: "the twenty first", "on the fifteenth of every month"
  [
    new RegExp(
      `\\b(?:(twenty|thirty)[\\s-](${ORDINALS.join('|')})|(${TEENTHS.join('|')}|thirtieth)|(?<=\\b(?:the|on)\\s)(fourth|fifth|sixth|seventh|eighth|ninth)(?!\\s(?:of\\s(?:the|each|every)\\s)?${WEEKDAY})|(?<=\\bon the\\s)(first|second|third)(?=\\s?(?:[,.;:!?]|$)|\\s(?:at|and|of)\\b|\\s(?:${VERBS})\\b))\\b`,
      'gi',
    ),
    (word, [tens, unit, teenth, small = '', day]) => {
      if (tens && unit)
        return suffixed(
          (tens.toLowerCase() === 'twenty' ? 20 : 30) + ORDINALS.indexOf(unit.toLowerCase()) + 1,
        );
      if (teenth)
        return suffixed(
          teenth.toLowerCase() === 'thirtieth' ? 30 : TEENTHS.indexOf(teenth.toLowerCase()) + 10,
        );
      const ordinal = ORDINALS.indexOf((small || day || '').toLowerCase()) + 1;
      return ordinal > 0 ? suffixed(ordinal) : word;
    },
  ],
  // times said aloud: "seven a m", "five thirty p m", "at six in the evening", "at nine at night"
  [
    new RegExp(
      `\\b${H}(?:[\\s:.]${MM})?\\s?([ap])(?:\\.\\s?|\\s)m\\b\\.?|\\b${H}(?:[\\s:.]${MM})?\\s?([ap]m)\\b`,
      'gi',
    ),
    (all, [h1, m1, ap1, h2, m2, ap2]) => {
      const h = h1 ?? h2 ?? '';
      const m = m1 ?? m2;
      // "7 am", "7:30pm" as typed stay as they are
      if (ap2 && /^\d+$/.test(h) && (m === undefined || /^\d{2}$/.test(m))) return all;
      return `${clock(h, m)}${(ap1 ?? ap2 ?? 'a').charAt(0).toLowerCase()}m`;
    },
  ],
  [
    new RegExp(
      `\\b(?:(at|by|from|until|till|around|before|after)\\s)?${H}(?:[\\s:.]${MM})?(?:\\so'?clock)?\\s(in the morning|in the afternoon|in the evening|at night|tonight)\\b`,
      'gi',
    ),
    (all, [at, h = '', m, part = '']) =>
      hourOf(h) === 12 ? all : `${at ? `${at} ` : ''}${clock(h, m)}${/morning/i.test(part) ? 'am' : 'pm'}`,
  ],
  // "maandag 9:00", "jeden Freitag um 16 Uhr": a day of the week in Dutch, German, French or Spanish (day-names.ts)
  [DAY_NAMES, dayInEnglish],
  [/ {2,}/g, ' '],
];

/** The passes' patterns, analysed as built in test/unit/assistant/surface.test.ts (three are built from word lists). */
export const SURFACE_PATTERNS: readonly RegExp[] = PASSES.map(([re]) => re);

/** The request in canonical words, with the map back to the writer's (see the top of this file). */
export const canonical = (writer: string): Surface => {
  const stages: (readonly Edit[])[] = [];
  let text = writer;
  for (const [re, replace] of PASSES) {
    const [out, edits] = scan(text, re, replace);
    if (edits.length > 0) stages.push(edits);
    text = out;
  }
  const again = restarted(text);
  if (again.edits.length > 0) stages.push(again.edits);
  const fixed = corrected(again.text);
  if (fixed.edits.length > 0) stages.push(fixed.edits);
  const toWriter = (from: number, to: number): string => {
    let [a, b] = [from, to];
    for (let i = stages.length - 1; i >= 0; i--) {
      const edits = stages[i] ?? [];
      [a, b] = [back(edits, a, false), back(edits, b, true)];
    }
    return writer.slice(a, b).trim();
  };
  const final = fixed.text.trim();
  const offset = fixed.text.indexOf(final);
  const writers = (fragment: string): string => {
    const at = final.toLowerCase().indexOf(fragment.toLowerCase());
    return at < 0 || fragment.length === 0 ? fragment : toWriter(offset + at, offset + at + fragment.length);
  };
  const unclear = fixed.unclear ? toWriter(fixed.unclear[0], fixed.unclear[1]) : undefined;
  return unclear ? { text: final, unclear, writers } : { text: final, writers };
};

interface Read {
  readonly ok: boolean;
  readonly notUnderstood: readonly string[];
  readonly problems?: readonly string[];
}

/**
 * Reads the request in canonical words and says back what was not understood in the writer's own ("seven a m
 * post" is quoted as written, not as "7am post"); a correction that cannot be placed is refused, quoted.
 */
export const throughSurface = <R extends Read>(
  writer: string,
  read: (text: string) => R,
  refuse: (problems: readonly string[], quoted: readonly string[]) => R,
): R => {
  const said = canonical(saidFirst(writer)); // who the owner is, times in brackets, a person on Slack
  if (said.unclear)
    return refuse(
      [
        `"${said.unclear}": I could not tell which words the correction replaces; say it once, as you want it`,
      ],
      [said.unclear],
    );
  const result = read(said.text);
  if (said.text === writer.trim()) return result;
  const problems = result.problems?.map((p) =>
    p.replace(/"([^"]+)"/g, (_m, q: string) => `"${said.writers(q)}"`),
  );
  return {
    ...result,
    notUnderstood: result.notUnderstood.map(said.writers),
    ...(problems ? { problems } : {}),
  };
};
