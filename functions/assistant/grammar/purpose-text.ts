import type { Step } from '../../../statemachines/schema';

/**
 * Session 39: what a message's purpose said goes into the message (it kept a generic template): "email Coach Rob
 * reminding him to set up the mats" → "Just reminding you to set up the mats", "a msg to unlock the studio" → "Please
 * unlock the studio", "an email to ask if they want to reschedule" → "I wanted to ask if you want to reschedule".
 */
const SAYING = `(?:remind|ask|tell|invit|encourag|urg|request|prompt|nudg)ing`;
const TELLING = `say|ask|remind|tell|confirm|wish|see|check|apologi[sz]e|explain|encourage|invite|thank|welcome|celebrate|mention|point out|let|congratulate|follow up|update|inform|introduce|share|offer|chase|nudge|request|suggest`;
const WHOM = String.raw`(?:him|her|them|everyone|everybody|the\s+team|you)`;
const OPENING = new RegExp(
  String.raw`^(?:(?:in order|so as)\s+)?(?:to\s+(${TELLING})(\s+${WHOM}\b)?|to\s+\w+|(${SAYING})(\s+${WHOM}\b)?)`,
  'i',
);
/** The reader's words for the person the request speaks of (in a message to that person); plural ones marked. */
const READER: readonly [RegExp, string, plural: boolean][] = [
  [/\b(?:he|she) (?:is|was|has)\b/gi, '', false],
  [/\bthey (?:is|was|has)\b/gi, '', true],
  [/\b(?:he's|she's)\b/gi, "you're", false],
  [/\bthey're\b/gi, "you're", true],
  [/\bthey've\b/gi, "you've", true],
  [/\bthey'll\b/gi, "you'll", true],
  [/\b(?:he|she)\b/gi, 'you', false],
  [/\bthey\b/gi, 'you', true],
  [/\bhim\b/gi, 'you', false],
  [/\bthem\b/gi, 'you', true],
  [/\b(?:his|her)\b/gi, 'your', false],
  [/\btheir\b/gi, 'your', true],
  [/\b(?:himself|herself)\b/gi, 'yourself', false],
  [/\bthemselves\b/gi, 'yourself', true],
];
const AGREE: Readonly<Record<string, string>> = { is: 'are', was: 'were', has: 'have' };
/** `words` said to their reader; to a member named "him"/"her", "they" stays the record's person. */
const toReader = (words: string, plural: boolean): string =>
  READER.filter(([, , many]) => plural || !many).reduce(
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
  // to a member, "him"/"her" is the member and "them" whom the member is to ask or remind ("Please invite them …");
  // to a channel, "them" is its people
  const passOn = reader === 'member' && named === 'them';
  const one = reader === 'member' && (named === 'him' || named === 'her');
  const all = reader === 'subject' || (reader === 'channel' && named === 'them');
  const said = all || one ? toReader(rest, all) : rest;
  const whom = !named ? '' : passOn ? ' them' : ' you';
  const line = passOn
    ? `Please ${telling ?? stemOf(saying ?? '')} them${said}`
    : telling
      ? `I wanted to ${telling}${whom}${said}`
      : saying
        ? `Just ${saying}${whom}${said}`
        : `Please ${m[0].replace(/^.*\bto\s+/i, '')}${said}`;
  return `${line.trim()}${/[.?!]$/.test(line) ? '' : '.'}`;
};

/** "inviting" → "invite", "asking" → "ask". */
const stemOf = (saying: string): string => saying.replace(/ing$/i, '').replace(/(?<=invit|[^n]g)$/i, 'e');

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
