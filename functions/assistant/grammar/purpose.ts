import type { Step } from '../../../statemachines/schema';
import type { Clause } from './clause';
import type { Item } from './items';
import { purposeLine, sayPurpose } from './purpose-text';
import { ROLE_RE } from './recipients';
import { ACTION_LEFTOVER, MEANINGFUL_LEFTOVER } from './remarks';
import { VERB_START, VERBS } from './split';

/** Actions that carry a message: what "to remind him", "to say thank you" after them says, not a second action. */
const MESSAGES = /^(?:email\.send|email\.draft|notify\.team|notify\.slack|invoice\.sendReminder)$/;

/**
 * Session 39: what the message asks, said with a participle after it ("email Coach Rob reminding him to set up the
 * mats", "a check in email asking if they've any questions", "asking them whether the time still works").
 */
const ASKING = String.raw`(?:remind|ask|tell|invit|encourag|urg|request|prompt|nudg)ing\s+(?:(?:him|her|them|everyone|the\s+team|us|me)\s+)?(?:to|if|whether|about|for|when|what|how)\b`;

/**
 * "email him to remind him about the demo", "send for him an email to say thank you", "message them so as to confirm
 * the booking": an infinitive after a message in the same clause is its purpose — what it says — never a second
 * message (it had sent two). Whatever verb follows "to", the clause asked for one message.
 */
const PURPOSE = new RegExp(
  `^[\\s,]*(?:(?:(?:in order|so as)\\s+)?to\\s+(?:${VERBS}|say|confirm|wish|see|apologi[sz]e|explain|encourage|celebrate|mention|point out)\\b|${ASKING})`,
);

/**
 * What the words of a message must not carry to be taken whole (session 39): a condition, an exception or a limit
 * ("… only for VIPs", "… but not on Sundays", "unless they already paid"), a clock time, a day, a delay or a
 * repetition ("… at 9am", "… 2 days later", "every week") could be when or whether the step runs, not what it says:
 * left for the grammars after, or refused, never dropped.
 */
const NOT_ONLY_TEXT =
  /\b(?:if|unless|only|except|excluding|but|not|never|provided|as long as|so long as|whenever|once|until|till|every|each|daily|weekly|monthly|hourly|nightly|tomorrow|tonight|later|afterwards|weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|otherwise|instead)\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\bat\s+\d|\b(?:in|within|after)\s+(?:\d+|an?|one|two|three)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|\b\d+\s?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+(?:later|after|before|from)\b|@|#/i;

/** Small words a message's reader leaves unread between the message and its purpose. */
const FILLER_THEN = new RegExp(
  `^[\\s,]*(?:(?:a|an|the|in|on|to|via|by|with|and|please)\\s+)*(?:(?:(?:in order|so as)\\s+)?to\\s+(?:${VERBS}|say|confirm|wish|see|apologi[sz]e|explain|encourage|celebrate|mention|point out)\\b|${ASKING})`,
);
/** Where the words after a purpose opened past such small words begin, if one is. */
const fillerThen = (view: string): number | undefined => {
  const m = FILLER_THEN.exec(view);
  return m ? m[0].length : undefined;
};

/** Marks the purpose of the message this clause has just read; true when there was one. */
export const readPurpose = (clause: Clause, items: readonly Item[], before: number): boolean => {
  const last = items.length > before ? items.at(-1) : undefined;
  if (last?.kind !== 'steps') return false;
  // the message's reader may have taken "to" (and "about the demo") already: the verb left is still its purpose
  const at = clause.view.search(/\S/);
  const to = at >= 0 && /\bto\s+$/.test(clause.text.slice(0, at)) ? 'to ' : '';
  const said = at < 0 ? '' : `${to}${clause.text.slice(at)}`;
  const purpose = PURPOSE.exec(said);
  // "send Kai a message reminding him …", "post in #desk asking …": only the small words the message's reader left
  // before it ("a", "in")
  const after = purpose ? at + purpose[0].length - to.length : fillerThen(clause.view);
  // what is left unread after the words that open it (the same offsets in the view)
  if (after === undefined) return false;
  // "to ask if they want to reschedule": the question asked, not a condition
  const asked = /\bask(?:ing)?(?:\s+(?:him|her|them|everyone))?\s*$/.test(clause.view.slice(0, after));
  const rest = clause.view.slice(after);
  if (
    NOT_ONLY_TEXT.test(
      asked ? rest.replace(/^\s*(?:(?:him|her|them|everyone)\s+)?(?:if|whether)\b/, '') : rest,
    )
  )
    return false;
  const step = last.steps.at(-1);
  if (!step || !('action' in step) || !MESSAGES.test(step.action)) return false;
  clause.markAll();
  PURPOSED.add(step);
  putWords(step, `${to}${clause.cased(clause.text.slice(at).trimEnd())}`);
  return true;
};

/** Sets the message's words from its purpose, past the small words the message's reader left ("a", "in"). */
const putWords = (step: Step, words: string): void => {
  const at = OPENS.exec(words);
  const said = at?.[1] ? words.slice(at.index + at[0].length - at[1].length) : '';
  if (!said || /⟦/.test(said) || !('action' in step)) return;
  const line = purposeLine(said.replace(/\s+/g, ' '), readerOf(step.action));
  if (line) {
    WORDS.set(step, said);
    sayPurpose(step, line, said);
  }
};
const OPENS = new RegExp(`(?:^|\\s)((?:(?:in order|so as)\\s+)?to\\s+\\w|${ASKING})`, 'i');
const readerOf = (action: string): 'subject' | 'member' | 'channel' =>
  action === 'notify.team' ? 'member' : action === 'notify.slack' ? 'channel' : 'subject';
