import type { Clause } from './clause';
import type { Item } from './items';
import { type Separator, VERB_WORD } from './split';

/**
 * The words that open a branch (session 43, issue 16): a test ("if", "unless", "as long as", an amount said first) and
 * the other branch ("otherwise", "else", "everyone else", "if not", "if rejected"), read by items.ts; and what is
 * done with the words of a branch that no grammar reads.
 */

export const CONDITION_LEAD =
  /^\s*(?:(?:and|but|then|so)\s+)?(?:if|only if|but only if|and if|but if|when|unless|except (?:if|when)|provided(?: that)?|(?:as|so) long as|in case|only when|only for|for|where|whenever|in which case if)\s+|^[\s,]*(?:(?:and|but|then|so)\s+)?(?=(?:(?:the|their|its)\s+)?(?:(?:(?:deal\s+)?(?:budget|value|size)|total|amount|price|revenue)\s+)?(?:is\s+)?(?:(?:anything\s+)?(?:over|above|under|below|(?:more|greater|higher|less|lower|fewer)\s+than|at\s+(?:least|most)|no\s+(?:more|less)\s+than|upwards\s+of|>=?|<=?|≥|≤)\s*[$€£₹]?\s?\d|[$€£₹]?\s?\d[\d,.]*k?\s?(?:\+|or\s+(?:more|less|above|below|over|under|higher|lower)\b|and\s+(?:up|above|over)\b)))/;

/** An other branch that does nothing ("otherwise leave it", "else no action needed": its "no" may be read already). */
const NOTHING_DONE =
  /^\s*(?:just\s+)?(?:(?:do\s+)?nothing|(?:no\s+)?action(?:\s+(?:needed|required))?|(?:leave|ignore|skip)\s+it(?:\s+alone)?|(?:carry\s+on\s+)?as\s+(?:normal|usual))\s*$/i;

/**
 * "otherwise blorp the flurb", "otherwise BDC handles it (let BDC know)": words left after an "otherwise" of this clause
 * (items from `before`) are kept on it, and the assembler refuses them when no step follows (an other branch said is
 * never dropped); "otherwise leave it" does nothing. Whether the leftovers were taken.
 */
export const otherwiseUnread = (
  items: Item[],
  before: number,
  leftovers: readonly string[],
  notUnderstood: string[],
): boolean => {
  const other = items.at(-1);
  if (other?.kind !== 'otherwise' || items.length === before) return false;
  if (!leftovers.every((l) => NOTHING_DONE.test(l)))
    items[items.length - 1] = { ...other, unread: leftovers };
  notUnderstood.push(...leftovers);
  return true;
};

/** The words that open an other branch: "otherwise", "everyone else", "if not", "if rejected". */
export const OTHERWISE =
  /^\s*(?:(?:and|but|,)\s+)?(?:otherwise|else|if rejected|or else|failing that|(?:for\s+|to\s+)?(?:everyone|everybody|everything|anyone|anything|all)\s+else|(?:for\s+)?all\s+(?:the\s+)?others|(?:for\s+)?(?:the\s+)?(?:other|smaller|lower|cheaper|bigger|larger)\s+ones|(?:if|when)\s+(?:it's|it is|they're|they are)\s+(?:under|below|over|above|less than|more than|lower than|higher than)\s+that|(?:if\s+)?(?:lower|less|smaller|cheaper|higher|more|bigger|larger|under|below|over|above)(?:\s+than\s+that)?(?=\s*(?:[,:]|$))|(?:under|below|above|over)\s+that(?=\s*(?:[,:]|$|(?:just|only|simply)\s))|(?:if not|if (?:they|he|she|it) (?:don't|do not|doesn't|does not|didn't|did not|haven't|have not|hasn't|has not)|if no(?:t)?|if so|if they do|if it does)(?=\s*(?:,|:|$|then\b))|if no(?=\s+(?:just|only|send|tell|notify|let|ping|flag|give)\s)|any(?:thing|one)\s+(?:less|under|smaller|lower|cheaper|below)(?:\s+(?:than\s+)?that)?(?=\s)|if not(?=\s+(?:(?:just|only|simply)\s|reply(?=\s+(?:(?:to\s+)?(?:them|him|her)\s+)?(?:asking|telling|saying|with)\b)|send|email|notify|tell|inform|add|create|mark|tag|post|remind|schedule|book|ping|alert|slack|message|text|chase|nudge|follow|escalate|flag|assign|move|update|let|forward|call|ring|phone|set|change)\b)|if (?:they|he|she) (?:don't|do not|doesn't|does not|didn't|did not)(?=\s+(?:tag|mark|notify|alert|slack|chase|nudge|escalate|flag|assign|remind)\s+(?!us\b|me\b))|if (?:there(?:'s| is) (?:none|nothing)|(?:none|nothing) (?:comes?|arrives?)(?: in| back| through)?|(?:it|they|one) (?:never |doesn't |does not |don't |do not |didn't |did not )(?:arrives?|comes?(?: in| back| through)?|shows? up|turns? up))(?=\s*(?:,|:|$|then\b)|\s+(?:send|email|notify|tell|inform|post|remind|ping|alert|slack|message|chase|nudge|escalate|flag|let|forward|call|mark|tag|add|create)\b))\b[\s,:]*/;

/** Nothing said after an "otherwise" but small words ("…, otherwise.", "…, else to"). */
const NOTHING_SAID = /^[\s,.:;!-]*(?:(?:the|a|an|to|for|with|and|then|just|simply|only)\b[\s,.:;!-]*)*$/;

/**
 * The item of an "otherwise": "if rejected" is an approval's other branch; one said with nothing after it is kept as
 * unread words that are none, so that the assembler refuses it when no step follows either.
 */
export const otherwiseItem = (
  base: { readonly segment: number; readonly sep: Separator },
  said: string,
  rest: string,
): Item => ({
  ...base,
  kind: 'otherwise',
  rejected: said.includes('if rejected'),
  ...(NOTHING_SAID.test(rest) ? { unread: [] } : {}),
});

/** A test's opener, not a wait's or a loop's ("if", "unless", "only if"). */
const TEST_OPENER = /^\s*(?:(?:and|but|then|so)\s+)?(?:if|only if|but only if|and if|but if|unless)\s+$/;

/**
 * "if no email, tell the office", "if email, send the confirmation": a test whose words start with a verb and were
 * not read as a test is refused, quoted; never read as the action its noun names (it was: two emails sent).
 */
export const testNotRead = (lead: string, view: string, clause: Clause, problems: string[]): boolean => {
  if (!TEST_OPENER.test(lead)) return false;
  // ("if the message mentions coverup, …" of a lead: a test of a field it lacks, never the action "message")
  const words = /^(?:no\s+|the\s+|their\s+|its\s+)?([a-z]+)(?:\s+([a-z]+))?/.exec(view.slice(lead.length));
  if (!words?.[1] || !VERB_WORD.test(words[1]) || (words[2] && VERB_WORD.test(words[2]))) return false;
  problems.push(`I did not understand the test "${clause.cased(view).trim()}"`);
  return true;
};
