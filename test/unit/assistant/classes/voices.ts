import type { Case } from '../table/case';
import { CONDITION_PRODUCT } from './conditions';
import { CONDITION_TEXT_PRODUCT } from './conditions-text';
import { EVENT_PRODUCT } from './events';
import { LIST_PRODUCT } from './lists';
import { MANY_RECORDS_PRODUCT } from './many-records';
import { NEGATIVE_WAIT_PRODUCT } from './negative-waits';
import { WAIT_AFTER_PRODUCT } from './negative-waits-after';
import { OFFICE_PRODUCT } from './office-conditions-waits';
import { RECORD_UPDATE_PRODUCT } from './record-updates';
import { RECORD_PRODUCT } from './records';
import { SCHEDULE_PRODUCT } from './recurring';
import { REPORT_PRODUCT } from './reports';
import { SUBJECT_FIRST_PRODUCT } from './subject-first';

/**
 * Voices: the same requests written by different people. Each voice is a transform applied over the other generated
 * classes' wordings (a reason or a greeting around the request, a label before it, a sign-off after it, office
 * abbreviations, numbers in words, British and Indian English, dictated punctuation, no capitals or commas, a
 * repeated word); the expected workflow does not change. A voice that does not apply to a wording returns undefined.
 */

type Voice = (prompt: string) => string | undefined;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const bare = (s: string) => s.replace(/[.!]$/, '');

/** Replaces the first match only; undefined when there is none (the voice does not apply). */
const swap =
  (re: RegExp, to: string | ((m: string, ...g: string[]) => string)): Voice =>
  (p) =>
    re.test(p) ? p.replace(re, to as string) : undefined;

/** "When X, A, B and C" (the lists class's plain joint): its trigger and its three actions, to lay out again. */
const LISTED = /^((?:When|Whenever)\b[^,:]+)[,:] ([^,]+), ([^,]+) and ([^,]+)$/;

/** A part that is a condition, a joined test or a value ("but only if …", "also it's …", "Google or Bing") is no step. */
const NOT_A_STEP =
  /^(?:but|also|only|if|unless|as long as|provided|and|or|otherwise|else|it is|it's|its|the deal|their)\b|^[^ ]+(?: [^ ]+)? or /i;

const laidOut =
  (layout: (trigger: string, actions: readonly string[]) => string): Voice =>
  (p) => {
    const m = LISTED.exec(p);
    const parts = [m?.[2] ?? '', m?.[3] ?? '', m?.[4] ?? ''];
    return m && !parts.some((x) => NOT_A_STEP.test(x)) ? layout(m[1] ?? '', parts) : undefined;
  };

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  '2': 'two',
  '3': 'three',
  '5': 'five',
  '10': 'ten',
  '24': 'twenty-four',
  '48': 'forty-eight',
  '72': 'seventy-two',
};

