/**
 * A person's first name that is also a verb or a month (session 45, issue #16): "let Mark know", "let May know",
 * "send it to Mark", "send Mark a quick email", "notify June". Read as the name only where it is capitalised right
 * after the word that addresses someone and where the verb or month could not stand: before "know" after "let", at
 * the end of "to …", before a message after "send/give", before no object after "notify/tell/…" ("Mark them as lost",
 * "from April to June" stay words).
 */
const AFTER: readonly (readonly [RegExp, RegExp])[] = [
  [/^let\b/, /^\s+know\b/],
  [/^to\b/, /^\s*(?:$|[,.;!?)]|(?:on|via|by|in|and|then|too|asap)\b)/],
  [/^(?:send|give|drop|shoot)\b/, /^\s+an?\s+(?:quick\s+|short\s+)?(?:e?mail|message|slack|dm|note|heads)/],
  [
    /^(?:notify|alert|tell|inform|ping|warn|message|text|email|cc|ask)\b/,
    /^(?!\s+(?:them|him|her|it|as|the|an?|this|that)\b)/,
  ],
];

/** Whether `word`, said after `addressing` ("let", "to", "send", "notify" …) and before `after`, is a person's name. */
export const nameThoughWord = (word: string, addressing: string, after: string): boolean =>
  /^(?:Mark|May|June|April)$/.test(word) &&
  (word === 'Mark' || !/^to\b/.test(addressing)) &&
  AFTER.some(([verb, next]) => verb.test(addressing) && next.test(after));
