/**
 * A field the writer names in brackets after their own words for it (session 40, issue #16), put as "the <name>
 * field" for the condition grammar:
 *   "if they said yes to funded hours (funded field = yes)"  → "if the funded field is yes"
 *   "if they ticked instrument hire (field "hire" = yes)"   → "if the hire field is yes"
 *   "with expected salary (we use the value field) above 60k" → "with the value field above 60k"
 *   "if they're already a member (customer)"                   → "if they're a customer"
 * The bracket is the test the words describe; words that could say a test of their own (a number, "not", "and",
 * "or") are never replaced, so nothing the writer said is left out.
 */

/** "if <their words> (<name> field = <value>)": the bracket is the whole test. */
const TEST_IN_BRACKETS =
  /\bif\s((?:they|the|their|it|he|she|his|her)\s(?:(?!(?:and|or|not|no|but|if|then)\b)[a-z'-]+\s){1,6}?)\(\s?(?:the\s)?(?:([a-z][\w-]*)\sfield|field\s["“']([a-z][\w-]*)["”'])\s?(?:=|==|is|:)\s?([\w-]+)\s?\)/gi;

/** "<one to three words> (we use the <name> field)": the words are that field. */
const FIELD_IN_BRACKETS =
  /\b(with|the|their|a|an|his|her|its)\s(?:(?!(?:and|or|not|no|but|if|then|over|under|above|below|more|less)\b)[a-z'-]+\s){1,3}\(\s?(?:(?:we\s(?:use|call\sit|keep\sit\sin|store\sit\sin|put\sit\sin)|i\.?e\.?|aka|stored\sin|kept\sin)\s)?(?:the\s)?([a-z][\w-]*)\sfield\s?\)/gi;

/** "if they're already a member (customer)": the status in brackets is what the words before it mean. */
const STATUS_IN_BRACKETS =
  /((?:\bis|\bare|'re|'s|\bwas|\bwere)\s(?:already\s)?)(?:(an?)\s)?[a-z][\w-]*\s\(\s?(?:i\.?e\.?\s)?(customer|client|qualified|contacted|lost)\s?\)/gi;
/** "if they're already a customer": with "if", a test of the status now ("she is already qualified" is a remark). */
const IF_ALREADY =
  /\b(if\s(?:they're|they\sare|he's|he\sis|she's|she\sis))\salready\s(?=(?:an?\s)?(?:customer|client|qualified|contacted|lost)\b)/gi;

export const fieldsGlossed = (text: string): string =>
  text
    .replace(STATUS_IN_BRACKETS, (_m, be: string, article: string | undefined, status: string) =>
      article ? `${be}a ${status}` : `${be}${status}`,
    )
    .replace(IF_ALREADY, '$1 ')
    .replace(
      TEST_IN_BRACKETS,
      (_m, _words: string, name: string | undefined, quoted: string | undefined, value: string) =>
        `if the ${name ?? quoted} field is ${value}`,
    )
    .replace(
      FIELD_IN_BRACKETS,
      (_m, before: string, name: string) =>
        `${/^with$/i.test(before) ? `${before} the` : 'the'} ${name} field`,
    );