export const VOICES: Readonly<Record<string, Voice>> = {
  // context and reasons around the request
  'so that …': (p) => `${bare(p)}, so that nothing slips through the cracks`,
  'because …': (p) => `${bare(p)} because we keep losing track of these`,
  'as … (a reason first)': (p) => `As we are a small team, ${lowerFirst(p)}`,
  'to make sure …': (p) => `${bare(p)}, to make sure nobody is forgotten`,
  "I'd like to set up …": (p) => `I'd like to set up the following: ${lowerFirst(p)}`,
  'Hi, could you please …, thanks': (p) => `Hi, could you please ${lowerFirst(bare(p))}, thanks`,
  'a sign-off': (p) => `${bare(p)}.\nThanks,\nPriya`,
  'Task:': (p) => `Task: ${p}`,
  'Request -': (p) => `Request - ${p}`,
  FYI: (p) => `FYI: ${p}`,
  'do the needful': (p) => `${bare(p)}. Kindly do the needful.`,
  'Re: a subject line': (p) => `Re: automation request. ${p}`,
  'request you to': (p) =>
    /^(?:When|Whenever|If|Once)\b/.test(p)
      ? `Request you to set this up: ${p}`
      : `I request you to ${lowerFirst(p)}`,
  'on priority': (p) => `${bare(p)} on priority`,
  // reasons about people, which ask for nothing (session 25, held-out set 14's office staff)
  'because the MD …': (p) => `${bare(p)}, because the MD reports on these by season`,
  'since the boss …': (p) => `${bare(p)}, since the boss wants everything on file`,
  'so accounts can …': (p) => `${bare(p)} so accounts can see it`,
  'as the accountant asked': (p) => `${bare(p)}, as the accountant asked`,
  "so the boss doesn't have to …": (p) => `${bare(p)}, so the boss doesn't have to chase anyone`,
  '- we used to …': (p) => `${bare(p)} - we used to do this by hand`,
  'so please set that up': (p) => `${bare(p)}, so please set that up`,
  'a closing sentence about people': (p) => `${bare(p)}. The team reads it over tea.`,
  'Mr. before a name': swap(/\b(?:Anna|Priya|Victor|Tom|Sarah)\b/, (n) => `Mr. ${n}`),
  'something that will …': (p) =>
    /^(?:Send|Post|Notify|Let|Tell|Email|Ping|Add|Create|Alert|Give)\b/.test(p)
      ? `I'd like to set up something that will ${lowerFirst(p)}`
      : undefined,
  // list layouts
  semicolons: laidOut((t, a) => `${t}; ${a.join('; ')}`),
  'dash bullets': laidOut((t, a) => `${t}:\n${a.map((x) => `- ${x}`).join('\n')}`),
  'dot bullets': laidOut((t, a) => `${t}:\n${a.map((x) => `• ${upperFirst(x)}`).join('\n')}`),
  '1) 2) 3)': laidOut((t, a) => `${t}:\n${a.map((x, i) => `${i + 1}) ${x}`).join('\n')}`),
  'lines, no marks': laidOut((t, a) => `${t}\n${a.map(upperFirst).join('\n')}`),
  'firstly … secondly … finally': laidOut(
    (t, a) => `${t}: firstly ${a[0]}, secondly ${a[1]}, finally ${a[2]}`,
  ),
  // numbers in words
  'numbers in words': swap(
    /\b(2|3|5|10|24|48|72)(?= (?:days?|hours?|weeks?)\b)/,
    (n) => NUMBER_WORDS[n] ?? n,
  ),
  'a couple of days': swap(/\b2 days\b/, 'a couple of days'),
  'a fortnight': swap(/\b(?:every )?(?:two weeks|14 days)\b/i, (m) =>
    /^every/i.test(m) ? `${m.slice(0, 5)} fortnight` : 'a fortnight',
  ),
  // British, Indian and other spellings and idioms
  'revert = reply': swap(/\b(?:reply|respond)\b/, 'revert'),
  'intimate = inform': swap(/\b(?:notify|alert) the team\b/, 'intimate the team'),
  organise: swap(/\b(?:schedule|set up) (a meeting|an intro call)\b/, 'organise $1'),
  'cancelled/canceled': swap(/\bcancelled\b/, 'canceled'),
  // office abbreviations
  pls: swap(/\bplease\b/, 'pls'),
  '& for and': swap(/ and (?!then\b)/, ' & '),
  'w/ for with': swap(/\bwith\b/, 'w/'),
  'mtg, appt': swap(/\b(?:meeting|appointment)\b/, (m) => (m === 'meeting' ? 'mtg' : 'appt')),
  inv: swap(/\binvoice\b(?!s)/, 'inv'),
  cust: swap(/\bcustomer\b(?!s)/, 'cust'),
  msg: swap(/\bmessage\b/, 'msg'),
  tmrw: swap(/\btomorrow\b/, 'tmrw'),
  pmt: swap(/\bpayment\b/, 'pmt'),
  // (never the team on Slack: one person on Slack is a team message, the team a post; session 42 decision)
  mgr: swap(/\b(?:the )?manager\b|\bthe team\b(?![^,.]*\bSlack\b)/, 'the mgr'),
  asap: (p) => `${bare(p)} asap`,
  // light typos, missing punctuation and capitals, dictation, repeated words
  'no capitals, no full stop': (p) => bare(p).toLowerCase(),
  // only before a verb: "comes in contact in CRM" (a terse noun action) is ambiguous to any reader
  'no comma after the trigger': swap(
    /^((?:When|Whenever|Once|As soon as|Each time|Every time|If)\b[^,]{3,60}), (?=(?:send|notify|add|create|tell|email|post|ping|book|schedule|mark|tag|update|let|alert|give|remind|wait|log|draft|summari[sz]e|search|cancel|set|put|move|escalate|inform|issue|please)\b)/,
    '$1 ',
  ),
  'ALL CAPS': (p) => p.toUpperCase(),
  'dictated commas': (p) => (p.includes(', ') ? p.replaceAll(', ', ' comma ') : undefined),
  'dictated full stop': (p) => `${bare(p)} full stop`,
  'a repeated word': swap(/\b(send|notify|add|the|a) /, '$1 $1 '),
  'no apostrophes': (p) => (p.includes("'") ? p.replaceAll("'", '') : undefined),
  'two letters swapped': swap(
    /\b(invoice|reminder|booking|welcome|summary|schedule)\b/,
    (w) => w.slice(0, 2) + w.charAt(3) + w.charAt(2) + w.slice(4),
  ),
  'a dropped letter': swap(
    /\b(notify|schedule|summary|invoice|meeting|reminder)\b/,
    (w) => w.slice(0, 2) + w.slice(3),
  ),
};

const BASES: readonly (readonly [string, readonly Case[]])[] = [
  ['negative-wait', NEGATIVE_WAIT_PRODUCT],
  ['condition', CONDITION_PRODUCT],
  ['list', LIST_PRODUCT],
  ['report', REPORT_PRODUCT],
  ['event', EVENT_PRODUCT],
  ['records', RECORD_PRODUCT],
  // session 24's and 25's classes
  ['many-records', MANY_RECORDS_PRODUCT],
  ['record-updates', RECORD_UPDATE_PRODUCT],
  ['subject-first', SUBJECT_FIRST_PRODUCT],
  ['condition-text', CONDITION_TEXT_PRODUCT],
  ['wait-after-trigger', WAIT_AFTER_PRODUCT],
  ['schedule', SCHEDULE_PRODUCT],
  ['office conditions and waits', OFFICE_PRODUCT],
];

/**
 * Each voice over `perBase` wordings of each base class it applies to (spread evenly over the base, shifted by the
 * voice's place so different voices meet different wordings); the expected workflow is the base wording's.
 */
/** Voices that lose the case of names: a value compared as written ("LinkedIn") cannot be known from them. */
const CASE_LOSING = new Set(['no capitals, no full stop', 'ALL CAPS']);

export const voiced = (perBase: number): Map<string, Case[]> =>
  new Map(
    Object.entries(VOICES).map(([name, voice], v): [string, Case[]] => [
      name,
      BASES.flatMap(([, cases]) => {
        const said = cases.flatMap((c): Case[] => {
          if (CASE_LOSING.has(name) && /"[^"]*\p{Lu}/u.test(c[2])) return [];
          const text = voice(c[0]);
          return text === undefined ? [] : [[text, c[1], c[2]]];
        });
        const step = Math.max(1, Math.floor(said.length / perBase));
        return said.filter((_c, i) => i % step === v % step).slice(0, perBase);
      }),
    ]),
  );
