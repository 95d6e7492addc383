import type { Case } from '../table/case';
import { REFUSALS } from '../table/refusals';
import { CONDITION_PRODUCT } from './conditions';
import { EVENT_PRODUCT } from './events';
import { LIST_PRODUCT } from './lists';
import { MANY_RECORDS_PRODUCT } from './many-records';
import { NEGATIVE_WAIT_PRODUCT } from './negative-waits';
import { WAIT_AFTER_PRODUCT } from './negative-waits-after';
import { RECORD_UPDATE_PRODUCT } from './record-updates';
import { RECORD_PRODUCT } from './records';
import { SCHEDULE_PRODUCT } from './recurring';
import { REPORT_PRODUCT } from './reports';

/**
 * The surface people type and dictate (session 32, grammar/surface.ts), crossed with the other classes: each
 * surface re-says a base class's requests (fillers, dictated punctuation, numbers, times and amounts said in words,
 * self-corrections of a duration, a time, a channel, a name or a whole step, held letters and marks, no punctuation
 * at all); the expected workflow is the base request's. The must-refuse rows are refusals re-said the same ways, and
 * corrections whose corrected words cannot be told.
 */

type Surface = (prompt: string) => string | undefined;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const bare = (s: string) => s.replace(/[.!]$/, '');
const swap =
  (re: RegExp, to: string | ((m: string, ...g: string[]) => string)): Surface =>
  (p) =>
    re.test(p) ? p.replace(re, to as string) : undefined;

const UNITS = ['', ...'one two three four five six seven eight nine ten eleven twelve'.split(' ')];
const TEENS = 'thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ['', '', ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ')];
/** 1–9999 in words, as a speech-to-text writes them ("forty eight", "ten thousand", "two thousand five hundred"). */
const said = (n: number): string => {
  if (n >= 1000) {
    const rest = n % 1000;
    return `${said(Math.floor(n / 1000))} thousand${rest ? ` ${said(rest)}` : ''}`;
  }
  if (n >= 100) {
    const rest = n % 100;
    return `${UNITS[Math.floor(n / 100)]} hundred${rest ? ` and ${said(rest)}` : ''}`;
  }
  if (n <= 12) return UNITS[n] ?? String(n);
  if (n < 20) return TEENS[n - 13] ?? String(n);
  return `${TENS[Math.floor(n / 10)]}${n % 10 ? ` ${UNITS[n % 10]}` : ''}`;
};
const MINUTES: Readonly<Record<string, string>> = {
  '15': 'fifteen',
  '30': 'thirty',
  '45': 'forty five',
  '05': 'oh five',
};

/** A step's first verb, after a comma: where "like" or a taken-back step can go. */
const STEP =
  /, (?=(?:send|notify|add|create|tell|email|post|ping|book|schedule|mark|tag|update|let|alert|give|remind|log|put|set|shoot|pencil|invoice|label|subscribe)\b)/;

/** "When X, A, B and C" (the lists class's plain joint): its trigger and its three steps, said again. */
const LISTED = /^((?:When|Whenever)\b[^,:]+), ([^,]+), ([^,]+) and ([^,]+)$/;
const listed =
  (say: (trigger: string, steps: readonly string[]) => string): Surface =>
  (p) => {
    const m = LISTED.exec(p);
    const steps = [m?.[2] ?? '', m?.[3] ?? '', m?.[4] ?? ''];
    return m && steps.every((x) => STEP.test(`, ${x}`)) ? say(lowerFirst(m[1] ?? ''), steps) : undefined;
  };

