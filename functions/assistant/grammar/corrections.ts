import { WEEKDAY_STEM } from './lexicon';
import { VERB_WORD } from './split';
import type { Edit } from './surface';

/**
 * Self-corrections, as people dictate them: the correction replaces the phrase of the same kind just before it.
 *   a duration   "wait three days no wait make that ten days"        → "wait 10 days"
 *   a time       "at 9am sorry 10am", "at nine I mean half nine"
 *   an amount    "over 5k, no wait, 10k"
 *   a phrase     "Perth time sorry Brisbane time", "the sales team I mean the support team" (same last word)
 *   one word     "#sales sorry #ops", "won I mean lost", "Sarah sorry Tom" (same kind: channel, status, name, day)
 *   a step       "email them actually scratch that text them", "tag them, no wait, add a note"
 *   a restart  "Every friday at 3, mark... no wait. Every Friday at 3pm remind …", "When an invoice is overdue by...
 *              actually just whenever …", "wait until 3 days before... ok just wait 5 days": a phrase broken off
 *              ("..."), a correction word, and the phrase said again from its first word (or its kind's: "when" for
 *              "whenever", "every" for "each"): the later choice wins, from that word on (restarted below)
 * "sorry", "actually" and "make that" alone are corrections only when a phrase of the same kind follows ("a sorry
 * email", "they actually reply"). A correction whose corrected phrase cannot be told is refused, quoted: the
 * request is never read with a guess, nor with the part the writer took back.
 */

export interface Corrected {
  readonly text: string;
  readonly edits: readonly Edit[];
  /** [from, to) of the input: a correction whose corrected words cannot be told. */
  readonly unclear?: readonly [number, number];
}

const STRONG =
  'no,?\\s?actually|actually,?\\s?no|no wait(?:,?\\s(?:make (?:that|it)|i mean))?|wait no|no sorry|sorry no|(?:no,?\\s)?i mean|i meant|or rather|correction|(?:actually|no),?\\s(?:make (?:that|it))|(?:(?:actually|no|oh),?\\s)?(?:scratch|strike|forget|ignore) (?:that|this)(?:\\slast bit)?';
/**
 * A dash may join the correction to the words it corrects ("text me—well, slack me", "at 9—actually 10"); "well" is a
 * correction only there, right after the dash and before a comma ("as well", "goes well" are no corrections).
 */
const MARKER = new RegExp(
  `(?:^|,\\s?|\\s|(?<=[\\p{L}\\p{N}])(?=[-–—]))[-–—]?(?:(${STRONG}|(?<=[-–—])well(?=,))|(sorry|actually|make that|make it))(?:[\\s,:.-]+|$)`,
  'giu',
);
const SCRATCH = /(?:scratch|strike|forget|ignore) (?:that|this)/i;

const UNIT = '(?:minute|min|hour|hr|day|week|fortnight|month)s?';
/** A number in digits or in words ("14", "a", "fourteen"). */
const NUM =
  '(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety)';
const DURATION_BEFORE = new RegExp(`^${NUM}\\s(?:more\\s)?(${UNIT})$`, 'i');
const DURATION_AFTER = new RegExp(
  `^(?:(?:wait|for|in|within|after)\\s)?(${NUM}\\s(?:more\\s)?${UNIT}|\\d+(?![\\d:]|\\s?[ap]m))\\b`,
  'i',
);
const NUMBER_BEFORE = new RegExp(`^${NUM}$`, 'i');
const NUMBER_AFTER = new RegExp(`^${NUM}(?![\\w:])`, 'i');
const CLOCK_BEFORE = /^(?:\d{1,2}(?::\d{2})?\s?([ap]m)|\d{1,2}:\d{2}|noon|midday|midnight|(at\s)\d{1,2})$/i;
const CLOCK_AFTER = /^(?:at\s)?(\d{1,2}(?::\d{2})?(?:\s?[ap]m)?|noon|midday|midnight)(?!\w|:\d)/i;
const MONEY =
  '(?:[$€£₹]\\s?)?\\d[\\d,.]*(?:\\s?(?:k|grand|thousand|million|pounds?|dollars?|euros?|bucks|%|percent)\\b)?';
