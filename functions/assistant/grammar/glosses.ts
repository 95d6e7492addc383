import { WHERE_FROM } from './event-nouns';
import { MEANINGFUL_LEFTOVER_WORDS, VERB_INSIDE } from './remarks';
import { VERB_START } from './split';
import { LEAD_STATUS_WORDS } from './statuses';

/**
 * What writers put in brackets after a phrase (session 32, h4; class C1 of the development set 17): their own words
 * said again in the catalogue's ("When a prospect signs (lead status -> customer)", "On completion (lead moved to
 * customer)", "get the account manager to chase (just notify them)", "New client onboarding (when a lead becomes a
 * customer):"), examples of what the phrase covers ("a file (runbooks, SOPs etc)"), or the name of whoever a role is
 * now ("the on-call tech (currently Priyesh)"). Read by SHAPE, not by phrase:
 *   - a GLOSS reads as a clause of the same kind as the phrase it follows (an event after "when/on/upon", an action
 *     after an action): it replaces that phrase, its pronoun ("them", "him", "it") taking the phrase's person or
 *     thing;
 *   - EXAMPLES (a list ending in "etc", "such as …", "e.g. …") and a NAME after a role are framing: dropped and said
 *     back.
 * These are other readings of a request the parser refused as written; parser.ts keeps the first that reads (the
 * writer's text is never changed when it reads as it is). A phrase a gloss would replace must not carry a
 * restriction (a number, an amount, a quote, a name, "only", "from", "over", "VIP" …): then nothing is replaced and the
 * refusal stands, quoting it. Bounded: at most three brackets of at most 120 characters, in requests of at most 600.
 */

export interface Reading {
  readonly text: string;
  readonly note: string;
  /** A gloss of the trigger: the writer's own restatement, read before the words it restates. */
  readonly first: boolean;
}

const BRACKET = /\(([^()\n]{2,120})\)/g;

/** "(runbooks, SOPs etc)", "(e.g. proofs)", "(such as menus or rotas)": examples of what the phrase before covers. */
const EXAMPLES_FIRST = /^(?:e\.?g\.?|eg|for example|for instance|such as|like|incl\.?|including)[\s,:]/i;
const EXAMPLES_LAST = /[\s,](?:etc|and so on|and the like|and such|or similar|and more)\.?$/i;

