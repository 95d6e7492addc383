import { DAY_LIST, type ScheduleParts } from './schedule-pieces';
import type { PieceGrammar } from './schedule-times';
import { SAID_OPENER } from './split';

/**
 * Where the words of a message begin: "saying …", "to tell them that …", "that says …", "with the message …",
 * "reading …", "#ops: …"; and what it is about: "to remind them about the class on Monday".
 */
export const MESSAGE_TEXT = new RegExp(
  String.raw`\b(?:${SAID_OPENER}|which\s+says|reading|with\s+the\s+(?:message|text|words|note)|(?:remind(?:ing)?|to\s+remind|inform(?:ing)?|to\s+inform|tell(?:ing)?|to\s+tell)\s+(?:them|him|her|everyone)\s+(?:about|of))\b[\s:,]*|(?:#[\w-]+|\bslack|\bpost|\bsay|\bannounce)\s*:\s*`,
);

/**
 * Where a message's words may begin, weaker than MESSAGE_TEXT: "remind the team to …", "a reminder to …", "post in
 * #general that …", "post in slack: …". A piece there is read as the message's words only when it contradicts a
 * piece of the schedule said before them ("Every Friday 4pm remind the team to confirm weekend arrival times").
 */
export const MESSAGE_START =
  /\b(?:(?:remind|nudge|ask|tell)\s+(?:[\w'-]+\s+){1,4}?to|reminders?\s+(?:to|that|about)|that)\s|:\s/;

/**
 * Whether a piece in a message's words contradicts the schedule read before them: it would change a field set
 * there (never only fields set in the words themselves, or fields not set yet).
 */
export const contradicts = (
  m: RegExpExecArray,
  apply: PieceGrammar['apply'],
  parts: ScheduleParts,
  inWords: ReadonlySet<string>,
): boolean => {
  const trial: ScheduleParts = { ...parts };
  const problems: string[] = [];
  apply(m, trial, problems);
  const changed = changedKeys(parts, trial);
  return (
    problems.length > 0 &&
    changed.some((k) => parts[k] !== undefined) &&
    changed.every((k) => parts[k] === undefined || !inWords.has(k))
  );
};
export const changedKeys = (a: ScheduleParts, b: ScheduleParts): (keyof ScheduleParts)[] =>
  (Object.keys(b) as (keyof ScheduleParts)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

/** A piece that starts a schedule of its own ("every Friday"), never read as a message's words. */
export const RECURRING = /\b(?:every|each|daily|weekly|monthly)\b/;

/** `view` with the code units `passed` over blanked (same offsets). */
export const passedOver = (view: string, passed: readonly boolean[]): string => {
  if (passed.length === 0) return view;
  let out = '';
  for (let i = 0; i < view.length; i++) out += passed[i] ? ' ' : view[i];
  return out;
};

/** After "the Friday": a word of the thing it names ("report", "shortlists"), not a time or a joint. */
const NAMED_THING =
  /^\s+(?!(?:at|on|in|and|or|from|to|until|till|only|too|please|every|each|this|next|after|before|morning|afternoon|evening|night|week|of)\b)[a-z]{3,}/;
export const isNamingDay = (said: string, before: string, after: string, parts: ScheduleParts): boolean => {
  const day = said.trim();
  return (
    /^(?:the\s+)?[a-z]+$/.test(day) &&
    (/^the\s/.test(day) || /\b(?:the|our|their|your|my|his|her|its)\s+$/.test(before)) &&
    NAMED_THING.test(after) &&
    // the schedule's own day said again ("every Friday … the Friday report") is read as before
    ((parts.dow !== undefined &&
      parts.dow !==
        day
          .replace(/^the\s+/, '')
          .slice(0, 3)
          .toUpperCase()) ||
      DAY_LIST.test(after.replace(NAMED_THING, '')))
  );
};
