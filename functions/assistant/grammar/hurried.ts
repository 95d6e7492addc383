/**
 * Requests typed on a phone or in a hurry, and tool users' filter words, rewritten to the forms the grammars read.
 * Each rewrite is a shape that cannot mean anything else: "only continue if" (a Zapier filter) is "only if", "is
 * exactly" is "is", "value now 30k" is "value is now 30k", and "my approve" (a learner's noun) is "my
 * approval".
 */
export const hurried = (s: string): string =>
  s
    .replace(/\b(?:only\s+)?continue\s+only\s+if\b|\bonly\s+continue\s+if\b/gi, 'only if')
    .replace(/\b(?:exactly\s+(?:matches|equals)|(?:matches|equals|is)\s+exactly(?:\s+equal\s+to)?)\b/gi, 'is')
    // "source equals Facebook Ads", "status = won" (a tool's filter on a named field): "source is …"
    .replace(
      /\b(source|status|stage|company|name|tag|currency|country|subject|title|type|channel|plan)\s(?:equals|==?|is equal to|matches)\s/gi,
      '$1 is ',
    )
    .replace(
      /\b(value|budget|total|amount)\s+now\s+(?=[\d₹$€£]|(?:over|above|under|below|more|less)\b)/gi,
      '$1 is ',
    )
    .replace(/\b(my|your|his|her|their|(?:the\s+)?(?:manager|boss|owner)'s)\s+approve\b/gi, '$1 approval');

/** "cand gets tagged 'placed' -> …", "lead gets marked hot →": the person said first with no article (session 39). */
const BARE_PERSON =
  /^(new\s)?(lead|cand|candidate|client|customer|contact|member|prospect|patient|student|donor)\s(?=(?:gets|got|is|was|has\sbeen)\s(?:tagged|marked|added|created|qualified)\b)/i;

export const articled = (s: string): string =>
  s.replace(
    BARE_PERSON,
    (_m, fresh: string | undefined, who: string) =>
      `a ${fresh ?? ''}${/^cand$/i.test(who) ? 'candidate' : who} `,
  );
