/**
 * A wait said as an outcome to look out for (session 33): "see if they rebook over the next 72 hrs → if not, email
 * them", "check whether the waiver comes back within 2 days; if it doesn't, remind them", "wait and see if they pay
 * in 14 days. Otherwise chase". Looking out is no step of its own: the words are the wait itself ("if they rebook
 * over the next 72 hrs"), read by waits.ts, and what follows "if not" its other outcome. Only with a duration in the
 * same clause: "check if the lead is qualified" is a condition, and is left as written.
 */
const LOOK_OUT =
  /\b(?:(?:wait|hold\s+on)\s+(?:and|to)\s+see|(?:we(?:'ll|\s+will)?\s+|then\s+|and\s+)?(?:see|check|find\s+out|watch|keep\s+an\s+eye\s+out\s+for)|(?:let's|let\s+us)\s+see)\s+(?:if|whether)\s+(?=[^.;,→]{0,80}?\b(?:within|in|over|during|inside|by)\s+(?:(?:the\s+)?(?:next|following|first)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s)/gi;

/** The request with each "see if … within N" said as the wait it is: "if … within N". */
export const outcomes = (text: string): string =>
  /\b(?:see|check|find out|watch|keep an eye out for)\s+(?:if|whether)\b/i.test(text)
    ? text.replace(LOOK_OUT, 'if ')
    : text;
