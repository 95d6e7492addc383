import type { Item } from './items';

/**
 * The other branch said with its verb left out (session 34, issue 16 miss class 6): "if it's over $5k notify Sam,
 * otherwise Priya", "email them the LinkedIn offer, otherwise the standard one". The verb (and the pronoun it was
 * said to, or the thing sent before "to": "send a copy to X, otherwise to Y") of the step before is said again, so the branch is read — or refused — as its own step, never dropped.
 */

const ACTION_VERB =
  /\b(e-?mail|send|notify|tell|post|ping|message|slack|alert|tag|label|assign|forward|invite|remind|cc)(?:\s+(them|him|her)|\s+(it|this|a\s+copy|the\s+details)(?=\s+to\s))?\b/gi;
const OTHER = /\b(otherwise|else|if not|or else)\b(,?\s+)/gi;
/** What the branch starts with when its verb was left out: a noun phrase, a place or a name. */
const ELIDED =
  /^(?:(?:the|our|my|their|his|her|a|an)\s+(?!(?:value|budget|amount|total|status|source|lead|invoice|deal)\b)|(?:in|to|on|via)\s+|#|[A-Z][a-z]+\b(?!\s+(?:is|are|was|will|should|gets?|can)\b))/;
const NOT_A_STEP = /^(?:nothing|no one|nobody|none|do nothing|skip|ignore|leave)\b/i;
/** A branch that names its own step ("otherwise a polite reminder to the customer"): read by its own reader. */
const OWN_STEP =
  /^(?:[\w'-]+\s+){0,3}?(?:reminders?|e-?mails?|messages?|notes?|follow-?ups?|thank-?yous?|welcomes?|invoices?|summar(?:y|ies)|reports?|calls?|meetings?|alerts?|notifications?|pings?|texts?|dms?|tags?|drafts?)\b/i;

export const branchesSaidAgain = (text: string): string =>
  text.replace(OTHER, (whole, word: string, gap: string, at: number, all: string) => {
    const rest = all.slice(at + whole.length);
    if (!ELIDED.test(rest) || NOT_A_STEP.test(rest) || OWN_STEP.test(rest)) return whole;
    const sentence =
      all
        .slice(0, at)
        .split(/[.!?](?=\s|$)|\n/)
        .at(-1) ?? '';
    const verb = [...sentence.matchAll(ACTION_VERB)].at(-1);
    if (!verb?.[1]) return whole;
    const thing = /^(?:the|our|my|a|an)\s/i.test(rest);
    // "send a copy to finance@…, otherwise to uk@…": what is sent, said again before its other recipient
    const sent = verb[3] && /^to\s/i.test(rest) ? `${verb[1]} ${verb[3]}` : undefined;
    const said = sent ?? (verb[2] && thing ? `${verb[1]} ${verb[2]}` : verb[1]);
    return `${word}${gap}${said.toLowerCase()} `;
  });

/** An other branch that does nothing ("otherwise leave it", "else no action needed"). */
const NOTHING_DONE =
  /^\s*(?:just\s+)?(?:(?:do\s+)?nothing|no\s+action(?:\s+needed)?|(?:leave|ignore|skip)\s+it(?:\s+alone)?|(?:carry\s+on\s+)?as\s+(?:normal|usual))\s*$/i;

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

/** The words that open an other branch ("otherwise", "everyone else", "if not", "if rejected"), read by items.ts. */
export const OTHERWISE =
  /^\s*(?:(?:and|but|,)\s+)?(?:otherwise|else|if rejected|or else|failing that|(?:for\s+|to\s+)?(?:everyone|everybody|everything|anyone|anything|all)\s+else|(?:for\s+)?all\s+(?:the\s+)?others|(?:for\s+)?(?:the\s+)?(?:other|smaller|lower|cheaper|bigger|larger)\s+ones|(?:if|when)\s+(?:it's|it is|they're|they are)\s+(?:under|below|over|above|less than|more than|lower than|higher than)\s+that|(?:if\s+)?(?:lower|less|smaller|cheaper|higher|more|bigger|larger)(?:\s+than\s+that)?(?=\s*(?:[,:]|$))|(?:under|below|above|over)\s+that(?=\s*(?:[,:]|$))|(?:if not|if (?:they|he|she|it) (?:don't|do not|doesn't|does not|didn't|did not|haven't|have not|hasn't|has not)|if no(?:t)?|if so|if they do|if it does)(?=\s*(?:,|:|$|then\b))|if not(?=\s+(?:send|email|notify|tell|inform|add|create|mark|tag|post|remind|schedule|book|ping|alert|slack|message|text|chase|nudge|follow|escalate|flag|assign|move|update|let|forward|call|ring|phone|set|change)\b)|if (?:they|he|she) (?:don't|do not|doesn't|does not|didn't|did not)(?=\s+(?:tag|mark|notify|alert|slack|chase|nudge|escalate|flag|assign|remind)\s+(?!us\b|me\b))|if (?:there(?:'s| is) (?:none|nothing)|(?:none|nothing) (?:comes?|arrives?)(?: in| back| through)?|(?:it|they|one) (?:never |doesn't |does not |don't |do not |didn't |did not )(?:arrives?|comes?(?: in| back| through)?|shows? up|turns? up))(?=\s*(?:,|:|$|then\b)|\s+(?:send|email|notify|tell|inform|post|remind|ping|alert|slack|message|chase|nudge|escalate|flag|let|forward|call|mark|tag|add|create)\b))\b[\s,:]*/;