/** "(currently Priyesh)", "(that's Dave)", "(Priyesh for now)": who a role is, said in passing. */
const NAME =
  /^(?:(?:currently|usually|normally|mostly|right now|at the moment|atm|this week|that's|that is|i\.?e\.?|aka)\s+)?[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?(?:\s+(?:for now|right now|at the moment|atm|this week|usually))?$/;
const NAME_MARKER =
  /^(?:currently|usually|normally|mostly|right now|at the moment|atm|this week|that's|that is|i\.?e\.?|aka)\s|\s(?:for now|right now|at the moment|atm|this week|usually)$/i;
/** The phrase a bare name follows must end in a person's role: "the on-call tech (Priyesh)", "our office manager (Jo)". */
const ROLE_BEFORE =
  /\b(?:the|our|my|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:[\w-]*(?:er|or|ist|ian|ant|ent)|tech|officer|adviser|advisor|person|guy|lead|head|chef|boss|rep|admin|assistant|director|owner|dispatch|partner|broker|planner|agent|engineer)s?\s*$/i;

/** Where the phrase a bracket follows begins: a sentence or list mark, a comma, a bracket, a dash, an arrow, "and"/"then". */
const BOUNDARY = /[.;:!?\n,()]|\s[-–—]\s|->|→|=>|\s(?:and|then)\s/g;

/** The words that open a trigger clause; "on/upon completion" is a trigger said as a noun. */
const OPENER = /^(when(?:ever)?|once|after|as soon as|every time|each time|on|upon|if)\s+/i;
const TRIGGER_WORD = /^(?:when(?:ever)?|once|after|as soon as|every time|each time|if)\s/i;

/** A clause that says something happens: a verb, a participle or a change. */
const PREDICATE =
  /\b(?:is|are|was|were|gets?|got|becomes?|became|moves?|changes to|goes|went|turns?|comes?|came|arrives?|lands?|[a-z]{2,}ed|paid|made|sent|done|won|lost)\b/i;

/** What a replaced phrase must not carry: numbers, money, quotes, and the words that choose records or times. */
const RESTRICTS =
  /[\d$€£"'⟦]|\b(?:only|just for|vip|from|tagged|with|without|over|under|above|below|more|less|than|least|most|except|unless|not|no|for|big|large|small|high|low|premium|first|last|final|late|early|before|until|by|during|every|each|all|any|some|other|urgent|overdue|unpaid|paid|lost|won|qualified|hot|cold)\b/i;

const PRONOUN = /\b(them|him|her|it)\b/i;
/** The person or thing a pronoun in a gloss stands for: the last "the/our/my X" or name in the replaced phrase. */
const PERSON_OR_THING =
  /\b(?:(?:the|our|my|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z-]+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b/g;

/** A capitalised word after the first (a name, a place, a product) must reach the replacement. */
const capitalsCarried = (phrase: string, replacement: string): boolean =>
  [...phrase.matchAll(/(?<=\s)[A-Z][\w'-]*/g)].every(([word]) => replacement.includes(word));

/** A noun phrase that names a person: a name, or a head that is a role ("the account manager", "our client"). */
const PERSON_HEAD =
  /(?:^[A-Z]|(?:er|or|ist|ian|ant|ent|tech|officer|adviser|advisor|person|guy|lead|head|chef|boss|rep|admin|team|staff|crew|people|guest|patient|family|everyone)s?$)/;

/** Words that end no noun phrase. */
const NOT_HEAD =
  /^(?:the|our|my|their|his|her|a|an|to|for|with|on|in|at|of|and|or|about|from|by|as|up|out|off|over)$/i;

/**
 * Who or what a pronoun of the gloss stands for: the last person ("them", "him", "her") or thing ("it") the phrase
 * names. None found: a phrase that names something else leaves the gloss unread (never the wrong one); a phrase that
 * names nothing keeps the pronoun, which is then the trigger's person as everywhere else.
 */
const referentOf = (phrase: string, pronoun: string): string | null | undefined => {
  const found = [...phrase.matchAll(PERSON_OR_THING)].map(([np]) => np);
  const fits = found.flatMap((np) => {
    // "the account manager to": the longest start of the match that ends in a noun of the right kind
    const words = np.split(' ');
    for (let k = words.length; k >= 1; k--) {
      const head = words.slice(0, k).join(' ');
      const last = words[k - 1] ?? '';
      if (NOT_HEAD.test(last)) continue;
      if (pronoun === 'it' ? !PERSON_HEAD.test(head) : PERSON_HEAD.test(head)) return [head];
    }
    return [];
  });
  return fits.at(-1) ?? (found.length === 0 ? null : undefined);
};

/** The gloss as the grammars read it: an arrow or "=" between a field and its value says what it changes to. */
const asClause = (gloss: string): string =>
  gloss
    .replace(/->|→|=>|=/g, ' changes to ')
    .replace(/\s+/g, ' ')
    .replace(/^(?:i\.?e\.?|aka|so|changes to)\s+/i, '')
    .trim();

/** What follows a bracket; a new sentence it began without a stop ("(just notify them) Thanks") gets one. */
const after = (text: string, close: number): string => {
  const rest = text.slice(close);
  return /^\s+[A-Z]/.test(rest) ? `.${rest}` : rest;
};

/** "won", "lost or qualified", "closed won": statuses and nothing else (no record, no verb). */
const onlyStatuses = (gloss: string): boolean => {
  const words = gloss
    .toLowerCase()
    .split(/[\s,/]+/)
    .filter((w) => w && !/^(?:or|and|either)$/.test(w));
  for (let i = 0; i < words.length; i++) {
    if (Object.hasOwn(LEAD_STATUS_WORDS, `${words[i]} ${words[i + 1]}`)) i++;
    else if (!Object.hasOwn(LEAD_STATUS_WORDS, words[i] ?? '')) return false;
  }
  return words.length > 0;
};

const glossed = (text: string, open: number, close: number, inner: string): Reading | undefined => {
  const before = text.slice(0, open);
  const last = [...before.matchAll(BOUNDARY)].at(-1);
  const from = last ? last.index + last[0].length : 0;
  const start = from + (before.slice(from).length - before.slice(from).trimStart().length);
  const phrase = before.slice(from).trim();
  if (phrase.length === 0 || phrase.split(/\s+/).length > 8) return undefined;
  const gloss = asClause(inner);
  const opener = OPENER.exec(phrase);
  let replacement: string;
  // a trigger's gloss says what happens ("lead moved to customer"); a bare field or value ("location 'Reading'") is a
  // restriction on the phrase, never its restatement
  if (opener?.[1] && (!PREDICATE.test(gloss) || /['"⟦]/.test(gloss))) return undefined;
  // "(status lost)", "(stage won)": a field and its value, no verb; what changes to it is the verb's (value-glosses.ts)
  if (opener?.[1] && /^(?:the\s+)?(?:lead\s+)?(?:status|stage)\s+(?!changes\b)/i.test(gloss))
    return undefined;
  // "a matter is closed (won)": a status alone names no record, so it restates no event (own-states.ts reads a
  // person's state said that way); read as the trigger it would start on every lead
  if (opener?.[1] && onlyStatuses(gloss)) return undefined;
  if (opener?.[1] && !TRIGGER_WORD.test(gloss)) {
    const word = /^(?:on|upon)$/i.test(opener[1]) ? 'when' : opener[1];
    replacement = `${word} ${gloss}`;
  } else if (TRIGGER_WORD.test(gloss)) replacement = gloss;
  else if (VERB_START.test(gloss.replace(/^just\s+/i, ''))) {
    const pronoun = PRONOUN.exec(gloss)?.[1]?.toLowerCase();
    // "chase them (send them a reminder)": the same pronoun in both is the same person, said before the phrase
    const same =
      pronoun !== undefined &&
      phrase
        .toLowerCase()
        .split(/[^a-z]+/)
        .includes(pronoun);
    const referent = pronoun && !same ? referentOf(phrase, pronoun) : null;
    if (referent === undefined) return undefined;
    replacement = referent ? gloss.replace(PRONOUN, referent) : gloss;
  } else return undefined;
  const words = opener ? phrase.slice(opener[0].length) : phrase;
  if (RESTRICTS.test(words) || !capitalsCarried(words, replacement)) return undefined;
  return {
    text: `${text.slice(0, start)}${replacement}${after(text, close)}`,
    note: `"(${inner.trim()})" read as your words for "${phrase}"`,
    first: opener !== null || TRIGGER_WORD.test(gloss),
  };
};

/**
 * Session 39: a bracket that only remarks — a guess ("(probably a PT package)", "(maybe a trial)") or what the message
 * before it holds ("our welcome email with the intro offer (first week $20)", "the pre-class tips email (eat light,
 * arrive 10 min early)", "the closing checklist (lights, AC, till, doors)"). Never one that could say who, when,
 * which records or whether: a test word ("only", "unless", "not", "over", a weekday …), an action, a clock time, a
 * delay ("(10 min early)", "(within 2 days)"), an address or a channel keeps the refusal.
 */
const HEDGE =
  /^(?:probably|maybe|perhaps|possibly|likely|most likely|presumably|i think|i guess|i reckon)\s/i;
const MESSAGE_BEFORE =
  /\b(?:send|email|e-mail|post|message|text|forward|share|drop|shoot)\b[^.;:!?()]*\b(?:e-?mails?|messages?|msg|note|checklist|offer|tips|reminder|link|pack|info|details|survey|newsletter|list|agenda|update|template|guide)(?:\s+(?:in|to|on)\s+#[\w-]+)?\s*$/i;
const TIMED =
  /@|#|[<>=]|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b(?:in|within|after|before|by|from|until|till)\s+(?:\d|the\s+(?:next|end)|next|tomorrow|tonight|today|noon|midnight|they|it)|\b(?:later|tomorrow|tonight|weekdays?|unless|except)\b/i;
const LEADING_DELAY =
  /^\s*(?:\d+|an?|one|two|three|half\s+an?)\s?(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?)\b/i;
/** Words that could choose the records ("(vip)", "(hot leads)", "(qualified)"): then a filter, not a remark. */
const CHOOSES =
  /\b(?:vips?|tags?|tagged|status|stage|source|value|leads?|hot|cold|warm|premium|members?|paid|unpaid|overdue|just)\b/i;
const namesStatus = (inner: string): boolean => {
  const words = inner.toLowerCase().split(/[^a-z]+/);
  return words.some(
    (w, i) => Object.hasOwn(LEAD_STATUS_WORDS, w) || Object.hasOwn(LEAD_STATUS_WORDS, `${w} ${words[i + 1]}`),
  );
};
const onlyRemarks = (inner: string): boolean =>
  !CHOOSES.test(inner) &&
  !namesStatus(inner) &&
  !MEANINGFUL_LEFTOVER_WORDS.test(inner) &&
  !TIMED.test(inner) &&
  !VERB_START.test(inner.replace(HEDGE, '')) &&
  !VERB_INSIDE.test(` ${inner}`) &&
  !inner.split(',').some((part) => LEADING_DELAY.test(part));

/**
 * "at 07:00 and 19:00 (shift handover)", "worth more than £1,000 (intensive course)", "tagged 'comeback' (warranty
 * redo)", "marked qualified (referencing passed)": a plain name for the time, amount, tag or status just said. Only
 * lower-case words that choose nothing (no source, no size, no record) after a number, a clock, a quote or a status:
 * "(instagram)", "(big groups)", "(deposit paid)" are left to the readers.
 */
const NAMED_BEFORE = /(?:\d|\b(?:am|pm|noon|midday|midnight|daily|weekly|monthly|every\sday)|["'”’⟧])\s*$/i;
const namesWhatIsSaid = (before: string, inner: string): boolean => {
  const words = inner.trim().split(/[\s,&]+/);
  return (
    (NAMED_BEFORE.test(before) ||
      Object.hasOwn(LEAD_STATUS_WORDS, before.trimEnd().split(/\W/).pop() ?? '')) &&
    /^[a-z][a-z ,-]{2,40}$/.test(inner.trim()) &&
    words.length <= 4 &&
    !words.some((w) => WHERE_FROM.test(w)) &&
    !RESTRICTS.test(inner)
  );
};

const dropped = (text: string, open: number, close: number, inner: string): Reading | undefined => {
  const before = text.slice(0, open);
  const examples = EXAMPLES_FIRST.test(inner.trim()) || EXAMPLES_LAST.test(inner.trim());
  // a name in lower case ("(currently jo)") only with its marker and after a role
  const role = ROLE_BEFORE.test(before.trimEnd());
  const marked = NAME_MARKER.test(inner.trim());
  const name =
    (NAME.test(inner.trim()) && (marked || role)) ||
    (marked && role && inner.trim().split(/\s+/).length <= 4);
  const remark = !examples && !name && onlyRemarks(inner);
  // a guess, or a plain name for what was just said: a remark that changes nothing
  const hedge = remark && (HEDGE.test(inner.trim()) || namesWhatIsSaid(before, inner));
  const content = remark && !hedge && MESSAGE_BEFORE.test(before.trimEnd());
  if (!examples && !name && !hedge && !content) return undefined;
  return {
    text: `${before.trimEnd()}${after(text, close)}`,
    first: false,
    note: examples
      ? `"(${inner.trim()})" read as examples of what it covers`
      : hedge
        ? `"(${inner.trim()})" read as a remark; it changes nothing`
        : content
          ? `"(${inner.trim()})" read as what the message says`
          : `"(${inner.trim()})" read as who that is now; the workflow names the role`,
  };
};

/** Other readings of a request, all its brackets at once, then one bracket at a time (at most three readings). */
export const bracketReadings = (request: string): readonly Reading[] => {
  if (request.length > 600 || !request.includes('(')) return [];
  const brackets = [...request.matchAll(BRACKET)].slice(0, 3);
  const each: { open: number; close: number; reading: Reading }[] = [];
  for (const m of brackets) {
    const inner = m[1] ?? '';
    const open = m.index;
    const close = open + m[0].length;
    const reading = dropped(request, open, close, inner) ?? glossed(request, open, close, inner);
    if (reading) each.push({ open, close, reading });
  }
  if (each.length <= 1) return each.map((e) => e.reading);
  // all together, from the last so the offsets of the earlier ones hold
  let text = request;
  for (const e of [...each].reverse()) {
    const one =
      dropped(text, e.open, e.close, text.slice(e.open + 1, e.close - 1)) ??
      glossed(text, e.open, e.close, text.slice(e.open + 1, e.close - 1));
    if (one) text = one.text;
  }
  const combined: Reading = {
    text,
    note: each.map((e) => e.reading.note).join('; '),
    first: each.some((e) => e.reading.first),
  };
  return [combined, ...each.map((e) => e.reading)].slice(0, 3);
};

type Result = { readonly ok: true; readonly notes: readonly string[] } | { readonly ok: false };

/**
 * A request read with its brackets: a gloss of the trigger before the words it restates ("When a prospect signs
 * (lead status -> customer)"), the other readings only when the request does not read as written.
 */
export const throughBrackets = <R extends Result>(request: string, read: (text: string) => R): R => {
  const readings = bracketReadings(request);
  const glossed = (first: boolean): R | undefined => {
    for (const reading of readings.filter((r) => r.first === first)) {
      const again = read(reading.text);
      if (again.ok) return { ...again, notes: [...again.notes, reading.note] };
    }
    return undefined;
  };
  const asIs = glossed(true) ?? read(request);
  return asIs.ok ? asIs : (glossed(false) ?? asIs);
};