export const SURFACES: Readonly<Record<string, Surface>> = {
  // fillers and discourse noise
  'um so …': (p) => `um so ${lowerFirst(p)}`,
  'okay so basically …': (p) => `okay so basically ${lowerFirst(p)}`,
  'right so …, uh, …': (p) =>
    p.includes(', ') ? `right so ${lowerFirst(p).replace(', ', ', uh, ')}` : undefined,
  ', you know, …': swap(/, /, ', you know, '),
  'like before a step': swap(STEP, ', like '),
  // dictated and typed marks
  'dictated commas and full stop': (p) =>
    p.includes(', ') ? `${bare(p).replaceAll(', ', ' comma ')} full stop` : undefined,
  'held letters and marks': (p) => `${bare(p).replace(/\bplease\b/i, 'pleaseee')}!!!`,
  // numbers, times and amounts said in words
  'numbers said': swap(/\b(\d{1,2})(?= (?:more )?(?:days?|hours?|weeks?|minutes?)\b)/g, (n) =>
    said(Number(n)),
  ),
  'times said': swap(
    /\b(1[0-2]|[1-9])(?::(\d\d))? ?([ap])m\b/gi,
    (_m, h: string, mm: string | undefined, ap: string) =>
      `${said(Number(h))}${mm && mm !== '00' ? ` ${MINUTES[mm] ?? said(Number(mm))}` : ''} ${ap.toLowerCase()} m`,
  ),
  'amounts said': swap(/(?<![$€£\d.,]|\d\s)\b([1-9]\d{2,4})\b(?![\d,.:%]| ?(?:am|pm|k)\b| \d)/g, (n) =>
    said(Number(n)),
  ),
  // self-corrections
  'a duration corrected': swap(
    /\b(\d+) (days?|hours?|weeks?)\b/,
    (_m, n: string, unit: string) => `${Number(n) + 1} ${unit} no wait make that ${n} ${unit}`,
  ),
  'a time corrected': swap(
    /\bat (1[0-2]|[1-9])(?!:)(am|pm)?\b/,
    (_m, h: string, ap = '') => `at ${Number(h) === 12 ? 11 : Number(h) + 1}${ap} sorry ${h}${ap}`,
  ),
  'a channel corrected': swap(/#([\w-]+)/, '#general sorry #$1'),
  'a name corrected': swap(/\b(Kim|Rui|Anna)\b/, 'Sam I mean $1'),
  'a step taken back': swap(STEP, ', tag them as cold actually scratch that '),
  'a step corrected': swap(STEP, ', add them to the newsletter no wait I mean '),
  // steps dictated as a list, with no marks
  'number one, number two …': listed(
    (t, a) => `${t} ${a.map((x, i) => `number ${['one', 'two', 'three'][i]} ${x}`).join(' ')}`,
  ),
  'bullet point …': listed((t, a) => `${t} bullet point ${a.join(' bullet point ')}`),
  'first … second … finally, no commas': listed((t, [a, b, c]) => `${t} first ${a} second ${b} finally ${c}`),
  // typing slips the spelling layer reads back (a known word, one candidate only)
  'a letter typed twice': swap(
    /\b(invoice|reminder|booking|welcome|summary|notify|paid|team|lead|note)\b/i,
    (w) => w.slice(0, 2) + w.charAt(2) + w.slice(2),
  ),
  'two letters swapped in a verb': swap(
    /\b(comes|added|signs|books|replies|cancelled|created|submits|arrives|settled)\b/,
    (w) => w.charAt(0) + w.charAt(2) + w.charAt(1) + w.slice(3),
  ),
  // nothing but the words
  'no punctuation at all': (p) => lowerFirst(bare(p).replace(/[,;]|:(?=\s)/g, '')),
};

const BASES: readonly (readonly [string, readonly Case[]])[] = [
  ['event', EVENT_PRODUCT],
  ['list', LIST_PRODUCT],
  ['condition', CONDITION_PRODUCT],
  ['negative-wait', NEGATIVE_WAIT_PRODUCT],
  ['wait-after-trigger', WAIT_AFTER_PRODUCT],
  ['schedule', SCHEDULE_PRODUCT],
  ['report', REPORT_PRODUCT],
  ['records', RECORD_PRODUCT],
  ['many-records', MANY_RECORDS_PRODUCT],
  ['record-updates', RECORD_UPDATE_PRODUCT],
];

/** Each surface over `perBase` requests of each base class it applies to (spread over the base). */
export const surfaced = (perBase: number): Map<string, Case[]> =>
  new Map(
    Object.entries(SURFACES).map(([name, surface], v): [string, Case[]] => [
      name,
      BASES.flatMap(([, cases]) => {
        const out = cases.flatMap((c): Case[] => {
          const text = surface(c[0]);
          return text === undefined ? [] : [[text, c[1], c[2]]];
        });
        const step = Math.max(1, Math.floor(out.length / perBase));
        return out.filter((_c, i) => i % step === v % step).slice(0, perBase);
      }),
    ]),
  );

/** Refusals re-said in each surface that applies, and corrections that cannot be placed: all must be refused. */
export const SURFACE_REFUSALS: readonly string[] = [
  ...REFUSALS.flatMap(([p]) =>
    ['um so …', 'held letters and marks', 'dictated commas and full stop', 'numbers said'].flatMap((name) => {
      const text = SURFACES[name]?.(p);
      return text === undefined ? [] : [text];
    }),
  ),
  'When a new lead comes in, send them a welcome email no wait',
  'When a new lead comes in, send them a welcome email I mean the thing',
  'when a lead comes in email them actually scratch that text them',
  'Every Monday at 9 I mean the other one, post a summary in #ops',
  'When an invoice is paid, notify the team or rather whoever is around',
  'When a lead replies, send them a sorry note and teleport them to Mars',
];
