import type { Step } from '../../../statemachines/schema';

/**
 * Session 39: what a message's purpose said goes into the message (it kept a generic template): "email Coach Rob
 * reminding him to set up the mats" → "Just reminding you to set up the mats", "a msg to unlock the studio" → "Please
 * unlock the studio", "an email to ask if they want to reschedule" → "I wanted to ask if you want to reschedule".
 */
const SAYING = String.raw`(?:remind|ask|tell|invit|encourag|urg|request|prompt|nudg)ing`;
const TELLING = String.raw`say|ask|remind|tell|confirm|wish|see|check|apologi[sz]e|explain|encourage|invite|thank|welcome|celebrate|mention|point out|let|congratulate|follow up|update|inform|introduce|share|offer|chase|nudge|request|suggest`;
const WHOM = String.raw`(?:him|her|them|everyone|everybody|the\s+team|you)`;
const OPENING = new RegExp(
  String.raw`^(?:(?:in order|so as)\s+)?(?:to\s+(${TELLING})(\s+${WHOM}\b)?|to\s+\w+|(${SAYING})(\s+${WHOM}\b)?)`,
  'i',
);
/** The reader's words for the person the request speaks of (in a message to that person). */
const READER: readonly [RegExp, string][] = [
  [/\b(?:he|she|they) (?:is|was|has)\b/gi, ''],
  [/\b(?:he's|she's|they're)\b/gi, "you're"],
  [/\bthey've\b/gi, "you've"],
  [/\bthey'll\b/gi, "you'll"],
  [/\b(?:he|she|they)\b/gi, 'you'],
  [/\b(?:him|them)\b/gi, 'you'],
  [/\b(?:his|their|her)\b/gi, 'your'],
  [/\b(?:themselves|himself|herself)\b/gi, 'yourself'],
];
const AGREE: Readonly<Record<string, string>> = { is: 'are', was: 'were', has: 'have' };
const toReader = (words: string): string =>
  READER.reduce(
    (s, [re, by]) =>
      s.replace(re, (all) => (by ? by : `you ${AGREE[all.split(' ')[1]?.toLowerCase() ?? ''] ?? ''}`)),
    words,
  );

/**
 * The line the purpose's words make, said to whoever gets the message: the record's person (every "they" is them), a
 * team member ("them" after the verb is still the record's person: "message Kai to ask them …") or a channel.
 * Undefined when the words open otherwise.
 */
export const purposeLine = (words: string, reader: 'subject' | 'member' | 'channel'): string | undefined => {
  const m = OPENING.exec(words);
  if (!m) return undefined;
  const rest = words.slice(m[0].length);
  const [, telling, toWhom, saying, sayingWhom] = m;
  const named = (toWhom ?? sayingWhom)?.trim().toLowerCase();
  // to a member: "him"/"her" is the member, "them" the record's person ("message Kai to ask them …": Kai asks)
  const one = reader === 'member' && (named === 'him' || named === 'her');
  const said = reader === 'subject' || one ? toReader(rest) : rest;
  const passOn = reader === 'member' && named === 'them';
  const whom = !named ? '' : passOn ? ' them' : ' you';
  const line = telling
    ? `${passOn ? 'Please' : 'I wanted to'} ${telling}${whom}${said}`
    : saying
      ? `Just ${saying}${whom}${said}`
      : `Please ${m[0].replace(/^.*\bto\s+/i, '')}${said}`;
  return `${line.trim()}${/[.?!]$/.test(line) ? '' : '.'}`;
};

/** What each message held before its purpose was put in, so words said after ("and put the heaters on") rewrite it. */
const HELD = new WeakMap<Step, Record<string, unknown>>();

/** Puts the purpose's line into the message's words (text, body or message, as its action's input has them). */
export const sayPurpose = (step: Step, line: string, words: string): void => {
  if (!('action' in step)) return;
  const input = step.input as Record<string, unknown> | undefined;
  if (!input) return;
  const held = HELD.get(step) ?? { ...input };
  HELD.set(step, held);
  const { text, body } = held;
  if (step.action === 'notify.team' || step.action === 'notify.slack') {
    // "… to remind him about the demo": the "about" the message's reader put first is in the line already
    const about = typeof text === 'string' ? /^([^\n]+?): /.exec(text) : null;
    const rest =
      about?.[1] && words.toLowerCase().includes(about[1].toLowerCase())
        ? String(text).slice(about[0].length)
        : text;
    if (typeof rest === 'string') input.text = `${line}\n\n${rest}`;
  } else if (step.action === 'email.send' || step.action === 'email.draft') {
    if (typeof body !== 'string') return;
    const greeting = /^(Hi[^\n]*,)\n\n/.exec(body)?.[1];
    input.body = greeting ? `${greeting}\n\n${line}` : `${body}\n\n${line}`;
  } else if (step.action === 'invoice.sendReminder' && held.message === undefined) input.message = line;
};
