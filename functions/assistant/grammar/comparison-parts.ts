import { AMOUNT, amountOf } from './amounts';
import { FIELDS, type Kind } from './condition-words';

/** Parts of a comparison read by condition-atom.ts: a field's second name, a range's upper bound, a form's answer. */

/** A second name of the field right after the first ("budget lead value", "deal size i.e. value"): the catalogue's. */
export const glossed = (text: string, kind: Kind): { field: string; length: number } | undefined => {
  const lead =
    /^\s+(?:(?:i\.?e\.?|aka|a\.k\.a\.|or|=|meaning|that is)\s+)?(?:(?:the|their|its|our)\s+)?(?:(?:lead|invoice|customer|client)(?:'s)?\s+)?/.exec(
      text,
    );
  if (!lead) return undefined;
  const after = text.slice(lead[0].length);
  for (const [re, meanings] of FIELDS) {
    const m = re.exec(after);
    if (!m || /^(?!e?s\b)[a-z]/i.test(after.slice(m[0].length))) continue;
    const field = meanings[kind];
    // only before what a test says next: "budget lead value is over 30k", never "the source webinar"
    if (
      !field ||
      !/^\s*(?:is|are|was|=|>|<|over|above|under|below|exceeds|equals|says|of)\b/.test(
        after.slice(m[0].length),
      )
    )
      return undefined;
    return { field, length: lead[0].length + m[0].length };
  }
  return undefined;
};

/** Before the upper bound right after an amount: "-5000", " to 5k", "–$5,000", " up to £499". */
const UP_TO = /^\s*(?:-|–|—|(?:up\s+)?to)\s*(?=[$€£₹]?\s?\d)/;

/** The upper bound after an amount, with the length of what says it; undefined when there is none. */
export const upperBound = (after: string): { value: number; length: number } | undefined => {
  const joint = UP_TO.exec(after);
  const m = joint ? AMOUNT.exec(after.slice(joint[0].length)) : null;
  const amount = m?.index === 0 ? amountOf(m) : undefined;
  return joint && m && amount ? { value: amount.value, length: joint[0].length + m[0].length } : undefined;
};

/** "the score is 6 or lower", "the NPS rating is under 3": a form's answer (one or two words) before its comparison. */
export const FORM_ANSWER =
  /^(?!(?:over|above|under|below|more|less|greater|lower|higher|fewer|at|between|than|worth|from|of|is|was|are)\b)([a-z][\w-]*(?:\s+(?!(?:is|was|of|are)\b)[a-z][\w-]*)?)(?=\s+(?:is\s+|was\s+|of\s+)?(?:[$€£₹]?\d|over\b|above\b|under\b|below\b|(?:more|less|greater|lower|higher|fewer)\s+than\b|at\s+(?:least|most)\b|between\b))/;

/** "under 3 stars", "7 points": the unit of a rating or a score, the number's own. */
export const RATING_UNIT = /^\s*(?:stars?|points?)\b/;

/**
 * "Below that → …", "Anything less, …", "if below that post in #finance", "for everything under that": the other
 * branch said as the other side of the comparison before it, with no amount of its own (one with an amount,
 * "anything over $5k", is a condition of its own).
 */
export const OTHER_SIDE =
  /^\s*(?:(?:and|but|,)\s+)?(?:(?:if|when)\s+(?:(?:it's|it is|they're|they are|its)\s+)?|(?:for\s+)?(?:anything|everything|everyone|anyone|all|any)\s+(?:(?:else|that's|that is|which is)\s+)?)(?:(?:under|below|above|over|(?:less|more|lower|higher|smaller|bigger|larger)\s+than)\s+that|less|lower|smaller|cheaper|under|below|more|higher|bigger|larger|above|over)\b(?!\s*(?:than\s+)?[$€£₹\d])[\s,:]*/;

/** "30 days or more", "5 days or less": the comparison said after the number. */
export const orMoreOrLess = (after: string): { op: 'gte' | 'lte'; length: number } | undefined => {
  const m = /^\s*or\s+(?:(more|longer|above|over|greater)|(less|fewer|under|below|shorter))\b/.exec(after);
  return m ? { op: m[1] ? 'gte' : 'lte', length: m[0].length } : undefined;
};