const MONEY_BEFORE = new RegExp(`^${MONEY}$`, 'i');
const MONEY_AFTER = new RegExp(`^${MONEY}`, 'i');

/** Single words of one kind: a channel, an address, a lead status, a day, a month. */
const KINDS: readonly RegExp[] = [
  /^#[\w-]+$/,
  /^[\w.+-]+@[\w.-]+$/,
  /^(?:won|lost|qualified|unqualified|customer|contacted|new|open|closed|paid|unpaid|overdue|cancell?ed|booked|churned|active|inactive|trial|hot|warm|cold)$/i,
  new RegExp(`^${WEEKDAY_STEM}days?$`, 'i'),
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i,
];
const sameKind = (a: string, b: string): boolean =>
  KINDS.some((k) => k.test(a) && k.test(b)) || (/^\p{Lu}\p{Ll}+$/u.test(a) && /^\p{Lu}\p{Ll}+$/u.test(b));

/** Words after which a verb is a noun ("a note", "the welcome email", "by email"): no step starts there. */
const NOT_A_STEP =
  /^(?:a|an|the|their|our|my|your|his|her|its|this|that|each|every|any|some|no|welcome|follow|thank|new|quick|short|by|via|per)$/i;

/** Where the last step of `before` starts (a verb not after an article, or the last comma or full stop). */
const stepStart = (before: string): number | undefined => {
  let start: number | undefined;
  let previous = '';
  for (const m of before.matchAll(/[.,;:!?]|[\p{L}']+/gu)) {
    const word = m[0];
    if (/^[.,;:!?]$/.test(word)) start = m.index + 1;
    else if (VERB_WORD.test(word.toLowerCase()) && !NOT_A_STEP.test(previous)) start = m.index;
    previous = word;
  }
  return start;
};

const singular = (w: string): string => w.toLowerCase().replace(/s$/, '');

type Fix = readonly [from: number, by: string, yEnd: number];

/** What a correction at [at, end) replaces in `before` (the text since the last one), read from what follows. */
const fix = (before: string, after: string, strong: boolean, scratch: boolean): Fix | undefined => {
  let e = before.length;
  while (e > 0 && /[\s,.;:-]/.test(before.charAt(e - 1))) e--;
  const b = before.slice(0, e);
  if (scratch) {
    const start = stepStart(b);
    return start === undefined || !/\S/.test(b.slice(start)) ? undefined : [start, '', 0];
  }
  // the last three, two or one words of what came before, each tried whole against a kind
  const tails = [...b.matchAll(/\S+/g)].slice(-3).map((m) => [m.index, b.slice(m.index)] as const);
  const ending = (re: RegExp) => {
    for (const [at, tail] of tails) {
      const m = re.exec(tail);
      if (m) return [at, m] as const;
    }
    return undefined;
  };
  const duration = ending(DURATION_BEFORE);
  const dy = DURATION_AFTER.exec(after);
  if (duration && dy?.[1])
    return [duration[0], /^\d+$/.test(dy[1]) ? `${dy[1]} ${duration[1][1]}` : dy[1], dy[0].length];
  const time = ending(CLOCK_BEFORE);
  const ty = CLOCK_AFTER.exec(after);
  if (time && ty?.[1]) {
    const [at, m] = time;
    const by = /[ap]m|:|noon|mid/i.test(ty[1]) || !m[1] ? ty[1] : `${ty[1]}${m[1]}`;
    return [at + (m[2]?.length ?? 0), by, ty[0].length];
  }
  const money = ending(MONEY_BEFORE);
  const my = MONEY_AFTER.exec(after);
  if (money && my) return [money[0], my[0], my[0].length];
  // "within fourteen sorry 21 days": a number for a number, what follows it kept
  const number = ending(NUMBER_BEFORE);
  const ny = NUMBER_AFTER.exec(after);
  if (number && ny && !/^an?$/i.test(ny[0])) return [number[0], ny[0], ny[0].length];
  const ys = /^[^\s,.;:!?]+(?:\s[^\s,.;:!?]+){0,3}/.exec(after)?.[0].split(' ') ?? [];
  const bs = b.split(' ');
  const last = bs.at(-1) ?? '';
  for (let k = 1; k <= ys.length; k++) {
    const head = ys[k - 1] ?? '';
    const same = k > 1 ? singular(head) === singular(last) : sameKind(head, last);
    if (k <= bs.length && same) {
      const said = ys.slice(0, k).join(' ');
      // "won I mean customer status": the status said with its field's name is the status
      const field = k === 1 && /^(?:status|stage)$/i.test(ys[1] ?? '') ? ` ${ys[1]}`.length : 0;
      return [b.length - bs.slice(-k).join(' ').length, said, said.length + field];
    }
  }
  // a step: its verb is one the grammars know, or any word said as a verb with its object ("subscribe them to …")
  const step =
    VERB_WORD.test((ys[0] ?? '').toLowerCase()) ||
    /^[a-z]+\s(?:in|them|him|her|it|the|a|an|their|our|me|us)\b/i.test(after);
  if (!strong || !step) return undefined;
  const start = stepStart(b);
  return start === undefined ? undefined : [start, '', 0];
};

/** The text with each correction applied (see the top of this file). */
export const corrected = (text: string): Corrected => {
  const edits: Edit[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index < last) continue;
    const strong = m[1] !== undefined;
    const end = m.index + m[0].length;
    const before = text.slice(last, m.index);
    const found = fix(before, text.slice(end), strong, strong && SCRATCH.test(m[1] ?? ''));
    if (!found) {
      if (!strong) continue;
      const from = last + ([...before.matchAll(/\S+/g)].at(-3)?.index ?? before.length);
      const tail = /^(?:\s*\S+){0,3}/.exec(text.slice(end))?.[0] ?? '';
      return { text, edits: [], unclear: [from, end + tail.length] };
    }
    const [at, by, yEnd] = found;
    const from = last + at;
    out += text.slice(last, from) + by;
    edits.push({ from, to: end + yEnd, length: by.length });
    last = end + yEnd;
  }
  return { text: out + text.slice(last), edits };
};

/** A phrase broken off ("..."), then a correction word ("no wait.", "actually just", "just", "sorry,"). */
const BROKEN_OFF =
  /(?:\.{3}|…)[\s,.]*(?:(?:no wait|wait no|no no|actually|ok|okay|sorry|no|i mean|scratch that|hmm|um|or rather)[\s,.!:-]+)*(?:just\s|make (?:that|it)\s)?/gi;

/** Words that start the same kind of phrase: a restart may use another of its kind. */
const KINDS_OF_START: readonly (readonly string[])[] = [
  ['when', 'whenever', 'if', 'once', 'after', 'as soon as'],
  ['every', 'each'],
];

/** Where the phrase said again after a break-off started in `before` (this sentence only), if it can be told. */
const restartAt = (before: string, word: string): number | undefined => {
  const sentence = Math.max(
    0,
    ...[...before.matchAll(/[!?]\s|(?<!\.)\.\s/g)].map((m) => m.index + m[0].length),
  );
  const kind = KINDS_OF_START.find((k) => k.includes(word)) ?? [word];
  let at: number | undefined;
  for (const m of before.slice(sentence).matchAll(/[\p{L}']+/gu))
    if (kind.includes(m[0].toLowerCase())) at = sentence + m.index;
  return at;
};

/** The text with each restart applied: from the first word said again to the correction word, taken out. */
export const restarted = (text: string): { text: string; edits: Edit[] } => {
  const edits: Edit[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(BROKEN_OFF)) {
    const end = m.index + m[0].length;
    const word = /^[\p{L}']+/u.exec(text.slice(end))?.[0].toLowerCase();
    // "forward... er, alert Sam": a step's verb broken off, another verb said instead
    const verb = /(?:^|[,;:]\s?|\s(?:then|and)\s)([a-z]+)$/i.exec(text.slice(last, m.index));
    const swapped = verb?.[1] && word && VERB_WORD.test(verb[1]) && VERB_WORD.test(word);
    if (!swapped && !/\p{L}/u.test(m[0])) continue;
    const at = swapped
      ? m.index - last - (verb[1]?.length ?? 0)
      : word
        ? restartAt(text.slice(last, m.index), word)
        : undefined;
    if (at === undefined || /["“”]/.test(text.slice(last + at, end))) continue;
    out += text.slice(last, last + at);
    edits.push({ from: last + at, to: end, length: 0 });
    last = end;
  }
  return { text: out + text.slice(last), edits };
};
