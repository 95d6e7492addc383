import type { Clause } from './clause';
import { SAID_OPENER } from './split';
import { quoteIn } from './text';

/**
 * The words of a message (session 31: moved from actions-message.ts with the unquoted text). Quoted ("saying
 * ⟦0⟧"), said without quotes after what starts them ("saying thanks, we really appreciate your business", "letting
 * them know we'll be in touch within 24 hours", "telling them …"), or what it is about ("about the renewal").
 * Unquoted text is the message as written, never a condition, a wait, a recipient or a second schedule; a part
 * another grammar already read (a gap in the clause) leaves it to the readers before.
 */
const TEXT_QUOTE =
  /\b(?:saying|that says|which says|reading|with the (?:text|message|body)|with|:)\s*(⟦\d+⟧)/;
const SAID_TEXT = new RegExp(String.raw`\b${SAID_OPENER}\s+(?:that\s+)?(\S.*)$`);

/**
 * "post in slack: the office is closed friday", "#general: …" (the colon kept in its clause by split.ts), "post in slack
 * that the surveyor is on site" (never whom it is for): the words after it.
 */
const POSTED_TEXT =
  /\b(?:post|say|announce|slack|message|msg|note)(?:\s+(?:in|on|to|into)\s+(?:(?:the\s+|our\s+)?slack(?:\s+channel)?|#[\w-]+|the\s+[\w-]+\s+channel))?(:\s*)(\S.*)$/;
const POSTED_THAT =
  /\b(?:post|say|announce|message|msg|note)\s+(?:in|on|to|into)\s+(?:(?:the\s+|our\s+)?slack(?:\s+channel)?|#[\w-]+|the\s+[\w-]+\s+channel)(\s+that\s+)(?!(?:to|in|on|into|over|with|for)\b)(\S.*)$/;

/** The text each clause gave, once taken: asked again (the recipient's reader ran first), the same text. */
const TAKEN = new WeakMap<Clause, string>();

/**
 * The words after "post in slack:" (read on the text: the verb and "slack" may be taken already), taken before the
 * recipient's reader looks inside them ("… due to Hannah by Friday" is what the post says, not whom it is for).
 */
export const postedText = (clause: Clause): string | undefined => {
  const taken = TAKEN.get(clause);
  if (taken) return taken;
  const posted = POSTED_TEXT.exec(clause.text) ?? POSTED_THAT.exec(clause.text);
  const words = posted?.[2];
  if (!posted || !words || /⟦/.test(words)) return undefined;
  const at = posted.index + posted[0].length - words.length;
  // words another grammar read (a gap in the view) leave it to the readers before
  if (clause.view.slice(at) !== clause.text.slice(at)) return undefined;
  clause.mark(at - (posted[1]?.length ?? 0), clause.text.length - at + (posted[1]?.length ?? 0));
  const text = clause.cased(words).trim();
  TAKEN.set(clause, text);
  return text;
};

export const saidText = (clause: Clause): string | undefined => {
  const taken = TAKEN.get(clause);
  if (taken) return taken;
  const posted = postedText(clause);
  if (posted) return posted;
  const said = clause.find(SAID_TEXT);
  // a quote is TEXT_QUOTE's; "… and then pencil in a call": an action after the text, not part of it
  if (!said?.[1] || said[1].trimEnd().includes('  ') || /⟦|\bthen\b/.test(said[1])) return undefined;
  clause.mark(said.index, said[0].length);
  const text = clause.cased(said[1]).trim();
  TAKEN.set(clause, text);
  return text;
};

/** The message text a clause gives (a quote, the words said, "about …"), else `fallback`. */
export const textOf = (clause: Clause, fallback: string): string => {
  const quoted = clause.take(TEXT_QUOTE) ?? clause.take(/⟦\d+⟧/);
  if (quoted) return quoteIn(clause.prepared, quoted[0]) ?? fallback;
  const said = saidText(clause);
  if (said) return said;
  const about = clause.take(/\b(?:about|that|regarding|re)\s+(\S.{2,})$/);
  // "post in #general that the office closes at 1pm": what it says; "about the rota": what it is about
  if (about?.[1] && /^that\s+(?:the|our|we|we're|we'll|it's|there|everyone|you|your)\s/.test(about[0]))
    return clause.cased(about[1]).trim();
  return about?.[1] ? `${clause.cased(about[1]).trim()}: ${fallback}` : fallback;
};