/** The purpose each message said, in the user's casing. */
const WORDS = new WeakMap<Step, string>();

/** The messages whose purpose a clause said ("a msg to unlock the studio"). */
const PURPOSED = new WeakSet<Step>();

/** Marks the message just read when what is left of its clause is its purpose ("to unlock the studio"), kept as a detail; the leftovers. */
export const purposeLeft = (
  items: readonly Item[],
  before: number,
  leftovers: readonly string[],
): readonly string[] => {
  const last = items.length > before ? items.at(-1) : undefined;
  const step = last?.kind === 'steps' ? last.steps.at(-1) : undefined;
  const left = leftovers.at(-1);
  if (step && 'action' in step && MESSAGES.test(step.action) && left && /^to\s+[a-z]{3,}\b/.test(left)) {
    PURPOSED.add(step);
    putWords(step, left);
  }
  return leftovers;
};

/**
 * "send Kai a msg to unlock the studio and put the heaters on for hot yoga", "a message to the team to lock up the
 * shop and charge the tablets": a clause after "and" that no grammar read, right after a message's purpose, is more
 * of what the message asks (session 39). Only one that starts with a verb and carries no step of the catalogue
 * ("and tag them"), no test, limit or time ("… only on Fridays", "at 9pm") and no address or channel.
 */
export const purposeGoesOn = (clause: Clause, items: readonly Item[]): boolean => {
  const last = items.at(-1);
  const step = last?.kind === 'steps' ? last.steps.at(-1) : undefined;
  const view = clause.view;
  if (!step || !PURPOSED.has(step) || !VERB_START.test(view)) return false;
  if ([NOT_ONLY_TEXT, MEANINGFUL_LEFTOVER, ACTION_LEFTOVER].some((re) => re.test(view))) return false;
  clause.markAll();
  const said = WORDS.get(step);
  if (said && 'action' in step) putWords(step, `${said} and ${clause.cased(clause.text.trim())}`);
  return true;
};

/**
 * "put a message in Slack please, in the channel #planning", "create one file with the answers and save in folder
 * Leads": a clause that only says where the message or the file just asked for goes — no object of its own — is that
 * step's place, never a second step (it had posted twice, saved twice).
 */
const PLACE_ONLY =
  /^\s*(?:(?:and|then|also|please)\s+)*(?:(?:save|store|put|file|keep|place|drop|upload|post|send|share)(?:\s+(?:it|this|that|them|the\s+file|the\s+message))?\s+)?(?:in|into|on|to|under)\s+(?:the\s+)?(?:(?:slack\s+)?channel\s+|folder\s+|directory\s+)?(#[\w-]+|[\w-]+)(?:\s+(?:channel|folder))?(?:\s+please)?\s*$/;
const PLACE_OF: Readonly<Record<string, string>> = { 'notify.slack': 'channel', 'files.create': 'folder' };

/** True when `steps` (just read from `clause`) repeat the step before with only a place: the place is set on it. */
export const placeOfLast = (clause: Clause, items: readonly Item[], steps: readonly Step[]): boolean => {
  const last = items.at(-1);
  const previous = last?.kind === 'steps' ? last.steps.at(-1) : undefined;
  const [step] = steps;
  const place = PLACE_ONLY.exec(clause.text)?.[1];
  if (steps.length !== 1 || !place || !step || !previous || !('action' in step) || !('action' in previous))
    return false;
  const field = PLACE_OF[step.action];
  if (!field || previous.action !== step.action) return false;
  const value = (step.input as Record<string, unknown> | undefined)?.[field] ?? clause.cased(place);
  if (field === 'channel' && !String(value).startsWith('#')) return false;
  // "post it in #sales, then post it in #ops": a second place is a second delivery, never the first one moved
  const had = (previous.input as Record<string, unknown> | undefined)?.[field];
  if (had !== undefined && had !== value) return false;
  (previous.input as Record<string, unknown>)[field] = value;
  clause.markAll();
  return true;
};

/**
 * "Weekly report -> the board, by email", "New lead → the sales team": a part that names only who gets it (a role,
 * the team) and nothing else is the message sent there — read as "notify …" (by email when it says so), never refused
 * as a part with no verb. Only a whole part: a role left over after an action read ("… the sales director") is not.
 */
const namesOnlyWhom = (view: string): boolean => {
  // whole parts only: a view with marks (leading spaces) had an action read before
  if (!/^\S/.test(view)) return false;
  const rest = view
    .trimEnd()
    .replace(/^to\s/, '')
    .replace(/,?\s(?:by|via|over|on)\s(?:e-?mail|slack)$/, '');
  const role = ROLE_RE.exec(rest);
  return role?.index === 0 && role[0].length === rest.length;
};

/** Read by items.ts's actions named by their object: the test is the function above; the pattern takes "to". */
export const TO_WHOM_ONLY: readonly [RegExp, string][] = [
  [Object.assign(/^(?:to\s)?/, { test: namesOnlyWhom }), 'notify'],
];

/**
 * "then a heads-up to Rui", "+ heads up to Ana": a word to someone of ours, an action named by its object (items.ts);
 * with a channel ("heads up to Ana on #desk-team") left to the readers, who refuse it rather than post twice.
 */
export const HEADS_UP_TO = Object.assign(
  /^[\s,]*(?:(?:then|and|also|plus|just)\s+)*(?:(?:an?|one|another)\s+)?(?:quick\s+|short\s+)?heads[\s-]up\s+(?:to|for)(?=\s)/,
  { fits: (re: RegExp, text: string): boolean => re !== HEADS_UP_TO || !/#|\bslack\b/.test(text) },
);
