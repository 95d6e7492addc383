/**
 * What the business does today, said after the rule (session 34, class 3 of fresh sets 31/32): "We send the engagement
 * letter out by email after the consultation.", "Right now Sam emails the welcome pack by hand." A sentence of its own
 * whose subject is us, me or a colleague doing an action in the present, on a new object, with no trigger of its own
 * and no word tying it to the rule ("then", "also", "it", "them"), describes the process around the workflow:
 *   - said as a habit or by hand ("usually", "currently", "manually", "ourselves"): context, said back;
 *   - otherwise it could be a step said as "we …": refused, quoting it (never a step added in silence).
 */

/** Who does it today and how often: "we usually", "currently Sam", "I". */
const DOER = String.raw`^(?:(?:so|btw|fyi|currently|right now|at the moment|today|these days|for now|usually|normally|typically|generally|at present)[\s,]+)*(?:we|i|[A-Z][a-z]+)\s(?:(?:usually|normally|typically|always|currently|generally|still|already|manually|personally)\s)?`;
const DOER_SAID = new RegExp(DOER, 'i');

/** Us, me or a colleague, an action in the present, and a new object ("the engagement letter", "an invoice"). */
const PRACTICE = new RegExp(
  String.raw`${DOER}(?:send|sends|email|emails|mail|mails|post|posts|text|texts|call|calls|phone|phones|message|messages|invoice|invoices|bill|bills|book|books|schedule|schedules|remind|reminds|chase|chases|forward|forwards|write|writes|prepare|prepares|draft|drafts|add|adds|enter|enters|log|logs|update|updates|tag|tags|mark|marks|create|creates|file|files|upload|uploads|share|shares|hand|hands|give|gives)\s(?:out\s)?(?:the|a|an|our|their|his|her|every|each|all)\s`,
  'i',
);

/** Words that tie a sentence to the rule or give it a trigger of its own: it stays for the grammars. */
const TIED =
  /\b(?:then|also|too|as well|next|afterwards|after that|instead|when|whenever|if|once|as soon as|every time|each time|unless|until|it|them|this|that|these|those|him|her|should|must|want|need|please)\b|[?:;]/i;

/** How it is done today: by hand, as a habit, outside the system. */
const HABIT =
  /\b(?:usually|normally|typically|generally|currently|right now|at the moment|today|these days|for now|at present|manually|by hand|ourselves|myself|himself|herself|themselves|in person|on paper|separately|outside (?:the|this) (?:system|tool|app))\b/i;

/** Names that are no colleague ("Otherwise send …": the other branch): a sentence starting with one is not a practice. */
const NOT_SOMEONE =
  /^(?:when|whenever|if|once|every|each|after|before|then|also|please|send|email|post|text|call|add|create|tag|mark|update|remind|notify|the|a|an|our|this|that|it|they|he|she|you|otherwise|else|anyone|everyone|anybody|everybody|anything|everything|none|nobody)$/i;

export type Practice = 'habit' | 'unclear';

/** Whether a sentence after the rule only tells how the business works today. */
export const practiceOf = (sentence: string): Practice | undefined => {
  const s = sentence.trim();
  if (s.length > 160 || !PRACTICE.test(s) || TIED.test(s)) return undefined;
  const first = /^[A-Za-z]+/.exec(s)?.[0] ?? '';
  if (NOT_SOMEONE.test(first)) return undefined;
  return HABIT.test(s) ? 'habit' : 'unclear';
};

/** The sentence as a step: "We send the client a survey" → "send the client a survey". */
const asStep = (sentence: string): string =>
  sentence
    .replace(DOER_SAID, '')
    .replace(/^([a-z]+?)(?:es|s)\b/i, (all, stem: string) =>
      /^(?:address|process)$/i.test(all) ? all : stem,
    );

export const practiceProblem = (sentence: string): string =>
  `"${sentence}" reads as what is done today, not as a step of this workflow: if the workflow should do it, say it as a step ("…, then ${asStep(sentence)}"), or leave it out`;
