/** Session 40 and 43 (issue #16): a form's answer or a record's field named by the writer, for the condition grammar. */

/**
 * A field the writer names, in any of the ways a form's answer is named, put as "the <name> field" for the condition
 * grammar (which looks the name up in the record's fields, or takes it as a form's own answer):
 *   "(field: priority) Priority = Emergency"   → "if the priority field is Emergency"
 *   "the answer in the pets field", "the answer to 'pets'", "the response to the budget question", "the pets answer"
 *                                               → "the pets field"
 *   "the priority field = Emergency"            → "the priority field is Emergency"
 * Only where an answer or a field is named: "the reply to the email", "the value of the deal" stay as written.
 */
const FIELD_LABEL = /(\bif\s)?\bfield\s?:\s?([a-z][\w-]*)\s(?:\2\s?)?(?:=|==|is|:)\s?/gi;
const ANSWER_TO =
  /\bthe\s(?:answer|response|entry)\s(?:in|to|for|of)\s(?:the\s)?['"]?([a-z][\w-]*)['"]?(?:\s(?:field|question|box)\b|(?=\s(?:is|=|says|equals|contains)\b))/gi;
const NAMED_ANSWER = /\bthe\s([a-z][\w-]*)\s(?:answer|response)(?=\s(?:is|=|says|equals|contains)\b)/gi;
const FIELD_EQUALS = /\b(field|question)\s?(?:=|==)\s?/gi;
/** "field "hire" = yes", "if service = end of tenancy", "if 'service' is banners": an answer named by its own name. */
const ANSWER_EQUALS =
  /(?:\b(?:the\s)?field\s(?:["“']([a-z][\w-]*)["”']|(⟦\d+⟧))\s?(?:==?|is)|(?<=\bif\s)(?:(?:["“']([a-z][\w-]*)["”']|(⟦\d+⟧))\s?(?:==?|is)|(?!(?:source|status|stage|company|name|tags?|currency|value|e-?mail|phone|title|location|subject|amount|total|it|they|this|that|there)(?![\w-]))(?:the\s)?([a-z][\w-]*)\s?==?))\s?(?=[\w"“'])/gi;

export const namedFields = (text: string): string =>
  text
    .replace(
      FIELD_LABEL,
      (_m, iff: string | undefined, name: string) => `${iff ?? 'if '}the ${name.toLowerCase()} field is `,
    )
    .replace(ANSWER_TO, (_m, name: string) => `the ${name.toLowerCase()} field`)
    .replace(NAMED_ANSWER, (_m, name: string) => `the ${name.toLowerCase()} field`)
    .replace(FIELD_EQUALS, '$1 is ')
    .replace(
      ANSWER_EQUALS,
      (_m, ...names: (string | undefined)[]) => `the ${names.slice(0, 5).join('')} field is `,
    );
